"""An English people word read through typo tolerance before a topic noun is that noun's adjective
(« teenage pregnancy »), not the people asked; before a people noun or alone it stays the public."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from tests.helpers_retrieval import make_fiche


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(
        [
            make_fiche("a", "Accueil des adolescents", public=["Jeunesse"], mots_cles=["Enfance & jeunesse"]),
            make_fiche("b", "Prévention des grossesses précoces", public=["familles"], mots_cles=["Santé"]),
        ]
    )


def _publics(vocabulary: FacetVocabulary, question: str) -> list[list[str]]:
    """The public values read (a public named alongside a keyword of the same words counts)."""
    scan = vocabulary.scan(question)
    return [
        f.values if f.field == "public" else f.also["public"]
        for f in scan.facets
        if "public" in (f.field, *f.also)
    ]


@pytest.mark.parametrize(
    "question",
    ["Any projects about teenage pregnancy prevention?", "Is there anything on teenage pregnancy?"],
)
def test_an_adjective_before_a_topic_noun_is_no_public(vocabulary, question):
    assert _publics(vocabulary, question) == []


@pytest.mark.parametrize(
    "question",
    ["Any projects for teenage girls?", "Any teenage projects?", "Any projects for teenagers?"],
)
def test_the_people_asked_stay_a_public(vocabulary, question):
    assert _publics(vocabulary, question) == [["Jeunesse"]]


def test_a_french_question_is_not_read_so(vocabulary):
    assert _publics(vocabulary, "des projets pour les teenage dans le quartier ?") == [["Jeunesse"]]
