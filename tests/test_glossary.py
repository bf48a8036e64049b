"""The glossary (`assistant.glossary`): English words of social work, French truncations, familiar and learned
words, each read as the standard French words the fiches write."""

from __future__ import annotations

import pytest

from assistant.glossary import english_french, familiar_standard, familiar_table
from assistant.vocabulary import BOUND_PREFIXES
from ingest.text import normalise


@pytest.mark.parametrize(
    ("word", "first"),
    [
        ("pros", "professionnel"),  # the plural of a truncation
        ("Pro", "professionnel"),
        ("écolos", "écologique"),
        ("assos", "association"),
        ("ordi", "ordinateur"),
        ("colos", "colonie"),
        ("illectronisme", "numérique"),  # a learned word of social work
        ("Mal-logement", "logement"),  # a compound, whole
        ("primo-arrivants", "migrants"),
        ("allophones", "français"),
    ],
)
def test_familiar_and_learned_words(word, first):
    assert familiar_standard(word)[0] == first


def test_ordinary_words_are_no_glossary_words():
    assert familiar_standard("logement") == []
    assert familiar_standard("mal") == []  # the prefix alone means nothing to the glossary


@pytest.mark.parametrize(
    ("word", "french"),
    [
        ("teenage", "adolescents"),
        ("pregnancy", "grossesse"),
        ("homelessness", "sans-abri"),
        ("bullying", "harcèlement"),
        ("robotics", "robotique"),
        ("single-parent", "monoparentales"),
    ],
)
def test_english_social_work_words(word, french):
    assert french in english_french(word)


def test_no_entry_is_a_bound_prefix_and_learned_words_map_to_other_words():
    table = familiar_table()
    assert set(table) & BOUND_PREFIXES == {"sous"}  # money alone (« des sous »), a prefix before a hyphen
    for key in ("illectronisme", "mal-logement", "decrochage", "sans-abrisme"):
        assert any(normalise(w) != key.replace("-", " ") for w in table[key])
