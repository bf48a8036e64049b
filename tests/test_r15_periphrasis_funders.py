"""Round 15: a région named by its periphrasis (« l'île de Beauté »: `ingest.demonyms.AREAS`), and « qui » with
its verb of money ending the question (« …, qui payait ? »: `question_clauses.funders_clause`) in any tense."""

from __future__ import annotations

import pytest

from assistant.question_clauses import funders_clause
from ingest.geo import place_aliases
from ingest.text import normalise
from tests.helpers_retrieval import make_fiche, memory_assistant


def test_ile_de_beaute_is_corse():
    assert any(a.words == ("ile", "de", "beaute") and a.names == ("Corse",) for a in place_aliases())


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("Les randos avec les familles en Corse, qui payait ?", "payait"),
        ("Le jardin partagé, qui a payé ?", "paye"),
        ("Qui paie ?", "paie"),
    ],
)
def test_qui_and_its_verb_of_money_ending_the_question_ask_the_funders(question, verb):
    assert funders_clause(normalise(question)) == [verb]


@pytest.mark.parametrize("question", ["des actions qui marchent ?", "le projet qui plait aux jeunes ?"])
def test_qui_with_another_verb_asks_no_funders(question):
    assert funders_clause(normalise(question)) == []


def test_the_periphrasis_and_the_past_tense_find_the_funders():
    corsica = make_fiche(
        "rando", "Sorties familiales en montagne", centre="Centre U Paese", departement="Haute-Corse",
        departement_code="2B", region="Corse", public=["Familles"],
        resume="Des randonnées en famille le dimanche.", ressources_financieres="Caf : 5 500 €\nCommune : 1 000 €",
    )  # fmt: skip
    other = make_fiche(
        "mer", "Sorties à la mer", centre="Centre Soleil", departement="Gironde", departement_code="33",
        region="Nouvelle-Aquitaine", public=["Familles"], resume="Des sorties à la plage en famille.",
        ressources_financieres="Commune : 900 €",
    )  # fmt: skip
    answer = memory_assistant([corsica, other]).ask(
        "Les randos avec les familles sur l'île de beauté, qui payait ?"
    )
    assert [c.fiche_id for c in answer.citations] == ["rando"]
    assert answer.text.startswith("Financeurs de « Sorties familiales en montagne »")
    assert "Caf : 5 500 €" in answer.text.replace("\u00a0", " ")
