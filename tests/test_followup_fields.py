"""Follow-ups over a small invented corpus, through the real `Assistant` (hybrid retrieval, real facets): a
refinement of the previous list by a field that is no facet there (the initiative, a typed figure) keeps the
previous topic and filters the whole list; a lookup naming nothing right after an answer about one fiche asks
that fiche — exact citations known."""

from __future__ import annotations

import pytest

from assistant import field_criteria
from assistant.conversation import Conversation
from assistant.records import FacetMatch
from tests.helpers_retrieval import make_fiche, memory_assistant

GARDENS = "Montre-moi les actions autour de l'environnement"


def corpus():
    env = ["Environnement"]
    return [
        make_fiche("f-1", "Potager des Lilas", mots_cles=env, initiative=["Un groupe d'habitants"],
                   resume="Un potager cultivé par les voisins au pied des tours.",
                   personnes_mobilisees="12 bénévoles", ressources_financieres="Budget de 2 000 €"),
        make_fiche("f-2", "Atelier de réparation", mots_cles=env, initiative=["Un habitant"],
                   resume="Réparer plutôt que jeter : un atelier mensuel de réparation.",
                   personnes_mobilisees="1 salarié"),
        make_fiche("f-3", "Défi zéro déchet", mots_cles=env, initiative=["Un ou plusieurs partenaire(s)"],
                   resume="Des familles réduisent leurs déchets pendant six mois.",
                   personnes_mobilisees="4 bénévoles", ressources_financieres="Coût total : 900 €"),
        make_fiche("f-4", "Compost collectif", mots_cles=env, initiative=["Le centre social"],
                   statut="Terminée", resume="Un composteur partagé pour la résidence."),
        make_fiche("f-5", "Troc de graines", mots_cles=env, initiative=["Un habitant"],
                   resume="Une boîte d'échange de graines à la médiathèque."),
        make_fiche("f-6", "Vélo solidaire", mots_cles=env, initiative=["Le centre social"],
                   resume="Apprendre à réparer son vélo et à circuler en ville."),
        make_fiche("f-7", "Club emploi", mots_cles=["Emploi, économie"], initiative=["Autre"],
                   initiative_precision="La conseillère du service public de l'emploi",
                   resume="Un groupe d'entraide pour des femmes éloignées de l'emploi.",
                   ressources_financieres="Budget de 16 000 €"),
        make_fiche("f-8", "Séjour à l'océan", mots_cles=["vacances / loisirs"], initiative=["Le centre social"],
                   resume="Le départ en vacances de familles qui ne partaient jamais."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def assistant():
    return memory_assistant(corpus(), retrieval_k=5)


def talk(assistant, *questions: str) -> Conversation:
    conversation = Conversation()
    for question in questions:
        conversation = conversation.run(assistant, question)
    return conversation


def cited(conversation: Conversation) -> list[str]:
    return [c.fiche_id for c in conversation.answer.citations]


# ---------------------------------------------------------------- reading the criterion


def test_an_origin_word_names_every_initiative_value_sharing_its_words():
    facet = field_criteria.origin_facet("seulement celles qui sont parties d'une idée d'habitants", corpus())
    assert facet == FacetMatch(
        field="initiative", values=["Un groupe d'habitants", "Un habitant"], trigger="habitants"
    )
    by_partner = field_criteria.origin_facet("celles lancées par un partenaire", corpus())
    assert by_partner is not None and by_partner.values == ["Un ou plusieurs partenaire(s)"]


@pytest.mark.parametrize(
    "question",
    ["seulement celles qui sont en cours", "celles où les habitants jardinent", "celles avec la CAF"],
)
def test_no_origin_word_or_no_initiator_named_is_no_origin_criterion(question):
    assert field_criteria.origin_facet(question, corpus()) is None


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("celles qui ont des bénévoles", "nb_benevoles"),
        ("seulement celles avec un budget", "budget"),
        ("lesquelles mobilisent des salariés ?", "nb_salaries"),
        ("celles qui ont la CAF comme partenaire", ""),
        ("celles avec le budget le plus élevé", ""),  # a definite article: a ranking, not a presence
    ],
)
def test_a_having_word_then_an_indefinite_measure_noun_asks_the_figure_to_be_known(question, field):
    assert field_criteria.having_measure(question) == field


def test_a_measure_noun_that_triggered_a_facet_is_that_facet():
    jeunes = FacetMatch(field="public", values=["Jeunesse"], trigger="jeunes")
    assert field_criteria.having_measure("celles qui ont des jeunes", [jeunes]) == ""


# ---------------------------------------------------------------- refinements through the assistant


def test_a_refinement_by_origin_keeps_the_topic_and_reaches_fiches_the_list_did_not_show(assistant):
    """Six fiches on the topic, five shown: « Troc de graines » (the sixth) is started by a resident too."""
    first = talk(assistant, GARDENS)
    assert len(first.answer.citations) == 5
    conversation = talk(assistant, GARDENS, "seulement celles qui sont parties d'une idée d'habitants")
    assert sorted(cited(conversation)) == ["f-1", "f-2", "f-5"]
    assert conversation.answer.text.startswith("Parmi les 6 fiches de la réponse précédente")
    assert "initiative Un groupe d'habitants / Un habitant" in conversation.answer.text


def test_a_refinement_by_a_known_figure_keeps_the_fiches_stating_it(assistant):
    conversation = talk(assistant, GARDENS, "celles qui ont des bénévoles")
    assert sorted(cited(conversation)) == ["f-1", "f-3"]
    assert conversation.answer.text.startswith(
        "Parmi les 6 fiches de la réponse précédente (nombre de bénévoles renseigné)"
    )


def test_a_refinement_no_listed_fiche_meets_says_so_and_cites_nothing(assistant):
    ended = talk(assistant, GARDENS, "seulement celles qui sont terminées", "celles qui ont des bénévoles")
    assert ended.answer.citations == []
    assert ended.answer.text == (
        "La fiche de la réponse précédente ne correspond pas (nombre de bénévoles renseigné)."
    )
    by_partner = talk(assistant, GARDENS, "lesquelles sont parties d'une idée d'un partenaire ?")
    assert cited(by_partner) == ["f-3"]


def test_a_refinement_by_statut_still_reads_the_facet(assistant):
    assert cited(talk(assistant, GARDENS, "seulement celles qui sont terminées")) == ["f-4"]


# ---------------------------------------------------------------- a lookup naming nothing asks the fiche in focus


@pytest.mark.parametrize(
    "question",
    ["Qui a eu l'idée de départ ?", "Qui est à l'origine du projet ?", "Qui a lancé l'action au départ ?"],
)
def test_a_lookup_naming_nothing_asks_the_fiche_just_presented(assistant, question):
    """« départ » is in another fiche's text (« Séjour à l'océan »), not a title: the fiche in focus is asked."""
    conversation = talk(assistant, "Parle-moi du club emploi", question)
    assert cited(conversation) == ["f-7"]
    assert "service public de l'emploi" in conversation.answer.text


def test_a_lookup_naming_words_the_fiche_in_focus_lacks_is_a_new_question(assistant):
    conversation = talk(assistant, "Parle-moi du club emploi", "Qui a eu l'idée du compost collectif ?")
    assert cited(conversation) == ["f-4"]
