"""The web app's handlers, free of gradio: what each event of the page does, as plain values.

`Controller` holds the façade (`AssistantAPI`), the feedback store and the export folder; `ui.py` lays out the
page and wires each event to one of its methods; the tests call them directly, without a server. A browser
tab's conversation is an `assistant.conversation.Conversation` (kept by the page, passed in, returned anew).

- questions and refinement stream `View`s (the chat's messages, the sources panel, the final `Answer`);
- « Voir toutes les fiches (N) »: `see_all_count` and `listing` page through every fiche the last answer
  counts (`AssistantAPI.matching_fiches`), sorted by a column; `export_listing` writes them as CSV;
- the active filters' chips: `remove_filter` re-asks the last question without one of them;
- 👍/👎: `feedback` records the first vote of a session on a message, `comment` adds its optional comment;
- exports (the answer as Markdown with absolute links, the selection as CSV), fiche pages, filter choices.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant import browse, present
from assistant.conversation import Conversation, facet_key, removal_note
from assistant.feedback import FeedbackEntry, FeedbackStore
from assistant.limits import ExportFolder, WebLimits, clipped, lighter, question_refusal
from assistant.records import Answer, Turn
from assistant.service import AssistantAPI
from ingest import fields
from ingest.text import lt_entities

logger = logging.getLogger(__name__)


@dataclass
class View:
    """What the chat shows after a handler step; `answer` is set on the final step only."""

    messages: list[dict]
    conversation: Conversation
    answer: Answer | None = None
    sources: str = ""


def filters_from(values: Sequence[Sequence[str] | None]) -> dict[str, list[str]] | None:
    """Dropdown values (in `filter_fields()` order) → the `filters` of the façade, None when nothing is selected."""
    filters = {name: list(v) for name, v in zip(fields.filter_fields(), values, strict=False) if v}
    return filters or None


def answer_markdown_message(answer: Answer) -> str:
    """The chat message of an answer: its Markdown with raw HTML shown as text, then its warnings."""
    warnings = "\n".join(f"> ⚠️ {w}" for w in answer.warnings)
    text = lt_entities(answer.text.strip())  # fiche text quoted in answers is data, not markup
    return text + (f"\n\n{lt_entities(warnings)}" if warnings else "")


def chat_messages(turns: Iterable[Turn]) -> list[dict]:
    messages: list[dict] = []
    for turn in turns:
        messages.append({"role": "user", "content": turn.shown})
        messages.append({"role": "assistant", "content": answer_markdown_message(turn.answer)})
    return messages


_APP_LINK = re.compile(r"\]\((/fiche/[^)\s]+)\)")
NO_LIST_INTENTS = ("lookup", "similar")  # answers about one fiche: nothing to list


def absolute_links(text: str, base_url: str) -> str:
    """Markdown links to the app's fiche pages (`](/fiche/…)`) made absolute, for a file read elsewhere."""
    if not base_url:
        return text
    return _APP_LINK.sub(lambda m: f"]({present.absolute_url(m.group(1), base_url)})", text)


def chart_html(answer: Answer | None) -> str:
    """The bar chart of a count/aggregate answer ('' when it has no table)."""
    if answer is None or not answer.table:
        return ""
    field = answer.query.group_by if answer.query and answer.query.group_by else ""
    label = fields.group_label(field) if field else "valeur"
    return browse.bar_chart_html([(row.valeur, row.fiches) for row in answer.table], label)


def chip_label(key: str) -> str:
    """« Département : Nord » for the chip key `remove:departement=Nord`."""
    name, _, value = key.partition(":")[2].partition("=")
    return f"{fields.facet_label(name)} : {value}"


@dataclass
class ListingView:
    """One page of « Voir toutes les fiches »: its HTML, the listing state, and how many fiches in all."""

    html: str
    listing: browse.Listing
    total: int


