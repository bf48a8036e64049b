"""Parse SENACS export text into `Fiche` records: layout detection, fields, ids, de-duplication.

    result = parse_files(["export.txt"])   # ParseResult(fiches, blocks, duplicates, warnings, layouts)

A line is a field label only when it matches a known label of its layout (`layouts.py`); any
other line, bullets included, is content of the current field. A legacy page cut before its title (it
starts at a label, e.g. « Quels furent les éléments de diagnostic… ») is kept: its title is taken from its
first descriptive field and it is flagged `titre_manquant`, with a warning; its id still comes from its
`/action/show/<n>` address. Its `Structure organisatrice` / centre line / `Publié par` tail gives the
centre and département (the masked name after `Publié par` is dropped). Last, `enrich.py` reads every
distinct fiche's text for the partners it cites and, when it has no département, the town that gives one. Identical repeated blocks collapse
to one fiche; different fiches sharing centre + title keep distinct ids and raise a warning.
Everything is a single pass over the lines (linear time, no quadratic string building).
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from ingest import fields
from ingest import layouts as lay
from ingest.enrich import enrich
from ingest.errors import IngestError
from ingest.models import Fiche
from ingest.render import render_listing
from ingest.text import cut_sentences, normalise, split_sentences

__all__ = ["ParseResult", "parse_file", "parse_files", "parse_text", "read_export", "render_listing"]

logger = logging.getLogger(__name__)

_SHOW_ID = re.compile(r"/action/show/(\d+)")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class ParseResult(BaseModel):
    """What one or more export files yielded."""

    fiches: list[Fiche] = Field(default_factory=list, description="Distinct fiches, in file order")
    blocks: int = Field(0, description="Fiche blocks read, duplicates included")
    duplicates: int = Field(0, description="Blocks dropped because identical to an earlier one")
    warnings: list[str] = Field(default_factory=list, description="French, each with file:line")
    layouts: dict[str, int] = Field(default_factory=dict, description="Layout name → blocks")


# --- reading files -----------------------------------------------------------------------------


def read_export(path: str | Path, max_bytes: int | None = None) -> tuple[str, list[str]]:
    """The text of an export file and reading warnings; IngestError when it is not a text export.

    Only a regular file is read, and only when it holds at most `max_bytes` (default: MAX_INPUT_MB), checked
    before reading: a device (`/dev/zero`), a FIFO or a socket is refused without being opened for reading.
    """
    name = str(path)
    limit = _max_input_bytes() if max_bytes is None else max_bytes
    return decode_export(_read_regular(Path(path), name, limit), name)


_NOT_REGULAR = {
    stat.S_IFCHR: "un périphérique (comme /dev/zero)",
    stat.S_IFBLK: "un périphérique de stockage",
    stat.S_IFIFO: "un tube nommé (FIFO)",
    stat.S_IFSOCK: "une socket",
}


def _max_input_bytes() -> int:
    from config import get_settings

    return get_settings().max_input_mb * 1_000_000


def _read_regular(p: Path, name: str, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (size checked before reading, and while reading)."""
    try:
        info = p.stat()
    except FileNotFoundError:
        raise IngestError("fichier introuvable : vérifiez le chemin", name) from None
    except OSError as err:
        raise IngestError(
            f"lecture impossible ({err.strerror}) : vérifiez le chemin et les droits", name
        ) from err
    _check_regular(info, name, limit)
    try:
        fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK)  # never blocks, even if a FIFO took the file's place
        with os.fdopen(fd, "rb") as fh:
            _check_regular(os.fstat(fh.fileno()), name, limit)
            data = fh.read(limit + 1)
    except OSError as err:
        raise IngestError(
            f"lecture impossible ({err.strerror}) : vérifiez les droits du fichier", name
        ) from err
    if len(data) > limit:
        raise _too_big(len(data), limit, name)
    return data


