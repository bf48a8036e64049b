"""One detail of one fiche: the sentence chosen by the kind of question (who pays, how often, where from,
what grows, which rate, what came of it), the card of a fiche presented, and which fiche a detail question is
about (named, described with a clear lead, or none: then no lookup)."""

from __future__ import annotations

import pytest

from assistant.card import card_answer, presents
from assistant.lookup import lookup_answer
from assistant.lookup_asks import ask_of, asks_detail
from assistant.records import Query
from assistant.retrieval import HybridRetriever
from assistant.service import Assistant
from config import Settings
from ingest.text import normalise
from tests.helpers_retrieval import MemoryIndex, make_fiche

GARDEN = make_fiche(
    "f-garden", "Potager des Lilas", centre="CENTRE SOCIAL DES LILAS", departement="Gironde",
    resume="Un potager cultivé avec l'école du quartier.",
    description_experience=(
        "Le centre a aménagé une parcelle municipale : courgettes, haricots, fraises, menthe, basilic.\n"
        "La maîtresse vient un jeudi sur deux avec sa classe de CE2."
    ),
    description_generale="Quarante élèves inscrits. 12 familles ont rejoint le jardin en 2023.",
    initiative_precision="La jardinerie Verte Prairie nous a donné ses plants invendus.",
    ressources_financieres="Budget de 2 400 € : outils 900 €, semences 300 €. Financement de la métropole.",
    resultat_habitants="Des enfants fiers de leurs récoltes.", resultat_territoire="Une friche transformée.",
    partenaires=["Association locale"], public=["Enfance"],
)  # fmt: skip
DRIVING = make_fiche(
    "f-driving", "Code de la route pour tous", centre="CENTRE SOCIAL DU CANAL", departement="Nord",
    resume="Un accompagnement au code de la route en groupe, le soir.",
    description_generale="30 candidats par an ; 72 % réussissent le code du premier coup.",
    facteurs_reussite="Des bénévoles disponibles le soir.",
    partenaires=["Association locale"],
    description_experience="Les séances ont lieu en partenariat avec l'auto-école Pas à Pas de Roubaix.",
)  # fmt: skip


def first(fiche, question: str, field: str = "") -> str:
    return lookup_answer(fiche, question, field, Query(text=question)).answer.text.split("\n\n")[0]


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        ("qui paie le potager ?", "métropole", None),
        ("la maîtresse vient tous les combien ?", "un jeudi sur deux", None),
        ("d'où venaient les plants ?", "Verte Prairie", None),
        ("qu'est-ce qu'ils font pousser ?", "courgettes, haricots", None),
        ("ils étaient combien d'élèves ?", "Quarante élèves", None),
    ],
)
def test_the_sentence_is_chosen_by_the_kind_of_question(question, expected, absent):
    line = first(GARDEN, question)
    assert expected in line and "[1]" in line


def test_kinds_of_question_are_read_from_the_question_not_its_words():
    assert ask_of(normalise("Qui paie le repair café ?")).name == "funders"
    assert ask_of(normalise("Le groupe du mardi : la prof vient tous les combien ?")).name == "frequency"
    assert ask_of(normalise("d'où venaient les fruits pour les jus ?")).name == "provenance"
    assert ask_of(normalise("Qu'est-ce que ça a donné ?")).name == "results"
    assert ask_of(normalise("Quelles actions autour du jardin ?")) is None
    assert asks_detail(normalise("quel taux de réussite au code ?"))  # « taux » (plural key « tal »)
    assert asks_detail(normalise("combien d'heures de cours ?"))
    assert not asks_detail(normalise("combien d'actions en Gironde ?"))  # a count of fiches


def test_who_runs_it_and_what_it_is_for():
    staffed = GARDEN.model_copy(update={"personnes_mobilisees": "1 animatrice environnement, 3 bénévoles"})
    assert "1 animatrice environnement, 3 bénévoles" in first(staffed, "qui anime le potager ?")
    assert ask_of(normalise("À quoi sert le potager ?")).name == "purpose"
    # no sentence tells the purpose: the résumé answers
    assert first(GARDEN, "À quoi sert le potager ?").startswith("Résumé de « Potager des Lilas »")


def test_a_duration_is_no_count_of_its_unit():
    fiche = GARDEN.model_copy(update={"description_generale": "La démarche dure huit mois. 40 élèves."})
    assert "dure huit mois" in first(fiche, "ça dure combien de temps ?")


def test_a_rate_is_read_as_a_percentage():
    assert "72 %" in first(DRIVING, "quel taux de réussite au code ?")


def test_results_without_a_figure_are_completed_by_the_texts_figures():
    line = first(GARDEN, "qu'est-ce que ça a donné ?", "resultat_habitants")
    assert (
        "Des enfants fiers" in line and "En chiffres : « 12 familles ont rejoint le jardin en 2023. »" in line
    )


