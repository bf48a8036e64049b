"""Follow-up questions: « et en Seine-Maritime ? », « lesquelles sont terminées ? », « le budget de la deuxième ».

A follow-up is detected conservatively (a conversation exists, and the question starts with « et », is a short
prepositional phrase, or refers back with « lesquelles », « celle de Metz », « la deuxième »…). It becomes:
- a lookup on one fiche of the previous answer when it points at one (« la 2 », « la dernière », « celle de Metz »);
- otherwise a standalone `Query`: by the LLM when one is configured (prompt `reformulation`), else
  deterministically — the previous facets are carried, those of a field the follow-up names are replaced
  (département and région replace each other), new ones are added.
"""

from __future__ import annotations

import importlib
import logging
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from assistant.llm import failure_reason, neutralise
from assistant.records import Answer, Citation, FacetMatch, Query, Turn
from ingest import fields
from ingest.text import fold

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from prompts import Prompts

logger = logging.getLogger(__name__)

ORDINALS: dict[str, int] = {
    "premiere": 1, "premier": 1, "1re": 1, "1ere": 1, "1er": 1,
    "deuxieme": 2, "seconde": 2, "second": 2, "2e": 2, "2eme": 2,
    "troisieme": 3, "3e": 3, "3eme": 3, "quatrieme": 4, "4e": 4, "4eme": 4,
    "cinquieme": 5, "5e": 5, "5eme": 5, "sixieme": 6, "6e": 6, "septieme": 7, "7e": 7,
    "huitieme": 8, "8e": 8, "neuvieme": 9, "9e": 9, "dixieme": 10, "10e": 10,
    "derniere": -1, "dernier": -1,
}  # fmt: skip

# Facets of places: a follow-up naming one replaces the other (« et en Bretagne ? » after « en Moselle »).
PLACE_FIELDS = set(fields.facet_fields_named_by(fields.PLACES))
_ORDINAL = re.compile(
    r"\b(?:la|le|l')\s*("
    + "|".join(sorted(ORDINALS, key=len, reverse=True))
    + r")\b(?!\s*age)"  # not « 3e âge »
)
_NUMBERED = re.compile(
    r"(?:\b(?:la|le|fiche|numero|n°|no)\s*(?:fiche\s*)?(?:n°\s*|numero\s*)?|\[)(\d{1,2})\b\]?"
)
_NAMED = re.compile(
    r"\b(?:celle|celui|la fiche|le projet|l'action)\s+(?:de la|de l'|du|des|de|d'|a|en)\s*([\w'’-]+(?:\s+[\w'’-]+)?)"
)
_BACK_REFERENCE = re.compile(
    r"\b(lesquel(?:le)?s|lequel|laquelle|celles?-(?:ci|la)|ceux-(?:ci|la)|celui-(?:ci|la)|parmi (?:elles|eux|celles|ceux)"
    r"|celles? qui|ceux qui|ces (?:actions|fiches|centres|projets)|cette (?:action|fiche)|ce (?:projet|centre)|les memes|la meme)\b"
)
_PREPOSITIONS = (
    "en ",
    "avec ",
    "dans ",
    "pour ",
    "sur ",
    "chez ",
    "a ",
    "au ",
    "aux ",
    "parmi ",
    "seulement ",
)
_STOP = {"la", "le", "les", "l", "de", "du", "des", "d", "centre", "social"}


def is_followup(question: str, history: list[Turn] | None) -> bool:
    """Conservative: only with a previous turn, and only on clear follow-up forms."""
    if not history:
        return False
    q = fold(question)
    words = q.split()
    if (q.startswith(("et ", "et,", "mais ", "puis ")) and len(words) <= 10) or (
        q.startswith(_PREPOSITIONS) and len(words) <= 4
    ):
        return True
    return bool(_BACK_REFERENCE.search(q)) or fiche_reference(question, history[-1].answer) is not None


def fiche_reference(question: str, previous: Answer) -> Citation | None:
    """The citation of the previous answer the question points at: « la deuxième », « la 2 », « celle de Metz »."""
    citations = previous.citations
    if not citations:
        return None
    q = fold(question)
    number = None
    if match := _ORDINAL.search(q):
        number = ORDINALS[match.group(1)]
    elif match := _NUMBERED.search(q):
        number = int(match.group(1))
    if number is not None:
        by_n = {c.n: c for c in citations}
        return citations[-1] if number == -1 else by_n.get(number)
    if match := _NAMED.search(q):
        return _named(match.group(1), citations)
    return None


def _named(words: str, citations: list[Citation]) -> Citation | None:
    tokens = [t for t in re.split(r"[\s'’-]+", words) if t and t not in _STOP]
    for size in (len(tokens), 1):  # « celle de Metz », then the first word alone
        wanted = tokens[:size]
        for cit in citations:
            haystack = set(re.split(r"[\W_]+", fold(f"{cit.centre} {cit.title} {cit.departement}")))
            if wanted and all(t in haystack for t in wanted):
                return cit
    return None


