"""What the review page shows, as plain values the template only reads.

Every ``key`` and every ``classes`` string is made here from our own names and counters,
never from the sheet (ids in the page are ``fact-3``, not the sheet's ids); everything the
user wrote travels as text and is escaped by the template.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import regex

from ..errors import MissingTranslation
from ..factsheet.model import FactSheet
from ..lexicon import Lexicon
from ..outputs import Finding, Output
from .segments import Mark, Run, split, valid
from .words import fact_words

# sections of a sheet whose items can carry a source span, in the order the page lists them
CHECKLIST = ("facts", "limitations", "quotes")
OTHERS = ("groups", "outcomes", "measures", "times", "people", "organisations", "terms")
_PREFIX = {"facts": "fact", "limitations": "lim", "quotes": "quote"}
_SAFE = re.compile(r"[^a-z0-9-]+")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


@dataclass
class Note:
    """What the repair of the release changed or flagged, with its span in the text."""

    kind: str
    message: str
    start: int
    end: int
    key: str = ""  # set by the page: note-1, note-2, ... in the order of the text

    @property
    def css(self) -> str:
        return _SAFE.sub("-", self.kind.lower())[:40] or "note"


@dataclass
class Release:
    """The release as the sheet's spans see it: its name, repaired text and notes."""

    name: str
    text: str
    notes: list[Note] = field(default_factory=list)

    def __post_init__(self) -> None:
        # a bidi embedding, override or isolate in the release (a sheet may hold none)
        # would reorder the page's text after it, beyond its own element: shown as U+FFFD,
        # one character for one, so every span still falls on the same text
        self.text = _BIDI.sub("\ufffd", self.text)
        for note in self.notes:
            note.message = _BIDI.sub("\ufffd", note.message)


@dataclass
class Entry:
    """One item of the sheet on the checklist (a fact, a limitation, a quote, ...)."""

    key: str
    section: str
    sheet_id: str
    title: str
    words: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    main: bool = False
    key_item: bool = False
    span: tuple[int, int] | None = None
    span_state: str = "none"  # none | ok | outside | no-release
    quoted: str = ""
    # the rest of the quoted words' sentence (to settle "no time point next to this
    # figure" the reviewer needs the figure's sentence, not the figure alone)
    before: str = ""
    after: str = ""
    mismatch: str = ""  # what the release does not say at the span (lint --release's words)
    line: int = 0  # where the item starts in the sheet's file (0: not known)

    settle_as: str = ""  # how ``plainsum settle`` names it: its id, or section[id]

    @property
    def todo(self) -> bool:
        return any("TODO" in note for note in self.notes)

    @property
    def tick(self) -> str:
        """What a reviewer's tick on this item is kept under: a digest of the item as
        shown (hex digits only), so a tick stays with its fact when others are added or
        removed, and is gone once the fact itself changes (it must be looked at again)."""
        return _digest(self.section, self.sheet_id, self.title, *(
            f"{what}={said}" for what, said in self.words), self.quoted)


@dataclass
class SheetNote:
    """A line of the sheet's own review note; where it gives offsets into the release
    ("flag boilerplate [2825, 3003]: ..."), the words there in their sentence."""

    text: str
    quoted: str = ""
    before: str = ""
    after: str = ""


@dataclass
class Point:
    """A marker with no text of its own (where page chrome was removed)."""

    classes: str
    title: str


@dataclass
class Piece:
    """A run of text with the classes, link and hover text that wrap it (``anchors``:
    ids placed just before it, one per item whose span starts here)."""

    text: str
    classes: str = ""
    href: str = ""
    title: str = ""
    anchors: list[str] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)
    items: str = ""  # the keys of every item whose span covers it, space-separated

    @property
    def own_id(self) -> str:
        """The id the run's own element takes (the first anchor), when it is wrapped."""
        return self.anchors[0] if self.anchors and self.classes else ""

    @property
    def loose_ids(self) -> list[str]:
        """Anchors that need an empty element of their own before the run."""
        return self.anchors[1:] if self.own_id else self.anchors


@dataclass
class FindingView:
    key: str
    rule: str
    severity: str
    message: str
    placed: bool  # has a span in the text (an omission has none)
    found: str = ""
    fact_key: str = ""  # the checklist entry of the fact it is about


@dataclass
class ScoreView:
    title: str
    score: float | None
    line: str
    items: list[tuple[str, bool | None, str]] = field(default_factory=list)


