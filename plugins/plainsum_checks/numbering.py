"""Numbers that only number or address the text itself, and so are no figures of a study.

A message's place in a series ("SMS 2/4", "[SMS 3/5]", "Teil 2 von 3"), a footnote mark
and a reference list's numbers ("…risk.[3]", "[1] Tuuli et al."), a question's, a slide's,
a page's or an episode's number ("Frage 3", "Slide 4 of 12", "p. 3", "Episode 112"), the
items of a list run into a sentence ("(1) …, (2) …"), an outline's section numbers ("3.2
Research update"), a subtitle's cue number and time codes, a journal citation's volume
and pages ("2016;374:647-55"), a telephone number ("call 112", "Tel. 0800 123 456") and
a telephone menu's key ("press 1.", "pulse 2.").

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
import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Any, NamedTuple

import regex

from . import logistics
from .anchors import fold

# Nouns whose number addresses a part of the text whatever stands around it: a message of
# a series, a question or an exercise, a slide, a page, a chapter, a section, a note, a
# figure or table, an annex, a step, an episode, a lesson. Per language; all are matched
# in any text (a German clinic writes "SMS", an Italian one "slide").
STRONG: dict[str, tuple[str, ...]] = {
    "en": ("sms", "text message", "message", "tweet", "toot", "question", "exercise",
           "task", "slide", "page", "chapter", "paragraph", "footnote", "endnote",
           "figure", "fig.", "table", "appendix", "annex", "box", "step", "episode",
           "lesson", "module", "reminder", "deck"),
    "de": ("sms", "info-sms", "nachricht", "frage", "aufgabe", "übung", "prüfungsfrage",
           "folie", "seite", "kapitel", "abschnitt", "absatz", "fußnote",
           "abbildung", "abb.", "tabelle", "tab.", "anhang", "kasten", "schritt", "episode",
           "lektion", "modul", "tweet", "beitrag", "erinnerung", "stapel", "ansagetext"),
    "es": ("sms", "mensaje", "pregunta", "ejercicio", "diapositiva", "página", "pág.",
           "capítulo", "sección", "apartado", "párrafo", "figura", "fig.", "tabla",
           "anexo", "recuadro", "paso", "episodio", "lección", "módulo", "tuit", "tweet",
           "publicación", "recordatorio", "mazo"),
    "fr": ("sms", "message", "question", "exercice", "diapositive", "diapo", "page",
           "chapitre", "paragraphe", "figure", "fig.", "tableau",
           "annexe", "encadré", "étape", "épisode", "leçon", "module", "tweet",
           "publication", "rappel"),
    "it": ("sms", "messaggio", "domanda", "quesito", "esercizio", "diapositiva", "slide",
           "pagina", "pag.", "capitolo", "sezione", "paragrafo", "figura", "fig.",
           "tabella", "allegato", "riquadro", "passo", "passaggio", "episodio", "puntata",
           "lezione", "modulo", "tweet", "promemoria", "mazzo"),
    "pt": ("sms", "mensagem", "pergunta", "questão", "exercício", "diapositivo",
           "diapositiva", "slide", "página", "pág.", "capítulo", "secção", "seção",
           "parágrafo", "figura", "fig.", "tabela", "quadro", "anexo", "caixa",
           "passo", "etapa", "episódio", "lição", "módulo", "tweet", "publicação",
           "lembrete", "baralho"),
}
# Nouns that address the text only in a heading's or a series' place (a line's start, in
# brackets, before a colon or the line's end, or "k of n"): "Teil 2:", "Parte 2 de 3",
# "Punkt 4", "Update 3 –", "Nr. 5", a trial's "Braccio 2:", a museum's "Gallery 3 ·";
# mid-sentence they are common words ("in der Folge 12 Patienten", "una parte 12
# pacientes", "the arm 12 patients were given").
WEAK: dict[str, tuple[str, ...]] = {
    "en": ("part", "text", "section", "note", "item", "point", "number", "no.", "nr.", "update",
           "entry", "thread", "card", "unit", "agenda item", "talk", "level", "floor", "class",
           "grade", "version", "room", "arm", "gallery"),
    "de": ("teil", "anmerkung", "punkt", "tagesordnungspunkt", "nr.", "nummer", "folge", "update",
           "eintrag", "karte", "einheit", "vortrag", "klasse", "version", "ebene", "stock",
           "etage", "raum", "zimmer", "arm", "saal"),
    "es": ("parte", "nota", "punto", "número", "núm.", "nº", "n.º", "entrega", "actualización",
           "tema", "bloque", "unidad", "ponencia", "versión", "planta", "piso", "sala", "curso",
           "clase", "brazo", "galería"),
    "fr": ("partie", "section", "note", "point", "numéro", "n°", "volet", "mise à jour", "fiche",
           "thème", "unité", "exposé", "version", "étage", "niveau", "salle", "classe",
           "bras", "galerie"),
    "it": ("parte", "nota", "punto", "numero", "n.", "nº", "aggiornamento", "scheda", "tema",
           "unità", "versione", "piano", "sala", "stanza", "classe", "braccio", "galleria"),
    "pt": ("parte", "nota", "ponto", "número", "n.º", "nº", "atualização", "ficha", "tema",
           "unidade", "bloco", "versão", "piso", "andar", "sala", "turma", "braço", "galeria"),
}
# a message of a series, which a word may describe before its place: "Messaggio
# informativo 2/5", "SMS informativo 1/3", "Mensaje recordatorio 2/4"
MESSAGES = frozenset({"sms", "message", "text message", "tweet", "reminder", "nachricht",
                      "erinnerung", "mensaje", "tuit", "recordatorio", "rappel", "messaggio",
                      "promemoria", "mensagem", "lembrete"})
# the word between a series' place and its length: "2 of 4", "2 von 4", "2 de 4", "2 sur
# 4", "2 di 4", "2 su 4"
_OF = ("of", "von", "de", "sur", "di", "su")
# A telephone number's leads: the nouns for a telephone number, an extension, an
# emergency line, and the verbs that dial one (imperative and infinitive; "called 114
# patients" is no lead).
PHONE: dict[str, tuple[str, ...]] = {
    "en": ("tel", "tel.", "telephone", "phone", "phone number", "hotline", "helpline",
           "fax", "ext", "ext.", "extension", "emergency number", "call", "dial", "bleep",
           "pager", "beeper"),
    "de": ("tel", "tel.", "telefon", "telefonnummer", "tel.-nr.", "rufnummer", "hotline",
           "fax", "durchwahl", "notruf", "notrufnummer", "wählen sie", "rufen sie",
           "anrufen unter", "piepser", "funk"),
    "es": ("tel", "tel.", "tfno.", "teléfono", "número de teléfono",
           "número de emergencia", "número de emergencias", "fax", "extensión", "ext.",
           "llame", "llamar", "marque", "marcar", "busca", "buscapersonas"),
    "fr": ("tél", "tél.", "tel.", "téléphone", "numéro de téléphone", "numéro d'urgence", "fax",
           "poste", "appelez", "appeler", "composez", "composer", "faites le", "bip"),
    "it": ("tel", "tel.", "telefono", "numero di telefono", "numero verde",
           "numero di emergenza", "fax", "interno", "chiami", "chiamare", "chiamate",
           "componga", "comporre", "componi", "int.", "cercapersone"),
    "pt": ("tel", "tel.", "telefone", "número de telefone", "número de emergência",
           "fax", "extensão", "ramal", "ligue", "ligar", "marque", "marcar", "bip"),
}
_STRONG = frozenset(w for ws in STRONG.values() for w in ws)
_WEAK = frozenset(w for ws in WEAK.values() for w in ws)
_PHONE_LEADS = frozenset(w for ws in PHONE.values() for w in ws)
_LAST_WORDS = frozenset(w.rsplit(" ", 1)[-1] for w in _STRONG | _WEAK | _PHONE_LEADS)
# the same, and their parts after a hyphen, for a first quick look
_LAST_PARTS = _LAST_WORDS | frozenset(w.rsplit("-", 1)[-1] for w in _LAST_WORDS)
_PUNCT = "()[]{}:;,!?«»\"“”„*_|–—"
_SP = r"[ \t\u00a0]"
_NUMBER_RUN = regex.compile(r"(?<![\p{N}.,])[0-9]{1,4}(?:\.[0-9]{1,2}){0,3}(?![0-9])")
# nothing of the figure goes on after it: no digit, decimals, slash or per cent sign
_FREE = regex.compile(rf"(?![\p{{N}}/]|[.,][0-9]|{_SP}*[%‰])")
# the words and signs before a number, read back from it
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}.º°'’‐-]*|[^\s\p{L}\p{N}]|\p{N}+")
_SPACES = regex.compile(rf"{_SP}*")
# what ends a heading after a weak noun's number: a colon, a closing bracket, a bar, a
# dash, a middle dot or bullet ("Klasse 10 · Thema"), emphasis closed, the line's end
_HEADING_END = regex.compile(rf"(?m){_SP}*(?:[:)\]|–—·•]|-{_SP}|\*\*|$)")
# a title in brackets after a weak noun's number, as a heading's place too: "punto 4
# (prevenzione oncologica)", "item 3 (safety)", "Punkt 2 (Finanzen)" (a word of two letters
# at least: "(n = 40)", "(12 %)" are no title)
_TITLE_AFTER = regex.compile(rf"{_SP}*\({_SP}*\p{{L}}{{2,}}")
# a line's start before a heading's noun, with any list or quote mark or emphasis, or an
# opening bracket, a bar, a colon or a dash before it: "Teil 2", "[Parte 2", "– Punkt 4"
_LEAD_BEFORE = regex.compile(rf"(?:^|.*[\[(|:–—]){_SP}*(?:[-*•>#]+{_SP}+)?(?:\*\*|__)?",
                             regex.DOTALL | regex.MULTILINE)
# "Pregunta n.º 12", "Frage Nr. 3": a word for number between the noun and its number
_NUMERO = frozenset({"n.º", "nº", "n°", "no.", "n.", "nr.", "núm.", "num."})
# the rest of a series after its place: "/4", " of 12", " von 3", " de 3", " sur 4"
_SERIES_REST = regex.compile(
    rf"(?i)(?:{_SP}*/{_SP}*|{_SP}+(?:{'|'.join(_OF)}){_SP}+)([0-9]{{1,2}})"
    rf"(?![\p{{N}}/]|[.,][0-9]|{_SP}*[%‰])")
# a page in abbreviation, whole pages only: "p. 3", "pp. 3–5", "S. 12"
_PAGE = regex.compile(r"(?<![\p{L}\p{N}])(?:pp?|S|pág|pag)\.[ \t\u00a0]*([0-9]{1,4})"
                      r"(?:[–-]([0-9]{1,4}))?(?![\p{N}]|[.,][0-9]|[ \t\u00a0]*[%‰])")
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
# a numbered cue with no timing (a subtitle script, a video's caption cards): a number
# alone on its line with text on the next; read as a cue only in a run 1, 2, 3 … in order
_BARE_CUE = regex.compile(r"(?m)^[ \t]*([1-9][0-9]{0,3})[ \t]*\n(?=[ \t]*[^\s0-9])")
# a number that opens a line, before the line's words ("3 Eine Studie …"): a line number
# of a subtitle file, a transcript or a script when a run of them counts the lines 1, 2, 3
_LINE_NUMBER = regex.compile(r"(?m)^[ \t]*([1-9][0-9]{0,3})[ \t]+(?=[^\s%‰.,:/-])")
_TIMECODE_HINT = re.compile(r"[\[(] ?[0-9]?[0-9]:[0-9][0-9]:[0-9][0-9]")  # what the slow one needs
_TIMECODES = regex.compile(rf"{_TIMECODE}[ \t]*-->[ \t]*{_TIMECODE}|[\[(][ \t]*"
                           r"[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:[,.][0-9]{1,3})?[ \t]*[\])]")
# a journal citation's year, volume, issue and pages: "2016;374:647-55", "2018;110(2):
# 150-158"
_CITATION = regex.compile(r"(?<![\p{N}])(?:1[89]|20)[0-9]{2}[ \t]*;[ \t]*[0-9]{1,4}"
                          r"(?:[ \t]*\([0-9]{1,3}\))?[ \t]*:[ \t]*[0-9]{1,5}(?:[–-][0-9]{1,5})?"
                          r"(?![\p{N}])")
# a telephone number after its lead and at most three short words ("wählen Sie bitte
# sofort 112", "llame al 112", "call us on 0800 123 456"): two digits at least, in groups
_PHONE_NUMBER = regex.compile(r"[0-9]{2,5}(?:[ \t\u00a0./-][0-9]{2,5}){0,4}"
                              r"(?![\p{N}/]|[.,][0-9]|[ \t\u00a0]*[%‰])")
# a telephone menu's key: a verb of pressing, "the key" or an article, one digit that ends
# its clause ("press 1.", "pulse 2.", "drücken Sie die 1.", "appuyez sur la touche 3,")
_KEY = regex.compile(
    r"(?<!\p{L})(?:press|pulse|pulsa|appuyez\s+sur|tapez|prema|premere|digiti|pressione"
    r"|prima|drücken\s+Sie|tippen\s+Sie)"
    r"(?:\s+(?:the|la|le|el|il|a|o|die|den|key|tecla|touche|tasto|taste)(?!\p{L})){0,2}"
    rf"{_SP}+([0-9#*])(?=[ \t]*(?:[.,;:!)]|$))", regex.IGNORECASE | regex.MULTILINE)
# a word one of which every match of _KEY holds (folded as :func:`.anchors.fold`): the
# pattern, case ignored, is tried at every place of a text, and few texts hold one
_KEY_WORDS = ("press", "puls", "appuyez", "tapez", "prem", "digiti", "prima", "drücken",
              "tippen")
# a thread's post number written into prose, with its slash and no length: "1/ Les
# résultats … 2/ Le principe …" (read as marks only in a run 1, 2, 3 … in order)
_THREAD_MARK = regex.compile(r"(?<![\p{N}/.,])([1-9][0-9]?)/(?=[ \t\u00a0]|$)", regex.MULTILINE)
_HINT = regex.compile(r"[0-9]")


class Address(NamedTuple):
    """A span of a text whose digits only number or address it. ``firm``: no figure may
    take its number in (a series' place, a footnote mark, "Pergunta 7" ending a line);
    else only a number read within the span is no figure ("page 3" mid-sentence: a "3
    weeks" read there stays a figure)."""

    start: int
    end: int
    firm: bool = True
    kinds: frozenset[str] | None = None  # the mentions it reads as markers (None: any)


def addresses(text: str) -> list[Address]:
    """The spans of ``text`` whose digits only number or address the text."""
    if _HINT.search(text) is None:
        return [Address(*s) for s in logistics.word_spans(text)]
    out = _noun_led(text)
    out += [Address(m.start(1), m.end(2) if m.group(2) else m.end(1), False)
            for m in _PAGE.finditer(text)]
    if "[" in text:
        out += _footnotes(text)
    if ")" in text:
        out += _items(text)
    if "/" in text:
        out += _items(text, _THREAD_MARK)
    headings = [m.span(1) for m in _HEADING.finditer(text)]
    if len({text[a:b] for a, b in headings}) > 1:  # an outline, not one figure in a title
        out += [Address(a, b) for a, b in headings]
    if "-->" in text:
        out += [Address(*m.span(1)) for m in _CUE.finditer(text)]
    out += _bare_cues(text)
    out += _line_numbers(text)
    if "-->" in text or _TIMECODE_HINT.search(text):
        out += [Address(*m.span()) for m in _TIMECODES.finditer(text)]
    if ";" in text:
        out += [Address(*m.span()) for m in _CITATION.finditer(text)]
    out += [Address(*s) for s in logistics.spans(text)]  # times, telephones, own dates
    if any(map(fold(text).__contains__, _KEY_WORDS)):  # a telephone menu's keys
        out += [Address(*m.span(1)) for m in _KEY.finditer(text)]
    return out


def _bare_cues(text: str) -> list[Address]:
    """Cue numbers with no timing line: numbers alone on their lines that run 1, 2, 3 …
    in order, three at least (one "4" alone on a line may be a figure a line break cut off)."""
    if "\n" not in text:
        return []
    run: list[regex.Match[str]] = []
    for m in _BARE_CUE.finditer(text):
        if int(m.group(1)) == len(run) + 1:
            run.append(m)
    return [Address(*m.span(1)) for m in run] if len(run) >= 3 else []


def _line_numbers(text: str) -> list[Address]:
    """Line numbers: numbers that open their lines and run 1, 2, 3 … in order down the
    text, with no other line between them opened by a number (a list of figures, "3 in 10
    …" then "4 in 10 …", never runs from 1 line by line), three at least and numbering
    most of the text's lines (subtitles, a transcript or a script numbered line by line)."""
    if text.count("\n") < 2:
        return []
    run: list[regex.Match[str]] = []
    for m in _LINE_NUMBER.finditer(text):
        if int(m.group(1)) != len(run) + 1:
            return []
        run.append(m)
    lines = sum(1 for line in text.splitlines() if line.strip())
    if len(run) < 3 or 2 * len(run) < lines:
        return []
    return [Address(*m.span(1)) for m in run]


def _noun_led(text: str) -> list[Address]:
    """Numbers after an addressing noun: a series' place and length ("SMS 2/4", "Teil 2
    von 3", k <= n), a strong noun's number anywhere ("Frage 3"), a weak noun's in a
    heading's place ("Punkt 4:"), a telephone number after its lead ("call 112")."""
    out: list[Address] = []
    for m in _NUMBER_RUN.finditer(text):
        start, end = m.span()
        if not any(map(_ENDS_A_LEAD.__getitem__,
                       text[max(0, start - 64):start].split()[-6:])):
            continue  # no noun nor lead among the last words: most numbers
        toks = _before(text, start)
        if not toks or _SPACES.match(text, toks[-1][1]).end() != start:
            continue  # only spaces between a noun and its number
        whole = "." not in m.group()
        strong = _noun(text, toks, len(toks) - 1, _STRONG)
        weak = None if strong is not None else _noun(text, toks, len(toks) - 1, _WEAK)
        if strong is None and weak is None and len(toks) > 1 and toks[-1][2] in _NUMERO:
            strong = _noun(text, toks, len(toks) - 2, _STRONG)
            weak = None if strong is not None else _noun(text, toks, len(toks) - 2, _WEAK)
        lead = weak is not None and _LEAD_BEFORE.fullmatch(
            text, text.rfind("\n", 0, weak) + 1, weak) is not None
        rest = _SERIES_REST.match(text, end) if whole else None
        if rest is not None and 0 < int(m.group()) <= int(rest.group(1)):
            described = (len(toks) > 1 and toks[-1][2].isalpha() and toks[-1][2].islower()
                         and 3 <= len(toks[-1][2]) <= 15
                         and _noun(text, toks, len(toks) - 2, MESSAGES) is not None)
            if strong is not None or lead or described:
                out.append(Address(start, rest.end()))
                continue
        if _FREE.match(text, end) and (strong is not None or (
                whole and len(m.group()) < 4 and (lead or (
                    weak is not None and (_HEADING_END.match(text, end)
                                          or _TITLE_AFTER.match(text, end)))))):
            out.append(Address(start, end, _HEADING_END.match(text, end) is not None))
        elif _phone_lead(text, toks):
            phone = _PHONE_NUMBER.match(text, start)
            if phone is not None:
                out.append(Address(*phone.span()))
    return out


class _LeadEnds(dict[str, bool]):
    """Word as split from the text -> whether, without its punctuation and folded, it
    (or its part after a hyphen) is the last word of a noun or lead (:data:`_LAST_PARTS`):
    asked of the six words before every number of every text, each word worked out
    once."""

    def __missing__(self, word: str) -> bool:
        if len(self) > 65536:
            self.clear()
        found = self[word] = word.strip(_PUNCT).casefold().rsplit("-", 1)[-1] in _LAST_PARTS
        return found


_ENDS_A_LEAD = _LeadEnds()


def _before(text: str, start: int) -> list[tuple[int, int, str]]:
    """The last words and signs before ``start`` on its line, folded: (start, end, form)."""
    a = max(0, start - 64, text.rfind("\n", 0, start) + 1)
    toks = [(t.start(), t.end(), t.group().casefold())
            for t in _TOKEN.finditer(text, a, start)]
    if toks and toks[0][0] == a and a and text[a - 1].isalpha():
        toks = toks[1:]  # a word cut by the window
    return toks[-7:]


def _noun(text: str, toks: list[tuple[int, int, str]], k: int,
          nouns: frozenset[str]) -> int | None:
    """Where a noun of ``nouns`` ending with token ``k`` starts ("text message", "Info-SMS"
    as "SMS"), or None."""
    if k < 0:
        return None
    word = toks[k][2]
    if word not in _LAST_WORDS and ("-" not in word or word.rsplit("-", 1)[1] not in nouns):
        return None  # no noun ends so: most words before a number
    for size in (3, 2, 1):
        if k - size + 1 < 0:
            continue
        part = toks[k - size + 1:k + 1]
        if any(_SPACES.match(text, x[1]).end() != y[0] for x, y in pairwise(part)):
            continue
        if " ".join(t[2] for t in part) in nouns:
            return part[0][0]
    if "-" in word and word.rsplit("-", 1)[1] in nouns:  # "Info-SMS", "Erinnerungs-SMS"
        return toks[k][0]
    return None


def _phone_lead(text: str, toks: list[tuple[int, int, str]]) -> bool:
    """A telephone number's lead before the number, and at most three short words or a
    colon between: "wählen Sie bitte sofort", "llame al", "call us on", "Tel.:"."""
    for k in range(len(toks) - 1, max(-1, len(toks) - 6), -1):
        if _noun(text, toks, k, _PHONE_LEADS) is not None:
            between = toks[k + 1:]
            return sum(t[2] != ":" for t in between) <= 3 and all(
                t[2] == ":" or (t[2].isalpha() and len(t[2]) <= 10) for t in between)
    return False


def _footnotes(text: str) -> list[Address]:
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
        return [Address(*m.span(1)) for m in marks]
    # set against the word or the stop before it, as footnote marks are: "risk.[3]"
    return [Address(*m.span(1)) for m in marks
            if m.start() and _ATTACHED.match(text, m.start() - 1)]


def _items(text: str, pattern: regex.Pattern[str] | None = None) -> list[Address]:
    """Items of a list run into a sentence: a run (1), (2) … from 1, in order (or of
    ``pattern``'s marks: a thread's posts "1/ … 2/ …"); a lone "(2)" is read as ever."""
    out: list[Address] = []
    run: list[Address] = []
    for m in (pattern or _INLINE_ITEM).finditer(text):
        k = int(m.group(1))
        if k == len(run) + 1:
            run.append(Address(*m.span(1)))
            continue
        if len(run) > 1:
            out += run
        run = [Address(*m.span(1))] if k == 1 else []
    if len(run) > 1:
        out += run
    return out


def ends(text: str, spans: Sequence[Address]) -> frozenset[int]:
    """Every place in the firm ``spans`` where a digit ends: where a number read there
    may end, to be a marker joined to no figure beside it."""
    return frozenset(p for a, b, firm, _ in spans if firm for p in range(a + 1, b + 1)
                     if text[p - 1].isdigit())


def unmark(found: Sequence[Any], spans: Sequence[Address]) -> list[Any]:
    """``found`` (mentions) with each one that lies in a span of ``spans`` (numbers that
    only number the text, ``addresses``) read as a marker, no figure: a series' "2 of 4"
    read as a frequency, a footnote's "[2–4]" as a range, "Folie 4/12" as a date."""
    out = []
    for m in found:
        if m.kind != "marker" and any(a <= m.start and m.end <= b and (
                kinds is None or m.kind in kinds) for a, b, _, kinds in spans):
            m = dataclasses.replace(m, kind="marker")
        out.append(m)
    return out
