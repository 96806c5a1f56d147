"""Translators working in their own tools: the wording a language lacks goes out as a
gettext PO file (:mod:`.po`) or an XLIFF 2.0 file (:mod:`.xliff`) and comes back into the
sheet where it belongs (:mod:`.sheetedit`). What is missing is what generation itself
finds missing (:mod:`.items`); suggestions come from the language packs' term banks and
from plugins (:mod:`.suggest`), always marked fuzzy."""
