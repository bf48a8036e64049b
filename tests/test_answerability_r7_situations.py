"""Situational questions (a need told in everyday words): the verb of the need is no topic, its object is.

« pour casser l'isolement », « des familles qui n'ont jamais quitté le quartier »: the verbs are read as verbs
by their French syntax (an infinitive of purpose with its object; a participle after an auxiliary and
adverbs), so they never say « aucune fiche » alone. A tiny corpus built here, known answers.
"""

from __future__ import annotations

import pytest

from assistant.question_syntax import is_infinitive, weak_position
from assistant.retrieval import HybridRetriever
from ingest.text import tokens
from tests.helpers_retrieval import MemoryIndex, make_fiche

FICHES = [
    make_fiche(
        "repas", "Repas partagés du jeudi", centre="Centre social Les Tilleuls", departement="Nord",
        region="Hauts-de-France", mots_cles=["Viellissement"], public=["Seniors"],
        resume="Un repas convivial chaque jeudi contre l'isolement des personnes âgées du quartier.",
    ),
    make_fiche(
        "mer", "Une semaine à la mer", centre="Espace Marcel Pagnol", departement="Nord", region="Hauts-de-France",
        mots_cles=["vacances / loisirs"], public=["familles"],
        resume="Un séjour d'une semaine pour des familles du quartier qui ne partent pas en vacances.",
    ),
    make_fiche(
        "compost", "Compost collectif", centre="Maison des habitants", departement="Gironde",
        region="Nouvelle-Aquitaine", mots_cles=["Environnement"], public=["Tous publics"],
        resume="Des bacs à compost au pied des immeubles, tenus par les habitants.",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def retriever() -> HybridRetriever:
    return HybridRetriever(MemoryIndex(FICHES))


@pytest.mark.parametrize(
    ("word", "expected"),
    [("casser", True), ("partir", True), ("rompre", True), ("conduire", True),  # conjugated: « cassons »
     ("atelier", False), ("loyer", False), ("premier", False), ("centre", False), ("loisir", False)],
)  # fmt: skip
def test_an_infinitive_is_a_lemma_the_table_conjugates(word, expected):
    assert is_infinitive(word) is expected


@pytest.mark.parametrize(
    ("question", "word", "weak"),
    [
        ("des idées pour casser l'isolement des aînés", "casser", True),  # purpose + its object
        ("pistes pour apprendre le français aux mamans", "apprendre", True),
        ("des ateliers pour jardiner ?", "jardiner", False),  # no object: the infinitive may be the topic
        ("aider les gens à écrire leurs courriers", "écrire", True),
        ("des cours pour apprendre à nager ?", "nager", False),
        (
            "des familles qui n'ont jamais quitté le quartier",
            "quitté",
            True,
        ),  # auxiliary, adverbs, participle
        ("des actions qu'on a déjà testées", "testées", True),
        ("la santé des familles", "santé", False),  # a noun in -té after a determiner
    ],
)
def test_the_verb_of_a_need_is_weak(question, word, weak):
    toks = tokens(question)
    i = next(n for n, t in enumerate(toks) if t.text == word)
    assert weak_position(toks, i, known=True) is weak


def test_a_need_told_with_a_verb_the_base_lacks_is_answered_by_its_object(retriever):
    found = retriever.search("Je cherche de l'inspiration pour casser l'isolement de nos aînés")
    assert (found.no_match, [h.fiche.id for h in found.hits][:1]) == (False, ["repas"])


def test_a_situation_told_with_a_participle_is_answered_by_its_nouns(retriever):
    found = retriever.search(
        "Des pistes pour faire partir en vacances des familles qui n'ont jamais quitté le quartier ?"
    )
    assert (found.no_match, [h.fiche.id for h in found.hits][:1]) == (False, ["mer"])


def test_an_absent_topic_noun_still_abstains_after_a_verb_of_purpose(retriever):
    absent = retriever.search("des idées pour organiser une chorale ?")
    assert (absent.no_match, absent.missing) == (True, ["chorale"])


VELO = make_fiche(
    "velo", "Atelier vélo solidaire", centre="Centre social du Parc", departement="Moselle", region="Grand Est",
    mots_cles=["Emploi, économie"], public=["Adultes"],
    resume="Des vélos prêtés aux personnes en recherche d'emploi : la mobilité est le premier frein aux déplacements.",
)  # fmt: skip


def test_an_everyday_word_of_a_theme_is_read_as_the_theme():
    retriever = HybridRetriever(MemoryIndex([*FICHES, VELO]))
    found = retriever.search("pistes pour des demandeurs d'emploi qui n'ont pas de moyen de locomotion")
    assert (found.no_match, [h.fiche.id for h in found.hits][:1]) == (False, ["velo"])
    absent = retriever.search("des demandeurs d'emploi qui font de l'escalade")
    assert absent.no_match


@pytest.mark.parametrize(
    ("question", "word", "skipped"),
    [
        ("des résultats concrets sur l'emploi ?", "concrets", True),  # qualifies what is asked
        ("des exemples intéressants ?", "intéressants", True),
        ("des résultats sur le compost collectif ?", "collectif", False),  # qualifies the topic
        ("des exemples Normands ?", "Normands", False),  # a name
    ],
)
def test_an_adjective_of_what_is_asked_is_no_topic(retriever, question, word, skipped):
    scan = retriever._analysed(question)[1]
    texts = [t.text for t in retriever._terms(scan)]
    assert (word not in texts) is skipped


def test_lessons_on_a_facet_with_an_adjective_of_the_field_are_scoped_by_the_facet(retriever):
    found = retriever.search("Sur l'environnement, qu'est-ce qui a bien marché ? des résultats concrets ?")
    assert [h.fiche.id for h in found.hits] == ["compost"]