@dataclass
class OutputView:
    key: str
    generator: str
    variant: str
    audience: str
    lang: str
    passed: bool
    pieces: list[Piece]
    findings: list[FindingView]
    readability: str = ""
    readability_passed: bool | None = None
    scores: list[ScoreView] = field(default_factory=list)
    reference: OutputView | None = None  # the same output in the sheet's language

    @property
    def errors(self) -> int:
        return sum(f.severity == "error" for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity == "warning" for f in self.findings)


@dataclass
class LangView:
    lang: str
    name: str
    outputs: list[OutputView] = field(default_factory=list)
    problem: str = ""  # why this language has no outputs (missing wording)

    @property
    def audiences(self) -> list[str]:
        return list(dict.fromkeys(o.audience for o in self.outputs))

    def of(self, audience: str) -> list[OutputView]:
        return [o for o in self.outputs if o.audience == audience]


@dataclass
class Page:
    title: str
    sheet_id: str
    sheet_name: str
    sheet_lang: str
    draft: bool
    unsettled: int
    sheet_notes: list[SheetNote]
    main_key: str
    release: Release | None
    release_pieces: list[Piece]
    entries: list[Entry]
    others: list[Entry]
    notes: list[Note]
    languages: list[LangView]

    @property
    def outputs(self) -> list[OutputView]:
        return [o for lang in self.languages for o in lang.outputs]

    @property
    def store(self) -> str:
        """Where this sheet's ticks are kept in the browser (hex digits only): its id,
        title and file, so that drafts of untitled releases (all ``id: draft``) opened
        from the same folder do not share one set of ticks."""
        return _digest(self.sheet_id, self.title, self.sheet_name)

    @property
    def settle_sheet(self) -> str:
        """The sheet's file as a shell takes it in the ``plainsum settle`` command."""
        import shlex

        return shlex.quote(self.sheet_name or "facts.yaml")

    @property
    def failing(self) -> int:
        return sum(not o.passed for o in self.outputs)

    @property
    def audiences(self) -> list[str]:
        return list(dict.fromkeys(o.audience for o in self.outputs))

    @property
    def spanned(self) -> int:
        return sum(e.span_state == "ok" for e in (*self.entries, *self.others))

    @property
    def mismatched(self) -> int:
        return sum(bool(e.mismatch) for e in (*self.entries, *self.others))


def build(sheet: FactSheet, registry: Any, langs: Iterable[str], audiences: Iterable[str],
          release: Release | None = None, rules: Any = None) -> Page:
    """Everything the page shows: the outputs are made and checked here, with the same
    pipeline ``plainsum generate`` runs; a language the sheet has no wording for is shown
    with the reason instead of its outputs."""
    pack = registry.language(sheet.lang)
    lexicon = Lexicon(sheet, pack)
    entries, others = _entries(sheet, lexicon, release)
    _settle_names([*entries, *others])
    if release is not None:
        _compare(sheet, pack, release, [*entries, *others])
    keys = {e.sheet_id: e.key for e in entries if e.section == "facts"}
    langs = list(dict.fromkeys([sheet.lang, *langs]))
    made = _outputs(sheet, registry, langs, list(audiences), keys, rules)
    reference = {(o.audience, o.generator, o.variant): o for o in made[sheet.lang].outputs}
    for view in made.values():
        if view.lang != sheet.lang:
            for o in view.outputs:
                o.reference = reference.get((o.audience, o.generator, o.variant))
    notes = sorted(release.notes, key=lambda n: (n.start, n.end)) if release else []
    for i, note in enumerate(notes, 1):
        note.key = f"note-{i}"
    top = sheet.raw.get("review")
    sheet_notes = [_sheet_note(line, release) for line in _lines(top)]
    return Page(
        title=sheet.title_in(sheet.lang) or sheet.id, sheet_id=sheet.id,
        sheet_name=sheet.path or "", sheet_lang=sheet.lang, draft=sheet.is_draft,
        unsettled=len(sheet.unsettled), sheet_notes=sheet_notes,
        main_key=keys.get(sheet.main_fact or "", ""), release=release,
        release_pieces=_release_pieces(release, [*entries, *others]) if release else [],
        entries=entries, others=others, notes=notes,
        languages=[made[lang] for lang in langs])


_PLAIN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


