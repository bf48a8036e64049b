"""Derivational morphology of French words (`ingest.morphology`): one table of endings read three ways — a
noun's adjectives, an adjective and its noun sharing a stem, one word derived from another. Known answers."""

from __future__ import annotations

import pytest

from ingest import morphology
from ingest.morphology import (
    adjectives,
    derived,
    genders,
    is_adjective,
    noun_of,
    related,
    relation_nouns,
    stems,
)


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("culture", ["culturel", "culturelle"]),
        ("familles", ["familial", "familiale"]),  # from the plural
        ("sport", ["sportif", "sportive"]),
        ("solidarite", ["solidaire"]),
        ("citoyennete", ["citoyen", "citoyenne"]),
        ("democratie", ["democratique"]),
        ("alimentation", ["alimentatif", "alimentative", "alimentaire"]),  # the rule, then the dictionary
        ("sante", []),
        ("vie", []),  # too short
    ],
)
def test_adjectives_of_a_noun(noun: str, expected: list[str]) -> None:
    assert adjectives(noun) == expected


def test_dictionary_adjectives_are_never_verb_forms_nor_agent_nouns() -> None:
    assert "educateur" not in adjectives("education")
    assert adjectives("logement") == []  # « logeable »? no ending of the table: nothing


def test_genders_and_adjective_endings() -> None:
    assert genders("intergenerationnel") == ["intergenerationnel", "intergenerationnelle"]
    assert genders("regional") == ["regional", "regionale"]
    assert genders("numerique") == ["numerique"]
    assert is_adjective("numeriques") and is_adjective("parentaux") and is_adjective("citoyenne")
    assert not is_adjective("culture") and not is_adjective("citoyen")  # « -en » alone: « examen »


def test_the_noun_of_an_adjective_of_relation() -> None:
    assert relation_nouns("intergenerationnel") == ["generation"]
    assert relation_nouns("intergenerationnelles") == ["generation"]
    assert relation_nouns("interculturelle") == ["culture"]
    assert relation_nouns("culturel") == []  # no prefix of relation
    assert noun_of("culturel") == "culture" and noun_of("generationnel") == "generation"
    assert noun_of("zzzel") == ""  # « zzze » is no French word


def test_stems_an_adjective_shares_with_its_noun() -> None:
    assert stems("regionale") == {"regionale", "regional", "region"}
    assert stems("sanitaire", {"sanitaire": ("sante",)}) == {"sanitaire", "sanitair", "sanit", "sante"}
    assert stems("bail") == {"bail"}  # a stem is 4 letters at least


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("regionale", "regional", True),
        ("regionale", "region", True),
        ("departementaux", "departement", True),
        ("academique", "academie", True),
        ("local", "locaux", True),
        ("sanitaire", "sante", False),  # another stem: only through a learned table
        ("agence", "agent", False),
        ("conseil", "conseiller", False),
        ("permaculture", "puericulture", False),
    ],
)
def test_related(a: str, b: str, same: bool) -> None:
    assert related(a, b) is same


def test_related_through_learned_adjectives() -> None:
    learned = {"sanitaire": ("sante",), "scolaire": ("ecole",)}
    assert related("sanitaire", "sante", learned) and related("sante", "sanitaires", learned)
    assert related("scolaire", "ecole", learned) and not related("scolaire", "sante", learned)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("bail", "bailleur", True),  # the base plus a suffix
        ("bailleur", "bail", True),
        ("locatif", "locataire", True),  # one stem « locat », a suffix each
        ("social", "socialisme", True),
        ("bail", "bail", False),  # the same word is no derivative
        ("permaculture", "puericulture", False),
        ("logement", "loger", False),  # « -er » is no derivative's ending
        ("locatif", "local", False),  # stem « loca » too short
    ],
)
def test_derived(a: str, b: str, same: bool) -> None:
    assert derived(a, b) is same


def test_every_reading_comes_from_the_one_table() -> None:
    readings = {r.partition(":")[0] for _, _, rs in morphology._SUFFIXES for r in rs.split()}
    assert readings == {"adjective", "shared", "derivative", "base", "built", "from", "to"}
    endings = [end for end, _, _ in morphology._SUFFIXES]
    assert len(endings) == len(set(endings))  # one row per ending
    assert morphology._BUILT == ("aire", "el", "if", "ique", "atif")  # the order candidates are listed in
    assert morphology._TO_NOUN[:2] == (("ionnelle", "ion"), ("ionnel", "ion"))  # longest first


def test_the_facet_modules_delegate_here() -> None:
    from assistant import facet_expansions, facet_senses, facet_words

    assert facet_words.adjectives is adjectives and facet_words.relation_nouns is relation_nouns
    assert facet_words.genders is genders and facet_words.is_adjective is is_adjective
    assert facet_expansions.related("sanitaire", "sante")  # with the glossary's learned adjectives
    assert facet_senses._derived("locatif", "locataire") and not facet_senses._derived("bail", "baisse")
