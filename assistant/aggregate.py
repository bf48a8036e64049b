"""Counts and tables over ALL the fiches matching a question's facets (never over the top-k hits).

« Combien d'actions de parentalité par département ? » → the fiches matching « parentalité », counted by
département, as a Markdown table in the answer text and as `Answer.table` rows `{"valeur": ..., "fiches": n}`.
For list fields (mots-clés, partenaires, public…) a fiche counts once for each of its values.

« Combien d'actions pique-nique ? » names no facet: `topic_count_answer` counts the fiches about its words —
those whose title has them all, else those whose text does (the fiches a ranking on the same words keeps,
`assistant/routing.py`) — and says how it counted.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from assistant.answer import NO_MATCH, build_citations, criteria, link, md, plural, where
from assistant.records import Answer, FacetMatch, Hit, Query, TableRow
from ingest import fields
from ingest.models import Fiche
from ingest.text import cut_sentences, normalise, word_set

MAX_CITED = 10
MAX_TABLE_ROWS = 20
UNKNOWN = "(non renseigné)"
QUOTE_CHARS = 200


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


def _opening(query: Query, total: int, label: str, field: str, about: Sequence[str] = ()) -> str:
    scope = (
        f"{plural(total, 'fiche')} {'correspond' if total == 1 else 'correspondent'} à vos critères "
        f"({criteria(query.facets)})"
        if query.facets
        else f"La base compte {plural(total, 'fiche')}"
    )
    if about:  # « 4 fiches portent sur « pique niques » (mots de leur titre) »
        agree = "porte" if total == 1 else "portent"
        among = (
            f", parmi celles qui correspondent à vos critères ({criteria(query.facets)})"
            if query.facets
            else ""
        )
        scope = f"{plural(total, 'fiche')} {agree} sur « {md(' '.join(about))} » (mots de leur titre){among}"
    note = (
        f" (une fiche peut compter pour plusieurs valeurs de {label})"
        if fields.kind(field) == fields.LIST
        else ""
    )
    return f"{scope}. Répartition par {label}{note} :"


def aggregate_answer(
    query: Query, fiches: list[Fiche], ranked: list[Hit] | None = None, about: Sequence[str] = ()
) -> Answer:
    """Table of `query.group_by` over `fiches` (all the matching fiches), then the fiches cited (capped);
    `about`: the topic words the fiches were kept on (`topic_scope`), said in the opening."""
    if not fiches:
        return Answer(text=NO_MATCH, query=query)
    field = query.group_by
    rows = count_values(fiches, field, include_empty=True)
    label = fields.group_label(field)
    hits = cited_hits(query, fiches, ranked or [])
    parts = [
        _opening(query, len(fiches), label, field, about),
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


# Words of an aggregate's phrasing (« ça donne quoi », « répartition géographique », « sur l'ensemble »),
# never its topic.
AGGREGATE_WORDS = word_set(
    """repartition repartitions reparti repartie reparties repartis ventilation ventile ventilees distribution
    geographique geographiquement carte donne donnent quoi nombre nombres combien reviennent revient frequent
    frequents frequentes souvent ensemble total totaux global globalement toutes tous liste tableau"""
)


def _names_group(word: str) -> bool:
    """« département », « partenaires », « thèmes »: a noun asking what to count by (`fields.group_nouns`)."""
    return any(re.fullmatch(pattern, word) for pattern, _ in fields.group_nouns())


def topic_scope(text: str, query: Query, fiches: list[Fiche]) -> tuple[list[Fiche], list[str]]:
    """What an aggregate counts when its question names a topic beyond its facets and its grouping (« Les
    pique-niques, ça donne quoi par département ? »): the words of `text` some title of `fiches` (those
    matching the facets) has, and the fiches whose title has them all (plural-insensitive, one typo, or
    written as one word) — (`fiches`, []) when no title has any (« Répartition des actions par région ? »)."""
    from assistant.routing import title_words, topic_words  # routing imports this module

    words = [w for w in topic_words(text, query, extra=AGGREGATE_WORDS) if not _names_group(w)]
    titled = [w for w in words if any(title_words(f, [w]) for f in fiches)]
    joined = ["".join(titled)] if len(titled) > 1 else []  # « pique niques » is « Piquenique » too
    kept = [f for f in fiches if titled and (title_words(f, titled) == len(titled) or title_words(f, joined))]
    written = [
        w for w in re.findall(r"[^\W\d_]+", text) if normalise(w) in titled
    ]  # as the question spells them
    return (kept, list(dict.fromkeys(written))) if kept else (fiches, [])


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


# -- counts of centres and of partners --------------------------------------------------------------


def centre_key(fiche: Fiche) -> tuple[str, str] | None:
    """Who led a fiche: its centre's name and département (normalised); None when the fiche names none."""
    name = normalise(fiche.centre)
    return (name, normalise(fiche.departement)) if name else None


def by_centre(fiches: list[Fiche]) -> tuple[dict[tuple[str, str], list[Fiche]], list[Fiche]]:
    """The fiches grouped by distinct centre (in the order of their first fiche), and the fiches naming no
    centre."""
    groups: dict[tuple[str, str], list[Fiche]] = {}
    nameless = []
    for fiche in fiches:
        key = centre_key(fiche)
        groups.setdefault(key, []).append(fiche) if key else nameless.append(fiche)
    return groups, nameless


def _scope(query: Query) -> str:
    return f" ({criteria(query.facets)})" if query.facets else ""


