"""people.yaml: one person, many spellings. Each key is a person's name as the site shows
it; its list holds the other ways articles write them. The build reads every article's
participants through it, so a person has one page, one role history and one search entry.

    Trần Sỹ Thanh:
      - Trần Sĩ Thanh
      - Trần Thanh
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..article import Participant
from ..errors import ConfigError
from ..settings_file import compose
from ..vietnamese import normalise

FILE = "people.yaml"


@dataclass(frozen=True)
class Aliases:
    canonical: dict[str, str] = field(default_factory=dict)
    """Each other spelling to the name the site shows."""
    spellings: dict[str, list[str]] = field(default_factory=dict)
    """Each shown name to its other spellings, in the file's order."""

    def name(self, written: str) -> str:
        return self.canonical.get(written, written)

    def rename(self, participants: list[Participant]) -> list[Participant]:
        """Each participant under the name the site shows, once (the first mention's role)."""
        if not self.canonical:
            return participants
        renamed: dict[str, Participant] = {}
        for participant in participants:
            name = self.name(participant.name)
            if name not in renamed:
                renamed[name] = participant if name == participant.name else Participant(name, participant.role)
        return list(renamed.values())


def load_aliases(path: Path) -> Aliases:
    """The aliases in path (none without the file); every problem one line, file:line."""
    if not path.exists():
        return Aliases()
    root = compose(path)
    if root is None:
        return Aliases()
    if not isinstance(root, yaml.MappingNode):
        raise ConfigError(f"{path}:1: people.yaml must map a person's name to a list of other spellings")
    canonical: dict[str, str] = {}
    spellings: dict[str, list[str]] = {}
    key_line: dict[str, int] = {}
    alias_line: dict[str, int] = {}
    problems: list[str] = []
    for key_node, value_node in root.value:
        line = key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode) or not str(key_node.value).strip():
            problems.append(f"{path}:{line}: a person's name must be text")
            continue
        name = normalise(str(key_node.value))
        if not isinstance(value_node, yaml.SequenceNode) or not all(
            isinstance(item, yaml.ScalarNode) and str(item.value).strip() for item in value_node.value
        ):
            problems.append(f"{path}:{line}: {name}: must be a list of other spellings, such as [{name} …]")
            continue
        if name in spellings:
            problems.append(f"{path}:{line}: {name}: given twice (first on line {key_line[name]})")
            continue
        spellings[name], key_line[name] = [], line
        for item in value_node.value:
            alias, item_line = normalise(str(item.value)), item.start_mark.line + 1
            if alias == name:
                continue
            if alias in canonical and canonical[alias] != name:
                problems.append(f"{path}:{item_line}: {alias}: given to two people, {canonical[alias]} (line {alias_line[alias]}) and {name}")
                continue
            canonical[alias], alias_line[alias] = name, item_line
            spellings[name].append(alias)
    for alias, name in canonical.items():
        if alias in spellings:
            problems.append(
                f"{path}:{alias_line[alias]}: {alias}: is a person of its own (line {key_line[alias]}) and a spelling of {name}; keep one"
            )
    if problems:
        raise ConfigError("\n".join(problems))
    return Aliases(canonical, spellings)
