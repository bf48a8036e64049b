"""Round 13 (B1): lessons over « projects like ours » read every matching fiche, not the one whose title the
question resembles — a title word put in the plural, the asker's own (« nos / notre »), an indefinite
(« organiser un … ») or the others said (« les autres », « ailleurs ») name a kind of action. Invented fiches."""

from __future__ import annotations

import pytest

from assistant.routing import _plural_of_title
from tests.helpers_index import make_fiche


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("Pour nos jardins partagés, quels obstacles ont été rencontrés ?", "Jardin partagé des Lilas"),
        ("notre atelier cuisine : qu'est-ce qui a coincé chez les autres ?", "Atelier cuisine des parents"),
        ("Quelles limites pour monter une ludothèque ?", "Ludothèque itinérante"),
        ("les bals et fêtes du quartier, qu'est-ce qui a bloqué ?", "Bal musette du Vieux Port"),
        ("les sorties-familles, quels freins ?", "Sortie familles à la mer"),
        ("Le café des parents : quelles difficultés d'autres centres ont rencontrées ?", "Café des parents"),
    ],
)
def test_a_kind_of_action_is_no_one_fiche(question, title):
    assert _plural_of_title(question, make_fiche("f-x", title))


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("Le jardin partagé des Lilas, quelles limites ?", "Jardin partagé des Lilas"),
        (
            "petites histoires d'ici et d'ailleurs : qu'est-ce qui a coincé ?",
            "petites histoires d'ici et d'ailleurs",
        ),
        ("les sorties familles à la mer : quels freins ?", "Sorties familles à la mer"),
        ("la ludothèque itinérante, des soucis ?", "Ludothèque itinérante"),
    ],
)
def test_the_named_fiche_stays_one(question, title):
    assert not _plural_of_title(question, make_fiche("f-x", title))


def test_lessons_for_our_kind_of_project_cite_each_fiche_of_that_kind():
    from tests.helpers_retrieval import cited_titles, memory_assistant

    corpus = [
        make_fiche("g1", "Jardin partagé des Lilas", resume="Des parcelles cultivées par les habitants.",
                   limites="Peu de jardiniers l'été."),
        make_fiche("g2", "Jardins familiaux du Moulin", resume="Un jardin partagé au pied des immeubles.",
                   limites="Vols de légumes."),
        make_fiche("c1", "Le Comptoir", resume="Un café associatif tenu par des bénévoles.",
                   limites="Le local ferme l'été."),
        make_fiche("l1", "Lecture au parc", resume="Des lectures en plein air.", limites="La pluie."),
    ]  # fmt: skip
    assistant = memory_assistant(corpus)
    for question in (
        "Pour nos jardins partagés, quelles galères ont connu les autres ?",
        "Quelles difficultés pour lancer un jardin partagé ?",
    ):
        assert set(cited_titles(assistant.ask(question))) == {
            "Jardin partagé des Lilas",
            "Jardins familiaux du Moulin",
        }
    assert cited_titles(assistant.ask("Le jardin partagé des Lilas, quelles limites ?")) == [
        "Jardin partagé des Lilas"
    ]
