"""A page kept as Markdown (a site's Markdown mirror, an export pasted as text) read as the
plain text a reader sees: the title's underline, image lines, link targets and emphasis marks
are the format's, not the article's. Python-Markdown parses it; the text reader does the rest.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from .credits import credited_name, is_outlet_name, is_section_line, is_web_address
from .layout import RawArticle

# What only Markdown writes: a title underlined with "=" (or "-") right under the first line,
# a heading opened with "#", an image or a link written with its address in brackets.
_UNDERLINED_TITLE = re.compile(r"\A\s*[^\n]+\n[ \t]*(?:={3,}|-{3,})[ \t]*\n")
_HEADING = re.compile(r"\A\s*#{1,3} \S")
_LEVEL_ONE_HEADING = re.compile(r"\A\s*# \S[^\n]*\n")
_HASHTAGS = re.compile(r"\A\s*# \S[^\n]*\n# \S")
_LEVEL_ONE_LINES = re.compile(r"^# \S", re.MULTILINE)
_HEADING_TITLE_WORDS = 5
_IMAGE_OR_LINK = re.compile(r"!?\[[^\]\n]*\]\((?:https?://|/)[^)\s]+(?:\s+\"[^\"\n]*\")?\)")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\((?:https?://|/)")
_LINKS_AT_LEAST = 2  # (one link in a plain text is a reader's paste, not a format)


def looks_like_markdown(text: str) -> bool:
    """Whether text is a page written in Markdown: its title underlined or opened with "#"
    and a link or an image in its format, or links and an image enough to be one."""
    links = len(_IMAGE_OR_LINK.findall(text, 0, 20_000)) if "](" in text else 0  # (a plain text has none: not looked for)
    titled = bool(_UNDERLINED_TITLE.match(text) or _HEADING.match(text))
    # (two links alone may be a plain text's pastes: an image too, which only Markdown writes so)
    # (or a headline opened with "# " alone, as a scraper's Markdown keeps a page with no link in its text)
    # (but not a pasted page's hashtags over its menus, "# World Cup 2026" then "# Điểm thi THPT":
    # a title is one heading, and Markdown would run the menus' lines together)
    return titled and links >= 1 or links >= _LINKS_AT_LEAST and bool(_IMAGE.search(text, 0, 20_000)) \
        or bool(_LEVEL_ONE_HEADING.match(text)) and not _HASHTAGS.match(text)


def plain_text(text: str) -> str:
    """The text of a Markdown page, a paragraph a block, blank lines between: images
    dropped (their captions are paragraphs of their own), links as their words."""
    import markdown  # (only for the pages that need it)
    from bs4 import BeautifulSoup

    from .html import TEXT_BLOCKS  # (the blocks a reader reads, as a saved page's are read)

    if _lines_are_paragraphs(text):
        text = _LINE_BREAK_IN_A_PARAGRAPH.sub("\n\n", text)
    html = markdown.markdown(text, output_format="html")
    soup = BeautifulSoup(html, "html.parser")
    for image in soup.find_all("img"):
        image.decompose()
    blocks = []
    for block in soup.find_all(TEXT_BLOCKS):
        if block.find(TEXT_BLOCKS):
            continue  # (its inner blocks are read one by one)
        text = block.get_text()
        links = block.find_all("a")
        if len(links) >= 2 and not "".join(block.find_all(string=True, recursive=False)).strip(" \n\t|/>»·-–") \
                and any(is_section_line(link.get_text().strip()) for link in links):  # (not two authors' links: "[Minh Anh](…) - [Hoàng Hà](…)")
            # "[Giải trí](…) [Đời nghệ sĩ](…)": a line of links alone is a breadcrumb or a menu,
            # read as one ("Giải trí > Đời nghệ sĩ"), not as a kicker of their words run together
            text = " > ".join(words for link in links if (words := " ".join(link.get_text().split())))
        first, _, rest = text.strip().partition("\n")
        if rest.strip() and credited_name(first.strip()):
            # "Theo Dân Trí", then the lead on the next line: Markdown runs them into one
            # paragraph, but the credit is a line of its own (a forum's copy of a paper's page)
            blocks.append(" ".join(first.split()))
            text = rest
        words = " ".join(text.split())
        if words:
            blocks.append(words)
    return "\n\n".join(blocks) + "\n"


# A crawler's Markdown (crawl4ai's, a reader mode's) writes each of the page's paragraphs on a
# line of its own with no blank line between, which Markdown would run into one paragraph;
# a writer who wraps lines keeps them short. (Not before a title's underline or a table's row.)
_WRAPPED_LINE_LONGEST = 120
_LINE_BREAK_IN_A_PARAGRAPH = re.compile(r"(?<=\S)[ \t]*\n(?=[ \t]*[^\s=|-])|(?<=\S)[ \t]*\n(?=[ \t]*-+[ \t]*[^\s-])")


def _lines_are_paragraphs(text: str) -> bool:
    """Whether lines longer than a writer who wraps would write run on to the next line, their
    links' addresses aside (a paragraph of one long line with a blank line under it says nothing:
    a wrapper may leave a lead whole)."""
    lines = text.splitlines()
    run_on = (line for line, following in zip(lines, lines[1:]) if following.strip() and len(line) > _WRAPPED_LINE_LONGEST)
    return sum(len(_IMAGE_OR_LINK.sub("", line)) > _WRAPPED_LINE_LONGEST for line in run_on) >= _LONG_LINES_RUN_ON


_LONG_LINES_RUN_ON = 2


def titled_by_its_heading(raw: RawArticle, text: str) -> RawArticle:
    """raw (the page read as its text) with the page's first-level heading, where it opens
    the page, as its title: Markdown says so, whatever the lines under it look like (a
    repost's bold subtitle, a photo's caption read as the headline). Not a heading of a few
    words, a section's, an outlet's or a place's ("# Tin tức", "# Bình Dương") over the
    headline."""
    heading = _LEVEL_ONE_HEADING.match(text)
    if not heading or len(_LEVEL_ONE_LINES.findall(text, 0, 20_000)) > 1:
        return raw  # (a title is one heading: "# World Cup 2026", "# Điểm thi THPT" over a pasted page's menus are tags)
    title = plain_text(heading.group(0)).strip()
    if not title or "\n" in title or raw.title == title or len(title.split()) < _HEADING_TITLE_WORDS \
            or is_section_line(title) or is_outlet_name(title):
        return raw
    kicker = raw.kicker if raw.kicker != title else None
    return dataclasses.replace(raw, title=title, kicker=kicker, headlines=[h for h in (kicker, title) if h])


# A page of another site generator (Hugo, Jekyll, Astro …): YAML between two "---" lines
# above its Markdown, the title, date and author among its fields.
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?\n)---[ \t]*\n", re.DOTALL)
_FRONT_MATTER_LONGEST = 20_000


@dataclass(frozen=True)
class FrontMatter:
    title: str
    date: dt.date | None
    sapo: str
    author: str
    body: str
    """The Markdown under the fields."""


def front_matter(text: str) -> FrontMatter | None:
    """The fields a site generator's page opens with, where they are YAML and name a title."""
    text = text.replace("\r\n", "\n")  # (a page saved on Windows)
    found = _FRONT_MATTER.match(text, 0, _FRONT_MATTER_LONGEST) if text.lstrip("\ufeff").startswith("---") else None
    if not found:
        return None
    import yaml  # (only for the pages that need it)

    try:
        fields = yaml.safe_load(found.group(1))
    except yaml.YAMLError:
        return None  # (a text whose first line is a rule of dashes, not a page's fields)
    if not isinstance(fields, dict) or not isinstance(fields.get("title"), str) or not fields["title"].strip():
        return None
    return FrontMatter(
        title=" ".join(fields["title"].split()),
        date=_field_date(fields.get("date")),
        # (what the theme shows under the title: a subtitle, the page's description)
        sapo=" ".join(" ".join(str(fields[key]).split()) for key in ("subtitle", "description", "summary") if isinstance(fields.get(key), str)),
        # (not a site's address, "author: tuongmai.com": the reposting site's own, no one signs)
        author=", ".join(str(a) for a in _as_list(fields.get("author") or fields.get("authors")) if a and not is_web_address(str(a))),
        body=text[found.end():],
    )


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value] if value else []


def _field_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None
