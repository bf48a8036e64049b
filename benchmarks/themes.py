"""Action themes of the synthetic corpus: distinct projects of centres sociaux, written for the benchmark.

Each theme is one kind of project (a repair café, a driving-licence scheme, a carers' café…) with its own
title patterns, résumé, description, results, limits and perspectives sentences, and the SENACS list values
(mots clés, public, partenaires) such a fiche would tick. The texts live in `benchmarks/theme_data/*.py` in a
compact line format (see `parse_themes`); the generator fills their placeholders with invented places.

Topics used by the out-of-corpus gold questions are listed in `EXCLUDED_TOPICS` and must never be generated.
"""

from __future__ import annotations

import importlib
import re
import string
from dataclasses import dataclass
from functools import lru_cache

from ingest.geo import normalise

# Placeholders a sentence or title may use; the generator draws one value of each per fiche.
PLACEHOLDERS = ("quartier", "ville", "dep", "jour", "n", "p", "annee")

# Codes of the SENACS list values, so that theme headers stay short and typo-proof.
KEYWORD_CODES = {
    "PAR": "Parentalité",
    "SOL": "Solidarité",
    "INT": "intergénérationnel",
    "MIX": "Mixité sociale",
    "SAN": "Santé",
    "ENV": "Environnement",
    "DD": "développement durable",
    "EDU": "éducation / scolarité",
    "EMP": "Emploi, économie",
    "LOG": "Logement",
    "PRE": "Précarité",
    "CUL": "Culture",
    "LOI": "vacances / loisirs",
    "FLE": "alphabétisation & apprentissage du français",
    "CIT": "Démocratie & citoyenneté",
    "NUM": "numérique",
}
PUBLIC_CODES = {
    "TP": "Tous publics",
    "AD": "Adultes",
    "FAM": "familles",
    "JEU": "Jeunesse",
    "PE": "Petite enfance",
    "SEN": "Seniors",
    "ENF": "Enfance",
}
PARTNER_CODES = {
    "BAI": "Bailleur social",
    "CAF": "Caf",
    "COM": "Commune",
    "CD": "Conseil départemental",
    "ASSO": "Association locale",
    "ARS": "ARS",
    "EN": "Éducation Nationale",
    "ETAT": "Etat",
    "DDCS": "DDCS",
    "EPCI": "Regroupement de communes",
    "AUT": "Autre",
}

# Topics of the out-of-corpus gold questions (issue 12): the evaluation asks about them and expects
# « aucune fiche ». At 20,000 generated fiches they must stay absent from the whole base, or an honest
# abstention would be counted as a false one. Topic -> key words and phrases (matched on `normalise`d
# text, whole words). To add a topic, add a line; `tests/test_generate.py` checks every generated fiche
# and every theme text against it. Words with a common other meaning (« échec », « chasse » aux œufs,
# « voile », « vin ») are banned outright rather than trusted to context.
EXCLUDED_TOPICS: dict[str, tuple[str, ...]] = {
    "prévention routière": ("prévention routière", "sécurité routière", "routière", "routier", "routiers"),
    "jumelage": ("jumelage", "jumelé", "jumelée", "ville jumelle", "allemand", "allemande", "Allemagne"),
    "langue des signes": ("langue des signes", "LSF"),
    "apiculture": ("apiculture", "apiculteur", "ruche", "ruches", "abeille", "abeilles", "miel"),
    "équitation": ("équitation", "équestre", "cheval", "chevaux", "poney", "poneys"),
    "astronomie": ("astronomie", "astronome", "planétarium", "télescope"),
    "escalade": ("escalade", "grimpe", "varappe"),
    "permis de chasse": ("chasse", "chasseur", "chasseurs"),
    "crypto-monnaie": ("crypto", "cryptomonnaie", "crypto-monnaie", "bitcoin", "blockchain"),
    "théâtre d'improvisation en anglais": ("improvisation", "impro", "anglais", "anglophone"),
    "généalogie": ("généalogie", "généalogique", "arbre généalogique"),
    "plongée sous-marine": ("plongée", "sous-marine", "subaquatique"),
    "échecs": ("échecs", "échec", "échiquier"),
    "origami": ("origami", "pliage"),
    "braille": ("braille",),
    "fauconnerie": ("fauconnerie", "faucon", "rapace", "rapaces"),
    "œnologie": ("œnologie", "vin", "vins", "sommelier", "dégustation de vin"),
    "tatouage": ("tatouage", "tatouages", "tatoueur"),
    "poterie raku": ("raku", "poterie", "potier"),
    "voile / nautisme": ("voile", "voilier", "nautisme", "nautique", "catamaran"),
    "ski": ("ski", "skis", "skier", "skieur"),
    "pêche": ("pêche", "pêcheur", "pêcheurs"),
    "cirque aérien": ("cirque", "trapèze", "aérien", "aérienne"),
    "robotique": ("robotique", "robot", "robots"),
    "cyclisme sur piste": ("cyclisme", "vélodrome", "sur piste"),
    "karaoké": ("karaoké",),
    "mangas": ("manga", "mangas"),
    "soins palliatifs": ("palliatif", "palliatifs", "fin de vie"),
    "permis bateau": ("bateau", "bateaux", "permis bateau"),
    # An absent partner of the benchmark and seed negative questions (« des actions avec la MSA ? »).
    "partenaire MSA": ("MSA", "mutualité sociale agricole"),
}


