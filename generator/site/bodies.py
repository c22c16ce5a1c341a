"""Where a build keeps the articles' bodies (sanitised HTML, zlib-compressed, or in a smaller
archive kept as UTF-8 behind a marker byte: see encode): packed into a few large blocks, each
body a small reference into them.

A bytes object per body would do, but the render workers share the archive with the
parent by fork, and reading a Python object writes its reference count: each body a worker
read got its memory page copied into the worker (about 1.8 kB a body, every body a search
piece covers). Read from a block, a body is a slice: only the block's own header is
written. The load cache writes the bodies after its entries and reads them back as one
block (cache.py).
"""

from __future__ import annotations

import zlib

_BLOCK = 8 << 20

_blocks: list[bytearray] = []
"""The blocks of this process (inherited by its workers), never freed: a body is small,
and a process builds a site or serves one."""
_filling = -1
"""The block pack fills (-1 before the first body)."""
_filled = 0


# A body kept uncompressed starts with one of these bytes, which no zlib stream starts with
# (its first byte names the method, deflate: 0x?8). _PLAIN: HTML of plain blocks (see
# render.body_html), whose text holds no whitespace but spaces and line breaks.
_RAW = 0
_PLAIN = 1


def encode(html: str, compress: bool, plain: bool = False) -> bytes:
    """A body's bytes: zlib-compressed, or (compress False) UTF-8 behind the marker byte.
    Compressing a body and unpacking it again for its page and its search entry took an
    eighth of a clean build's CPU at 10,000 articles; up to RAW_BODIES_UP_TO articles the
    build keeps them whole instead (about 2.3 times the memory: 42 MB against 18 at 10,000).
    plain: the HTML is of plain blocks (marked so: see plain_utf8)."""
    if compress:
        return zlib.compress(html.encode("utf-8"), 1)
    return (b"\1" if plain else b"\0") + html.encode("utf-8")


RAW_BODIES_UP_TO = 30_000
"""Archives of up to this many articles keep their bodies uncompressed (see encode)."""


def decode(data) -> str:
    """The HTML of a body's bytes (bytes, bytearray or a memoryview), either form."""
    if not data:
        return ""
    if data[0] <= _PLAIN:
        return str(memoryview(data)[1:], "utf-8")
    return zlib.decompress(data).decode("utf-8")


def plain_utf8(body) -> bytes | None:
    """The UTF-8 of a body kept uncompressed and marked plain (encode), or None: a search
    entry splits its text into words without making it a str first."""
    if isinstance(body, Body):
        if body._stop > body._start and _blocks[body._block][body._start] == _PLAIN:
            return _blocks[body._block][body._start + 1:body._stop]
        return None
    return bytes(body[1:]) if body and body[0] == _PLAIN else None


class Body:
    """One body, packed. Pickled as the bytes it holds (the load cache's entries name it by
    its place instead)."""

    __slots__ = ("_block", "_start", "_stop")

    def __init__(self, block: int, start: int, stop: int):
        self._block, self._start, self._stop = block, start, stop

    def html(self) -> str:
        return decode(memoryview(_blocks[self._block])[self._start:self._stop])

    def __len__(self) -> int:
        return self._stop - self._start

    def __bytes__(self) -> bytes:
        return bytes(_blocks[self._block][self._start:self._stop])

    def __reduce__(self):
        return bytes, (bytes(self),)


def pack(data: bytes | Body) -> Body | bytes:
    """The body as a reference into the blocks (an empty one stays empty)."""
    global _filling, _filled
    if not data or isinstance(data, Body):
        return data
    size = len(data)
    if _filling < 0 or _filled + size > len(_blocks[_filling]):
        _blocks.append(bytearray(max(_BLOCK, size)))
        _filling, _filled = len(_blocks) - 1, 0
    start = _filled
    _blocks[_filling][start:start + size] = data
    _filled += size
    return Body(_filling, start, start + size)


def adopt(block: bytearray) -> int:
    """Take a block of bodies read whole (the load cache's) as it is; its number."""
    _blocks.append(block)
    return len(_blocks) - 1


def html_of(body: bytes | Body) -> str:
    """The body as HTML: packed, or as bytes (an article loaded outside a build)."""
    if isinstance(body, Body):
        return body.html()
    return decode(body)
