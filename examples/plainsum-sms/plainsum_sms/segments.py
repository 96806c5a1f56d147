"""How many SMS segments a text needs (GSM 03.38 default alphabet, else UCS-2)."""

from __future__ import annotations

GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = set("^{}\\[~]|€")  # each costs two septets


def encoding(text: str) -> str:
    return "GSM-7" if all(ch in GSM7 or ch in GSM7_EXTENDED for ch in text) else "UCS-2"


def units(text: str) -> int:
    """Septets for GSM-7, UTF-16 code units for UCS-2."""
    if encoding(text) == "GSM-7":
        return sum(2 if ch in GSM7_EXTENDED else 1 for ch in text)
    return len(text.encode("utf-16-le")) // 2


def segments(text: str) -> int:
    """One segment holds 160 GSM-7 / 70 UCS-2; longer texts are split into 153 / 67."""
    size = units(text)
    single, multi = (160, 153) if encoding(text) == "GSM-7" else (70, 67)
    if size <= single:
        return 1
    return -(-size // multi)


def limit(text: str) -> int:
    return 160 if encoding(text) == "GSM-7" else 70
