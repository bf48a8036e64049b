"""People telling what they want set the scene of the need (`assistant.situation_facets.need_subjects`).

« comment aider des mamans au foyer qui voudraient retrouver du travail ? »: « mamans » reads public familles,
« retrouver du travail » the topic Emploi; the fiche wanted is the job club (public Adultes), not any family
fiche. The people's facet ranks at a share of the need's, their description (« au foyer ») is no topic word.
A topic phrase is also read with its object's other determiner (`assistant.facet_words`). Invented corpus.
"""

from __future__ import annotations

import pytest

from assistant.facet_words import SYNONYMS, _with_other_determiners
from assistant.records import FacetMatch
from assistant.retrieval import HybridRetriever
from assistant.situation_facets import need_scene, need_subject, need_subjects
from ingest.text import tokens
from tests.helpers_retrieval import MemoryIndex, make_fiche

FICHES = [
    make_fiche(
        "club", "Club emploi des habitantes", centre="Centre social des Saules", departement="Rhône",
        region="Auvergne-Rhône-Alpes", mots_cles=["Emploi, économie"], public=["Adultes"],
        resume="Un groupe hebdomadaire pour des femmes éloignées de l'emploi : CV, entretiens, métiers.",
    ),
    make_fiche(
        "gouter", "Goûter des familles", centre="Centre social des Saules", departement="Rhône",
        region="Auvergne-Rhône-Alpes", mots_cles=["Parentalité"], public=["familles"],
        resume="Un goûter mensuel où les parents et les enfants partagent un moment au foyer du centre.",
    ),
    make_fiche(
        "sortie", "Sorties familles au lac", centre="Centre social du Val", departement="Isère",
        region="Auvergne-Rhône-Alpes", mots_cles=["Loisirs"], public=["familles"],
        resume="Une journée au lac pour les familles, chaque été.",
    ),
]  # fmt: skip

MAMANS = FacetMatch(field="public", values=["familles"], trigger="mamans")


@pytest.fixture(scope="module")
def retriever() -> HybridRetriever:
    return HybridRetriever(MemoryIndex(FICHES))


def _read(question: str, facets: list[FacetMatch]) -> tuple[list, set[int]]:
    toks = tokens(question)
    words = {w for f in facets for w in f.trigger.split()}
    return toks, {i for i, t in enumerate(toks) if t.norm in words}


def test_people_followed_by_a_relative_of_wanting_are_the_need_subject() -> None:
    question = "comment aider des mamans au foyer qui voudraient retrouver du travail ?"
    toks, used = _read(question, [MAMANS])
    assert need_subject([MAMANS], question, toks, used)
    assert {toks[i].norm for i in need_scene([MAMANS], question, toks, used)} == {"au", "foyer"}


def test_people_asked_for_or_doing_are_not() -> None:
    for question in (
        "des activités pour les mamans qui marchent bien",
        "des mamans qui voudraient, des idées ?",
    ):
        toks, used = _read(question, [MAMANS])
        assert need_subjects([MAMANS], question, toks, used) == []


def test_a_topic_phrase_is_read_with_the_other_determiner() -> None:
    assert "retrouver du travail" in _with_other_determiners(["retrouver un travail"])
    assert _with_other_determiners(["recherche d emploi", "trouver un emploi"]) == [
        "recherche d emploi", "trouver un emploi",
    ]  # fmt: skip
    emploi = next(p for _, value, p in SYNONYMS if value == "Emploi, économie")
    assert "trouver du travail" in emploi


def test_the_need_ranks_first_not_the_people(retriever: HybridRetriever) -> None:
    result = retriever.search("comment aider des mamans au foyer qui voudraient retrouver du travail ?")
    assert result.query.intent == "search"
    assert result.hits[0].fiche_id == "club"
