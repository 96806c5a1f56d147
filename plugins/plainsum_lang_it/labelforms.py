"""Italian: what tells an outcome label that says what people did ("hanno avuto un infarto",
"non sono peggiorate", "si sono ammalate") from a noun phrase ("i ricoveri")."""

from plainsum.labelform import forms

FORMS = forms(
    determiners=("il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "loro",
                 "suoi", "sue"),
    verbal=("hanno", "sono", "non", "si", "ci", "ne", "erano", "avevano", "ebbero", "furono",
            "muoiono", "stanno", "vanno", "fanno", "devono", "possono", "ha", "è", "già",
            "anche", "mai"),
    endings=("arono", "erono", "irono", "avano", "evano", "ivano", "ano", "ono"),
    not_verbs=("piano", "organo", "umano", "tono", "suono", "dono", "trono", "uomo", "anno",
               "mano", "grano", "buono", "nuovo", "ano", "sano", "lontano", "strano",
               "ovino", "suino", "bovino", "canino", "felino"),
    min_length=5,
)
