"""How many SMS segments a text needs (GSM 03.38 default alphabet, else UCS-2)."""

from __future__ import annotations

GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = set("^{}\\[~]|€")  # each costs two septets
# every character GSM-7 can send (an SMS is measured again for each wording tried: the
# test runs in C, not a Python step per character)
_GSM7_ALL = frozenset(GSM7 | GSM7_EXTENDED)


def encoding(text: str) -> str:
    return "GSM-7" if _GSM7_ALL.issuperset(text) else "UCS-2"


def units(text: str) -> int:
    """Septets for GSM-7, UTF-16 code units for UCS-2."""
    return _units(text, encoding(text))


def _units(text: str, code: str) -> int:
    if code == "GSM-7":
        return len(text) + sum(text.count(ch) for ch in GSM7_EXTENDED)
    return len(text.encode("utf-16-le")) // 2


def segments(text: str) -> int:
    """One segment holds 160 GSM-7 / 70 UCS-2; longer texts are split into 153 / 67."""
    code = encoding(text)
    size = _units(text, code)
    single, multi = (160, 153) if code == "GSM-7" else (70, 67)
    if size <= single:
        return 1
    return -(-size // multi)


def limit(text: str) -> int:
    return 160 if encoding(text) == "GSM-7" else 70
