"""Round 11b: a weak word (a setting word, a verb) is a bonus to the fiche that has it, never a loss to the
others (`answerability._total`): one topic word in a long everyday setting is not « aucune fiche »."""

from __future__ import annotations

import pytest

from assistant.answerability import Answerability, Candidate, Term
from assistant.retrieval import HybridRetriever
from tests.helpers_retrieval import MemoryIndex, make_fiche

FICHES = [
    make_fiche(
        "atelier", "Atelier de réparation", centre="Centre social Les Aulnes", departement="Gironde",
        region="Nouvelle-Aquitaine", mots_cles=["Environnement"], public=["Tous publics"],
        resume="Des bénévoles aident les habitants à réparer leurs objets au lieu de les jeter.",
    ),
    make_fiche(
        "bus", "Bus des démarches", centre="Maison des habitants", departement="Nord", region="Hauts-de-France",
        mots_cles=["Numérique"], public=["Adultes"],
        resume="Le bus passe quand tout tombe en panne : les gens viennent apprendre les démarches en ligne.",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def judge() -> Answerability:
    return HybridRetriever(MemoryIndex(FICHES)).judge


@pytest.fixture(scope="module")
def fiches() -> dict[str, object]:
    return {f.id: f for f in FICHES}


TOPIC = Term("réparer", ("reparer",), 2.0)
SETTING = [
    Term("gens", ("gen",), 3.0, weak=True),
    Term("tombe", ("tombe",), 3.0, weak=True),
    Term("panne", ("panne",), 3.0, weak=True),
    Term("apprendre", ("apprendre",), 3.0, weak=True),
]


def test_a_fiche_with_every_topic_word_covers_it_whatever_weak_words_others_have(judge, fiches):
    terms = [*SETTING, TOPIC]
    atelier = judge.coverage(terms, Candidate(fiches["atelier"]))
    bus = judge.coverage(terms, Candidate(fiches["bus"]))
    assert (atelier.whole, atelier.missing) == (1.0, [])
    # the bus has the four weak words (12 of weight), not the topic (2): 12 / 14, and « réparer » missing
    assert (bus.lexical, bus.whole, bus.missing) == (round(12 / 14, 4), -1.0, ["réparer"])
    assert atelier.whole > bus.lexical


def test_the_fiche_with_the_topic_answers_and_the_one_with_the_setting_alone_ranks_below(judge, fiches):
    terms = [*SETTING, TOPIC]
    candidates = [Candidate(fiches["bus"]), Candidate(fiches["atelier"])]
    decision = judge.decide(terms, candidates, threshold=0.9)  # the bus: 12 / 14 < 0.9
    best = max(decision.coverages, key=lambda c: c.whole)
    assert (decision.answerable, best.fiche_id, best.whole) == (True, "atelier", 1.0)
    assert "atelier" in decision.kept


def test_a_weak_word_is_a_bonus_to_a_fiche_with_every_topic_word_never_a_loss(judge, fiches):
    jeter, panne = Term("jeter", ("jeter",), 2.0, weak=True), Term("panne", ("panne",), 2.0, weak=True)
    # the atelier has « réparer » and « jeter », not « panne » (which the bus has): nothing of the topic lacks
    assert judge.coverage([TOPIC, jeter, panne], Candidate(fiches["atelier"])).whole == 1.0
    # a fiche lacking a topic word is measured against every word heard: the weak ones others have count
    beton = Term("béton", ("beton",), 2.0)
    assert judge.coverage([TOPIC, beton, jeter, panne], Candidate(fiches["atelier"])).whole == -1.0


def test_a_question_of_weak_words_alone_is_measured_against_all_of_them(judge, fiches):
    told = [Term("jeter", ("jeter",), 3.0, weak=True), Term("montagne", ("montagne",), 3.0, weak=True)]
    atelier = judge.coverage(told, Candidate(fiches["atelier"]))
    bus = judge.coverage(told, Candidate(fiches["bus"]))
    assert (atelier.lexical, bus.lexical, atelier.whole) == (0.5, 0.0, -1.0)


@pytest.mark.parametrize(
    ("question", "aside"),
    [
        ("des idées lancées par un habitant tout seul, pas par l'équipe ?", ["par", "l", "equipe"]),
        ("des sorties pour les familles, mais pas avec la mairie", ["avec", "la", "mairie"]),
        ("des ateliers pour tous sauf les ados", ["les", "ados"]),
        ("les mamans ne savent pas lire, des idées ?", []),  # a negated verb tells the need
        ("pas de voiture pour aller au bourg, une navette ?", []),  # « pas de » opens no complement
    ],
)
def test_a_verbless_negated_complement_or_an_exception_is_set_aside(question, aside):
    from assistant.question_syntax import contrast_positions
    from ingest.text import tokens

    toks = tokens(question)
    assert [toks[i].norm for i in sorted(contrast_positions(question, toks))] == aside


def test_a_word_offered_for_a_facet_is_no_topic_of_its_own():
    from tests.test_answerability import FICHES as OTHERS

    retriever = HybridRetriever(MemoryIndex(OTHERS))
    scan = retriever.vocabulary.scan("des idées nature / environnement ?")
    assert scan.used  # « environnement »: the keyword facet
    text = "des idées nature / environnement ?"
    assert [t.text for t in retriever.judge.terms(scan.tokens, scan.used, text=text)] == []
    plain = "des idées nature dans l'environnement ?"
    scan = retriever.vocabulary.scan(plain)
    assert [t.text for t in retriever.judge.terms(scan.tokens, scan.used, text=plain)] == ["nature"]