def test_partners_given_as_categories_are_completed_by_the_sentence_naming_them():
    line = first(DRIVING, "avec quelle structure ont-ils travaillé ?", "partenaires")
    assert "Association locale" in line and "auto-école Pas à Pas" in line


def test_a_presented_fiche_gets_a_card():
    assert presents(normalise("Présentez-moi le Potager des Lilas"))
    assert presents(normalise("la fiche du potager, elle dit quoi ?"))
    assert not presents(normalise("Quel est le budget du Potager des Lilas ?"))
    text = card_answer(GARDEN, Query(text="Présentez-moi le Potager des Lilas")).answer.text
    assert text.startswith("« Potager des Lilas » — CENTRE SOCIAL DES LILAS (Gironde) [1]")
    assert "- Budget : 2 400 €" in text.replace("\u00a0", " ")
    assert "- Public : Enfance" in text and "12 familles ont rejoint" in text


# -- which fiche: the router ---------------------------------------------------------------------------

OTHERS = [
    make_fiche("f-cook", "Atelier cuisine lontan", centre="CASE DES FAMILLES", departement="La Réunion",
               resume="Des recettes d'autrefois cuisinées par les grands-mères.",
               ressources_financieres="Budget : 9 500 €"),
    make_fiche("f-sew", "Groupe couture", centre="CENTRE SOCIAL DES ORMES", departement="Nord",
               resume="Un groupe couture et tricot le mardi après-midi, avec une professeure bénévole.",
               description_generale="La professeure vient un mardi sur deux."),
    make_fiche("f-fle", "Français Langue Etrangère", centre="CENTRE SOCIAL DU PORT", departement="Var",
               mots_cles=["alphabétisation & apprentissage du français"],
               resume="Des cours de français pour adultes."),
]  # fmt: skip


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    index = MemoryIndex([GARDEN, DRIVING, *OTHERS])
    return Assistant(HybridRetriever(index), index, settings=Settings(retrieval_k=5))


def test_a_fiche_described_not_named_is_the_target_when_retrieval_puts_it_far_ahead(assistant):
    answer = assistant.ask("Le groupe couture et tricot du mardi : la professeure vient tous les combien ?")
    assert [c.fiche_id for c in answer.citations] == ["f-sew"]
    assert "un mardi sur deux" in answer.text


def test_a_near_title_whose_distinguishing_word_differs_is_no_target(assistant):
    answer = assistant.ask("Combien a coûté l'atelier Cuisine du monde des Iris ?")
    assert answer.citations == []
    assert "9 500" not in answer.text


def test_a_named_fiche_presented_gets_its_card(assistant):
    answer = assistant.ask("Présentez-moi le Potager des Lilas")
    assert [c.fiche_id for c in answer.citations] == ["f-garden"]
    assert "- Résumé : Un potager cultivé" in answer.text


def test_a_presentation_request_asking_a_detail_is_no_card():
    assert presents(normalise("Qu'est-ce que le potager des Lilas ?"), "Potager des Lilas")
    assert presents(
        normalise("Présentez-moi le Potager des Lilas à Bordeaux"), "Potager des Lilas", {"bordeaux"}
    )
    assert not presents(normalise("c'est quoi son reste à charge pour le candidat ?"), "Potager des Lilas")


def test_a_fiche_named_by_part_of_its_title_is_presented(assistant):
    answer = assistant.ask("Parle-moi du code de la route")
    assert [c.fiche_id for c in answer.citations] == ["f-driving"]
    assert answer.text.startswith("« Code de la route pour tous » — CENTRE SOCIAL DU CANAL (Nord) [1]")


def test_a_near_title_with_a_word_its_fiche_never_says_is_another_project():
    from assistant.routing import _other_name

    query = Query(text="")
    assert (
        _other_name("Combien a coûté le potager des Lilas du Port ?", GARDEN, query)
        == "potager des Lilas du Port"
    )
    assert _other_name("Le potager zéro plastique a mobilisé qui ?", GARDEN, query) == ""  # one title word
    assert _other_name("Combien a coûté le potager des Lilas ?", GARDEN, query) == ""
    # words the fiche says are a description, not another name
    assert _other_name("Le potager des Lilas de l'école, qui paie ?", GARDEN, query) == ""


# -- the best sentence of a fiche about one fiche (round 4) ---------------------------------------------

