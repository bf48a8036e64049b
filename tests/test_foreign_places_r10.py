"""Places outside France (round 10, `ingest.countries`, `assistant.foreign_places`): a foreign country or city
after a preposition of place is an absent place unless some fiche writes it; a large French commune of the same
name is the commune. Invented corpus; known answers."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from ingest.countries import foreign_place
from tests.helpers_retrieval import make_fiche


def _corpus():
    return [
        make_fiche("a", "Séjour familles", mots_cles=["vacances / loisirs"], public=["familles"],
                   resume="Un séjour en Espagne pour des familles qui ne partent jamais."),
        make_fiche("b", "Jardin partagé", mots_cles=["Environnement"], public=["Tous publics"],
                   resume="Des parcelles cultivées par les habitants."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


@pytest.mark.parametrize(
    ("name", "display"),
    [("Suisse", "Suisse"), ("switzerland", "Suisse"), ("GENEVE", "Genève"), ("États-Unis", "États-Unis"),
     ("london", "Londres"), ("Loire", ""), ("Bretagne", "")],
)  # fmt: skip
def test_the_gazetteer_reads_french_and_english_names(name: str, display: str) -> None:
    assert foreign_place(name) == display


@pytest.mark.parametrize(
    ("text", "absent"),
    [("des actions à Genève ou ailleurs en Suisse ?", ["Genève", "Suisse"]),
     ("un jardin partagé au Maroc ?", ["Maroc"]),
     ("Any community garden in Spain?", ["Spain"]),
     ("des actions aux États-Unis ?", ["États-Unis"])],
)  # fmt: skip
def test_a_foreign_place_no_fiche_writes_is_absent(
    vocabulary: FacetVocabulary, text: str, absent: list[str]
) -> None:
    assert vocabulary.scan(text).absent == absent


def test_a_foreign_place_a_fiche_writes_is_left_to_retrieval(vocabulary: FacetVocabulary) -> None:
    scan = vocabulary.scan("des séjours en Espagne ?")
    assert scan.absent == []


@pytest.mark.parametrize("text", ["la Suisse normande", "des parents suisses", "un gâteau de Savoie"])
def test_no_foreign_place_without_a_preposition_of_place(vocabulary: FacetVocabulary, text: str) -> None:
    assert vocabulary.scan(text).absent == []
