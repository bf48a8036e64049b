"""Situational questions, cont.: the situation told before the need, and the word that tells a need apart.

« Les ados traînent en bas des tours, comment les raccrocher ? »: the clause before the request states a fact
(a finite verb with its subject, no verb of wanting, no word of a request); its words the base knows are the
situation told in everyday words: weak, they tell fiches apart but never alone say « aucune fiche ». A word of
it no fiche uses (« harcèlement ») stays a topic. « un groupe de soutien pour les personnes endeuillées »: a
participle right after its noun that no fiche uses is the word that tells the need apart, not a verb.
A tiny corpus built here, known answers.
"""

from __future__ import annotations

import pytest

from assistant.question_syntax import modifier_participle, situation_positions, weak_position
from assistant.retrieval import HybridRetriever
from ingest.text import tokens
from tests.helpers_retrieval import MemoryIndex, make_fiche

FICHES = [
    make_fiche(
        "navette", "Navette solidaire du canton", centre="Centre social du Bocage", departement="Orne",
        region="Normandie", mots_cles=["Mobilité"], public=["Seniors"],
        resume="Dans nos villages rurales, aucun bus ne passe : une navette conduit les habitants au marché et "
        "chez le médecin, car beaucoup n'ont pas de voiture.",
    ),
    make_fiche(
        "aidants", "Groupe de soutien aux aidants", centre="Centre social des Prés", departement="Orne",
        region="Normandie", mots_cles=["Santé"], public=["Adultes"],
        resume="Un groupe de parole mensuel pour les personnes qui accompagnent un proche malade.",
    ),
    make_fiche(
        "ados", "Accueil jeunes du soir", centre="Centre social des Tours", departement="Nord",
        region="Hauts-de-France", mots_cles=["Enfance & jeunesse"], public=["Jeunesse"],
        resume="Un local ouvert le soir aux jeunes du quartier, avec un animateur, pour monter leurs projets.",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def retriever() -> HybridRetriever:
    return HybridRetriever(MemoryIndex(FICHES))


def _situated(question: str) -> list[str]:
    toks = tokens(question)
    return [toks[i].text for i in sorted(situation_positions(question, toks))]


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Les ados traînent en bas des tours, comment les raccrocher ?", ["Les", "ados", "traînent", "en", "bas",
                                                                          "des", "tours"]),
        ("On a une pelouse pelée. Comment la faire vivre ?", ["On", "a", "une", "pelouse", "pelée"]),
        ("Des mamans ont du mal en français, on pourrait monter quoi ?", ["Des", "mamans", "ont", "du", "mal",
                                                                          "en", "français"]),
        ("On voudrait créer un groupe de parole, un centre l'a déjà fait ?", []),  # wanting: the need itself
        ("Un centre a-t-il monté un fablab, et avec qui ?", []),  # a request
        ("Vous avez la fiche du repair café, svp ?", []),  # to the assistant
        ("Compare les deux ateliers cuisine, côté budget ?", []),  # an imperative: no subject
        ("L'atelier où les parents cuisinent, il a lieu quand ?", []),  # a relative clause: a noun's
        ("A l'épicerie solidaire, les gens paient combien ?", []),  # « A » for « à »
        ("Les ados traînent en bas des tours ?", []),  # one clause: the request itself
    ],
)  # fmt: skip
def test_the_situation_is_a_clause_stating_a_fact_before_the_request(question, words):
    assert _situated(question) == words


def test_an_infinitive_after_an_object_pronoun_is_a_verb():
    toks = tokens("comment les raccrocher ?")
    assert weak_position(toks, 2, known=False) is True
    toks = tokens("les goûters du mercredi")  # a plural article before a noun
    assert weak_position(toks, 1, known=False) is False


@pytest.mark.parametrize(
    ("question", "word", "expected"),
    [
        ("un groupe pour les personnes endeuillées", "endeuillées", True),
        ("quelles galères ont été remontées", "remontées", False),  # after an auxiliary
        ("les actions déjà menées", "menées", False),  # after an adverb
    ],
)
def test_a_participle_right_after_its_noun_qualifies_it(question, word, expected):
    toks = tokens(question)
    i = next(n for n, t in enumerate(toks) if t.text == word)
    assert modifier_participle(toks, i) is expected


