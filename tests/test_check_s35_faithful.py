"""Faithful wording of texts nobody here wrote that the checker read as an error (issue 14,
item 1), each with the error it must still catch in the same place.

Written in wording of their own against the suite's reviewed sheets, in several of the six
languages: each case is a family (a declined name, a question about what a study lacked,
a heading word, a comparison of two groups said the other way round), not one text.
"""

from __future__ import annotations

import pytest

from tests.test_check_real_errors import CHX, alarms, caught_at, said


# --- a declined name followed by a word of another name ---------------------------------
# German declines a name's adjective after an article ("das Nationale Institut" of
# "Nationales Institut"), and the name's acronym may follow later ("der USA, kurz NICHD"):
# the function word after the name is the next phrase, not a word swapped into the name
@pytest.mark.parametrize("faithful, wrong, words", [
    ("Gefördert hat die Studie das Nationale Institut für Kindergesundheit und menschliche "
     "Entwicklung der USA, kurz NICHD.",
     "Gefördert hat die Studie das Nationale Institut für Kindergesundheit und menschliche "
     "Entwickung der USA, kurz NICHD.", "Entwickung"),
    ("Geld kam vom Nationalen Institut für Kindergesundheit und menschliche Entwicklung der "
     "Vereinigten Staaten.",
     "Geld kam vom Nationalen Institut für Kindergesundhiet und menschliche Entwicklung der "
     "Vereinigten Staaten.", "Kindergesundhiet"),
])
def test_a_declined_name_before_a_function_word(faithful: str, wrong: str, words: str) -> None:
    assert not alarms(CHX, "de", faithful), said(alarms(CHX, "de", faithful))
    assert caught_at(CHX, "de", wrong, "name-altered", words), said(alarms(CHX, "de", wrong))
