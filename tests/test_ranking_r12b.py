"""Round 12 wave B: a ranking's frame and pooling words are no topic; a count cites every fiche it counts."""

from __future__ import annotations

import pytest

from assistant.answer import COUNT_CITED, counted_result
from assistant.ranking import frame_verbs, participle, pooled_words, ranking_words
from assistant.records import FacetMatch, Hit, Query, SearchResult
from ingest.models import Fiche
from ingest.text import normalise


@pytest.mark.parametrize(
    ("question", "pooled"),
    [
        (
            "Tous départements confondus, quelle fiche a le plus gros budget ?",
            {"tous", "departements", "confondus"},
        ),
        ("quelle action coûte le plus, toutes années comprises ?", {"toutes", "annees", "comprises"}),
        ("tous financeurs et années confondus, le plus gros budget", {"financeurs", "annees", "confondus"}),
    ],
)
def test_a_pooling_phrase_is_what_the_ranking_runs_across(question, pooled):
    assert pooled <= pooled_words(normalise(question))
    assert pooled <= ranking_words(normalise(question))


def test_all_of_a_topic_is_no_pooling_phrase():
    assert pooled_words(normalise("quel atelier pour tous les âges a le plus gros budget")) == set()


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("quelle fiche affiche le budget le plus élevé ?", "affiche"),
        ("quel projet présente le budget le plus important ?", "presente"),
        ("quelle action indique le plus gros budget ?", "indique"),
    ],
)
def test_the_verb_of_the_question_frame_is_no_topic(question, verb):
    assert frame_verbs(normalise(question)) == {verb}
    assert verb in ranking_words(normalise(question))


def test_a_noun_after_the_kind_noun_stays_a_topic():
    assert frame_verbs(normalise("quelle action jardin a le plus gros budget")) == set()
    assert frame_verbs(normalise("quelle action cuisine la moins chère")) == set()  # a postposed superlative


def _fiche(n: int) -> Fiche:
    return Fiche(id=f"f-{n}", title=f"Action {n}", centre="Centre A", departement="Nord")


def test_a_count_cites_the_counted_fiches_the_retrieval_left_out():
    facet = FacetMatch(field="centre", values=["Centre A"], trigger="centre A")
    query = Query(text="combien d'actions du centre A", intent="count", facets=[facet])
    result = SearchResult(query=query, hits=[Hit(fiche=_fiche(1), score=2.0)], total_matching=3)
    counted = counted_result(result, [_fiche(2), _fiche(1), _fiche(3)])
    assert [h.fiche_id for h in counted.hits] == ["f-1", "f-2", "f-3"]
    assert all(h.matched_facets == [facet] for h in counted.hits[1:])


def test_a_count_cites_at_most_count_cited_fiches():
    query = Query(text="combien d'actions", intent="count")
    result = SearchResult(query=query, hits=[Hit(fiche=_fiche(0), score=1.0)])
    counted = counted_result(result, [_fiche(n) for n in range(30)])
    assert len(counted.hits) == COUNT_CITED


@pytest.mark.parametrize(
    ("written", "expected"), [("organisés", True), ("lancées", True), ("gare", False), ("café", False)]
)
def test_a_participle_is_read_on_its_written_accent(written, expected):
    assert participle(written) is expected
