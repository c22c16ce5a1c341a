"""The words ingest reads people, roles and outlets by: family names, role heads,
organisation words, places, outlet prefixes. They are data (data/vocabulary.yaml), and a
project adds its own in a vocabulary.yaml of the same keys, without touching the code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import BiennienError
from ..settings_file import compose
from ..vietnamese import normalise

BUILT_IN = Path(__file__).with_name("data") / "vocabulary.yaml"
PROJECT_FILE = "vocabulary.yaml"
_LIST_KEYS = (
    "family_names", "not_name_starts", "places", "role_heads", "role_prefixes", "ranks",
    "admin_units", "organisation_words", "word_pairs", "role_qualifiers", "role_enders",
    "people_named_like_places", "foreign_body_words", "provinces",
)
_MAP_KEYS = ("outlet_prefixes",)
_BUILT_IN_ONLY = frozenset({"provinces"})
# Keys matched in lower case (the rest keep their capitals).
_LOWER_KEYS = frozenset({
    "role_heads", "role_prefixes", "ranks", "admin_units", "organisation_words", "word_pairs", "role_qualifiers", "role_enders",
})


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: caches key on it
class Vocabulary:
    family_names: frozenset[str]
    """A capitalised run starting with one of these can be a name with no 'ông' before it."""
    not_name_starts: frozenset[str]
    """Capitalised words that open a body's or a place's name, never a person's."""
    places: frozenset[str]
    """Places a role may end with, whose first word may also be a family name."""
    role_heads: tuple[tuple[str, ...], ...]
    """How a role opens, lower case, longest first."""
    role_prefixes: frozenset[str]
    """Words before a role head: 'phó', 'nguyên', 'quyền'."""
    ranks: frozenset[tuple[str, ...]]
    """Military and police ranks, a role segment of their own."""
    admin_units: frozenset[str]
    organisation_words: frozenset[str]
    word_pairs: frozenset[tuple[str, str]]
    role_qualifiers: tuple[tuple[str, ...], ...]
    """Lower-case words a role may hold after its head: 'dự khuyết', 'thường trực'."""
    role_enders: frozenset[str]
    """Lower-case words that end a role (verbs, prepositions): never bridged."""
    outlet_prefixes: dict[str, str]
    people_named_like_places: frozenset[str] = frozenset()
    """Names that are also places ('Hồ Chí Minh'): a person's only right after a role head."""
    foreign_body_words: frozenset[str] = frozenset()
    """Capitalised words that make a foreign run a firm's or a place's name ('Rystad Energy')."""
    provinces: frozenset[str] = frozenset()
    """Provinces and cities a party paper is named after: "Báo <province>" is an outlet."""
    heads_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    """Role heads by their first word: one dictionary look-up per word of text."""


def _build(lists: dict[str, list[str]], outlets: dict[str, str]) -> Vocabulary:
    heads = sorted({tuple(h.split()) for h in lists["role_heads"] + lists["ranks"]}, key=lambda h: (-len(h), h))
    by_first: dict[str, tuple[tuple[str, ...], ...]] = {}
    for head in heads:
        by_first[head[0]] = by_first.get(head[0], ()) + (head,)
    prefixes = set()
    for prefix in lists["role_prefixes"]:
        prefixes.update(prefix.split())
    return Vocabulary(
        family_names=frozenset(lists["family_names"]),
        not_name_starts=frozenset(lists["not_name_starts"]),
        places=frozenset(lists["places"]),
        role_heads=tuple(heads),
        role_prefixes=frozenset(prefixes),
        ranks=frozenset(tuple(r.split()) for r in lists["ranks"]),
        admin_units=frozenset(w for unit in lists["admin_units"] for w in unit.split()),
        organisation_words=frozenset(lists["organisation_words"]),
        word_pairs=frozenset(tuple(p.split()[:2]) for p in lists["word_pairs"] if len(p.split()) >= 2),
        role_qualifiers=tuple(sorted({tuple(q.split()) for q in lists["role_qualifiers"]}, key=len, reverse=True)),
        role_enders=frozenset(lists["role_enders"]),
        outlet_prefixes={k.upper(): v for k, v in outlets.items()},
        people_named_like_places=frozenset(lists["people_named_like_places"]),
        foreign_body_words=frozenset(lists["foreign_body_words"]),
        provinces=frozenset(lists["provinces"]),
        heads_by_first=by_first,
    )


def _read(path: Path, loader: type = yaml.SafeLoader, built_in: bool = False) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The lists and outlet map of one vocabulary file; every problem as file:line. (The
    provinces are the package's alone: outlet names are read from its list only, so a
    project's would change nothing; its key is an unknown one there.)"""
    known = _LIST_KEYS if built_in else tuple(key for key in _LIST_KEYS if key not in _BUILT_IN_ONLY)
    root = compose(path, loader)
    lists: dict[str, list[str]] = {key: [] for key in _LIST_KEYS}
    outlets: dict[str, str] = {}
    if root is None:
        return lists, outlets
    if not isinstance(root, yaml.MappingNode):
        raise BiennienError(f"{path}:1: must be a mapping of 'key: [words …]' lines")
    for key_node, value_node in root.value:
        key, line = str(key_node.value), key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode) or not key.isprintable():
            raise BiennienError(f"{path}:{line}: a key must be one word such as family_names")
        if key in known:
            if not isinstance(value_node, yaml.SequenceNode) or not all(
                isinstance(item, yaml.ScalarNode) and str(item.value).strip() for item in value_node.value
            ):
                raise BiennienError(f"{path}:{line}: {key}: must be a list of words, such as [{'Giàng, Sùng' if key == 'family_names' else '…'}]")
            words = [normalise(str(item.value)) for item in value_node.value]
            lists[key] += [w.lower() for w in words] if key in _LOWER_KEYS else words
        elif key in _MAP_KEYS:
            if not isinstance(value_node, yaml.MappingNode):
                raise BiennienError(f"{path}:{line}: {key}: must map a prefix to an outlet, such as {{LSO: Báo Lạng Sơn}}")
            for k, v in value_node.value:
                outlets[normalise(str(k.value))] = normalise(str(v.value))
        else:
            raise BiennienError(f"{path}:{line}: {key}: unknown key; the keys are: {', '.join(known + _MAP_KEYS)}")
    return lists, outlets


@functools.lru_cache(maxsize=8)
def load_vocabulary(project_file: Path | None = None) -> Vocabulary:
    """The built-in vocabulary, plus the words of a project's vocabulary.yaml."""
    # (libyaml for the package's own file: a tenth of the time, paid by every ingest)
    lists, outlets = _read(BUILT_IN, getattr(yaml, "CSafeLoader", yaml.SafeLoader), built_in=True)
    if project_file is not None:
        extra_lists, extra_outlets = _read(project_file)
        for key, words in extra_lists.items():
            lists[key] += words
        outlets.update(extra_outlets)
    return _build(lists, outlets)


def project_vocabulary(folder: Path) -> Vocabulary:
    """The vocabulary for a project run from folder: its vocabulary.yaml when there is one."""
    candidate = folder / PROJECT_FILE
    return load_vocabulary(candidate.resolve() if candidate.is_file() else None)
