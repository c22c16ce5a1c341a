"""Reading ingest's output back for assertions."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from generator.article import read_article


def ingested_by_source(out_dir: Path) -> dict[str, object]:
    """{source file name: Article} for every Markdown file under out_dir."""
    found = {}
    for path in sorted(out_dir.rglob("*.md")):
        article = read_article_lenient(path)
        found[Path(article["source_file"]).name] = article
    return found


def read_article_lenient(path: Path) -> dict:
    """The front matter as a dict (dates as ISO text), plus the body and captions."""
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    data = yaml.safe_load(front)
    for key in ("date", "page_date"):
        if data.get(key) is not None:
            data[key] = str(data[key])
    data["body"] = body
    data["captions"] = [
        re.sub(r"\s+", " ", c).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").strip()
        for c in re.findall(r"<figcaption>(.*?)</figcaption>", body, re.DOTALL)
    ]
    data["path"] = path
    return data


__all__ = ["ingested_by_source", "read_article_lenient", "read_article"]
