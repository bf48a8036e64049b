"""« Aucune fiche » as a calibrated decision (`assistant.abstention`): function words are never a topic, the
signals of a decision below the coverage threshold, and the rescue by meaning and by setting.

A tiny corpus built here, known answers; the signals are checked on hand-made coverages.
"""

from __future__ import annotations

import pytest

from assistant import abstention
from assistant.abstention import Signals, measure, rescued, rescued_ids
from assistant.answerability import Coverage, Term
from assistant.query import is_english
from assistant.question_syntax import (
    clause_numbers,
    elided,
    english_noun_like,
    request_points_back,
    weak_position,
)
from assistant.retrieval import HybridRetriever
from ingest.text import tokens
from tests.helpers_retrieval import MemoryIndex, make_fiche

FICHES = [
    make_fiche(
        "memoire", "Ateliers mémoire des aînés", centre="Centre social Les Tilleuls", departement="Nord",
        region="Hauts-de-France", mots_cles=["Vieillissement"], public=["Seniors"],
        resume="Chaque semaine des jeux pour entretenir la mémoire des personnes âgées isolées du quartier.",
    ),
    make_fiche(
        "jardin", "Jardin partagé au pied des immeubles", centre="Maison des habitants", departement="Gironde",
        region="Nouvelle-Aquitaine", mots_cles=["Environnement"], public=["Tous publics"],
        resume="Les locataires cultivent ensemble un jardin partagé au pied des immeubles avec le bailleur.",
    ),
    make_fiche(
        "mer", "Une semaine à la mer", centre="Espace Marcel Pagnol", departement="Nord", region="Hauts-de-France",
        mots_cles=["vacances / loisirs"], public=["familles"],
        resume="Un séjour d'une semaine pour des familles du quartier qui ne partent pas en vacances.",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def retriever() -> HybridRetriever:
    return HybridRetriever(MemoryIndex(FICHES))


@pytest.mark.parametrize(
    ("word", "expected"),
    [("quelqu", True), ("lorsqu", True), ("puisqu", True), ("jusqu", True), ("quelque", False), ("cirque", False)],
)  # fmt: skip
def test_an_elided_function_word_ends_in_qu(word, expected):
    assert elided(word) is expected


def test_an_elided_pronoun_is_never_the_topic(retriever):
    found = retriever.search(
        "Des aînés isolés ont peur de perdre la mémoire, quelqu'un a fait un truc là-dessus ?"
    )
    assert (found.no_match, [h.fiche.id for h in found.hits][:1]) == (False, ["memoire"])


@pytest.mark.parametrize(
    ("question", "word", "weak"),
    [
        ("comment les locataires s'en emparent ?", "emparent", True),
        ("les familles n'y vont jamais", "vont", True),
        ("des cours en français", "français", False),  # « en » a preposition: a noun follows
    ],
)
def test_a_verb_after_its_clitics_is_weak(question, word, weak):
    toks = tokens(question)
    i = next(n for n, t in enumerate(toks) if t.text == word)
    assert weak_position(toks, i, known=True) is weak


@pytest.mark.parametrize(
    ("question", "english"),
    [("Show me projects about healthy cooking", True), ("Des projets sur la cuisine saine ?", False)],
)
def test_an_english_question_is_told_by_its_function_words(retriever, question, english):
    scan = retriever.vocabulary.scan(question)
    assert is_english(scan) is english


def _term(text: str, weight: float = 2.0, **flags) -> Term:
    return Term(text, (text,), weight, **flags)


def test_signals_separate_the_request_from_the_setting():
    terms = [_term("pelouse", setting=True, unheard=True), _term("barres", setting=True), _term("gens", 1.0)]
    covs = [
        Coverage("a", 0.2, 0.3, 0.1, missing=["pelouse", "barres"]),
        Coverage("b", 0.1, 0.1, 0.0, missing=["pelouse", "barres", "gens"]),
    ]
    s = measure(terms, covs)
    assert (s.request, s.missing, s.missing_setting, s.unheard_request) == (1.0, 2, 2, 0)
    assert measure(terms[:2], covs).request == 0.0  # no word of its own: never rescued by its setting
    assert rescued(s) and rescued_ids(s, covs) == ["a"]


def test_a_topic_noun_no_fiche_uses_in_the_request_keeps_abstaining_whatever_the_cosine():
    terms = [_term("apiculture", unheard=True)]
    s = measure(terms, [Coverage("a", 0.3, 0.0, 0.95, missing=["apiculture"])])
    assert (s.unheard_request, rescued(s)) == (1, False)


def test_meaning_rescues_a_paraphrase_only_when_switched_on(monkeypatch):
    terms = [_term("bail")]
    covs = [
        Coverage("loyer", 0.2, 0.0, 0.7, missing=["bail"]),
        Coverage("far", 0.05, 0.0, 0.2, missing=["bail"]),
    ]
    s = measure(terms, covs)
    assert not rescued(s)  # off: the cosine did not separate paraphrases from absent topics on the gold
    monkeypatch.setattr(abstention, "MEANING_DENSE", 0.6)
    assert rescued(s) and rescued_ids(s, covs) == ["loyer"]
    assert not rescued(Signals(**{**s.as_dict(), "dense": 0.59}))


def test_a_setting_rescue_needs_the_request_covered():
    terms = [_term("pelouse", setting=True), _term("fresque", 3.0)]
    s = measure(terms, [Coverage("a", 0.1, 0.1, 0.0, missing=["pelouse", "fresque"])])
    assert (s.request, rescued(s)) == (0.0, False)


def test_a_subject_pronoun_after_a_comma_is_no_inversion():
    question = "Des mamans ont du mal en français, on pourrait monter quoi ?"
    toks = tokens(question)
    i = next(n for n, t in enumerate(toks) if t.text == "français")
    clauses = clause_numbers(question, toks)
    assert (weak_position(toks, i, True, clauses=clauses), weak_position(toks, i, True)) == (False, True)


LANGUAGE = [
    make_fiche(
        "fle", "Ateliers de français pour adultes", centre="Centre social Les Tilleuls", departement="Nord",
        region="Hauts-de-France", mots_cles=["Insertion"], public=["Adultes"],
        resume="Des cours de français et d'alphabétisation pour des adultes arrivés récemment.",
    ),
    *[
        make_fiche(
            f"fam{n}", f"Sortie familles numéro {n}", centre="Espace Pagnol", departement="Nord",
            region="Hauts-de-France", mots_cles=["Famille"], public=["familles"],
            resume="Une sortie pour les familles et les mamans du quartier.",
        )
        for n in range(4)
    ],
]  # fmt: skip


def test_a_rare_noun_of_the_situation_is_the_topic_not_the_public_it_names():
    found = HybridRetriever(MemoryIndex(LANGUAGE)).search(
        "Des mamans du quartier ont du mal à se débrouiller en français, on pourrait monter quoi ?"
    )
    assert (found.no_match, [h.fiche.id for h in found.hits][:1]) == (False, ["fle"])


@pytest.mark.parametrize(
    ("question", "word", "noun"),
    [
        ("Any projects that help older people keep their memory sharp?", "keep", False),
        ("Any projects that help older people keep their memory sharp?", "sharp", False),
        ("Any projects helping residents cope with heatwaves?", "heatwaves", True),  # a plural
        ("Any projects about beekeeping?", "beekeeping", True),  # after « about »
    ],
)
def test_an_english_word_with_no_french_is_a_noun_by_its_context(question, word, noun):
    toks = tokens(question)
    i = next(n for n, t in enumerate(toks) if t.text == word)
    assert english_noun_like(toks, i) is noun


def test_words_of_the_setting_no_fiche_has_never_say_aucune_fiche_when_the_request_is_covered(retriever):
    found = retriever.search(
        "Entre nos deux barres il y a une pelouse pelée, comment les locataires pourraient en faire un jardin ?"
    )
    assert (found.no_match, [h.fiche.id for h in found.hits][:1]) == (False, ["jardin"])


def test_an_absent_topic_in_the_request_still_abstains_after_a_setting(retriever):
    found = retriever.search(
        "Entre nos deux barres il y a une pelouse pelée, comment y installer des ruches ?"
    )
    assert found.no_match


def test_with_no_topic_word_missing_the_words_alone_answer():
    terms = [_term("oublier", weak=True, situated=True), _term("ateliers", 1.0)]
    covs = [Coverage("a", 0.39, 0.55, 0.0), Coverage("b", 0.1, 0.14, 0.0)]
    s = measure(terms, covs)
    assert (s.missing, rescued(s), rescued_ids(s, covs)) == (0, True, ["a"])
    assert not rescued(measure(terms, [Coverage("a", 0.3, 0.4, 0.0)]))  # the words alone fall short


def test_a_request_pointing_back_to_the_people_keeps_the_facets_list():
    question = "Les ados traînent en bas des tours, comment les raccrocher ?"
    assert request_points_back(question, tokens(question))
    other = "Des mamans ont du mal en français, on pourrait monter quoi ?"
    assert not request_points_back(other, tokens(other))


def test_a_situation_the_facets_fiches_tell_keeps_the_facets_list():
    sea = make_fiche(
        "sea", "Séjour des familles", centre="Espace Pagnol", departement="Nord", region="Hauts-de-France",
        mots_cles=["Famille"], public=["familles"], resume="Une semaine à la mer pour des familles du quartier.",
    )  # fmt: skip
    retriever = HybridRetriever(MemoryIndex([*LANGUAGE, sea]))
    question = "Beaucoup de familles n'ont jamais vu la mer, elles ne partent pas. Comment font les autres ?"
    # round 9 D1: facets read in the situation told boost (`assistant.situation_facets`); the fiche still answers
    assert [h.fiche_id for h in retriever.search(question).hits] == ["sea"]
    other = "Des mamans du quartier ont du mal à se débrouiller en français, on pourrait monter quoi ?"
    assert not retriever._facets_only(*retriever._analysed(other))
