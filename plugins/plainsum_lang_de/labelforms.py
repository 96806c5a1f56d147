"""German: an outcome label says what the people were ("von einer Blutung betroffen",
"gestorben", "nicht stärker beeinträchtigt als vor der Transplantation"): a participle or
adjective that stands alone, not before a noun. A label whose every lower-case content
word stands before a noun ("blutungsbedingte Krankenhausaufenthalte") and that has no
negation is a noun phrase ("Krankenhausaufenthalte", "Klinik- oder Arztbesuche")."""

from plainsum.labelform import forms

# function words that say nothing about the label's form
_FUNCTION = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen",
    "eines", "und", "oder", "sowie", "wegen", "mit", "von", "vom", "vor", "nach", "bei",
    "beim", "in", "im", "am", "an", "auf", "aus", "für", "zu", "zur", "zum", "durch", "über",
    "unter", "ohne", "als", "wie", "jeder", "jede", "jedes", "aller", "alle", "ihre", "ihrer",
    "ihren", "ihrem", "seine", "seiner", "innerhalb", "während", "bis", "pro", "je"})


def _noun_phrase(words: list[str]) -> bool:
    for i, word in enumerate(words):
        lower = word.lower()
        if lower in ("nicht", "kein", "keine", "nie"):
            return False
        if word[:1].isupper() or lower in _FUNCTION:
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        if not following[:1].isupper():  # a participle or adjective on its own
            return False
    return True


FORMS = forms(determiners=(), verbal=(), test=_noun_phrase)
