"""Round 12: a ranking on what a receiving verb gets in a size (« touche le plus gros chèque de la caisse
d'allocs ») ranks on money, from the funder the partner facet read as the question writes it; a size of people
still ranks on people (« touche le plus large public »)."""

from __future__ import annotations

import pytest

from assistant.aspects import asked_partner
from assistant.ranking import rank_spec
from assistant.records import FacetMatch, Query
from ingest.text import normalise


@pytest.mark.parametrize(
    ("question", "field", "descending"),
    [
        (
            "De toutes les actions, laquelle touche le plus gros chèque de la caisse d'allocs ?",
            "budget",
            True,
        ),
        ("Quelle action reçoit le plus gros virement de la Caf ?", "budget", True),
        ("Laquelle empoche la plus petite part de la mairie ?", "budget", False),
        ("Quelle action touche le plus grand nombre de personnes ?", "nb_participants", True),
        ("Laquelle touche le plus large public ?", "nb_participants", True),
    ],
)
def test_a_thing_received_in_a_size_is_money(question, field, descending):
    spec = rank_spec(normalise(question))
    assert spec is not None
    assert (spec.field, spec.descending) == (field, descending)


def test_the_funder_is_read_as_the_question_writes_it():
    question = "Laquelle touche le plus gros chèque de la caisse d'allocs ?"
    facet = FacetMatch(field="partenaires", values=["Caf"], trigger="caisse d allocs")
    assert asked_partner(normalise(question), Query(text=question, facets=[facet])) == "Caf"
    other = "Laquelle touche le plus de familles de la caisse d'allocs ?"  # people counted, not a sum
    assert asked_partner(normalise(other), Query(text=other, facets=[facet])) == ""
