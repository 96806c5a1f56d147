"""French: what tells an outcome label that says what people did ("ont eu un infarctus",
"n'ont pas vu leur état s'aggraver", "sont décédées") from a noun phrase ("les
hospitalisations")."""

from plainsum.labelform import forms

FORMS = forms(
    determiners=("le", "la", "les", "l'", "un", "une", "des", "du", "leur", "leurs", "ce",
                 "ces", "cet", "cette", "son", "sa", "ses"),
    verbal=("ont", "sont", "n'", "ne", "se", "s'", "y", "étaient", "avaient", "eurent",
            "furent", "meurent", "vont", "font", "doivent", "peuvent", "restent", "deviennent",
            "reçoivent", "souffrent", "présentent", "développent", "contractent", "attrapent",
            "guérissent", "vivent", "décèdent", "tombent", "ont-elles", "jugent", "trouvent"),
    endings=("aient", "èrent", "irent", "urent"),
)