def _settle_names(entries: list[Entry]) -> None:
    """How ``plainsum settle`` names each item with a note: its id where no other item has
    it and the shell reads it as it is, else ``section[id]``."""
    from collections import Counter

    ids = Counter(e.sheet_id for e in entries if e.section != "source_spans")
    for entry in entries:
        if entry.section == "source_spans":
            continue
        plain = ids[entry.sheet_id] == 1 and _PLAIN_ID.fullmatch(entry.sheet_id) is not None \
            and entry.sheet_id != "review"
        entry.settle_as = entry.sheet_id if plain else f"{entry.section}[{entry.sheet_id}]"


def _compare(sheet: FactSheet, pack: Any, release: Release, entries: list[Entry]) -> None:
    """Mark each placed item whose value the release does not write at its span, as
    ``lint --release`` says it: a highlight on the wrong words (a value edited by hand, the
    release of another study) must not pass for the place the value came from."""
    from ..factsheet.load import Located
    from ..factsheet.spancheck import mismatches

    by_path = {}
    for entry in entries:
        if entry.span_state != "ok":
            continue
        if entry.section == "source_spans":
            by_path[f"source_spans.{entry.sheet_id}"] = entry
        else:
            by_path[f"{entry.section}[{entry.key.rsplit('-', 1)[-1]}]"] = entry
    for problem in mismatches(Located(sheet.raw, {}), release.text, sheet.path or "", pack):
        path = getattr(problem, "path", "")
        entry = by_path.get(path) or by_path.get(path.split(".", 1)[0])
        if entry is not None and not entry.mismatch:
            message = getattr(problem, "message", str(problem))
            entry.mismatch = message.split(" at [", 1)[0]


def _lines(note: Any) -> list[str]:
    if isinstance(note, str):
        return [line for line in note.splitlines() if line.strip()]
    return []


def _entries(sheet: FactSheet, lexicon: Lexicon, release: Release | None,
             ) -> tuple[list[Entry], list[Entry]]:
    raw = sheet.raw
    entries: list[Entry] = []
    others: list[Entry] = []
    key_limits = {lim.id for lim in sheet.key_limitations}
    for section in (*CHECKLIST, *OTHERS):
        items = raw.get(section)
        for i, item in enumerate(items if isinstance(items, list) else []):
            if not isinstance(item, dict):
                continue
            if section not in CHECKLIST and item.get("source_span") is None \
                    and not item.get("review"):
                continue
            sheet_id = str(item.get("id", ""))
            entry = Entry(f"{_PREFIX.get(section, section)}-{i}", section, sheet_id,
                          _title(section, item, sheet, lexicon), notes=_lines(item.get("review")))
            where = sheet.positions.get((section, i))
            entry.line = where.line if where is not None else 0
            if section == "facts" and sheet_id in sheet.facts:
                fact = sheet.facts[sheet_id]
                entry.words = fact_words(fact, sheet, lexicon)
                entry.title = ", ".join(said for what, said in entry.words  # for the hover
                                        if what in ("value", "group", "outcome", "time"))
                entry.main = sheet_id == sheet.main_fact
                entry.key_item = fact.key
            elif section == "limitations":
                entry.key_item = sheet_id in key_limits
            elif section == "quotes":
                entry.key_item = bool(item.get("key"))
            _place(entry, item.get("source_span"), release)
            (entries if section in CHECKLIST else others).append(entry)
    spans = raw.get("source_spans")
    for i, (path, span) in enumerate(spans.items() if isinstance(spans, dict) else ()):
        entry = Entry(f"field-{i}", "source_spans", str(path), str(path))
        where = sheet.positions.get(("source_spans", path))
        entry.line = where.line if where is not None else 0
        _place(entry, span, release)
        others.append(entry)
    return entries, others


def _title(section: str, item: dict[str, Any], sheet: FactSheet, lexicon: Lexicon) -> str:
    """The words an item is known by in the sheet's language."""
    lang = sheet.lang
    if section == "limitations":
        return _local_label(item.get("text"), lang) or str(item.get("id", ""))
    if section == "quotes":
        text = item.get("text")
        return str(text.get(lang, "") if isinstance(text, dict) else text or "")
    if section in ("groups", "outcomes", "measures"):
        return _local_label(item.get("label"), lang) or str(item.get("id", ""))
    if section == "times":
        time_id = item.get("id")
        return lexicon.time(time_id) if time_id in sheet.times else str(time_id)
    if section == "people":
        return str(item.get("name", ""))
    if section == "organisations":
        name = item.get("name")
        return str(name.get(lang, "") if isinstance(name, dict) else name or "")
    return str(item.get("id", ""))


