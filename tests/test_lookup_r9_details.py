"""Round 9: one detail asked in words nobody wrote — on fiches invented here.

The noun a count counts is read past its determiner (« combien de leurs propositions »), a possessed noun is a
figure of the fiche in focus; the partitive « en » counts fiches (« y en a combien dans le 31 ? »), never a
figure; whom an action is for is a type of answer (« il s'adresse à qui ? »: its public, else the text's
people); who does what the question says (« qui y tient des permanences ? ») is the sentence telling that
act with a role; a described fiche of a list is the one explaining the most words of the description; the
asker's own setting (« notre conseil d'administration souhaite … ») names no project, and a request for
examples after it asks for a list."""

from __future__ import annotations

import pytest

from assistant.answer_types import answer_type
from assistant.lookup import lookup_answer
from assistant.lookup_asks import _asks_amount, count_noun
from assistant.mentions import described
from assistant.question_clauses import existence_asked
from assistant.records import Citation, FacetMatch, Query, Turn
from ingest.text import normalise
from tests.helpers_retrieval import answer_text, cited_titles, make_fiche, memory_assistant


def first(fiche, question: str, field: str = "") -> str:
    text = lookup_answer(fiche, question, field, Query(text=question)).answer.text
    return text.split("\n\n")[0].replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("question", "noun"),
    [("Combien de leurs propositions ont été retenues ?", "proposition"),
     ("combien de ses bénévoles sont restés ?", "benevole"),
     ("Et combien de ces familles sont revenues ?", "famille"),
     ("combien de personnes sont venues ?", "personne")],
)  # fmt: skip
def test_a_count_is_of_the_noun_past_its_determiner(question, noun):
    assert count_noun(normalise(question)) == noun


@pytest.mark.parametrize(
    ("question", "figure"),
    [("y en a combien dans le 31 ?", False), ("vous en avez combien en Isère ?", False),
     ("combien y en a-t-il dans le Nord ?", False), ("les jeunes touchent combien ?", True),
     ("combien ont été reprises ?", True)],
)  # fmt: skip
def test_the_partitive_en_counts_things_not_a_figure(question, figure):
    assert _asks_amount(normalise(question)) is figure


@pytest.mark.parametrize(
    ("question", "kind"),
    [("il s'adresse à qui ?", "public"), ("c'est destiné à qui ?", "public"),
     ("À qui est destiné le point jeunes ?", "public"), ("quel public vise le projet ?", "public"),
     ("c'est pour qui ?", "public"), ("qui y tient des permanences ?", "doer"),
     ("Les ateliers, qui y reçoit les usagers ?", "doer"), ("qui finance le projet ?", None),
     ("les actions qui tiennent des permanences", None), ("qui a eu l'idée ?", "initiative")],
)  # fmt: skip
def test_whom_for_and_who_does_are_types_of_answer(question, kind):
    found = answer_type(normalise(question))
    assert (found.name if found else None) == kind


GIRLS = make_fiche(
    "f-girls", "Bougeons les filles", centre="CENTRE SOCIAL DU LITTORAL", departement="Somme",
    resume=("Le centre propose des activités sportives aux jeunes filles repérées par le collège du quartier, "
            "avec une démarche participative."),
    description_experience="Le centre est installé depuis 1998 près de la gare.",
)  # fmt: skip
DESK = make_fiche(
    "f-desk", "Permanences d'accès aux droits", centre="MAISON DU BOURG", departement="Orne",
    resume=("Des permanences d'accès aux droits ont lieu chaque mardi.\n"
            "Permanences de la CAF avec une référente sociale. Elles informent les usagers sur leurs droits.\n"
            "Un travail de pédagogie est mené par la structure."),
    public=["Adultes"],
)  # fmt: skip


def test_whom_an_action_is_for_is_read_in_its_text_when_no_public_is_given():
    line = first(GIRLS, "Bougeons les filles, il s'adresse à qui ?")
    assert "jeunes filles" in line and "1998" not in line