@lru_cache(maxsize=1)
def _excluded_pattern() -> re.Pattern[str]:
    words = sorted({normalise(w) for ws in EXCLUDED_TOPICS.values() for w in ws}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def excluded_words_in(text: str) -> list[str]:
    """The excluded key words found in `text` (normalised forms, whole words), in order of appearance."""
    return _excluded_pattern().findall(normalise(text))


@dataclass(frozen=True)
class Theme:
    """One kind of project. Text fields hold sentences with `{placeholder}`s (see PLACEHOLDERS)."""

    key: str
    domain: str
    weight: int  # relative frequency: 3 for the most common actions of centres sociaux, else 1
    mots_cles: tuple[str, ...]
    public: tuple[str, ...]
    partenaires: tuple[str, ...]
    titles: tuple[str, ...]
    resume: tuple[str, ...]
    description: tuple[str, ...]
    results: tuple[str, ...]
    limits: tuple[str, ...]
    perspectives: tuple[str, ...]

    def sentences(self) -> tuple[str, ...]:
        return self.resume + self.description + self.results + self.limits + self.perspectives


_LINE_FIELDS = {"R": "resume", "D": "description", "O": "results", "L": "limits", "S": "perspectives"}
_MINIMUM = {"titles": 2, "resume": 1, "description": 2, "results": 1, "limits": 1, "perspectives": 1}


def parse_themes(text: str) -> list[Theme]:
    """Read the compact theme format.

    %% domain                              sets the domain of the themes that follow
    == key[*] | KEYWORD CODES | PUBLIC CODES | PARTNER CODES     (* = common action, weight 3)
    T title pattern | other title pattern
    R résumé sentence     D description sentence     O result sentence
    L limit sentence      S perspective sentence
    """
    themes: list[Theme] = []
    domain, current = "", None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        tag, _, rest = line.partition(" ")
        if tag == "%%":
            domain = rest.strip()
        elif tag == "==":
            if current is not None:
                themes.append(_theme(current))
            current = _header(rest, domain, number)
        elif current is not None and tag == "T":
            current["titles"] += [t.strip() for t in rest.split("|")]
        elif current is not None and tag in _LINE_FIELDS:
            current[_LINE_FIELDS[tag]].append(_checked(rest.strip(), number))
        else:
            raise ValueError(f"theme line {number}: unexpected « {line[:60]} »")
    if current is not None:
        themes.append(_theme(current))
    return themes


def _header(rest: str, domain: str, number: int) -> dict:
    parts = [p.strip() for p in rest.split("|")]
    if len(parts) != 4 or not domain:
        raise ValueError(f"theme line {number}: header needs a domain and 'key | K | P | A'")
    key = parts[0].rstrip("*")
    codes = [_codes(table, parts[i], number) for i, table in enumerate(_CODE_TABLES, start=1)]
    fields = {name: [] for name in ("titles", *_LINE_FIELDS.values())}
    return {
        "key": key,
        "domain": domain,
        "weight": 3 if parts[0].endswith("*") else 1,
        "codes": codes,
        **fields,
    }


_CODE_TABLES = (KEYWORD_CODES, PUBLIC_CODES, PARTNER_CODES)


def _codes(table: dict[str, str], text: str, number: int) -> tuple[str, ...]:
    unknown = [c for c in text.split() if c not in table]
    if unknown:
        raise ValueError(f"theme line {number}: unknown codes {unknown}")
    chosen = set(text.split())
    return tuple(value for code, value in table.items() if code in chosen)  # site order


def _checked(sentence: str, number: int) -> str:
    names = {name for _, name, _, _ in string.Formatter().parse(sentence) if name is not None}
    if not names <= set(PLACEHOLDERS):
        raise ValueError(f"theme line {number}: unknown placeholders {sorted(names - set(PLACEHOLDERS))}")
    return sentence


def _theme(draft: dict) -> Theme:
    for name, least in _MINIMUM.items():
        if len(draft[name]) < least:
            raise ValueError(f"theme {draft['key']}: at least {least} « {name} » expected")
    mots_cles, public, partenaires = draft["codes"]
    texts = {name: tuple(draft[name]) for name in _MINIMUM}
    return Theme(draft["key"], draft["domain"], draft["weight"], mots_cles, public, partenaires, **texts)


THEME_MODULES = (
    "famille",
    "jeunesse",
    "seniors",
    "sante_alimentation",
    "culture_sport",
    "cadre_de_vie",
    "droits_emploi",
    "citoyennete_solidarite",
)


@lru_cache(maxsize=1)
def load_themes() -> tuple[Theme, ...]:
    """Every theme of `benchmarks/theme_data`, in module order; keys must be unique."""
    themes: list[Theme] = []
    for name in THEME_MODULES:
        module = f"benchmarks.theme_data.{name}"
        try:
            themes += parse_themes(importlib.import_module(module).THEMES)
        except ValueError as exc:
            raise ValueError(f"{module}: {exc}") from None
    keys = [t.key for t in themes]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise ValueError(f"duplicate theme keys: {duplicates}")
    return tuple(themes)
