"""Round 14: « celui de Guadeloupe », « celle qui passe dans les hameaux » when the previous list showed only some
of the fiches it stood for (at 20,000 fiches: 5 of hundreds) and none of those shown fits — the fiche is looked
for among the list's whole extent (`assistant.beyond_list`). The lists here show 2 fiches (retrieval_k=2).
Invented fiches."""

from __future__ import annotations

import pytest

from tests.helpers_index import make_fiche
from tests.helpers_retrieval import answer_text, cited_titles, memory_assistant, placed_fiche, replay

PLACES = {
    "Gers": ("32", "Occitanie"),
    "Aude": ("11", "Occitanie"),
    "Creuse": ("23", "Nouvelle-Aquitaine"),
    "Vendée": ("85", "Pays de la Loire"),
    "Guadeloupe": ("971", "Guadeloupe"),
}


def _placed(fid: str, title: str, departement: str, **fields):
    return placed_fiche(fid, title, departement, PLACES, **fields)


def _gardens():
    jardins = [
        (
            "f-j1",
            "Jardin partagé des Lilas",
            "Gers",
            "le jardinage au potager partagé du quartier, légumes et compost",
            "Commune : 900 €",
        ),
        (
            "f-j2",
            "Jardin partagé du Port",
            "Aude",
            "un jardin partagé de jardinage entre voisins, semis et arrosage",
            "Caf : 1 200 €",
        ),
        (
            "f-j3",
            "Jardin partagé des Coteaux",
            "Creuse",
            "des parcelles de jardinage pour les familles, potager et fleurs",
            "Bailleur : 700 €",
        ),
        (
            "f-j5",
            "Potager partagé des Tilleuls",
            "Vendée",
            "un potager partagé où le jardinage réunit les habitants",
            "Commune : 500 €",
        ),
    ]
    return [
        *(
            _placed(fid, title, dep, resume=f"Au pied des immeubles, {text}.", ressources_financieres=money)
            for fid, title, dep, text, money in jardins
        ),
        _placed(
            "f-j4", "Jardin créole pédagogique", "Guadeloupe",
            resume="Des enfants de l'école apprennent les plantes médicinales avec des anciens.",
            ressources_financieres="Coopérative scolaire : 600 € ; centre social : 1 800 €",
            personnes_mobilisees="2 animateurs, 48 élèves",
        ),
        _placed("f-x1", "Fête de quartier", "Guadeloupe", resume="Une fête de quartier avec les familles."),
    ]  # fmt: skip


def _seniors():
    visite = "Des bénévoles rendent visite aux personnes âgées isolées pour rompre leur solitude."
    return [
        _placed("f-s1", "Visites à domicile", "Gers", public=["Seniors"], resume=visite, personnes_mobilisees="12 bénévoles"),
        _placed("f-s2", "Visites de convivialité", "Aude", public=["Seniors"], resume=visite, personnes_mobilisees="9 bénévoles"),
        _placed("f-s3", "Thé dansant", "Vendée", public=["Seniors"], resume="Un après-midi dansant pour les aînés.", personnes_mobilisees="4 bénévoles"),
        _placed(
            "f-s4", "Minibus des aînés", "Creuse", public=["Seniors"],
            resume="Un minibus fait la tournée des hameaux pour conduire les aînés au marché.",
            personnes_mobilisees="1 chauffeur, 14 bénévoles",
        ),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("first", "follow_up", "said"),
    [
        (
            "Qu'est-ce que vous avez sur le jardinage ?",
            "Celui de Guadeloupe, il est financé comment ?",
            "1 800",
        ),
        ("des actions de jardinage ?", "et celui de la Guadeloupe, qui le finance ?", "600"),
        ("le jardinage, ça existe ?", "celui en Guadeloupe, il touche combien d'élèves ?", "48"),
    ],
)
def test_a_place_names_a_fiche_the_list_did_not_show(first, follow_up, said):
    assistant = memory_assistant(_gardens(), retrieval_k=2)
    history = replay(assistant, first)
    assert "Jardin créole pédagogique" not in cited_titles(history[0].answer)  # beyond the fiches shown
    answer = assistant.ask(follow_up, history)
    assert cited_titles(answer) == ["Jardin créole pédagogique"]
    assert said in answer_text(answer)


@pytest.mark.parametrize(
    ("follow_up", "said"),
    [
        ("et celle qui passe dans les hameaux, elle a combien de bénévoles ?", "14"),
        ("laquelle va dans les hameaux, et avec combien de bénévoles ?", "14"),
    ],
)
def test_a_description_names_a_fiche_of_a_facet_list_beyond_those_shown(follow_up, said):
    assistant = memory_assistant(_seniors(), retrieval_k=2)
    history = replay(assistant, "Des actions pour les personnes âgées isolées ?")
    assert "Minibus des aînés" not in cited_titles(history[0].answer)
    answer = assistant.ask(follow_up, history)
    assert cited_titles(answer) == ["Minibus des aînés"]
    assert said in answer_text(answer)


def test_a_place_of_no_fiche_of_the_topic_is_still_said_to_fit_none():
    """The Guadeloupe fiche beyond the list is no jardin: not the one meant; the list fits nothing."""
    gardens = [f for f in _gardens() if f.id != "f-j4"]
    assistant = memory_assistant(gardens, retrieval_k=2)
    history = replay(assistant, "Qu'est-ce que vous avez sur le jardinage ?")
    answer = assistant.ask("Celui de Guadeloupe, il est financé comment ?", history)
    assert cited_titles(answer) == []
    assert answer_text(answer).startswith("Aucune des 2 fiches de la réponse précédente ne correspond")


def _youth(n: int = 14):
    return [
        make_fiche(
            f"f-y{i}", f"Atelier jeunes n°{i}", centre=f"CENTRE SOCIAL {i}", public=["Jeunesse"],
            partenaires=["Commune"] if i <= 12 else ["Caf"], resume=f"Un atelier pour les jeunes du quartier {i}.",
        )
        for i in range(1, n + 1)
    ]  # fmt: skip


@pytest.mark.parametrize(
    "follow_up",
    [
        "Et celles qui ont la mairie comme partenaire ?",
        "parmi elles, lesquelles sont menées avec la commune ?",
    ],
)
def test_a_refined_list_of_many_cites_its_most_relevant_and_counts_all(follow_up):
    """At scale a refinement keeps thousands of fiches: it cites COUNT_CITED of them, and says how many."""
    assistant = memory_assistant(_youth())
    history = replay(assistant, "Les actions qui touchent les jeunes ?")
    answer = assistant.ask(follow_up, history)
    assert len(answer.citations) == 10
    assert all(c.fiche_id not in {"f-y13", "f-y14"} for c in answer.citations)
    assert "12 fiches correspondent" in answer_text(answer)
