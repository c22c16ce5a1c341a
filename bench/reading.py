"""How well `ingest` reads real articles: every file of the reading corpus
(tests/fixtures/reading/*/truth.yaml) is ingested and compared with what a careful reader
wrote down for it. Prints a figure per field, names precision and recall, roles, the
figures per outlet, and every miss.

    python bench/reading.py                       # the whole corpus
    python bench/reading.py --corpus DIR --json   # figures as JSON (the regression test reads these)
    python bench/reading.py --misses people       # only the misses of one field
    python bench/reading.py --unknown-classes     # the HTML pages only, their class names made meaningless

--unknown-classes reads each saved page with every class and id value replaced by a token
that says nothing (the same value, the same token): how ingest reads a layout whose names
it has never seen (a new site, or one whose build tools hash its class names), from what
any page has (its tags, meta and JSON-LD, alt texts, labels such as "Tác giả:").
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.errors import BiennienError  # noqa: E402
from generator.ingest import read_raw_article  # noqa: E402
from generator.ingest.vocabulary import load_vocabulary  # noqa: E402
from generator.vietnamese import LOWER_LETTERS, UPPER_LETTERS, fold, normalise, unify_apostrophes  # noqa: E402

DEFAULT_CORPUS = ROOT / "tests" / "fixtures" / "reading"
FIELDS = ("date", "page_date", "title", "kicker", "byline", "source")
# The figures a table prints, in its order.
COLUMNS = [*FIELDS, "names_precision", "names_recall", "roles", "all_fields"]

# A role counts when it holds the same words as the truth, written short or long.
_ROLE_SHORT_FORMS = (
    (r"\bubnd\b", "uy ban nhan dan"), (r"\bhdnd\b", "hoi dong nhan dan"),
    (r"\bmttq\b", "mat tran to quoc"), (r"\bvn\b", "viet nam"),
    (r"\bbch\b", "ban chap hanh"),
    (r"\bbtv\b", "ban thuong vu"), (r"\bdbqh\b", "dai bieu quoc hoi"), (r"\bqh\b", "quoc hoi"),
    (r"\btp\b", "thanh pho"), (r"\bqdnd\b", "quan doi nhan dan"), (r"\bcand\b", "cong an nhan dan"),
    (r"\bchqs\b", "chi huy quan su"), (r"\bbchqs\b", "bo chi huy quan su"), (r"\bbdbp\b", "bo doi bien phong"),
    (r"\bvks\b", "vien kiem sat"), (r"\btand\b", "toa an nhan dan"), (r"\bvksnd\b", "vien kiem sat nhan dan"),
    (r"\bkt-xh\b", "kinh te xa hoi"), (r"\bnn&ptnt\b|\bnn và ptnt\b", "nong nghiep va phat trien nong thon"),
    # The state's titles and a few callings by their letters: "NSND" is "Nghệ sĩ Nhân dân".
    (r"\bnsnd\b", "nghe si nhan dan"), (r"\bnsut\b", "nghe si uu tu"), (r"\bnnnd\b", "nghe nhan nhan dan"),
    (r"\bnnut\b", "nghe nhan uu tu"), (r"\bngnd\b", "nha giao nhan dan"), (r"\bngut\b", "nha giao uu tu"),
    (r"\bttnd\b", "thay thuoc nhan dan"), (r"\bttut\b", "thay thuoc uu tu"), (r"\bntk\b", "nha thiet ke"),
    (r"\bhlv\b", "huan luyen vien"),
    # A member's post by its letters, spaced or not: "UV BTV", "UVBTV" are "Ủy viên Ban Thường vụ".
    (r"\buvbtv\b", "uy vien ban thuong vu"), (r"\buvbch\b", "uy vien ban chap hanh"), (r"\buv\b", "uy vien"),
)


# "TƯ", "T.Ư", "TW" are the Central Committee, in capitals only: folded, "tú", "tư" would read as it.
_CENTRAL = re.compile(r"(?<!\w)(?:TW|TƯ|T\.Ư|T\.W)(?!\w)")


def role_words(role: str | None) -> frozenset[str]:
    text = fold(_CENTRAL.sub("Trung ương", normalise(role or "")))
    for pattern, long_form in _ROLE_SHORT_FORMS:
        text = re.sub(pattern, long_form, text)
    return frozenset(w for w in re.findall(r"\w+", text) if w not in ("va", "cua"))


def same_title(found: str | None, truth: str | None) -> bool:
    clean = lambda t: re.sub(r"\s+", " ", normalise(t or "")).strip(" .") or None  # noqa: E731
    return clean(found) == clean(truth)


# Names a signature joins: by commas, "và", a spaced dash, or a hyphen from one name to the next
# ("Hữu Bình-Đức Tính", as printed, is the two authors a reader of it names).
_BETWEEN_NAMES = re.compile(rf"\s*[,;]\s*|\s+[-–]\s+|\s+và\s+|(?<=[{LOWER_LETTERS}])-(?=[{UPPER_LETTERS}])")


def same_byline(found: str | None, truth: str | None) -> bool:
    names = lambda t: sorted(normalise(n).casefold() for n in _BETWEEN_NAMES.split(t or "") if n.strip())  # noqa: E731
    return names(found) == names(truth)


_OUTLET_NOISE = re.compile(r"\b(?:bao|dien tu|online|tap chi|trang|cong thong tin|www|vn|com|net|org|gov)\b|[^\w]")


def same_source(found: str | None, truth: str | None) -> bool:
    """The same outlet, however named: "Báo Pháp Luật TP.HCM" is the truth's "PLO" when the
    outlet prefixes of the built-in vocabulary say so (a reader may write either)."""
    if not found or not truth:
        return not found and not truth
    prefixes = load_vocabulary().outlet_prefixes
    truths = {truth, prefixes.get(truth.strip("() ").upper(), truth)}
    for candidate in truths:
        a, b = (_OUTLET_NOISE.sub("", fold(normalise(t))) for t in (found, candidate))
        if a and b and (a == b or a in b or b in a):
            return True
    return False


def _name_key(name: str) -> str:
    # A name is the same whichever apostrophe a copy printed ("H'Hen Niê", "H’Hen Niê"), as it
    # is the same with "uỷ" or "ủy": the reader's truth keeps one of the forms the text has.
    return unify_apostrophes(normalise(name))


def _as_date(value) -> dt.date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Scores:
    fields: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    names_found: int = 0
    names_true: int = 0
    names_right: int = 0
    roles: Tally = field(default_factory=Tally)

    @property
    def precision(self) -> float:
        return self.names_right / self.names_found if self.names_found else 1.0

    @property
    def recall(self) -> float:
        return self.names_right / self.names_true if self.names_true else 1.0

    def figures(self) -> dict[str, float]:
        out = {name: round(tally.share, 4) for name, tally in sorted(self.fields.items())}
        out.update(
            names_precision=round(self.precision, 4),
            names_recall=round(self.recall, 4),
            roles=round(self.roles.share, 4),
        )
        right = sum(t.right for t in self.fields.values()) + self.names_right + self.roles.right
        total = sum(t.total for t in self.fields.values()) + max(self.names_true, self.names_found) + self.roles.total
        out["all_fields"] = round(right / total, 4) if total else 1.0
        return out


def load_truth(corpus: Path) -> list[tuple[Path, dict]]:
    """Every (file, truth) of a corpus folder of folders, or of one folder with its truth.yaml."""
    entries = []
    truth_files = sorted(corpus.glob("*/truth.yaml")) or sorted(corpus.glob("truth.yaml"))
    if not truth_files:
        raise SystemExit(f"{corpus}: no truth.yaml in it or in its folders; give the corpus folder or one of its folders")
    for truth_file in truth_files:
        for entry in yaml.safe_load(truth_file.read_text(encoding="utf-8")) or []:
            entries.append((truth_file.parent / entry["file"], entry))
    return entries


# A class or id value, quoted or not ("class=Normal", as Word writes it).
_CLASS_OR_ID = re.compile(r"""(\s(?:class|id)\s*=\s*)(?:(["'])(.*?)\2|([^\s"'>]+))""", re.IGNORECASE | re.DOTALL)


def with_unknown_classes(page: str) -> str:
    """The page with each class and id value replaced by a token that says nothing."""
    def token(value: str) -> str:
        return " ".join("k" + hashlib.md5(part.encode()).hexdigest()[:6] for part in value.split())

    def replaced(match: re.Match) -> str:
        if match.group(2):
            return match.group(1) + match.group(2) + token(match.group(3)) + match.group(2)
        return match.group(1) + token(match.group(4))
    return _CLASS_OR_ID.sub(replaced, page)


def score(corpus: Path, unknown_classes: bool = False) -> tuple[Scores, dict[str, Scores], list[str]]:
    overall, by_outlet, misses = Scores(), defaultdict(Scores), []
    with tempfile.TemporaryDirectory(prefix="reading-") as scratch:
        for path, truth in load_truth(corpus):
            rel = path.relative_to(corpus)
            if unknown_classes:
                if path.suffix.lower() not in (".html", ".htm"):
                    continue
                page = path.read_bytes().decode("utf-8", errors="surrogateescape")
                path = Path(scratch) / rel  # (its name kept: the reader looks at it)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(with_unknown_classes(page).encode("utf-8", errors="surrogateescape"))
            _score_path(path, truth, rel.as_posix(), overall, by_outlet, misses)
    return overall, dict(sorted(by_outlet.items())), misses


def _score_path(path: Path, truth: dict, rel: str, overall: Scores, by_outlet: dict, misses: list[str]) -> None:
    try:
        article = read_raw_article(path)
    except BiennienError as exc:
        misses.append(f"{rel}: error: {exc}")
        article = None
    for scores in (overall, by_outlet[truth.get("outlet") or "?"]):
        _score_one(scores, article, truth, rel, misses if scores is overall else None)


def _score_one(scores: Scores, article, truth: dict, rel: str, misses: list[str] | None) -> None:
    def miss(kind: str, message: str) -> None:
        if misses is not None:
            misses.append(f"{rel}: {kind}: {message}")

    found = {
        "date": article.date if article else None,
        "page_date": article.page_date if article else None,
        "title": (None if article.title_derived else article.title) if article else None,
        "kicker": article.kicker if article else None,
        "byline": article.byline if article else None,
        "source": article.source if article else None,
    }
    checks = {
        "date": lambda f, t: f == _as_date(t),
        "page_date": lambda f, t: f == _as_date(t),
        "title": same_title,
        "kicker": same_title,
        "byline": same_byline,
        "source": same_source,
    }
    for name in FIELDS:
        ok = article is not None and checks[name](found[name], truth.get(name))
        scores.fields[name].add(ok)
        if not ok:
            miss(name, f"got {found[name]!r}, truth {truth.get(name)!r}")

    true_people = {_name_key(p["name"]): p.get("role") or "" for p in truth.get("participants") or []}
    got_people = {_name_key(p.name): p.role for p in (article.participants if article else [])}
    scores.names_true += len(true_people)
    scores.names_found += len(got_people)
    for name, role in true_people.items():
        if name not in got_people:
            miss("people", f"missed {name} ({role})")
            continue
        scores.names_right += 1
        ok = role_words(got_people[name]) == role_words(role)
        scores.roles.add(ok)
        if not ok:
            miss("role", f"{name}: got {got_people[name]!r}, truth {role!r}")
    for name, role in got_people.items():
        if name not in true_people:
            miss("people", f"wrong {name} ({role})")


def _table(rows: list[tuple[str, dict[str, float], int]], columns: list[str]) -> str:
    head = f"{'':28}" + "".join(f"{c[:9]:>10}" for c in columns) + f"{'n':>5}"
    lines = [head]
    for label, figures, n in rows:
        lines.append(f"{label[:28]:28}" + "".join(f"{figures.get(c, 0) * 100:9.1f}%" for c in columns) + f"{n:>5}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    parser.add_argument("--misses", default="all", help="which misses to list: all, none, or one of date, title, people, role …")
    parser.add_argument("--unknown-classes", action="store_true",
                        help="the HTML pages only, each with its class and id values made meaningless")
    args = parser.parse_args(argv)

    overall, by_outlet, misses = score(args.corpus, args.unknown_classes)
    if args.json:
        print(json.dumps({"overall": overall.figures(), "outlets": {k: v.figures() for k, v in by_outlet.items()}}, ensure_ascii=False, indent=1))
        return 0
    articles = overall.fields["date"].total
    print(f"Reading corpus: {articles} articles, {len(by_outlet)} outlets, {overall.names_true} people named with a role\n")
    rows = [("ALL", overall.figures(), articles)] + [(k, v.figures(), v.fields["date"].total) for k, v in by_outlet.items()]
    print(_table(rows, COLUMNS))
    if args.misses != "none":
        shown = [m for m in misses if args.misses == "all" or f": {args.misses}:" in m]
        print(f"\nMisses ({len(shown)}):")
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
