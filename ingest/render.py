"""Render a `Fiche` back into the seed's listing layout (the inverse of `parser.parse_text`).

Round trip: `parse_text(render_listing(f)).fiches[0]` equals `f` on every content field except
`source_url` (the listing layout carries no address), provided that the text does not itself
contain layout lines (a known `- Label` line, a lone `Actions` line followed by a title and a
label, a `URL: ...` or `Les actions des centres sociaux` line) and that `departement_ecrit` is
empty or a known département. Bookkeeping fields (`id`, `source_file`, `source_line`,
`content_hash`) are recomputed by the parser. Fields the seed's layout lacks (`themes`,
`diagnostic`, `impacts`, `facteurs_reussite`, `annee`) are written, only when set, after the
perspectives with the labels the parser knows (`- Thèmes`, the legacy question labels, `- Année`).
"""

from __future__ import annotations

from ingest import fields
from ingest.layouts import LEGACY_LABELS, LISTING_LABELS, PARTNERS_LINE
from ingest.models import Fiche

# Fields that `parse_text(render_listing(f))` does not give back as they were.
# Derived fields (partners cited, inferred département, stand-in title) are computed again from the text,
# against the corpus parsed with it, and a stand-in title comes back as a real one.
ROUND_TRIP_EXCLUDED: frozenset[str] = frozenset(
    {"id", "source_file", "source_line", "content_hash", "source_url", "partenaires_cites_phrases"}
    | set(fields.derived_fields())
)

_LISTING_ORDER = list(LISTING_LABELS)
# The listing's text fields after the partners (written in a loop by `_tail`), then the legacy-only ones.
_TAIL_TEXT = tuple(
    name
    for name in _LISTING_ORDER[_LISTING_ORDER.index("partenaires") + 1 :]
    if fields.kind(name) == fields.TEXT
)
_EXTRA_TEXT = tuple(f.name for f in fields.FIELDS if f.kind == fields.TEXT and f.legacy and not f.listing)
_YEAR_LABEL = fields.get("annee").aliases[0]


def _label(out: list[str], field: str) -> None:
    out.append("- " + LISTING_LABELS[field])


def _items(out: list[str], items: list[str], lone_dash: bool = False) -> None:
    if lone_dash:
        out.append("-")
    out.extend("- " + item for item in items)


def _text(out: list[str], field: str, value: str) -> None:
    _label(out, field)
    if value:
        out.append(value)


def _structure(fiche: Fiche) -> str:
    written = fiche.departement_ecrit or fiche.departement
    return f"{fiche.centre} - {written}" if written else fiche.centre


def _head(out: list[str], fiche: Fiche) -> None:
    out += ["Actions", fiche.title]
    _label(out, "centre")
    out.append("- " + _structure(fiche) if _structure(fiche) else "-")
    _label(out, "fichiers")
    _label(out, "statut")
    if fiche.statut:
        out.append("- " + fiche.statut)
    if fiche.raison_fin:
        _text(out, "raison_fin", fiche.raison_fin)
    _label(out, "dimension")
    _items(out, fiche.dimension)
    _label(out, "mots_cles")
    _items(out, fiche.mots_cles, lone_dash=True)


def _middle(out: list[str], fiche: Fiche) -> None:
    _text(out, "resume", fiche.resume)
    _label(out, "initiative")
    _items(out, fiche.initiative, lone_dash=True)
    if fiche.initiative_precision:
        _text(out, "initiative_precision", fiche.initiative_precision)
    _label(out, "territoire")
    _items(out, fiche.territoire)
    _text(out, "description_experience", fiche.description_experience)
    _label(out, "public")
    _items(out, fiche.public)
    _label(out, "partenaires")
    out += ["-", PARTNERS_LINE]
    _items(out, fiche.partenaires)
    _label(out, "territoire")  # the seed prints the territory a second time here
    _items(out, fiche.territoire)


def _tail(out: list[str], fiche: Fiche) -> None:
    for field in _TAIL_TEXT:
        _text(out, field, getattr(fiche, field))
    if fiche.themes:
        out.append("- " + LEGACY_LABELS["themes"])
        _items(out, fiche.themes)
    for field in _EXTRA_TEXT:
        value = getattr(fiche, field)
        if value:
            out += ["- " + LEGACY_LABELS[field], value]
    if fiche.annee is not None:
        out += ["- " + _YEAR_LABEL, str(fiche.annee)]


def render_listing(fiche: Fiche) -> str:
    """The fiche as one block of the seed's listing layout, ending with a newline."""
    out: list[str] = []
    _head(out, fiche)
    _middle(out, fiche)
    _tail(out, fiche)
    return "\n".join(out) + "\n"
