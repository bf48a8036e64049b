"""The French lemmatiser (`ingest.lemmas`, simplemma's table read through normalised words) and the verb
decisions drawn from it in query analysis and answerability."""

from __future__ import annotations

import pytest

from assistant.answerability import Answerability
from assistant.facets import FacetVocabulary
from assistant.query import content_words
from ingest import lemmas
from ingest.models import Fiche
from ingest.text import VERB_FORMS, plural_key


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ateliers", "atelier"),
        ("organisées", "organiser"),
        ("organisees", "organiser"),  # typed without accents: every form that folds alike
        ("intervient", "intervenir"),
        ("travaux", "travail"),  # irregular plurals
        ("réseaux", "reseau"),
        ("yeux", "oeil"),
        ("s'adressent", "adresser"),  # after an elided pronoun
        ("cuisine", "cuisine"),  # its own lemma
        ("zorglubs", "zorglubs"),  # unknown: the normalised word itself
    ],
)
def test_lemma(word: str, expected: str) -> None:
    assert lemmas.lemma(word) == expected


@pytest.mark.parametrize(
    "word",
    ["intervient", "accueille", "proposent", "concernent", "mobilisent", "organisées", "adressent",
     "s'adressent", "reçoit", "recoit", "compris", "touchent", "entretient", "accompagnés", "permettent"],
)  # fmt: skip
def test_conjugated_forms_and_participles_are_verb_forms(word: str) -> None:
    assert lemmas.is_verb_form(word)


@pytest.mark.parametrize(
    "word",
    [
        # nouns that are also verb forms: the dictionary gives the noun as its own lemma
        "cuisine", "danse", "marche", "garde", "accueil", "soutien", "aide", "entretien", "rencontre",
        # the verb's lemma first, but the dictionary knows the noun's plural
        "prise", "mise", "arrivee", "montre", "visite",
        # plurals and feminines of nouns and adjectives ending like infinitives
        "loisirs", "lectures", "premieres", "ouvrieres",
        # infinitives, participles used as nouns or adjectives, unknown words
        "organiser", "retraites", "salaries", "salariés", "isolees", "permis", "produit", "suivi", "zorglub",
    ],
)  # fmt: skip
def test_nouns_adjectives_and_infinitives_are_not_verb_forms(word: str) -> None:
    assert not lemmas.is_verb_form(word)


def test_the_hand_list_is_a_subset_of_the_verb_forms() -> None:
    assert all(lemmas.is_verb_form(w) for w in VERB_FORMS)


def test_accents_as_written_decide_between_forms_that_fold_alike() -> None:
    assert lemmas.lemma("organise") == "organiser"  # « il organise »
    assert lemmas.lemma("organisé") == "organise"  # the participle-adjective « organisé » is its own lemma
    assert not lemmas.is_verb_form("marché") and not lemmas.is_verb_form("marche")


def test_the_table_is_loaded_once() -> None:
    assert lemmas.load() is lemmas.load()
    assert len(lemmas.load()) > 150_000


# -- in the assistant --------------------------------------------------------------------------------

_FICHES = [
    Fiche(
        id="f-1", title="Consultations de la PMI au centre", resume="La PMI tient une permanence le mardi."
    ),
    Fiche(id="f-2", title="Atelier cuisine", resume="Un atelier de cuisine du monde chaque semaine."),
]


def _scan(question: str):
    return FacetVocabulary.from_fiches(_FICHES).scan(question)


def test_a_conjugated_verb_is_not_a_content_word() -> None:
    assert content_words(_scan("Où intervient la psychologue ?")) == ["psychologue"]
    assert content_words(_scan("Où intervient la PMI ?")) == []  # a partner facet and a verb: facets only
    assert content_words(_scan("Quels centres accueillent des ateliers cuisine ?")) == ["ateliers", "cuisine"]
    assert content_words(_scan("Quels centres proposent des rendez-vous ?")) == ["rendez"]  # a noun there


def _judge() -> Answerability:
    vocabulary = FacetVocabulary.from_fiches(_FICHES)
    return Answerability(vocabulary.word_df, len(_FICHES)), vocabulary


@pytest.mark.parametrize(
    ("question", "weak"),
    [
        ("Où intervient la PMI ?", {"intervient"}),  # a verb no ending rule recognises: weak
        ("Quels centres mobilisent la PMI ?", {"mobilisent"}),
        ("Quels centres font de la cuisine ?", set()),  # a noun: never weak
        ("Où trouver un atelier cuisine ?", set()),
    ],
)
def test_verb_forms_of_the_question_are_weak_terms(question: str, weak: set[str]) -> None:
    judge, vocabulary = _judge()
    scan = vocabulary.scan(question)
    terms = judge.terms(scan.tokens, scan.used)
    assert {t.norm for t in terms if t.weak} == weak


def test_plural_keys_of_nouns_in_x_agree_with_the_dictionary() -> None:
    """`plural_key`'s ending rules against the dictionary's singulars of the plurals in -x of nouns and
    adjectives (« réseaux » → « réseau », « sociaux » → « social », « jeux » → « jeu »)."""
    plurals = {
        form: lem
        for form, lem in lemmas.load().items()
        if form.endswith("x") and len(form) > 3 and isinstance(lem, str) and lem[:2] == form[:2]
        and not lem.endswith(("er", "ir", "re"))
    }  # fmt: skip
    agree = sum(plural_key(form) == lem for form, lem in plurals.items())
    assert len(plurals) > 700 and agree / len(plurals) >= 0.94
    assert [plural_key(w) for w in ("reseaux", "bureaux", "sociaux", "jeux", "bijoux")] == [
        "reseau", "bureau", "social", "jeu", "bijou"
    ]  # fmt: skip
