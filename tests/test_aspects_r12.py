"""Round 12: a comparison asking an aspect by its kind (« différence de fréquence entre A et B ») reads it in
what each fiche says it does before what it plans: a Perspectives sentence repeating the question's word
(« Augmenter la fréquence : 2 par mois ») is no answer when the text states the rhythm."""

from __future__ import annotations

from assistant.aspects import aspect_lines
from tests.helpers_index import make_fiche


def test_the_rhythm_is_read_in_what_the_fiche_does_not_in_its_plans():
    brunch = make_fiche(
        "f-1", "Brunch des voisins", resume="Le brunch a lieu une fois par mois le samedi de 10 h à 12 h.",
        perspectives="Augmenter la fréquence des brunchs : deux par mois.",
    )  # fmt: skip
    soup = make_fiche("f-2", "Soupe partagée", resume="La soupe est servie chaque jeudi soir en hiver.")
    lines = aspect_lines([brunch, soup], "Différence de fréquence entre le brunch et la soupe ?")
    assert "une fois par mois le samedi" in lines[0] and "(Résumé)" in lines[0]
    assert "chaque jeudi soir" in lines[1]


def test_a_plan_is_kept_when_the_fiche_says_nothing_else():
    brunch = make_fiche("f-1", "Brunch des voisins", perspectives="Passer à deux brunchs par mois.")
    soup = make_fiche("f-2", "Soupe partagée", resume="La soupe est servie chaque jeudi soir en hiver.")
    lines = aspect_lines([brunch, soup], "À quel rythme ont lieu le brunch et la soupe ?")
    assert "deux brunchs par mois" in lines[0]
