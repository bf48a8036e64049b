"""Extractive answers (the default, no LLM): an opening sentence shaped by the question, then one line per fiche.

Every sentence is built from fiche metadata or fiche text, and carries the `[n]` of the fiche it comes from.
Citations are built from the `Fiche` records of the hits, numbered 1.. in hit order.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.facet_cues import TOWN_CUES
from assistant.records import Answer, Citation, FacetMatch, Hit, Query, SearchResult
from ingest import fields
from ingest.enrich import cited_in_text, mention_excerpt
from ingest.models import Fiche
from ingest.text import (
    cut_sentences,
    fiche_path,
    fold,
    normalise,
    plural_key,
    safe_url,
    split_sentences,
    tokens,
)
from ingest.text import defuse_autolinks as defuse_autolinks  # re-exported for llm.py
from ingest.text import md_escape as md

EXCERPT_CHARS = 300
UNNAMED = "centre non indiqué"  # a fiche whose page does not name its centre
NO_MATCH = "Aucune fiche ne correspond à votre question."
STRICT_INTENTS = ("list", "count")  # intents whose facets filter the fiches (`retrieval.STRICT_INTENTS`)
COUNT_CITED = 10  # a count cites every fiche it counts, up to this many (the most relevant first)

_UNIT = re.compile(r"^(?P<label>[^:\n]{2,80}?)(?: \(suite\))? : (?P<body>.*)$")
# Fields that make poor excerpts (labels, lists, budget tables): their value is shown elsewhere.
_NOT_PROSE = {
    "statut", "dimension", "themes", "mots_cles", "public", "partenaires", "initiative", "territoire",
    "ressources_financieres", "personnes_mobilisees", "annee",
}  # fmt: skip
_NUMBER_LINE = re.compile(r"^-?\s*\d[\d\s.,]*\s*(€|euros?)?\s*$", re.IGNORECASE)
_TOTAL = re.compile(r"^\s*-?\s*(total[^\d€:]*)\s*:?\s*(\d[\d\s.,]*\s*(?:€|euros?)?)?\s*$", re.IGNORECASE)


def fiche_url(fiche: Fiche) -> str:
    """The SENACS page of the fiche when known (absolute http(s) only; spaces and ')' encoded so that
    it ends a Markdown link where it should), else the app's own page."""
    url = safe_url(fiche.source_url)
    return url.replace(" ", "%20").replace(")", "%29") if url else fiche_path(fiche.id)


def citation(n: int, fiche: Fiche) -> Citation:
    return Citation(
        n=n,
        fiche_id=fiche.id,
        title=fiche.title,
        centre=fiche.centre,
        departement=fiche.departement,
        url=fiche_url(fiche),
    )


def build_citations(hits: list[Hit]) -> list[Citation]:
    return [citation(n, hit.fiche) for n, hit in enumerate(hits, start=1)]


# ---------------------------------------------------------------- small text helpers


def join_fr(items: list[str]) -> str:
    """'a', 'a et b', 'a, b et c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    return f"{n} {singular if n == 1 else (plural_form or singular + 's')}"


def best(n: int) -> str:
    """'la plus pertinente' / 'les 3 plus pertinentes'."""
    return "la plus pertinente" if n == 1 else f"les {n} plus pertinentes"


def where(fiche: Fiche) -> str:
    """'Centre (Département)', or just the centre when the département is unknown; 'Centre (Rhône, d'après
    « Écully »)' when it was inferred from a town (`Fiche.departement_infere`)."""
    dep = fiche.departement
    dep = f"{dep}, d'après « {fiche.departement_infere} »" if dep and fiche.departement_infere else dep
    centre = fiche.centre.strip() or UNNAMED
    return md(f"{centre} ({dep})" if dep else centre)


def criteria(facets: list[FacetMatch]) -> str:
    """'mots-clés Parentalité, partenaire Bailleur social' (the facets the question named); a town read as its
    département says so: « département Loire, où se trouve Saint-Étienne »."""
    return ", ".join(
        " ou ".join(f"{fields.facet_word(name)} {md(' / '.join(values))}" for name, values in f.pairs())
        + _town_widened(f)
        for f in facets
    )


