"""Towns named without a preposition (round 10, `CorpusTowns.written_in_base`): a capitalised town the base
writes names its centres (« the Millau health day »), read in the fiche's results too; a town the base does not
write, or an ordinary word, is none. Invented corpus; known answers."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from tests.helpers_retrieval import facet_values, make_fiche


def _corpus():
    return [
        make_fiche("a", "Journée bouger ensemble", mots_cles=["Santé"], centre="Centre social du Causse",
                   departement="Aveyron", departement_code="12", region="Occitanie",
                   resume="Une journée de sport et de santé pour les familles.",
                   resultat_territoire="Un lieu de la Ville de Millau animé pendant une journée."),
        make_fiche("b", "Place aux jeux", mots_cles=["Culture"], centre="Centre social des Tilleuls",
                   departement="Moselle", departement_code="57", region="Grand Est",
                   resume="Des jeux de société à Metz, le samedi."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


_facets = facet_values


@pytest.mark.parametrize(
    ("text", "centre"),
    [("How much did the Millau health day cost?", "Centre social du Causse"),
     ("la journée de Millau, qui l'a financée ?", "Centre social du Causse"),
     ("Les jeux de Metz, pour qui ?", "Centre social des Tilleuls")],
)  # fmt: skip
def test_a_town_the_base_writes_names_its_centres(
    vocabulary: FacetVocabulary, text: str, centre: str
) -> None:
    assert ("centre", centre) in _facets(vocabulary, text)
    assert vocabulary.scan(text).absent == []


@pytest.mark.parametrize("text", ["la fête de Rodez, c'était quand ?", "Place aux jeux, c'était quoi ?"])
def test_no_town_the_base_does_not_write(vocabulary: FacetVocabulary, text: str) -> None:
    scan = vocabulary.scan(text)
    assert [f for f in scan.facets if f.field in ("centre", "departement")] == []
    assert scan.absent == []
