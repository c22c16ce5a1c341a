"""The Jinja environment (a project's templates/ over the built-in ones, autoescaping on),
Vietnamese date formats, and Markdown to sanitised HTML.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import types
from pathlib import Path

import jinja2
import jinja2.compiler
import jinja2.runtime
import jinja2.utils
import markupsafe

def _theme(name: str) -> Path:
    """The built-in theme's folder: in the installed package (generator/theme/), or at the
    top of the checkout, where it is edited."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "theme" / name
    return installed if installed.is_dir() else package.parent / name


BUILTIN_TEMPLATES = _theme("templates")
BUILTIN_ASSETS = _theme("assets")

# Article text comes from outside: only these tags and attributes survive, links only
# to http(s) and mailto, so no script, handler or javascript: URL reaches a reader.
_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "em",
    "strong", "b", "i", "u", "s", "sub", "sup", "code", "pre", "a", "figure", "figcaption",
    "img", "table", "thead", "tbody", "tr", "th", "td", "caption", "abbr", "q", "cite",
}
_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "figure": {"class"},
    "th": {"scope"},
    "abbr": {"title"},
}
# Code points XML 1.0 forbids and HTML calls parse errors (controls but tab and line
# breaks, noncharacters): one in an article or site.yaml must not make feed.xml unreadable.
_UNWRITABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef"
    + "".join(chr(plane + 0xFFFE) + chr(plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000)) + "]"
)
# The same and any character beyond the BMP: one range instead of the 34 noncharacters
# of the planes, a tenth of the cost on the many values a page writes. Only where it
# finds something (an emoji, mostly) is the exact class asked.
_MAYBE_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\U00010000-\U0010ffff]")
_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


@functools.lru_cache(maxsize=1)
def _markdown():
    # One converter per process, reset between articles: building one costs more than
    # converting a short article. (Imported here: a build after one edit whose body is
    # plain text never needs Python-Markdown.)
    import markdown

    return markdown.Markdown(output_format="html")


# The bodies ingest writes are paragraphs of plain text, "### " headings and caption
# figures. For those, Python-Markdown's output is known (each paragraph in <p>, each
# heading in <h3>, the figure as written): made directly, a tenth of the cost. Anything
# Markdown could read otherwise (a character of its syntax, an "&" that is not one of the
# three entities ingest writes, a list or code line, a paragraph over several lines)
# goes to Python-Markdown itself; tests/test_markdown_fast_path.py holds the two equal.
# One character of plain text: no whitespace but the plain space (Markdown strips the
# rest at a paragraph's ends), no control character, nothing of Markdown's syntax.
_PLAIN_CHAR = r"(?:[^\s\\`*_\[\]<>&\x00-\x1f\x7f]| |&(?:amp|lt|gt);)"
_PLAIN_TEXT = re.compile(rf"{_PLAIN_CHAR}+")
# How a line Markdown reads as a heading, a list, a rule ("-- -" is one) or an underline
# starts.
_NOT_A_PARAGRAPH = re.compile(r" |#|[-+*] |\d+[.)] |[-= ]+$")
# A caption is raw HTML to Markdown: its text may hold Markdown's characters, not HTML's.
_CAPTION_CHAR = r"(?:[^\s<>&\x00-\x1f\x7f]| |&(?:amp|lt|gt);)"
_CAPTION_BLOCK = re.compile(rf'<figure class="caption">\n<figcaption>{_CAPTION_CHAR}*</figcaption>\n</figure>')


def _is_plain_text(text: str) -> bool:
    """Whether text is one or more characters of plain text (_PLAIN_CHAR). Most blocks
    are letters and spaces alone, told by str's own scans at a tenth of the cost of the
    pattern (which tried three alternatives at every character: a tenth of a build's
    loading): isprintable() is False for every whitespace but the plain space and for every
    control character. Anything else (an entity, a character isprintable() refuses)
    is asked of the pattern itself."""
    if (text.isprintable() and text and "&" not in text and "\\" not in text and "`" not in text and "*" not in text
            and "_" not in text and "[" not in text and "]" not in text and "<" not in text and ">" not in text):
        return True
    return _PLAIN_TEXT.fullmatch(text) is not None


