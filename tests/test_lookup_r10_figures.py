"""Round 10: a number or a name buried in a fiche, asked in everyday words — on fiches invented here.

A familiar noun counted (« combien de gosses ») is the standard noun the fiche counts (« 12 enfants »); a count
asked with what the counted ones did (« combien de femmes ont décroché un boulot ») is the sentence with a
figure saying it (« 9 ont trouvé un emploi »), before the one merely counting the noun; « quelle structure /
quel organisme » asks the organisation the text names (an acronym, a capitalised name, « la mission
locale »), found by the words of the asking clause (« la conteuse », even when the title has them)."""

from __future__ import annotations

import pytest

from assistant.answer_types import ORGANISATION_ASKED, answer_type, lookup_type
from assistant.lookup import lookup_answer
from assistant.lookup_asks import people_count_noun
from assistant.lookup_sentences import fiche_counts
from assistant.records import Query
from ingest.text import normalise
from tests.helpers_retrieval import make_fiche


def first(fiche, question: str, field: str = "") -> str:
    text = lookup_answer(fiche, question, field, Query(text=question)).answer.text
    return text.split("\n\n")[0].replace("\u00a0", " ")


def first_line(fiche, question: str) -> str:
    return first(fiche, question).split("\n")[0]


STAY = make_fiche(
    "f-1",
    "Séjour à la mer",
    description_generale="Sept familles, soit 26 personnes dont 12 enfants. Hébergement en gîte.",
    personnes_mobilisees="1 animatrice, 2 bénévoles",
)
CLUB = make_fiche(
    "f-2",
    "Atelier insertion des mères",
    description_experience="Le groupe réunit une quinzaine de femmes chaque mardi.",
    resultat_habitants="Sur 30 inscrites, 9 ont trouvé un emploi ou une formation qualifiante.",
)
TALES = make_fiche(
    "f-3",
    "Contes en famille",
    resume="Des ateliers de conte pour les parents. Ils sont animés par une conteuse de la Maison du Récit"
    " de Grenoble.",
    description_generale="Une garderie est assurée par un animateur de la MJC. Les familles viennent du quartier.",
    limites="La conteuse n'a pas pu venir en juin.",
)
DRIVING = make_fiche(
    "f-4",
    "Code de la route solidaire",
    description_experience="Les candidats sont orientés par la mission locale. Reste à charge pour le candidat :"
    " 50 €.",
    personnes_mobilisees="1 référente, 2 moniteurs de l'auto-école associative",
)


@pytest.mark.parametrize(
    ("question", "noun"),
    [("combien de gosses sont partis ?", "enfant"), ("et combien de gamins y sont allés ?", "enfant"),
     ("combien de mômes ?", "enfant"), ("combien de bénévoles ?", "benevole")],
)  # fmt: skip
def test_a_familiar_noun_counted_is_the_standard_one_the_fiche_counts(question, noun):
    assert people_count_noun(normalise(question), lambda n: fiche_counts(STAY, n)) == noun


def test_a_familiar_noun_is_kept_when_the_fiche_counts_no_standard_one():
    assert people_count_noun(normalise("combien de gosses ?"), lambda n: False) == "gosse"


def test_the_count_of_familiar_children_is_the_childrens_figure():
    assert "12 enfants" in first(STAY, "Séjour à la mer : combien de gosses sont partis ?")


def test_a_count_with_what_they_did_is_the_sentence_saying_it():
    line = first_line(CLUB, "Combien de femmes ont décroché un boulot ou une formation ?")
    assert "9 ont trouvé un emploi" in line


def test_a_bare_count_is_still_the_nouns_count():
    line = first_line(CLUB, "Combien de femmes viennent chaque mardi ?")
    assert "quinzaine de femmes" in line


@pytest.mark.parametrize(
    ("question", "organisation"),
    [("la conteuse venait de quelle structure ?", True), ("quel organisme oriente les candidats ?", True),
     ("Avec quel organisme ont-ils travaillé ?", False), ("quelle structure fait du jardinage ?", True),
     ("combien de bénévoles ?", False)],
)  # fmt: skip
def test_which_organisation_is_a_type_of_a_detail_question_only(question, organisation):
    norm = normalise(question)
    assert (lookup_type(norm) is ORGANISATION_ASKED) is organisation
    assert answer_type(norm) is not ORGANISATION_ASKED  # never a type routing reads


def test_the_organisation_of_a_person_named_in_the_title():
    line = first_line(TALES, "Pour Contes en famille, la conteuse venait de quelle structure ?")
    assert "Maison du Récit" in line


def test_the_organisation_doing_what_the_question_says():
    line = first_line(TALES, "Pour Contes en famille, la garderie était assurée par quelle structure ?")
    assert "MJC" in line


@pytest.mark.parametrize(
    ("question", "expected"),
    [("Code de la route solidaire : quelle structure envoie les candidats ?", "mission locale"),
     ("Code de la route solidaire : les moniteurs viennent de quel organisme ?", "auto-école")],
)  # fmt: skip
def test_the_organisation_named_in_lower_case(question, expected):
    assert expected in first_line(DRIVING, question)


@pytest.mark.parametrize(
    ("question", "detail"),
    [("Pour Contes en famille, la conteuse venait de quelle structure ?", True),
     ("la garderie était assurée par quel organisme ?", True),
     ("quelle structure fait du jardinage ?", False),
     ("Dans le Gers, quelle structure fait du jardinage ?", False)],
)  # fmt: skip
def test_an_organisation_asked_as_a_complement_is_a_detail(question, detail):
    from assistant.lookup_asks import asks_detail

    assert asks_detail(normalise(question)) is detail


VISITS = make_fiche(
    "f-5",
    "Visites aux aînés",
    resume="Un réseau de bénévoles rend visite chaque semaine à des personnes âgées isolées.",
    description_generale="Le réseau compte 18 binômes sur neuf communes.",
)


def test_a_count_without_a_verb_after_its_noun_has_no_predicate():
    line = first(VISITS, "Combien de binômes bénévole / personne âgée dans le réseau de visites ?")
    assert "18 binômes" in line.split("\n")[0]
