"""Bytes to text without ever failing: releases arrive in any encoding, and a wrong guess
here is repaired later (mojibake), while an exception would lose the whole release."""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""",
                           re.IGNORECASE)


def decode(data: bytes, declared: str | None = None) -> str:
    """The text of ``data``: a BOM wins, then strict UTF-8, then the declared charset, then
    Windows-1252 (which, with Latin-1 for its five holes, decodes every byte)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    order = _utf16_order(data)
    if order is not None:
        return data.decode(order, errors="replace")
    return _cp1252_bulk(data)


def html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first few kilobytes, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _utf16_order(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark, told by where its zero bytes fall: Latin text in
    UTF-16 has a zero in the high byte of most units (the second byte of each pair in
    little-endian order, the first in big-endian), whatever its first character is."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    high_second, high_first = sample[1::2].count(0), sample[0::2].count(0)
    if max(high_second, high_first) <= len(sample) * 0.2:
        return None
    return "utf-16-le" if high_second > high_first else "utf-16-be"


def _cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: Latin-1 keeps them as C1 controls


_TABLE = "".join(_cp1252(b) for b in range(256))


def _cp1252_bulk(data: bytes) -> str:
    return data.decode("latin-1").translate({i: _TABLE[i] for i in range(128, 160)})
