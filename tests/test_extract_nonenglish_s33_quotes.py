# ruff: noqa: E501 (the releases keep their paragraphs on one line, as they are pasted)
"""Quotes with their speakers in es/fr/de/it/pt releases (session 33, issue 12): a
quotation of five words or more is drafted with the person named right after it (with a
verb of saying) or before it, that person's role from the release's words (first, senior
or study author, an expert not involved, a spokesperson) and the grammatical gender the
release gives them; a quotation with no named speaker is left out with a note. Own
releases, paired (the role's gender swapped; the name removed)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from plainsum_extract import extract_draft  # noqa: E402

HEAD = {
    "es": "Un fármaco reduce las migrañas\n\nMadrid, 2 de diciembre de 2026. Un ensayo aleatorizado con 312 pacientes comparó un fármaco con un placebo. En el grupo del fármaco, el 41 % tuvo una mejoría, frente al 22 % del grupo placebo.\n\n",
    "fr": "Un médicament réduit les migraines\n\nParis, 2 décembre 2026. Un essai randomisé auprès de 312 patients a comparé un médicament à un placebo. Dans le groupe médicament, 41 % ont eu une amélioration, contre 22 % dans le groupe placebo.\n\n",
    "de": "Medikament lindert Migräne\n\nBerlin, 2. Dezember 2026. Eine randomisierte Studie mit 312 Patienten verglich ein Medikament mit Placebo. In der Medikamentengruppe besserten sich 41 Prozent, in der Placebogruppe 22 Prozent.\n\n",
    "it": "Un farmaco riduce l'emicrania\n\nRoma, 2 dicembre 2026 - Uno studio randomizzato su 312 pazienti ha confrontato un farmaco con un placebo. Nel gruppo del farmaco il 41% ha avuto un miglioramento, contro il 22% nel gruppo placebo.\n\n",
    "pt": "Medicamento reduz enxaquecas\n\nLisboa, 2 de dezembro de 2026. Um ensaio randomizado com 312 pacientes comparou um medicamento com um placebo. No grupo do medicamento, 41% tiveram uma melhoria, contra 22% no grupo placebo.\n\n",
}
QUOTE = {
    "es": ("\"Es una opción real para quienes no responden a otros tratamientos\", explicó la doctora Lucía Fernández, primera autora del estudio.\n", "first-author", "f", "Lucía Fernández"),
    "fr": ("« C'est une vraie option pour ceux qui ne répondent pas aux autres traitements », souligne le professeur Marc Lefèvre, premier auteur de l'étude.\n", "first-author", "m", "Marc Lefèvre"),
    "de": ("„Das ist eine echte Option für alle, denen andere Mittel nicht helfen“, sagt Prof. Dr. Anna Weber, Seniorautorin der Studie.\n", "senior-author", "f", "Anna Weber"),
    "it": ("\"È una vera opzione per chi non risponde ad altre terapie\", ha dichiarato la dottoressa Laura Bianchi, che non ha partecipato allo studio.\n", "expert", "f", "Laura Bianchi"),
    "pt": ("\"É uma opção real para quem não responde a outros tratamentos\", afirmou o doutor João Ferreira, autor principal do estudo.\n", "study-author", "m", "João Ferreira"),
}


def draft(lang: str, text: str) -> dict:
    return extract_draft(text, source=f"{lang}.md", lang=lang, bank={}).data


@pytest.mark.parametrize("lang", list(QUOTE))
def test_a_quote_has_its_speaker_with_role_and_gender(lang: str) -> None:
    quote, role, gender, name = QUOTE[lang]
    data = draft(lang, HEAD[lang] + quote)
    assert len(data.get("quotes", [])) == 1, data.get("review")
    q = data["quotes"][0]
    person = next(p for p in data["people"] if p["id"] == q["speaker"])
    assert (person["name"], person.get("role"), person.get("gender")) == (name, role, gender)
    assert q["text"][lang].split()[1] in quote


@pytest.mark.parametrize(("lang", "old", "new", "gender"), [
    ("es", "la doctora Lucía Fernández, primera autora", "el doctor Luis Fernández, primer autor", "m"),
    ("fr", "le professeur Marc Lefèvre, premier auteur", "la professeure Marie Lefèvre, première autrice", "f"),
    ("de", "Prof. Dr. Anna Weber, Seniorautorin", "Prof. Dr. Jan Weber, Seniorautor", "m"),
])
def test_the_role_s_gender_follows_the_release(lang: str, old: str, new: str, gender: str) -> None:
    quote = QUOTE[lang][0]
    assert old in quote
    data = draft(lang, HEAD[lang] + quote.replace(old, new))
    assert data["people"][0].get("gender") == gender
    assert data["people"][0].get("role") == QUOTE[lang][1]


@pytest.mark.parametrize("lang", ["es", "de", "pt"])
def test_a_quote_with_no_named_speaker_is_left_out(lang: str) -> None:
    quote = QUOTE[lang][0]
    unnamed = quote.split("\", ")[0].split("“, ")[0] + ("“" if lang == "de" else "\"") + ", dice el equipo.\n"
    data = draft(lang, HEAD[lang] + unnamed)
    assert not data.get("quotes") and not data.get("people")
    assert any("no named speaker" in n for n in data["review"].splitlines())


@pytest.mark.parametrize(("lang", "paragraph", "name", "role", "gender"), [
    ("es", "El Dr. Pablo Gil, cardiólogo del Hospital Central que no ha participado en el estudio, valora: «Es un resultado sólido, pero hay que confirmarlo en otros países».\n", "Pablo Gil", "expert", "m"),
    ("fr", "« C'est une avancée importante pour les patients sans autre solution », se félicite le Pr Hélène Roux, coordinatrice de l'essai.\n", "Hélène Roux", "study-author", "f"),
    ("fr", "Plus nuancé, le Dr Paul Morel, qui n'a pas participé à l'étude, souligne : « Le résultat est solide, mais il faut un essai en aveugle. »\n", "Paul Morel", "expert", "m"),
])
def test_a_speaker_named_before_the_quote_or_with_another_verb(
        lang: str, paragraph: str, name: str, role: str, gender: str) -> None:
    data = draft(lang, HEAD[lang] + paragraph)
    assert len(data.get("quotes", [])) == 1, data.get("review")
    person = data["people"][0]
    assert (person["name"], person.get("role"), person.get("gender")) == (name, role, gender)
