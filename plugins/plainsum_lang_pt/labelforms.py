"""Portuguese: what tells an outcome label that says what people did ("tiveram um enfarte",
"não pioraram", "foram ao hospital") from a noun phrase ("os internamentos")."""

from plainsum.labelform import forms

FORMS = forms(
    determiners=("o", "a", "os", "as", "um", "uma", "uns", "umas", "seu", "sua", "seus",
                 "suas"),
    verbal=("não", "se", "lhes", "lhe", "já", "também", "nunca", "foram", "foi", "tiveram",
            "teve", "ficaram", "estiveram", "houve", "são", "estão", "têm", "morreram",
            "fizeram", "puderam", "vão", "dão"),
    endings=("aram", "eram", "iram", "avam", "iam", "am", "em"),
    not_verbs=("homem", "ordem", "nuvem", "jovem", "bem", "além", "porém", "também", "item",
               "vírgem", "virgem", "sem", "quem", "cem", "trem"),
    not_endings=("gem",),  # imagem, margem, origem, hemorragem, contagem
)