class Controller:
    """The app's handlers, free of gradio: each returns plain values or yields `View`s."""

    def __init__(
        self,
        assistant: AssistantAPI,
        feedback: FeedbackStore,
        export_dir: Path,
        limits: WebLimits | None = None,
    ):
        self.assistant = assistant
        self.feedback_store = feedback
        self.export_dir = export_dir
        self.limits = limits or WebLimits()
        self.exports = ExportFolder(export_dir, self.limits.export_seconds)
        self._choices: tuple[Any, dict[str, list[tuple[str, str]]]] | None = None

    def respond(
        self,
        question: str,
        conversation: Conversation,
        filters: dict | None,
        client: tuple[str, str] = ("", ""),
    ) -> Iterator[View]:
        """Stream the answer to a new question, keeping the conversation as history. `client`: (session, address)
        for the per-client limits; a refused question is answered in the chat but not kept in the conversation."""
        question = (question or "").strip()
        if not question:
            yield View(chat_messages(conversation.turns), conversation, None, present.sources_html(None))
            return
        if refusal := question_refusal(question, self.limits.max_question_chars):
            yield self._refused(conversation, question, refusal)
            return
        with self.limits.clients.admit(*client) as refusal:
            if refusal:
                yield self._refused(conversation, question, refusal)
                return
            steps = conversation.ask(self.assistant, question, filters)
            yield from self._views(conversation, conversation.turns, question, steps)

    @staticmethod
    def _refused(conversation: Conversation, question: str, refusal: str) -> View:
        shown = lt_entities(clipped(question, 300))
        messages = [*chat_messages(conversation.turns), {"role": "user", "content": shown}]
        return View([*messages, {"role": "assistant", "content": refusal}], conversation)

    def new_conversation(self) -> View:
        """« Nouvelle conversation »: empty chat, fresh state, empty sources panel."""
        return View([], Conversation(), None, present.sources_html(None))

    def refine(self, kept: Sequence[str], conversation: Conversation, filters: dict | None) -> Iterator[View]:
        """Re-answer the last question without the detected facets that were unchecked (replaces its turn)."""
        if not conversation.turns:
            return
        note = removal_note(conversation.removed(kept))
        shown = conversation.turns[-1].model_copy(update={"note": note}).shown
        steps = conversation.refine(self.assistant, kept, filters)
        yield from self._views(conversation, conversation.turns[:-1], shown, steps)

    @staticmethod
    def _views(conversation: Conversation, before: list[Turn], shown: str, steps) -> Iterator[View]:
        """The chat while the answer streams (`before`, the question, the text so far), then the final view."""
        messages = [*chat_messages(before), {"role": "user", "content": shown}]
        text, new = "", conversation
        for step in steps:
            if isinstance(step, str):
                text += step
                yield View([*messages, {"role": "assistant", "content": text}], conversation)
            else:
                new = lighter(step)  # bounded session state: last turns, whole fiches on the last answer only
        yield View(chat_messages(new.turns), new, new.answer, present.sources_html(new.answer))

    def feedback(
        self, conversation: Conversation, message_index: int, liked: bool | str, session: str = ""
    ) -> FeedbackEntry | None:
        """Store a 👍/👎 on the assistant message at `message_index` of the chat (user, assistant, ...): the
        first vote of this session on this message only, question and answer cut to `feedback_chars`."""
        if liked not in (True, False):
            return None  # vote withdrawn
        turn_index = message_index // 2
        if not 0 <= turn_index < len(conversation.turns):
            logger.warning("Feedback on unknown message %s ignored", message_index)
            return None
        turn = conversation.turns[turn_index]
        if not self.limits.votes.first(session, f"{turn_index}:{hash((turn.shown, turn.answer.text))}"):
            logger.info("Second vote on message %s of session %s ignored", message_index, session[:8])
            return None
        size = self.limits.feedback_chars
        answer = turn.answer.model_copy(update={"text": clipped(turn.answer.text, size)})
        return self.feedback_store.record(clipped(turn.shown, size), answer, liked=bool(liked))

    def comment(self, entry: FeedbackEntry | None, text: str) -> FeedbackEntry | None:
        """The optional comment of a vote (cut to 2,000 characters; one per vote); None when not stored."""
        if entry is None:
            return None
        return self.feedback_store.comment(entry, text)

    def export_answer(self, conversation: Conversation, base_url: str = "") -> Path | None:
        """Markdown file of the last answer and its sources (links absolute), or None before any answer."""
        answer = conversation.answer
        if answer is None:
            return None
        answer = answer.model_copy(update={"text": absolute_links(answer.text, base_url)})
        text = present.answer_markdown(conversation.question, answer, base_url)
        return self._write("reponse", ".md", text)

    # ------------------------------------------------------------ every matching fiche

    def matching(self, conversation: Conversation) -> list | None:
        """Every fiche the last answer counts (its question's facets and its filters), or None when the
        answer is not a set to list: nothing cited, one fiche asked about, or neither facet nor filter
        behind it (a free-text search's top k has no « all »)."""
        answer = conversation.answer
        query = answer.query if answer else None
        if not answer or not answer.citations or query is None or query.intent in NO_LIST_INTENTS:
            return None
        filters = conversation.filters or None
        if not (query.facets or filters or query.intent == "aggregate"):
            return None
        return self.assistant.matching_fiches(query, filters)

    def see_all_count(self, conversation: Conversation) -> int:
        """N of « Voir toutes les fiches (N) » (0: no such button for this answer)."""
        return len(self.matching(conversation) or [])

    def listing(self, conversation: Conversation, listing: browse.Listing | None = None) -> ListingView:
        """One page of every fiche the last answer counts, in the listing's order."""
        fiches = self.matching(conversation) or []
        page = browse.listing_page(fiches, listing or browse.Listing())
        title = f"{len(fiches)} fiche{'s' if len(fiches) > 1 else ''} — « {conversation.question} »"
        return ListingView(browse.listing_html(page, title), page.listing, page.total)

    def export_listing(
        self, conversation: Conversation, listing: browse.Listing | None = None, base_url: str = ""
    ) -> Path | None:
        """CSV of every fiche the last answer counts, in the listing's order (None when there is none)."""
        fiches = self.matching(conversation)
        if not fiches:
            return None
        ordered = browse.sorted_fiches(fiches, listing or browse.Listing())
        return self._write("fiches-reponse", ".csv", present.fiches_csv(ordered, base_url))

    # ------------------------------------------------------------ the active filters' chips

    def remove_filter(
        self, key: str, conversation: Conversation, filters: dict | None
    ) -> tuple[dict[str, list[str]], Iterator[View]]:
        """(the filters without the chip `key`, the views re-answering the last question with them): the
        question's own facets stay as they were (those unchecked stay unchecked), the turn is replaced."""
        kept = browse.without_filter(filters, key)
        if kept == (filters or {}) or not conversation.turns:
            return kept, iter(())
        active = [facet_key(f) for f in conversation.active_facets]
        steps = conversation.refine(self.assistant, active, kept or None, also_removed=[chip_label(key)])
        removed = conversation.removed(active)
        note = removal_note(removed, [chip_label(key)])
        shown = conversation.turns[-1].model_copy(update={"note": note}).shown
        return kept, self._views(conversation, conversation.turns[:-1], shown, steps)

    def export_selection(self, filters: dict | None, base_url: str = "") -> Path:
        """CSV of every fiche matching the filters."""
        fiches = self.selection(filters)
        return self._write("fiches", ".csv", present.fiches_csv(fiches, base_url))

    def selection(self, filters: dict | None) -> list:
        """Every fiche matching the filters (all fiches without filters)."""
        return self.assistant.list_fiches(filters)

    def _write(self, stem: str, suffix: str, text: str) -> Path:
        return self.exports.write(stem, suffix, text)  # deleted after `export_seconds`

    def fiche_page(self, fiche_id: str) -> tuple[int, str]:
        fiche = self.assistant.get_fiche(fiche_id)
        if fiche is None:
            return 404, present.not_found_html(fiche_id)
        try:
            similar = self.assistant.similar(fiche_id, k=5)
        except Exception:
            logger.exception("Similar fiches of %s failed", fiche_id)
            similar = None
        return 200, present.fiche_page_html(fiche, similar)

    def facet_choices(self) -> dict[str, list[tuple[str, str]]]:
        """Choices of the filter dropdowns, computed again when the index was reloaded (`LiveAssistant`)."""
        getattr(self.assistant, "check", lambda: None)()
        version = getattr(self.assistant, "version", None)
        if self._choices is None or version is None or self._choices[0] != version:
            names = fields.filter_fields()
            counts = self.assistant.facet_counts(fields=names)
            self._choices = (version, {name: present.facet_choices(counts.get(name, [])) for name in names})
        return self._choices[1]

    def choices_version(self) -> int:
        """Changes when the filter choices may have: the index's reload count (-1 for a fixed assistant)."""
        getattr(self.assistant, "check", lambda: None)()
        return getattr(self.assistant, "version", -1)
