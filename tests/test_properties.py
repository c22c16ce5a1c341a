"""Property-based tests (hypothesis) of the README's promises against hostile and random
input: ingest never ends in a traceback, front matter problems are one line each, builds
are deterministic, linked and inert, and what ingest writes reads back the same.

CI runs the "ci" profile (tests/conftest.py): a fixed seed and a modest number of
examples. `bash scripts/fuzz.sh` runs the "long" profile. Each defect a run found is kept
below as an explicit example or test, so it stays covered whatever the seed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import bs4
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import fuzzing
from fuzzing import articles, bomb, examples, front_matters, mutated_sources
from generator.article import FIELDS, Article, Participant, dump_article, hand_edited, parse_article, read_article
from generator.errors import ArticleError
from generator.ingest import ingest
from generator.site.build import build
from generator.vietnamese import normalise
from sitecheck import broken_links, soup_of, tree_bytes
from support import ROOT, run_cli, write_files

pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")  # the huge explicit examples

DATE_MISSING = "date: missing; set the day the event happened as YYYY-MM-DD"
BASE_URL = "https://example.org/luu-tru/"


# --- Ingest -------------------------------------------------------------------------


def undated_problem(md: Path, shown: Path | None = None) -> str | None:
    """The one problem build may find in what ingest wrote: no date, left for review."""
    text = md.read_text(encoding="utf-8")
    if re.search(r"^date: null$", text, re.MULTILINE) and re.search(r"^review:\n(- .*\n)*- date$", text, re.MULTILINE):
        line = text.splitlines().index("date: null") + 1
        return f"{shown or md}:{line}: {DATE_MISSING}"
    return None


def assert_site_is_sound(site: Path) -> None:
    """Every internal link resolves; the feed and sitemap are XML naming built pages."""
    assert broken_links(site) == []
    for name in ("feed.xml", "sitemap.xml"):
        if (site / name).exists():
            tree = ET.fromstring((site / name).read_bytes())
            for element in tree.iter():
                link = element.get("href") or (element.text if element.tag.endswith("loc") else None)
                if link and link != BASE_URL and link.startswith(BASE_URL):
                    assert (site / link[len(BASE_URL):]).is_file(), (name, link)


def assert_ingested_and_built(root: Path, source: Path, out: Path, report) -> None:
    assert not (report.duplicates or report.unchanged or report.kept_edits)
    if report.failed:
        [message] = report.failed
        assert report.written == [] and not any(out.rglob("*.md"))
        assert message.startswith(f"{source}: ") and len(message.splitlines()) == 1, message
        # ingest turns a reading rule's crash into this line; the property still calls it a defect.
        assert not re.search(r"could not be read \((?!RecursionError)", message), message
        return
    [md] = report.written
    assert sorted(out.rglob("*.md")) == [md]
    assert not hand_edited(md.read_text(encoding="utf-8"))
    built = build(root, out, root / "site")
    allowed = undated_problem(md)
    assert built.problems == ([allowed] if allowed else []), built.problems
    assert built.pages["event"] == (0 if allowed else 1)
    assert_site_is_sound(root / "site")
    again = ingest([source], out)  # a re-run finds its own file unchanged, not edited by hand
    assert (again.unchanged, again.written, again.kept_edits) == ([md], [], [])


def ingest_one(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_files(root, {"site.yaml": f"base_url: {BASE_URL}\n", f"src/bai{suffix}": data})
        source, out = root / "src" / f"bai{suffix}", root / "out"
        report = ingest([source], out)
        assert_ingested_and_built(root, source, out, report)


CR_IN_A_PARAGRAPH = (  # a lone CR inside an HTML paragraph
    "<html><body><article><h1>Tiêu đề</h1><p>Sáng 4/10/2019, hội nghị diễn ra.\rDòng hai.</p>"
    "<p>Đoạn hai có nội dung.</p></article></body></html>"
).encode()


@examples(ci=100, long=3000)
@given(mutated_sources())
# Found by this property, each fixed:
@example((".txt", b"T"))  # all of it a byline: was written with title '' that build refuses
@example((".txt", b"..."))  # a lead of dots: the same
@example((".txt", "Ảnh: TTXVN".encode()))  # a photo credit alone: the same
@example((".html", CR_IN_A_PARAGRAPH))  # the body kept the CR: re-ingest took the file for a hand edit
@example((".txt", b"<" + b"<div>" * 1000))  # front matter over 4000 characters: re-ingest wrote a second copy
def test_ingest_gives_a_buildable_article_or_one_error_line(case):
    ingest_one(*case)


def test_deeply_nested_unclosed_tags_are_read_in_linear_work(tmp_path, monkeypatch):
    comparisons = 0
    compare = bs4.element.Tag.__eq__

    def counted(self, other):
        nonlocal comparisons
        comparisons += 1
        return compare(self, other)

    monkeypatch.setattr(bs4.element.Tag, "__eq__", counted)
    paragraph = "<p>" + "Hội nghị tổng kết công tác năm 2019 của tỉnh diễn ra sáng nay với nhiều nội dung. " * 2 + "</p>"
    write_files(tmp_path, {"src/bai.html": "<html><body>" + "<b>" * 60 + paragraph * 5 + "</body></html>"})
    report = ingest([tmp_path / "src" / "bai.html"], tmp_path / "out")
    assert len(report.written) == 1
    assert comparisons < 2000, f"{comparisons} comparisons of elements for 60 nested tags"


YESTERDAY_OF_YEAR_ONE = (
    "<html><head><meta property='article:published_time' content='0001-01-01T00:00'></head><body><article>"
    "<h1>Tiêu đề</h1><p>Hôm qua, hội nghị tổng kết công tác năm diễn ra tại tỉnh với nhiều nội dung.</p></article></body></html>"
).encode()


def test_a_reading_rule_that_fails_on_one_file_costs_that_file_only(tmp_path, monkeypatch):
    """Found by probing the date rules at the calendar's ends (a page dated 0001-01-01 whose
    lead says "Hôm qua" overflowed, and the whole run ended in a traceback). That rule is
    fixed; any rule that still fails on one file must cost that file only."""
    from generator.ingest import normalise

    real = normalise.dates.event_date

    def failing_on_yesterday(lead, *args):
        if "Hôm qua" in lead:
            raise OverflowError("date value out of range")
        return real(lead, *args)

    monkeypatch.setattr(normalise.dates, "event_date", failing_on_yesterday)
    write_files(tmp_path, {"src/a.html": YESTERDAY_OF_YEAR_ONE, "src/b.txt": (ROOT / "content" / "sources" / "000_4d461cb83d408ace.txt").read_bytes()})
    report = ingest([tmp_path / "src"], tmp_path / "out")
    assert report.failed == [f"{tmp_path / 'src' / 'a.html'}: could not be read (OverflowError: date value out of range)"]
    assert len(report.written) == 1


def test_a_page_dated_year_one_is_ingested():
    ingest_one(".html", YESTERDAY_OF_YEAR_ONE)


@examples(ci=5, long=40)
@given(st.lists(mutated_sources(), min_size=1, max_size=5))
def test_ingest_cli_exit_code_and_error_lines_say_which_file_failed(cases):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sources = {f"src/{i:02d}{suffix}": data for i, (suffix, data) in enumerate(cases)}
        write_files(root, {"site.yaml": f"base_url: {BASE_URL}\n", **sources})
        (root / "out").mkdir()
        result = run_cli("ingest", "src", "--out", "out", cwd=root)
        assert "Traceback" not in result.stderr
        failed = {}
        for line in result.stderr.splitlines():
            match = re.fullmatch(r"error: (src/\d\d\.(?:txt|html|htm|TXT)): .+", line)
            assert match and match.group(1) not in failed, line
            failed[match.group(1)] = line
        assert result.returncode == (1 if failed else 0), result.stderr
        skipped = set(re.findall(r"^skipped (\S+): the same article as ", result.stdout, re.MULTILINE))
        written = {read_article_source(md): md for md in (root / "out").rglob("*.md")}
        assert set(sources) == set(failed) | skipped | set(written) and not set(failed) & set(written)

        build_result = run_cli("build", "--content", "out", "--out", "site", cwd=root)
        assert build_result.returncode == 0 and "Traceback" not in build_result.stderr
        allowed = {undated_problem(md, md.relative_to(root)) for md in written.values()} - {None}
        warnings = {line.removeprefix("warning: ") for line in build_result.stderr.splitlines() if line.startswith("warning: ")}
        assert warnings == allowed, build_result.stderr
        assert_site_is_sound(root / "site")


def read_article_source(md: Path) -> str:
    return re.search(r"^source_file: (.+)$", md.read_text(encoding="utf-8"), re.MULTILINE).group(1)


# --- Front matter -------------------------------------------------------------------


def assert_read_or_one_line_problems(path: Path, text: str) -> Article | None:
    try:
        article = read_article(path)
    except ArticleError as exc:
        assert exc.problems
        lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
        for problem, line in zip(exc.problems, exc.lines()):
            assert 1 <= problem.line <= lines, line
            assert problem.field is None or problem.field in FIELDS or problem.message.startswith("unknown field"), line
            assert line.startswith(f"{path}:{problem.line}: ") and len(line.splitlines()) == 1 and len(line) < 500, line
        return None
    assert isinstance(article.title, str) and article.title and isinstance(article.date, dt.date)
    assert all(isinstance(p.name, str) and p.name and isinstance(p.role, str) for p in article.participants)
    assert all(isinstance(item, str) for item in article.review)
    for key in ("kicker", "byline", "source", "source_file", "source_sha256", "ingest_sha256"):
        assert getattr(article, key) is None or isinstance(getattr(article, key), str)
    return article


@examples(ci=400, long=10000)
@given(front_matters())
# Found by this property. Before the fixes each gave a traceback (tags PyYAML cannot
# construct, an alias to itself, unhashable keys, 600 levels of nesting, a 5000-digit
# number), a problem of several lines (a key or name holding a line break, a control
# character, a list as a key), one of megabytes (huge values), or, for the bomb, a
# repr() that grew without end.
@example("---\ntitle: x\ndate: 2019-10-04\nbyline: !!python/object/apply:os.system ['echo pwned']\n---\n")
@example("---\ntitle: !!int abc\ndate: 2019-10-04\n---\n")
@example("---\ntitle: x\ndate: &a [*a]\n---\n")
@example("---\ntitle: x\ndate: [{[a]: b}]\n---\n")
@example("---\ntitle: a\x01b\ndate: 2019-10-04\n---\n")
@example("---\ntitle: x\ndate: 2019-10-04\n\"a\\nb\": 1\n? [a, b]\n: 1\n---\n")
@example("---\ntitle: x\ndate: '" + "y" * 100_000 + "'\n---\n")
@example("---\ntitle: x\ndate: 2019-10-04\n? " + "z" * 100_000 + "\n: 1\n---\n")
@example("---\ntitle: x\ndate: !!binary " + "aGVsbG8g" * 20_000 + "\n---\n")
@example("---\ntitle: x\ndate: 2019-10-04\nparticipants: [{name: A B, role: [1, 2]}, {name: \"C\\nD\", \"x\\ny\": 1}]\n---\n")
@example("---\ntitle: x\ndate: 2019-10-04\nparticipants: [{name: A B, 1: x, b: y}]\n---\n")
@example("---\ntitle: x\ndate:\n" + "".join(" " * i + "- \n" for i in range(0, 1200, 2)) + "---\n")
@example("---\ntitle: 1984\ndate: 2019-10-04\nbyline: 0x" + "f" * 5000 + "\n---\n")
@example("---\ntitle: x\nkicker: \"x\u2028\u2028\u2028\u2028y\"\ncolour: 1\n---\n")  # was line 8 of 5: YAML counts U+2028
@example("---\n" + bomb(6, 9) + "---\n")
def test_front_matter_is_read_or_reported_one_line_a_problem(text):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bai.md"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        assert_read_or_one_line_problems(path, text)


def test_an_alias_bomb_is_refused_not_expanded(tmp_path):
    """Billion laughs: 10 levels of 9 aliases would expand to 3.9e9 values. Before the fix,
    'date: *bomb' was expanded by the error message's repr() until memory ran out."""
    for field in ("date", "title", "kicker", "participants", "review"):
        path = tmp_path / f"{field}.md"
        others = "".join(line for line in ("title: Bài\n", "date: 2019-10-04\n") if not line.startswith(field))
        path.write_text(f"---\n{others}{bomb(10, 9, field)}---\n\nx\n", encoding="utf-8")
        try:
            read_article(path)
        except ArticleError as exc:
            line = 2 + len(others.splitlines())
            assert exc.lines() == [f"{path}:{line}: {field}: aliases repeat more than 10000 values; write the value out without '*' aliases"]
        else:
            raise AssertionError(f"{field}: an alias bomb was accepted")
    write_files(tmp_path, {"content/bom.md": f"---\ntitle: Bài\n{bomb(10, 9)}---\n\nx\n"})
    result = run_cli("build", "--content", "content", "--out", "site", "--strict", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "error: content/bom.md:3: date: aliases repeat more than 10000 values; write the value out without '*' aliases" in result.stderr.splitlines()


def test_anchors_and_aliases_that_repeat_little_are_still_read(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: &t Bài\nkicker: *t\ndate: 2019-10-04\nparticipants:\n- {name: Lê Văn A, role: &r Bí thư}\n"
                    "- {name: Lê Văn B, role: *r}\n---\n\nx\n", encoding="utf-8")
    article = read_article(path)
    assert article.kicker == "Bài" and [p.role for p in article.participants] == ["Bí thư", "Bí thư"]


def test_front_matter_problems_of_odd_values_word_for_word(tmp_path):
    """The defects the front matter property found, each with the line build prints now."""
    cases = {
        "byline: !!python/object/apply:os.system ['echo pwned']": "4: byline: cannot be read: could not determine a constructor for the tag 'tag:yaml.org,2002:python/object/apply:os.system'; write plain text, without a '!!' tag",
        "byline: !!int abc": "4: byline: cannot be read: invalid literal for int() with base 10: 'abc'; write plain text, without a '!!' tag",
        "source: &a [*a]": "4: source: refers to itself through an alias; write the value out without '*' aliases",
        '"a\\nb": 1': "4: 'a\\nb': unknown field; the fields are: " + ", ".join(FIELDS),
        "? [a, b]\n: 1": "4: a field's name must be a word such as 'title', not a list or a mapping",
        "participants: [{name: A B, role: [1, 2]}]": "4: participants: entry 1 has a role that is not text; write it as one line of text",
        "page_date: [2019-10-04]": "4: page_date: a list is not a date; write it as YYYY-MM-DD",
        "page_date: '" + "9" * 300 + "'": "4: page_date: '" + "9" * 56 + "… is not a date; write it as YYYY-MM-DD",
        "byline: 0x" + "f" * 5000: "4: byline: must be text",
    }
    for value, expected in cases.items():
        path = tmp_path / "a.md"
        path.write_text(f"---\ntitle: Bài\ndate: 2019-10-04\n{value}\n---\n\nx\n", encoding="utf-8")
        try:
            read_article(path)
        except ArticleError as exc:
            assert exc.lines() == [f"{path}:{expected}"], value
        else:
            raise AssertionError(f"accepted: {value}")
    path.write_text("---\ntitle: 1984\ndate: 2019-10-04\n---\n", encoding="utf-8")
    assert read_article(path).title == "1984"


@examples(ci=5, long=40)
@given(st.lists(front_matters(), min_size=1, max_size=6))
def test_build_cli_reports_front_matter_problems_one_line_each(texts):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        names = [f"content/{i:02d}.md" for i in range(len(texts))]
        (root / "site.yaml").write_text(f"base_url: {BASE_URL}\n", encoding="utf-8")
        for name, text in zip(names, texts):
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text, encoding="utf-8", errors="surrogatepass")
        result = run_cli("build", "--content", "content", "--out", "site", cwd=root)
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
        bad, skipped = set(), set()
        for line in result.stderr.splitlines():
            warning = re.fullmatch(r"warning: (content/\d\d\.md):\d+: .+", line)
            assert warning or line.startswith("note: "), line
            bad.update([warning.group(1)] if warning else [])
            skipped.update(re.findall(r"^note: skipped (content/\d\d\.md): fix the problems above, then build again$", line))
        assert bad == skipped
        strict = run_cli("build", "--content", "content", "--out", "site", "--strict", cwd=root)
        assert strict.returncode == (1 if bad else 0) and "Traceback" not in strict.stderr
        assert len(list((root / "site" / "su-kien").glob("*/index.html"))) == len(names) - len(bad)


