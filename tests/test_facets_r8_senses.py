"""Facet values said in other words (round 8): the statut read from the meaning of verbs (`facet_aspect`), the
role words around a partner and the generic people a public qualifies (`facet_roles`), and the words that say a
found value again through its gloss (`facet_senses`). Invented corpus; known answers."""

from __future__ import annotations

import pytest

from assistant.facet_aspect import aspect_statut
from assistant.facet_senses import ValueSenses
from assistant.facets import FacetVocabulary, Question
from assistant.query import analyse
from tests.helpers_retrieval import facet_pairs, make_fiche


def _corpus():
    return [
        make_fiche(
            "a", "Permanence des locataires en retard de loyer", mots_cles=["Logement"], public=["Adultes"], statut="Terminée",
            partenaires=["Bailleur social", "Caf"],
            resume="Les locataires en retard de loyer rencontrent le bailleur avec une conseillère.",
        ),
        make_fiche(
            "b", "Goûters des aînés", mots_cles=["Solidarité"], public=["Seniors"], statut="En cours",
            partenaires=["Commune"], description="Un goûter mensuel pour les aînés du quartier.",
        ),
        make_fiche(
            "c", "Chantier jeunes", mots_cles=["Emploi"], public=["Jeunesse"], statut="En cours",
            partenaires=["Caf", "Commune"], description="Des jeunes rénovent une salle avec un encadrant.",
        ),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


ENDED = ("statut", ("Terminée",))
RUNNING = ("statut", ("En cours",))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a verb of running or of ending, any form, its polarity flipped by a negation
        ("seulement celles qui continuent", RUNNING),
        ("et parmi elles, celles qui se poursuivent ?", RUNNING),
        ("Quelles actions se sont éteintes ?", ENDED),
        ("les projets qui ne sont pas encore terminés", RUNNING),
        ("les actions qui perdurent", RUNNING),
        ("Parmi elles, lesquelles ont repris ?", RUNNING),
        # any verb under « ne … plus » with actions for subject
        ("Quelles actions pour les jeunes ne se font plus ?", ENDED),
        ("Parmi les chantiers, lesquels n'ont plus lieu ?", ENDED),
        ("Les actions qui ne coûtent plus rien ?", None),  # what they lack, not that they stopped
        ("les actions qui n'ont plus de salarié", None),
        # running verbs whose plain present means success, existence, a topic or a length: no statut
        ("Qu'est-ce qui a fait que ça marche ?", None),
        ("Quels projets existent sur le logement ?", None),
        ("les actions qui tournent autour du jeu", None),
        ("Quelles actions ont duré plus de deux ans ?", None),
        ("Comment fonctionne le chantier jeunes ?", None),
        ("les actions qui reprennent les codes du théâtre", None),
        # the subject is not the actions: people who no longer do something
        ("des ateliers pour les jeunes qui ne vont plus à l'école", None),
    ],
)
def test_statut_from_the_meaning_of_verbs(vocabulary, question, expected):
    statut = {p for p in facet_pairs(vocabulary, question) if p[0] == "statut"}
    assert statut == ({expected} if expected else set())


def test_aspect_reports_the_verb_span():
    question = Question.of("seulement celles qui ne tournent plus du tout")
    value, start, end = aspect_statut(question.tokens, question.breaks, set(), question.words)
    assert (value, [t.norm for t in question.tokens[start:end]]) == ("Terminée", ["ne", "tournent", "plus"])


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("lesquels avaient la Caf dans le tour de table ?", "lesquels avaient"),
        ("Parmi les actions, lesquelles comptent la Caf parmi les financeurs ?", "Parmi lesquelles comptent"),
        ("des actions avec la commune comme partenaire", ""),
        # no opening preposition: the field's word is what is asked (« les financements Caf »)
        ("Compare les financements Caf des goûters et du chantier", "Compare financements goûters chantier"),
        # a preposition opens words outside the field: a topic of their own
        ("des actions avec la Caf dans les quartiers", "quartiers"),
    ],
)
def test_role_words_around_a_partner_are_no_topic(vocabulary, question, left):
    assert analyse(question, vocabulary).keywords == left


@pytest.mark.parametrize(
    ("question", "left"),
    [
        ("Qu'est-ce qu'on a pour nos adhérents retraités ?", ""),
        ("Des choses pour nos membres du troisième âge ?", "choses"),
        ("des goûters pour les retraités", "goûters"),
    ],
)
def test_generic_people_before_a_public_are_its_head(vocabulary, question, left):
    assert ("public", ("Seniors",)) in facet_pairs(vocabulary, question)
    assert analyse(question, vocabulary).keywords == left


def test_a_word_no_fiche_uses_that_derives_from_the_gloss_is_absorbed(vocabulary):
    # « bail » is in no fiche; « bailleur » is a word of the Logement fiches far more than of the others
    assert analyse("des actions sur le logement et le bail", vocabulary).keywords == ""
    # with the noun it complements (« les histoires de bail »), never across a break
    assert analyse("des actions sur le logement et les histoires de bail", vocabulary).keywords == ""
    assert analyse("des actions sur le logement, histoires. De bail ?", vocabulary).keywords == "histoires"
    # the noun a re-said adjective qualifies, when no fiche uses it either (« litiges »; « retard » is used)
    assert analyse("des actions sur le logement et les litiges locatifs", vocabulary).keywords == ""
    assert analyse("des actions sur le logement et le retard locatif", vocabulary).keywords == "retard"
    # a word some fiche uses is left to rank them; a word related to no found value stays too
    assert "loyer" in analyse("des actions sur le logement et le loyer", vocabulary).keywords
    assert "bail" in analyse("des actions pour les jeunes et le bail", vocabulary).keywords


def test_glosses_are_over_represented_words():
    senses = ValueSenses()
    senses.add(("mots_cles", "Logement"), {"bailleur", "locataire", "quartier"})
    senses.add(("mots_cles", "Culture"), {"theatre", "quartier"})
    senses.finish({"bailleur": 1, "locataire": 1, "quartier": 4, "theatre": 1}, 4)
    assert senses.glosses[("mots_cles", "Logement")] == {"bailleur", "locataire"}
    assert senses.derivative(("mots_cles", "Logement"), "bail") == "bailleur"
    assert senses.derivative(("mots_cles", "Logement"), "locatif") == "locataire"
    assert senses.derivative(("mots_cles", "Logement"), "quart") == ""
