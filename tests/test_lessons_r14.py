"""Round 14 (H2): lessons at scale. Among thousands of fiches, a lesson copied word for word into many of them (a
yearly action re-entered, a template) must not fill the synthesis: the fiches one of whose sentences says the most
of the question's words come first, the rarest sentence first among them, and a lesson already shown does not
come back before the other lessons. Invented fiches."""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.lessons import best_sentence, sentence_counts, word_keys
from tests.helpers_index import make_fiche

COMMON = (
    "Les bénévoles sont peu nombreux et très sollicités. Le renouvellement des salariés a freiné l'action."
)


def _corpus():
    copies = [  # the same lesson in a dozen fiches of every theme: says nothing particular
        make_fiche(f"t{n}", f"Sortie nature {n}", resume="Des sorties en forêt.", limites=COMMON)
        for n in range(12)
    ]
    repeated = [  # one action re-entered year after year: one lesson, many fiches
        make_fiche(f"r{n}", f"Soutien scolaire 201{n}", resume="De l'aide aux devoirs.",
                   limites="Le renouvellement annuel de l'enseignant bénévole n'est pas garanti.")
        for n in range(4)
    ]  # fmt: skip
    own = [
        make_fiche("o1", "Club lecture des aînés", resume="Des lectures à voix haute à la résidence.",
                   limites="Nos bénévoles vieillissent et le renouvellement est lent."),
        make_fiche("o2", "Repair café", resume="Réparer ensemble au lieu de jeter.",
                   limites="Tout repose sur deux bénévoles très investis."),
        make_fiche("o3", "Aide aux démarches", resume="Une permanence pour les papiers.",
                   limites="Recruter des bénévoles réguliers est difficile en cours d'année."),
    ]  # fmt: skip
    return copies + repeated + own


def test_best_sentence_is_the_one_saying_most_keys_then_the_rarest():
    corpus = _corpus()
    counts = sentence_counts(corpus)
    keys = word_keys("renouvellement bénévoles")
    names = ("limites",)
    by_id = {f.id: f for f in corpus}
    assert best_sentence(by_id["o1"], names, keys, counts)[:2] == (2, 1)
    assert best_sentence(by_id["r0"], names, keys, counts)[:2] == (2, 4)
    assert best_sentence(by_id["t0"], names, keys, counts)[:2] == (1, 12)
    assert best_sentence(by_id["o3"], names, keys, counts)[:2] == (1, 1)
    assert best_sentence(by_id["o1"], names, word_keys("météo"), Counter()) == (0, 0, "")


@pytest.mark.parametrize(
    "question",
    [
        "Le renouvellement des bénévoles, quelles difficultés dans les fiches ?",
        "On a du mal à renouveler nos bénévoles : quelles galères ailleurs ?",
        "Quels problèmes pour renouveler les bénévoles ?",
    ],
)
def test_lessons_about_volunteers_show_distinct_lessons_rarest_first(question):
    from tests.helpers_retrieval import cited_titles, memory_assistant

    titles = cited_titles(memory_assistant(_corpus()).ask(question))
    # both words in one sentence first (said once, then the yearly copy), then one word, own words first
    assert titles[:2] == ["Club lecture des aînés", "Soutien scolaire 2010"]
    assert set(titles[2:4]) == {"Repair café", "Aide aux démarches"}
    # the lessons told by a dozen fiches once, then (every distinct lesson shown) a second copy
    assert titles[4:] == ["Sortie nature 0", "Soutien scolaire 2011"]


def test_a_lesson_of_its_own_before_a_template_when_no_word_picks_one():
    from assistant.lessons import chosen_fiches

    template = "La mobilisation des habitants les plus isolés reste difficile."
    fiches = [make_fiche(f"t{n}", f"Atelier informatique {n}", limites=template) for n in range(5)]
    fiches.insert(
        2, make_fiche("o1", "Bus des villages", limites="Les pannes du bus ont annulé des tournées.")
    )
    ordered = chosen_fiches(fiches, fiches, set(), ("limites",), set(), sentence_counts(fiches))
    assert [f.id for f in ordered] == ["o1", "t0", "t1", "t2", "t3", "t4"]
