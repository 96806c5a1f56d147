"""More things no health study of people counts as its participants: specialists,
pharmacies and maternity units ("4,000 cardiologists", "5,700 pharmacies", "1,147
maternity wards" for a sheet's patients). Folded; a stem ends in ``*``. Kept apart from
the shared lists so that only ``wrong-referent`` reads them: a sheet that counts such
things names them in its group labels, and those words are then its own.
"""

from __future__ import annotations

MORE_REFERENTS: dict[str, tuple[str, ...]] = {
    "en": ("cardiologist*", "pharmacy", "pharmacies", "pharmacist*", "maternity",
           "maternities", "ward", "wards", "department", "departments"),
    "es": ("cardiologo*", "cardiologa*", "farmacia", "farmacias", "farmaceutic*",
           "maternidad*"),
    "fr": ("cardiologue*", "pharmacie*", "pharmacien*", "maternite*"),
    "de": ("kardiolog*", "apotheke", "apotheken", "apotheker*", "geburtsklinik*"),
    "it": ("cardiolog*", "farmacia", "farmacie", "farmacist*", "maternita", "reparti"),
    "pt": ("cardiologista*", "farmacia", "farmacias", "farmaceutic*", "maternidade*"),
}
