"""A count naming several values of one field gives each value its own count (« combien en cours et combien
terminées ? »), besides the total; a count over one value says the total only."""

from __future__ import annotations

from assistant.answer import counts_by_value
from assistant.records import FacetMatch
from tests.helpers_retrieval import answer_text, make_fiche, memory_assistant

THEMES = ["Jardin partagé", "Atelier cuisine", "Sortie familles", "Café des parents", "Fête de quartier"]
CORPUS = [
    make_fiche(
        f"f{i}", f"{THEMES[i % 5]} {i}", centre=f"Centre social {i}", departement="Nord", departement_code="59",
        region="Hauts-de-France", statut="En cours" if i < 4 else "Terminée", mots_cles=["Parentalité"],
        resume="Une action du centre social avec les familles du quartier.",
    )
    for i in range(6)
]  # fmt: skip


def test_each_statut_asked_gets_its_count():
    answer = memory_assistant(CORPUS).ask(
        "Combien d'actions sont encore en cours et combien sont terminées ?"
    )
    first = answer_text(answer).splitlines()[0]
    assert first.startswith("6 fiches correspondent")
    assert "4 En cours et 2 Terminée" in first


def test_one_value_gives_the_total_only():
    answer = memory_assistant(CORPUS).ask("Combien d'actions sont terminées ?")
    first = answer_text(answer).splitlines()[0]
    assert first.startswith("2 fiches correspondent") and " : " not in first.split(")")[-1]


def test_counts_by_value_reads_the_fiche_field():
    facet = FacetMatch(field="statut", values=["En cours", "Terminée"], trigger="en cours ou terminées")
    assert counts_by_value([facet], CORPUS) == {"En cours": 4, "Terminée": 2}
    assert (
        counts_by_value([FacetMatch(field="statut", values=["En cours"], trigger="en cours")], CORPUS) == {}
    )
