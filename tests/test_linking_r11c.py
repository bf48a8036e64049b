"""Round 11 wave C: a field noun after a noun is its adjective (« écrivain public »), no lookup cue, and a
mention ends at the subject pronoun or the question word that follows the name (« X il coûte combien »).
Invented fiches."""

from __future__ import annotations

import pytest

from assistant.linking import _Context, find_mentions
from assistant.query import analyse_scan
from tests.helpers_retrieval import make_fiche, vocabulary_and_linker


def _corpus():
    return [
        make_fiche("f-ecr", "Permanences du crieur public", centre="CENTRE SOCIAL DES ORMES",
                   resume="Un crieur public salarié lit les annonces du quartier vingt heures par semaine."),
        make_fiche("f-jeu", "Ludothèque mobile", centre="CENTRE SOCIAL DU PORT", resume="Des jeux prêtés."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def corpus():
    return vocabulary_and_linker(_corpus())


def _mentions(corpus, question: str) -> list[str]:
    vocabulary, _ = corpus
    _, scan = analyse_scan(question, vocabulary)
    return [m.text for m in find_mentions(_Context.of(question, scan))]


@pytest.mark.parametrize(
    "question",
    [
        "le crieur public de Brest il bosse combien d'heures par semaine ?",
        "le crieur public Brest, combien d'heures ?",
        "un jardin public Kerbrat il existe ?",
    ],
)
def test_a_field_noun_after_a_noun_is_its_adjective_not_a_cue(corpus, question):
    assert not any(m.lower().startswith(("brest", "kerbrat")) for m in _mentions(corpus, question))


def test_a_field_noun_after_a_determiner_is_still_a_cue(corpus):
    assert _mentions(corpus, "Quel est le public de Zorglub Festival ?") == ["Zorglub Festival"]


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Parle-moi de Zorglub Festival il coûte combien ?", "Zorglub Festival"),
        ("Présente Zorglub Festival elle marche comment ?", "Zorglub Festival"),
        ("le budget de Zorglub Festival combien ?", "Zorglub Festival"),
    ],
)
def test_a_mention_ends_at_a_subject_pronoun_or_a_question_word(corpus, question, name):
    assert name in _mentions(corpus, question)


def test_the_project_with_an_adjective_field_noun_is_linked(corpus):
    vocabulary, linker = corpus
    question = "le crieur public des Ormes il bosse combien d'heures par semaine ?"
    query, scan = analyse_scan(question, vocabulary)
    found = linker.link(question, scan, query.intent)
    assert found is None or found.fiche_ids[:1] == ["f-ecr"]
