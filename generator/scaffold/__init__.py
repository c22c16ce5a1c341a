"""`biennien init FOLDER`: a new archive that works at once, its files copied from this
package (site.yaml with every setting explained, an empty people.yaml, the content
folders with a README each, a README of next steps, a GitHub Pages workflow)."""

from __future__ import annotations

from pathlib import Path

from ..errors import BiennienError

_HERE = Path(__file__).resolve().parent
# What each packaged file becomes in the new project.
FILES = {
    "site.yaml": "site.yaml",
    "people.yaml": "people.yaml",
    "project-README.md": "README.md",
    "sources-README.md": "content/sources/README.md",
    "articles-README.md": "content/articles/README.md",
    "gitignore.txt": ".gitignore",
    "deploy-pages.yml": ".github/workflows/deploy-pages.yml",
}


def create_project(folder: Path) -> list[Path]:
    """Write the new project's files into folder (new or empty); the paths written."""
    if folder.exists() and not folder.is_dir():
        raise BiennienError(f"{folder}: is a file; give a new or empty folder")
    if folder.is_dir() and any(folder.iterdir()):
        raise BiennienError(f"{folder}: is not empty; give a new or empty folder, so nothing there is overwritten")
    written = []
    for packaged, target in FILES.items():
        path = folder / target
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text((_HERE / packaged).read_text(encoding="utf-8"), encoding="utf-8")
        written.append(path)
    return written
