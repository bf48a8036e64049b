"""Round 11 wave B, follow-ups choosing a fiche of the previous answer: by the clause after « laquelle (des
deux) » (read like « celle qui … »), by words its whole text says when no field the description's opening word
names holds them (« celui avec la ludothèque »), and adverb-pronouns standing for the fiche in focus
(« dessus », « là-dessus », « dedans »). Invented corpora only."""

from __future__ import annotations

import pytest

from assistant.mentions import described, description
from assistant.pronouns import points_at_focus
from assistant.records import Citation, Turn
from tests.helpers_retrieval import answer_text, make_fiche, memory_assistant


def _cited(n: int, fid: str, title: str, departement: str = "Cher") -> Citation:
    return Citation(n=n, fiche_id=fid, title=title, centre="CS", departement=departement, url="")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "laquelle des deux va dans les hameaux, et elle a aidé combien de personnes ?",
            ("qui", ["hameaux"]),
        ),
        ("et lequel d'entre eux se passe au marché ?", ("qui", ["passe", "marche"])),
        ("laquelle parmi elles parle de tricot ?", ("qui", ["parle", "tricot"])),
        ("laquelle a coûté le plus ?", ("", [])),
        ("lequel est le moins cher ?", ("", [])),
    ],
)
def test_the_clause_after_an_interrogative_pronoun_describes_the_fiche_chosen(question, expected):
    assert description(question) == expected


MEMORY = {
    "f-1": make_fiche("f-1", "Ateliers de stimulation", resume="Des séances hebdomadaires pour les aînés.",
                      description_generale="Les jeux de la ludothèque du centre servent de supports."),
    "f-2": make_fiche("f-2", "Mémoire en marche", resume="Des promenades commentées pour les aînés.",
                      description_generale="Un parcours dans le bourg chaque jeudi."),
}  # fmt: skip
LISTED = [_cited(1, "f-1", "Ateliers de stimulation"), _cited(2, "f-2", "Mémoire en marche")]


def test_a_description_no_named_field_holds_is_read_in_the_whole_fiche():
    found = described("celui avec la ludothèque, combien d'inscrits ?", LISTED, MEMORY)
    assert [c.fiche_id for c in found] == ["f-1"]


def test_a_chosen_clause_is_read_in_the_whole_fiche_too():
    found = described("laquelle des deux se fait dans le bourg, elle a lieu quand ?", LISTED, MEMORY)
    assert [c.fiche_id for c in found] == ["f-2"]


def test_a_place_is_not_read_in_the_text_of_a_fiche_from_elsewhere():
    fiches = {**MEMORY, "f-2": make_fiche("f-2", "Mémoire en marche", description_generale="Sortie au Gers.")}
    assert described("et celle du Gers ?", LISTED, fiches) == []


def test_words_said_by_no_fiche_choose_none():
    assert described("celui avec la piscine, combien d'inscrits ?", LISTED, MEMORY) == []


@pytest.mark.parametrize(
    ("question", "points"),
    [
        ("il y avait combien de bénévoles dessus ?", True),
        ("qui a bossé là-dessus ?", True),
        ("qui met de l'argent dedans ?", True),
        ("des actions au-dessus de 1000 euros ?", False),
        ("les projets en dessous de 10 € par famille", False),
    ],
)
def test_adverb_pronouns_stand_for_the_fiche_in_focus(question, points):
    assert points_at_focus(question) is points


def _corpus():
    return [
        make_fiche("f-bus", "Camion connecté des hameaux", mots_cles=["Numérique"], departement="Cher",
                   resume="Un camion équipé d'ordinateurs s'arrête dans six hameaux.",
                   personnes_mobilisees="1 animatrice, 5 bénévoles"),
        make_fiche("f-desk", "Aide aux démarches en ligne", mots_cles=["Numérique"], departement="Cher",
                   resume="Une permanence au centre pour les démarches administratives sur internet.",
                   personnes_mobilisees="1 conseillère, 9 bénévoles"),
    ]  # fmt: skip


def _ask(assistant, questions):
    turns: list[Turn] = []
    for question in questions:
        turns.append(Turn(question=question, answer=assistant.ask(question, list(turns))))
    return turns[-1].answer


def test_laquelle_des_deux_answers_the_detail_of_the_one_chosen():
    assistant = memory_assistant(_corpus())
    answer = _ask(assistant, ["des actions autour du numérique ?",
                              "laquelle des deux va dans les hameaux, elle a combien de bénévoles ?"])  # fmt: skip
    assert [c.fiche_id for c in answer.citations] == ["f-bus"]
    assert "5" in answer_text(answer)


def test_dessus_asks_the_detail_of_the_fiche_in_focus():
    assistant = memory_assistant(_corpus())
    answer = _ask(assistant, ["le camion connecté des hameaux, c'est quoi ?",
                              "il y avait combien de bénévoles dessus ?"])  # fmt: skip
    assert answer.citations[0].fiche_id == "f-bus"
    assert "5 bénévoles" in answer_text(answer)
