"""A verb said « encore » / « toujours » of actions named before « qui » says they still run (statut En cours)."""

from assistant.facet_aspect import aspect_statut
from ingest.text import tokens


def statut(question: str) -> str:
    toks = tokens(question)
    words = frozenset(t.norm for t in toks)
    return aspect_statut(toks, frozenset(), set(), words)[0]


def test_a_verb_with_encore_after_actions_named_before_qui_says_en_cours():
    assert statut("seulement ceux qui se font encore ?") == "En cours"
    assert statut("les ateliers qui ont toujours lieu") == "En cours"


def test_a_negated_verb_with_encore_is_no_running():
    assert statut("ceux qui ne se font plus") == "Terminée"


def test_encore_without_actions_named_before_qui_says_nothing():
    assert statut("le centre organise encore des sorties") == ""
