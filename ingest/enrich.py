"""What a fiche's own text says beyond its fields: the partners it cites, the département a town gives.

    fiches, warnings = enrich(fiches)
    fiches[0].partenaires_cites              # ['Caf', 'PMI']   canonical names, in text order
    fiches[0].partenaires_cites_phrases[0]   # PartenaireCite(nom='Caf', ecrit='CAF', phrase='…')
    fiches[0].departement_infere             # 'Bagnolet' when the centre line gave no département

The parser calls it once per parse, over the distinct fiches of all the files parsed together: the partner
gazetteer is the national one (`ingest/partners.py`) plus the partner names of those fiches' structured
`partenaires` lists, so a partner declared by one fiche is recognised in the text of another. A fiche with no
département gets the one its centre line or text points to without ambiguity (`ingest/places.py`), its région
with it, flagged by `departement_infere` (the town) and a warning. The content hash covers these fields: a
fiche whose cited partners change is re-indexed.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable

from ingest import fields
from ingest.geo import find_departement
from ingest.models import Fiche, PartenaireCite
from ingest.partners import BAILLEUR, Gazetteer, default_gazetteer
from ingest.places import PlacesUnavailable, infer_departement

__all__ = [
    "cited_in_text",
    "cited_partners",
    "corpus_gazetteer",
    "enrich",
    "fiche_text",
    "inferred_place",
    "mention_excerpt",
]

logger = logging.getLogger(__name__)


def fiche_text(fiche: Fiche) -> str:
    """Title and free-text fields of a fiche, one per line: where partners and places are looked for."""
    parts = [fiche.title] + [getattr(fiche, name, "") for name in fields.text_fields()]
    return "\n".join(p for p in parts if isinstance(p, str) and p)


# Partner names learned from a batch, at most: the most frequent ones. Each one lengthens the gazetteer's
# pattern, which every fiche's text is scanned with (5,500 names: 14 ms per fiche instead of 1).
MAX_LEARNED = 300


def corpus_gazetteer(fiches: Iterable[Fiche]) -> Gazetteer:
    """The default gazetteer plus the partner names of the fiches' structured lists (the `MAX_LEARNED` most
    frequent)."""
    counts = Counter(" ".join(value.split()) for fiche in fiches for value in fiche.partenaires)
    if len(counts) > MAX_LEARNED:
        logger.info("%d distinct structured partners: the %d most frequent learned", len(counts), MAX_LEARNED)
    return default_gazetteer().extended(value for value, _ in counts.most_common(MAX_LEARNED))


def cited_partners(fiche: Fiche, gazetteer: Gazetteer) -> dict:
    """`partenaires_cites` and `partenaires_cites_phrases` (every mention with its sentence).

    The cited values are canonical names (« CAF » → « Caf », « la mairie » → « Commune »), plus the own name of
    a named social landlord (« Logiest », « Paris Habitat »), so that a question can name it too."""
    mentions = gazetteer.find(fiche_text(fiche))
    values = [m.canonical for m in mentions]
    values += [m.name for m in mentions if m.canonical == BAILLEUR and gazetteer.canonical(m.name) == m.name]
    return {
        "partenaires_cites": list(dict.fromkeys(values)),
        "partenaires_cites_phrases": [
            PartenaireCite(nom=m.canonical, ecrit=m.name, phrase=m.sentence) for m in mentions
        ],
    }


def cited_in_text(fiche: Fiche, facet: str, wanted: Iterable[str]) -> list[tuple[str, PartenaireCite]]:
    """(value, mention) for each text mention of the `wanted` values (any case) of a facet that reads cited
    partners: by canonical name (« Caf ») or by the name written (« Logiest »), the value being the one named."""
    if "partenaires_cites" not in fields.facet_sources(facet):
        return []
    folded = {value.casefold() for value in wanted}
    return [
        (m.nom if m.nom.casefold() in folded else m.ecrit, m)
        for m in fiche.partenaires_cites_phrases
        if folded & {m.nom.casefold(), m.ecrit.casefold()}
    ]


def mention_excerpt(mention: PartenaireCite, size: int = 160) -> str:
    """The mention's sentence cut to about `size` characters around the words written, with « … »."""
    phrase = " ".join(mention.phrase.split())
    if len(phrase) <= size:
        return phrase
    at = max(phrase.find(mention.ecrit), 0)
    start = max(0, min(at - size // 2, len(phrase) - size))
    if start:
        start = phrase.find(" ", start) + 1 or start
    end = min(len(phrase), start + size)
    if end < len(phrase):
        end = phrase.rfind(" ", start, end) if phrase.rfind(" ", start, end) > at else end
    head = "…" if start and not phrase.startswith("…") else ""
    tail = "…" if end < len(phrase) else ""
    return head + phrase[start:end].strip() + tail


def inferred_place(fiche: Fiche) -> dict:
    """Département, code, région and `departement_infere` from a town, for a fiche without département."""
    if fiche.departement:
        return {}
    place = infer_departement(fiche.structure, fiche_text(fiche))
    dep = find_departement(place.departement) if place else None
    if dep is None:
        return {}
    return {
        "departement": dep.name,
        "departement_code": dep.code,
        "region": dep.region,
        "departement_infere": place.town,
    }


def enrich(fiches: list[Fiche]) -> tuple[list[Fiche], list[str]]:
    """The fiches with their derived fields filled and hashes recomputed, and French warnings (file:line)."""
    gazetteer = corpus_gazetteer(fiches)
    places = True
    out: list[Fiche] = []
    warnings: list[str] = []
    for fiche in fiches:
        update = cited_partners(fiche, gazetteer)
        if places:
            try:
                update |= inferred_place(fiche)
            except PlacesUnavailable as err:
                places = False
                warnings.append(f"départements non déduits des villes : {err}")
        if update.get("departement_infere"):
            warnings.append(_inferred_warning(fiche, update))
        changed = any(getattr(fiche, name) != value for name, value in update.items())
        out.append(fiche.model_copy(update=update).with_hash() if changed else fiche)
    return out, warnings


def _inferred_warning(fiche: Fiche, update: dict) -> str:
    return (
        f"{fiche.source_file}:{fiche.source_line} : département absent, déduit de la ville "
        f"« {update['departement_infere']} » : {update['departement']} ({update['region']}) ; vérifiez-le"
    )
