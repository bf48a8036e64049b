"""Round 13: a numeric condition on a typed figure (« un budget de plus de 30 000 € », « au moins vingt
bénévoles ») lists the fiches passing it, the farthest from the bound first; a number bounding no figure
(« plus de 10 ans ») sets no condition. Invented fiches."""

from __future__ import annotations

import pytest

from assistant.comparison import rank_answer
from assistant.ranking import rank_spec
from assistant.records import Query
from assistant.thresholds import Bound, bound_of
from ingest.text import normalise
from tests.helpers_answer import make_fiche


@pytest.mark.parametrize(
    ("question", "bound"),
    [
        ("Dans le Gard, lesquelles ont un budget de plus de 12 000 euros ?", Bound("budget", 12000.0)),
        ("celles avec au moins vingt bénévoles", Bound("nb_benevoles", 20.0, True, True)),
        ("quelles actions ont coûté moins de 5 000 € ?", Bound("budget", 5000.0, False)),
        ("des projets à plus de 30k€ dans l'Ain", Bound("budget", 30000.0)),
        ("les fêtes qui ont touché plus de 200 personnes", Bound("nb_participants", 200.0)),
        ("un budget supérieur à 8000 euros, il y en a ?", Bound("budget", 8000.0)),
    ],
)
def test_a_condition_on_a_figure_is_read(question, bound):
    assert bound_of(normalise(question).split()) == bound
    assert rank_spec(normalise(question)).bound == bound


@pytest.mark.parametrize(
    "question",
    [
        "des activités pour les plus de 60 ans ?",
        "les actions de plus de 10 ans dans le Rhône",
        "un atelier de plus de 3 séances par semaine ?",
    ],
)
def test_a_number_bounding_no_figure_sets_no_condition(question):
    assert bound_of(normalise(question).split()) is None


def _fiches():
    def fiche(n, title, money):
        return make_fiche(n, title, "CS DU PONT", "Gard", "Occitanie", ressources_financieres=money)

    return [fiche(1, "Repair café", "Coût total : 9 000 €"), fiche(2, "Fête du fleuve", "Coût total : 41 000 €"),
            fiche(3, "Jardin des voisins", "Coût total : 15 500 €"), fiche(4, "Ludothèque", "")]  # fmt: skip


def test_the_fiches_passing_the_condition_are_listed_the_farthest_first():
    question = "lesquelles ont un budget de plus de 12 000 euros ?"
    built = rank_answer(_fiches(), rank_spec(normalise(question)), Query(text=question))
    assert [c.title for c in built.answer.citations] == ["Fête du fleuve", "Jardin des voisins"]
    assert built.answer.text.startswith(
        "2 fiches ont un budget total de plus de 12\xa0000\xa0€ (sur 3 fiches chiffrées, 1 sans ce chiffre)"
    )


def test_no_fiche_passing_the_condition_is_said_without_citation():
    question = "des actions à moins de 500 euros ?"
    built = rank_answer(_fiches(), rank_spec(normalise(question)), Query(text=question))
    assert built.answer.citations == []
    assert built.answer.text.startswith("Aucune fiche n'a un budget total de moins de 500\xa0€")
