"""Numbers that only number or address the text itself, and so are no figures of a study.

A message's place in a series ("SMS 2/4", "[SMS 3/5]", "Teil 2 von 3"), a footnote mark
and a reference list's numbers ("…risk.[3]", "[1] Tuuli et al."), a question's, a slide's,
a page's or an episode's number ("Frage 3", "Slide 4 of 12", "p. 3", "Episode 112"), the
items of a list run into a sentence ("(1) …, (2) …"), an outline's section numbers ("3.2
Research update"), a subtitle's cue number and time codes, a journal citation's volume
and pages ("2016;374:647-55") and a telephone number ("call 112", "Tel. 0800 123 456").

The decision rests on structure, never on a capital letter alone: the addressing nouns of
each language (complete per language, below), the arithmetic of a series (k ≤ n in "k/n"
or "k of n"), a place at a line's start or in brackets, a whole run (footnote marks 1, 2, 3
…; list items (1), (2) …; two section headings or more). A study figure beside any of these
is read as ever ("Chlorhexidine 12/40 women": no series noun, still a figure).

The text is read whole, once, after its sentences are read, since a run (the footnote
marks and the reference list) crosses sentences.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

import regex

# Nouns whose number addresses a part of the text whatever stands around it: a message of
# a series, a question or an exercise, a slide, a page, a chapter, a section, a note, a
# figure or table, an annex, a step, an episode, a lesson. Per language; all are matched
# in any text (a German clinic writes "SMS", an Italian one "slide").
STRONG: dict[str, tuple[str, ...]] = {
    "en": ("sms", "text message", "message", "tweet", "toot", "question", "exercise",
           "task", "slide", "page", "chapter", "paragraph", "footnote", "endnote",
           "note", "figure", "fig.", "table", "appendix", "annex", "box", "step", "episode",
           "lesson", "module", "reminder"),
    "de": ("sms", "info-sms", "nachricht", "frage", "aufgabe", "übung", "prüfungsfrage",
           "folie", "seite", "s.", "kapitel", "abschnitt", "absatz", "fußnote", "anmerkung",
           "abbildung", "abb.", "tabelle", "tab.", "anhang", "kasten", "schritt", "episode",
           "lektion", "modul", "tweet", "beitrag", "erinnerung"),
    "es": ("sms", "mensaje", "pregunta", "ejercicio", "diapositiva", "página", "pág.",
           "capítulo", "sección", "apartado", "párrafo", "nota", "figura", "fig.", "tabla",
           "anexo", "recuadro", "paso", "episodio", "lección", "módulo", "tuit", "tweet",
           "publicación", "recordatorio"),
    "fr": ("sms", "message", "question", "exercice", "diapositive", "diapo", "page",
           "chapitre", "paragraphe", "note", "figure", "fig.", "tableau",
           "annexe", "encadré", "étape", "épisode", "leçon", "module", "tweet",
           "publication", "rappel"),
    "it": ("sms", "messaggio", "domanda", "quesito", "esercizio", "diapositiva", "slide",
           "pagina", "pag.", "capitolo", "sezione", "paragrafo", "nota", "figura", "fig.",
           "tabella", "allegato", "riquadro", "passo", "passaggio", "episodio", "puntata",
           "lezione", "modulo", "tweet", "promemoria"),
    "pt": ("sms", "mensagem", "pergunta", "questão", "exercício", "diapositivo",
           "diapositiva", "slide", "página", "pág.", "capítulo", "secção", "seção",
           "parágrafo", "nota", "figura", "fig.", "tabela", "quadro", "anexo", "caixa",
           "passo", "etapa", "episódio", "lição", "módulo", "tweet", "publicação",
           "lembrete"),
}
# Nouns that address the text only in a heading's or a series' place (a line's start, in
# brackets, before a colon or the line's end, or "k of n"): "Teil 2:", "Parte 2 de 3",
# "Punkt 4", "Update 3 –", "Nr. 5"; mid-sentence they are common words ("in der Folge 12
# Patienten", "una parte 12 pacientes").
WEAK: dict[str, tuple[str, ...]] = {
    "en": ("part", "text", "section", "item", "point", "number", "no.", "nr.", "update",
           "entry", "thread", "card", "unit", "agenda item", "talk"),
    "de": ("teil", "punkt", "tagesordnungspunkt", "nr.", "nummer", "folge", "update",
           "eintrag", "karte", "einheit", "vortrag"),
    "es": ("parte", "punto", "número", "núm.", "nº", "n.º", "entrega", "actualización",
           "tema", "bloque", "unidad", "ponencia"),
    "fr": ("partie", "section", "point", "numéro", "n°", "volet", "mise à jour", "fiche",
           "thème", "unité", "exposé"),
    "it": ("parte", "punto", "numero", "n.", "nº", "aggiornamento", "scheda", "tema",
           "unità"),
    "pt": ("parte", "ponto", "número", "n.º", "nº", "atualização", "ficha", "tema",
           "unidade", "bloco"),
}
# the word between a series' place and its length: "2 of 4", "2 von 4", "2 de 4", "2 sur
# 4", "2 di 4", "2 su 4"
_OF = ("of", "von", "de", "sur", "di", "su")
# A telephone number's leads: the nouns for a telephone number, an extension, an
# emergency line, and the verbs that dial one (imperative and infinitive; "called 114
# patients" is no lead).
PHONE: dict[str, tuple[str, ...]] = {
    "en": ("tel", "tel.", "telephone", "phone", "phone number", "hotline", "helpline",
           "fax", "ext", "ext.", "extension", "emergency number", "call", "dial"),
    "de": ("tel", "tel.", "telefon", "telefonnummer", "tel.-nr.", "rufnummer", "hotline",
           "fax", "durchwahl", "notruf", "notrufnummer", "wählen sie", "rufen sie",
           "anrufen unter"),
    "es": ("tel", "tel.", "tfno.", "teléfono", "número de teléfono",
           "número de emergencia", "número de emergencias", "fax", "extensión", "ext.",
           "llame", "llamar", "marque", "marcar"),
    "fr": ("tél", "tél.", "tel.", "téléphone", "numéro de téléphone", "numéro d'urgence", "fax",
           "poste", "appelez", "appeler", "composez", "composer", "faites le"),
    "it": ("tel", "tel.", "telefono", "numero di telefono", "numero verde",
           "numero di emergenza", "fax", "interno", "chiami", "chiamare", "chiamate",
           "componga", "comporre", "componi"),
    "pt": ("tel", "tel.", "telefone", "número de telefone", "número de emergência",
           "fax", "extensão", "ramal", "ligue", "ligar", "marque", "marcar"),
}
_NOT_DIGIT_AFTER = r"(?![\p{N}/]|[.,][0-9]|[ \t\u00a0]*[%‰])"


def _alternatives(words: Iterable[str]) -> str:
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        body = regex.escape(w).replace(r"\ ", r"[ \t\u00a0]+")
        out.append(body + (r"(?!\p{L})" if w[-1].isalpha() else ""))
    return "|".join(out)


_STRONG = _alternatives(w for ws in STRONG.values() for w in ws)
_WEAK = _alternatives(w for ws in WEAK.values() for w in ws)
# a line's start, with any list or quote mark, emphasis or opening bracket before it
_LEAD = r"(?:^|[\[(|:–—])[ \t\u00a0]*(?:[-*•>#]+[ \t\u00a0]+)?(?:\*\*|__)?"
# a message's place in a series: "SMS 2/4", "Info-SMS 1/4", "[SMS 3/5]", "Slide 4 of 12",
# "Messaggio informativo 2/5" (one lower-case word may follow a strong noun); after a
# weak noun only in a heading's place ("Teil 2 von 3", "Parte 2 de 3:")
_SERIES = regex.compile(
    rf"(?im)(?:(?<![\p{{L}}\p{{N}}])(?:\p{{L}}+[-‐])?(?:{_STRONG})(?:[ \t\u00a0]+\p{{Ll}}{{3,15}})?"
    rf"|(?<={_LEAD})(?:\p{{L}}+[-‐])?(?:{_WEAK}))[ \t\u00a0]*"
    rf"(?:n[.º°][ \t\u00a0]*)?([0-9]{{1,2}})(?:[ \t\u00a0]*/[ \t\u00a0]*|[ \t\u00a0]+"
    rf"(?:{'|'.join(_OF)})[ \t\u00a0]+)([0-9]{{1,2}}){_NOT_DIGIT_AFTER}")
# a strong noun's number: "Frage 3", "Pregunta 12.", "Slide 4", "p. 3" (below), "Section
# 3.2", "Episode 112"; "n.º 7" after it too
_STRONG_NUMBER = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}])(?:\p{{L}}+[-‐])?(?:{_STRONG})[ \t\u00a0]*"
    rf"(?:n[.º°o][ \t\u00a0]*)?([0-9]{{1,4}}(?:\.[0-9]{{1,2}}){{0,3}}){_NOT_DIGIT_AFTER}")
# a page in abbreviation, whole pages only: "p. 3", "pp. 3–5", "S. 12"
_PAGE = regex.compile(r"(?<![\p{L}\p{N}])(?:pp?|S|pág|pag)\.[ \t\u00a0]*([0-9]{1,4})"
                      r"(?:[–-]([0-9]{1,4}))?(?![\p{N}]|[.,][0-9]|[ \t\u00a0]*[%‰])")
# a weak noun's number in a heading's place: at a line's start or in brackets, or
# before a colon, a closing bracket, a dash or the line's end
_WEAK_NUMBER = regex.compile(
    rf"(?im)(?:(?<={_LEAD})(?:\p{{L}}+[-‐])?(?:{_WEAK})[ \t\u00a0]*([0-9]{{1,3}})"
    rf"{_NOT_DIGIT_AFTER}|(?<![\p{{L}}\p{{N}}])(?:\p{{L}}+[-‐])?(?:{_WEAK})[ \t\u00a0]*"
    rf"([0-9]{{1,3}})(?=[ \t\u00a0]*(?:[:)\]|–—]|-[ \t]|\*\*|$)))")
# a footnote mark or a reference list's number: digits alone in square brackets, "[2]",
# "[1, 3]", "[2–4]"
_FOOTNOTE = regex.compile(r"\[[ \t]*([0-9]{1,2}(?:[ \t]*[,–-][ \t]*[0-9]{1,2})*)[ \t]*\]")
_ATTACHED = regex.compile(r"[\p{L}.,;:!?»”\")]")
_PART = regex.compile(r"([0-9]{1,2})(?:[ \t]*[–-][ \t]*([0-9]{1,2}))?")
# an item of a list run into a sentence: "(1) no control group, (2) …", "Limiti: 1) …; 2) …"
_INLINE_ITEM = regex.compile(r"(?:(?<![\p{L}\p{N}])\(|(?<=^|[ \t\u00a0:;,]))([1-9])\)"
                             r"(?=[ \t\u00a0]+[\p{L}«\"“'])", regex.MULTILINE)
# an outline's section number at a line's start: "3.2 Research update", "## 2.1 Methods"
_HEADING = regex.compile(r"(?m)^[ \t]*(?:#+[ \t]+)?(?:\*\*|__)?([0-9]{1,2}(?:\.[0-9]{1,2}){1,3})"
                         r"\.?[ \t]+(?=\p{Lu})")
# a subtitle cue: its number on a line of its own, then the time codes; and any time code
# with seconds in brackets or before an arrow: "[00:14:32]", "00:01:12,500 --> …"
_TIMECODE = r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[,.][0-9]{1,3})?"
_CUE = regex.compile(rf"(?m)^[ \t]*([0-9]{{1,5}})[ \t]*\n[ \t]*{_TIMECODE}[ \t]*-->")
_TIMECODES = regex.compile(rf"{_TIMECODE}[ \t]*-->[ \t]*{_TIMECODE}|[\[(][ \t]*"
                           r"[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:[,.][0-9]{1,3})?[ \t]*[\])]")
# a journal citation's year, volume, issue and pages: "2016;374:647-55", "2018;110(2):
# 150-158"
_CITATION = regex.compile(r"(?<![\p{N}])(?:1[89]|20)[0-9]{2}[ \t]*;[ \t]*[0-9]{1,4}"
                          r"(?:[ \t]*\([0-9]{1,3}\))?[ \t]*:[ \t]*[0-9]{1,5}(?:[–-][0-9]{1,5})?"
                          r"(?![\p{N}])")
# a telephone number after its lead and at most three short words ("wählen Sie bitte
# sofort 112", "llame al 112", "call us on 0800 123 456"): two digits at least, in groups
_PHONE = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:{_alternatives(w for ws in PHONE.values() for w in ws)})"
    r"(?:[ \t\u00a0:]+[\p{L}'’]{1,10}){0,3}?[ \t\u00a0:]*"
    r"(\+?\(?[0-9]{2,5}\)?(?:[ \t\u00a0./-][0-9]{2,5}){0,4})"
    r"(?![\p{N}/]|[.,][0-9]|[ \t\u00a0]*[%‰])")
_HINT = regex.compile(r"[0-9]")


def addresses(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` whose digits only number or address the text."""
    if _HINT.search(text) is None:
        return []
    out: list[tuple[int, int]] = []
    for m in _SERIES.finditer(text):
        if 0 < int(m.group(1)) <= int(m.group(2)):
            out.append((m.start(1), m.end(2)))
    out += [m.span(1) for m in _STRONG_NUMBER.finditer(text)]
    out += [(m.start(1), m.end(2) if m.group(2) else m.end(1)) for m in _PAGE.finditer(text)]
    for m in _WEAK_NUMBER.finditer(text):
        out.append(m.span(1) if m.group(1) else m.span(2))
    if "[" in text:
        out += _footnotes(text)
    if ")" in text:
        out += _items(text)
    headings = [m.span(1) for m in _HEADING.finditer(text)]
    if len({text[a:b] for a, b in headings}) > 1:  # an outline, not one figure in a title
        out += headings
    if "-->" in text or ":" in text:
        out += [m.span(1) for m in _CUE.finditer(text)]
        out += [m.span() for m in _TIMECODES.finditer(text)]
    if ";" in text:
        out += [m.span() for m in _CITATION.finditer(text)]
    out += [m.span(1) for m in _PHONE.finditer(text)]
    return out


