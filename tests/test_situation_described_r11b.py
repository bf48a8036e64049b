"""A situation told without a main verb: the people named, then what they do or undergo
(`assistant.situation_facets.described_positions`).

« des gamins virés du collège qui traînent toute la journée, quelqu'un a une solution ? » names its people
(« gamins ») then tells their situation by a participle and a relative clause: like « des collégiens renvoyés
traînent toute la journée, … ? », its facet sets the scene and does not filter. Known answers on invented
questions and a tiny invented corpus.
"""

from __future__ import annotations

import pytest

from assistant.question_syntax import situation_positions
from assistant.retrieval import HybridRetriever
from assistant.situation_facets import described_positions
from ingest.text import tokens
from tests.helpers_retrieval import MemoryIndex, make_fiche


def _described(question: str, people: str) -> set[int]:
    toks = tokens(question)
    named = {i for i, t in enumerate(toks) if t.norm == people}
    return described_positions(question, toks, named)


def test_people_then_a_participle_and_a_relative_are_the_situation() -> None:
    question = "des gamins virés du collège qui traînent toute la journée, quelqu'un a une solution ?"
    assert _described(question, "gamins") == set(range(10))  # the first clause, « des » to « journée »


def test_people_then_a_relative_only() -> None:
    question = "beaucoup de mamans seules qui ne sortent pas de chez elles, que faire ?"
    assert _described(question, "mamans") == set(range(11))


def test_a_noun_linked_to_the_people_by_a_preposition_is_what_is_asked() -> None:
    assert _described("des actions pour les jeunes qui décrochent, des idées ?", "jeunes") == set()


def test_a_clause_with_its_own_verb_is_left_to_situation_positions() -> None:
    question = "des gamins virés du collège traînent toute la journée, quelqu'un a une solution ?"
    toks = tokens(question)
    assert _described(question, "gamins") == set()
    assert situation_positions(question, toks) >= set(range(9))


def test_the_request_itself_is_no_situation() -> None:
    assert _described("des gamins virés du collège qui traînent toute la journée", "gamins") == set()
    assert _described("des mamans qui veulent apprendre le français, des idées ?", "mamans") == set()


FICHES = [
    make_fiche(
        "langue", "Cours de langue du jeudi", centre="Centre social des Saules", departement="Rhône",
        region="Auvergne-Rhône-Alpes", mots_cles=["Apprentissage"], public=["Adultes"],
        resume="Des cours de français pour les habitants qui apprennent la langue, deux soirs par semaine.",
    ),
    make_fiche(
        "gouter", "Goûter des familles", centre="Centre social des Saules", departement="Rhône",
        region="Auvergne-Rhône-Alpes", mots_cles=["Parentalité"], public=["familles"],
        resume="Un goûter mensuel où les parents et les enfants partagent un moment.",
    ),
    make_fiche(
        "sortie", "Sorties familles au lac", centre="Centre social du Val", departement="Isère",
        region="Auvergne-Rhône-Alpes", mots_cles=["Loisirs"], public=["familles"],
        resume="Des sorties d'une journée au lac pour les familles qui ne partent pas en vacances.",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def retriever() -> HybridRetriever:
    return HybridRetriever(MemoryIndex(FICHES))


def test_the_described_situation_ranks_its_topic_first(retriever: HybridRetriever) -> None:
    result = retriever.search("des mamans venues d'ailleurs qui parlent peu le français, des idées ?")
    assert result.hits[0].fiche_id == "langue"
