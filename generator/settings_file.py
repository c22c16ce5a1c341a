"""Reading the project's YAML settings files (site.yaml, people.yaml, vocabulary.yaml):
the YAML node tree of one, or one error line naming the file (and line) and the fix."""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import ConfigError


_MAX_REPEATED = 10_000
"""Values a field's aliases may repeat: far more than any article needs, far fewer than
an alias bomb ('billion laughs') expands to."""


def alias_problem(root: yaml.Node) -> str | None:
    """Why a value's aliases make it unsafe to read, or None: counts the values it would
    expand to, each node once per place it appears, without expanding anything."""
    sizes: dict[int, int] = {}
    opened: set[int] = set()  # the nodes on the path from the root: the DFS is depth-first
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if isinstance(node, yaml.MappingNode):
            children = [child for pair in node.value for child in pair]
        else:
            children = node.value if isinstance(node, yaml.SequenceNode) else []
        if closing:
            opened.discard(id(node))
            sizes[id(node)] = 1 + sum(sizes[id(child)] for child in children)
        elif id(node) in opened:
            return "refers to itself through an alias; write the value out without '*' aliases"
        elif id(node) not in sizes:
            opened.add(id(node))
            stack.append((node, True))
            stack += [(child, False) for child in children]
    if sizes[id(root)] - len(sizes) > _MAX_REPEATED:
        return f"aliases repeat more than {_MAX_REPEATED} values; write the value out without '*' aliases"
    return None


def compose(path: Path, loader: type = yaml.SafeLoader) -> yaml.Node | None:
    """The file's YAML as nodes (which keep each value's line), or None when it is empty.
    (Python's loader for a user's file: libyaml rejects what JSON writes for an emoji,
    '\\ud83c\\uddfb'.)"""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = "not UTF-8; save it as UTF-8" if isinstance(exc, UnicodeDecodeError) else (exc.strerror or str(exc))
        raise ConfigError(f"{path}: cannot be read: {reason}") from None
    try:
        root = yaml.compose(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"{path}:{mark.line + 1 if mark else 1}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    except RecursionError:
        raise ConfigError(f"{path}:1: is nested too deeply to be settings") from None
    problem = alias_problem(root) if root is not None else None
    if problem:
        raise ConfigError(f"{path}:1: {problem}")
    return root