def test_a_situation_in_everyday_words_is_answered_by_the_fiche_that_tells_it(retriever):
    found = retriever.search(
        "Chez nous à la campagne y a plus de car pour aller au marché ou chez le toubib, comment d'autres ont fait ?"
    )
    assert (found.no_match, [h.fiche.id for h in found.hits][:1]) == (False, ["navette"])


def test_a_situation_told_about_a_public_lists_the_public(retriever):
    found = retriever.search(
        "Les ados traînent en bas des tours et ne sortent plus, comment les raccrocher ?"
    )
    assert (found.no_match, [h.fiche.id for h in found.hits]) == (False, ["ados"])


def test_a_topic_no_fiche_uses_still_abstains_inside_a_situation(retriever):
    found = retriever.search(
        "Des parents nous parlent de harcèlement au collège, quelqu'un a agi là-dessus ?"
    )
    assert found.no_match


def test_the_absent_word_that_tells_a_need_apart_abstains(retriever):
    found = retriever.search(
        "On voudrait créer un groupe de soutien pour les personnes endeuillées, ça existe ?"
    )
    assert (found.no_match, found.missing) == (True, ["endeuillées"])
    kept = retriever.search("On voudrait créer un groupe de soutien pour les aidants, ça existe ?")
    assert (kept.no_match, [h.fiche.id for h in kept.hits][:1]) == (False, ["aidants"])


@pytest.mark.parametrize(
    "question",
    ["Il y a combien d'actions recensées ?", "des projets cofinancés par la Caf", "fiches rangées ici"],
)
def test_a_participle_after_a_noun_of_what_is_asked_is_no_topic(question):
    toks = tokens(question)
    i = next(n for n, t in enumerate(toks) if t.text.endswith(("ées", "és")))
    assert modifier_participle(toks, i) is False


def test_an_infinitive_after_comment_with_its_object_is_a_verb():
    toks = tokens("Comment raccrocher les ados ?")
    assert weak_position(toks, 1, known=False) is True
    toks = tokens("des idées pour le goûter des enfants")  # a noun after its article
    assert weak_position(toks, 4, known=True) is False


LANGUE = make_fiche(
    "langue", "Ateliers de langue pour les femmes", centre="Centre social du Parc", departement="Nord",
    region="Hauts-de-France", mots_cles=["Insertion"], public=["Adultes"],
    resume="Des ateliers pour lire le français et prendre la parole, ouverts aux femmes du quartier.",
)  # fmt: skip


def test_the_verbs_of_a_situation_the_base_lacks_never_say_aucune_fiche():
    retriever = HybridRetriever(MemoryIndex([*FICHES, LANGUE]))
    found = retriever.search(
        "Plusieurs femmes du quartier ne savent ni lire ni écrire le français, que faire ?"
    )
    assert (found.no_match, [h.fiche.id for h in found.hits][:1]) == (False, ["langue"])


@pytest.mark.parametrize(
    ("question", "named", "words"),
    [
        ("Comment raccrocher les ados qui traînent en bas des tours ?", {3}, ["traînent", "en", "bas", "des",
                                                                             "tours"]),
        ("des femmes qui veulent retrouver un travail", {1}, []),  # wanting: the need itself
        ("des actions qui parlent de santé", set(), []),  # after a noun of what is asked: the topic
        ("qu'est-ce qui a coincé ?", set(), []),
    ],
)  # fmt: skip
def test_a_relative_clause_tells_the_situation_of_the_people_a_facet_names(question, named, words):
    toks = tokens(question)
    assert [toks[i].text for i in sorted(situation_positions(question, toks, named))] == words


def test_people_in_a_situation_told_by_a_relative_clause_are_listed(retriever):
    found = retriever.search("Comment raccrocher les ados qui traînent en bas des tours ?")
    assert (found.no_match, [h.fiche.id for h in found.hits]) == (False, ["ados"])
