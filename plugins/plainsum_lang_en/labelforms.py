"""English: what tells an outcome label that says what people did ("had a heart attack",
"went to hospital", "are diagnosed with …") from a noun phrase ("hospital admissions")."""

from plainsum.labelform import forms

FORMS = forms(
    determiners=("the", "a", "an", "any", "their", "its", "all"),
    verbal=("not", "never", "also", "still", "ever", "no longer",
            "was", "were", "is", "are", "be", "been", "had", "has", "have", "got", "get",
            "gets", "went", "go", "goes", "did", "do", "does", "died", "die", "dies", "made",
            "make", "took", "take", "fell", "fall", "became", "become", "felt", "feel", "found",
            "kept", "lost", "saw", "gave", "came", "come", "began", "ran", "grew", "left",
            "spent", "need", "could", "would", "can", "will", "should", "may", "might",
            "must", "develop", "remain", "undergo", "underwent", "receive", "suffer",
            "survive", "live", "quit", "caught", "bled", "bleed", "broke", "won", "stay",
            "needs", "develops"),
    endings=("ed",),
    not_verbs=("bed", "red", "need", "seed", "speed", "shed", "hundred", "bleed", "breed",
               "weed", "feed"),
)
