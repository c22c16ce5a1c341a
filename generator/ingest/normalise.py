"""Reading a RawArticle for meaning: outlet, byline, event date, participants, a title
when the text has none; then the Markdown body. The result is an Article.
"""

from __future__ import annotations

import dataclasses
import html
import re

from ..article import Article, Participant
from ..vietnamese import fold, normalise as normalise_text
from . import dates, people
from .credits import (asking_outlet, body_source, is_foreign_credit, is_outlet_name, is_site_address, lead_source, names_no_outlet,
                      outlet_of_host_stem, paper_named, split_tail)
from .vocabulary import Vocabulary
from .layout import CAPTION, HEADING, PARAGRAPH, Block, RawArticle, drop_echoed_fragments

_TITLE_WORDS = 24
_SUBHEADING_WORDS = 20  # (a subheading is a line; a sapo set in a heading's tag is a paragraph)
_PREFIXED_BODY_PARAGRAPH = 3  # (the last paragraph whose opening may still carry the outlet's prefix)
_DATE_OPENING = re.compile(
    r"^\W*(?:(?:từ|vào|trong)\s+)?(?:(?:rạng\s+)?(?:sáng|chiều|trưa|tối|đêm|ngày|hôm)(?:\s+(?:nay|qua))?)?"
    r"\s*,?\s*\(?\s*(?:ngày\s+)?\d{1,2}\s*(?:[/.-]|\s+tháng\s+)\s*\d{1,2}(?:\s*(?:[/.-]|\s+năm\s+)\s*\d{4})?\s*\)?\s*,?\s*",
    re.IGNORECASE,
)
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([#>*+-]|\d+[.)])(\s)")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]])")
_SYLLABLE_JOIN = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
_CREDIT_LETTERS = re.compile(r"[A-ZĐ][A-ZĐ&+]{2,7}")  # "GLO", "BGĐT", "PTĐT": a paper's credit by its letters
# The host of a school's, an office's or their platform's site, which publishes, but is no outlet.
_INSTITUTIONS_HOST = re.compile(r"\.(?:edu|gov)(?:\.[a-z]{2})?$|^edu\.", re.IGNORECASE)
_HOST = re.compile(r"(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,}", re.IGNORECASE)  # a site's host name: "thcshoahongbach.pgddonghung.edu.vn"


def _unsegmented(text: str) -> str:
    """'Chủ_tịch nước Trương_Tấn_Sang … hôm_nay 23/10': a paragraph of an NLP corpus, its
    words' syllables joined by '_', read with spaces (the body keeps it as printed). One
    join is a site's typing ("Nguyễn Phú Bình_Nguyên thứ trưởng"), not segmentation."""
    joins = text.count("_")
    if joins >= 3 and joins * 8 >= text.count(" "):
        return _SYLLABLE_JOIN.sub(" ", text)
    return text


def _kept_in_order(blocks: list[Block], texts: list[str]) -> list[Block]:
    """The blocks whose texts split_tail kept (it drops the credit lines at the end, and
    a byline standing above the last captions)."""
    kept, wanted = [], iter(texts)
    following = next(wanted, None)
    for block in blocks:
        if following is not None and block.text == following:
            kept.append(block)
            following = next(wanted, None)
        elif following is not None and block.text.startswith(following):
            kept.append(dataclasses.replace(block, text=following))  # its byline cut off its end
            following = next(wanted, None)
    return kept


def _same_name(first: str, second: str) -> bool:
    """One name, its case and marks aside ("WEBGOVAP", "Webgovap"; "TUYẾT MAI", "Tuyết Mai")."""
    return fold(first).casefold() == fold(second).casefold()


def _names_the_address(outlet: str, address: str) -> bool:
    """'Bnews' and 'bnews.vnanet.vn', 'Báo Chính Phủ' and 'baochinhphu.vn': one outlet."""
    name = re.sub(r"[^a-z0-9]", "", fold(outlet).lower())
    site = re.sub(r"[^a-z0-9]", "", address.lower().rsplit(".", 1)[0])
    return len(name) >= 4 and (name in site or re.sub(r"^bao", "", name) in site)


def _is_institutions_host(name: str | None) -> bool:
    return bool(name and _HOST.fullmatch(name) and _INSTITUTIONS_HOST.search(name))


def _outlet_of_address(host: str | None, vocabulary: Vocabulary) -> str | None:
    """'nld.com.vn' is Người Lao Động where the outlets' prefixes know 'NLĐ'; else the host."""
    if not host:
        return None
    return outlet_of_host_stem(host.split(".")[0], vocabulary) or host


_LIKE_COUNT = re.compile(r"\d{1,5}\+|\+\d{1,5}")


def to_article(raw: RawArticle, vocabulary: Vocabulary) -> Article:
    blocks = [b for b in raw.blocks if b.text]
    while blocks and _LIKE_COUNT.fullmatch(blocks[0].text.strip()):
        del blocks[0]  # "1+" over the text: a like button's count, no lead (not "98,5%", a figure it opens on)
    paragraphs = [b.text for b in blocks]
    body_texts, byline, tail_source = split_tail(paragraphs)
    blocks = _kept_in_order(blocks, body_texts)
    blocks = drop_echoed_fragments(blocks)
    review: list[str] = []

    # "Theo TTXVN" at the end names whose text it is, over the site that shows it; a
    # foreign or unknown name there ("Theo Newsweek") is what the outlet translated from.
    foreign = is_foreign_credit(tail_source, vocabulary)
    # (and a paper the text names, known or not, over the host of a portal that reposts it, or
    # where the page names none; not over a page's own outlet: "Hà Linh/Báo Tin tức và Dân tộc"
    # under an aggregator's "Báo Tin Tức TTXVN")
    reposted = tail_source and paper_named(tail_source) and (not raw.source or _HOST.fullmatch(raw.source))
    source = tail_source if tail_source and (is_outlet_name(tail_source) or foreign or reposted) else raw.source
    if tail_source and raw.source and is_site_address(tail_source) and _names_the_address(raw.source, tail_source):
        source = raw.source  # "Bnews" above "Thắng Trung/bnews.vnanet.vn": the page's own address
    if source and source == raw.source and byline and _same_name(byline, source) and not is_outlet_name(source):
        source = None  # "Xuân Ân" under the headline, read as a site's name, and again as the signature: the author
    # The lead is the first paragraph, under the body's first subheading where the text opens
    # on one ("Trở lại sau 50 năm xa cách" under its headline, then "VOV.VN - Chiều 18/2, …").
    # (not a sapo a page sets in a heading's tag: "(TNO) TAND TP.Đà Nẵng ngày 19.12 xét xử …")
    first = 1 if len(blocks) > 1 and blocks[0].kind == HEADING and blocks[1].kind == PARAGRAPH \
        and len(blocks[0].text.split()) <= _SUBHEADING_WORDS and not blocks[0].text.rstrip().endswith(".") else 0
    if blocks and blocks[first].kind == PARAGRAPH:
        outlet, lead = lead_source(blocks[first].text, vocabulary)
        blocks[first] = Block(PARAGRAPH, lead)
        for k in range(first + 1, min(len(blocks), first + _PREFIXED_BODY_PARAGRAPH + 1)):
            if outlet or blocks[k].kind != PARAGRAPH:
                break
            # A sapo above the body, then the body opening on the outlet's prefix:
            # "(eFinance Online) - Sáng nay (28/10), Nokia …"; or an editor's note and a
            # series' part above it ("LTS: …", "Bài 1: …", then "(ĐSPL) - …").
            if k >= first + 2 and not blocks[k].text.lstrip().startswith("("):
                break  # (further down, only an outlet in brackets: not "COD - Cash on Delivery là …")
            outlet, opening = body_source(blocks[k].text, vocabulary)
            blocks[k] = Block(PARAGRAPH, opening)
        # "(Thanhuytphcm.vn) - …" above "Theo: hcmcpv.org.vn": the lead's own credit
        # names the outlet before an address at the end does.
        if outlet and source == tail_source and is_site_address(tail_source):
            source = outlet
        if outlet and byline and _same_name(byline, outlet):
            byline = None  # "(WEBGOVAP) - …", signed "WEBGOVAP": the outlet, no author
        if outlet and source and source == raw.source and _HOST.fullmatch(source) and not _names_the_address(outlet, source) \
                and not outlet_of_host_stem(source.split(".")[0], vocabulary) and (_CREDIT_LETTERS.fullmatch(outlet) or is_outlet_name(outlet)) \
                and normalise_text(outlet) not in vocabulary.places:
            # "(GLO)- Chiều 6-10, …" on a school's portal that reposts it: the paper's credit (its
            # letters or a known name), not the portal's host (not on an outlet's own site, nor a
            # place: "(HÀ NỘI) -")
            source = outlet
        source = source or outlet
    # (a saved page that credits no one: the outlet its text names as the one that asked, "Trao
    # đổi với Tuổi Trẻ Online, ông A …", as a pasted text's is read)
    # (a school's or an office's portal by its host, "thcsthanhminh.phutho.edu.vn": the site, no outlet credited)
    own_site = _outlet_of_address(raw.address, vocabulary)
    if source != tail_source and source in (raw.source, own_site) and _is_institutions_host(source):
        source = None
    if _is_institutions_host(own_site):
        own_site = None
    # ("Nguồn: Tổng hợp" in the page's source element or at the text's end: compiled, from no outlet)
    source = next((s for s in (source, tail_source, own_site) if s and not names_no_outlet(s)), None) \
        or asking_outlet(body_texts, vocabulary, reporters=False)

    read = [Block(b.kind, _unsegmented(b.text)) for b in blocks]
    lead = read[first].text if read else ""
    paragraphs = [b.text for b in read[first:] if b.kind != CAPTION]
    headlines = [_unsegmented(h) for h in (raw.kicker, raw.title) if h] or raw.headlines
    captions = [b.text for b in read if b.kind == CAPTION]
    event = dates.event_date(lead, paragraphs[1:], headlines, paragraphs, raw.page_date, captions)
    if event.inferred:
        review.append("date")

    title, derived = normalise_text(raw.title or ""), False
    if not title:
        # The lead's first clause; for a lead of dots alone, the first paragraph's (as
        # printed, underscores and all).
        printed = [b.text for b in blocks if b.kind != CAPTION]
        title = next((t for t in (normalise_text(derive_title(p)) for p in printed) if t), "")
        derived = True
        review.append("title")

    texts = [(b.text, b.kind == CAPTION) for b in read]
    participants = people.participants(texts, vocabulary)
    # No person is lost silently: a name no rule could place is one review away.
    unplaced = people.unplaced_names(texts, participants, vocabulary)
    called = {p.name: p.role for p in participants if p.role.lower() in people.BARE_CALLINGS}
    if (unplaced or called) and not derived:
        # A name the text gives no post, which a headline gives one: "Cựu Bộ trưởng Nguyễn
        # Thị Kim Tiến xác định …" over a text that calls her "Bà Nguyễn Thị Kim Tiến"; or
        # only his calling: "Bác sĩ Phạm Thanh Việt làm Giám đốc Bệnh viện Chợ Rẫy".
        headlined = {p.name: p.role for p in people.participants([(h, False) for h in headlines], vocabulary)
                     if p.name in unplaced or p.name in called and p.role.lower() not in people.BARE_CALLINGS}
        participants = [Participant(p.name, _with_calling(called[p.name], headlined[p.name]))
                        if p.name in called and p.name in headlined else p for p in participants]
        participants += [Participant(name, role) for name, role in headlined.items() if name in unplaced]
        unplaced = [name for name in unplaced if name not in headlined]
    if unplaced:
        review.append("participants")
    return Article(
        title=title,
        title_derived=derived,
        kicker=normalise_text(raw.kicker) if raw.kicker else None,
        date=event.date,
        page_date=raw.page_date,
        # (a name under the headline that is also a place, "Hà Nội", is VnExpress's dateline
        # where the text is signed at its end; a reporter's own name, "Hoàng Mai", where not)
        byline=byline if byline and raw.byline and normalise_text(raw.byline) in vocabulary.places else raw.byline or byline,
        source=source,
        participants=participants,
        review=review,
        body=markdown_body(blocks),
        unplaced=unplaced,
    )


def derive_title(lead: str) -> str:
    """A headline from the lead: its first clause, without the opening date."""
    text = _DATE_OPENING.sub("", lead, count=1).strip() or lead
    words = text.split()
    clause = []
    for word in words:
        clause.append(word)
        if len(clause) >= 6 and word.endswith((",", ";", ".", ":")):
            break
        if len(clause) >= _TITLE_WORDS:
            clause[-1] += "…"
            break
    title = " ".join(clause).rstrip(",;.:")
    return title[:1].upper() + title[1:]


def _escape(text: str) -> str:
    """Text, not markup: escape what Markdown or HTML would read as syntax."""
    text = html.escape(text, quote=False)
    if _MARKDOWN_SPECIAL.search(text):  # (few paragraphs hold one)
        text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    # (each pattern looked for before its substitution, which sets up its template even where
    # nothing matches; the line-start pattern can only match at the start)
    return _MARKDOWN_LINE_START.sub(r"\1\\\2\3", text) if _MARKDOWN_LINE_START.match(text) else text


def markdown_body(blocks: list[Block]) -> str:
    parts = []
    for block in blocks:
        if block.kind == CAPTION:
            caption = html.escape(block.text, quote=False)
            parts.append(f'<figure class="caption">\n<figcaption>{caption}</figcaption>\n</figure>')
        elif block.kind == HEADING:
            parts.append(f"### {_escape(block.text)}")
        else:
            parts.append(_escape(block.text))
    return "\n\n".join(parts)


def _with_calling(calling: str, post: str) -> str:
    """A headline's post for a man the text names by his calling alone: both, the calling first."""
    return post if post.lower().startswith(calling.lower()) else f"{calling}, {post}"
