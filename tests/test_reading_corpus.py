"""Ingest read against real articles of many outlets (tests/fixtures/reading): no figure
of bench/reading.py may fall below what it reached (floor.yaml; floor_unknown_classes.yaml for
the saved pages read with class names that say nothing, `--unknown-classes`)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml

from support import FIXTURES, ROOT

READING = FIXTURES / "reading"


FLOORS = [
    ("floor.yaml", ()),
    # The saved pages again, their class names made meaningless: a layout never seen.
    ("floor_unknown_classes.yaml", ("--unknown-classes",)),
]


@pytest.fixture(scope="module")
def figures() -> dict[tuple[str, ...], dict]:
    """bench/reading.py's figures for each set of options, the runs started together (each
    reads the corpus on a core of its own: the suite's longest wait, halved on two cores)."""
    runs = {options: subprocess.Popen([sys.executable, str(ROOT / "bench" / "reading.py"), "--json", *options],
                                      cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _, options in FLOORS}
    read = {}
    for options, run in runs.items():
        out, err = run.communicate(timeout=600)
        assert run.returncode == 0, f"bench/reading.py {' '.join(options)} failed: {err[-2000:]}"
        read[options] = json.loads(out)
    return read


@pytest.mark.parametrize("floor_file, options", FLOORS)
def test_no_reading_figure_falls_below_its_floor(floor_file, options, figures):
    floors = yaml.safe_load((READING / floor_file).read_text(encoding="utf-8"))
    figures = figures[options]["overall"]
    fallen = {name: (figures[name], floor) for name, floor in floors.items() if figures[name] < floor}
    assert not fallen, f"reading figures below their floor (figure, floor): {fallen}"


def test_the_corpus_is_what_the_issue_asks_for():
    entries = [entry for truth in sorted(READING.glob("*/truth.yaml")) for entry in yaml.safe_load(truth.read_text(encoding="utf-8"))]
    assert len(entries) >= 60
    assert len({entry["outlet"] for entry in entries}) >= 8
    for entry in entries:
        assert entry["file"].endswith((".txt", ".html"))
        assert set(entry) >= {"file", "outlet", "origin", "title", "date", "page_date", "byline", "source", "participants"}
    pages = [entry for entry in entries if entry["file"].endswith(".html")]
    assert len(pages) >= 15 and len({entry["outlet"] for entry in pages}) >= 5, "saved HTML pages of several sites"
    files = {path.name for path in READING.glob("*/*") if path.suffix in (".txt", ".html")}
    assert files == {entry["file"] for entry in entries}, "every article has its truth, and every truth its article"


def test_the_score_reads_a_name_the_same_whichever_apostrophe_the_truth_keeps(tmp_path):
    # The text prints "H’Hen Niê" first; a reader's truth may keep the title's "H'Hen Niê".
    (tmp_path / "a.txt").write_text(
        "Hoa hậu H'Hen Niê làm stylist\n\nSáng 20/10, sự kiện có sự tham gia của Hoa hậu H’Hen Niê và nhiều khách mời "
        "nổi tiếng tại TP.HCM.\n\nHoa hậu H'Hen Niê chia sẻ về cách phối đồ.\n", encoding="utf-8")
    (tmp_path / "truth.yaml").write_text(yaml.safe_dump([{
        "file": "a.txt", "outlet": "Thanh Niên", "title": "Hoa hậu H'Hen Niê làm stylist", "kicker": None, "date": None,
        "page_date": None, "byline": None, "source": None, "participants": [{"name": "H'Hen Niê", "role": "Hoa hậu"}],
    }], allow_unicode=True), encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "reading.py"), "--corpus", str(tmp_path), "--json"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
    overall = json.loads(result.stdout)["overall"]
    assert (overall["names_precision"], overall["names_recall"]) == (1.0, 1.0)


def test_the_score_reads_authors_joined_by_a_hyphen_as_the_names_they_are(tmp_path):
    # "Minh Hợp-Phong Hà" as printed is the two reporters ingest names "Minh Hợp, Phong Hà".
    (tmp_path / "a.txt").write_text(
        "Hội nghị tổng kết công tác năm 2024 của tỉnh\n\nSáng 20/12/2024, UBND tỉnh tổ chức hội nghị tổng kết công tác năm "
        "2024 tại hội trường.\n\nMinh Hợp-Phong Hà\n", encoding="utf-8")
    truth = {"file": "a.txt", "outlet": "Báo X", "title": "Hội nghị tổng kết công tác năm 2024 của tỉnh", "kicker": None,
             "date": "2024-12-20", "page_date": None, "byline": "Minh Hợp-Phong Hà", "source": None, "participants": []}
    (tmp_path / "truth.yaml").write_text(yaml.safe_dump([truth], allow_unicode=True), encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "reading.py"), "--corpus", str(tmp_path), "--json"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(result.stdout)["overall"]["byline"] == 1.0
