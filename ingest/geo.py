"""French départements (INSEE code, canonical name, 2016 région) and forgiving name matching.

`find_departement` accepts what people write: any case, with or without accents, hyphens or
apostrophes ("seine maritime", "cote d or", "Seine St Denis"), an INSEE code ("31", "2a", "974"), or a
code as people say it (`spoken_codes`): digit by digit ("9-3", "neuf-trois", "neuf-sept-quatre") or in
words ("quatre-vingt-treize", "trente et un"). Names are compared on `ingest.text.normalise` keys.
`place_aliases` gives the other ways questions name places: spoken codes, demonyms (`ingest.demonyms`:
« l'isérois », « les projets bretons », « côté lyonnais ») and the names of groups of départements
(`PLACE_GROUPS`: « aux Antilles », « dans l'océan Indien », « en Alsace-Moselle »), each with the départements
or région it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.demonyms import AREAS, demonyms, forms
from ingest.text import normalise


@dataclass(frozen=True)
class Departement:
    code: str
    name: str
    region: str


ARA = "Auvergne-Rhône-Alpes"
BFC = "Bourgogne-Franche-Comté"
BRE = "Bretagne"
CVL = "Centre-Val de Loire"
COR = "Corse"
GES = "Grand Est"
HDF = "Hauts-de-France"
IDF = "Île-de-France"
NOR = "Normandie"
NAQ = "Nouvelle-Aquitaine"
OCC = "Occitanie"
PDL = "Pays de la Loire"
PAC = "Provence-Alpes-Côte d'Azur"

REGIONS: tuple[str, ...] = (
    ARA, BFC, BRE, CVL, COR, GES, HDF, IDF, NOR, NAQ, OCC, PDL, PAC,
    "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte",
)  # fmt: skip

_TABLE = """
01 Ain|ARA;02 Aisne|HDF;03 Allier|ARA;04 Alpes-de-Haute-Provence|PAC;05 Hautes-Alpes|PAC
06 Alpes-Maritimes|PAC;07 Ardèche|ARA;08 Ardennes|GES;09 Ariège|OCC;10 Aube|GES;11 Aude|OCC
12 Aveyron|OCC;13 Bouches-du-Rhône|PAC;14 Calvados|NOR;15 Cantal|ARA;16 Charente|NAQ
17 Charente-Maritime|NAQ;18 Cher|CVL;19 Corrèze|NAQ;2A Corse-du-Sud|COR;2B Haute-Corse|COR
21 Côte-d'Or|BFC;22 Côtes-d'Armor|BRE;23 Creuse|NAQ;24 Dordogne|NAQ;25 Doubs|BFC;26 Drôme|ARA
27 Eure|NOR;28 Eure-et-Loir|CVL;29 Finistère|BRE;30 Gard|OCC;31 Haute-Garonne|OCC;32 Gers|OCC
33 Gironde|NAQ;34 Hérault|OCC;35 Ille-et-Vilaine|BRE;36 Indre|CVL;37 Indre-et-Loire|CVL
38 Isère|ARA;39 Jura|BFC;40 Landes|NAQ;41 Loir-et-Cher|CVL;42 Loire|ARA;43 Haute-Loire|ARA
44 Loire-Atlantique|PDL;45 Loiret|CVL;46 Lot|OCC;47 Lot-et-Garonne|NAQ;48 Lozère|OCC
49 Maine-et-Loire|PDL;50 Manche|NOR;51 Marne|GES;52 Haute-Marne|GES;53 Mayenne|PDL
54 Meurthe-et-Moselle|GES;55 Meuse|GES;56 Morbihan|BRE;57 Moselle|GES;58 Nièvre|BFC;59 Nord|HDF
60 Oise|HDF;61 Orne|NOR;62 Pas-de-Calais|HDF;63 Puy-de-Dôme|ARA;64 Pyrénées-Atlantiques|NAQ
65 Hautes-Pyrénées|OCC;66 Pyrénées-Orientales|OCC;67 Bas-Rhin|GES;68 Haut-Rhin|GES;69 Rhône|ARA
70 Haute-Saône|BFC;71 Saône-et-Loire|BFC;72 Sarthe|PDL;73 Savoie|ARA;74 Haute-Savoie|ARA
75 Paris|IDF;76 Seine-Maritime|NOR;77 Seine-et-Marne|IDF;78 Yvelines|IDF;79 Deux-Sèvres|NAQ
80 Somme|HDF;81 Tarn|OCC;82 Tarn-et-Garonne|OCC;83 Var|PAC;84 Vaucluse|PAC;85 Vendée|PDL
86 Vienne|NAQ;87 Haute-Vienne|NAQ;88 Vosges|GES;89 Yonne|BFC;90 Territoire de Belfort|BFC
91 Essonne|IDF;92 Hauts-de-Seine|IDF;93 Seine-Saint-Denis|IDF;94 Val-de-Marne|IDF;95 Val-d'Oise|IDF
971 Guadeloupe|Guadeloupe;972 Martinique|Martinique;973 Guyane|Guyane;974 La Réunion|La Réunion
976 Mayotte|Mayotte
"""

_REGION_ABBREV = {
    "ARA": ARA, "BFC": BFC, "BRE": BRE, "CVL": CVL, "COR": COR, "GES": GES, "HDF": HDF,
    "IDF": IDF, "NOR": NOR, "NAQ": NAQ, "OCC": OCC, "PDL": PDL, "PAC": PAC,
}  # fmt: skip


def _build_table() -> tuple[Departement, ...]:
    rows = []
    for entry in _TABLE.replace("\n", ";").split(";"):
        if not entry.strip():
            continue
        head, region = entry.strip().split("|")
        code, name = head.split(" ", 1)
        rows.append(Departement(code, name, _REGION_ABBREV.get(region, region)))
    return tuple(rows)


DEPARTEMENTS: tuple[Departement, ...] = _build_table()

# Other spellings people use, keyed by normalised text.
_ALIASES = {
    "reunion": "974",
    "ile de la reunion": "974",
    "guyane francaise": "973",
    "belfort": "90",
    "corse du sud": "2A",
    "corse sud": "2A",
    "haute corse": "2B",
}
_REGION_ALIASES = {"paca": PAC, "idf": IDF, "reunion": "La Réunion", "centre": CVL}
_SAINT = re.compile(r"\b(st|ste)\b")


def _expand_saint(key: str) -> str:
    return _SAINT.sub(lambda m: "saint" if m.group(1) == "st" else "sainte", key)


@lru_cache(maxsize=1)
def _index() -> dict[str, Departement]:
    by_key: dict[str, Departement] = {}
    by_code = {d.code: d for d in DEPARTEMENTS}
    for dep in DEPARTEMENTS:
        by_key[normalise(dep.name)] = dep
        by_key[dep.code.lower()] = dep
    for alias, code in _ALIASES.items():
        by_key[alias] = by_code[code]
    return by_key


def find_departement(text: str) -> Departement | None:
    """The département named or numbered by `text`, or None. Forgiving on case, accents, punctuation."""
    key = _expand_saint(normalise(text or ""))
    if not key:
        return None
    index = _index()
    if key in index:
        return index[key]
    if key in _spoken_index():
        return index[_spoken_index()[key].lower()]
    # "Haute-Garonne (31)" or "31 Haute-Garonne": a code plus, optionally, the matching name.
    words = key.split(" ")
    for code, rest in ((words[0], words[1:]), (words[-1], words[:-1])):
        dep = index.get(code)
        if dep is not None and dep.code.lower() == code and (not rest or index.get(" ".join(rest)) == dep):
            return dep
    return None


def find_region(text: str) -> str | None:
    """The canonical 2016 région named by `text` (case/accent-insensitive), or None."""
    key = _expand_saint(normalise(text or ""))
    for region in REGIONS:
        if normalise(region) == key:
            return region
    return _REGION_ALIASES.get(key)


def departements_of_region(region: str) -> list[Departement]:
    """Départements of a région, in INSEE order; [] when the région is unknown."""
    canonical = find_region(region)
    return [d for d in DEPARTEMENTS if d.region == canonical] if canonical else []


# --- codes as people say them ---------------------------------------------------------------------------

_DIGITS = ("zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
_UNITS = (*_DIGITS, "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize")
_TENS = {1: "dix", 2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante", 8: "quatre vingt"}


def number_words(n: int) -> str:
    """A number from 1 to 99 in French words, normalised (« quatre vingt treize », « soixante et onze »)."""
    if n < len(_UNITS):
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix, quatre-vingt-dix: the tens below plus ten to nineteen
        tens, unit = tens - 1, unit + 10
    base = _TENS[tens]
    if unit == 0:
        return base
    if unit in (1, 11) and tens != 8:
        return f"{base} et {_UNITS[unit]}"  # vingt et un, soixante et onze; quatre-vingt-un
    return f"{base} {number_words(unit)}"


def spoken_codes(code: str) -> list[str]:
    """How people say a département code, as normalised words of two or more: digit by digit, in figures and
    in words (« le 9-3 », « le neuf-trois », « le zéro-six »), and the number in words (« le trente et un »).
    Two consecutive digits are left out (« deux-trois », « 3-4 jours » mean a few, not the 23 or the 34)."""
    if not code.isdigit():
        return []
    digits = [int(c) for c in code]
    forms = []
    if not (len(digits) == 2 and digits[1] == digits[0] + 1):
        forms += [" ".join(code), " ".join(_DIGITS[d] for d in digits)]
    if len(code) == 2 and " " in number_words(int(code)):
        forms.append(number_words(int(code)))
    return forms


@lru_cache(maxsize=1)
def _spoken_index() -> dict[str, str]:
    return {form: dep.code for dep in DEPARTEMENTS for form in spoken_codes(dep.code)}


# --- other names of places -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceAlias:
    words: tuple[str, ...]  # normalised words (« neuf trois », « iseroise »)
    field: str  # "departement" or "region"
    names: tuple[str, ...]  # the départements' canonical names, or the région's
    cue: str  # "code" for a spoken code (read like « 93 »), "" for a demonym
    label: str = ""  # the group's name (« Antilles »), shown when no fiche has its places; "" for names[0]


# Groups of départements with one well-defined name (and demonym), by INSEE codes: « aux Antilles » is an OR of
# Guadeloupe and Martinique. Loose areas (« le Sud-Ouest », « le Midi ») have no agreed border and are left out;
# former régions are in `assistant.facet_words.FORMER_REGIONS`, « outre-mer » with the five overseas régions.
PLACE_GROUPS: dict[str, tuple[tuple[str, ...], str]] = {
    # codes, demonym ("" when none)
    "Antilles": (("971", "972"), "antillais"),
    "Antilles françaises": (("971", "972"), ""),
    "Caraïbes": (("971", "972"), ""),
    "Antilles-Guyane": (("971", "972", "973"), ""),
    "océan Indien": (("974", "976"), ""),
    "DROM": (("971", "972", "973", "974", "976"), "ultramarin"),
    "Alsace-Moselle": (("67", "68", "57"), ""),
    "pays de Savoie": (("73", "74"), ""),
    "deux Savoie": (("73", "74"), ""),
}


def group_aliases() -> list[PlaceAlias]:
    """`PLACE_GROUPS` as aliases: the group's name (« antilles », « ocean indien ») and its demonym's four forms,
    each naming the group's départements (one alias per form: the group's name is its label)."""
    by_code = {d.code: d.name for d in DEPARTEMENTS}
    out = []
    for name, (codes, demonym) in PLACE_GROUPS.items():
        names = tuple(by_code[c] for c in codes)
        keys = [normalise(name)] + [normalise(f) for f in (forms(demonym) if demonym else [])]
        if name == "DROM":
            keys = keys[1:]  # « DOM », « outre-mer »: `assistant.facet_words` names them as régions
        out.extend(
            PlaceAlias(tuple(key.split()), "departement", names, "", name) for key in dict.fromkeys(keys)
        )
    return out


@lru_cache(maxsize=1)
def place_aliases() -> tuple[PlaceAlias, ...]:
    """Spoken codes (`spoken_codes`) and demonyms (`ingest.demonyms`) of the départements and régions."""
    by_code = {d.code: d.name for d in DEPARTEMENTS}
    aliases = [
        PlaceAlias(tuple(form.split()), "departement", (dep.name,), "code")
        for dep in DEPARTEMENTS
        for form in spoken_codes(dep.code)
    ]
    for region, names in AREAS.items():  # « la région parisienne »: wider than the demonym's town
        aliases.extend(PlaceAlias(tuple(name.split()), "region", (region,), "") for name in names)
    for demonym in demonyms():
        if demonym.region:
            aliases.append(PlaceAlias(demonym.words, "region", (demonym.region,), ""))
        else:
            names = tuple(by_code[c] for c in demonym.codes)
            aliases.append(PlaceAlias(demonym.words, "departement", names, ""))
    aliases.extend(group_aliases())
    return tuple(dict.fromkeys(aliases))
