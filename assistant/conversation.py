"""A conversation with the assistant: its turns, the fiches in focus, the active facets and filters, and
refinement that edits the `Query` (drop / add / replace a facet) rather than the question's text.

    conversation = Conversation()
    for part in conversation.ask(assistant, "Quelles actions de parentalité ?"):
        if isinstance(part, str):
            print(part, end="")  # text deltas while the LLM writes
        else:
            conversation = part  # the conversation with the new turn
    conversation.answer, conversation.focus_list, conversation.detected

The Gradio app (`ui.py`, one per browser tab) and the `ask` command (several questions in one call) run their
turns through it. A `Conversation` is never changed in place: each step yields a new one. A failed turn is
recorded like any other (its answer says so, `Turn.error` says why, the log keeps the traceback).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Generator, Iterable, Iterator, Sequence
from typing import Protocol

from pydantic import BaseModel, Field

from assistant import dialogue
from assistant.followup import merge_facets
from assistant.records import Answer, Citation, FacetMatch, Query, Turn

logger = logging.getLogger(__name__)

Filters = dict[str, list[str]]

FAILED = "Désolé, la réponse a échoué : {error}. Consultez les journaux du serveur."
INCOMPLETE = "Réponse incomplète : le flux s'est arrêté avant la fin."


class Answerer(Protocol):
    """What a conversation needs from the assistant (`assistant.service.Assistant`)."""

    def stream(
        self,
        question: str,
        history: list[Turn] | None = None,
        filters: Filters | None = None,
        query: Query | None = None,
    ) -> Iterator[str | Answer]:
        """Text deltas, then exactly one `Answer`; `query` given: answer it as is (no analysis)."""
        ...


# ---------------------------------------------------------------- refinement: operations on a Query


def facet_key(facet: FacetMatch) -> str:
    """`field=value|value`: identifies a facet (e.g. the value of its checkbox)."""
    return f"{facet.field}={'|'.join(facet.values)}"


def drop_facets(query: Query, facets: Iterable[FacetMatch]) -> Query:
    """The query without these facets (same text and keywords: what it asks about is unchanged)."""
    keys = {facet_key(f) for f in facets}
    return query.model_copy(update={"facets": [f for f in query.facets if facet_key(f) not in keys]})


def add_facet(query: Query, facet: FacetMatch) -> Query:
    """The query with one more facet (unchanged when it already has it)."""
    if any(facet_key(f) == facet_key(facet) for f in query.facets):
        return query
    return query.model_copy(update={"facets": [*query.facets, facet]})


def replace_facet(query: Query, facet: FacetMatch) -> Query:
    """The query with `facet` instead of those of its field (a place replaces a place, as in follow-ups)."""
    return query.model_copy(update={"facets": merge_facets(query.facets, [facet])})


def removal_note(removed: Sequence[FacetMatch], also: Sequence[str] = ()) -> str:
    """`*(filtre retiré : « bailleurs sociaux »)*`, shown after a re-asked question ('' when nothing removed);
    `also`: other removed filters, already in words (« Département : Nord », a chip of the UI's filters)."""
    names = [f"« {f.trigger} »" for f in removed] + [f"« {label} »" for label in also]
    if not names:
        return ""
    return "*(filtre retiré : " + ", ".join(names) + ")*"


# ---------------------------------------------------------------- the conversation


class Conversation(BaseModel):
    """Turns so far, the query the last question asked, and the filters it was answered with."""

    turns: list[Turn] = Field(default_factory=list)
    asked: Query | None = Field(
        None, description="The last question's query before any refinement: its facets stay offered"
    )
    filters: Filters = Field(default_factory=dict, description="Explicit filters of the last turn")

    @property
    def question(self) -> str:
        """The last question as asked ('' before the first)."""
        return self.turns[-1].question if self.turns else ""

    @property
    def answer(self) -> Answer | None:
        return self.turns[-1].answer if self.turns else None

    @property
    def detected(self) -> list[FacetMatch]:
        """The facets the last question triggered (the ones a refinement can drop or take back)."""
        return list(self.asked.facets) if self.asked else []

    @property
    def active_facets(self) -> list[FacetMatch]:
        """The facets the last answer applied (after refinement)."""
        answer = self.answer
        return list(answer.query.facets) if answer and answer.query else []

    @property
    def focus_list(self) -> list[Citation]:
        """The fiches of the most recent answer that listed fiches (not a lookup on one): the list
        « la deuxième » points into (`assistant.dialogue`)."""
        return dialogue.focus_list(self.turns)

    @property
    def focus_fiche(self) -> Citation | None:
        """The fiche « son budget » is about: the only citation of the most recent answer citing any, or
        its [1] (`assistant.dialogue`)."""
        return dialogue.focus_fiche(self.turns)

    def removed(self, kept: Collection[str]) -> list[FacetMatch]:
        """The detected facets whose key is not in `kept`."""
        return [f for f in self.detected if facet_key(f) not in kept]

    # ------------------------------------------------------------ turns

    def ask(
        self, assistant: Answerer, question: str, filters: Filters | None = None
    ) -> Iterator[str | Conversation]:
        """Answer a new question in context: text deltas, then the conversation with the new turn."""
        turn = yield from _turn(
            question, lambda: assistant.stream(question, history=list(self.turns), filters=filters)
        )
        query = turn.answer.query
        yield self.model_copy(
            update={"turns": [*self.turns, turn], "asked": query, "filters": dict(filters or {})}
        )

    def refine(
        self,
        assistant: Answerer,
        kept: Collection[str],
        filters: Filters | None = None,
        also_removed: Sequence[str] = (),
    ) -> Iterator[str | Conversation]:
        """Re-answer the last question keeping only the detected facets whose key is in `kept`: the same
        query minus the others, with these `filters`. The last turn is replaced; the detected facets stay
        offered. `also_removed`: explicit filters just removed, named in the note after the question."""
        if not self.turns:
            return
        last, history = self.turns[-1], list(self.turns[:-1])
        removed = self.removed(kept)
        query = drop_facets(self.asked, removed) if removed and self.asked else None
        turn = yield from _turn(
            last.question,
            lambda: assistant.stream(last.question, history=history, filters=filters, query=query),
            note=removal_note(removed, also_removed),
        )
        yield self.model_copy(update={"turns": [*history, turn], "filters": dict(filters or {})})

    def run(self, assistant: Answerer, question: str, filters: Filters | None = None) -> Conversation:
        """`ask` without the deltas: the conversation with the new turn."""
        return _last(self.ask(assistant, question, filters))


def _turn(
    question: str, stream: Callable[[], Iterable[str | Answer]], note: str = ""
) -> Generator[str, None, Turn]:
    """Relay the text deltas of `stream()`, then return the turn; a failure becomes an answer that says so."""
    text, answer, error = "", None, ""
    try:
        for part in stream():
            if isinstance(part, str):
                text += part
                yield part
            else:
                answer = part
    except Exception as exc:  # shown to the user; the log keeps the traceback
        logger.exception("Answering %r failed", question)
        error = f"{type(exc).__name__}: {exc}"
        answer = Answer(text=FAILED.format(error=exc))
    if answer is None:
        answer = Answer(text=text, warnings=[INCOMPLETE])
    return Turn(question=question, answer=answer, note=note, error=error)


def _last(steps: Iterable[str | Conversation]) -> Conversation:
    conversation = None
    for step in steps:
        if isinstance(step, Conversation):
            conversation = step
    assert conversation is not None  # ask() always ends with a Conversation
    return conversation
