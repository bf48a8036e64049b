"""Round 12: lookups and follow-ups asked in everyday writing — on fiches invented here.

Question words written as they sound (« c kel jour », « kombien », « avec ki ») are read as the words the cues
know; a count of one public (« combien d'enfants ») is answered by the fiche's count of another (« 48 élèves »)
when it counts none of that one; the sentence told beside a vague partner field (« Autre ») is the one naming
organisations and saying the question's own verb (« co-organisé » : « pour organiser »); an ordinal followed by
politeness (« Développe la première stp ») names a fiche of the previous list."""

from __future__ import annotations

import pytest

from assistant.lookup import lookup_answer
from assistant.mentions import positions
from assistant.records import Query
from assistant.spoken_asks import question_word, sound_key, spelt_out
from tests.helpers_retrieval import make_fiche


def first(fiche, question: str, field: str = "") -> str:
    text = lookup_answer(fiche, question, field, Query(text=question)).answer.text
    return text.split("\n\n")[0].replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("l'atelier couture c kel jour ?", "l'atelier couture c'est quel jour ?"),
        ("c koi le budget du repas", "c'est quoi le budget du repas"),
        ("la permanence c kan ?", "la permanence c'est quand ?"),
        ("y a kombien de familles", "y a combien de familles"),
        ("conbien de jeunes", "combien de jeunes"),
        ("c'était avec ki ?", "c'était avec qui ?"),
        ("kels jours ?", "quels jours ?"),
        ("kelle heure", "quelle heure"),
        ("pk ça s'est arrêté", "pourquoi ça s'est arrêté"),
        ("combein de bénévoles", "combien de bénévoles"),
        ("comen ça marche", "comment ça marche"),
    ],
)
def test_phonetic_question_words_are_written_right(question, expected):
    assert spelt_out(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "quelles actions à Kehl ?",
        "c bien",
        "les kids du quartier",
        "une quiche lorraine",
        "le jardin de Quentin",
    ],
)
def test_names_and_french_words_are_left_as_written(question):
    assert spelt_out(question) == question


def test_sound_keys_join_the_spellings_of_one_word():
    assert sound_key("quoi") == sound_key("koi") == sound_key("kwa")
    assert sound_key("quand") == sound_key("kan") == sound_key("kand")
    assert question_word("jour") == ""


GARDEN = make_fiche(
    "f-1",
    "Potager de l'école",
    resume="Un potager aménagé avec l'école où les enfants apprennent à semer.",
    description_generale="52 élèves concernés, une séance par semaine.",
    personnes_mobilisees="1 animateur, 2 enseignantes",
)
TEENS = make_fiche(
    "f-2",
    "Radio des ados",
    description_experience="Les ados enregistrent une émission par mois.",
    description_generale="Le groupe compte 11 collégiens et 3 lycéens.",
)
HOMES = make_fiche(
    "f-3",
    "Goûters du square",
    description_generale="Une vingtaine de familles viennent chaque mercredi.",
    resume="Des goûters pour les enfants du square.",
)


@pytest.mark.parametrize(
    ("fiche", "question", "figure"),
    [
        (GARDEN, "ça concerne combien d'enfants ?", "52 élèves"),
        (TEENS, "combien de jeunes y participent ?", "11 collégiens"),
    ],
)
def test_a_count_of_one_public_is_answered_by_a_count_of_another(fiche, question, figure):
    assert figure in first(fiche, question)


def test_households_never_answer_a_count_of_people():
    assert "vingtaine de familles" not in first(HOMES, "combien d'enfants ?").split("\n")[0]


PICNIC = make_fiche(
    "f-4",
    "Pique-nique sans déchet",
    partenaires=["Autre"],
    description_generale="Nous avons vendu des jus faits maison, avec des fruits donnés par des maraîchers de"
    " Rezé, des pommes, des poires. La Boîte à Vélos et les Amis du Parc se sont associés à nous pour organiser"
    " ce pique-nique.",
)


def test_a_vague_partner_field_is_told_by_the_sentence_naming_the_organisations():
    text = first(PICNIC, "avec qui il a été co-organisé ?", "partenaires")
    assert "Autre" in text
    assert "Amis du Parc" in text.split("Dans le texte")[1]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Développe la première stp", [1]),
        ("Détaille la 2e svp merci", [2]),
        ("raconte-moi la troisième s'il te plaît", [3]),
        ("pendant le deuxième jour du séjour", []),
    ],
)
def test_an_ordinal_before_politeness_names_a_fiche_of_the_list(question, expected):
    assert positions(question) == expected
