"""Fiche → self-contained chunks, one group of sections at a time.

    chunks = chunk_fiche(fiche)        # resume / acteurs / resultats chunks, for BM25 and display
    passage = dense_passage(fiche)     # one richer passage per fiche, for the embedder

Every chunk text starts with a header line (`title — centre — département — mots-clés: …`) so that a
chunk read alone still says which fiche it comes from, and field labels stay in the text
(`Partenaires d'action : Bailleur social, Caf`). Ids are stable: `<fiche id>#<section>#<n>`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest import fields
from ingest.models import Chunk, Fiche
from ingest.text import SENTENCE_ENDS, chunk_id, cut, sentence_pieces

# Bump when the chunk texts change for the same fiche: the index then re-chunks every fiche.
CHUNKER_VERSION = "1"
DEFAULT_MAX_CHARS = 1200
DENSE_SECTION = "dense"

# Section groups, in display order, each with its fields in order (from the schema, `ingest/fields.py`).
SECTION_FIELDS: dict[str, tuple[str, ...]] = fields.sections()

# What the dense passage holds, in order; the last description is cut to fit.
DENSE_FIELDS: tuple[str, ...] = ("resume", "public", "partenaires", "territoire")
DENSE_TAIL_FIELDS: tuple[str, ...] = ("description_experience", "description_generale")

# Sentences end at ; too in chunks: long budget and activity lists split into shorter pieces.
_CHUNK_SENTENCE_ENDS = SENTENCE_ENDS + ";"
_SPACES = re.compile(r"[ \t]+")


def header_line(fiche: Fiche) -> str:
    """`title — centre — département — mots-clés: a, b` (empty parts left out)."""
    parts = [fiche.title, fiche.centre, fiche.departement or fiche.departement_ecrit]
    if fiche.mots_cles:
        parts.append("mots-clés: " + ", ".join(fiche.mots_cles))
    return " — ".join(p.strip() for p in parts if p and p.strip()) or fiche.id


def chunk_metadata(fiche: Fiche, section: str) -> dict:
    """Chroma-compatible metadata: strings, ints and non-empty lists of strings only (the schema's
    metadata fields, plus bookkeeping)."""
    meta: dict = {
        "fiche_id": fiche.id,
        "departement_code": fiche.departement_code,
        "section": section,
        "source_url": fiche.source_url,
        "content_hash": fiche.content_hash,
    }
    for key in fields.metadata_fields():
        value = getattr(fiche, key)
        value = getattr(value, "value", value)  # a typed figure (`ingest/amounts.py`): its number
        if isinstance(value, list):
            value = [v for v in value if v] or None
        if value is not None:
            meta[key] = value
    return meta


def chunk_fiche(fiche: Fiche, max_chars: int = DEFAULT_MAX_CHARS) -> list[Chunk]:
    """The fiche's section chunks; at least one (the header alone when the fiche has no content)."""
    header = header_line(fiche)
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for section, names in SECTION_FIELDS.items():
        units = list(_field_units(fiche, names, seen))
        for n, body in enumerate(_pack(units, max_chars - len(header) - 1)):
            chunks.append(_make_chunk(fiche, section, n, header + "\n" + body))
    if not chunks:
        chunks.append(_make_chunk(fiche, "resume", 0, header))
    return chunks


def dense_passage(fiche: Fiche, max_chars: int = DEFAULT_MAX_CHARS) -> Chunk:
    """One passage per fiche for the embedder: header, résumé, public, partners, start of description."""
    lines = [header_line(fiche)]
    seen: set[str] = set()
    for unit in _field_units(fiche, DENSE_FIELDS, seen):
        lines.append(unit)
    budget = max_chars - sum(len(line) + 1 for line in lines)
    for unit in _field_units(fiche, DENSE_TAIL_FIELDS, seen):
        if budget < 80:
            break
        piece = cut(unit, budget)
        lines.append(piece)
        budget -= len(piece) + 1
    text = cut("\n".join(lines), max_chars)
    return _make_chunk(fiche, DENSE_SECTION, 0, text)


def _make_chunk(fiche: Fiche, section: str, n: int, text: str) -> Chunk:
    return Chunk(id=chunk_id(fiche.id, section, n), text=text, metadata=chunk_metadata(fiche, section))


def _field_units(fiche: Fiche, names: tuple[str, ...], seen: set[str]) -> Iterator[str]:
    """`Label : value` per non-empty field; a text identical to one already emitted is skipped."""
    for name in names:
        value = getattr(fiche, name)
        text = ", ".join(v for v in value if v) if isinstance(value, list) else _clean(value)
        key = text.casefold()
        if not text or key in seen:
            continue
        seen.add(key)
        yield f"{fields.label(name)} : {text}"


def _clean(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in (text or "").splitlines())
    return "\n".join(line for line in lines if line)


def _pieces(unit: str, budget: int) -> list[str]:
    """Split one long field into pieces of at most `budget` chars, at sentence (then word) boundaries.

    Each later piece repeats the label (`Label (suite) : …`) and the last sentence of the previous
    piece when that sentence is short, so that a piece read alone keeps its context.
    """
    if len(unit) <= budget:
        return [unit]
    label = unit.partition(" : ")[0]
    prefix = f"{label} (suite) : "
    pieces: list[str] = []
    current: list[str] = []
    for sentence in sentence_pieces(unit, budget // 2, _CHUNK_SENTENCE_ENDS):
        if current and _joined_len(current) + 1 + len(sentence) + len(prefix) > budget:
            pieces.append(" ".join(current))
            current = [current[-1]] if len(current[-1]) <= budget // 5 else []
        current.append(sentence)
    pieces.append(" ".join(current))
    return [pieces[0]] + [prefix + p for p in pieces[1:]]


def _joined_len(parts: list[str]) -> int:
    return sum(len(p) for p in parts) + len(parts) - 1


def _pack(units: list[str], budget: int) -> list[str]:
    """Pack field pieces, in order, into bodies of at most `budget` chars."""
    budget = max(budget, 200)
    bodies: list[str] = []
    current: list[str] = []
    for unit in units:
        for piece in _pieces(unit, budget):
            if current and _joined_len(current) + 1 + len(piece) > budget:
                bodies.append("\n".join(current))
                current = []
            current.append(piece)
    if current:
        bodies.append("\n".join(current))
    return bodies
