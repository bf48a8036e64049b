"""What the SENACS page layouts look like: field labels, block starts, headings, the centre line.

Three layouts are known (see `detect_block`):
- ``listing``: ``Actions`` / title / ``- Label`` lines, list values after a lone ``-``;
- ``listing_sectioned``: ``Actions "TITRE"`` then the same labels under capitalised section headings;
- ``legacy_show``: the older ``/action/show/<id>`` page, bare labels (no dash) and ``•`` bullets. Page texts
  are often cut before the title, starting at a label: `headless_start` says when such a line opens a fiche.
Labels are matched on `geo.normalise` keys, so accents, case, spacing and punctuation do not matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest import fields
from ingest.geo import Departement, find_departement
from ingest.text import normalise, one_typo

LISTING = "listing"
SECTIONED = "listing_sectioned"
LEGACY = "legacy_show"

# Kinds of field: a list of labels, free text, a one-line value, or ignored (attached files).
LIST, TEXT, VALUE, IGNORE = fields.LIST, fields.TEXT, fields.VALUE, fields.IGNORE

# The layouts' labels come from the field schema (`ingest/fields.py`). The listing's are in the seed's
# order (`render.py` writes them in this order too).
LISTING_LABELS: dict[str, str] = fields.listing_labels()
PARTNERS_LINE = "Partenaires d'action:"
LEGACY_LABELS: dict[str, str] = fields.legacy_labels()

# Labels that can open a listing block right after its title (guards against a stray "Actions" line).
_HEAD_FIELDS = {"centre", "fichiers", "statut", "dimension", "mots_cles", "resume"}
_SECTION_HEADINGS = {normalise(h) for h in ("DESCRIPTION DE L'ACTION", "RAISON D'ETRE DE L' ACTION")}
_BULLETS = "-•▪◦●*"
_QUOTED_TITLE = re.compile(r'^Actions\s*[«"“”]\s*(.*?)\s*[»"“”]\s*$')
_URL_LINE = re.compile(r"^URL:\s*(\S+)\s*$")
_TABLE_ROW = re.compile(r"^(?P<title>.+?)\s*\|\s*(?P<dep>[^|]*?)\s*\|\s*(?P<year>\d{4})\s*\|?\s*$")
HEADER = "Les actions des centres sociaux"
_MAX_LABEL_CHARS = 160


def kind_of(field: str) -> str:
    """LIST, TEXT, VALUE (one line: numbers too) or IGNORE."""
    kind = fields.kind(field)
    return VALUE if kind == fields.NUMBER else kind


def _label_index() -> dict[str, str]:
    """Normalised label → field, for every label of every layout and the other spellings accepted."""
    index: dict[str, str] = {}
    for entry in fields.FIELDS:
        for label in (entry.listing, entry.legacy, *entry.aliases):
            if label:
                index[normalise(label)] = entry.name
    return index


LABELS: dict[str, str] = _label_index()
_PARTNERS_KEY = normalise(PARTNERS_LINE)


def label_field(text: str) -> str | None:
    """The field named by `text` (a label without its dash), or None."""
    if len(text) > _MAX_LABEL_CHARS:
        return None
    return _cached_label(text)


@lru_cache(maxsize=16384)
def _cached_label(text: str) -> str | None:
    return LABELS.get(normalise(text))


def dash_label(line: str) -> str | None:
    """Field of a listing label line (`- Label`, or the bare `Partenaires d'action:`), else None."""
    if line.startswith("- "):
        return label_field(line[2:])
    if line.startswith("Partenaires") and normalise(line) == _PARTNERS_KEY:
        return "partenaires"
    return None


def bare_label(line: str) -> str | None:
    """Field of a legacy label line (the whole line is the label), else None."""
    if not line or line[0] in " \t-•":
        return None
    return label_field(line)


@lru_cache(maxsize=1)
def _legacy_only() -> frozenset[str]:
    """Normalised labels that only the legacy page prints (not the listing's, not ignored ones)."""
    listing = {normalise(label) for label in LISTING_LABELS.values()}
    return frozenset(
        key
        for f in fields.FIELDS
        if f.legacy and f.kind != IGNORE and (key := normalise(f.legacy)) not in listing
    )


def headless_start(line: str, own_page: bool) -> str | None:
    """Field of a bare label line that opens a legacy page cut before its `Actions` line and title, else None.

    On a fiche's own page (`own_page`: after a `URL: …/action/show/<n>` line) any label does; elsewhere only a
    label the legacy page alone prints (« Quels furent les éléments de diagnostic… », « Thèmes »…), so that a
    stray bare label in a listing is still reported rather than made into a fiche.
    """
    found = bare_label(line)
    if found is None:
        return None
    return found if own_page or normalise(line) in _legacy_only() else None


def is_section_heading(lines: list[str], i: int) -> bool:
    """A capitalised heading of the sectioned layout: known, or all-caps and followed by a label."""
    line = lines[i].strip()
    if not line or line.startswith("-") or len(line) > 80 or line.upper() != line:
        return False
    if normalise(line) in _SECTION_HEADINGS:
        return True
    nxt = next_nonblank(lines, i + 1)
    return any(c.isalpha() for c in line) and nxt is not None and dash_label(lines[nxt]) is not None


def next_nonblank(lines: list[str], i: int, limit: int = 4) -> int | None:
    """Index of the first non-blank line at or after i (looking at most `limit` lines), else None."""
    for j in range(i, min(i + limit, len(lines))):
        if lines[j].strip():
            return j
    return None


@dataclass
class BlockStart:
    layout: str
    title: str
    body: int  # index of the first line after the title


def detect_block(lines: list[str], i: int) -> BlockStart | None:
    """A fiche block starting at line i, or None. Cheap unless the line begins with 'Actions'."""
    line = lines[i]
    if not line.startswith("Actions"):
        return None
    quoted = _QUOTED_TITLE.match(line.strip())
    if quoted and quoted.group(1):
        return BlockStart(SECTIONED, quoted.group(1), i + 1)
    if line.strip() != "Actions":
        return None
    t = next_nonblank(lines, i + 1)
    if t is None or bare_label(lines[t]):
        return None
    if dash_label(lines[t]):  # title missing: a fiche of its own, not more lines of the previous one
        return BlockStart(LISTING, "", t) if dash_label(lines[t]) in _HEAD_FIELDS else None
    title = lines[t].strip()
    after = next_nonblank(lines, t + 1)
    if after is None:  # a file cut right after the title
        return BlockStart(LISTING if t == i + 1 else LEGACY, title, t + 1)
    if dash_label(lines[after]) in _HEAD_FIELDS:
        return BlockStart(LISTING, title, t + 1)
    if bare_label(lines[after]):
        return BlockStart(LEGACY, title, t + 1)
    return None


def url_of(line: str) -> str | None:
    match = _URL_LINE.match(line) if line.startswith("URL:") else None
    return match.group(1) if match else None


def table_row(line: str) -> tuple[str, str, int] | None:
    """(title, département, year) of a `Nom | Département | Année |` table row, else None."""
    if "|" not in line:
        return None
    match = _TABLE_ROW.match(line.strip())
    if not match:
        return None
    return match.group("title").strip(), match.group("dep"), int(match.group("year"))


def strip_bullet(line: str) -> str:
    """A list item without its bullet: '- Caf' → 'Caf', '  • Parentalité' → 'Parentalité'."""
    return line.strip().lstrip(_BULLETS).strip()


def split_centre(value: str) -> tuple[str, str, Departement | None]:
    """'CENTRE - X - Haute-Garonne' → ('CENTRE - X', 'Haute-Garonne', dep): the last ' - ' whose
    right side is a known département; (value, '', None) when there is none."""
    end = len(value)
    while True:
        cut = value.rfind(" - ", 0, end)
        if cut < 0:
            return value, "", None
        right = value[cut + 3 :].strip()
        dep = find_departement(right)
        if dep is not None:
            return value[:cut].strip(), right, dep
        end = cut


# --- unknown-label heuristic -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _listing_keys() -> tuple[frozenset[str], dict[str, str]]:
    """First words of the listing labels, and normalised label → label as printed."""
    printed = {normalise(label): label for label in LISTING_LABELS.values()}
    return frozenset(key.split(" ")[0] for key in printed), printed


def _ratio(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio()


@lru_cache(maxsize=8192)
def looks_like_label(text: str) -> str | None:
    """The listing label that the `- text` line seems to misspell (e.g. 'Resumé du projet' →
    'Résumé'), else None.

    Conservative, so that ordinary bullets pass silently: the line is short, without sentence
    punctuation or a "key : value" colon; its first word is (within one typo) a label's first
    word; and it is a label with a typo, a label followed by a few words, or a label cut short.
    """
    key = normalise(text)
    words = key.split(" ")
    if not key or len(words) > 9 or len(text) > 90 or text.rstrip().endswith((".", ";", ",", "!")):
        return None
    firsts, printed = _listing_keys()
    if words[0] not in firsts and (
        len(words[0]) < 5 or not any(one_typo(words[0], f, min_len=0) for f in firsts)
    ):
        return None
    for label, shown in printed.items():
        label_words = label.split(" ")
        if words[0] != label_words[0] and not one_typo(words[0], label_words[0], min_len=0):
            continue
        if ":" in text and ":" not in shown:  # "Public concerné : les familles" is a key: value bullet
            continue
        if _ratio(key, label) >= 0.85 or label.startswith(key + " ") and len(words) >= 2:
            return shown
        if len(words) - len(label_words) <= 3 and _ratio(key[: len(label)], label) >= 0.8:
            return shown
    return None
