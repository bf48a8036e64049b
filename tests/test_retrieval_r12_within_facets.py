"""When facets only boost, a pool ranked over the whole base may hold no fiche meeting every facet although the
base has some: the question is then judged among those fiches, never « aucune fiche ne réunit tous vos critères »."""

from __future__ import annotations

from assistant import retrieval
from assistant.retrieval import HybridRetriever
from tests.helpers_retrieval import MemoryIndex, make_fiche

SCHOOL = "Des cafés avec les parents d'élèves devant l'école, pour faire venir les parents à l'école et parler des élèves."


def _corpus():
    others = [
        make_fiche(
            f"g{n}",
            f"Café des parents d'élèves {n}",
            public=["familles"],
            mots_cles=["Famille"],
            resume=SCHOOL,
        )
        for n in range(14)
    ]
    rouen = make_fiche(
        "sm",
        "Petits déjeuners du jeudi",
        departement="Seine-Maritime",
        departement_code="76",
        region="Normandie",
        public=["familles"],
        mots_cles=["Famille"],
        resume="Des petits déjeuners à l'école avec les parents d'élèves, un jeudi par mois.",
    )
    away = make_fiche(
        "sm2",
        "Sorties nature",
        departement="Seine-Maritime",
        departement_code="76",
        region="Normandie",
        public=["Jeunesse"],
        mots_cles=["Environnement"],
        resume="Des sorties en forêt pour les ados.",
    )
    havre = rouen.model_copy(
        update={
            "id": "sm3",
            "title": "Goûters du vendredi",
            "centre": "Centre sm3",
            "resume": rouen.resume.replace("jeudi", "vendredi"),
        }
    )
    return [*others, rouen, havre, away]


QUESTION = "dans le 76, quelque chose pour faire venir les parents d'élèves à l'école ?"


def test_a_fiche_meeting_every_facet_below_the_pool_is_found_and_judged_on_its_topic():
    result = HybridRetriever(MemoryIndex(_corpus())).search(QUESTION, k=5)
    assert not result.no_match
    assert {hit.fiche.id for hit in result.hits} == {"sm", "sm3"}


def test_without_the_second_reading_the_same_question_said_no_fiche_meets_the_criteria(monkeypatch):
    monkeypatch.setattr(
        HybridRetriever, "_within_facets", lambda self, q, s, exact, b, p, k, decision: ({}, [], decision)
    )
    result = HybridRetriever(MemoryIndex(_corpus())).search(QUESTION, k=5)
    assert result.no_match and result.missing_kind == "criteria"


def test_the_topic_still_decides_among_the_fiches_meeting_every_facet():
    question = "dans le 76, un atelier de poterie pour les parents ?"
    result = HybridRetriever(MemoryIndex(_corpus())).search(question, k=5)
    assert result.no_match and result.missing_kind == "topic"
    assert retrieval.POOL >= 1
