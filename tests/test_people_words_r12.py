"""`assistant.people_words`: the question's own people words rank the fiches that write them (round 12)."""

from __future__ import annotations

import pytest

from assistant.people_words import narrower, people_positions, people_scores, uncategorised
from assistant.retrieval import HybridRetriever
from ingest.text import tokens
from tests.helpers_retrieval import MemoryIndex, make_fiche


def _words(question: str, positions: list[int]) -> list[str]:
    toks = tokens(question)
    return [toks[i].norm for i in positions]


@pytest.mark.parametrize(
    ("question", "people"),
    [
        ("pour les ados, un truc avec la caisse d'allocations familiales ?", ["ados"]),
        ("les hommes retraités ne viennent jamais", ["hommes", "retraites"]),
        ("et pour les femmes en particulier ?", ["femmes"]),
        ("des jeunes mamans seules", ["mamans"]),  # « jeunes » before people is an adjective
        ("un petit budget pour un ancien local", []),  # adjectives, no people
    ],
)
def test_people_words_are_found_as_nouns(question, people):
    assert _words(question, people_positions(tokens(question))) == people


def test_a_trigger_that_is_the_value_itself_tells_nothing_more_than_the_facet():
    toks = tokens("des actions pour les familles et les ados")
    found = people_positions(toks)
    used = set(found)  # both read by facets (familles, Jeunesse)
    assert _words(
        "des actions pour les familles et les ados", narrower(toks, found, used, ["familles", "Jeunesse"])
    ) == ["ados"]
    assert uncategorised(found, used) == []
    assert uncategorised(found, {found[0]}) == [found[1]]


def _corpus():
    text = "Un groupe d'entraide pour retrouver un emploi : CV, entretiens, découverte des métiers."
    return [
        make_fiche("a", "Club métiers", public=["Adultes"], mots_cles=["Emploi, économie"], resume=text),
        make_fiche(
            "b",
            "Club emploi au féminin",
            public=["Adultes"],
            mots_cles=["Emploi, économie"],
            resume="Des femmes éloignées de l'emploi se retrouvent. Les femmes y gagnent confiance.",
        ),
        make_fiche("c", "Atelier emploi", public=["Adultes"], mots_cles=["Emploi, économie"], resume=text),
        make_fiche(
            "d",
            "Accueil ados",
            public=["Jeunesse"],
            mots_cles=["vacances / loisirs"],
            resume="Un accueil de loisirs pour les ados pendant l'été.",
        ),
    ]


def test_people_scores_are_shares_of_the_best_fiche_on_the_people_words_alone():
    index = MemoryIndex(_corpus())
    toks = tokens("et pour les femmes ?")
    scores = people_scores(index, toks, people_positions(toks), None, 50)
    assert scores == {"b": 1.0}
    assert people_scores(index, toks, [], None, 50) == {}


def test_a_people_word_no_facet_value_names_ranks_the_fiche_that_writes_it_first():
    retriever = HybridRetriever(MemoryIndex(_corpus()))
    question = "un groupe pour retrouver un emploi, pour les femmes ?"
    result = retriever.search(question, k=3)
    assert result.hits[0].fiche.title == "Club emploi au féminin"


def _seniors_corpus():
    return [
        make_fiche(
            "s1",
            "Ateliers mémoire",
            public=["Seniors"],
            mots_cles=["Santé"],
            resume="Des ateliers de mémoire et d'équilibre pour les personnes âgées.",
        ),
        make_fiche(
            "s2",
            "Visites aux aînés",
            public=["Seniors"],
            mots_cles=["Solidarité"],
            resume="Des bénévoles rendent visite aux personnes âgées isolées.",
        ),
        make_fiche(
            "r",
            "Atelier de réparation",
            public=["Adultes"],
            mots_cles=["Environnement"],
            resume="Des bricoleurs réparent les objets. De nouveaux bénévoles, dont des hommes retraités.",
        ),
    ]


def test_people_no_facet_names_widen_a_facet_set_to_the_fiches_writing_them():
    retriever = HybridRetriever(MemoryIndex(_seniors_corpus()))
    question = "les hommes retraités ne viennent jamais au centre, des idées pour les attirer ?"
    query, scan = retriever._analysed(question)
    assert [f.values for f in query.facets] == [["Seniors"]]
    assert not retriever._facets_only(query, scan)  # « hommes »: narrower than the public Seniors
    result = retriever.search(question, k=3)
    assert result.hits and result.hits[0].fiche.title == "Atelier de réparation"
