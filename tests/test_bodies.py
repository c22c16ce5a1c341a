"""Bodies packed into blocks read back whole, and go into the load cache as the bytes they
hold (bodies.py)."""

from __future__ import annotations

import pickle
import zlib

from generator.site import bodies


def compressed(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 1)


def test_packed_bodies_read_back_whole_across_blocks(monkeypatch):
    monkeypatch.setattr(bodies, "_BLOCK", 64 << 10)  # (small blocks, from a new one: the bodies fill several)
    monkeypatch.setattr(bodies, "_filling", -1)
    texts = [f"<p>Bài {n}: Ủy ban nhân dân tỉnh Lạng Sơn họp phiên thứ {n}.</p>" * (n % 7 + 1) for n in range(3000)]
    # One body larger than a block, among them.
    texts.insert(1500, "<p>" + "".join(f"đoạn {n * 7919 % 100003} " for n in range(100_000)) + "</p>")
    assert len(compressed(texts[1500])) > bodies._BLOCK
    blocks_before = len(bodies._blocks)
    packed = [bodies.pack(compressed(text)) for text in texts]
    assert all(isinstance(body, bodies.Body) for body in packed)
    assert len(bodies._blocks) - blocks_before > 3
    assert [bodies.html_of(body) for body in packed] == texts
    assert bodies.pack(b"") == b"" and bodies.html_of(b"") == ""
    assert bodies.pack(packed[0]) is packed[0]


def test_a_packed_body_pickles_as_its_bytes():
    data = compressed("<p>Sáng 5/1, Hội nghị Ban Chấp hành Đảng bộ tỉnh khai mạc.</p>")
    body = bodies.pack(data)
    restored = pickle.loads(pickle.dumps(body, protocol=pickle.HIGHEST_PROTOCOL))
    assert restored == data and bytes(body) == data
    assert bodies.html_of(restored) == bodies.html_of(body)


def test_a_body_kept_whole_or_compressed_reads_back_the_same_html_packed_or_not():
    texts = ["<p>Sáng 5/1, Hội nghị Ban Chấp hành Đảng bộ tỉnh khai mạc.</p>", "",
             # (bodies nh3 leaves starting with a letter: 'x' is the byte a zlib stream starts with)
             "x<p>Ủy ban</p>", "\x00<p>a</p>", "&amp;" * 5000]
    for text in texts:
        whole, packed = bodies.encode(text, compress=False), bodies.encode(text, compress=True)
        plain = bodies.encode(text, compress=False, plain=True)
        assert whole[:1] == b"\0" and plain[:1] == b"\1" and whole != packed
        assert packed == compressed(text)  # (the compressed form is what the load cache always held)
        for data in (whole, plain, packed):
            assert bodies.decode(data) == text
            assert bodies.html_of(data) == text
            assert bodies.html_of(bodies.pack(data)) == text
            assert bodies.decode(bytearray(data)) == text and bodies.decode(memoryview(data)) == text
    assert bodies.decode(b"") == ""