def _town_widened(facet: FacetMatch) -> str:
    """« , où se trouve Saint-Étienne » when the département facet was read from a town (« à Saint-Étienne »): the
    fiches shown are the département's, none of them said to be in the town."""
    cue, _, name = facet.trigger.partition(" ")
    if facet.field != "departement" or normalise(cue) not in TOWN_CUES or not name:
        return ""
    if normalise(name) in {normalise(v) for v in facet.values}:
        return ""  # « à Paris »: the département's own name
    return f", où se trouve {md(name)}"


# ---------------------------------------------------------------- one line per fiche


def _fiche_values(fiche: Fiche, field: str) -> list[str]:
    value = getattr(fiche, field, "")
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)] if value else []


def why(hit: Hit, facets: list[FacetMatch] | None = None) -> str:
    """The matched facets with the fiche's own values, then the `facets` of the question its fields leave
    empty but its text says (`said`), or a note that the text is close."""
    parts = []
    for facet in hit.matched_facets:
        for name, values in facet.pairs():  # the first field the fiche has the value in (« familles »: OR)
            wanted = {v.casefold() for v in values}
            own = [v for v in _fiche_values(hit.fiche, name) if v.casefold() in wanted]
            cited = [] if own else cited_in_text(hit.fiche, name, wanted)  # partners named in the text only
            if cited:
                value, mention = cited[0]
                quote = md(mention_excerpt(mention))
                parts.append(f"{fields.facet_word(name)} cité dans le texte {md(value)} (« {quote} »)")
                break
            if own or name == facet.field and not facet.also:
                how = " déclaré" if own and len(fields.facet_sources(name)) > 1 else ""
                parts.append(f"{fields.facet_word(name)}{how} {md(', '.join(own or values))}")
                break
    for facet in facets or []:
        if not declared(hit, facet) and said(hit, facet):
            parts.append(
                f"{fields.facet_word(facet.field)} non renseigné, « {md(facet.trigger)} » dans le texte"
            )
    return ", ".join(parts) if parts else "texte proche de la question"


