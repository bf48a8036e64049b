"""Round 15: an infinitive whose noun object follows it without a determiner (« comment redonner confiance »,
« pour reprendre goût à… ») is a verb, not the topic: weak (`question_syntax._verb_of_purpose`), so a verb no
fiche writes never alone says « aucune fiche »; its object still does (« pratiquer escalade »)."""

from __future__ import annotations

import pytest

from assistant.answerability import Answerability
from assistant.retrieval import HybridRetriever
from ingest.text import tokens
from tests.helpers_retrieval import MemoryIndex, make_fiche

FICHES = [
    make_fiche(
        "estime", "Estime de soi au féminin", centre="Centre social Les Aulnes", departement="Gironde",
        region="Nouvelle-Aquitaine", mots_cles=["Lien social"], public=["Femmes"],
        resume="Des ateliers de confiance en soi pour des femmes isolées du quartier, chaque jeudi.",
    ),
    make_fiche(
        "lecture", "Club lecture des ados", centre="Maison des habitants", departement="Nord",
        region="Hauts-de-France", mots_cles=["Culture"], public=["Jeunesse"],
        resume="Les adolescents choisissent des romans et en parlent ensemble, pour le goût de la lecture.",
    ),
    make_fiche(
        "potager", "Jardin des voisins", centre="Espace social du Pont", departement="Isère",
        region="Auvergne-Rhône-Alpes", mots_cles=["Environnement"], public=["Tous publics"],
        resume="Un potager cultivé par les habitants au pied des immeubles.",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def retriever() -> HybridRetriever:
    return HybridRetriever(MemoryIndex(FICHES))


def _weak(judge: Answerability, text: str) -> dict[str, bool]:
    """term text -> weak."""
    return {t.text: t.weak for t in judge.terms(tokens(text), set(), text=text)}


@pytest.mark.parametrize(
    ("text", "verb", "noun"),
    [
        ("Comment redonner confiance à des femmes isolées ?", "redonner", "confiance"),
        ("Des idées pour reprendre goût à la lecture chez les ados ?", "reprendre", "goût"),
        ("comment pratiquer escalade avec les jeunes", "pratiquer", "escalade"),
    ],
)
def test_an_infinitive_before_its_bare_object_is_weak_and_the_object_is_not(retriever, text, verb, noun):
    weak = _weak(retriever.judge, text)
    assert weak[verb] is True
    assert weak[noun] is False


def test_an_infinitive_before_an_adverb_stays_the_topic(retriever):
    assert _weak(retriever.judge, "des ateliers pour jardiner ensemble ?")["jardiner"] is False


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("Comment redonner confiance à des femmes isolées ?", "estime"),
        ("Des idées pour redonner goût à la lecture aux ados ?", "lecture"),
    ],
)
def test_a_verb_no_fiche_writes_does_not_say_aucune_fiche(retriever, question, first):
    result = retriever.search(question, k=3)
    assert not result.no_match
    assert result.hits[0].fiche_id == first


def test_the_bare_object_no_fiche_has_still_says_aucune_fiche(retriever):
    result = retriever.search("comment pratiquer escalade avec des femmes isolées ?", k=3)
    assert result.no_match
    assert result.missing == ["escalade"]


# -- a word of no topic misspelt (`Answerability._misspelt_function_word`) -----------------------------------

PLAY = [
    make_fiche(
        "ludo", "Ludothèque en plein air", centre="Centre social du Parc", departement="Gironde",
        region="Nouvelle-Aquitaine", mots_cles=["Parentalité"], public=["Familles"],
        resume="Des jeux dehors au pied des immeubles, pour les familles, tout l'été.",
    ),
    make_fiche(
        "chant", "Chorale des voisins", centre="Maison des habitants", departement="Nord",
        region="Hauts-de-France", mots_cles=["Culture"], public=["Tous publics"],
        resume="Une chorale ouverte à tous, le mardi soir, avec une cheffe de chœur.",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def play() -> HybridRetriever:
    return HybridRetriever(MemoryIndex(PLAY))


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("une ludothèque dehor pour les familles l'été ?", "ludo"),  # « dehors » less its s: the base's key
        (
            "une chorale ouverte a tous, toujour le mardi ?",
            "chant",
        ),  # « toujours » less its s: no fiche has it
        ("on peut chanter ensembe dans une chorale ?", "chant"),  # « ensemble » less a letter
    ],
)
def test_a_misspelt_word_of_no_topic_does_not_say_aucune_fiche(play, question, first):
    result = play.search(question, k=3)
    assert not result.no_match
    assert result.hits[0].fiche_id == first


def test_a_topic_word_one_letter_from_a_word_of_no_topic_still_says_aucune_fiche(play):
    result = play.search("des actions de prévention sur la route ?", k=3)  # « route » / « toute »: changed
    assert result.no_match
    assert result.missing == ["route"]


@pytest.mark.parametrize("word", ["voient", "seules"])  # one letter from « vient », « seule »: French words
def test_a_word_the_french_table_knows_is_never_a_misspelling(play, word):
    assert not play.judge._misspelt_function_word(tokens(word)[0])


@pytest.mark.parametrize("word", ["dehor", "toujour", "ensembe"])
def test_a_function_word_less_a_letter_is_a_misspelling(play, word):
    assert play.judge._misspelt_function_word(tokens(word)[0])


# -- an adjective of a vague noun (`question_syntax.qualifies_vague`) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("une idée pour occuper les ados avec un truc concret ?", "concret"),
        ("quelque chose de festif pour les voisins ?", "festif"),
        ("des trucs sportifs pour les ados ?", "sportifs"),
    ],
)
def test_an_adjective_of_a_vague_noun_is_weak(retriever, text, word):
    assert _weak(retriever.judge, text)[word] is True


def test_an_adjective_of_a_noun_that_names_a_thing_is_not_weak_for_it(retriever):
    assert _weak(retriever.judge, "des jeux concrets pour les ados ?").get("concrets") is not True


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("les ados lisent peu, on voudrait un truc concret autour des romans", "lecture"),
        ("quelque chose de concret pour des femmes isolées ?", "estime"),
    ],
)
def test_an_evaluative_word_no_fiche_writes_does_not_say_aucune_fiche(retriever, question, first):
    result = retriever.search(question, k=3)
    assert not result.no_match
    assert result.hits[0].fiche_id == first