def _check_regular(info: os.stat_result, name: str, limit: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise IngestError(
            "c'est un dossier, pas un fichier : donnez un fichier d'export texte SENACS (ex. dossier/*.txt)",
            name,
        )
    if not stat.S_ISREG(info.st_mode):
        kind = _NOT_REGULAR.get(stat.S_IFMT(info.st_mode), "un fichier spécial")
        raise IngestError(
            f"ce n'est pas un fichier ordinaire mais {kind} : donnez le fichier .txt de l'export SENACS", name
        )
    if info.st_size > limit:
        raise _too_big(info.st_size, limit, name)


def _too_big(size: int, limit: int, name: str) -> IngestError:
    return IngestError(
        f"fichier trop gros ({_mb(size)} Mo, au plus {_mb(limit)} Mo) : découpez l'export en plusieurs "
        "fichiers, ou augmentez MAX_INPUT_MB",
        name,
    )


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",").removesuffix(",0")


def decode_export(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode bytes: UTF-8 (BOM ok), UTF-16 with BOM, else cp1252 block by block with a warning; a line
    holding a NUL byte is dropped with a warning; binaries are rejected."""
    if not data.strip():
        raise IngestError("fichier vide : exportez des fiches depuis SENACS et réessayez", name)
    warnings: list[str] = []
    if data.startswith(_UTF16_BOMS):
        text = _decode_or_binary(data, "utf-16", name)
    else:
        lines = data.count(b"\n") + 1
        if data.count(b"\x00") * 100 > len(data):
            raise _binary(name)
        data, dropped = _drop_nul_lines(data)
        if len(dropped) * 4 > lines:  # NUL bytes on many lines: a binary file, not a damaged export
            raise _binary(name)
        text, decoded = _decode_blocks(data.removeprefix(codecs.BOM_UTF8), name)
        nul = [(line, f"{name}:{line} : {_NUL_LINE}") for line in dropped]
        warnings = [w for _, w in sorted(decoded + nul, key=lambda item: item[0])]
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise _binary(name)
    if not text.strip():
        raise IngestError("fichier vide : exportez des fiches depuis SENACS et réessayez", name)
    return text, warnings


def _drop_nul_lines(data: bytes) -> tuple[bytes, list[int]]:
    """The bytes with every line holding a NUL byte emptied (line numbers kept), and those lines (1-based)."""
    pieces: list[bytes] = []
    lines: list[int] = []
    done = line_no = 0
    i = data.find(b"\x00")
    while i >= 0:
        start = data.rfind(b"\n", 0, i) + 1
        end = data.find(b"\n", i)
        end = len(data) if end < 0 else end
        line_no += data.count(b"\n", done, start)
        lines.append(line_no + 1)
        pieces.append(data[done:start])
        done = end
        i = data.find(b"\x00", end)
    pieces.append(data[done:])
    return b"".join(pieces), lines


def _decode_blocks(body: bytes, name: str) -> tuple[str, list[tuple[int, str]]]:
    """UTF-8 text; when some bytes are not UTF-8, each fiche block (from an `Actions` line) is decoded on its
    own, as UTF-8 when it is, else as cp1252. Returns the text and (line, French warning) pairs."""
    try:
        return body.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    starts = [0] + [m.start() for m in re.finditer(rb"(?m)^Actions", body) if m.start() > 0]
    bounds = list(zip(starts, [*starts[1:], len(body)], strict=True))
    parts: list[str] = []
    fallback: list[int] = []  # line of the first non-UTF-8 byte of each block read as cp1252
    warnings: list[tuple[int, str]] = []
    utf8_accents = False
    for k, (lo, hi) in enumerate(bounds):
        block = body[lo:hi]
        try:
            parts.append(block.decode("utf-8"))
            utf8_accents = utf8_accents or not block.isascii()
        except UnicodeDecodeError as err:
            line = body.count(b"\n", 0, lo + err.start) + 1
            if k == len(bounds) - 1 and _cut_inside_last_char(block, err):
                # A UTF-8 export cut inside its last character: reading it as cp1252 would garble every accent.
                parts.append(block[: err.start].decode("utf-8"))
                warnings.append((line, f"{name}:{line} : {_CUT_CHAR}"))
            else:
                parts.append(_decode_or_binary(block, "cp1252", name))
                fallback.append(line)
    if fallback and not utf8_accents:  # the whole file is cp1252: one warning
        warnings.append((fallback[0], f"{name}:{fallback[0]} : {_CP1252_FILE}"))
    else:
        warnings.extend((line, f"{name}:{line} : {_CP1252_BLOCK}") for line in fallback)
    return "".join(parts), warnings


def _cut_inside_last_char(block: bytes, err: UnicodeDecodeError) -> bool:
    if err.end != len(block) or err.reason != "unexpected end of data":
        return False
    try:
        block[: err.start].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_CUT_CHAR = (
    "fichier coupé au milieu d'un caractère (export tronqué ?) : ce caractère est ignoré ; "
    "vérifiez que la dernière fiche est complète"
)
_CP1252_FILE = (
    "fichier non UTF-8, lu en Windows-1252 (cp1252) ; vérifiez les accents ou réenregistrez-le en UTF-8"
)
_NUL_LINE = "octet nul dans cette ligne (fichier abîmé ?) : ligne ignorée ; vérifiez-la dans l'export"
_CP1252_BLOCK = (
    "fiche non UTF-8 dans un fichier UTF-8, lue seule en Windows-1252 (cp1252) ; vérifiez ses accents "
    "ou réenregistrez le fichier en UTF-8"
)


def _decode_or_binary(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise _binary(name) from err


def _binary(name: str) -> IngestError:
    return IngestError(
        "fichier binaire, pas un export texte SENACS : donnez le fichier .txt de l'export", name
    )


def split_lines(text: str) -> list[str]:
    """Lines without their ends; CRLF and lone CR count as line ends, a leading BOM is dropped."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")