def passage_units(text: str, fiche: Fiche) -> list[tuple[str, str]]:
    """(field, text) units of a chunk: its header line dropped, `Label : value` lines split by label."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1 and (" — " in lines[0] or (fiche.title and fiche.title in lines[0])):
        lines = lines[1:]
    units: list[list[str]] = []
    for line in lines:
        match = _UNIT.match(line)
        name = fields.field_of_label(match.group("label")) if match else None
        if name:
            units.append([name, match.group("body")])
        elif units:
            units[-1][1] += " " + line
        else:
            units.append(["", line])
    return [(name, body) for name, body in units]


def _stems(text: str) -> set[str]:
    return {word[:5] for word in re.findall(r"\w{4,}", fold(text))}


def best_sentence(candidates: list[str], terms: str) -> int:
    """Index of the sentence sharing most word stems with `terms` (the first one on a tie or no overlap)."""
    wanted = _stems(terms)
    scores = [len(wanted & _stems(sentence)) for sentence in candidates]
    return max(range(len(candidates)), key=lambda i: (scores[i], -i)) if wanted else 0


def excerpt(hit: Hit, limit: int = EXCERPT_CHARS, terms: str = "") -> str:
    """One or two sentences of the best passage (prose fields, not labels), near the query `terms`."""
    units = passage_units(hit.passage.text, hit.fiche) if hit.passage else []
    prose = [body for name, body in units if name not in _NOT_PROSE]
    fiche = hit.fiche
    prose = prose or [fiche.resume or fiche.description_experience or fiche.description_generale]
    candidates = [s for body in prose for s in split_sentences(body)]
    if terms and fiche.resume and not _overlaps(candidates, terms):
        # The passage was found by facets, not by words of the question (« en Occitanie »): the
        # résumé says better than a stray field what the action is.
        candidates = split_sentences(fiche.resume)
    if not candidates:
        return ""
    return cut_sentences(" ".join(candidates[best_sentence(candidates, terms) :]), limit)


def _overlaps(candidates: list[str], terms: str) -> bool:
    wanted = _stems(terms)
    return any(wanted & _stems(sentence) for sentence in candidates)


def link(fiche: Fiche) -> str:
    # Parentheses escaped too: inside link text, `\[x\](url)` would still become a second link in Gradio's chat.
    title = md(fiche.title or fiche.id).replace("(", "\\(").replace(")", "\\)")
    return f"[{title}]({fiche_url(fiche)})"


def hit_line(
    n: int, hit: Hit, *, with_excerpt: bool = True, terms: str = "", facets: list[FacetMatch] | None = None
) -> str:
    """`**[n]** [Titre](url) — Centre (Département) · pourquoi : …` and the excerpt on the next line."""
    fiche = hit.fiche
    line = f"**[{n}]** {link(fiche)} — {where(fiche)} · pourquoi : {why(hit, facets)}"
    snippet = md(excerpt(hit, terms=terms)) if with_excerpt else ""
    return f"{line}  \n« {snippet} »" if snippet else line


def hit_lines(
    hits: list[Hit],
    numbers: list[int] | None = None,
    *,
    with_excerpt: bool = True,
    terms: str = "",
    facets: list[FacetMatch] | None = None,
) -> str:
    numbers = numbers or list(range(1, len(hits) + 1))
    lines = (
        hit_line(n, hit, with_excerpt=with_excerpt, terms=terms, facets=facets)
        for n, hit in zip(numbers, hits, strict=True)
    )
    return "\n\n".join(lines)


# ---------------------------------------------------------------- opening sentences


def numbers(ns: list[int]) -> str:
    return f"[{', '.join(map(str, ns))}]"


def centres_phrase(hits: list[Hit]) -> tuple[int, str]:
    """Distinct named centres of the hits with their citation numbers: (count, 'X (D) [1, 3] et Y (D) [2]');
    fiches without a centre name are left out (`by_centres` says how many)."""
    named: dict[str, list[int]] = {}
    for n, hit in enumerate(hits, start=1):
        if hit.fiche.centre.strip():
            named.setdefault(where(hit.fiche), []).append(n)
    return len(named), join_fr([f"{name} {numbers(ns)}" for name, ns in named.items()])


def by_centres(hits: list[Hit], prep: str = "par") -> str:
    """Who led the hits, with their citation numbers: « par 2 centres : X (D) [1] et Y (D) [2, 3] », « par un
    seul centre : X (D) [1, 2] », « par 3 structures dont le nom n'est pas indiqué : [1, 2, 3] » (`prep`:
    « par » or « de »)."""
    count, names = centres_phrase(hits)
    unnamed = [n for n, hit in enumerate(hits, start=1) if not hit.fiche.centre.strip()]
    who = "un seul centre" if count == 1 and len(hits) > 1 else plural(count, "centre")
    nameless = f"{plural(len(unnamed), 'structure')} dont le nom n'est pas indiqué"
    de = "d'" if prep == "de" and who.startswith("un") else f"{prep} "
    if not unnamed:
        return f"{de}{who} : {names}"
    if not count:
        return f"{prep} {nameless} : {numbers(unnamed)}"
    return f"{de}{who} : {names}, et {prep} {nameless} {numbers(unnamed)}"


def fiches_phrase(hits: list[Hit]) -> str:
    """The one fiche by its title and centre (« « Titre » — X (D) [1] »), several by their centres."""
    if len(hits) == 1:
        return f"« {md(hits[0].fiche.title or hits[0].fiche.id)} » — {where(hits[0].fiche)} [1]"
    return by_centres(hits)


def declared(hit: Hit, facet: FacetMatch) -> bool:
    """The fiche has the facet in its fields (retrieval's `matched_facets`: values, partners cited in the text)."""
    return any(f.field == facet.field and f.values == facet.values for f in hit.matched_facets)


def said(hit: Hit, facet: FacetMatch) -> bool:
    """The fiche fills none of the facet's fields (a page without a public, keywords or place: unknown, not
    « no ») and its text says the words that named the facet (a place: all its words, in order); only for
    facets a text can state (`retrieval.TEXT_FACETS`: not the form's categories)."""
    from assistant.fiche_words import FicheWords  # the words of a fiche, as answerability reads them
    from assistant.retrieval import TEXT_FACETS

    if facet.field not in TEXT_FACETS or any(_fiche_values(hit.fiche, name) for name, _ in facet.pairs()):
        return False
    return FicheWords(hit.fiche).says(facet.trigger, phrase=facet.field in PHRASE_FIELDS)


def fully_matched(hit: Hit, facets: list[FacetMatch], *, text: bool = True) -> bool:
    """Does the hit meet every facet of the question — in its fields, or (`text`) in its text when the fields
    are empty? (Retrieval relaxes facets when no fiche has them all, and only boosts them on free text.)"""
    return all(declared(hit, f) or (text and said(hit, f)) for f in facets)


# What a count of fiches counts (« combien d'actions… »); any other noun is a figure inside a fiche.
COUNTED_FICHES = {
    plural_key(w) for w in ["fiche", "action", "projet", "initiative", "experience", "centre", "structure"]
}
PLACE_FIELDS = {*fields.facet_fields_named_by(fields.PLACES), "centre"}
PHRASE_FIELDS = {*PLACE_FIELDS, "statut", "partenaires"}  # met in a text by all their words, in order
PARTIAL = "Aucune fiche ne réunit tous vos critères ({criteria}) ; voici les plus proches, avec les critères qu'elles remplissent :"


def list_opening(result: SearchResult) -> str:
    """After `only_full`: the hits of a list meet every criterion (those meeting them in their fields first),
    or none does (retrieval relaxed the facets); on a free-text search, facets only boosted some hits."""
    facets = result.query.facets
    hits = result.hits
    if not facets:
        if len(hits) == 1:
            return f"J'ai trouvé 1 fiche proche de votre question : {fiches_phrase(hits)}."
        return (
            f"J'ai trouvé {plural(len(hits), 'fiche')} proches de votre question, menées {by_centres(hits)}."
        )
    full = [n for n, h in enumerate(hits, start=1) if fully_matched(h, facets)]
    if not full:
        return unmatched_opening(result)
    if len(full) < len(hits):  # facets that only boosted a free-text search (lists are cut by `only_full`)
        agree = "réunit" if len(full) == 1 else "réunissent"
        total = result.total_matching  # the count of « Voir toutes les fiches »
        among = f" (sur {total} dans la base)" if total > len(full) else ""
        return (
            f"{plural(len(full), 'fiche')} {agree} tous vos critères ({criteria(facets)}) : "
            f"{numbers(full)}{among} ; les autres en remplissent une partie."
        )
    fielded = sum(1 for h in hits if fully_matched(h, facets, text=False))
    texts = list(range(fielded + 1, len(hits) + 1))
    if not fielded:
        return text_opening(result, texts)
    opening = matched_opening(result.model_copy(update={"hits": hits[:fielded]}))
    return f"{opening} {text_note(texts)}" if texts else opening


def text_note(ns: list[int]) -> str:
    """The cited fiches that meet a criterion only in their text (their fields are empty)."""
    if len(ns) == 1:
        return f"La fiche {numbers(ns)} ne renseigne pas tous ces critères, mais son texte les évoque."
    return f"Les fiches {numbers(ns)} ne renseignent pas tous ces critères, mais leur texte les évoque."


def text_opening(result: SearchResult, ns: list[int]) -> str:
    """Every hit meets the criteria in its text only; how many fiches have them in their fields (the count
    of « Voir toutes les fiches »)."""
    wanted, total = criteria(result.query.facets), result.total_matching
    one = len(ns) == 1
    verb, text = ("évoque", "son texte") if one else ("évoquent", "leur texte")
    if not total:
        return (
            f"Aucune fiche ne renseigne tous vos critères ({wanted}) ; "
            f"{plural(len(ns), 'fiche')} les {verb} dans {text} : {numbers(ns)}."
        )
    have = "1 fiche les renseigne" if total == 1 else f"{total} fiches les renseignent"
    return (
        f"{plural(len(ns), 'fiche')} {verb} vos critères ({wanted}) dans {text} : {numbers(ns)} ; "
        f"{have}, moins proches du reste de la question."
    )


def unmatched_opening(result: SearchResult) -> str:
    """No hit meets every criterion. « Aucune fiche ne réunit… » only when that is true of the whole base;
    when some fiche does but the question's words found others (facets that only boost), say that."""
    facets = result.query.facets
    if not result.total_matching:
        return PARTIAL.format(criteria=criteria(facets))
    hits, total = result.hits, result.total_matching
    found = "1 fiche proche" if len(hits) == 1 else f"{plural(len(hits), 'fiche')} proches"
    have = "l'a" if total == 1 else "les ont"
    return (
        f"J'ai trouvé {found} de votre question, sans tous vos critères ({criteria(facets)}) ; "
        f"{plural(total, 'fiche')} {have}, moins proches du reste de la question."
    )


def matched_opening(result: SearchResult) -> str:
    """Every hit meets every criterion: how many fiches, then who led them (a count of centres only when
    each fiche has its own centre: never « 1 centre a mené une action … [1, 2] »)."""
    hits, wanted = result.hits, criteria(result.query.facets)
    total = result.total_matching
    if total > len(hits):
        opening = f"{plural(total, 'fiche')} correspondent à vos critères ({wanted})"
        if len(hits) == 1:
            return f"{opening} ; la plus pertinente : {fiches_phrase(hits)}."
        return f"{opening} ; {best(len(hits))} viennent {by_centres(hits, 'de')}."
    count, names = centres_phrase(hits)
    if count == len(hits):
        verb = "a mené une action" if count == 1 else "ont mené des actions"
        return f"{plural(count, 'centre')} {verb} correspondant à vos critères ({wanted}) : {names}."
    if len(hits) == 1:
        return f"1 fiche correspond à vos critères ({wanted}) : {fiches_phrase(hits)}."
    return f"{plural(len(hits), 'fiche')} correspondent à vos critères ({wanted}), menées {by_centres(hits)}."


def elsewhere(result: SearchResult) -> bool:
    """The question names a place and retrieval relaxed it: no hit is there (a fiche whose text has « grand »
    and « est » is not in the Grand Est), or no fiche of the base meets every criterion and no hit does (no
    computer workshop for the young in Corse: the fiche in Corse is about something else). Those fiches are
    no answer: « aucune fiche ne réunit tous vos critères », the closest shown as plain links, not cited."""
    facets = result.query.facets
    places = [f for f in facets if f.field in PLACE_FIELDS]
    named = result.named
    if (
        not places
        or result.query.intent == "lookup"
        or (named is not None and named.focus and named.fiche_ids)
    ):
        return False  # a project named by its title: the linker kept only the titles at the places named
    if not any(fully_matched(h, places) for h in result.hits):
        return True
    return not result.total_matching and not any(fully_matched(h, facets) for h in result.hits)


def counted_figure(result: SearchResult, within: int = 3) -> Answer | None:
    """« Combien de jardiniers dans le jardin partagé … ? »: a count with no criteria, of something that is no
    fiche (people, hours), asks a figure of one fiche — the answer of the closest fiche (among the first
    `within`) whose text states that many of it, that fiche alone cited. None otherwise."""
    from assistant.lookup import lookup_answer
    from assistant.lookup_asks import count_noun
    from assistant.lookup_sentences import fiche_counts

    query = result.query
    noun = count_noun(normalise(query.text)) if query.intent == "count" and not query.facets else ""
    if not noun or plural_key(noun) in COUNTED_FICHES:
        return None
    fiche = next((h.fiche for h in result.hits[:within] if fiche_counts(h.fiche, noun)), None)
    if fiche is None:
        return None
    lookup = query.model_copy(update={"intent": "lookup"})
    return lookup_answer(fiche, query.text, query.lookup_field, lookup).answer


def counted_result(result: SearchResult, counted: list[Fiche]) -> SearchResult:
    """A count's result citing every fiche it counts (up to COUNT_CITED): the hits first, then the counted
    fiches the retrieval left out (« la MPT de Kervénanec »: a word of the centre's reference is no topic a
    fiche's text must hold), each meeting every criterion of the question."""
    if result.no_match or not result.hits:
        return result
    shown = {h.fiche_id for h in result.hits}
    facets = result.query.facets
    extra = [Hit(fiche=f, score=0.0, matched_facets=list(facets)) for f in counted if f.id not in shown]
    hits = [*result.hits, *extra][: max(COUNT_CITED, len(result.hits))]
    return result.model_copy(update={"hits": hits})


def counts_by_value(facets: list[FacetMatch], counted: list[Fiche]) -> dict[str, int]:
    """How many of the counted fiches hold each value of a facet naming several values of one field (« statut
    En cours / Terminée » → {"En cours": 27, "Terminée": 7}); empty when no facet names several."""
    for facet in facets:
        pairs = list(facet.pairs())
        if len(pairs) == 1 and len(pairs[0][1]) > 1:
            name, values = pairs[0]
            held = [{v.casefold() for v in _fiche_values(f, name)} for f in counted]
            return {value: sum(value.casefold() in h for h in held) for value in values}
    return {}


def count_opening(result: SearchResult, total: int | None) -> str:
    facets = result.query.facets
    if not facets:
        return (
            "Je ne sais compter que sur des critères reconnus (thème, partenaire, public, département, "
            f"région, statut) ; voici les {plural(len(result.hits), 'fiche')} les plus proches de votre question."
        )
    total = result.total_matching if total is None else total
    if total == 0:
        return PARTIAL.format(criteria=criteria(facets))
    agree = "correspond" if total == 1 else "correspondent"
    opening = f"{plural(total, 'fiche')} {agree} à vos critères ({criteria(facets)})"
    if result.counts_by_value:  # « combien en cours et combien terminées ? »: each value its own count
        opening += " : " + join_fr([f"{n} {md(value)}" for value, n in result.counts_by_value.items()])
    opening += "."
    if total > len(result.hits):
        opening += f" {best(len(result.hits)).capitalize()} :"
    return opening


def lookup_opening(result: SearchResult) -> str | None:
    """The asked field of the top fiche, with its key figures; None when the field is unknown."""
    field = result.query.lookup_field
    if field not in Fiche.model_fields:
        return None
    fiche = result.hits[0].fiche
    label = fields.label(field)
    values = _fiche_values(fiche, field)
    if not values:
        return f"La fiche « {md(fiche.title)} » — {where(fiche)} [1] ne renseigne pas ce point ({label})."
    value = md(field_summary(field, "\n".join(values)))
    return f"{label} de « {md(fiche.title)} » — {where(fiche)} [1] : {value}."


def field_summary(field: str, text: str) -> str:
    """A short rendering of a field: key totals of a budget, else the value cut at a sentence."""
    if field == "ressources_financieres" and (totals := key_figures(text)):
        return " ; ".join(totals)
    lines = [line.strip(" -\t") for line in text.splitlines() if line.strip(" -\t")]
    return cut_sentences(" ; ".join(line.rstrip(" .;") for line in lines), EXCERPT_CHARS)


def key_figures(text: str) -> list[str]:
    """The 'TOTAL …' lines of a budget with their amount (same line or next line), deduplicated."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    found: list[str] = []
    seen: set[tuple[str, str]] = set()
    for i, line in enumerate(lines):
        match = _TOTAL.match(line)
        if not match:
            continue
        amount = match.group(2)
        if not amount and i + 1 < len(lines) and _NUMBER_LINE.match(lines[i + 1]):
            amount = lines[i + 1]
        if not amount:
            continue
        label = " ".join(match.group(1).split()).lower()
        amount = " ".join(amount.strip(" -").split())
        key = (label, re.sub(r"\D", "", amount))
        if key not in seen:
            seen.add(key)
            found.append(f"{label} : {amount}")
    return found


def no_match_sentence(result: SearchResult) -> str:
    """What no fiche covers, in the question's words (`SearchResult.missing`, set by answerability)."""
    missing = join_fr([f"« {md(m)} »" for m in result.missing])
    if result.missing_kind == "topic" and missing:
        return f"Aucune fiche ne porte sur {missing}."
    if result.missing_kind == "entity" and missing:
        return f"Aucune fiche ne mentionne {missing}."
    if result.missing_kind == "criteria" and result.query.facets:
        return f"Aucune fiche ne réunit tous vos critères ({criteria(result.query.facets)})."
    return NO_MATCH


def meets(hit: Hit) -> str:
    """« · remplit : département Corse » for a closest fiche that has some of the question's facets."""
    return f" · remplit : {why(hit)}" if hit.matched_facets else ""


def no_match_answer(result: SearchResult) -> Answer:
    """« Aucune fiche … » and the closest fiches as plain links (they are not cited as answers)."""
    named = result.named is not None and not result.named.fiche_ids
    text = f"Aucune fiche intitulée « {md(result.named.mention)} »." if named else no_match_sentence(result)
    if result.suggestions:
        closest = "\n".join(f"- {link(h.fiche)} — {where(h.fiche)}{meets(h)}" for h in result.suggestions)
        text += f"\n\n{'Titres' if named else 'Fiches'} les plus proches :\n{closest}"
    return Answer(text=text, query=result.query)


# ---------------------------------------------------------------- the answer


def opening_sentence(result: SearchResult, total: int | None = None) -> str:
    query: Query = result.query
    if query.intent == "count":
        return count_opening(result, total)
    if query.intent == "lookup" and (sentence := lookup_opening(result)):
        return sentence
    if query.intent == "similar":
        return f"Fiches proches ({len(result.hits)}) :"
    return list_opening(result)


def focused(result: SearchResult) -> SearchResult:
    """A lookup is about the fiche(s) asked: the top hit, and the others having every facet of the question
    when it has some — not fiches that merely share words or a centre with the question."""
    if result.query.intent != "lookup" or len(result.hits) < 2:
        return result
    named = set(result.named.fiche_ids) if result.named else set()
    if named:  # the project the question names (and its near-duplicates), nothing else
        return result.model_copy(update={"hits": [h for h in result.hits if h.fiche_id in named]})
    facets = result.query.facets  # several fiches asked (« le budget des actions de X »): all their facets
    hits = [h for i, h in enumerate(result.hits) if i == 0 or (facets and fully_matched(h, facets))]
    return result.model_copy(update={"hits": hits})


# Facets naming what a fiche is about (a keyword value: « habitat » → Logement): on a free-text search, a hit
# lacking one shares words with the question, not its topic.
TOPIC_FIELDS = {"mots_cles"}


@cache
def people_phrases() -> frozenset[str]:
    """The phrases naming a public in the facet vocabulary (« enfants », « familles », « personnes agees »)."""
    from assistant.facet_words import SYNONYMS

    return frozenset(
        p.rpartition(":")[2] for names, _, phrases in SYNONYMS if names[0] == "public" for p in phrases
    )


def names_topic(facet: FacetMatch) -> bool:
    """A keyword facet the question names by a topic word (« habitat » → Logement), not by the people an action
    is for (« les enfants » → Enfance & jeunesse, « les familles » → Famille or public familles: who, not what)."""
    people = "public" in facet.also or normalise(facet.trigger) in people_phrases()
    return facet.field in TOPIC_FIELDS and not people


def only_full(result: SearchResult) -> tuple[SearchResult, list[Hit]]:
    """When a list or count question's facets filter (`STRICT_INTENTS`: retrieval makes a question that names
    facets and no topic a list) and some hits meet them all (`fully_matched`), only they are cited, those
    meeting them in their fields first; the others (retrieval's relaxation) come back apart, shown as plain
    links — a list is never padded with fiches that miss a criterion. When no hit meets them all, the hits
    stay (the opening says so). Elsewhere facets only boost: a fiche close in meaning is a fair answer to
    « des idées pour… », and the opening says which hits meet every criterion — but when some hit meets
    them all, a hit lacking a topic facet (`TOPIC_FIELDS`: « des choses sur l'habitat / les locataires »
    named Logement) is a plain link too; one lacking only a public or a partner stays cited."""
    facets = result.query.facets if result.query.intent in (*STRICT_INTENTS, "search") else []
    if not facets:
        return result, []
    text = result.query.intent != "count"  # a count counts the fiches having the criteria in their fields
    full = [h for h in result.hits if fully_matched(h, facets, text=text)]
    if not full:
        return result, []
    fielded = [h for h in full if fully_matched(h, facets, text=False)]
    partial = [h for h in result.hits if h not in full]
    hits = fielded + [h for h in full if h not in fielded]
    if result.query.intent == "search" and told_facets(result.query):
        return result, []  # people of the situation told set the scene: the ranking by its topic stays
    if result.query.intent == "search":  # facets only boosted: all cited, those meeting them all first…
        topics = [f for f in facets if names_topic(f)]
        off_topic = [h for h in partial if not fully_matched(h, topics, text=text)] if topics else []
        on_topic = [h for h in partial if h not in off_topic]  # …but those not filed under the topic named
        return result.model_copy(update={"hits": hits + on_topic}), off_topic
    return result.model_copy(update={"hits": hits}), partial


def told_facets(query: Query) -> bool:
    """Are the question's facets all read in the situation it tells (« des mamans ont du mal en français, on
    monte quoi ? »: `assistant.situation_facets`)? Retrieval ranked its topic first; the answer keeps that order."""
    from assistant.question_syntax import situation_positions
    from assistant.situation_facets import situational

    toks = tokens(query.text)
    return situational(query.facets, toks, range(len(toks)), situation_positions(query.text, toks))


def partial_lines(partial: list[Hit]) -> str:
    """The fiches meeting only part of the criteria, as links with the criteria they meet (not cited, not
    counted)."""
    if not partial:
        return ""
    lines = "\n".join(f"- {link(h.fiche)} — {where(h.fiche)}{meets(h)}" for h in partial)
    return f"\n\nAutres fiches proches, qui ne remplissent qu'une partie de vos critères (non comptées) :\n{lines}"


def near_duplicates_note(result: SearchResult) -> str:
    """« Deux fiches proches du même centre : … » when the named project has near-identical titles."""
    flagged = set(result.named.near_duplicates) if result.named else set()
    numbered = [(n, h.fiche) for n, h in enumerate(result.hits, start=1) if h.fiche_id in flagged]
    if len(numbered) < 2:
        return ""
    count = {2: "Deux", 3: "Trois", 4: "Quatre"}.get(len(numbered), str(len(numbered)))
    names = join_fr([f"« {md(f.title)} » [{n}]" for n, f in numbered])
    return f"\n\n{count} fiches proches du même centre ({md(numbered[0][1].centre)}) : {names}."


def extractive_answer(
    result: SearchResult, *, total: int | None = None, warnings: list[str] | None = None
) -> Answer:
    """The default answer: opening sentence + one line per hit. `total` overrides the count (exact)."""
    if result.no_match or not result.hits:
        answer = no_match_answer(result)
        answer.warnings = list(warnings or [])
        return answer
    if elsewhere(result):
        return no_match_answer(
            result.model_copy(update={"missing_kind": "criteria", "suggestions": result.hits[:3], "hits": []})
        )
    if (figure := counted_figure(result)) is not None:
        return figure.model_copy(update={"warnings": list(warnings or [])})
    result, partial = only_full(focused(result))
    terms = result.query.keywords or result.query.text
    lines = hit_lines(result.hits, terms=terms, facets=result.query.facets)
    text = f"{opening_sentence(result, total)}{near_duplicates_note(result)}\n\n{lines}"
    return Answer(
        text=text + partial_lines(partial),
        citations=build_citations(result.hits),
        mode="extractive",
        warnings=list(warnings or []),
        query=result.query,
        hits=list(result.hits),
    )
