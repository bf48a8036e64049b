"""Where answerability cuts: which fiches a question keeps, and when a topic no fiche has abstains.

Two failure classes of the same decision, on a tiny corpus built here (MemoryIndex, fake embedder: the decision
below is lexical), with known answers:
- too strict: once the best fiche answers, the others are kept relative to its evidence (`RELATIVE_KEEP`), not
  only above an absolute KEEP — a paraphrased question covers every fiche it fits only in part;
- too lax: a topic noun no fiche uses (« informatique ») is not met by a fiche word sharing only the start of its
  stem (« information », stem « inform »), while a derived word still is (« jardin » for « jardinage »).
"""

from __future__ import annotations

import pytest

from assistant import answerability
from assistant.answerability import Answerability, Candidate, Term
from assistant.fiche_words import FicheWords
from assistant.retrieval import HybridRetriever
from tests.helpers_retrieval import MemoryIndex, make_fiche

FICHES = [
    make_fiche(
        "ecrivain", "Permanence d'écriture", centre="Centre social Les Tilleuls", departement="Moselle",
        region="Grand Est", mots_cles=["Solidarité"], public=["Adultes"],
        resume="Une aide pour les courriers administratifs et les dossiers des habitants.",
    ),
    make_fiche(
        "demarches", "Point accueil des démarches", centre="Maison du Parc", departement="Moselle",
        region="Grand Est", mots_cles=["Précarité"], public=["Adultes"],
        resume="Un accueil pour les démarches administratives, sur rendez-vous.",
    ),
    make_fiche(
        "jardin", "Jardin des familles", centre="Espace Colette", departement="Gironde",
        region="Nouvelle-Aquitaine", mots_cles=["Environnement"], public=["familles"],
        resume="Un jardin où les familles cultivent des légumes.",
    ),
    make_fiche(
        "accueil", "Accueil des familles", centre="Centre social Arc-en-ciel", departement="Gironde",
        region="Nouvelle-Aquitaine", mots_cles=["Parentalité"], public=["familles"],
        resume="Un point d'information et d'écoute pour les familles du quartier.",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def retriever() -> HybridRetriever:
    return HybridRetriever(MemoryIndex(FICHES))


def ids(result) -> list[str]:
    return [h.fiche.id for h in result.hits]


# -- too strict: the cut relative to the best candidate ------------------------------------------------


def test_a_fiche_below_keep_is_kept_when_it_reaches_a_share_of_a_partial_best(retriever):
    judge = retriever.judge
    terms = [Term(w, (w,), 1.0) for w in ("courrier", "administratif", "rediger", "lettre")]
    candidates = [Candidate(retriever.fiches[fid]) for fid in ("ecrivain", "demarches", "jardin")]
    decision = judge.decide(terms, candidates, threshold=0.45, keep=0.4)
    # ecrivain: courrier + administratif = 0.5 (the best); demarches: administratives = 0.25 < KEEP but
    # = RELATIVE_KEEP × 0.5; jardin: nothing
    assert [round(c.score, 2) for c in decision.coverages] == [0.5, 0.25, 0.0]
    assert (decision.answerable, decision.kept) == (True, ["ecrivain", "demarches"])


def test_a_full_best_keeps_only_the_fiches_above_keep(retriever):
    judge = retriever.judge
    terms = [Term(w, (w,), 1.0) for w in ("courrier", "administratif", "ecriture", "habitant")]
    candidates = [Candidate(retriever.fiches[fid]) for fid in ("ecrivain", "demarches")]
    decision = judge.decide(terms, candidates, threshold=0.45, keep=0.4)
    assert [round(c.score, 2) for c in decision.coverages] == [1.0, 0.25]
    assert decision.kept == ["ecrivain"]  # the cut is min(KEEP, RELATIVE_KEEP × best) = 0.4


def test_relative_keep_of_one_is_the_absolute_keep(retriever, monkeypatch):
    monkeypatch.setattr(answerability, "RELATIVE_KEEP", 1.0)
    terms = [Term(w, (w,), 1.0) for w in ("courrier", "administratif", "rediger", "lettre")]
    candidates = [Candidate(retriever.fiches[fid]) for fid in ("ecrivain", "demarches")]
    assert retriever.judge.decide(terms, candidates, threshold=0.45, keep=0.4).kept == ["ecrivain"]


# -- too lax: a topic no fiche has, met only by the start of a stem -------------------------------------


def test_derived_words_share_a_whole_word_not_only_a_stem_start():
    words = FicheWords(FICHES[3])  # « information », « familles »
    assert Answerability._same_root(Term("informatique", ("informatique",), 1.0), "informatique", words)
    unheard = Term("informatique", ("informatique",), 1.0, unheard=True)
    assert not Answerability._same_root(unheard, "informatique", words)  # stems « informat » / « inform »
    garden = FicheWords(FICHES[2])
    assert garden.derives("jardinage") and garden.derives("jardinier")
    assert not words.derives("informatique") and not words.derives("formation")


def test_an_absent_topic_with_a_present_public_abstains(retriever):
    result = retriever.search("Des cours d'informatique pour les familles ?")
    assert (result.no_match, result.missing) == (True, ["informatique"])
    assert result.hits == [] and result.suggestions[0].fiche.id in {
        "jardin",
        "accueil",
    }  # links, public first


def test_a_derived_topic_word_with_a_present_public_still_answers(retriever):
    result = retriever.search("Du jardinage pour les familles ?")
    assert (result.no_match, ids(result)[:1]) == (False, ["jardin"])


def test_a_question_of_facets_alone_still_lists(retriever):
    result = retriever.search("Les actions pour les familles en Gironde")
    assert (result.no_match, sorted(ids(result))) == (False, ["accueil", "jardin"])
