"""Front matter written like dump_article's is read without YAML's nodes (article._plain_front).
Wherever that reader answers, its fields must be what YAML reads; everything else must go
to YAML."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator import article as article_module
from generator.article import Article, Participant, dump_article, split_front_matter
from generator.ingest import read_raw_article
from support import ROOT

PATH = Path("a.md")


def both(front: str):
    """(the plain reader's fields or None, YAML's fields or None where YAML refuses or
    finds a problem)."""
    fast = article_module._plain_front(front)
    try:
        values, problems, unreadable = article_module._yaml_front(front, PATH)
    except article_module.ArticleError:
        return fast, None
    return fast, (values if not problems and not unreadable else None)


# Values a field may hold: words, and everything YAML might read otherwise (numbers,
# booleans, nulls, indicators, quotes, comments, colons, line breaks of its own).
_PIECES = st.sampled_from([
    "Lạng Sơn", "Chủ tịch UBND tỉnh", "a", "1984", "0x1F", "1_000", "3.5", ".inf", ".NaN", "~", "null", "Null", "true",
    "True", "yes", "no", "on", "off", "=", "<<", "2019-10-04", "2019-10-04 01:00+07:00", "-", "- ", "? ", ": ", ":", " #",
    "#", "'", '"', "[", "]", "{", "}", ",", "&a", "*a", "!!str", "!x", "|", ">", "%", "@", "`", " ", "  ", "\t",
    "\u00a0", "\u2028", "\x85", "\ufeff", "\x7f", "NN&PTNT", "(ông)", "[]", "{}", "Số#1", "a:b", "a - b", "''", "'a'",
    "'a: b'", "' '", "'#'",
])
_VALUE = st.lists(_PIECES, min_size=0, max_size=4).map("".join)
_KEY = st.sampled_from(["title", "kicker", "date", "page_date", "byline", "source", "source_file", "title_derived",
                        "review", "participants", "unknown", "Title"])


@st.composite
def _front(draw):
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        key = draw(_KEY)
        shape = draw(st.sampled_from(["value", "value", "empty", "list", "entries", "flow"]))
        if shape == "value":
            lines.append(f"{key}: {draw(_VALUE)}")
        elif shape == "empty":
            lines.append(f"{key}:")
        elif shape == "flow":
            lines.append(f"{key}: {draw(st.sampled_from(['[]', '[a]', '{}', '[ ]']))}")
        elif shape == "list":
            lines.append(f"{key}:")
            lines += [f"- {draw(_VALUE)}" for _ in range(draw(st.integers(0, 3)))]
        else:
            lines.append(f"{key}:")
            for _ in range(draw(st.integers(0, 3))):
                lines.append(f"- name: {draw(_VALUE)}")
                if draw(st.booleans()):
                    lines.append(f"  {draw(st.sampled_from(['role', 'name', 'rank', ' role']))}: {draw(_VALUE)}")
        if draw(st.integers(0, 9)) == 0:
            lines.append(draw(st.sampled_from(["", "# note", "  more", "...", "  - x", "-", "- name:"])))
    return "\n".join(lines) + draw(st.sampled_from(["\n", ""]))


@settings(max_examples=3000)
@given(_front())
@example("title: a\n")
@example("title:  a\n")
@example("title: a \n")
@example("title: a:\n")
@example("title: a # b\n")
@example("title: a\n  b\n")
@example("participants:\n- name: A\n  role: B\n    C\n")
@example("participants:\n- name: A\n  role: B\n  role: C\n")
@example("review:\n- a\n  b\n")
@example("review:\n")
@example("title_derived: true\n")
@example("title_derived: True\n")
@example("title: ~\n")
@example("title: 1984\n")
@example("title: 'a: b''c'\n")
@example("title: 'a' b'\n")
@example("title: 'a'''b'\n")
@example("title: '\n")
@example("")
def test_where_the_plain_reader_answers_it_reads_what_yaml_reads(front):
    fast, slow = both(front)
    if fast is not None:
        assert slow is not None, "YAML refuses what the plain reader took"
        assert fast == slow
        assert [type(v) for v, _ in fast.values()] == [type(v) for v, _ in slow.values()]


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20)


@settings(max_examples=1500)
@given(_TEXT, st.one_of(st.none(), _TEXT), st.lists(st.tuples(_TEXT, _TEXT), max_size=3), st.booleans(),
       st.lists(st.sampled_from(["title", "date", "participants"]), max_size=2))
def test_what_dump_article_writes_reads_the_same_either_way(title, kicker, people, derived, review):
    article = Article(title=title.strip() or "x", date=dt.date(2019, 10, 4), kicker=kicker, title_derived=derived,
                      participants=[Participant(n, r) for n, r in people], review=review, body="Nội dung.")
    front = split_front_matter(dump_article(article))[0]
    fast, slow = both(front)
    if fast is not None:
        assert fast == slow


def test_the_front_matter_ingest_writes_is_read_without_yaml_and_the_same():
    """Every article of the reading corpus, as ingest writes it, and the generated corpus."""
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    import corpus

    folder = ROOT / "tests" / "fixtures" / "reading"
    fronts = [split_front_matter(dump_article(read_raw_article(path)))[0]
              for path in sorted(folder.rglob("*")) if path.suffix in (".txt", ".html")]
    people = corpus.default_people()
    fronts += [split_front_matter(corpus.markdown_article(corpus._rng("md", index), index, people)[1])[0]
               for index in range(300)]
    taken = 0
    for front in fronts:
        fast, slow = both(front)
        if fast is not None:
            taken += 1
            assert fast == slow
    assert taken > 0.98 * len(fronts)  # (26 of 4,803 reading-corpus files hold a YAML anchor or the like)
