"""Lessons asked in everyday words (class: difficulties, successes and next steps said by paraphrase): the cue
nouns, verbs and phrases read through the lemma table, so any inflected form asks its field; on invented
fiches, the answer gives that field of the topic's fiches. « Marché » the noun asks nothing."""

from __future__ import annotations

import pytest

from assistant.intents import detect
from assistant.lesson_cues import lesson_cue_words, lesson_fields
from assistant.lessons import lessons_answer, question_keys, word_keys
from assistant.records import Query
from ingest.text import normalise
from tests.helpers_index import make_fiche

LIMITS, SUCCESS, NEXT = ("limites",), ("facteurs_reussite",), ("perspectives",)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Sur le soutien aux parents, quelles galères ont été remontées ?", LIMITS),
        ("Le repair café, ils ont galéré sur quoi ?", LIMITS),
        ("Quels soucis pour les jardins partagés ?", LIMITS),
        ("Des pépins sur les sorties familiales ?", LIMITS),
        ("Les couacs des ateliers d'écriture ?", LIMITS),
        ("Qu'est-ce qui a mis des bâtons dans les roues à l'épicerie ?", LIMITS),
        ("Pour la ludothèque, qu'est-ce qui coinçait ?", LIMITS),
        ("Dans les ateliers mémoire, qu'est-ce qui a cloché ?", LIMITS),
        ("Ce qui a été bloquant pour la navette ?", LIMITS),
        ("Les actions zéro déchet, ce qui marche ?", SUCCESS),
        ("Qu'est-ce qui a porté ses fruits dans l'aide aux devoirs ?", SUCCESS),
        ("Qu'est-ce qui a le mieux fonctionné au club emploi ?", SUCCESS),
        ("Les clés de la réussite d'une fête de quartier ?", SUCCESS),
        ("Le permis solidaire, et après ?", NEXT),
        ("Quelle suite a été donnée au café des parents ?", NEXT),
    ],
)
def test_a_cue_said_in_everyday_words_asks_its_field(question, asked):
    assert lesson_fields(normalise(question)) == asked
    assert detect(normalise(question)) == ("lessons", asked[0], "")


@pytest.mark.parametrize(
    "question",
    [
        "Des actions pour aller au marché avec les aînés ?",
        "Les animations qui ont lieu au marché couvert",
        "Une action qui se tient sur le marché le samedi ?",
        "Les actions qui fonctionnent avec des bénévoles",
        "Après l'école, quelles activités pour les enfants ?",
        "Des idées pour aider les gens qui galèrent avec internet ?",
        "Des familles qui sont bloquées par la langue",
        "Un accueil pour les jeunes en galère",
    ],
)
def test_the_same_words_elsewhere_ask_no_lessons(question):
    assert lesson_fields(normalise(question)) == ()


def test_a_cue_phrase_is_left_out_of_the_topic():
    question = "Sur le soutien aux parents, quelles galères ont été remontées ?"
    assert {"galeres", "remontees"} <= lesson_cue_words(normalise(question))
    assert question_keys(question) == word_keys("soutien parents")
    phrase = "Qu'est-ce qui a mis des bâtons dans les roues à l'épicerie ?"
    assert question_keys(phrase) == word_keys("epicerie")


def _parents():
    return [
        make_fiche(
            "f-cafe",
            "Café des parents",
            limites="Les pères viennent peu.",
            facteurs_reussite="Un groupe moteur de mamans.",
            perspectives="Ouvrir le samedi.",
        ),  # fmt: skip
        make_fiche(
            "f-laep",
            "Accueil parents-enfants",
            limites="Le local est trop petit.",
            perspectives="Un second créneau.",
        ),  # fmt: skip
    ]


@pytest.mark.parametrize(
    ("question", "shown", "hidden"),
    [
        (
            "Sur le soutien aux parents, quelles galères ont été remontées ?",
            [
                "Les pères viennent peu — Café des parents [1]",
                "Le local est trop petit — Accueil parents-enfants [2]",
            ],
            ["Ouvrir le samedi", "groupe moteur"],
        ),
        (
            "Pour les parents, qu'est-ce qui a porté ses fruits ?",
            ["Un groupe moteur de mamans — Café des parents [1]"],
            ["Les pères viennent peu", "Ouvrir le samedi"],
        ),
        (
            "Les actions pour les parents, et après ?",
            ["Ouvrir le samedi — Café des parents [1]", "Un second créneau — Accueil parents-enfants [2]"],
            ["Les pères viennent peu", "groupe moteur"],
        ),
    ],
)
def test_a_paraphrased_cue_answers_that_field_of_the_topic_fiches(question, shown, hidden):
    built = lessons_answer(_parents(), lesson_fields(normalise(question)), Query(text=question))
    text = built.answer.text
    assert all(line in text for line in shown), text
    assert not any(words in text for words in hidden), text