# --- Build --------------------------------------------------------------------------

THEME_SCRIPTS = {"assets/search.js", "assets/timeline.js"}
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "data", "srcset", "poster", "xlink:href", "style")
ODD_NAMES = ["🇻🇳", "<img src=x onerror=alert(1)>", "Đ", "../..", "a/b", "index.html", ".", "%2e%2e", "Ông Ba Mươi"]


@st.composite
def archives(draw) -> dict[str, str]:
    """A few valid articles as Markdown files, under random (and odd) file names."""
    files = {}
    for article in draw(st.lists(articles(), min_size=1, max_size=5)):
        if draw(st.booleans()):
            odd = draw(st.sampled_from(ODD_NAMES))
            if odd not in {normalise(p.name) for p in article.participants}:
                article.participants.append(Participant(odd, draw(st.sampled_from(fuzzing.ROLES))))
        stem = draw(st.sampled_from(["bai", "!!!", "Đại hội", "index", "x..y", "2019-10-04-hoi-nghi"]) | fuzzing.vietnamese_text)
        folder = draw(st.sampled_from(["", f"{article.date.year}/", "undated/", "a/b/"]))
        stem = re.sub(r"[/\x00]", "-", stem)[:60]  # a file name, never a hidden one ('.x.md' is no article)
        name = f"content/{folder}{stem}.md"
        while name in files:
            name = name.replace(".md", "-1.md")
        files[name] = dump_article(article)
    if draw(st.booleans()):
        files["site.yaml"] = f"base_url: {BASE_URL}\ntitle: {json.dumps(draw(fuzzing.vietnamese_text))}\nitems_per_page: {draw(st.integers(1, 5))}\n"
    return files


