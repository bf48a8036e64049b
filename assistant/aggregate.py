"""Counts and tables over ALL the fiches matching a question's facets (never over the top-k hits).

« Combien d'actions de parentalité par département ? » → the fiches matching « parentalité », counted by
département, as a Markdown table in the answer text and as `Answer.table` rows `{"valeur": ..., "fiches": n}`.
For list fields (mots-clés, partenaires, public…) a fiche counts once for each of its values.

« Combien d'actions pique-nique ? » names no facet: `topic_count_answer` counts the fiches about its words —
those whose title has them all, else those whose text does (the fiches a ranking on the same words keeps,
`assistant/routing.py`) — and says how it counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from assistant.answer import NO_MATCH, build_citations, criteria, link, md, plural, where
from assistant.records import Answer, Hit, Query, TableRow
from ingest import fields
from ingest.models import Fiche

MAX_CITED = 10
MAX_TABLE_ROWS = 20
UNKNOWN = "(non renseigné)"


def fiche_values(fiche: Fiche, field: str) -> list[str]:
    """Distinct non-empty values of a field of a fiche (one value for text fields)."""
    value = getattr(fiche, field, None)
    if isinstance(value, list):
        return list(dict.fromkeys(str(v) for v in value if str(v).strip()))
    return [str(value)] if value not in (None, "") else []


def count_values(
    fiches: Iterable[Fiche], field: str, *, include_empty: bool = False
) -> list[tuple[str, int]]:
    """(value, number of fiches) by count desc, then value, « non renseigné » last; list fields count each value."""
    if field not in Fiche.model_fields:
        raise ValueError(f"Unknown fiche field: {field!r}")
    counter: Counter[str] = Counter()
    for fiche in fiches:
        values = fiche_values(fiche, field)
        counter.update(values or ([UNKNOWN] if include_empty else []))
    return sorted(counter.items(), key=lambda item: (item[0] == UNKNOWN, -item[1], item[0].casefold()))


def markdown_table(rows: list[tuple[str, int]], label: str, max_rows: int = MAX_TABLE_ROWS) -> str:
    header = f"| {label.capitalize()} | Fiches |\n|---|---:|"
    body = [f"| {md(value)} | {count} |" for value, count in rows[:max_rows]]
    table = "\n".join([header, *body])
    if len(rows) > max_rows:
        table += f"\n\n… et {plural(len(rows) - max_rows, 'autre valeur', 'autres valeurs')}."
    return table


def _ordered(fiches: list[Fiche], ranked: list[Hit]) -> list[Fiche]:
    """Ranked hits first (their retrieval order), then the other fiches by title."""
    rank = {hit.fiche_id: i for i, hit in enumerate(ranked)}
    return sorted(fiches, key=lambda f: (rank.get(f.id, len(rank)), f.title.casefold(), f.id))


def cited_hits(query: Query, fiches: list[Fiche], ranked: list[Hit], cap: int = MAX_CITED) -> list[Hit]:
    return [
        Hit(fiche=f, score=0.0, matched_facets=list(query.facets)) for f in _ordered(fiches, ranked)[:cap]
    ]


def fiche_lines(hits: list[Hit], field: str, label: str) -> str:
    """`**[n]** [Titre](url) — Centre (Département) · département : Moselle` for each cited fiche."""
    lines = []
    for n, hit in enumerate(hits, start=1):
        fiche = hit.fiche
        values = md(", ".join(fiche_values(fiche, field))) or UNKNOWN
        lines.append(f"**[{n}]** {link(fiche)} — {where(fiche)} · {label} : {values}")
    return "\n".join(f"- {line}" for line in lines)


def _opening(query: Query, total: int, label: str, field: str) -> str:
    scope = (
        f"{plural(total, 'fiche')} {'correspond' if total == 1 else 'correspondent'} à vos critères "
        f"({criteria(query.facets)})"
        if query.facets
        else f"La base compte {plural(total, 'fiche')}"
    )
    note = (
        f" (une fiche peut compter pour plusieurs valeurs de {label})"
        if fields.kind(field) == fields.LIST
        else ""
    )
    return f"{scope}. Répartition par {label}{note} :"


def aggregate_answer(query: Query, fiches: list[Fiche], ranked: list[Hit] | None = None) -> Answer:
    """Table of `query.group_by` over `fiches` (all the matching fiches), then the fiches cited (capped)."""
    if not fiches:
        return Answer(text=NO_MATCH, query=query)
    field = query.group_by
    rows = count_values(fiches, field, include_empty=True)
    label = fields.group_label(field)
    hits = cited_hits(query, fiches, ranked or [])
    parts = [
        _opening(query, len(fiches), label, field),
        markdown_table(rows, label),
        "Fiches :",
        fiche_lines(hits, field, label),
    ]
    if len(fiches) > len(hits):
        parts.append(f"… et {plural(len(fiches) - len(hits), 'autre fiche', 'autres fiches')}.")
    return Answer(
        text="\n\n".join(parts),
        citations=build_citations(hits),
        query=query,
        hits=hits,
        table=[TableRow(valeur=value, fiches=count) for value, count in rows],
    )


def topic_count_answer(query: Query, topic: list[str], fiches: list[Fiche], *, titled: bool) -> Answer:
    """The count of `fiches` (all those about `topic`), how they were found (`titled`: by their titles, else
    by their text), then the fiches cited (capped)."""
    words = " ".join(topic)
    if not fiches:
        return Answer(text=f"Aucune fiche ne porte sur « {md(words)} ».", query=query)
    how = "dont le titre contient" if titled else "dont le titre ou la description contiennent"
    agree = "porte" if len(fiches) == 1 else "portent"
    opening = (
        f"{plural(len(fiches), 'fiche')} {agree} sur « {md(words)} » "
        f"(fiches {how} ces mots ; aucun critère reconnu ne les désigne) :"
    )
    hits = cited_hits(query, fiches, [])
    lines = "\n".join(f"- **[{n}]** {link(h.fiche)} — {where(h.fiche)}" for n, h in enumerate(hits, start=1))
    parts = [opening, lines]
    if len(fiches) > len(hits):
        parts.append(f"… et {plural(len(fiches) - len(hits), 'autre fiche', 'autres fiches')}.")
    return Answer(text="\n\n".join(parts), citations=build_citations(hits), query=query, hits=hits)