def centre_count_answer(
    query: Query, fiches: list[Fiche], ranked: list[Hit] | None = None, about: str = ""
) -> Answer:
    """« Combien de centres … ? »: the DISTINCT centres leading the fiches matching the facets (or `about`
    a topic: « sur « pique nique » »), and the number of fiches when it differs (« 3 fiches, menées par 2
    centres »); each centre with its fiches."""
    if not fiches:
        return Answer(text=NO_MATCH, query=query)
    groups, nameless = by_centre(_ordered(fiches, ranked or []))
    ordered = [f for group in groups.values() for f in group] + nameless
    hits = cited_hits(query, ordered, [Hit(fiche=f, score=0.0) for f in ordered])
    number = {h.fiche.id: n for n, h in enumerate(hits, start=1)}
    about = about or f"correspondant à vos critères{_scope(query)}"
    first = _centres_line(len(groups), len(fiches) - len(nameless), about)
    if nameless:
        first += (f" ; {plural(len(nameless), 'autre fiche', 'autres fiches')} "
                  f"{'ne dit' if len(nameless) == 1 else 'ne disent'} pas {'son' if len(nameless) == 1 else 'leur'} centre")  # fmt: skip
    lines = [_centre_line(group, number) for group in groups.values()][:MAX_TABLE_ROWS]
    if len(groups) > MAX_TABLE_ROWS:
        lines.append(f"… et {plural(len(groups) - MAX_TABLE_ROWS, 'autre centre', 'autres centres')}")
    if nameless:
        lines.append(_centre_line(nameless, number, "Centre non renseigné"))
    parts = [first + ".", "\n".join(f"- {line}" for line in lines)]
    if len(fiches) > len(hits):
        parts.append(f"({plural(len(hits), 'fiche citée', 'fiches citées')} sur {len(fiches)}.)")
    return Answer(text="\n\n".join(parts), citations=build_citations(hits), query=query, hits=hits)


def _centres_line(centres: int, named: int, about: str) -> str:
    """« 2 centres mènent des actions correspondant à vos critères (…) : 3 fiches, menées par 2 centres »."""
    if not centres:
        return f"Aucune des fiches {about} ne dit son centre"
    verb = "mène" if centres == 1 else "mènent"
    what = "une action" if named == 1 else "des actions"
    line = f"{plural(centres, 'centre')} {verb} {what} {about}"
    if named == centres:
        return line + (" (une fiche chacun)" if centres > 1 else "")
    return f"{line} : {plural(named, 'fiche')}, menées par {plural(centres, 'centre')}"


def _centre_line(group: list[Fiche], number: dict[str, int], name: str = "") -> str:
    cited_ = [f"« {md(f.title or f.id)} » [{number[f.id]}]" for f in group if f.id in number]
    rest = len(group) - len(cited_)
    if not cited_:
        return f"{name or where(group[0])} : {plural(rest, 'fiche')}"
    more = f" et {plural(rest, 'autre fiche', 'autres fiches')}" if rest else ""
    return f"{name or where(group[0])} : {', '.join(cited_)}{more}"


def partner_count_answer(
    query: Query, fiches: list[Fiche], facet: FacetMatch, ranked: list[Hit] | None = None
) -> Answer:
    """A count over a partner says what it counted: the fiches DECLARING it in their partners field first,
    then those only citing it in their text (« 4 fiches déclarent « Caf » comme partenaire ; 2 autres la
    citent dans leur texte »), each cited fiche under its heading."""
    if not fiches:
        return Answer(text=NO_MATCH, query=query)
    values = set(facet.values)
    fiches = _ordered(fiches, ranked or [])
    declared = [f for f in fiches if values & set(f.partenaires)]
    quoted = [f for f in fiches if f not in declared]
    hits = cited_hits(query, declared + quoted, [Hit(fiche=f, score=0.0) for f in declared + quoted])
    name = f"« {md(' / '.join(facet.values))} »"
    first = _partner_line(len(declared), len(quoted), name)
    others = [f for f in query.facets if f is not facet]
    if others:
        first += f", parmi les fiches répondant à vos autres critères ({criteria(others)})"
    parts = [first + "."]
    numbered = list(enumerate(hits, start=1))
    for heading, group in (("Partenaire déclaré", declared), ("Cité dans le texte seulement", quoted)):
        ids = {f.id for f in group}
        lines = [f"- **[{n}]** {link(h.fiche)} — {where(h.fiche)}{_quote(h.fiche, values, heading)}"
                 for n, h in numbered if h.fiche.id in ids]  # fmt: skip
        if lines:
            parts.append(f"{heading} :\n" + "\n".join(lines))
    if len(fiches) > len(hits):
        parts.append(f"… et {plural(len(fiches) - len(hits), 'autre fiche', 'autres fiches')}.")
    return Answer(text="\n\n".join(parts), citations=build_citations(hits), query=query, hits=hits)


def _partner_line(declared: int, quoted: int, name: str) -> str:
    """« 4 fiches déclarent « Caf » comme partenaire ; 5 autres le citent seulement dans leur texte »."""
    if declared:
        line = f"{plural(declared, 'fiche')} {'déclare' if declared == 1 else 'déclarent'} {name} comme partenaire"
        who = f"{quoted} {'autre' if quoted == 1 else 'autres'}"
    else:
        line = f"Aucune fiche ne déclare {name} comme partenaire"
        who = plural(quoted, "fiche")
    if not quoted:
        return line
    verb = "le cite seulement dans son texte" if quoted == 1 else "le citent seulement dans leur texte"
    return f"{line} ; {who} {verb}"


def _quote(fiche: Fiche, values: set[str], heading: str) -> str:
    """For a fiche citing the partner in its text: the sentence that does."""
    if heading.startswith("Partenaire"):
        return ""
    phrase = next((p.phrase for p in fiche.partenaires_cites_phrases if p.nom in values), "")
    return f"  \n« {md(cut_sentences(phrase, QUOTE_CHARS))} »" if phrase else ""