def test_whom_an_action_is_for_is_its_public_field_first():
    assert "Adultes" in first(DESK, "Les permanences d'accès aux droits, c'est destiné à qui ?")


def test_who_does_what_the_question_says():
    line = first(DESK, "Permanences d'accès aux droits : qui y tient des permanences ?")
    assert "CAF" in line


def _cited(n: int, fid: str, title: str) -> Citation:
    return Citation(n=n, fiche_id=fid, title=title, centre="CS", departement="Gers", url="")


GARDENS = {
    "f-1": make_fiche("f-1", "Jardin partagé du square", mots_cles=["Enfance & jeunesse"],
                      resume="Un potager partagé par les habitants du square."),
    "f-2": make_fiche("f-2", "Potager et tout-petits", public=["Petite enfance"],
                      resume="Les enfants de la crèche municipale rencontrent les jardiniers du potager."),
}  # fmt: skip


def test_the_fiche_described_is_the_one_explaining_most_of_the_description():
    listed = [_cited(1, "f-1", "Jardin partagé du square"), _cited(2, "f-2", "Potager et tout-petits")]
    facet = FacetMatch(field="mots_cles", values=["Enfance & jeunesse"], trigger="enfants")
    found = described("celui avec les enfants de la crèche, combien de bénévoles ?", listed, GARDENS, [facet])
    assert [c.fiche_id for c in found] == ["f-2"]


@pytest.mark.parametrize(
    ("question", "exists"),
    [("Notre conseil souhaite que les habitants participent. Auriez-vous des exemples d'actions qui vont "
      "dans ce sens ?", True),
     ("Notre jardin manque de bras. Vous avez des actions où les voisins arrosent ?", True),
     ("Le jardin des Lilas, qui l'arrose ?", False)],
)  # fmt: skip
def test_a_request_for_examples_after_the_askers_setting_asks_for_a_list(question, exists):
    assert existence_asked(question) is exists


def corpus():
    return [
        make_fiche("f-walk", "Marche exploratoire des Lilas", centre="CS DES LILAS", departement="Cher",
                   resume="Des marches dans la cité avec les locataires et le bailleur.",
                   description_generale=("Trois marches, 40 participants, 52 propositions remises au bailleur. "
                                         "27 propositions ont été intégrées aux travaux.")),
        make_fiche("f-soup", "Soupe du dimanche", centre="CS DU PORT", departement="Var",
                   resume="Une soupe partagée chaque dimanche d'hiver."),
        make_fiche("f-band", "Fanfare des Lilas", centre="CS DES LILAS BIS", departement="Var",
                   resume="Une fanfare de quartier ouverte à tous."),
    ]  # fmt: skip


def test_a_count_of_a_possessed_noun_is_a_figure_of_the_fiche_in_focus():
    assistant = memory_assistant(corpus())
    question = "C'est quoi la marche exploratoire des Lilas ?"
    history = [Turn(question=question, answer=assistant.ask(question))]
    answer = assistant.ask("Combien de leurs propositions ont été retenues au final ?", history)
    assert cited_titles(answer)[:1] == ["Marche exploratoire des Lilas"]
    assert "27 propositions" in answer_text(answer)


def test_the_partitive_en_with_a_place_counts_the_fiches_there():
    answer = memory_assistant(corpus()).ask("y en a combien dans le Var ?")
    assert answer_text(answer).startswith("2 fiches")
    assert set(cited_titles(answer)) == {"Soupe du dimanche", "Fanfare des Lilas"}


@pytest.mark.parametrize(
    ("question", "negated"),
    [("seulement celles qui sont arrêtées, pas celles en cours", ["En cours"]),
     ("et celles qui ne sont plus en cours ?", ["En cours"]), ("celles en cours", []),
     ("les actions avec plus de jeunes en cours", [])],
)  # fmt: skip
def test_a_criterion_said_in_the_negative_is_excluded(question, negated):
    from assistant.field_criteria import negated_facets

    facets = [FacetMatch(field="statut", values=["Terminée"], trigger="arrêtées"),
              FacetMatch(field="statut", values=["En cours"], trigger="en cours")]  # fmt: skip
    assert [f.values[0] for f in negated_facets(question, facets)] == negated