# --- one file: lines → blocks ------------------------------------------------------------------


@dataclass
class _Block:
    layout: str
    title: str
    line: int  # 1-based line of the block's "Actions" line
    source_url: str
    fields: dict[str, list[str]] = field(default_factory=dict)
    label_lines: dict[str, int] = field(default_factory=dict)  # field → 0-based index of its label
    current: str | None = None
    headless: str = ""  # the label line a page cut before its title starts at ("" when it has its title)

    def value_line(self, name: str) -> int:
        """0-based index of the line after the field's label (where its value starts)."""
        return self.label_lines.get(name, self.line - 1) + 1


@dataclass
class _Scan:
    """Single pass over one file's lines."""

    lines: list[str]
    name: str
    blocks: list[_Block] = field(default_factory=list)
    table: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    _orphans_reported: bool = False

    def run(self) -> _Scan:
        block: _Block | None = None
        url = ""
        i, n = 0, len(self.lines)
        while i < n:
            line = self.lines[i]
            start = lay.detect_block(self.lines, i) if line.startswith("Actions") else None
            if start is not None:
                block = _Block(start.layout, start.title, i + 1, url)
                self.blocks.append(block)
                if not start.title:
                    self._warn(
                        i,
                        "fiche sans titre (ligne « Actions » suivie de ses champs) : gardée ; ajoutez son titre",
                    )
                self._orphans_reported = False
                i = start.body
                continue
            new_url = lay.url_of(line) if line.startswith("URL:") else None
            if new_url and (block is None or self._page_starts(i + 1, new_url)):
                url, block = new_url, None
            elif line.startswith("Les actions") and line.strip() == lay.HEADER:
                block = None
            elif block is None:
                block = self._headless(i, url)
                if block is None:
                    self._preamble(line, i)
                else:
                    self._feed(block, i)
            else:
                self._feed(block, i)
            i += 1
        return self

    def _page_starts(self, j: int, url: str) -> bool:
        """Does a page (the listing header) or a fiche start at the next non-blank line from j? A `URL:` line
        typed inside a fiche's text is content: it must not cut the fiche nor give the next one its address."""
        k = lay.next_nonblank(self.lines, j)
        if k is None:
            return True
        line = self.lines[k]
        return (
            line.strip() == lay.HEADER
            or (line.startswith("Actions") and lay.detect_block(self.lines, k) is not None)
            or lay.headless_start(line, _own_page(url)) is not None
        )

    def _headless(self, i: int, url: str) -> _Block | None:
        """A legacy fiche whose page was cut before its title, opening at label line i; None when line i is not
        such a label."""
        line = self.lines[i]
        if lay.headless_start(line, _own_page(url)) is None:
            return None
        block = _Block(lay.LEGACY, "", i + 1, url, headless=line.strip())
        self.blocks.append(block)
        self._orphans_reported = False
        return block

    def _preamble(self, line: str, i: int) -> None:
        row = lay.table_row(line)
        if row:
            title, dep, year = row
            self.table.setdefault(normalise(title), []).append((normalise(dep), year))
        elif not self._orphans_reported and (lay.dash_label(line) or lay.bare_label(line)):
            self._orphans_reported = True
            self._warn(i, "libellé hors d'une fiche (pas de ligne « Actions » + titre avant) : texte ignoré")

    def _feed(self, block: _Block, i: int) -> None:
        line = self.lines[i]
        found = lay.bare_label(line) if block.layout == lay.LEGACY else lay.dash_label(line)
        if found is not None:
            block.current = found
            block.fields.setdefault(found, [])
            block.label_lines.setdefault(found, i)
            return
        if block.layout == lay.SECTIONED and lay.is_section_heading(self.lines, i):
            return
        stripped = line.strip()
        if block.layout != lay.LEGACY and stripped.startswith("- "):
            self._check_label(block, stripped[2:], i)
        if block.current is None:
            if stripped:
                self._warn(i, f"texte avant le premier libellé, ignoré : « {_clip(stripped)} »")
            return
        block.fields[block.current].append(line)

    def _check_label(self, block: _Block, text: str, i: int) -> None:
        shown = lay.looks_like_label(text)
        if shown is None or block.current is None:
            return
        self._warn(
            i,
            f"libellé inconnu « {_clip(text)} » (ressemble à « {shown} ») : "
            f"texte gardé dans le champ « {fields.label(block.current)} » ; corrigez le libellé dans l'export",
        )

    def _warn(self, i: int, message: str) -> None:
        self.warnings.append(f"{self.name}:{i + 1} : {message}")