def merge_facets(previous: list[FacetMatch], new: list[FacetMatch]) -> list[FacetMatch]:
    """Previous facets, minus those of the fields the follow-up names (place replaces place), plus the new ones."""
    named = {f.field for f in new}
    if named & PLACE_FIELDS:
        named |= PLACE_FIELDS
    return [f for f in previous if f.field not in named] + list(new)


def lookup_field(question: str, analysed: Query) -> str:
    if analysed.lookup_field:
        return analysed.lookup_field
    return fields.lookup_field_for(re.split(r"\W+", fold(question))) or "resume"


@dataclass
class Resolution:
    """What to search for after resolving a follow-up."""

    query: Query
    fiche_id: str = ""  # set when the follow-up points at one fiche of the previous answer
    followup: bool = False
    llm_failure: str = ""  # why the LLM could not rewrite the follow-up (French), if it failed


def deterministic_query(question: str, previous: Query, analysed: Query) -> Query:
    """Carry the previous facets, replace/add the follow-up's; keep the previous shape unless a new one is asked."""
    facets = merge_facets(previous.facets, analysed.facets)
    intent = analysed.intent if analysed.intent != "search" else previous.intent
    if intent in {"lookup", "similar"}:
        intent = "list" if facets else "search"
    group_by = analysed.group_by or (previous.group_by if intent == "aggregate" else "")
    keywords = " ".join(k for k in (previous.keywords, analysed.keywords) if k)
    return Query(
        text=f"{previous.text} {question}".strip(),
        facets=facets,
        intent=intent,
        group_by=group_by,
        keywords=keywords,
    )


def history_text(history: list[Turn], turns: int = 3) -> str:
    blocks = []
    for turn in history[-turns:]:
        cited = "; ".join(f"[{c.n}] {c.title} — {c.centre} ({c.departement})" for c in turn.answer.citations)
        blocks.append(f"Question : {turn.question}\nFiches citées : {cited or 'aucune'}")
    return "\n\n".join(blocks)


# What a provider call ends in when the model is unreachable, slow, refusing or answering nonsense. The
# project's own bugs (TypeError, AttributeError, KeyError…) are not among them, so they surface.
_PROVIDER_ERRORS = (
    ("openai", "OpenAIError"),
    ("httpx", "HTTPError"),
    ("ollama", "ResponseError"),
    ("langchain_core.exceptions", "LangChainException"),
)


@cache
def _llm_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [OSError, TimeoutError, ValueError]
    for module_name, class_name in _PROVIDER_ERRORS:
        try:
            errors.append(getattr(importlib.import_module(module_name), class_name))
        except (ImportError, AttributeError):
            continue  # that provider is not installed: it cannot raise
    return tuple(errors)


def llm_standalone(llm: BaseChatModel, prompts: Prompts, question: str, history: list[Turn]) -> str:
    """The follow-up rewritten as a standalone question by the LLM (first non-empty line)."""
    from langchain_core.messages import HumanMessage

    prompt = prompts.reformulation.render(
        historique=neutralise(history_text(history)), question=neutralise(question)
    )
    reply = llm.invoke([HumanMessage(content=prompt)])
    content = reply.content if isinstance(reply.content, str) else str(reply.content)
    line = next((ln.strip(' "«»') for ln in content.splitlines() if ln.strip()), "")
    if not line or len(line) > 400:
        raise ValueError("empty or overlong reformulation")
    return line


def resolve(
    question: str,
    history: list[Turn] | None,
    retriever: Any,
    llm: BaseChatModel | None = None,
    prompts: Prompts | None = None,
) -> Resolution:
    """The standalone query for `question`, given the conversation so far."""
    if not is_followup(question, history):
        return Resolution(query=retriever.analyse(question))
    previous_turn = history[-1]
    previous = previous_turn.answer.query or retriever.analyse(previous_turn.question)
    analysed = retriever.analyse(question)
    if cited := fiche_reference(question, previous_turn.answer):
        query = Query(
            text=f"{question} ({cited.title})", intent="lookup", lookup_field=lookup_field(question, analysed)
        )
        return Resolution(query=query, fiche_id=cited.fiche_id, followup=True)
    if llm is not None and prompts is not None:
        try:
            standalone = llm_standalone(llm, prompts, question, history)
            logger.info("Follow-up %r rewritten by the LLM as %r", question, standalone)
            return Resolution(query=retriever.analyse(standalone), followup=True)
        except _llm_errors() as exc:  # the deterministic rewrite is always available
            logger.warning("LLM reformulation failed (%s); deterministic follow-up", exc)
            query = deterministic_query(question, previous, analysed)
            return Resolution(query=query, followup=True, llm_failure=failure_reason(exc))
    return Resolution(query=deterministic_query(question, previous, analysed), followup=True)