STAGE = make_fiche(
    "f-stage", "Chantier éducatif du gymnase", centre="CENTRE SOCIAL DES PINS", departement="Isère",
    resume="Des adolescents repeignent les vestiaires du gymnase pendant les vacances.",
    description_experience=(
        "Le chantier fonctionne en deux temps : le matin les travaux, puis l'après-midi un entretien avec la "
        "mission locale.\nLes jeunes reçoivent chacun une gratification de 250 € à la fin du chantier."
    ),
    description_generale=(
        "Il a eu lieu au gymnase Jean Moulin, dans le quartier des Tilleuls. 40 idées de décor proposées, "
        "12 retenues par le club.\nPlanning des séances\n- Côté Tilleuls : 6 heures\n"
        "Lundi 9h00 – 12h00 / Mardi 14h00 – 17h00\n- Côté Bruyères : 6 heures\nJeudi 9h00 – 12h00"
    ),
    ressources_financieres=(
        "Charges : 4 000 €\nMatériel : 2 500 €\nGratifications : 1 500 €\nProduits : 4 000 €\n"
        "Subvention CAF : 2 500 €\nConseil départemental : 1 500 €"
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("les jeunes touchent combien ?", "gratification de 250 €"),  # a sum: « combien » + a money verb
        ("combien ont été retenues par le club ?", "12 retenues"),  # a bare « combien »: a figure
        ("ça a eu lieu où exactement ?", "au gymnase Jean Moulin"),  # « où » before « exactement »
        ("ça marche comment concrètement ?", "fonctionne en deux temps"),  # how it works
        ("quels sont les horaires côté Tilleuls ?", "Lundi 9h00"),  # opening hours under their heading
    ],
)
def test_a_detail_of_one_fiche_is_its_best_sentence(question, expected):
    line = first(STAGE, question)
    assert expected in line and "ne renseigne pas" not in line


def test_who_funds_it_lists_the_budget_lines_funding_it_with_their_amounts():
    for question in ("qui a financé le chantier ?", "il est financé comment ?", "qui le finnance ?"):
        line = first(STAGE, question)
        assert "Subvention CAF : 2 500 €" in line and "Conseil départemental : 1 500 €" in line, question
        assert "Matériel" not in line  # a charge, not a funder
    assert "4 000 €" in first(STAGE, "qui a financé le chantier ?").replace("\u00a0", " ")  # the budget too


def test_a_question_asking_two_things_gets_a_sentence_for_each():
    fiche = STAGE.model_copy(update={"description_experience": "Les familles logent en gîte rural.",
                                     "description_generale": "Le séjour a lieu à la montagne, dans le Vercors."})  # fmt: skip
    text = first(fiche, "les familles partent où et dans quel type de gîte ?")
    assert "à la montagne" in text and "gîte rural" in text


def test_nothing_shared_with_the_question_is_said_so():
    assert "ne renseigne pas ce point" in first(STAGE, "quelle est la couleur du logo ?")


def test_a_bare_how_many_about_one_fiche_is_a_detail_not_a_count_of_fiches():
    assert asks_detail(normalise("combien ont été reprises dans les travaux ?"))
    assert asks_detail(normalise("les jeunes touchent combien ?"))
    assert not asks_detail(normalise("combien d'actions en Isère ?"))
    assert not asks_detail(normalise("parmi elles, combien sont terminées ?"))  # fiches of the list


def test_who_funds_it_is_answered_for_a_project_named_with_a_typo(assistant):
    answer = assistant.ask("Code de la route pour tous, qui le finnance ?")
    assert [c.fiche_id for c in answer.citations] == ["f-driving"]


def test_a_short_reason_to_end_is_completed_by_the_text_telling_it():
    ended = STAGE.model_copy(update={"statut": "Terminée", "raison_fin": "Choix du centre",
                                     "perspectives": "Le chantier a été arrêté en 2021 faute de local."})  # fmt: skip
    line = first(ended, "il a pris fin pour quelle raison ?", "raison_fin")
    assert "arrêté en 2021 faute de local" in line and "Choix du centre" in line


TALES = make_fiche(
    "f-tales", "Veillées contées du jeudi", centre="CENTRE SOCIAL DES SAULES", departement="Isère",
    resume="Des veillées où les familles racontent des histoires.",
    description_experience="Les veillées ont commencé en 2019 dans la salle polyvalente.\n"
    "La dernière veillée a réuni 64 personnes autour de la conteuse.",
    personnes_mobilisees="En 2022, l'action a mobilisé 18 adultes, parents en tout de 30 enfants.",
)  # fmt: skip


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Combien de gens sont venus à la dernière veillée ?", "64 personnes"),  # « gens »: a count of people
        ("combien de parents y ont participé ?", "18 adultes"),  # no « N parents »: the people counted
    ],
)
def test_a_count_of_people_is_answered_by_the_people_the_fiche_counts(question, expected):
    line = first(TALES, question)
    assert expected in line and "[1]" in line