def _local_label(label: Any, lang: str) -> str:
    if isinstance(label, str):
        return label
    if isinstance(label, dict):
        value = label.get(lang, label)
        if isinstance(value, dict):
            value = value.get("plain") or value.get("technical")
        return value if isinstance(value, str) else ""
    return ""


def _place(entry: Entry, span: Any, release: Release | None) -> None:
    if span is None:
        return
    if release is None:
        entry.span_state = "no-release"
        return
    if isinstance(span, list) and len(span) == 2 and valid(span[0], span[1],
                                                           len(release.text)):
        entry.span = (span[0], span[1])
        entry.span_state = "ok"
        entry.quoted = release.text[span[0]:span[1]]
        entry.before, entry.after = sentence_around(release.text, span[0], span[1])
    else:
        entry.span_state = "outside"


_OFFSETS = re.compile(r"\[(\d{1,9}), (\d{1,9})\]")


def _sheet_note(line: str, release: Release | None) -> SheetNote:
    """The note, and the release's words at the first offsets it gives, in their sentence."""
    note = SheetNote(line)
    found = _OFFSETS.search(line)
    if release is None or found is None:
        return note
    start, end = int(found.group(1)), int(found.group(2))
    if valid(start, end, len(release.text)) and start < end:
        note.quoted = _shortened(release.text[start:end], QUOTED_MAX)
        note.before, note.after = sentence_around(release.text, start, end)
    return note


QUOTED_MAX = 400
"""Characters of a span quoted under a sheet note (a page-chrome block can be pages long)."""

CONTEXT_MAX = 240
"""Characters of a sentence shown on either side of an item's words."""

# where a sentence ends: its full stop (and a closing quote or bracket), then space and a
# capital or a digit, or a line break; a full stop after an initial ("W. Sanders", "U.S.")
# or a title ("Dr.", "Prof.") ends nothing
_END = regex.compile(r"([.!?…][\"'”’“»«)\]]*)\s+(?=[\"'“‘„‚«»(\[¿¡]?(?:\p{Lu}|\d))|\n")
_TITLES = frozenset({"dr", "dra", "drs", "mr", "mrs", "ms", "prof", "profa", "pr", "sr", "sra",
                     "srta", "mme", "mlle", "hr", "fr", "dott", "sig", "st", "vs", "no", "nr",
                     "fig", "ca", "approx", "vol", "p", "pp"})


def _ends_sentence(text: str, found: Any) -> bool:
    if found.group(1) is None:  # a line break
        return True
    if not found.group(1).startswith("."):
        return True
    word = regex.search(r"(\w+)$", text[:found.start()])
    if word is None:
        return True
    said = word.group(1)
    if said.lower() in _TITLES:
        return False
    return not (len(said) == 1 and said.isupper())  # an initial


def sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the sentence before ``start`` and after ``end`` (at most
    :data:`CONTEXT_MAX` characters each side, cut at a word with an ellipsis)."""
    window = max(0, start - 3 * CONTEXT_MAX)
    begin = window
    for found in _END.finditer(text, window, start + 2):  # the look-ahead sees a capital
        if found.end() <= start and _ends_sentence(text, found):
            begin = found.end()
    stop = min(len(text), end + 3 * CONTEXT_MAX)
    for found in _END.finditer(text, end, stop):
        if _ends_sentence(text, found):
            stop = found.start() + len(found.group(1) or "")
            break
    before, after = text[begin:start], text[end:stop]
    if len(before) > CONTEXT_MAX:
        cut = before[-CONTEXT_MAX:]
        before = "…" + cut[cut.find(" ") + 1:] if " " in cut else "…" + cut
    if len(after) > CONTEXT_MAX:
        cut = after[:CONTEXT_MAX]
        after = (cut[:cut.rfind(" ")] if " " in cut else cut) + "…"
    return before.lstrip(), after.rstrip()


def _shortened(text: str, most: int) -> str:
    if len(text) <= most:
        return text
    half = most // 2
    return f"{text[:half].rstrip()} … {text[-half:].lstrip()}"


def _release_pieces(release: Release, entries: list[Entry]) -> list[Piece]:
    marks = [Mark(e.span[0], e.span[1], e) for e in entries if e.span is not None]
    # a note on nothing but spaces (where page chrome was cut out) is shown as a point
    marks += [Mark(n.start, n.end if release.text[n.start:n.end].strip() else n.start, n)
              for n in release.notes]
    starts: dict[int, list[str]] = {}
    for e in entries:
        if e.span is not None:
            starts.setdefault(e.span[0], []).append(f"src-{e.key}")
    for n in release.notes:
        if n.key and valid(n.start, n.end, len(release.text)):
            starts.setdefault(n.start, []).append(f"at-{n.key}")
    pieces = []
    for run in split(release.text, marks):
        pieces.append(_release_piece(run, starts.pop(run.start, [])))
    return pieces


def _release_piece(run: Run, anchors: list[str]) -> Piece:
    items = [d for d in run.covering if isinstance(d, Entry)]
    notes = [d for d in run.covering if isinstance(d, Note)]
    cuts: dict[str, list[str]] = {}  # several cuts at one place are one mark
    for d in run.points:
        if isinstance(d, Note):
            cuts.setdefault(d.css, []).append(d.message)
    points = [Point(f"cut note-{css}", "\n".join(said)) for css, said in cuts.items()]
    classes = []
    href = ""
    if items:
        first = next((e for e in items if e.section == "facts"), items[0])
        href = f"#{first.key}"
        classes.append("hl hl-" + ("fact" if first.section == "facts" else "item"))
        if len(items) > 1:
            classes.append("hl-multi")
    elif notes and notes[0].key:
        href = f"#{notes[0].key}"  # the note in the list under the release
    classes += [f"note note-{n.css}" for n in notes]
    title = "; ".join([f"{e.section[:-1] if e.section.endswith('s') else e.section} "
                       f"{e.sheet_id}: {e.title}" for e in items] + [n.message for n in notes])
    return Piece(run.text, " ".join(dict.fromkeys(classes)), href, title, anchors, points,
                 " ".join(e.key for e in items))


def _outputs(sheet: FactSheet, registry: Any, langs: list[str], audiences: list[str],
             facts: dict[str, str], rules: Any) -> dict[str, LangView]:
    from ..pipeline import generate

    made: dict[str, LangView] = {}
    counter = 0
    for lang in langs:
        pack = registry.language(lang)
        view = LangView(lang, getattr(pack, "name", lang))
        try:
            outputs = generate(sheet, registry, [lang], audiences, rules=rules)
        except MissingTranslation as exc:
            view.problem = str(exc)
            outputs = []
        for output in outputs:
            counter += 1
            view.outputs.append(output_view(output, f"o{counter}", facts))
        made[lang] = view
    return made


def output_view(output: Output, key: str, facts: dict[str, str]) -> OutputView:
    """One output with its findings marked in its text, its readability and its scores."""
    found = [_finding_view(f, f"{key}-f{i}", facts, len(output.text))
             for i, f in enumerate(output.checks.findings, 1)]
    marks = [Mark(f.span[0], f.span[1], view)  # type: ignore[index]
             for f, view in zip(output.checks.findings, found, strict=True) if view.placed]
    starts: dict[int, list[str]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(f"m-{m.data.key}")
    pieces = []
    for run in split(output.text, marks):
        marked: list[FindingView] = run.covering
        worst = min((v.severity for v in marked), key=_severity_rank, default="")
        pieces.append(Piece(
            run.text, f"finding sev-{worst}" if marked else "",
            f"#{marked[0].key}" if marked else "",
            "; ".join(dict.fromkeys(v.message for v in marked)),
            starts.pop(run.start, []),
            [Point(f"point sev-{v.severity}", v.message) for v in run.points]))
    view = OutputView(key, output.generator, output.variant, output.audience, output.lang,
                      output.checks.passed, pieces, found)
    r = output.checks.readability
    if r is not None:
        sign = "≥" if r.higher_is_easier else "≤"
        score = f"{r.score:.1f}" if r.scored else "no score (no words)"
        target = f", target {sign} {r.target:g}" if r.target is not None else ""
        band = f" · {r.band}" if r.band else ""
        view.readability = f"{r.formula} {score}{target}{band}"
        view.readability_passed = r.passed
    for score in output.checks.scores.values():
        view.scores.append(ScoreView(score.title, score.score, score.line(),
                                     [(i.item, i.passed, i.note) for i in score.items]))
    return view


def _severity_rank(severity: str) -> int:
    return {"error": 0, "warning": 1, "info": 2}.get(severity, 3)


def _finding_view(f: Finding, key: str, facts: dict[str, str], length: int) -> FindingView:
    placed = f.span is not None and valid(f.span[0], f.span[1], length)
    severity = f.severity if f.severity in ("error", "warning", "info") else "info"
    return FindingView(key, f.rule, severity, f.message, placed, f.found or "",
                       facts.get(f.fact or "", ""))


def _digest(*parts: str) -> str:
    import hashlib

    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]
