"""Round 12: a detail asked of a fiche described in a clause of its own (« l'atelier cuisine qui lutte contre
la dénutrition, il a lieu quels jours ? ») is a lookup of the first fiche when its text has every word of the
description and none of the fiches retrieval scored near it does. Invented fiches."""

from __future__ import annotations

from assistant.records import Hit
from assistant.routing import _described, _only_one_described
from tests.helpers_retrieval import make_fiche

MEALS = make_fiche(
    "f-1",
    "Dans le cadre de la politique sociale",
    description_generale="Des ateliers de cuisine pour lutter contre la dénutrition des aînés, le premier"
    " mercredi du mois.",
)
LUNCH = make_fiche(
    "f-2",
    "Repas partagés",
    description_generale="Des repas pour lutter contre l'isolement ; la cuisine est faite par les habitants.",
)
TALKS = make_fiche(
    "f-3",
    "Atelier nutrition",
    description_generale="Un atelier sur la cuisine des légumes pour lutter contre la dénutrition.",
)


def hits(*fiches) -> list[Hit]:
    return [Hit(fiche_id=f.id, score=2.0 - i / 4, fiche=f) for i, f in enumerate(fiches)]


QUESTION = "L'atelier cuisine qui lutte contre la dénutrition, il a lieu quels jours ?"


def test_the_describing_clause_gives_its_content_words():
    assert _described(QUESTION) == ["atelier", "cuisine", "lutte", "contre", "denutrition"]
    assert _described("il a lieu quels jours ?") == []


def test_the_only_fiche_saying_the_whole_description_is_the_one_asked():
    assert _only_one_described(QUESTION, hits(MEALS, LUNCH))


def test_two_fiches_saying_it_leave_the_choice_to_retrieval():
    assert not _only_one_described(QUESTION, hits(MEALS, TALKS))


def test_a_topic_framed_by_a_preposition_names_no_fiche():
    assert _described("Sur le soutien aux parents, quelles galères ont été remontées ?") == []