def assert_inert(site: Path) -> None:
    """No script but the theme's, no on… attribute, no javascript: URL anywhere."""
    for page in sorted(site.rglob("*.html")):
        soup = soup_of(page)
        for script in soup.find_all("script"):
            target = (page.parent / script.get("src", "")).resolve()
            assert script.get("src") and not script.string and target.relative_to(site.resolve()).as_posix() in THEME_SCRIPTS, (page, script)
        for tag in soup.find_all(True):
            assert not any(attr.lower().startswith("on") for attr in tag.attrs), (page, tag)
            for attr in URL_ATTRIBUTES:
                value = re.sub(r"[\x00-\x20]", "", str(tag.get(attr, ""))).lower()
                assert "javascript:" not in value and "vbscript:" not in value and "data:" not in value, (page, tag)
        assert not soup.find(["iframe", "object", "embed", "frame"]) and not soup.find("meta", attrs={"http-equiv": True}), page
        assert all(base.get("href") == BASE_URL and page.name == "404.html" for base in soup.find_all("base")), page
        assert all(form.get("class") == ["search"] for form in soup.find_all("form")), page
    for script in site.rglob("search/*.js"):
        match = re.fullmatch(r"window\.BIENNIEN_SEARCH&&window\.BIENNIEN_SEARCH\.(?:add|manifest)\((.*)\);\n", script.read_text(encoding="utf-8"), re.DOTALL)
        assert match, script
        json.loads(match.group(1))  # data only: nothing in an article can end the call


