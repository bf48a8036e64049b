"""A situation told as a lack names what is wanted (`assistant.situation_facets.told_lacking`), and the noun of
the action an infinitive names (`ingest.morphology.action_nouns`). Invented sentences, known answers."""

from __future__ import annotations

from assistant.question_syntax import situation_positions
from assistant.records import FacetMatch
from assistant.situation_facets import situational, told_lacking
from ingest.morphology import action_nouns
from ingest.text import tokens


def _situational(question: str, trigger: str, field: str = "mots_cles") -> bool:
    toks = tokens(question)
    used = {i for i, t in enumerate(toks) if t.norm == trigger}
    facet = FacetMatch(field=field, values=["vacances / loisirs"], trigger=trigger)
    return situational([facet], toks, used, situation_positions(question, toks))


def _at(question: str, word: str) -> tuple[list, int]:
    toks = tokens(question)
    return toks, next(i for i, t in enumerate(toks) if t.norm == word)


def test_a_word_after_a_word_of_lack_is_lacking() -> None:
    assert told_lacking(*_at("nos familles partent jamais en vacances", "vacances"))
    assert told_lacking(*_at("ils n'ont pas de jardin", "jardin"))
    assert told_lacking(*_at("elles n'ont personne pour les garder", "garder"))


def test_a_content_word_between_breaks_the_lack() -> None:
    assert not told_lacking(*_at("ils ne lisent pas les courriers de la Caf", "caf"))
    assert not told_lacking(*_at("nos familles partent souvent en vacances", "vacances"))


def test_a_facet_told_as_lacking_is_wanted_not_the_scene() -> None:
    lacking = "Nos familles ne partent jamais en vacances, elles n'ont pas les moyens. Des idées ?"
    assert not _situational(lacking, "vacances")
    scene = "Des mamans ont du mal en français, on pourrait monter quoi ?"
    assert _situational(scene, "mamans", "public")


def test_the_noun_of_an_action_by_its_ending() -> None:
    assert action_nouns("coudre") == ["couture"]
    assert "tricot" in action_nouns("tricoter")
    assert action_nouns("travailler") == ["travail"]
    assert "oubli" in action_nouns("oublier")
    assert "bricolage" in action_nouns("bricoler")
    assert "broderie" in action_nouns("broder")
    assert action_nouns("peindre") == ["peinture"]


def test_no_verb_form_nor_function_word_is_a_noun_of_action() -> None:
    assert "tricote" not in action_nouns("tricoter")  # a conjugated form, no noun
    assert "dans" not in action_nouns("danser")
    assert action_nouns("mer") == []
