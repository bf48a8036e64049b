"""Who started an action (round 11, `assistant.facet_cues`, `assistant.facets._peer`): « lancées par un
habitant » is the initiative field's « Un habitant », « impulsées par des habitants » either of its values that
name inhabitants; an infinitive (« on veut lancer un truc pour les habitants ») says no initiator."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from tests.helpers_retrieval import facet_pairs, make_fiche


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    corpus = [
        make_fiche("a", "Grainothèque", initiative=["Un habitant"], mots_cles=["Environnement"]),
        make_fiche("b", "Jardin", initiative=["Un groupe d'habitants"], mots_cles=["Environnement"]),
        make_fiche("c", "Club", initiative=["Le centre social"], mots_cles=["Culture"]),
    ]
    return FacetVocabulary.from_fiches(corpus)


ONE = ("initiative", ("Un habitant",))
EITHER = ("initiative", ("Un habitant", "Un groupe d'habitants"))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("des actions lancées par un habitant tout seul ?", {ONE}),
        ("un projet initié par un habitant", {ONE}),
        ("des actions impulsées par des habitants", {EITHER}),  # plural: a group, or one of them
        ("des projets lancés par des habitants", {EITHER}),
        ("on veut lancer un truc pour les habitants", set()),  # who it is for, not who started it
        ("des idées pour les habitants", set()),
    ],
)
def test_initiative(vocabulary, question, expected):
    assert {p for p in facet_pairs(vocabulary, question) if p[0] == "initiative"} == expected


def test_the_initiative_cue_is_part_of_the_trigger(vocabulary):
    scan = vocabulary.scan("un projet initié par un habitant ?")
    assert [f.trigger for f in scan.facets] == ["initié par un habitant"]
    assert {scan.tokens[i].norm for i in scan.used} == {"initie", "par", "un", "habitant"}
