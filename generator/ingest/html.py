"""Saved news pages: the article's headline, kicker, lead, body, captions and byline,
with the publication date from the page's meta as page_date; navigation, scripts,
ads, related-article lists and comments dropped.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, CData, Comment, NavigableString, Tag

from ..vietnamese import LOWER_LETTERS, UPPER_LETTERS, fold, is_vietnamese_syllable
from ..vietnamese import normalise as _normalise
from . import dates
from .credits import credited_name, cut_boilerplate, headline_words, is_foreign_credit, is_outlet_name, is_section_line, same_headline, split_tail, strip_breadcrumb
from .layout import CAPTION, HEADING, PARAGRAPH, Block, RawArticle, looks_like_caption
from .vocabulary import load_vocabulary

_NOISE_TAGS = ("script", "style", "noscript", "nav", "footer", "aside", "iframe", "button", "svg", "template", "select", "input")
_NOISE = re.compile(
    r"comment|binh-?luan|related|inner-?article|lien-?quan|tin-?khac|share|social|advert|\bads?\b|banner|menu|breadcrumb|"
    r"sidebar|widget|rating|danh-?gia|tags?\b|keyword|popup|modal|cookie|newsletter|footer|header-?nav|"
    r"most-?read|doc-?nhieu|xem-?nhieu|author-?box|(?<![a-z])ticker|[-_]meta\b|\bmeta[-_]|\bviews?\b|luot-?xem|\bcate\b|category",
    re.IGNORECASE,
)
_BODY_HINT = re.compile(r"article[-_]*(body|content|detail)|details?[-_]*content|cms[-_]*body|content[-_]*detail|entry[-_]*content|post[-_]*content|(?<![a-z])news[-_]*content|fck_detail|articlebody", re.IGNORECASE)
_KICKER_HINT = re.compile(r"kicker|overtitle|pre-?title|supertitle|sub-?cate|eyebrow", re.IGNORECASE)
# Whole words of a class: "singular-sapo", "article__sapo"; not Tailwind's "dt-leading-12".
_LEAD_HINT = re.compile(r"(?<![a-z])(?:sapo|lead|summary|chapeau|description|excerpt|intro)(?![a-z])", re.IGNORECASE)
# (and an article's sapo by a class in camel case: "NewsIntro", an old portal's; not a section's
# or a site's blurb, "catDescription", "siteDescription")
_CAMEL_LEAD_HINT = re.compile(r"(?i:news|article|post|detail|content|story)(?:Sapo|Lead|Summary|Intro|Description|Excerpt|Chapeau)(?![a-z])")
# Vietnamese for a summary, "TomTat": the sapo near the article, not a teaser's in a list of others.
_TOM_TAT = re.compile(r"(?<![a-z])tom-?tat(?![a-z])", re.IGNORECASE)
_AUTHOR_HINT = re.compile(r"author|byline|writer|tac-?gia", re.IGNORECASE)
_CAPTION_HINT = re.compile(r"caption|image-?desc|photo-?desc|chu-?thich|expnoedit|figcaption", re.IGNORECASE)
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def _classes(tag: Tag) -> str:
    return " ".join(tag.get("class") or []) + " " + (tag.get("id") or "")


# Pages are searched by walking their elements in Python: bs4's own find_all with a
# pattern costs several times as much, and a page is searched a dozen times.
def _tags_in(scope: Tag) -> Iterator[Tag]:
    """Every element inside scope, in document order."""
    return (node for node in scope.descendants if isinstance(node, Tag))


def _first(scope: Tag, test: Callable[[Tag], object]) -> Tag | None:
    return next((tag for tag in _tags_in(scope) if test(tag)), None)


def _has_class(tag: Tag, pattern: re.Pattern) -> bool:
    """What bs4's class_=pattern matches: one of the classes, or all of them joined; or
    what the element's role says where a standard or a site's script names it
    (itemprop="author", rel="author", data-role="author"), whatever its classes are."""
    attributes = tag.attrs
    values = attributes.get("class")
    if values is not None:
        if not isinstance(values, list):
            values = [values]
        if any(pattern.search(value) for value in values) or (len(values) != 1 and bool(pattern.search(" ".join(values)))):
            return True
    if (len(attributes) > 1 or values is None and attributes) and tag.name not in _NO_ROLE_HOLDERS:
        # (most elements hold a class alone, or nothing; a head's "<link rel="author" href="…">" names no one)
        for name in _ROLE_ATTRIBUTES:
            value = attributes.get(name)
            if value and pattern.search(" ".join(value) if isinstance(value, list) else value):
                return True
    return False


_ROLE_ATTRIBUTES = ("itemprop", "rel", "data-role", "data-field")
_NO_ROLE_HOLDERS = frozenset({"link", "meta"})


_INLINE = frozenset({"a", "span", "em", "strong", "b", "i", "u", "mark", "abbr", "small"})
# The blocks of running text a reader reads (the markdown reader keeps the same).
TEXT_BLOCKS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "td", "blockquote", "dd"})


def _in_running_text(tag: Tag) -> bool:
    """A link or span inside a sentence ('tỉnh <a class="tag-link">Nghệ An</a>'): part of
    the text, whatever its class says; inside bold or italics too ("<p><strong>Theo: <a
    class="tag-link">Reuters</a></strong>")."""
    if tag.name not in _INLINE:
        return False
    parent = tag.parent
    while parent is not None and parent.name in _INLINE:
        parent = parent.parent
    return parent is not None and parent.name in TEXT_BLOCKS


# In HTML a line end inside an element is a space: a page saved from a word processor
# breaks its paragraphs' lines ("… đồng chí Vũ Thị Kim\nChung, Hiệu trưởng …").
_HTML_SPACES = str.maketrans("\n\r\t\f", "    ")


def _one_line(text: str) -> str:
    return _normalise(text.translate(_HTML_SPACES))


def _text(tag: Tag) -> str:
    return _one_line(tag.get_text(" ", strip=True))


def _says_again(text: str, *headlines: str | None) -> bool:
    """The headline or the kicker said again in the body, however its runs were spaced
    ("<b>Hà Nội</b>: Khai mạc …" read with a space before the colon, as a header is)."""
    words = headline_words(text)
    return any(headline and headline_words(headline) == words for headline in headlines)


def _prose_text(tag: Tag) -> str:
    """A text block's words as a browser shows them: inline runs joined as written, so that
    a word a word processor split over two runs stays one ("Sáng ngày 1<span>4</span>/11",
    "Nguy<span>ễn</span>"); a space where a block or a <br> parts them."""
    pieces: list[str] = []
    _text_of(tag, pieces)
    return _one_line("".join(pieces))


# What makes a page more than a text in paragraphs: a headline's element, the page's own
# title for sharing, an article's element, a site's menus, header or foot, an author's box.
_PAGE_STRUCTURE = re.compile(r"<(?:h[1-6]|article|main|nav|header|footer|aside|form|iframe)\b|og:title"
                             r"|class\s*=\s*[\"']?[^\"'>]*(?:author|byline|tac-?gia)", re.IGNORECASE)
_PLAIN_BLOCKS = frozenset({"p", "div", "li", "td", "th", "tr", "blockquote", "pre", "dd", "dt", "dl", "figcaption", "caption", "address",
                           "table", "ul", "ol", "section", "figure", "center", "hr", "body", "h1", "h2", "h3", "h4", "h5", "h6",
                           "header", "footer", "article", "main", "nav", "aside", "summary", "details", "form", "fieldset"})
# Inline, but never run into the words beside them: an image, a form's field.
_SPACED_INLINE = frozenset({"img", "input", "select", "option", "textarea", "button", "label"})
_SHOWN_AS_BLOCK = re.compile(r"display\s*:\s*(?:block|flex|grid|table|list-item)", re.IGNORECASE)
_NOT_TEXT = ("head", "title", "script", "style", "noscript", "template", "svg", "button", "select")
_RUN_OF_SPACING = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def plain_document_text(source: str) -> str | None:
    """The text of a page that is a text in paragraphs and nothing more, as Word's "Save as
    Web Page", an editor's or an e-mail's HTML is: no headline element, no title but its
    first line. Its paragraphs, a blank line between them and a line break where a <br> is,
    to be read as a text file is (text.read_text knows a header line, a kicker, a byline
    from the lines alone); None for any other page."""
    if _PAGE_STRUCTURE.search(source):
        return None
    soup = BeautifulSoup(source, "html.parser")
    title = _one_line(soup.title.get_text(" ", strip=True)) if soup.title else ""
    for tag in soup.find_all(_NOT_TEXT):
        tag.decompose()
    pieces: list[str] = []
    _text_of(soup.body or soup, pieces)
    paragraphs = ["\n".join(line for line in map(str.strip, paragraph.split("\n")) if line)
                  for paragraph in _PARAGRAPH_BREAK.split("".join(pieces))]
    text = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    first_line = _one_line(text.split("\n", 1)[0])
    if not text or title and not (first_line == title or first_line.startswith(title) and not first_line[len(title)].isalnum()):
        return None  # (a page whose title says more than its first line: read as a page)
    return text + "\n"


def _text_of(element: Tag, pieces: list[str]) -> None:
    """element's text into pieces: a paragraph break before and after each block, a line
    break for a <br>, inline runs joined as written ("Nguy<span>ễn</span>": no space added).
    (Walked with a stack of its own: a page may nest its spans deeper than Python recurses.)"""
    children, closings = [iter(element.children)], [""]
    last = ""  # (the last character put in pieces)
    while children:
        node = next(children[-1], None)
        if node is None:
            children.pop()
            piece = closings.pop()
        elif isinstance(node, Tag):
            if node.name == "br":
                piece = "\n"
            else:
                block = node.name in _PLAIN_BLOCKS or "style" in node.attrs and bool(_SHOWN_AS_BLOCK.search(str(node["style"])))
                piece = "\n\n" if block else " " if node.name in _SPACED_INLINE else ""
                children.append(iter(node.children))
                closings.append(piece)
        elif type(node) in (NavigableString, CData):  # (not a comment, a doctype or a declaration)
            piece = _RUN_OF_SPACING.sub(" ", str(node))
            if piece and _RUNS_APART.match(last + piece[0]):
                pieces.append(" ")  # "<b>Ông Nguyễn Văn An</b><i>Chủ tịch …</i>": two runs styled apart, not a word
        else:
            continue
        if piece:
            pieces.append(piece)
            last = piece[-1]


# Where two runs meet with no space, a lower-case letter then a capital ("An" + "Chủ tịch"), or a
# sentence's mark then a letter ("tổng kết." + "Ông"), are two words a style set apart (a word split
# over two runs goes on in lower case: "Nguy" + "ễn"; a number in figures: "1" + "4/11").
_RUNS_APART = re.compile(rf"[{LOWER_LETTERS}][{UPPER_LETTERS}]|[.,;:!?][{LOWER_LETTERS}{UPPER_LETTERS}]")



def read_html(source: str, path: Path) -> RawArticle:
    soup = BeautifulSoup(source, "html.parser")
    captured = _captured_page(soup) if "srcdoc" in source else None  # (few pages hold a frame of their own page)
    if captured is not None:
        return read_html(captured, path)
    meta = _page_meta(soup)
    _mark_captions_of_images(soup)
    # The headline's element and the row under it (author, time), read before the noise
    # goes: the row may bear a class of noise ("author-share-top", "header-meta"); they
    # are used where nothing else says.
    page_title = meta.get("og_title") or meta.get("title")
    headline = _headline_element(soup, page_title)
    headline_text = _text(headline) if headline is not None and headline.name != "h1" else None
    # (an <h1> in a hero banner goes with the noise: its words are kept now)
    banner_headline = _text(headline) if headline is not None and headline.name == "h1" and headline.find_parent(class_=_NOISE) \
        and (not page_title or _says_the_title(_text(headline), page_title)) else None  # (not a banner's site name or slogan)
    shown_author = _next_in_header(headline, _AUTHOR_HINT) if headline else None
    shown_byline = _shown_byline(shown_author) if shown_author else None
    if headline and shown_byline is None:
        shown_byline = _name_under_headline(headline)
    if headline and meta.get("page_date") is not None and (shown := _printed_date_line(headline)) \
            and 0 < (meta["page_date"] - shown).days <= _PRINTED_BEFORE_PUBLISHED:
        # A portal prints the day its editor gave the item, and publishes it later ("Thứ 5,
        # 16/05/2019 | 10:49" over the headline, published 2019-05-17 in the head): the
        # printed day is the page's (never a later one: an update's).
        meta["page_date"] = shown
    if headline is not None and meta.get("page_date") is not None and _addressed_to_another_article(soup, _text(headline)) \
            and (shown := _printed_date_line(headline)):
        # The head's own address names another article (a site cloned from a saved page keeps that
        # page's address, og: and published time): its date is that article's; the date line is this one's.
        meta["page_date"] = shown
    if headline and meta.get("page_date") is None:
        shown_time = _next_in_header(headline, _TIME_HINT, skip=_in_other_box)
        meta["page_date"] = dates.page_date(_text(shown_time).strip(" -–|")) if shown_time else None
        if meta["page_date"] is None:
            meta["page_date"] = _date_beside(headline)
        if meta["page_date"] is None:
            meta["page_date"] = _date_of_own_entry(soup, headline)
    # Before the noise goes: an aggregator shows its source logo in the article's meta row.
    credited_author, credited = _credited_outlet(soup, headline)
    for tag in [tag for tag in _tags_in(soup) if tag.name in _NOISE_TAGS]:
        if tag.name == "footer" and tag.parent is not None and tag.parent.name == "article" \
                and _first(tag, lambda inner: _has_class(inner, _AUTHOR_HINT)):
            continue  # the article's own footer, where Lao Động signs it: "<footer><span class="author">NHẬT HỒ</span>"
        if not getattr(tag, "_decomposed", False):
            tag.decompose()
    # Search and comment forms go; ASP.NET sites wrap the whole page in one <form>.
    for form in [tag for tag in _tags_in(soup) if tag.name == "form"]:
        if not getattr(form, "_decomposed", False) and len(form.find_all("p")) < 3 and not form.find("h1") \
                and not _first(form, _names_the_body) and not _prose(form):
            # (not one that holds the headline: "<form id="aspnetForm">" around a 2012 page of <DIV>s;
            # nor the article's body: a portal's "ArticleContent" of two <p>, its lines parted by <br>,
            # however its class is named; a search box or a comment form holds no paragraph of prose)
            form.decompose()
    # The article's own element and everything around it stay, whatever their classes
    # say: VnExpress puts its article in a column named "sidebar-1".
    body = _first(soup, _is_article_body) or _first(soup, _names_the_body) or _wordiest_article(soup)
    keep = {id(tag) for tag in body.parents} if isinstance(body, Tag) else set()
    noisy = [
        tag for tag in _tags_in(soup)
        if (tag.name not in ("html", "body", "article", "main") or tag.name == "article" and _RELATED.search(_classes(tag)))
        and id(tag) not in keep
        and _NOISE.search(_classes(tag)) and not _BODY_HINT.search(_classes(tag)) and not _in_running_text(tag)
    ]
    for tag in noisy:
        # bs4's own .decomposed searches the subtree: read the flag decompose() sets.
        if not getattr(tag, "_decomposed", False):
            tag.decompose()

    container = _article_container(soup)
    # The first <h1> may be the section's breadcrumb ("THỜI SỰ > Cần Thơ").
    headings = [h for scope in (container, soup) for h in _tags_in(scope)
                if h.name == "h1" and _text(h) and not is_section_line(_text(h)) and not _names_the_site(h) and not _hidden(h)]
    # A portal may put its own name in an <h1> above the article's: the one og:title names
    # is the headline (not <title>, which may be the site's name alone).
    og_title = meta.get("og_title", "")
    og_named = [h for h in headings if og_title and same_headline(_text(h), og_title) and len(_text(h)) >= len(og_title)]
    title = _text((og_named or headings)[0]) if headings else banner_headline or meta.get("title")
    title = strip_breadcrumb(title) if title else title
    if headline_text and not headings and (title is None or not _says_the_title(headline_text, title)
                                           or headline_words(headline_text) == headline_words(title)
                                           and not headline_text.isupper() and not headline_text.islower()):
        # (a block saved without its <head>, headed by an <h2> or <h3>; or a page whose
        # <title> is the site's name alone, the headline an <h2> of no class; and the words of
        # <title> as the page prints them: "Bệnh viện …", not the head's "Bệnh Viện …")
        title = headline_text
    if not headings and not og_title and (title is None or is_outlet_name(title)):
        # "Báo Điện tử Dân trí – Phiên bản Mobile" in <title>, no <h1>: an old template sets
        # its headline in bold type above the text (<font><b>…</b></font>).
        bold = _bold_headline(soup)
        if bold and title:
            meta["site"] = title  # (the outlet's name, not the "Phiên bản Mobile" beside it)
        title = bold or title
    if og_title and not og_named and headline_text is not None:
        title = headline_text  # the element og:title names, where no <h1> does (a logo's <h1> above it)
    # (not a section's link of a kicker's class: "<a class="box-subcate-style4-namecate" href="/vn/cong-nghe/ung-dung/">Ứng dụng</a>")
    kicker_tag = _first(soup, lambda tag: _has_class(tag, _KICKER_HINT) and not _a_section_s_link(tag))
    kicker = _text(kicker_tag).rstrip(" :") if kicker_tag else None
    # Several authors may sign in elements of their own, one under the other.
    author_tags = [tag for tag in _tags_in(container) if _has_class(tag, _AUTHOR_HINT)
                   and not any(_has_class(parent, _AUTHOR_HINT) for parent in tag.parents)]
    if not author_tags:
        first_author = _first(soup, lambda tag: _has_class(tag, _AUTHOR_HINT))
        author_tags = [first_author] if first_author else []
    names: list[str] = []
    credits: list[str] = []
    for author_tag in author_tags:
        shown = _text(author_tag)
        credited_only = credited_name(shown)
        if credited_only and (is_foreign_credit(credited_only) or is_outlet_name(credited_only)):
            # "Theo Military Watch", "Theo AFP, SCMP", "Theo QĐND" in an author's element of its
            # own: whose text it is (an outlet; "Theo Hồ Hương" there names the author)
            credits.append(credited_only)
            author_tag.decompose()
            continue
        signed, bracketed = _signed(author_tag)
        if not signed:  # ("<footer class="author-wrapper"><span class="author">NHẬT HỒ</span><time>…": the inner one)
            signed = next((name for inner in _tags_in(author_tag) if inner is not author_tag and _has_class(inner, _AUTHOR_HINT)
                           and (name := _signed(inner)[0])), None)
        names += [name for name in (signed.split(", ") if signed else []) if name not in names]
        # "Kông Anh (Nguồn: AFP)", "(theo AKP)": whose text it is, read below as a closing
        # "Theo …" line of a pasted text is (an outlet's own name, or a foreign one).
        credits += [m.group(1) or m.group(2) for m in _CREDIT_IN_AUTHOR.finditer(shown)]
        if bracketed and is_foreign_credit(bracketed) and bracketed not in credits:
            credits.append(bracketed)  # "Lê Hưng (Military Watch)": read as a pasted text's closing line is
        author_tag.decompose()
    byline = ", ".join(names) or shown_byline or _author_page_link_beside(container)

    blocks: list[Block] = []
    # The lead (sapo) often sits just outside the body's element, beside the headline.
    lead_tag = None
    for scope in (container, container.parent, soup):
        lead_tag = _first(scope, lambda tag: tag.name != "h1" and not _in_teaser(tag) and (
            _LEAD_HINT.search(_classes(tag)) or _CAMEL_LEAD_HINT.search(_classes(tag)) or scope is not soup and _TOM_TAT.search(_classes(tag)) and tag.find_parent("li") is None
            and not any(sibling.name == "a" for sibling in tag.find_previous_siblings()))) if scope else None
        if lead_tag and lead_tag is not container and _text(lead_tag):
            break
    if not (lead_tag and _text(lead_tag)) and container.name != "body":
        # No element says it is the sapo: a heading of a sentence's length right above the
        # body's element is ("<h3>(NLĐO) - Cho rằng …</h3>", then "<div class="content">").
        # Or set in bold, of no class that says so ("<strong class="d_Txt">Với chủ trương …, tối
        # 4/4, tại Hải Phòng, …</strong>", then "<div id="cotent_detail">").
        # Or a paragraph its style sets in bold ("<p style="font-weight: bold">Sáng ngày 21/01, UBND
        # tỉnh tổ chức …</p>", then "<div class="fix_img">", a Sở's SharePoint portal).
        above = container.find_previous_sibling()
        lead_tag = above if above is not None and (above.name in ("h2", "h3", "h4") or above.name in ("strong", "b") and not above.find("a")
                                                   or above.name == "p" and _BOLD_STYLE.search(above.get("style") or "") and not above.find("a")) \
            and len(_text(above).split()) >= _SAPO_WORDS else None
    if not (lead_tag and _text(lead_tag)) and meta.get("description"):
        # Nothing above says it: the lead is the element outside the body that prints the
        # page's description, whatever its class ("<meta name="description">" is the sapo's
        # words on most sites; the printed one is read, not the head's, which may be cut short).
        lead_tag = _printing(soup, container, meta["description"], title)
    if lead_tag and lead_tag is not container and not lead_tag.decomposed:
        blocks.append(Block(PARAGRAPH, _text(lead_tag)))
        lead_tag.decompose()
    if kicker_tag and not kicker_tag.decomposed:
        kicker_tag.decompose()
    for element in [tag for tag in _tags_in(container) if tag.name in _BLOCK_TAGS]:
        block = _block(element)
        if block and block.text and not _says_again(block.text, title, kicker):
            if block.kind == PARAGRAPH and element.name in ("p", "div") and element.find("br") is not None:
                # Lines a paragraph parts with <br> are paragraphs, as a pasted page's lines are
                # ("… kể từ ngày 04/6/2021.<br>Phát biểu giao nhiệm vụ, …").
                blocks += [Block(PARAGRAPH, line) for line in _lines_at_breaks(element) if not _says_again(line, title, kicker)]
            else:
                blocks.append(block)
    # An author's name set right under the body's element, in no element of its own kind
    # ("<div style="text-align:right">K. Miên</div>"): read with the body's closing lines.
    # (the first of its next few siblings that holds text: empty ad slots may stand between,
    # "<div class="nguontin">Theo T.Phong (Người lao động)</div>", "<p class="bottom-info">theo Trí Thức Trẻ</p>")
    below = next((tag for tag in itertools.islice(container.find_next_siblings(), _SIBLINGS_TO_SIGNATURE) if _text(tag)), None) \
        if container.name != "body" else None
    signed = _text(below) if below is not None and below.name in ("div", "p") and not below.find("a") else ""
    if signed and (len(signed.split()) <= _SIGNATURE_WORDS or credited_name(signed) and len(signed.split()) <= _CREDIT_WORDS) \
            and not signed.endswith((".", ":")):  # (a name, or a credit: "Theo T.Phong (Người lao động)")
        blocks.append(Block(PARAGRAPH, signed))
    if meta.get("page_date"):
        # The page's date line inside the article's element, above its headline ("<div
        # class="PostDate">07/06/2021 15:20:00</div>"): the page date, read; not the text's.
        blocks = [b for n, b in enumerate(blocks) if n >= _LINES_ABOVE_THE_TEXT or len(b.text) > _DATE_LINE_CHARACTERS
                  or dates.page_date(b.text) != meta["page_date"]]
    # ("4 tháng trước" above the text: a theme's time counted back from when the page was saved, dating nothing)
    blocks = [b for n, b in enumerate(blocks) if n >= _LINES_ABOVE_THE_TEXT or not dates.is_relative_stamp(b.text)]
    paragraphs = cut_boilerplate([b.text for b in blocks])
    blocks = blocks[:len(paragraphs)] + [Block(PARAGRAPH, f"Theo {credit}") for credit in credits[:1]]
    return RawArticle(
        path=path,
        blocks=blocks,
        headlines=[h for h in (kicker, title) if h],
        title=_one_line(title) if title else None,
        kicker=kicker or None,
        page_date=meta.get("page_date"),
        byline=byline or credited_author or meta.get("author") or _labelled_author(soup, container),
        source=credited or meta.get("site"),
        address=meta.get("address"),
    )


_SHORTEST_BYLINE = 3  # not an avatar's initial
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_SIBLINGS_TO_SIGNATURE = 3
_SAPO_WORDS = 12
_SIGNATURE_WORDS = 4
_CREDIT_WORDS = 10
_TIME_HINT = re.compile(r"(?<![a-z])(?:post-?time|time|date|publish(?:ed)?(?:-?date)?|ngay-?dang)(?![a-z])"
                        r"|(?:article|meta|news|post)date|date-?time", re.IGNORECASE)  # (and "ArticleDate", "metadate", "f-datetime")
# (and "ArticleHeader", a VNPT portal's; "TieuDe", Vietnamese for a title, an ASP.NET portal's)
_TITLE_CLASS = re.compile(r"title|(?:article|news|post|detail)-?header(?![a-z-])|tieu-?de", re.IGNORECASE)
_TIEU_DE = re.compile(r"tieu-?de", re.IGNORECASE)
_BOLD_HEADLINE_WORDS = (4, 30)
# A credit, not a headline: "Theo báo Đầu tư Chứng khoán", "Theo TTXVN" (but "Theo chân CSGT …" heads a feature).
_CREDIT_OPENING = re.compile(rf"^(?i:theo|nguồn)\s*:?\s+(?:[{UPPER_LETTERS}]|(?i:báo|tạp chí|đài)\b)")


def _before_the_text(scope: Tag) -> Iterator[Tag]:
    """The elements before the first paragraph of running text: where a headline stands (a
    bold line or a heading after it is a signature, a credit or a subhead)."""
    for tag in _tags_in(scope):
        if tag.name == "p" and len(_text(tag).split()) >= _RUNNING_TEXT_WORDS and not _has_class(tag, _TITLE_CLASS):
            return  # (not a long headline a "title" class sets in a <p>: "<p class="Title">", a Sở's portal)
        yield tag


def _bold_headline(scope: Tag) -> str | None:
    """The first bold line of a headline's length standing alone (no link, no list, no
    sentence's full stop): the headline of a page that has no <h1>."""
    for tag in _before_the_text(scope):
        if tag.name not in ("b", "strong") or tag.find_parent(("a", "li", "p")) is not None:
            continue
        text = _text(tag)
        if tag.find_parent("td") is not None and (tag.parent is None or tag.parent.name != "div" or _text(tag.parent) != text):
            continue  # (in a table's cell, only a line of its own: "<td><div style="text-align: center"><b>…</b></div>" of an old portal)
        if _BOLD_HEADLINE_WORDS[0] <= len(text.split()) <= _BOLD_HEADLINE_WORDS[1] and not text.endswith((".", ":")) \
                and dates.page_date(text) is None and not _CREDIT_OPENING.match(text):
            return text
    return None


_CAPTURE_TEXT_MOST = 200  # characters a capture tool's own page shows around the page it holds
_CAPTURED_PAGE_LEAST = 1000


def _captured_page(soup: BeautifulSoup) -> str | None:
    """The page a capture tool saved inside its own, as an <iframe>'s srcdoc, where the
    outer page shows next to nothing itself ("<title>24h.com.vn</title>", a script, the
    frame); else None."""
    frame = soup.find("iframe", srcdoc=True)
    if frame is None or len(frame["srcdoc"]) < _CAPTURED_PAGE_LEAST:
        return None
    body = soup.body or soup
    shown = sum(len(text.strip()) for text in body.find_all(string=True)
                if not isinstance(text, Comment) and text.parent is not None and text.parent.name not in ("script", "style", "noscript"))
    return frame["srcdoc"] if shown <= _CAPTURE_TEXT_MOST else None


def _headline_element(soup, title: str | None) -> Tag | None:
    """The page's headline: the <h1> that says what the page's title says, or an element
    of a "title" class that does; failing both, the first <h1> that is not the site's logo
    (some sites put their logo in an <h1> above the article's)."""
    # (a page's name as a portal shows it is no headline: "<h1>Home</h1>", "<title>Trang chủ - Website Sở …")
    headings = [tag for tag in _tags_in(soup) if tag.name == "h1" and _text(tag) and not is_section_line(_text(tag)) and not _names_the_site(tag)
                and not _hidden(tag)]
    if title and is_section_line(title):
        title = None
    named = next((h for h in headings if title and same_headline(_text(h), title)), None) if title else None
    if named is None and title:
        # (an element of a "title" class, or an <h2>/<h3> of no class, that says it: "<h2
        # class="title-single">", a bare "<h2>" under a logo's <h1>; or the title less the
        # site's name before it: "Quân khu 2 – Nhà hát Chèo …")
        named = _first(soup, lambda tag: (_has_class(tag, _TITLE_CLASS) or tag.name in _SUBHEADINGS and not tag.get("class"))
                       and not _LOGO.search(_classes(tag)) and tag.name != "a" and len(_text(tag).split()) >= _HEADLINE_ELEMENT_WORDS
                       and len(tag.find_all("a", limit=2)) < 2  # (not a list of stories' titles: "UI_Danhsachtin_tieude")
                       and _says_the_title(_text(tag), title))  # (not a tag's "Khởi tố", the title's first words)
    found = named or next((h for h in headings if not _LOGO.search(_classes(h))), None)
    if found is None:
        # (also where a <title> names no element of the page: the site's name alone,
        # "<title>Viện Kiểm Sát Quận 8</title>" over an <h2> headline, which may end in a
        # full stop; in a block with no <title>, such an <h2> is the sapo)
        found = _first_heading_of_a_headline(soup, full_stop=title is not None)
    if found is None and title:
        found = _printing_the_title(soup, title)
    if found is None and not title:
        found = _line_above_the_prose(soup)
    return found


def _line_above_the_prose(soup) -> Tag | None:
    """Where nothing names the headline (no <h1>, no class that says so, a <title> of the
    site's name alone): the element of the line right above the article's first paragraph of
    prose, of a headline's length and no sentence (a sapo ends in its full stop), passing over a
    date line, as a pasted page's header is read ("<p class="x1">Họp Thành viên UBND tỉnh
    thường kỳ tháng 03</p>" over the sapo)."""
    prose = _first(soup, lambda tag: tag.name == "p" and len(_text(tag).split()) >= _RUNNING_TEXT_WORDS * 2
                   and tag.find_parent(("a", "li", "nav", "header", "footer")) is None)
    if prose is None:
        return None
    seen = 0
    for text in prose.previous_elements:
        if not isinstance(text, str) or isinstance(text, Comment) or not text.strip() \
                or text.parent is None or text.parent.name in ("script", "style", "title"):
            continue
        line = " ".join(text.split())
        if dates.page_date(line) or dates.is_relative_stamp(line):
            continue  # (the date line between: "22/04/2019")
        seen += 1
        holder = text.parent
        caption = holder.name in ("em", "i", "figcaption") or holder.find_parent(("figcaption", "figure")) is not None \
            or any(getattr(near, "name", None) == "img" or isinstance(near, Tag) and near.find("img") is not None
                   for near in itertools.islice(holder.previous_siblings, 2))
        if _BOLD_HEADLINE_WORDS[0] <= len(line.split()) <= _TITLED_HEADLINE_WORDS and holder.find_parent(("a", "li", "nav")) is None \
                and holder.name != "a" and not is_section_line(line) and not line.endswith((":", ".")) \
                and _text(holder) == line and not caption and not any(split_tail([line])[1:]):
            return holder  # (not a photo's caption under it, nor "Tác giả: …")
        if seen >= _LINES_ABOVE_THE_TEXT:
            return None
    return None


def _printing_the_title(soup, title: str) -> Tag | None:
    """The innermost element of the page that prints the title, whatever it is and however
    its class is named ("<div class="ArticleHeader">" of a VNPT portal); not a link, nor
    an entry of a list of stories."""
    wanted = headline_words(title)
    if len(wanted.split()) < _HEADLINE_ELEMENT_WORDS:
        return None
    opening = title.split()[0]
    for string in soup.find_all(string=lambda text: opening in text):
        # (from the text that holds its first word up to the element that holds all of it)
        for tag in itertools.islice(string.parents, _TITLE_DEPTH):
            words = headline_words(_text(tag))
            if words == wanted:
                if tag.name in _TITLE_HOLDERS and tag.find_parent(("a", "li", "title", "head")) is None:
                    return tag
                break
            if not wanted.startswith(words):
                break  # (the words part ways: not this one)
    return None


_TITLE_DEPTH = 6
_TITLE_HOLDERS = frozenset({"div", "span", "td", "p", "h2", "h3", "h4", "h5", "strong", "b", "font"})


_SUBHEADINGS = ("h2", "h3")
_HEADLINE_IN_TITLE_WORDS = 6
_HEADLINE_ELEMENT_WORDS = 4


def _says_the_title(text: str, title: str) -> bool:
    """Whether an element's text is the page's title, or the headline a title holds after
    the site's name."""
    if same_headline(text, title):
        return True
    words = headline_words(text)
    return len(words.split()) >= _HEADLINE_IN_TITLE_WORDS and headline_words(title).endswith(words)


_NO_HEADLINE_HOLDS = ("h1", "input", "form")  # (a table may hold an old portal's headline)


def _first_heading_of_a_headline(soup, full_stop: bool = False) -> Tag | None:
    """An article block saved without its <head> and with no <h1> ("<h3>Hội nghị về phát
    triển bền vững …</h3>", "<h2 class="cms-title">", "<div class="article-title">"): its
    first <h2>, <h3> or title-classed element of a headline's length before the text
    begins, no section's name ("Tin liên quan"), no link's, and none of a box of other
    stories (a theme's news ticker above the header: "news-ticker-item-title")."""
    label = None
    for tag in _before_the_text(soup):
        # (and an <h4> of a title's id: "<h4 id="title">", a Fatherland Front portal's headline)
        titled = (tag.name in ("div", "p", "span", "td") and _has_class(tag, _TITLE_CLASS)
                  or tag.name == "span" and _TIEU_DE.search(tag.get("id") or "")  # ("lblTieuDe"; not "lblModuleTitle", a section's)
                  or tag.name == "h4" and tag.get("id") == "title" and _over_running_text(tag)) \
            and not _LOGO.search(_classes(tag)) \
            and not _KICKER_HINT.search(_classes(tag)) and not _SUBTITLE.search(_classes(tag))
        if titled and tag.find(_NO_HEADLINE_HOLDS) is not None:
            continue  # a page's chrome of a "title" class: SharePoint's "s4-title" holds the site's <h1> and a search box
        if titled and tag.name == "div" and _first(tag, lambda inner: inner is not tag and _has_class(inner, _TIME_HINT)):
            continue  # the header's row that holds the title and its date ("<div class="TieuDe"><span>…</span> <span class="NgayDang">"): the title inside
        if titled and tag.name == "td" and tag.find(_SUBHEADINGS) is not None:
            continue  # a table's cell that holds the headline's own <h2> and the line under it ("Ngày đăng tin: …"): the <h2>
        if titled and tag.name != "td" and (links := tag.find_all("a")) and len(links) == 1 and _text(links[0]) == _text(tag) \
                and len(_text(tag).split()) <= _SECTION_LABEL_WORDS:
            continue  # a section's link in a "title" box over the headline ("<div class="Blog_Title"><a>Đào tạo bồi dưỡng</a>")
        if (tag.name in _SUBHEADINGS or titled) and tag.find_parent(("a", "li")) is None and not _SECTION_CLASS.search(_classes(tag)) \
                and not any(_OTHER_STORIES.search(_classes(box)) for box in list(tag.parents)[:_BOX_DEPTH]):
            text = _text(tag)
            longest = _TITLED_HEADLINE_WORDS if titled else _BOLD_HEADLINE_WORDS[1]  # (a long one where the page says it is the title)
            if _BOLD_HEADLINE_WORDS[0] <= len(text.split()) <= longest and not is_section_line(text) \
                    and not text.endswith(":") and (not text.endswith(".") or full_stop and _one_sentence_heading(tag, text)):
                if titled and tag.name == "td" and len(text.split()) <= _SECTION_LABEL_WORDS and label is None:
                    label = tag  # a section's label in a table's cell of a "title" class, a heading of the headline's own below it
                    continue
                return tag if label is None or tag.name in _SUBHEADINGS else label
    return label


def _over_running_text(tag: Tag) -> bool:
    """Whether the box around tag (its grandparent) holds running text: an article's header, not a
    widget's ("<div class="box"><h4 id="title">Văn bản chỉ đạo điều hành mới</h4><ul>…")."""
    box = tag.parent.parent if tag.parent is not None else None
    return box is not None and box.name not in ("body", "html", "[document]") and tag.parent.find(("ul", "ol")) is None \
        and any(len(_text(p).split()) >= _RUNNING_TEXT_WORDS for p in box.find_all("p"))


def _one_sentence_heading(tag: Tag, text: str) -> bool:
    """An <h2> of no class that is one sentence with its full stop: a headline set so
    ("<h2>VKSND quận 8, TP.HCM đề ra nhiều giải pháp … kiến nghị khởi tố.</h2>"), not a
    sapo, which a class names or which runs to more sentences; a class that says it is the
    title does not: "<h2 class="detail-title">Hội nông dân huyện hỗ trợ … xã Nam Bình.</h2>")."""
    titled = not tag.get("class") or _has_class(tag, _TITLE_CLASS) and not _SUBTITLE.search(_classes(tag))
    return tag.name == "h2" and titled and not _SENTENCE_BREAK.search(text[:-1])


_SENTENCE_BREAK = re.compile(r"[.!?…]\s")
_TITLED_HEADLINE_WORDS = 45
_SECTION_LABEL_WORDS = 5  # ("<td class="dvVBPL-title">Hoạt động Văn phòng HĐND</td>" over the <h2> headline)
_SUBTITLE = re.compile(r"sub-?title|title-?top|top-?title", re.IGNORECASE)
_SECTION_CLASS = re.compile(r"cate|kicker|tag|breadcrumb|section|folder", re.IGNORECASE)


# (and SharePoint's chrome around the site's name: "s4-titletext", "s4-ribbonrowhidetitle")
_LOGO = re.compile(r"logo|brand|site-?(?:name|title)|(?<![a-z])s4-", re.IGNORECASE)
# A logo's own box, the <h1> in it the site's name (not a "brand-content" box that holds the article).
_LOGO_BOX = re.compile(r"(?:^|\s)logo(?:$|[\s_-])|(?<![a-z])s4-title", re.IGNORECASE)


def _a_section_s_link(tag: Tag) -> bool:
    """An element that is one link of a few words to a folder of the site ("/vn/cong-nghe/ung-dung/"),
    a section's name, however its class calls it."""
    links = [tag] if tag.name == "a" else tag.find_all("a")
    words = _text(tag).strip(" ❯›>»")
    if len(links) != 1 or len(words.split()) > _SECTION_LABEL_WORDS or _text(links[0]).strip(" ❯›>»") != words:
        return False
    return urlsplit(links[0].get("href") or "").path.endswith("/")


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _hidden(tag: Tag) -> bool:
    """An element the page does not show ("<h1 style="display:none">Mobile</h1>", a
    template's heading kept for search engines)."""
    return "hidden" in tag.attrs or bool(_HIDDEN_STYLE.search(tag.get("style") or ""))


def _names_the_site(heading: Tag) -> bool:
    """An <h1> that is the site's name in its banner, of a logo's class or in one ("<td
    class="s4-titletext"><h1>Trang thông tin điện tử HĐND tỉnh …</h1>", a SharePoint portal's; the
    <h1> beside the logo's image in a "logo" <div>, NukeViet's)."""
    return bool(_LOGO.search(_classes(heading))) or heading.parent is not None and bool(_LOGO_BOX.search(_classes(heading.parent)))


_NO_ONES_ROW = frozenset({"toa soan", "quan tri vien", "cong tac vien", "phong vien", "bien tap vien", "ban thoi su", "sao viet",
                          "van nghe", "chuyen de", "nhip cau ban doc", "ban doc", "admin", "ban bien tap"})
_DESK_FIRST_WORDS = frozenset({"ban", "phong", "nhom", "kenh", "tin", "sao", "chuyen", "hau", "the", "doi", "hon", "xe", "nguoi"})  # (folded)
_META_ROW = re.compile(r"(?:^|[-_ ])meta(?:$|[-_ ])", re.IGNORECASE)
_NAME_UNDER_HEADLINE_WORDS = 5


def _name_under_headline(headline: Tag) -> str | None:
    """A meta row right under the headline that holds nothing but a name: the author
    ("<p class="post-meta">Shin Hee</p>" under Kênh 14's h1)."""
    row = headline.find_next_sibling()
    if row is None or row.name not in ("p", "div", "span") or not _META_ROW.search(_classes(row)) or row.find("a"):
        return None
    shown = _text(row)
    words = shown.split()
    if not 2 <= len(words) <= _NAME_UNDER_HEADLINE_WORDS or not all(w[:1].isupper() for w in words) or is_section_line(shown):
        return None  # (not a section's name there: "Thời Sự")
    # Not a section, a place, an outlet or a desk there ("Sao Việt", "Hà Nội", "Tòa Soạn"); a pen
    # name of no family name ("Thu Trang") is as good as any.
    if is_outlet_name(shown) or _one_line(shown) in load_vocabulary().places \
            or fold(_one_line(shown)).lower() in _NO_ONES_ROW or fold(words[0]).lower() in _DESK_FIRST_WORDS:
        return None
    return _byline_of(row)


def _shown_byline(shown_author: Tag) -> str | None:
    """The names in the author row under the headline, the innermost element first:
    "author-share-top" holds the time and the author's own element."""
    inner = [tag for tag in _tags_in(shown_author) if _has_class(tag, _AUTHOR_HINT)]
    return next((name for tag in [*inner, shown_author] if (name := _byline_of(tag)) and len(name) >= _SHORTEST_BYLINE), None)


def _next_in_header(headline: Tag, hint: re.Pattern, skip: Callable[[Tag], bool] | None = None) -> Tag | None:
    """The first element with a class the hint names that follows the headline in its
    own block (its parent or grandparent): the author or time row under it."""
    if headline.parent is None:
        return None
    block = headline.parent if headline.parent.parent is None else headline.parent.parent
    found = next((tag for tag in headline.next_elements if isinstance(tag, Tag) and _has_class(tag, hint)
                  and not (skip and skip(tag))), None)
    return found if found is not None and any(parent is block for parent in found.parents) else None


_BESIDE_HEADLINE = 6  # strings looked at on either side of it
_PRINTED_BEFORE_PUBLISHED = 31  # days
_DATE_LINE_CHARACTERS = 60
_LINES_ABOVE_THE_TEXT = 3


def _printed_date_line(headline: Tag) -> dt.date | None:
    """The day of a date line with its time ("Thứ 5, 16/05/2019 | 10:49", "Ngày đăng: 04/02/2018 -
    14:55") in an element a time's class names, over the headline in its article (its own box where
    no <article> holds it), or under it before the text; not another item's (a list's, a box's of
    other stories, a sidebar's)."""
    if headline.parent is None:
        return None
    block = headline.find_parent("article") or (headline.parent if headline.parent.parent is None else headline.parent.parent)
    for tag in itertools.chain(_tags_above(headline, block), _tags_under(headline, block)):
        if (tag.name == "time" or _has_class(tag, _TIME_HINT)) and not _in_other_box(tag) \
                and (_CLOCK_TIME.search(text := _text(tag)) or tag.name == "time") \
                and not any(_OTHER_ARTICLES.search(_classes(box)) or _ITEM.search(_classes(box)) for box in _boxes_within(tag, block)) \
                and (day := dates.page_date(text.strip(" -–|"))):
            return day
    return None


def _tags_above(headline: Tag, block: Tag) -> Iterator[Tag]:
    """The tags of block before the headline, the nearest first."""
    for element in headline.previous_elements:
        if element is block:
            return
        if isinstance(element, Tag):
            yield element


def _tags_under(headline: Tag, block: Tag) -> Iterator[Tag]:
    """The tags of block after the headline, up to where the text begins (a paragraph of its own
    length) or a few dozen tags on."""
    seen = 0
    for element in headline.next_elements:
        if not isinstance(element, Tag):
            continue
        if not any(parent is block for parent in element.parents) or element.name == "p" and len(_text(element).split()) >= _WORDS_OF_TEXT \
                or seen >= _TAGS_UNDER_HEADLINE:
            return
        seen += 1
        yield element


def _boxes_within(tag: Tag, block: Tag) -> Iterator[Tag]:
    """The tag and its parents inside block (not the page's layout around it: "columns-widget")."""
    yield tag
    for parent in tag.parents:
        if parent is block:
            return
        yield parent


# One story of a list ("item", "post-item", "news-item"; not the article's own "meta-item",
# "item-detail"), a box of the section's others, an event's own time ("event-time").
_ITEM = re.compile(r"(?:^|\s)(?:(?:post|news|list|story|article|related)[-_]?)?item(?=$|\s)|(?<![a-z])event(?![a-z])|cung-?chuyen-?muc",
                   re.IGNORECASE)
_TAGS_UNDER_HEADLINE = 40
_WORDS_OF_TEXT = 20
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")


def _date_beside(headline: Tag) -> dt.date | None:
    """A date line of its own just above or under the headline, in an element no class
    names ("15/02/2014 09:34" in a styled <span> above CafeF's <h1>)."""
    own = {id(text) for text in headline.strings}
    for elements in (headline.previous_elements, headline.next_elements):
        seen = 0
        for text in elements:
            if not isinstance(text, str) or isinstance(text, Comment) or id(text) in own or not text.strip() \
                    or text.parent is not None and text.parent.name in ("script", "style"):
                continue
            if len(text.split()) >= _RUNNING_TEXT_WORDS:
                break  # the sapo or the text has begun: what comes after is the article's, or others'
            if len(text.strip()) <= _DATE_LINE_CHARACTERS and not _in_other_box(text, headline) and (found := dates.page_date(text.strip())):
                return found
            seen += 1
            if seen == _BESIDE_HEADLINE:
                break
    return None


def _date_of_own_entry(soup: BeautifulSoup, headline: Tag) -> dt.date | None:
    """The date a list of the site's stories gives the page's own, its link's words the
    headline's ("<li><a>Phát động Tháng hành động …</a><span class="ShowDate">(31/07/2019)</span>"
    under a portal's article that prints no date of its own); else None."""
    words = headline_words(_text(headline))
    if len(words.split()) < _OWN_HEADLINE_WORDS:
        return None  # (a short headline may recur, another week's: "Thường trực HĐND tỉnh họp phiên thường kỳ")
    entries = [link.parent for link in _tags_in(soup) if link.name == "a" and link.parent is not None and link.parent.name == "li"
               and headline_words(_text(link)) == words]
    if len(entries) != 1:
        return None
    dated = [found for text in entries[0].find_all(string=True) if text.parent.name != "a" and (found := dates.page_date(text.strip()))]
    return dated[0] if len(dated) == 1 else None


_RUNNING_TEXT_WORDS = 12
_OWN_HEADLINE_WORDS = 10
_OTHER_BOX_NAMES = frozenset({"header", "top", "menu", "nav", "navbar", "topbar", "site-header"})
# (and a box named for search, "dateSearch", "search-box"; not "research-news")
_CLOCK = re.compile(r"(?i:today|clock|weather)|(?:^|[-_])[Ss]earch|(?<=[a-z])Search")


def _in_other_box(text, headline: Tag | None = None) -> bool:
    """In a link, a list of links, another article's box or the page's header (today's date, a
    clock); not in the article's own header box, the one that holds its headline."""
    parents = list(text.parents)[:_BOX_DEPTH]
    if not (headline is not None and any(parent in headline.parents for parent in parents)) \
            and any(_CLOCK.search(name) for parent in parents for name in [*_classes(parent).split(), str(parent.get("id") or "")]):
        return True  # a clock, however its own element is named: "<div class="dateSearch"><div class="time">" beside the search box
    for parent in parents:
        if headline is not None and parent in headline.parents:
            return False  # "<header class="the-article-header"><p class="metadate">…</p><h1>"
        listed = parent.name == "li" and (parent.find_parent(("ul", "ol")) or parent).find("a") is not None
        if _TIME_HINT.search(_classes(parent)) and parent.find_parent(("a",)) is None and not listed \
                and not any(p.name == "li" and p.find("a") for p in parent.parents):
            return False  # "<span class="post-time">": the page's own time, wherever it stands (not a listed story's)
        if parent.name == "a" or listed:
            return True
        names = _classes(parent).split() + [str(parent.get("id") or "")]
        if any(_OTHER_ARTICLES.search(name) or _OTHER_BOX_NAMES.intersection(re.split(r"[-_]+", name.lower())) for name in names):
            return True  # ("header-top", "top-bar", "main-header": the site's bar, its today's date)
    return False


_BOX_DEPTH = 4


_BLOCK_TAGS = frozenset({"p", "h2", "h3", "h4", "figcaption", "li", "div", "td"})
_OTHER_ARTICLES = re.compile(r"comment|binh-?luan|related|lien-?quan|tin-?khac|sidebar|widget|(?<![a-z])ticker|most-?read|doc-?nhieu|xem-?nhieu|box-?news|list-?news", re.IGNORECASE)
_AUTHOR_PAGE = re.compile(r"/(?:tac-?gia|author|authors|nguoi-viet)/", re.IGNORECASE)
# (and in camel case after a tag's letters: Vietstock's "pSource"; not "imageSource", a photo's)
_SOURCE_HINT = re.compile(r"(?:(?:^|[-_ ])(?:source|nguon)(?:[-_ ]text[-_ ]name)?|(?-i:(?:^| )[a-z]{1,3}Source))(?:$| )", re.IGNORECASE)


# (and the national agency's own credit alone: "(TTXVN/Vietnam+)", "(TTXVN)")
_CREDIT_IN_AUTHOR = re.compile(r"\(\s*(?:(?:[Tt]heo|[Nn]guồn)\s*:?\s*([^()]{2,60}?)|(TTXVN(?:/[^()]{2,20})?))\s*\)")
_CREDIT_TO_AN_OUTLET = re.compile(r"^(?:Theo|Nguồn)\s*:?\s*[A-Z][A-Z&+]{1,7}(?:/[A-Z][A-Za-z+]{1,10})?\s*$")


def _author_page_link_beside(container: Tag) -> str | None:
    """The name a link to an author's page gives, in the block that holds the body, where no
    element says it is the author's ("<div class="editor"><a href="/tac-gia/do-trung">Đỗ
    Trung</a> • 07:12 …</div>" beside "<div id="postContent">")."""
    block = container.parent
    if block is None or container.name in ("body", "html") or block.name in ("body", "html", "[document]"):
        return None
    links = [link for link in block.find_all("a", href=_AUTHOR_PAGE) if not _in_teaser(link)]
    if len({link.get("href") for link in links}) != 1:
        return None  # (no link, or a list of others' pages)
    name = _one_line(links[0].get_text(" ", strip=True))
    return name if name and split_tail([name])[1] == name else None


# "Tác giả: Bùi Quý Khiêm", "Tin, ảnh: Vũ Phương Thảo": a label says whose the text is.
_LABEL_WORDS = re.compile(r"Tác giả|Người viết|Bài và ảnh|Bài, ảnh|Bài - ảnh|Tin và ảnh|Tin, ảnh|Tin - ảnh", re.IGNORECASE)
_AUTHOR_LABEL = re.compile(rf"^(?:{_LABEL_WORDS.pattern})\s*:", re.IGNORECASE)
_LABELLED_AUTHOR_WORDS = 12
_LABEL_DEPTH = 4
_LABEL_HOLDERS = frozenset({"p", "div", "span", "td", "li", "em", "strong", "b"})


def _labelled_author(soup: BeautifulSoup, container: Tag) -> str | None:
    """The name in the last short element a label opens ("<div><b>Tác giả:</b> Bùi Quý
    Khiêm</div>" under the text), where nothing else names the author; not in a list of
    other stories, nor a line of the body's text ("Tác giả: Nguyễn Nhật Ánh", a book's)."""
    found = None
    for string in soup.find_all(string=_LABEL_WORDS):
        # (from the label's own text up to the element that holds the name too: "<em>Tin, ảnh</em>:
        # <strong>Vũ Phương Thảo</strong>")
        for tag in itertools.islice(string.parents, _LABEL_DEPTH):
            text = _text(tag)
            label = _AUTHOR_LABEL.match(text)
            if label and text[label.end():].strip() and len(text.split()) <= _LABELLED_AUTHOR_WORDS:
                if tag.name in _LABEL_HOLDERS and not _in_teaser(tag) and not _text_goes_on_after(tag, container):
                    found = text
                break
    if found is None:
        return None
    byline = split_tail([found])[1]
    return byline if byline and not is_outlet_name(byline) else None


def _text_goes_on_after(tag: Tag, container: Tag) -> bool:
    """Whether a paragraph of the body's running text follows tag inside the body's element:
    tag is then a line of the text ("Tác giả: Nguyễn Nhật Ánh", a book's), not its signature."""
    if not any(parent is container for parent in tag.parents):
        return False
    return any(any(parent is container for parent in paragraph.parents) and len(_text(paragraph).split()) >= _RUNNING_TEXT_WORDS
               for paragraph in tag.find_all_next("p"))


def _byline_of(author_tag: Tag) -> str | None:
    return _signed(author_tag)[0]


def _signed(author_tag: Tag) -> tuple[str | None, str | None]:
    """(The author element's names, the outlet it credits): its links to author pages when
    it has them (a box that lists "NHẬT XUÂN và 1 tác giả khác" and every author again in a
    slider), else its text, read as a pasted text's closing line ("Lê Hưng (Military
    Watch)"). In an author element "Theo Hồ Hương" names the author, not an outlet."""
    linked = []
    for link in author_tag.find_all("a", href=_AUTHOR_PAGE):
        # The link's title names the author ("Hoàng Hà" under an avatar), unless it says
        # what the link does ("Xem thêm bài cùng tác giả"): then its text does.
        title, shown = _one_line(link.get("title") or ""), _one_line(link.get_text(" ", strip=True))
        name = title if title and all(word[:1].isupper() for word in title.split()) else shown or title
        if name and name not in linked:
            linked.append(name)
    text = (", ".join(linked) if linked else _text(author_tag)).rstrip(" -–—|•·")  # ("<strong>Bình Minh - </strong>", a time stood after it)
    if _CREDIT_TO_AN_OUTLET.match(text) or is_outlet_name(re.sub(r"^(?:Theo|Nguồn)\s*:?\s*", "", text)):
        return None, split_tail([text])[2]  # "Theo SCMP" above the author's own element: whose text, not who wrote it
    text = re.sub(r"^(?:Theo|Bài và ảnh|Bài, ảnh|Bài)\s*:?\s+", "", text)
    if len(text) > 3 and text[1] == " " and text[0].isupper() and text[3].islower() and unicodedata.normalize("NFD", text[2])[0] == text[0]:
        text = text[2:]  # "H Hà Anh": an avatar's initial, then the name it stands for
    _, byline, credited = split_tail([text])
    if byline is None and _PEN_NAME.fullmatch(text) and not is_outlet_name(text) and is_vietnamese_syllable(text) \
            and text.lower() not in _NOT_PEN_NAMES:
        byline = text  # "Thụy": in the author's own element, a pen name of one word (not "Reuters", "Theo")
    return byline, credited


_PEN_NAME = re.compile(rf"[{UPPER_LETTERS}][{LOWER_LETTERS}]{{1,9}}")
_NOT_PEN_NAMES = frozenset("theo nguồn ảnh tin bài clip video admin".split())


_OUTLET_NAME_MAX = 90
_SHOWN_OUTLET_MAX = 60


# A logo labelled as the publisher's ("Logo nhà xuất bản", Báo Mới's): the outlet, whatever
# the page's class names are (not a book's publisher named in a label, "Nhà xuất bản Trẻ").
_PUBLISHER_LOGO = re.compile(r"\blogo\b.*\b(?:nhà\s+xuất\s+bản|publisher)\b|\bpublisher(?:'s)?\s+logo\b", re.IGNORECASE)


def _publisher_logos(headline: Tag | None) -> Iterator[Tag]:
    """The link around each element labelled as a publisher's logo (or the element) in the
    headline's own rows under it (not another story's card)."""
    if headline is None or headline.parent is None:
        return
    for tag in _tags_under(headline, headline.find_parent("article") or headline.parent):
        label = tag.get("aria-label")
        if label and _PUBLISHER_LOGO.search(_normalise(label)):
            yield tag.parent if tag.parent is not None and tag.parent.name == "a" else tag


def _credited_outlet(soup: BeautifulSoup, headline: Tag | None = None) -> tuple[str | None, str | None]:
    """(The author it names, the outlet a republished article credits) ("Theo Đại Đoàn kết",
    "Hoàng Thọ/VTC News"), from an element whose class names it a source, or a publisher's logo
    under the headline: short text, not a link's address."""
    hinted = [tag for tag in _tags_in(soup) if _has_class(tag, _SOURCE_HINT)]
    for tag in hinted + [logo for logo in _publisher_logos(headline) if all(logo is not known for known in hinted)]:
        if any(_OTHER_ARTICLES.search(_classes(parent)) for parent in tag.parents if parent.name != "[document]"):
            continue  # the source of a related article, a comment's, a sidebar's
        # An aggregator's source logo names the outlet in its title or its image's alt.
        logo = tag.find("img")
        shown = _text(tag)
        written = shown or _one_line(tag.get("title") or (logo.get("alt") if logo else None) or "")
        text = re.sub(r"^(?:Theo|Nguồn)\s*:?\s*", "", written)
        # A logo's title may join two names: "Chuyên trang Sài Gòn Đầu Tư Tài Chính - Báo Sài Gòn Giải Phóng".
        if not 2 <= len(text) <= (_OUTLET_NAME_MAX if not shown else _SHOWN_OUTLET_MAX) or re.search(r"\d", text):
            continue
        if "/" not in text:
            return None, text
        if text.count("/") == 1 and is_outlet_name(text.split("/")[1].strip()):
            return split_tail([text])[1:]  # "Hoàng Thọ/VTC News": the author, then the outlet whose text it is
    return None, None


_HOLDS_BLOCKS = frozenset({"p", "div", "h2", "h3", "h4", "figcaption", "table", "li"})


def _block(element: Tag) -> Block | None:
    """One block per text element; a div or cell only when it holds text directly."""
    if element.name in ("div", "td", "li") and _first(element, lambda tag: tag.name in _HOLDS_BLOCKS):
        return None
    parents = {parent.name for parent in element.parents}
    if element.name == "li" and not parents & {"ul", "ol"}:
        return None
    if "figcaption" in parents or (element.name not in ("figcaption", "li") and parents & {"p", "li"}):
        return None
    text = _prose_text(element)
    if not text:
        return None
    if _mostly_links(element, text):
        return None
    if element.name == "figcaption" or _CAPTION_HINT.search(_classes(element)) or any(_has_class(parent, _CAPTION_HINT) for parent in element.parents) \
            or element.has_attr(_CAPTION_MARK):
        return Block(CAPTION, text)
    if element.name in ("h2", "h3", "h4"):
        return Block(HEADING, text)
    if element.name == "td" and looks_like_caption(text):
        return Block(CAPTION, text)
    return Block(PARAGRAPH, text)


_STEPS_TO_TEXT = 40
_ALT_OPENING = 30  # characters
_CAPTION_BEYOND_ALT = 40  # characters a caption may add to its image's alt (a credit)
# Set on an element read as its image's caption before the page's noise goes (an image may
# sit in a <button> that goes with it).
_CAPTION_MARK = "data-biennien-caption"


def _mark_captions_of_images(soup: BeautifulSoup) -> None:
    """Mark the text right under an image (no other text between them) that says what the
    image's alt text says: its caption, whatever its class is ("<img alt="Người dân …
    (Ảnh: THX/TTXVN)">" then "<p class="…"><em>Người dân … (Ảnh: THX/TTXVN)</em></p>")."""
    for image in [tag for tag in _tags_in(soup) if tag.name == "img"]:
        alt = " ".join((image.get("alt") or "").split())
        if len(alt) < _ALT_OPENING:
            continue
        for step, node in enumerate(image.next_elements):
            if step > _STEPS_TO_TEXT:
                break
            if type(node) in (NavigableString, CData) and node.strip():
                block = next((parent for parent in node.parents if parent.name in _CAPTION_HOLDERS), None)
                said = " ".join(block.get_text(" ", strip=True).split()) if block is not None else ""
                if said[:_ALT_OPENING] == alt[:_ALT_OPENING] and len(said) <= len(alt) + _CAPTION_BEYOND_ALT:
                    block[_CAPTION_MARK] = ""  # (not a paragraph the caption opens: "<p><img><br><i>…</i><br>Sáng 5/1, …")
                break


_CAPTION_HOLDERS = frozenset({"p", "div", "td", "figcaption", "li"})


def _lines_at_breaks(element: Tag) -> list[str]:
    """The text of an element split where a <br> ends a sentence (each line as _prose_text
    reads it: inline runs joined as written, comments left out)."""
    pieces: list[str] = []
    _text_of(element, pieces)
    lines: list[str] = []
    for line in (_one_line(piece) for piece in "".join(pieces).split("\n")):
        if lines and not lines[-1].endswith(_SENTENCE_ENDS):
            lines[-1] = f"{lines[-1]} {line}".strip()  # (a line that ends no sentence goes on: "Tác giả: A<br>Phó viện trưởng …")
        elif line:
            lines.append(line)
    return [line for line in lines if line]


_SENTENCE_ENDS = (".", "!", "?", "…", ":", '"', "”")


def _is_article_body(tag: Tag) -> bool:
    return tag.get("itemprop") == "articleBody"


def _article_container(soup: BeautifulSoup) -> Tag:
    """The element that holds the article: the one an <article>, itemprop or body-ish
    class names; without one, where the page's paragraphs are."""
    for candidate in (
        _first(soup, _is_article_body),
        _first(soup, _names_the_body),
        _wordiest_article(soup),
        _first(soup, lambda tag: tag.name == "main"),
    ):
        if isinstance(candidate, Tag) and (_first(candidate, lambda tag: tag.name == "p") or len(candidate.get_text(strip=True)) >= _LONG_PARAGRAPH) \
                and not _a_teaser_of_little_prose(candidate, soup):
            article = next((parent for parent in candidate.parents if parent.name == "article"), None)
            return article or candidate
    return _where_the_text_is(_first(soup, lambda tag: tag.name == "body") or soup)


def _a_teaser_of_little_prose(candidate: Tag, soup: BeautifulSoup) -> bool:
    """A box named like a body ("post-content") whose few words are mostly a link's, while the
    page's prose stands elsewhere: another post's teaser in a sidebar, where the article stands in
    elements no class names (a short brief of its own words is the body, however short)."""
    text = candidate.get_text(" ", strip=True)
    if len(text) >= _LONG_PARAGRAPH * 4 or not _mostly_links(candidate, text):
        return False  # (asked of the whole page only where the box holds little, and that a link)
    prose = sum(n for n in (len(p.get_text(" ", strip=True)) for p in soup.find_all("p")) if n >= _LONG_PARAGRAPH)
    return prose > len(text)


def _names_the_body(tag: Tag) -> bool:
    """A class or id that names the article's body ("<div class="content" id="postContent">"),
    and not a box of related stories inside it ("VCObjectBoxRelatedNewsContentWrapper" in
    Tuổi Trẻ's text)."""
    return (_has_class(tag, _BODY_HINT) or _BODY_HINT.search(tag.get("id") or "") is not None) and not _RELATED.search(_classes(tag))


# Another story's box inside this one's: "tin-lien-quan", "VCObjectBoxRelatedNewsContentWrapper",
# VietNamNet's "inner-article … cms-relate" (an <article> of its own, dropped like other noise).
_RELATED = re.compile(r"relate|inner-?article|lien-?quan|tin-?khac", re.IGNORECASE)


def _in_teaser(tag: Tag) -> bool:
    """A summary in another story's teaser box ("<div class="inner-article"><h4 class="title">
    <a>…</a></h4><p class="summary">" inside VietNamNet's article)."""
    return any(_RELATED.search(_classes(box)) or _STORY.search(_classes(box)) for box in list(tag.parents)[:2])


_STORY = re.compile(r"(?:^| )story(?:$| )", re.IGNORECASE)
# Boxes of other stories or of readers' words: a ticker's titles, a related box, the comments.
_OTHER_STORIES = re.compile(rf"(?<![a-z])ticker|{_RELATED.pattern}|comment|binh-?luan", re.IGNORECASE)


def _wordiest_article(soup: BeautifulSoup) -> Tag | None:
    """The <article> whose paragraphs hold the most text: the story, not the header's own
    <article> above it (24h's AMP page) nor a sidebar's teasers."""
    # (not a comment's <article>, nor a related post's: "<ol class="comment-list"><li><article class="comment-body">")
    articles = [tag for tag in _tags_in(soup) if tag.name == "article"
                and not any(_OTHER_STORIES.search(_classes(box)) for box in [tag, *list(tag.parents)[:_BOX_DEPTH]])]
    if not articles:
        return None
    headed = [tag for tag in articles if tag.find("h1") is not None]
    if len(articles) == 1 or len(headed) == 1:
        wordiest = articles[0] if len(articles) == 1 else headed[0]
    else:
        wordiest = max(enumerate(articles), key=lambda pair: (len(pair[1].get_text()) - sum(len(a.get_text()) for a in pair[1].find_all("a")), -pair[0]))[1]
    # Where the story itself stands in no <article> and other stories' teasers do
    # ("<article class="story">" under VOV's text), the prose is elsewhere: a class that
    # says "teaser" is not to be relied on (a site's own names, or none that says anything).
    return None if _prose_outside_articles(soup) > _PROSE_OUTSIDE * _prose(wordiest) else wordiest


_PROSE_OUTSIDE = 2  # (twice the <article>'s prose outside every <article>: the story is not in one)


def _prose_outside_articles(soup: BeautifulSoup) -> int:
    """The characters of the page's long paragraphs in no <article>, nor in a box of other
    stories, comments or other noise a class names."""
    total = 0
    for paragraph, text in _long_paragraphs(soup):
        if not any(box.name == "article" or _OTHER_STORIES.search(classes := _classes(box)) or _NOISE.search(classes)
                   for box in paragraph.parents if box.name != "[document]"):
            total += len(text)
    return total


def _prose(scope: Tag) -> int:
    """The characters of scope's long paragraphs."""
    return sum(len(text) for _, text in _long_paragraphs(scope))


def _long_paragraphs(scope: Tag):
    """(element, text) of each paragraph of prose inside scope: a <p>, or a <div> holding no
    block (sites write paragraphs as <div>), of a long sentence's length and not a list of links."""
    for paragraph in [tag for tag in _tags_in(scope) if tag.name in ("p", "div")]:
        if paragraph.name == "div" and _first(paragraph, lambda tag: tag.name in ("p", "div", "table", "ul", "ol")):
            continue
        text = paragraph.get_text(" ", strip=True)
        if len(text) >= _LONG_PARAGRAPH and not _mostly_links(paragraph, text):
            yield paragraph, text


def _mostly_links(tag: Tag, text: str) -> bool:
    """Lists of headlines and menus are links; prose is not."""
    return sum(len(a.get_text(" ", strip=True)) for a in _tags_in(tag) if a.name == "a") * 2 > len(text)


_LONG_PARAGRAPH = 80
_ARTICLE_SHARE = 0.7


def _where_the_text_is(scope: Tag) -> Tag:
    """The deepest element inside scope that holds most (70%) of the text of its long
    paragraphs: prose, not the headlines and links of boxes around it."""
    weight: dict[int, int] = {}
    depth: dict[int, tuple[int, Tag]] = {}
    total = 0
    for paragraph, text in _long_paragraphs(scope):
        total += len(text)
        ancestors = []
        for ancestor in paragraph.parents:
            ancestors.append(ancestor)
            if ancestor is scope:
                break
        for level, ancestor in enumerate(reversed(ancestors)):
            weight[id(ancestor)] = weight.get(id(ancestor), 0) + len(text)
            depth[id(ancestor)] = (level, ancestor)
    if not total:
        return scope
    enough = [depth[key] for key, value in weight.items() if value >= _ARTICLE_SHARE * total]
    if not enough:
        return scope
    best = max(enough, key=lambda pair: pair[0])[1]
    # The lead often stands in an element of its own just above the body's (or above
    # the body's column).
    node = best
    for _ in range(2):
        if node is scope or node.parent is None:
            break
        previous = node.find_previous_sibling(True)
        if previous is not None and weight.get(id(previous)):
            return node.parent
        node = node.parent
    return best


_MONTH_FIRST = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s+\d{1,2}:\d\d(?::\d\d)?\s*[AP]M\s*$", re.IGNORECASE)


def _printing(soup: BeautifulSoup, container: Tag, description: str, title: str | None) -> Tag | None:
    """The innermost element outside container whose text is the description (or opens with
    it, where the head cut it short with "…"), of a sapo's length; not the headline (a
    description may repeat it); or None."""
    wanted = " ".join(description.split()).rstrip(".… ")
    if len(wanted.split()) < _SAPO_WORDS or title and headline_words(wanted) == headline_words(title):
        return None
    opening = " ".join(wanted.split()[:3])
    for string in soup.find_all(string=lambda text: opening in " ".join(text.split())):
        # (from the text where its first words are, up to the element that holds all of it)
        for tag in string.parents:
            text = " ".join(_text(tag).split())
            if text.startswith(wanted):
                if tag.name in _SAPO_TAGS and tag is not container and not any(parent is container or parent.name == "h1" for parent in tag.parents) \
                        and not tag.find("a"):
                    return tag
                break
            if not wanted.startswith(text):
                break  # (the words part ways: not this one)
    return None


_SAPO_TAGS = frozenset({"p", "div", "h2", "h3", "h4", "strong", "b", "span", "em", "i"})


def _unescaped(value: str) -> str:
    """A JSON-LD string as the page means it: some sites write its words with HTML's
    entities ("Thanh B&#236;nh"), which JSON does not read."""
    return unescape(value) if "&" in value else value


# A <title> that names no article: a site's home page's kept by its article's page ("Trang chủ
# -Trang thông tin điện tử Sở …", a SharePoint portal's), or a portal's own name on every page
# ("Trang thông tin điện tử Sở Nội Vụ - Tỉnh ĐắkNông", "Cổng thông tin điện tử huyện …").
_SITE_S_OWN_TITLE = re.compile(r"^\s*(?:(?:Trang chủ|Trang nhất|Home(?: ?page)?)\s*(?:$|[-|–:])"
                               r"|(?:Trang thông tin điện tử|Cổng thông tin điện tử|Cổng TTĐT|Trang TTĐT)\b)", re.IGNORECASE)


def _page_meta(soup: BeautifulSoup) -> dict:
    """Publication date, author, site name and title from meta tags, JSON-LD and <time>."""
    meta: dict = {}

    metas = [tag for tag in _tags_in(soup) if tag.name == "meta"]
    title_tag = _first(soup, lambda tag: tag.name == "title")
    page_title = title_tag.string if title_tag else None

    def content(**attrs) -> str | None:
        tag = next((tag for tag in metas if all(tag.get(key) == value for key, value in attrs.items())), None)
        return tag.get("content") if tag and tag.get("content") else None

    for script in [tag for tag in _tags_in(soup) if tag.name == "script" and tag.get("type") == "application/ld+json"]:
        try:
            data = json.loads(script.string or "", strict=False)  # (raw line breaks inside strings, as Bnews writes them)
        except (ValueError, TypeError):
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []:
            if not isinstance(item, dict) or "Article" not in str(item.get("@type", "")):
                continue
            meta.setdefault("published", item.get("datePublished"))
            author = item.get("author")
            if isinstance(author, list) and author:
                author = author[0]
            if isinstance(author, dict):
                author = author.get("name")
            if isinstance(author, str):
                meta.setdefault("author_raw", _unescaped(author))
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                meta.setdefault("site", _one_line(_unescaped(publisher["name"])))
            if isinstance(item.get("headline"), str):
                meta.setdefault("title", _one_line(_unescaped(item["headline"])))
    stamps = [content(property="article:published_time"), content(itemprop="datePublished"), meta.get("published"),
              content(name="pubdate"), content(name="publishdate")]
    # An ISO stamp first, wherever it is: "9/5/2026 10:17:01 PM" in a meta tag is the
    # server's month-first clock, where JSON-LD says "2026-09-05T22:17:01+07:00".
    published = next((str(s) for s in stamps if s and _ISO_DAY.match(str(s))), None) or next((s for s in stamps if s), None)
    if not published:
        time_tag = _first(soup, lambda tag: tag.name == "time" and tag.get("datetime") is not None)
        published = time_tag["datetime"] if time_tag else None
        shown = dates.page_date(_text(time_tag)) if time_tag is not None and _MONTH_FIRST.match(str(published)) else None
        if shown:
            published = shown.isoformat()  # (the day the page shows, where its datetime may be either way round)
    month_first = _MONTH_FIRST.match(str(published)) if published else None
    if month_first:  # (in a meta tag or a <time>'s datetime: "1/3/2020 9:03:37 AM" is 3 January)
        published = f"{month_first.group(3)}-{int(month_first.group(1)):02d}-{int(month_first.group(2)):02d}"
    if published:
        # As a date line is read (a UTC stamp is the day in Vietnam); failing that, the
        # ISO day the value opens with.
        meta["page_date"] = dates.page_date(str(published))
        match = _ISO_DAY.match(str(published)) if meta["page_date"] is None else None
        if match:
            try:
                meta["page_date"] = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                pass
    author = meta.pop("author_raw", None) or content(name="author")
    if author:
        _, meta["author"], _ = split_tail([_one_line(author).rstrip(" -–—|•·,")])  # ("Bình Minh - ")
    site = content(property="og:site_name") or content(name="DC.publisher")
    if site:
        meta["site"] = _one_line(site)
    description = content(property="og:description") or content(name="description")
    if description:
        meta["description"] = _one_line(description)
    og_title = content(property="og:title")
    if og_title:
        meta["og_title"] = _one_line(og_title)
    if "title" not in meta:
        if og_title:
            meta["title"] = meta["og_title"]
        elif page_title and not _SITE_S_OWN_TITLE.match(page_title):
            meta["title"] = _one_line(re.split(r"\s+[|–-]\s+", page_title)[0])
    if "site" not in meta and page_title and meta.get("title"):
        # "Headline - Site name": the part that is not the headline names the site.
        parts = [_one_line(p) for p in re.split(r"\s+[|–-]\s+", page_title) if p.strip()]
        others = [p for p in parts if p != meta["title"]]
        if len(parts) > 1 and len(others) == 1 and not _PLACE_UNIT.match(others[0]):
            meta["site"] = others[0]  # (not a province the portal's name ends with: "Sở Nội Vụ - Tỉnh ĐắkNông")
    if "site" not in meta:
        meta["address"] = _own_address(soup)  # (the site its own links name: the last of the page's credits)
    meta.pop("published", None)
    return meta


_PLACE_UNIT = re.compile(r"(?:Tỉnh|Thành phố|TP\.?|Huyện|Quận|Thị xã|Xã|Phường)\s+(?!(?:ủy|uỷ|đoàn|ủy ban)\b)\S+(?:\s+\S+){0,2}$", re.IGNORECASE)
# (a place, not its party committee or Youth Union, which publish: "Huyện ủy Nam Đàn", "Tỉnh Đoàn Nghệ An")
_SHARED_ADDRESS = re.compile(r"[?&](?:u|url|href)=(https?(?::|%3A)(?:/|%2F){2}[^&\s\"']+)", re.IGNORECASE)
_SHARING = re.compile(r"(?:facebook\.com/(?:sharer|share\.php|dialog/share)|(?:twitter|x)\.com/(?:intent|share)|plus\.google\.com/share"
                      r"|linkedin\.com/share|zalo\.me/share|link\.apps\.zing\.vn/share|pinterest\.com/pin)", re.IGNORECASE)
_SOCIAL_HOSTS = re.compile(r"(?:^|\.)(?:facebook|twitter|google|zalo|linkedin|pinterest|youtube)\.com$|^zalo\.me$")


# An article's address says its headline in a few words at least (not "#", nor an address
# by its number alone); one that shares less than this share of them with the headline is
# another article's (an edited headline keeps more of its words).
_SLUG_WORDS_AT_LEAST = 4
_SLUG_WORDS_SHARED = 0.3
_PAGE_EXTENSIONS = frozenset({"html", "htm", "aspx", "php", "epi"})


def _addressed_to_another_article(soup: BeautifulSoup, headline: str) -> bool:
    """The page's own address (its canonical link, else og:url), an article's by its number,
    date or extension, names by its words an article whose headline is not this one
    ("/2017/10/31/khach-viet-bat-dau-du-lich-bang-du-thuyen-5-sao/" over "Nữ thiếu tá 8X của VN
    tham gia lực lượng gìn giữ hòa bình LHQ"): the head is another's. (Not a section's address,
    "/tin-tuc-thoi-su-trong-nuoc/".)"""
    link = soup.find("link", rel="canonical")
    og_url = soup.find("meta", attrs={"property": "og:url"})
    for address in (link.get("href") if link else None, og_url.get("content") if og_url else None):
        path = fold(unquote(urlsplit(address or "").path)).lower()
        last = path.rstrip("/").rsplit("/", 1)[-1]
        slug = {word for word in re.split(r"[-_.]+", last) if word.isalpha()} - _PAGE_EXTENSIONS
        if len(slug) >= _SLUG_WORDS_AT_LEAST:
            if not (any(c.isdigit() for c in path) or "." in last and last.rsplit(".", 1)[1] in _PAGE_EXTENSIONS):
                return False  # (a section's address, or one that names no article)
            said = set(re.findall(r"[a-z]+", fold(headline).lower()))
            return sum(word in said for word in slug) / len(slug) < _SLUG_WORDS_SHARED
    return False


def _own_address(soup: BeautifulSoup) -> str | None:
    """The host of the page's own address, as its canonical link, og:url, a like button's
    data-href or a share link's target gives it ("laodong.vn"), or None. (One walk over the
    page: the first of those found in that order of trust.)"""
    found: list[str | None] = [None, None, None]
    shared_targets = []
    for tag in _tags_in(soup):
        if found[0] is None and tag.name == "link" and "canonical" in (tag.get("rel") or []) and tag.get("href"):
            found[0] = tag.get("href")
        elif found[1] is None and tag.name == "meta" and tag.get("property") == "og:url" and tag.get("content"):
            found[1] = tag.get("content")
        elif found[2] is None and tag.get("data-href", "").startswith("http") and _has_class(tag, _LIKE_BUTTON):
            found[2] = tag.get("data-href")
        elif tag.name == "a" and _SHARING.search(tag.get("href") or "") and (shared := _SHARED_ADDRESS.search(tag.get("href") or "")):
            shared_targets.append(unquote(shared.group(1)))
    trusted = next((address for address in found if address), None)
    for address in [trusted] if trusted else shared_targets:
        host = (urlsplit(address).hostname or "").removeprefix("www.").removeprefix("m.")
        if host and "." in host and not _SOCIAL_HOSTS.search(host):
            return host
    return None


_LIKE_BUTTON = re.compile(r"fb-|like|share", re.IGNORECASE)
