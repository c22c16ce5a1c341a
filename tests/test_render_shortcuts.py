"""Shortcuts of rendering that must change nothing: a page's links made by linker(page)
(relative_url's work on the page done once), and the values a template writes let
through by isprintable() before the patterns for code points no page may hold."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.site import render
from generator.site.output import linker, relative_url

_PART = st.sampled_from(["su-kien", "nguoi", "nam", "2019", "thang-01", "a", "assets", "index.html", "x.js", "#top", ""])
_PATH = st.lists(_PART, min_size=1, max_size=4).map("/".join)


@settings(max_examples=2000)
@given(_PATH, _PATH)
@example("index.html", "nguoi/index.html")
@example("nguoi/index.html", "nguoi/index.html")
@example("nguoi/a/index.html", "nguoi/index.html")
@example("su-kien/x/index.html", "#noi-dung")
@example("nam/2019/index.html", "nam/2019/thang-01/index.html")
@example("nam/2019/index.html", "nam/20190/index.html")
def test_linker_makes_relative_urls(from_page, to_path):
    assert linker(from_page)(to_path) == relative_url(from_page, to_path)


def test_every_code_point_no_page_may_hold_is_one_isprintable_refuses():
    refused = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and render._UNWRITABLE.match(chr(c))]
    assert len(refused) > 60
    assert not any(c.isprintable() for c in refused)


@settings(max_examples=1000)
@given(st.text(st.characters(blacklist_categories=("Cs",))))
@example("Tiêu đề\x0b\ufffe\U0001fffe")
@example("<p>Đoạn một</p>\n<p>Đoạn hai\x0b</p>\n")  # (a body: printable but for its line breaks, and one)
@example("<p>Đoạn một</p>\n<h3>Ý\U0001fffe</h3>")
@example("<p>Đoạn một</p>\n<p>Đoạn hai 🙂</p>")
def test_what_a_template_writes_is_what_it_wrote_without_the_unwritable(text):
    assert render._writable(text) == render._UNWRITABLE.sub("", text)


def test_a_folder_is_made_as_makedirs_makes_it(tmp_path):
    from generator.site.output import _make_folder

    _make_folder(str(tmp_path / "a" / "b" / "c"))  # (the folders above it too)
    _make_folder(str(tmp_path / "a" / "b" / "c"))  # (there already)
    _make_folder(str(tmp_path / "a" / "d"))
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["a", "a/b", "a/b/c", "a/d"]
    (tmp_path / "f").write_text("x")
    for folder in (tmp_path / "f", tmp_path / "f" / "g"):
        try:
            _make_folder(str(folder))
        except OSError as exc:
            assert type(exc) in (FileExistsError, NotADirectoryError)
        else:
            raise AssertionError(f"{folder} made where a file is")


def _jinja_as_it_compiles(env):
    """An environment like env in every setting but the code generator: Jinja's own."""
    import jinja2

    plain = jinja2.Environment(loader=env.loader, autoescape=env.autoescape, undefined=env.undefined,
                               trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True, finalize=env.finalize)
    plain.filters.update(env.filters)
    plain.globals.update(env.globals)
    return plain


_SOURCE = ("<p title=\"{{ v }}\">{{ v }}</p>{% set t %}[{{ v }}]{% endset %}{{ t }}{{ t | upper }}"
           "{% macro m(x) %}<{{ x }}>{% endmacro %}{{ m(v) }}{% filter lower %}{{ v }}{% endfilter %}"
           "{% autoescape false %}{{ v }}{% endautoescape %}{{ [v, 1] | join(', ') }}{{ v ~ '&' }}")


class _Html:
    def __html__(self):
        return "<b>đã an toàn</b>"

    def __str__(self):
        return "<b>không dùng</b>"


@settings(max_examples=500)
@given(st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",))),
    st.text(st.characters(blacklist_categories=("Cs",))).map(render.markupsafe.Markup),
    st.integers(), st.floats(allow_nan=False), st.booleans(), st.none(), st.dates(),
))
@example("Tiêu đề <a href='x'>&amp; \"Bà\"\x0b\ufffe\U0001fffe")
@example(render.markupsafe.Markup("<p>Đoạn\x0b</p>\n"))
@example(True)
@example(_Html())
def test_a_value_written_through_our_code_generator_is_written_as_jinja_writes_it(value):
    env = render.environment(None)
    template = env.from_string(_SOURCE)
    assert "environment.written(" in env.compile(_SOURCE, raw=True)  # (our generator made it)
    expected = _jinja_as_it_compiles(env).from_string(_SOURCE).render(v=value)
    assert template.render(v=value) == expected


def test_every_built_in_page_kind_renders_as_jinja_compiles_it(tmp_path):
    # The whole sample site rendered twice, our code generator against Jinja's.
    import shutil

    from generator.site.build import plan_site, render_page
    from support import ROOT

    shutil.copytree(ROOT / "content" / "articles", tmp_path / "content" / "articles")
    (tmp_path / "site.yaml").write_text('base_url: "https://example.org/a/"\n', encoding="utf-8")
    plan = plan_site(tmp_path, tmp_path / "content" / "articles", use_cache=False)
    plain = _jinja_as_it_compiles(plan.env)
    kinds = set()
    for page in plan.pages:
        if page.template:
            kinds.add(page.kind)
            assert render_page(plan.env, page, plan.common) == render_page(plain, page, plan.common), page.path
    assert {"event", "person", "people", "year", "timeline", "404"} <= kinds


def test_what_a_template_calls_is_called_as_jinja_calls_it():
    import jinja2

    @jinja2.pass_context
    def with_context(context, x):
        return f"{x}:{context.get('v')}:{context.get('item', '-')}"

    @jinja2.pass_environment
    def with_environment(environment, x):
        return f"{x}:{environment.autoescape}"

    @jinja2.pass_eval_context
    def with_eval_context(eval_context, x):
        return f"{x}:{eval_context.autoescape}"

    class Callable:
        def __call__(self, x, y="y"):
            return f"<{x}|{y}>"

    class ContextCallable:
        @jinja2.pass_context
        def __call__(self, context, x):
            return f"[{x}:{context.get('v')}]"

    def stops():
        raise StopIteration

    source = (
        "{% macro m(x, y='d') %}({{ x }},{{ y }}{% if caller is defined %},{{ caller() }}{% endif %}){% endmacro %}"
        "{{ f(v) }}{{ f(v, k='w') }}{{ c(v) }}{{ e(v) }}{{ ev(v) }}{{ obj(v, y=v) }}{{ cobj(v) }}{{ m(v) }}"
        "{{ d.get('a') }}{{ d.get('zz', 'no') }}{{ s() is undefined }}"
        "{% for item in [1, 2] %}{{ c(item) }}{{ f(item) }}{{ m(item, y=loop.index) }}{% set v2 = item %}{{ c(v2) }}{% endfor %}"
        "{% call m(v) %}inner {{ v }}{% endcall %}{% block b %}{{ c(v) }}{{ f(v) }}{% endblock %}"
    )
    values = dict(f=lambda x, k="k": f"{x}/{k}", c=with_context, e=with_environment, ev=with_eval_context,
                  obj=Callable(), cobj=ContextCallable(), d={"a": "<A>"}, s=stops, v="<v & ư>")
    env = render.environment(None)
    assert "environment.called(context, " in env.compile(source, raw=True)
    assert env.from_string(source).render(**values) == _jinja_as_it_compiles(env).from_string(source).render(**values)
