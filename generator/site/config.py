"""site.yaml: the site's settings, each with a default, validated with every problem
reported at once (file, line, key).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from pathlib import Path

import yaml

from ..errors import ConfigError
from ..settings_file import compose


@dataclass(frozen=True)
class SiteConfig:
    title: str = "Biên niên"
    """The site's name, in the header of every page and in the feed."""
    description: str = "Dòng thời gian các sự kiện, theo tin tức địa phương."
    """One sentence under the title and in the pages' meta description."""
    language: str = "vi"
    """The pages' lang attribute."""
    base_url: str | None = None
    """The absolute URL the site is served at ('https://example.org/archive/'); the feed
    and sitemap need it and are skipped without it."""
    items_per_page: int = 200
    """The most events on the home page; beyond it, older years are on their own pages."""
    feed_items: int = 20
    """How many of the newest events the Atom feed carries."""
    author: str | None = None
    """Who publishes the site, for the feed."""


_URL = re.compile(r"^https?://[^\s/]+(/[^\s]*)?$")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _whole_characters(text: str) -> str | None:
    """text with each escaped UTF-16 pair ('\\ud83c\\uddfb', as JSON writes a character
    beyond U+FFFF) joined into its character; None when half a pair is left, which no
    page can hold. (libyaml refuses such escapes in articles; PyYAML reads them.)"""
    if not _SURROGATE.search(text):
        return text
    try:
        return text.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeDecodeError:
        return None


def with_base_url(config: SiteConfig, base_url: str) -> SiteConfig:
    """The settings with base_url replaced (`build --base-url`, for a staging copy)."""
    if not _URL.match(base_url):
        raise ConfigError(f"--base-url: {base_url!r} is not an absolute http(s) URL such as 'https://example.org/archive/'")
    return replace(config, base_url=base_url if base_url.endswith("/") else base_url + "/")


def load_config(path: Path) -> SiteConfig:
    """The settings in path, or the defaults when there is no such file."""
    if not path.exists():
        return SiteConfig()
    root = compose(path)
    if root is None:
        return SiteConfig()
    if not isinstance(root, yaml.MappingNode):
        raise ConfigError(f"{path}:1: site.yaml must be a mapping of 'key: value' lines")
    known = {f.name: f for f in fields(SiteConfig)}
    loader = yaml.SafeLoader("")
    values, problems = {}, []
    for key_node, value_node in root.value:
        line = key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode) or not str(key_node.value).isprintable():
            problems.append(f"{path}:{line}: a setting's name must be one word such as 'title'")
            continue
        key = str(key_node.value)
        try:
            value = loader.construct_object(value_node, deep=True)
        except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
            reason = getattr(exc, "problem", None) or exc.__class__.__name__
            problems.append(f"{path}:{line}: {key}: cannot be read ({reason}); write a plain value, without a '!!' tag")
            continue
        if isinstance(value, str):
            value = _whole_characters(value)
            if value is None:
                problems.append(f"{path}:{line}: {key}: holds half of an escaped UTF-16 pair ('\\ud800'); write the character itself")
                continue
        if key in values or any(p.startswith(f"{path}:") and f": {key}: " in p for p in problems):
            problems.append(f"{path}:{line}: {key}: given twice")
        elif key not in known:
            problems.append(f"{path}:{line}: {key}: unknown setting; the settings are: {', '.join(known)}")
        elif key in ("items_per_page", "feed_items"):
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                problems.append(f"{path}:{line}: {key}: must be a whole number of at least 1")
            else:
                values[key] = value
        elif key == "base_url":
            if value in (None, ""):
                values[key] = None
            elif not isinstance(value, str) or not _URL.match(value):
                shown = repr(value) if isinstance(value, str) and len(value) <= 60 else "this value"
                problems.append(f"{path}:{line}: base_url: {shown} is not an absolute http(s) URL such as 'https://example.org/archive/'")
            else:
                values[key] = value if value.endswith("/") else value + "/"
        elif value is not None and not isinstance(value, str):
            problems.append(f"{path}:{line}: {key}: must be text")
        elif value is not None:
            values[key] = value.strip()
    if problems:
        raise ConfigError("\n".join(problems))
    return SiteConfig(**values)