@examples(ci=25, long=600)
@given(archives())
def test_builds_are_deterministic_linked_and_inert(files):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_files(root, files)
        first = build(root, root / "content", root / "site")
        assert first.problems == [], first.problems
        assert first.pages["event"] == sum(name.startswith("content/") for name in files)
        once = tree_bytes(root / "site")
        build(root, root / "content", root / "again")
        assert tree_bytes(root / "again") == once
        assert_site_is_sound(root / "site")
        assert_inert(root / "site")


def test_control_characters_and_noncharacters_do_not_break_the_feed(tmp_path):
    """Found by the build property: an article (or site.yaml) holding U+000F or U+FFFE gave
    a feed.xml no XML reader accepts. Ingest keeps such characters (under 1% of a text)."""
    odd = "\x0f\x15\x7f\x85\ufffe\uffff\U0001fffe"
    article = Article(title=f"Hội nghị{odd}", kicker=f"Kỳ họp{odd}", date=dt.date(2019, 10, 4), byline=f"A{odd}",
                      participants=[Participant(f"Lê Văn A{odd}", f"Bí thư{odd}")], body=f"Nội dung{odd}.")
    escaped = '"Biên niên\\x0f\\x15\\x7f\\x85\\uFFFE\\uFFFF\\U0001FFFE"'
    write_files(tmp_path, {"content/a.md": dump_article(article), "site.yaml": f"base_url: {BASE_URL}\ntitle: {escaped}\n"})
    run_cli("build", "--content", "content", cwd=tmp_path, check=True)
    assert_site_is_sound(tmp_path / "site")
    for page in [*(tmp_path / "site").rglob("*.html"), *(tmp_path / "site").glob("*.xml")]:
        text = page.read_text(encoding="utf-8")
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\U0001fffe]", text), page
    assert soup_of(next((tmp_path / "site" / "su-kien").glob("*/index.html"))).h1.get_text() == "Hội nghị"