def _plain_body_html(text: str) -> str | None:
    """The HTML Python-Markdown makes of a body of plain blocks, or None when the body
    holds anything else."""
    parts = []
    for block in text.strip("\n").split("\n\n"):
        if _NOT_A_PARAGRAPH.match(block) is None and not block.endswith(" ") and _is_plain_text(block):
            parts.append(f"<p>{block}</p>\n")
        elif (block.startswith("### ") and not block.startswith((" ", "#"), 4) and not block.endswith((" ", "#"))
              and _is_plain_text(block[4:])):
            parts.append(f"<h3>{block[4:]}</h3>\n")
        elif _CAPTION_BLOCK.fullmatch(block):
            parts.append(f"{block}\n\n")  # Markdown puts a blank line after raw HTML
        else:
            return None
    return "".join(parts).rstrip("\n")


def markdown_to_html(text: str) -> str:
    return body_html(text)[0]


def body_html(text: str) -> tuple[str, bool]:
    """(markdown_to_html(text), whether it is the HTML of plain blocks, made here: its text
    holds no whitespace but spaces, line breaks between blocks and the caption's)."""
    html = _plain_body_html(text)
    if html is not None:
        # Clean already, and what nh3 would give back unchanged: only <p>, <h3> and the
        # caption's <figure class="caption"> and <figcaption>, made here, around text
        # that holds no "<", no ">" and no "&" but in &amp; &lt; &gt;, and no whitespace
        # but the plain space (nh3 writes U+00A0 as an entity).
        # tests/test_markdown_fast_path.py holds the two equal.
        return html, True
    html = _markdown().reset().convert(text)
    import nh3  # (here, with the only call: a build with nothing to load never needs it)

    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    ), False


def vn_date(day: dt.date) -> str:
    """'4 tháng 10 năm 2019'."""
    return f"{day.day} tháng {day.month} năm {day.year}"


def vn_weekday_date(day: dt.date) -> str:
    """'Thứ sáu, 4/10/2019'."""
    return f"{_WEEKDAYS[day.weekday()]}, {day.day}/{day.month}/{day.year}"