def _clip(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


# --- block → Fiche -----------------------------------------------------------------------------


def _list_value(lines: list[str]) -> list[str]:
    items = (lay.strip_bullet(line) for line in lines)
    return list(dict.fromkeys(item for item in items if item))


def _text_value(lines: list[str]) -> str:
    kept = [line.rstrip() for line in lines]
    lo, hi = 0, len(kept)
    while lo < hi and kept[lo].strip() in ("", "-"):
        lo += 1
    while hi > lo and kept[hi - 1].strip() in ("", "-"):
        hi -= 1
    return "\n".join(kept[lo:hi])


def _one_line_value(lines: list[str]) -> str:
    parts = []
    for line in lines:
        value = line.strip()
        value = value[1:].strip() if value.startswith("-") else value
        if value:
            parts.append(value)
    return " ".join(parts)


def _on_senacs(url: str) -> bool:
    """Only a senacs.fr address can be a fiche's own page (it becomes the « Page SENACS » link)."""
    host = (urlsplit(url).hostname or "").lower()
    return host == "senacs.fr" or host.endswith(".senacs.fr")


def _own_page(url: str) -> bool:
    """Is `url` a fiche's own page (senacs.fr/action/show/<n>)?"""
    return bool(_SHOW_ID.search(url)) and _on_senacs(url)


def _build(block: _Block, scan: _Scan) -> Fiche:
    # Only a fiche's own page (/action/show/<n>) is its address; a listing page's URL is a filtered list
    # of many fiches, so linking a fiche to it would mislead the user.
    own_page = block.source_url if _own_page(block.source_url) else ""
    data: dict = {"title": block.title, "source_url": own_page}
    for name, lines in block.fields.items():
        kind = lay.kind_of(name)
        if kind == lay.LIST:
            data[name] = _list_value(lines)
        elif kind == lay.TEXT:
            data[name] = _text_value(lines)
        elif kind == lay.VALUE:
            data[name] = _one_line_value(lines)
    if block.headless:
        _set_stand_in_title(data, block, scan)
    _set_centre(data, block, scan)
    _set_year(data, block, scan)
    data["source_file"], data["source_line"] = scan.name, block.line
    return Fiche(**data).with_hash()


def _set_centre(data: dict, block: _Block, scan: _Scan) -> None:
    value = data.pop("centre", "")
    centre, written, dep = lay.split_centre(value)
    data["centre"], data["departement_ecrit"] = centre, written
    if dep is not None:
        data.update(departement=dep.name, departement_code=dep.code, region=dep.region)
    elif " - " in value:
        scan._warn(
            block.value_line("centre"),
            f"département non reconnu dans « {_clip(value)} » : centre gardé tel quel",
        )


# Fields a stand-in title is taken from, in order: the first one with text gives its first sentence.
_TITLE_SOURCES = (
    "description_generale", "resume", "description_experience", "diagnostic", "impacts", "facteurs_reussite",
    "limites", "perspectives",
)  # fmt: skip
_TITLE_CHARS = 80
_HEADING_CHARS = 40


def stand_in_title(data: dict) -> tuple[str, str]:
    """(title, field it comes from): the first sentence (at most ~80 characters) of the first descriptive
    field with text, capitalised; a short heading that opens a list (« Objectifs de ce projet : ») is passed
    over. ('', '') when the fiche has no text."""
    for name in _TITLE_SOURCES:
        lines = [text for line in str(data.get(name) or "").splitlines() if (text := lay.strip_bullet(line))]
        for k, text in enumerate(lines):
            first = split_sentences(text)[0]
            if not (first.endswith(":") and len(first) <= _HEADING_CHARS) or k == len(lines) - 1:
                title = cut_sentences(first, _TITLE_CHARS)
                title = title if title.endswith("…") else title.rstrip(" .;:,")
                return title[:1].upper() + title[1:], name
    return "", ""


def _set_stand_in_title(data: dict, block: _Block, scan: _Scan) -> None:
    """A page cut before its title keeps a title taken from its text, flagged `titre_manquant`."""
    title, source = stand_in_title(data)
    if title:
        data["title"] = title
        data["titre_manquant"] = f"titre repris de « {fields.label(source)} »"
        kept = f"fiche gardée sous le titre « {_clip(title, 90)} », repris de « {fields.label(source)} »"
    else:
        data["titre_manquant"] = "aucun texte dont tirer un titre"
        kept = "fiche gardée sans titre"
    scan._warn(block.line - 1, f"titre manquant (page coupée avant son titre) : {kept}")


# A date in the legacy page's `Publié par` tail: « 12/03/2015 », « 2015-03-12 », « mars 2015 », a lone year.
_MONTHS = r"janv|f[ée]vr|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c"
_DATE_YEAR = re.compile(
    rf"(?<!\d)(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]((?:19|20)\d\d)|((?:19|20)\d\d)-\d\d-\d\d"
    rf"|(?:{_MONTHS})\w*\.?\s+((?:19|20)\d\d)|^\s*((?:19|20)\d\d)\s*$)(?!\d)",
    re.IGNORECASE | re.MULTILINE,
)


def _publication_year(lines: list[str]) -> int | None:
    match = _DATE_YEAR.search("\n".join(lines))
    return int(next(g for g in match.groups() if g)) if match else None


def _set_year(data: dict, block: _Block, scan: _Scan) -> None:
    """The year: written (`Année`), else from the listing's table, else the legacy page's publication date."""
    raw = data.pop("annee", "")
    if raw:
        if raw.isdigit():
            data["annee"] = int(raw)
            return
        scan._warn(block.value_line("annee"), f"année illisible « {_clip(raw)} » : ignorée")
    rows = scan.table.get(normalise(block.title))
    if rows:
        written = normalise(data.get("departement_ecrit", ""))
        data["annee"] = next((year for dep, year in rows if dep == written), rows[0][1])
    elif block.fields.get("publie_par"):
        data["annee"] = _publication_year(block.fields["publie_par"])


# --- ids and de-duplication --------------------------------------------------------------------


def base_id(fiche: Fiche) -> str:
    """'senacs-<n>' from a /action/show/<n> address, else 'f-' + sha1(centre|title)[:12]."""
    match = _SHOW_ID.search(fiche.source_url)
    if match:
        return f"senacs-{match.group(1)}"
    key = normalise(fiche.centre) + "|" + normalise(fiche.title)
    return "f-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


class _Collector:
    """Accumulates fiches across files: drops identical blocks, gives clashing fiches distinct ids."""

    def __init__(self) -> None:
        self.result = ParseResult()
        self._hashes: set[str] = set()
        self._first: dict[str, Fiche] = {}

    def add_scan(self, scan: _Scan) -> None:
        built = [(_build(block, scan), block.layout) for block in scan.blocks]
        self.result.warnings.extend(scan.warnings)
        for fiche, layout in built:
            self._add(fiche, layout)

    def _add(self, fiche: Fiche, layout: str) -> None:
        self.result.blocks += 1
        self.result.layouts[layout] = self.result.layouts.get(layout, 0) + 1
        if fiche.content_hash in self._hashes:
            self.result.duplicates += 1
            return
        self._hashes.add(fiche.content_hash)
        fid = base_id(fiche)
        first = self._first.get(fid)
        if first is None:
            self._first[fid] = fiche
        else:
            fid = f"{fid}-{fiche.content_hash[:6]}"
            self.result.warnings.append(
                f"{fiche.source_file}:{fiche.source_line} : même centre et même titre que "
                f"{first.source_file}:{first.source_line} (« {_clip(fiche.title)} ») mais contenu différent : "
                f"gardées toutes deux, identifiant {fid}"
            )
        self.result.fiches.append(fiche.model_copy(update={"id": fid}))

    def finish(self) -> ParseResult:
        """The result, its distinct fiches enriched together (partners cited, départements from towns)."""
        self.result.fiches, warnings = enrich(self.result.fiches)
        self.result.warnings.extend(warnings)
        return self.result


# --- public API --------------------------------------------------------------------------------


def _scan_text(text: str, name: str, warnings: Iterable[str] = ()) -> _Scan:
    scan = _Scan(split_lines(text), name, warnings=list(warnings))
    scan.run()
    if not scan.blocks:
        raise IngestError(
            "aucune fiche reconnue : une fiche commence par une ligne « Actions » suivie de son titre "
            "(export texte des fiches action SENACS) ; vérifiez le fichier",
            name,
        )
    return scan


def parse_text(text: str, source_file: str = "<texte>") -> ParseResult:
    """Parse export text; `source_file` names it in ids' bookkeeping and in warnings."""
    if not text.strip():
        raise IngestError("fichier vide : exportez des fiches depuis SENACS et réessayez", source_file)
    collector = _Collector()
    collector.add_scan(_scan_text(text, source_file))
    return collector.finish()


def parse_file(path: str | Path) -> ParseResult:
    return parse_files([path])


def parse_files(paths: Iterable[str | Path]) -> ParseResult:
    """Parse several files as one export: duplicates are dropped across files too."""
    collector = _Collector()
    for path in paths:
        text, warnings = read_export(path)
        collector.add_scan(_scan_text(text, str(path), warnings))
        logger.info("parsed %s", path)
    return collector.finish()