def test_the_quick_look_for_unwritable_code_points_misses_none():
    """Pages ask a one-range class first and the exact one only where it finds something."""
    from generator.site.render import _MAYBE_UNWRITABLE, _UNWRITABLE
    everything = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    exact = set(_UNWRITABLE.findall(everything))
    assert len(exact) > 60 and exact <= set(_MAYBE_UNWRITABLE.findall(everything))


def test_escaped_utf16_pairs_in_site_yaml(tmp_path):
    """Found by the build property: site.yaml's "\\ud83c\\uddfb" (JSON's way to write a
    character beyond U+FFFF) gave two lone surrogates and a UnicodeEncodeError traceback."""
    write_files(tmp_path, {"content/a.md": "---\ntitle: Bài\ndate: 2019-10-04\n---\n\nx\n",
                           "site.yaml": 'title: "Biên niên \\ud83c\\uddfb\\ud83c\\uddf3"\n'})
    run_cli("build", "--content", "content", cwd=tmp_path, check=True)
    assert "<title>Biên niên 🇻🇳</title>" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    (tmp_path / "site.yaml").write_text('title: "Biên niên \\ud83c"\n', encoding="utf-8")
    result = run_cli("build", "--content", "content", cwd=tmp_path)
    assert result.returncode == 1 and result.stderr == (
        "error: site.yaml:1: title: holds half of an escaped UTF-16 pair ('\\ud800'); write the character itself\n")