def partners():
    return [
        make_fiche("f-p1", "Goûter des Lilas", partenaires=["Caf"], resume="Un goûter pour les familles."),
        make_fiche("f-p2", "Bal des Lilas", partenaires=["Caf", "Commune"], resume="Un bal pour les familles."),
        make_fiche("f-p3", "Fête du Port", partenaires=["Commune"], resume="Une fête pour les familles."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("follow_up", "titles"),
    [("et celles avec la mairie ?", {"Bal des Lilas", "Fête du Port"}),  # the partner replaced
     ("et parmi elles, celles avec la mairie ?", {"Bal des Lilas"})],  # the list narrowed
)  # fmt: skip
def test_et_celles_changes_one_criterion_parmi_elles_narrows(follow_up, titles):
    assistant = memory_assistant(partners())
    question = "Quelles actions menées avec la Caf ?"
    history = [Turn(question=question, answer=assistant.ask(question))]
    assert set(cited_titles(assistant.ask(follow_up, history))) == titles


LANGUAGES = make_fiche(
    "f-lang", "Cours de français du soir", centre="CS DES QUAIS", departement="Nord",
    resume="Des cours de français pour adultes, une approche centrée sur la vie quotidienne.",
    ressources_financieres="Participation des apprenants : 20 € par an",
    description_generale="Chaque groupe compte 12 apprenants de 9 nationalités.",
)  # fmt: skip


def test_a_count_the_fiche_does_not_give_is_answered_by_the_count_beside_the_asked_words():
    line = first(LANGUAGES, "Les cours de français du soir, les apprenants viennent de combien de pays ?")
    assert "9 nationalités" in line and "20 €" not in line


def test_a_facet_read_in_two_fields_is_replaced_through_either():
    from assistant.followup import merge_facets

    families = FacetMatch(
        field="mots_cles", values=["Famille"], trigger="familles", also={"public": ["familles"]}
    )
    adults = FacetMatch(field="public", values=["Adultes"], trigger="adultes")
    assert merge_facets([families], [adults]) == [adults]


def garden_corpus():
    return [
        make_fiche("f-g1", "Jardin partagé de la cité", mots_cles=["Enfance & jeunesse"],
                   resume="Un jardin partagé en pied d'immeuble pour les enfants et les habitants de la cité."),
        make_fiche("f-g2", "Potager et multi-accueil", public=["Petite enfance"],
                   resume="Les enfants du multi-accueil rencontrent les jardiniers bénévoles du potager.",
                   personnes_mobilisees="6 bénévoles, 2 salariés, 12 enfants"),
        make_fiche("f-g3", "Bal du printemps", resume="Un bal pour les habitants.", departement="Var"),
    ]  # fmt: skip


def test_a_count_the_list_first_fiche_cannot_give_is_asked_of_the_one_listed_fiche_that_does():
    assistant = memory_assistant(garden_corpus())
    question = "Vous avez une action où des jardiniers bénévoles rencontrent les enfants ?"
    first_answer = assistant.ask(question)
    history = [Turn(question=question, answer=first_answer)]
    answer = assistant.ask("elle mobilise combien de bénévoles ?", history)
    assert cited_titles(answer) == ["Potager et multi-accueil"]
    assert "6 bénévoles" in answer_text(answer)


def test_a_conjugated_verb_ends_the_name_of_a_project():
    from assistant.routing import _other_name

    fiche = make_fiche("f-fle", "Français Langue Étrangère", resume="Des cours de français pour adultes.")
    question = "Les apprenants du Français Langue Étrangère viennent de combien de pays ?"
    assert _other_name(question, fiche, Query(text=question)) == ""
