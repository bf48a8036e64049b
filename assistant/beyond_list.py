"""« celui de Guadeloupe », « celle qui va dans les villages » when the previous list showed a few of its fiches
and none of them fits: the fiche described is looked for among the whole list that answer stood for.

At 20,000 fiches a list answer shows its 5 most relevant fiches of hundreds (« 815 fiches correspondent … »);
the user reads the description in a fiche they know of, or one the list stands for, not only in those shown.
The list's own query — its topic and facets, with the facets the description names added — is searched with
the description's words, and its first fiches are read as the focus list is (`mentions.fully_described`): the
first that holds every word of the description, in the search's order (it ranks the description within the
list's topic). A fiche holding only some of them is no answer: the caller then says that no fiche
of the list fits, as before. Bounded: one search of BEYOND fiches, read one by one.
"""

from __future__ import annotations

from typing import Any

from assistant import dialogue
from assistant.answer import citation
from assistant.records import Citation, FacetMatch, Query, Turn
from ingest import fields
from ingest.models import Fiche

BEYOND = 10  # fiches of the list's topic searched with the description, read for the one it describes


def described_beyond(
    question: str, history: list[Turn], facets: list[FacetMatch], retriever: Any
) -> tuple[Citation, Fiche] | None:
    """The fiche of the focus list's extent (not among those it showed) that the question's description fits
    in full (« celui de Guadeloupe » after « vous avez quoi sur le jardinage ? »), with its citation; None when
    none does, or the question describes nothing. `facets`: the question's (those its description names are
    added to the list's)."""
    turn = dialogue.list_turn(history)
    kind, words = dialogue.description(question)
    search = getattr(retriever, "search", None)
    if turn is None or turn.answer.query is None or not kind or search is None:
        return None
    named = dialogue.described_facets(question, facets) or _places(kind, words, retriever)
    query = extent_query(turn.answer.query, named, words)
    result = search(query, k=BEYOND)
    if result.no_match:
        return None
    shown = {c.fiche_id for c in turn.answer.citations}
    fiches = {h.fiche_id: h.fiche for h in result.hits if h.fiche_id not in shown}
    cited = [citation(n, fiche) for n, fiche in enumerate(fiches.values(), start=1)]
    full = (c for c in cited if dialogue.fully_described(question, c, fiches[c.fiche_id], facets))
    found = next(full, None)
    return (found, fiches[found.fiche_id]) if found else None


# Fields a description by « de » / « en » names (« celui de Guadeloupe », « celle de Metz »): a place or a centre.
PLACED = frozenset((*fields.facet_fields_named_by(fields.PLACES), "centre"))


def _places(kind: str, words: list[str], retriever: Any) -> list[FacetMatch]:
    """The places a description by « de » / « en » names, read as the analysis reads a place after « en »
    (« celui de Guadeloupe »: the département; a title's « de » is no place for it, so it is asked here)."""
    analyse = getattr(retriever, "analyse", None)
    if kind not in ("de", "en") or analyse is None:
        return []
    return [f for f in analyse(" ".join(["en", *words])).facets if f.field in PLACED]


def extent_query(previous: Query, named: list[FacetMatch], words: list[str]) -> Query:
    """The previous list's query with the description's facets required too and its words searched: alone when
    the list's facets hold its topic (« celle qui va dans les villages » among the 400 fiches numérique ×
    Seniors), after its question otherwise (« celui de Guadeloupe » after « sur le jardinage ? »)."""
    from assistant.followup import narrow_facets

    facets = narrow_facets(previous.facets, named)
    topic = [] if previous.facets else [previous.text]
    text = " ".join([*topic, *words])
    keywords = " ".join([*([previous.keywords] if topic and previous.keywords else []), *words])
    intent = "list" if facets else "search"
    update = {"text": text, "keywords": keywords, "facets": facets, "intent": intent, "lookup_field": ""}
    return previous.model_copy(update=update)