@examples(ci=4, long=30)
@given(archives())
def test_two_cli_builds_with_other_hash_seeds_give_the_same_bytes(files):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_files(root, files)
        run_cli("build", "--content", "content", "--out", "one", cwd=root, env={"PYTHONHASHSEED": "1"}, check=True)
        run_cli("build", "--content", "content", "--out", "two", cwd=root, env={"PYTHONHASHSEED": "2"}, check=True)
        assert tree_bytes(root / "one") == tree_bytes(root / "two")


# --- Round trip ---------------------------------------------------------------------

any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30) | fuzzing.vietnamese_text


@examples(ci=300, long=10000)
@given(articles(texts=any_text, clean=lambda text: text.strip() or None))
# Found by the ingest property: a body with a lone CR was written as it was, and read back
# with a line break, so the hash no longer matched and re-ingest took it for a hand edit.
@example(Article(title="Bài", date=dt.date(2019, 10, 4), body="Dòng một.\rDòng hai.\r\nBa."))
def test_dump_then_read_gives_the_same_article(article):
    text = dump_article(article)
    assert not hand_edited(text)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bai.md"
        path.write_bytes(text.encode("utf-8"))
        read = read_article(path)
    assert "\r" not in text.split("\n---\n", 1)[1]
    digest = re.search(r"^ingest_sha256: ([0-9a-f]{64})$", text, re.MULTILINE).group(1)
    body = re.sub(r"\r\n?", "\n", article.body).strip()
    expected = dataclasses.replace(article, path=path, ingest_sha256=digest, body=body)
    assert dataclasses.replace(read, body=read.body.strip()) == expected
    assert parse_article(text, path) == read
