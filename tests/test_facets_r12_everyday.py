"""Publics and topics in everyday words (round 12): a language named as what people speak names the base's
value about learning it (`assistant.facet_languages`, learnt from the values: « apprentissage de l'anglais »
gives « anglais »), an adverbial locution is no topic (`assistant.facet_locutions`), familiar nouns of people
read as the base's words (`assistant.glossary`). Invented corpus; known answers."""

from __future__ import annotations

import pytest

from assistant.facet_languages import _languages
from assistant.facets import FacetVocabulary
from assistant.glossary import familiar_standard
from tests.helpers_retrieval import facet_values, make_fiche

FRENCH = "alphabétisation & apprentissage du français"


def _corpus():
    return [
        make_fiche("a", "Cours du soir", mots_cles=[FRENCH], public=["Adultes"], centre="Centre social Azur",
                   departement="Nord", departement_code="59", region="Hauts-de-France",
                   resume="Des cours pour parler, lire et écrire, le soir."),
        make_fiche("b", "Club des aînés", mots_cles=["Solidarité"], public=["Seniors"], centre="Centre social Iris",
                   departement="Gard", departement_code="30", region="Occitanie",
                   resume="Des après-midi jeux et goûters pour les personnes âgées."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


_facets = facet_values


def test_languages_are_learnt_from_the_values() -> None:
    values = (("mots_cles", FRENCH), ("mots_cles", "Cours d'anglais"), ("mots_cles", "Santé"))
    assert _languages(values) == {
        "francais": ("mots_cles", FRENCH),
        "anglais": ("mots_cles", "Cours d'anglais"),
    }


@pytest.mark.parametrize(
    "text",
    ["Pour des gens qui baragouinent le français ?", "des voisins qui ne causent pas un mot de français",
     "ceux qui se débrouillent mal en français"],
)  # fmt: skip
def test_a_language_spoken_names_its_learning_value(vocabulary: FacetVocabulary, text: str) -> None:
    assert ("mots_cles", FRENCH) in _facets(vocabulary, text)


def test_people_named_leave_the_language_to_the_situation(vocabulary: FacetVocabulary) -> None:
    assert ("mots_cles", FRENCH) not in _facets(vocabulary, "des seniors qui parlent mal le français")


def test_the_people_of_a_nation_are_no_language(vocabulary: FacetVocabulary) -> None:
    assert _facets(vocabulary, "les Français aiment les jeux") == []


def test_a_bit_of_a_language_is_no_topic(vocabulary: FacetVocabulary) -> None:
    scan = vocabulary.scan("ils ne causent pas un mot de français")
    assert {t.norm for i, t in enumerate(scan.tokens) if i in scan.used} >= {"mot", "de", "francais"}


@pytest.mark.parametrize(("text", "word"), [("qui parlent à peine le français", "peine"),
                                            ("en gros, des jeux pour les aînés ?", "gros")])  # fmt: skip
def test_an_adverbial_locution_is_no_topic(vocabulary: FacetVocabulary, text: str, word: str) -> None:
    scan = vocabulary.scan(text)
    assert next(i for i, t in enumerate(scan.tokens) if t.norm == word) in scan.used


def test_the_noun_alone_stays_a_word(vocabulary: FacetVocabulary) -> None:
    scan = vocabulary.scan("ça vaut la peine de jouer ?")
    assert next(i for i, t in enumerate(scan.tokens) if t.norm == "peine") not in scan.used


@pytest.mark.parametrize(
    ("word", "standard"), [("dames", "femmes"), ("nanas", "femmes"), ("daronnes", "mères")]
)
def test_familiar_people_read_as_the_base_words(word: str, standard: str) -> None:
    assert standard in familiar_standard(word)


def test_familiar_elders_name_the_seniors(vocabulary: FacetVocabulary) -> None:
    assert ("public", "Seniors") in _facets(vocabulary, "les vieilles du quartier s'ennuient")


def test_a_compound_of_people_is_read_whole(vocabulary: FacetVocabulary) -> None:
    """« grands-parents »: the elders, not the parents its head says alone."""
    facets = _facets(vocabulary, "des jeux pour les grands-parents ?")
    assert ("public", "Seniors") in facets
    assert ("public", "familles") not in facets
