"""Reading the project's YAML settings files (site.yaml, people.yaml, vocabulary.yaml):
the YAML node tree of one, or one error line naming the file (and line) and the fix."""

from __future__ import annotations

from pathlib import Path

import yaml

from .errors import ConfigError


def compose(path: Path) -> yaml.Node | None:
    """The file's YAML as nodes (which keep each value's line), or None when it is empty."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = "not UTF-8; save it as UTF-8" if isinstance(exc, UnicodeDecodeError) else (exc.strerror or str(exc))
        raise ConfigError(f"{path}: cannot be read: {reason}") from None
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(f"{path}:{mark.line + 1 if mark else 1}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
