"""Words for the place a study arm was cared for, which writers use for one another.

A text may name an arm by where its people were treated, in a word the sheet's labels do
not use: "Krankenhausgruppe" for an arm labelled "Behandlung in der Klinik", "the clinic
group" for "kept in hospital", "grupo domicilio" for "volvieron a casa". The words of one
family stand for one another when an arm is read (folded: lower case, no accents).
"""

from __future__ import annotations

# per language: families of words for one place of care (hospital, home)
PLACES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("hospital", "clinic", "inpatient", "ward", "hospitalised", "hospitalized"),
           ("home", "house")),
    "es": (("hospital", "clinica", "ingreso", "ingresados", "ingresadas",
            "hospitalizados", "hospitalizadas", "hospitalizacion"),
           ("casa", "domicilio", "hogar")),
    "fr": (("hopital", "clinique", "hospitalisation", "hospitalises", "hospitalisees"),
           ("domicile", "maison")),
    "de": (("krankenhaus", "klinik", "klinikum", "spital", "hospital", "stationar",
            "stationaer"),
           ("hause", "zuhause", "heim", "daheim")),
    "it": (("ospedale", "clinica", "ricovero", "ricoverati", "ricoverate", "degenza"),
           ("casa", "domicilio")),
    "pt": (("hospital", "clinica", "internamento", "internacao", "internados",
            "internadas"),
           ("casa", "domicilio", "lar")),
}


def kin(word: str, lang: str) -> tuple[str, ...]:
    """The other words of ``word``'s family of places (folded), none when it has none."""
    for family in PLACES.get(lang, ()):
        if word in family:
            return tuple(w for w in family if w != word)
    return ()
