"""Round 12b: the grammar that keeps a frame word out of the topic (« au total », « mis en place », a body part
in a figure, one example of a list closed by « ce genre de choses ») and the request that points back to the
situation (« …un skatepark, il y a une fiche là-dessus ? »: the situation's noun is the topic)."""

from __future__ import annotations

import pytest

from assistant.answerability import Answerability
from assistant.question_syntax import (
    example_positions,
    figurative_body,
    figure_attribute,
    quantifier_positions,
    request_refers_back,
)
from assistant.retrieval import HybridRetriever
from ingest.text import tokens
from tests.helpers_retrieval import MemoryIndex, make_fiche

FICHES = [
    make_fiche(
        "jeux", "Jeux de mémoire", centre="Centre social Les Aulnes", departement="Gironde",
        region="Nouvelle-Aquitaine", mots_cles=["Vieillissement"], public=["Seniors"],
        resume="Des jeux de société pour les aînés, chaque mardi, avec une animatrice.",
    ),
    make_fiche(
        "courrier", "Point courrier", centre="Maison des habitants", departement="Nord", region="Hauts-de-France",
        mots_cles=["Accès aux droits"], public=["Adultes"],
        resume="Un écrivain public aide à lire et rédiger le courrier administratif.",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def judge() -> Answerability:
    return HybridRetriever(MemoryIndex(FICHES)).judge


def _terms(judge: Answerability, text: str) -> dict[str, tuple[bool, bool]]:
    """term text -> (weak, setting)."""
    return {t.text: (t.weak, t.setting) for t in judge.terms(tokens(text), set(), text=text)}


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("Les jeunes réclament un skatepark, il y a une fiche là-dessus ?", True),
        ("Nos voisins jettent tout, un centre a-t-il monté ce genre de projet ?", True),
        ("Des retraités rêvent d'un rucher, quelqu'un a déjà fait ça ?", True),
        ("Les jeunes traînent en bas des tours, comment les raccrocher ?", False),
        ("Il y a une fiche là-dessus ?", False),  # one clause: no situation to point back to
    ],
)
def test_a_request_pointing_back_to_the_situation(text, back):
    assert request_refers_back(text, tokens(text)) is back


def test_the_noun_of_a_situation_the_request_points_back_to_is_the_topic(judge):
    told = _terms(judge, "Les jeunes réclament un skatepark, il y a une fiche là-dessus ?")
    assert told["skatepark"] == (False, False)


def test_au_total_and_au_final_frame_the_count():
    words = tokens("Au total, combien d'actions au final sur le jardin ?")
    assert {words[i].norm for i in quantifier_positions(words)} == {"total", "final"}


def test_a_count_au_total_has_no_topic(judge):
    found = _terms(judge, "Au total, combien d'actions sont terminées ?")
    assert "total" not in found and all(weak for weak, _ in found.values())  # « terminées »: a participle


def test_the_noun_of_mis_en_place_is_no_topic(judge):
    found = _terms(judge, "Le point courrier a été mis en place depuis quand ?")
    assert "place" not in found and "courrier" in found


def test_a_body_part_object_of_a_verb_is_a_figure():
    words = tokens("entretenir la tête et garder le cerveau actif ; réparer la tête de lit")
    at = {t.norm: i for i, t in enumerate(words)}
    assert figurative_body(words, at["cerveau"]) and figure_attribute(words, at["actif"])
    assert figurative_body(words, 2)  # « entretenir la tête »
    assert not figure_attribute(words, at["garder"])


def test_one_example_of_a_list_closed_by_a_vague_category():
    text = "des projets écolo, sur la planète, le tri, ce genre de choses ?"
    words = tokens(text)
    assert {words[i].norm for i in example_positions(text, words)} >= {"tri", "planete", "ecolo"}
    plain = "des projets sur le tri, pour les jeunes ?"
    assert example_positions(plain, tokens(plain)) == set()