def short_date(day: dt.date) -> str:
    """'04/10/2019', the way Vietnamese papers print dates."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def month_label(year: int, month: int) -> str:
    return f"Tháng {month} năm {year}"


def _writable(value: object) -> object:
    """Every value a template writes, without the code points no page or feed may hold.
    (Each of them is one isprintable() refuses: most values, short and printable, are let
    through by that one scan, and a body's HTML, printable but for its line breaks, by a
    second with those made spaces: half the cost of the pattern's scan.)"""
    if (isinstance(value, str) and not value.isprintable() and not value.replace("\n", " ").isprintable()
            and _MAYBE_UNWRITABLE.search(value) and _UNWRITABLE.search(value)):
        cleaned = _UNWRITABLE.sub("", value)
        return markupsafe.Markup(cleaned) if isinstance(value, markupsafe.Markup) else cleaned
    return value


# markupsafe's own escaping of a str, without the Markup around it (markupsafe.escape is this
# and a Markup made of the result); a copy of the same where markupsafe's layout differs.
_escape_str = getattr(markupsafe, "_escape_inner", None) or (lambda text: str(markupsafe.escape(text)))


def _written(value: object) -> str:
    """escape(_writable(value)) in one call, for each value a template writes: what Jinja's
    compiled templates would write, as a str (the items a template yields are only ever
    joined, and the joined text wrapped in Markup where Jinja needs one). Most values are
    short plain strings and numbers; an event page writes some forty."""
    kind = type(value)
    if kind is str:
        if not value.isprintable() and _MAYBE_UNWRITABLE.search(value) and _UNWRITABLE.search(value):
            value = _UNWRITABLE.sub("", value)
        return _escape_str(value)
    if kind is int:
        return str(value)  # (escaping a number's digits changes nothing)
    return markupsafe.escape(_writable(value))


# What a template calls most (rel, event_url, a macro, by_name.get), which Jinja's
# context.call would call as they are once it had asked each whether it wants the context.
_CALLED_AS_THEY_ARE = frozenset(
    [types.FunctionType, types.BuiltinFunctionType]
    + [jinja2.runtime.Macro] * (not hasattr(jinja2.runtime.Macro.__call__, "jinja_pass_arg"))
)


@jinja2.utils.internalcode
def _called(context, function, *args, **kwargs):
    """context.call(function, *args, **kwargs), as Jinja's compiled templates call it, with
    its questions asked once for the callables a template calls most: a function, a
    builtin or a macro with no pass_context or the like is called as it is (context.call
    asks whether it or its __call__ has jinja_pass_arg, a few lookups each time: a tenth of
    a page). Anything else goes to context.call itself."""
    if type(function) in _CALLED_AS_THEY_ARE and not hasattr(function, "jinja_pass_arg"):
        if kwargs:
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
        try:
            return function(*args, **kwargs)
        except StopIteration:  # (as context.call answers it)
            return context.environment.undefined("value was undefined because a callable raised a StopIteration exception")
    return context.call(function, *args, **kwargs)


class _CodeGenerator(jinja2.compiler.CodeGenerator):
    """Jinja's code generator, but a value a template writes with autoescaping on goes
    through _written (`environment.written(value)`) instead of Jinja's
    `escape(environment.finalize(value))`: one call and no Markup object a value instead of
    two calls and a Markup; and a call goes through _called (`environment.called(context,
    …)`) instead of `context.call(…)`. The same text (tests/test_render_shortcuts.py);
    anything else (autoescaping switched within a template, say) is compiled as Jinja
    compiles it."""

    def write(self, x: str) -> None:
        # (Jinja's visit_Call writes this, and only it, where a template calls something)
        super().write("environment.called(context, " if x == "context.call(" else x)

    def _ours(self, frame, finalize) -> bool:
        return not frame.eval_ctx.volatile and frame.eval_ctx.autoescape and getattr(finalize, "src", None) == "environment.finalize("

    def _output_child_pre(self, node, frame, finalize) -> None:
        if self._ours(frame, finalize):
            self.write("environment.written(")
        else:
            super()._output_child_pre(node, frame, finalize)

    def _output_child_post(self, node, frame, finalize) -> None:
        if self._ours(frame, finalize):
            self.write(")")
        else:
            super()._output_child_post(node, frame, finalize)


class _Environment(jinja2.Environment):
    code_generator_class = _CodeGenerator
    written = staticmethod(_written)
    called = staticmethod(_called)


def environment(project_templates: Path | None, compiled: Path | None = None) -> jinja2.Environment:
    """The environment for a project's templates over the built-in ones. One per folder
    and process: `serve` builds again and again, and Jinja reloads a template whose
    file changed (auto_reload) instead of compiling every one each build. With a
    `compiled` folder, the templates' compiled code is kept there between runs: a
    one-edit build from the command line spent about 40 ms compiling the same templates."""
    return _environment(str(project_templates) if project_templates else None, _listing(project_templates),
                        str(compiled) if compiled else None)


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's cache of compiled templates, keyed on each template's source (an edited
    template compiles again), made safe to lose: an unreadable or corrupt entry is
    compiled again, never trusted, and one that cannot be written is skipped."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # (pickle and marshal raise many kinds on a damaged file)
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            Path(self.directory).mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass  # a read-only or full disk: the next build compiles again


def _listing(folder: Path | None) -> tuple:
    """The project's template files by name: a new environment when a file comes or goes
    (a new file may hide a built-in one of its name); a changed one Jinja reloads."""
    if folder is None or not folder.is_dir():
        return ()
    return tuple(str(path) for path in sorted(folder.rglob("*")))


@functools.lru_cache(maxsize=4)
def _environment(project_templates: str | None, listing: tuple, compiled: str | None) -> jinja2.Environment:
    project_templates = Path(project_templates) if project_templates else None
    loaders = []
    if project_templates and project_templates.is_dir() and project_templates.resolve() != BUILTIN_TEMPLATES:
        loaders.append(jinja2.FileSystemLoader(project_templates))
    loaders.append(jinja2.FileSystemLoader(BUILTIN_TEMPLATES))
    env = _Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_writable,
        bytecode_cache=_CompiledTemplates(compiled) if compiled else None,
    )
    env.filters.update(vn_date=vn_date, vn_weekday_date=vn_weekday_date, short_date=short_date, isodate=lambda d: d.isoformat())
    env.globals.update(month_label=month_label)
    return env
