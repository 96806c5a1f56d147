"""Spanish: what tells an outcome label that says what people did ("tuvieron un infarto",
"no empeoraron", "se sometieron a …") from a noun phrase ("las hospitalizaciones")."""

from plainsum.labelform import forms

FORMS = forms(
    determiners=("el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus"),
    verbal=("no", "se", "les", "le", "ya", "también", "nunca", "aún", "todavía", "fueron",
            "fue", "tuvieron", "tuvo", "estuvieron", "hubo", "son", "es", "están", "tienen",
            "murieron", "hicieron", "pudieron", "dijeron", "van", "dan", "han", "ha",
            "sufren", "tienen", "mueren", "padecen", "desarrollan", "enferman"),
    endings=("aron", "ieron", "eron", "aban", "ían", "an", "en"),
    not_verbs=("examen", "volumen", "origen", "régimen", "imagen", "margen", "abdomen",
               "germen", "dictamen", "orden", "resumen", "crimen", "polen", "joven", "virgen",
               "plan", "desmán", "afán", "certamen", "espécimen", "gravamen", "semen",
               "tolerancian"),
)
