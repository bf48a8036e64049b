"""English noun compounds read whole (round 11, `assistant.glossary.english_compounds`): « police station » is
« commissariat », « driving licence » « permis de conduire »; the scan gives each word of the compound the
compound's French (`FacetScan.standard`) in an English question only."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from assistant.glossary import english_compounds, english_filler
from tests.helpers_retrieval import make_fiche


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("a police station nearby", [(1, 3, "commissariat")]),
        ("the toy libraries", [(1, 3, "ludothèque")]),  # the last word through its lemma
        ("teen pregnancy prevention", [(0, 2, "grossesses")]),
        ("driving licence scheme", [(0, 2, "permis")]),
        ("police and station", []),  # not a compound: words apart
        ("licence driving", []),
    ],
)
def test_compounds(words, expected):
    found = english_compounds(words.split())
    assert [(start, end, french[0]) for start, end, french in found] == expected


def test_longest_compound_wins():
    assert english_compounds(["driving", "licence"]) == english_compounds(["driving", "license"])
    assert [f[:2] for f in english_compounds(["police", "officers", "at", "the", "town", "hall"])] == [
        (0, 2),
        (4, 6),
    ]


def test_hedges_are_filler():
    assert english_filler("maybe") and english_filler("perhaps")
    assert not english_filler("pregnancy")


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    corpus = [
        make_fiche("a", "Petit déjeuner", resume="Un petit déjeuner avec le commissariat."),
        make_fiche("b", "Permis solidaire", resume="Aide au permis de conduire."),
    ]
    return FacetVocabulary.from_fiches(corpus)


def test_scan_reads_english_compounds(vocabulary):
    scan = vocabulary.scan("Which centre meets people from the police station?")
    positions = [i for i, t in enumerate(scan.tokens) if t.norm in ("police", "station")]
    assert [scan.standard.get(i, ())[:1] for i in positions] == [("commissariat",), ("commissariat",)]


def test_french_question_is_not_read_as_english(vocabulary):
    scan = vocabulary.scan("des actions avec la police station de ski ?")
    assert not any("commissariat" in words for words in scan.standard.values())


def test_english_word_is_no_typo_of_a_french_value():
    corpus = [make_fiche("a", "Atelier", statut="Terminée"), make_fiche("b", "Club", statut="En cours")]
    vocabulary = FacetVocabulary.from_fiches(corpus)
    assert not vocabulary.match(
        "What did the project achieve?"
    )  # « achevé » is a French word for « Terminée »
    assert [f.values for f in vocabulary.match("un projet achevé ?")] == [["Terminée"]]
