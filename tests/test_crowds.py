"""An article naming a crowd (a congress's delegate list, or a bad paste): it builds, at a
cost that grows with its mentions, and `build` and `check` name it as a likely bad paste.
Speed itself is measured by bench/crowd_bench.py, not here."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

from generator.article import Article, Participant
from generator.site import model
from generator.site.model import CROWD, LIKELY_PASTE, Event, build_archive
from generator.site.output import SitePaths
from support import run_cli, write_files

FAMILY = ["Nguyễn", "Hoàng", "Lương", "Vi", "Nông", "Lộc", "Trần", "Lê", "Phạm", "Đinh"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quang", "Ngọc", "Hữu", "Thanh", "Xuân", "Công"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hùng", "Lan", "Mai", "Sơn", "Tâm", "Vinh"]


def names(count: int) -> list[str]:
    combos = (" ".join(parts) for parts in itertools.product(FAMILY, MIDDLE, GIVEN))
    return list(itertools.islice(combos, count))


def article_text(title: str, people: list[str], day: str = "2020-10-14") -> str:
    front = {
        "title": title, "date": day,
        "participants": [{"name": name, "role": f"Đại biểu {i % 7}"} for i, name in enumerate(people)],
    }
    return f"---\n{yaml.safe_dump(front, allow_unicode=True, sort_keys=False)}---\n\nNội dung.\n"


def event(people: list[str], day: int = 1, title: str = "Bài") -> Event:
    article = Article(title=title, date=dt.date(2020, 1, day), participants=[Participant(n, "Đại biểu") for n in people],
                      path=Path(f"{title}-{day}.md"))
    return Event(article=article, slug=f"{title}-{day}")


def test_a_crowd_adds_no_co_appearances_and_a_meeting_does():
    crowd, meeting = names(CROWD + 1), names(CROWD)
    archive = build_archive([event(crowd, 1, "crowd"), event(meeting, 2, "meeting")])
    first = archive.by_name[meeting[0]]
    assert [e.slug for e in first.events] == ["crowd-1", "meeting-2"], "a crowd still counts as the person's event"
    assert len(first.companions) == model.COMPANIONS
    assert all(count == 1 for _, count in first.companions), "only the meeting counts, not the crowd"
    assert archive.by_name[crowd[-1]].companions == [], "in the crowd only: nobody to list"
    assert archive.by_name[crowd[-1]].roles[0].role == "Đại biểu"


def test_companions_are_ranked_by_count_then_in_index_order():
    a, b, c, d = "Trần Văn Bình", "Lê Thị An", "Phạm Văn Cường", "Nguyễn Thị Anh"
    archive = build_archive([event([a, c, d], 1), event([a, c], 2), event([a, b], 3), event([a, d, d], 4)])
    assert [(p.name, n) for p, n in archive.by_name[a].companions] == [(d, 2), (c, 2), (b, 1)]
    assert archive.events[3].roles == {a: "Đại biểu", d: "Đại biểu"}, "a name listed twice counts once"


def test_modelling_a_crowd_computes_each_sort_key_once(monkeypatch):
    calls = []

    def counting(name):
        calls.append(name)
        return real(name)

    real = model.person_sort_key
    monkeypatch.setattr(model, "person_sort_key", counting)
    people = names(1000)
    build_archive([event(people, 1), event(people[:20], 2)])
    assert len(calls) == len(people), "one sort key per person, not one per pair"


def test_slugs_of_one_name_number_on_without_rescanning():
    paths = SitePaths()
    paths.unique_slug("person", "a-2")  # a name that slugifies to 'a-2' itself
    assert [paths.unique_slug("person", "a") for _ in range(4)] == ["a", "a-3", "a-4", "a-5"]
    assert paths.unique_slug("event", "a") == "a", "each namespace on its own"


def test_more_than_500_people_builds_and_build_and_check_name_it(tmp_path):
    crowd = names(LIKELY_PASTE + 1)
    write_files(tmp_path, {
        "content/articles/2020/dai-hoi.md": article_text("Đại hội", crowd),
        "content/articles/2020/hop.md": article_text("Họp", names(LIKELY_PASTE), "2020-10-15"),
        "content/articles/2020/lam-viec.md": article_text("Làm việc", crowd[:3], "2020-10-16"),
    })
    line = ("warning: content/articles/2020/dai-hoi.md: participants: 501 people (more than 500), likely a bad paste; "
            "keep those the article is about and remove the rest")

    built = run_cli("build", cwd=tmp_path)
    assert built.returncode == 0
    assert [l for l in built.stderr.splitlines() if l.startswith("warning:")] == [line], "500 people is no warning"
    assert "; 1 warning(s)" in built.stdout
    person = BeautifulSoup((tmp_path / "site" / "nguoi" / "nguyen-van-an" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert [p.get_text() for p in person.select(".person-events .role")] == ["Đại biểu 0", "Đại biểu 0", "Đại biểu 0"]
    assert [a.get_text() for a in person.select(".companions a")] == ["Nguyễn Văn Bình", "Nguyễn Văn Cường"]

    assert run_cli("build", "--strict", "--out", "strict", cwd=tmp_path).returncode == 0, "a crowd is no front matter problem"

    checked = run_cli("check", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert checked.stderr.splitlines() == [line]
    summary = checked.stdout.splitlines()[-1]
    assert "0 article(s) to review, " in summary and summary.endswith(" 1 likely bad paste(s)")
