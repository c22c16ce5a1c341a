"""The exceptions the CLI prints as one clear line each, without a traceback."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class BiennienError(Exception):
    """Anything the user can fix; its message is the whole story."""


@dataclass(frozen=True)
class FieldProblem:
    line: int
    field: str | None
    message: str


class ArticleError(BiennienError):
    """One article's front matter problems, all of them, each with its line and field."""

    def __init__(self, path: Path, problems: list[FieldProblem]):
        self.path = path
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return [
            f"{self.path}:{p.line}: {p.field + ': ' if p.field else ''}{p.message}"
            for p in self.problems
        ]


class SourceError(BiennienError):
    """A raw article that cannot be ingested; the message names the file and the fix."""

    def __init__(self, path: Path, message: str):
        self.path = path
        super().__init__(f"{path}: {message}")


class ConfigError(BiennienError):
    """site.yaml problems, all of them."""
