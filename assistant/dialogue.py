"""Dialogue state: the focus of a conversation, and the grammar of follow-ups that point into it.

    focus_list(turns)                       # the fiches « la deuxième » counts in
    focus_fiche(turns)                      # the fiche « son budget » is about
    list_references("le 2e et la dernière", focus_list(turns))   # [Citation [2], Citation [5]]
    points_at_focus("Qui finance celui-ci ?")                    # True

- **Focus.** The focus list is the citations of the last answer that listed fiches (a lookup on one fiche
  does not replace it). The focus fiche is the fiche of the last answer citing any: its only one, or [1].
- **References** by position, relative place, name or description: `assistant.mentions`.
- **Pronouns, possessives, list refinements and repeats**: `assistant.pronouns`.
  Callers reach both through this module (`dialogue.points_at_focus`, `dialogue.positions`, …).
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.mentions import (
    FICHE_NOUNS,
    LAST,
    asks_nothing_more,
    described,
    described_facets,
    described_reference,
    description,
    fully_described,
    has_facet,
    list_references,
    named_reference,
    ordinal_value,
    positions,
    relative_reference,
    relative_to,
    tokens,
)
from assistant.pronouns import (
    bare_noun_phrase,
    counts_list,
    definite_field_question,
    elliptic_superlative,
    field_named_by,
    names_a_field,
    names_proper_noun,
    plural_head_pronoun,
    points_at_focus,
    points_at_list,
    refines_list,
    repeats_question,
    titled_reference,
    without_locutions,
    without_phrasing,
)
from assistant.records import Citation, Turn
from ingest.models import Fiche
from ingest.text import GENERIC, STOPWORDS, plural_key, word_set

__all__ = [  # the follow-up grammar, reached as `dialogue.<name>` by its callers
    "FICHE_NOUNS", "LAST", "asks_nothing_more", "bare_noun_phrase", "counts_list", "definite_field_question",
    "described", "described_facets", "described_reference", "description", "elliptic_superlative",
    "field_named_by", "fully_described", "has_facet", "list_references", "named_reference", "names_a_field", "names_proper_noun",
    "ordinal_value", "plural_head_pronoun", "points_at_focus", "points_at_list", "positions", "refines_list",
    "relative_reference", "relative_to", "repeats_question", "titled_reference", "tokens", "without_locutions",
    "without_phrasing", "cited_fiches", "detail_words", "earlier_lists", "focus_fiche", "focus_list", "list_turn",
    "topic_turn",
]  # fmt: skip

# ---------------------------------------------------------------- the focus of a conversation


def _lists(turn: Turn) -> bool:
    answer = turn.answer
    return bool(answer.citations) and not (answer.query and answer.query.intent == "lookup")


def list_turn(turns: Sequence[Turn]) -> Turn | None:
    """The most recent turn whose answer listed fiches (not a lookup on one fiche)."""
    return next((t for t in reversed(turns) if _lists(t)), None)


def focus_list(turns: Sequence[Turn]) -> list[Citation]:
    """The citations of the most recent answer that listed fiches: the list « la deuxième » counts in."""
    turn = list_turn(turns)
    return list(turn.answer.citations) if turn else []


def earlier_lists(turns: Sequence[Turn]) -> list[list[Citation]]:
    """The citations of the answers that listed fiches before the focus list, the most recent first: where
    « et celle du Puy-de-Dôme ? » is looked for when no fiche of the focus list is."""
    listed = [list(t.answer.citations) for t in reversed(turns) if _lists(t)]
    return listed[1:]


def focus_fiche(turns: Sequence[Turn]) -> Citation | None:
    """The fiche of the most recent answer citing any: its only citation, or its [1]."""
    return next((t.answer.citations[0] for t in reversed(turns) if t.answer.citations), None)


def topic_turn(turns: Sequence[Turn]) -> Turn:
    """The turn whose question a follow-up continues: the most recent one not about a single fiche (a
    lookup), else the last one. `turns` must not be empty."""
    return next(
        (t for t in reversed(turns) if not (t.answer.query and t.answer.query.intent == "lookup")), turns[-1]
    )


def cited_fiches(turns: Sequence[Turn]) -> dict[str, Fiche]:
    """The fiches the conversation's answers cited, by id (from their hits; the latest copy wins)."""
    return {hit.fiche_id: hit.fiche for turn in turns for hit in turn.answer.hits}


# Words that ask to see a fiche rather than a detail of it (« parle-moi de la 2 », « dis-m'en plus »).
PRESENTING = word_set(
    """parle parler presente presenter montre montrer dis dire decris decrire raconte raconter explique
    expliquer resume resumer detaille details detail savoir voir info infos information informations
    exactement quoi consiste concerne celui celle ci numero"""
)


def detail_words(question: str) -> list[str]:
    """The words of a question about one fiche that ask a detail of it (« c'est animé par qui ? » →
    ["anime"]): neither function, reference, presenting nor generic words, nor ordinals."""
    return [
        t
        for t in tokens(question)
        if len(t) >= 3
        and t not in STOPWORDS
        and t not in GENERIC
        and t not in PRESENTING
        and plural_key(t) not in FICHE_NOUNS
        and ordinal_value(t) is None
        and not t.isdigit()
    ]