def _footnotes(text: str) -> list[tuple[int, int]]:
    """Footnote marks, when the marks of the text make a run 1, 2 … n, or a mark is set
    against the word before it ("risk.[3]"); a lone "[12]" after a space may be a figure
    an editor put in brackets."""
    marks = list(_FOOTNOTE.finditer(text))
    said: set[int] = set()
    for m in marks:
        for p in _PART.finditer(m.group(1)):
            a = int(p.group(1))
            b = int(p.group(2)) if p.group(2) else a
            said.update(range(a, b + 1) if a <= b <= a + 20 else (a, b))
    if said and said == set(range(1, max(said) + 1)):
        return [m.span(1) for m in marks]
    # set against the word or the stop before it, as footnote marks are: "risk.[3]"
    return [m.span(1) for m in marks if m.start() and _ATTACHED.match(text, m.start() - 1)]


def _items(text: str) -> list[tuple[int, int]]:
    """Items of a list run into a sentence: a run (1), (2) … from 1, in order; a lone
    "(2)" is read as ever."""
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for m in _INLINE_ITEM.finditer(text):
        k = int(m.group(1))
        if k == len(run) + 1:
            run.append(m.span(1))
            continue
        if len(run) > 1:
            out += run
        run = [m.span(1)] if k == 1 else []
    if len(run) > 1:
        out += run
    return out


def ends(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    """Every place in ``spans`` where a digit ends: where a number read there may end."""
    return frozenset(p for a, b in spans for p in range(a + 1, b + 1)
                     if text[p - 1].isdigit())


def unmark(found: Sequence[Any], spans: Sequence[tuple[int, int]]) -> list[Any]:
    """``found`` (mentions) with each one that lies in a span of ``spans`` (numbers that
    only number the text, ``addresses``) read as a marker, no figure: a series' "2 of 4"
    read as a frequency, a footnote's "[2–4]" as a range, "Folie 4/12" as a date."""
    out = []
    for m in found:
        if m.kind != "marker" and any(a <= m.start and m.end <= b for a, b in spans):
            m = dataclasses.replace(m, kind="marker")
        out.append(m)
    return out
