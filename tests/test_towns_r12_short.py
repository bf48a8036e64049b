"""Towns as the fiches write them (round 12): a town written short names the town it begins (« à Champigny »
→ Champigny-sur-Marne, `places.communes_headed`), in the question and in a fiche's text; a town that no located
fiche is at but that some fiche writes (a fiche with no centre line) is a word of the question, not an absent
place; a town no fiche writes stays absent. Invented corpus; known answers."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from ingest import places
from tests.helpers_retrieval import facet_values, make_fiche


def _corpus():
    return [
        make_fiche("a", "Atelier photo des jeunes", mots_cles=["Culture"], centre="Centre social des Acacias",
                   departement="Val-de-Marne", departement_code="94", region="Île-de-France",
                   resume="Un atelier photo avec le service jeunesse de la mairie de Champigny."),
        make_fiche("b", "Stage vidéo", mots_cles=["Enfance & jeunesse"],
                   resume="Un stage vidéo avec le point jeunesse de la mairie de Bressuire."),
        make_fiche("c", "Jeux de société", mots_cles=["Culture"], centre="Centre social des Tilleuls",
                   departement="Moselle", departement_code="57", region="Grand Est",
                   resume="Des jeux de société le samedi."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


_facets = facet_values


def test_short_forms_of_town_names() -> None:
    assert places.head("Champigny-sur-Marne") == "champigny"
    assert places.head("Villeneuve-d'Ascq") == "villeneuve"
    assert places.head("Saint-Denis") == ""
    assert places.head("Le Havre") == ""
    assert [c.name for c in places.communes_headed("Champigny")] == ["Champigny-sur-Marne"]
    assert places.communes_headed("Lorient") == []


def test_a_town_written_short_names_its_centres(vocabulary: FacetVocabulary) -> None:
    """« à Champigny »: Champigny-sur-Marne, where the Val-de-Marne fiche's text puts its centre (« mairie de Champigny »)."""
    assert ("centre", "Centre social des Acacias") in _facets(vocabulary, "Des ateliers à Champigny ?")
    assert vocabulary.scan("Des ateliers à Champigny ?").absent == []


def test_a_town_an_unlocated_fiche_writes_is_a_word(vocabulary: FacetVocabulary) -> None:
    scan = vocabulary.scan("le stage vidéo à Bressuire, pour quel âge ?")
    assert scan.absent == []
    assert [f for f in scan.facets if f.field in ("centre", "departement")] == []


def test_a_town_no_fiche_writes_stays_absent(vocabulary: FacetVocabulary) -> None:
    assert vocabulary.scan("le stage vidéo à Perpignan, pour quel âge ?").absent == ["Perpignan"]
