"""Round 9 lessons questions: which words ask lessons and which name what they are about (`lesson_cues`)."""

from __future__ import annotations

import pytest

from assistant.lesson_cues import lesson_cue_words, lesson_fields
from ingest.text import normalise


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        ("How much did the zero waste family challenge in the Gard cost?", ()),  # a name's head
        ("What was the budget of the seaside trip challenge?", ()),
        ("What challenge did they face?", ("limites",)),
        ("What was the main challenge of the breakfasts?", ("limites",)),
        ("What challenges did the breakfast projects face?", ("limites",)),  # plural: asked
        ("Quel problème pour la navette ?", ("limites",)),
    ],
)
def test_an_english_cue_noun_heading_a_compound_names_a_thing(question, fields):
    assert lesson_fields(normalise(question)) == fields


@pytest.mark.parametrize(
    ("question", "classifier"),
    [
        ("Quels sont les points de difficulté des actions pour les aînés ?", "points"),
        ("Quels types d'obstacles pour les actions jeunesse ?", "types"),
        ("Les sources de blocage dans les actions familles ?", "sources"),
    ],
)
def test_the_noun_a_cue_complements_says_which_lessons_not_their_topic(question, classifier):
    assert classifier in lesson_cue_words(normalise(question))


def test_what_a_cue_is_about_stays_a_topic():
    words = lesson_cue_words(normalise("les difficultés de financement des actions"))
    assert "difficultes" in words and "financement" not in words


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        ("Pourquoi on a du mal à faire venir les papas ?", ("limites",)),
        ("D'autres centres ont eu du mal à garder leurs bénévoles ?", ("limites",)),
        ("Des mamans ont du mal à se débrouiller en français, on pourrait monter quoi ?", ()),  # a situation
        ("Les gens ont du mal avec internet", ()),
    ],
)
def test_the_struggle_of_those_running_actions_asks_difficulties_that_of_a_public_does_not(question, fields):
    assert lesson_fields(normalise(question)) == fields


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        ("Pour les ateliers mémoire, qu'est-ce qui a fait que ça marche ?", ("facteurs_reussite",)),
        ("Des conseils pour que ça prenne avec les jeunes ?", ("facteurs_reussite",)),
        ("Le café des parents, comment ça marche ?", ()),  # how it works: no lesson
    ],
)
def test_what_made_it_work_asks_the_success_factors(question, fields):
    assert lesson_fields(normalise(question)) == fields


def test_lessons_over_coordinated_topics_read_each_topics_fiches():
    from tests.helpers_retrieval import answer_text, cited_titles, make_fiche, memory_assistant

    corpus = [
        make_fiche("b1", "Rendez-vous du matin", resume="Un petit déjeuner mensuel entre habitants.",
                   limites="La mobilisation reste faible."),
        make_fiche("b2", "Matinales à idées", resume="Un petit déjeuner où les habitants proposent des idées.",
                   limites="Les habitants viennent peu aux temps forts."),
        make_fiche("c1", "Le Comptoir", resume="Un café associatif tenu par des bénévoles.",
                   limites="Le local ferme l'été."),
        make_fiche("d1", "Accompagnement aux courriers", resume="Aide aux dossiers Caf et CPAM.",
                   limites="Limité aux dossiers simples (Caf, CPAM)."),
        make_fiche("j1", "Jardin partagé", resume="Des parcelles pour les habitants.", limites="L'arrosage l'été."),
    ]  # fmt: skip
    answer = memory_assistant(corpus).ask("Les limites des petits-déj et des cafés entre habitants ?")
    assert set(cited_titles(answer)) == {"Rendez-vous du matin", "Matinales à idées", "Le Comptoir"}
    assert "Caf, CPAM" not in answer_text(answer)  # « la Caf » is no café


def test_a_partners_acronym_is_keyed_apart_from_the_word_it_spells():
    from assistant.lessons import word_keys

    assert "caf" in word_keys("les cafés conviviaux") and "@caf" not in word_keys("les cafés conviviaux")
    assert "@caf" in word_keys("dossiers simples (Caf)") and "caf" not in word_keys("dossiers simples (Caf)")


def test_the_weather_is_one_key_for_the_rain_the_snow_and_the_heat():
    from assistant.lessons import word_keys

    weather = word_keys("les intempéries")
    assert weather & word_keys("Dégâts dus aux fortes pluies") and weather & word_keys("routes enneigées")
    assert weather & word_keys("Météo : annulation de séances")
