"""Facets read in the situation a request for ideas tells rank, they do not filter (`assistant.situation_facets`).

« Des mamans du quartier ont du mal en français, on pourrait monter quoi ? »: « mamans » reads public familles,
but the fiche wanted is the French class (public Adultes), not any family fiche. A facet asked as a criterion in
the request (« pour les familles ») still filters. A tiny invented corpus, known answers.
"""

from __future__ import annotations

import pytest

from assistant.question_syntax import situation_positions
from assistant.records import FacetMatch
from assistant.retrieval import HybridRetriever
from assistant.situation_facets import situational, trigger_positions
from ingest.text import tokens
from tests.helpers_retrieval import MemoryIndex, make_fiche

FICHES = [
    make_fiche(
        "langue", "Cours de langue du jeudi", centre="Centre social des Saules", departement="Rhône",
        region="Auvergne-Rhône-Alpes", mots_cles=["Apprentissage"], public=["Adultes"],
        resume="Des cours de français pour les habitants qui apprennent la langue, deux soirs par semaine.",
    ),
    make_fiche(
        "gouter", "Goûter des familles", centre="Centre social des Saules", departement="Rhône",
        region="Auvergne-Rhône-Alpes", mots_cles=["Parentalité"], public=["familles"],
        resume="Un goûter mensuel où les parents et les enfants partagent un moment, parfois en français facile.",
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


def _is_situational(question: str, trigger: str) -> bool:
    toks = tokens(question)
    used = {i for i, t in enumerate(toks) if t.norm == trigger}
    facet = FacetMatch(field="public", values=["familles"], trigger=trigger)
    return situational([facet], toks, used, situation_positions(question, toks))


def test_a_facet_in_the_situation_told_is_situational() -> None:
    assert _is_situational("Des mamans ont du mal en français, on pourrait monter quoi ?", "mamans")


def test_a_facet_asked_in_the_request_is_not() -> None:
    assert not _is_situational("Des idées d'actions pour les familles ?", "familles")
    assert not _is_situational("Quelles actions pour les mamans ?", "mamans")


def test_trigger_positions_are_the_used_positions_of_its_words() -> None:
    toks = tokens("Des mamans ont du mal")
    facet = FacetMatch(field="public", values=["familles"], trigger="mamans")
    assert trigger_positions(facet, toks, {1}) == {1}
    assert trigger_positions(facet, toks, {0}) == set()


def test_the_situation_topic_ranks_first_not_the_public(retriever: HybridRetriever) -> None:
    result = retriever.search("Des mamans ont du mal en français, on pourrait monter quoi ?")
    assert result.query.intent == "search"  # facets boost: no list of family fiches
    assert result.hits[0].fiche_id == "langue"


def test_a_public_asked_as_criterion_still_filters(retriever: HybridRetriever) -> None:
    result = retriever.search("Quelles actions pour les familles ?")
    assert {h.fiche_id for h in result.hits} == {"gouter", "sortie"}


def test_the_answer_keeps_the_topic_order_of_a_situation_told(retriever: HybridRetriever) -> None:
    from assistant.answer import only_full, told_facets

    result = retriever.search("Des mamans ont du mal en français, on pourrait monter quoi ?")
    assert told_facets(result.query)
    kept, apart = only_full(result)
    assert kept.hits[0].fiche_id == "langue" and apart == []


def test_a_public_asked_in_the_request_is_no_situation(retriever: HybridRetriever) -> None:
    from assistant.answer import told_facets

    assert not told_facets(retriever.analyse("Des idées pour les familles qui apprennent le français ?"))
