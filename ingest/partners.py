"""Partners named in a fiche's free text: a gazetteer of the usual ones plus named organisations.

    find_partners("Atelier financé par la CAF et la Ville de Montreuil.")
    # [PartnerMention(name='CAF', canonical='Caf', sentence=...),
    #  PartnerMention(name='Ville de Montreuil', canonical='Commune', sentence=...)]

Matching is accent/case-insensitive on whole words. Precision comes first, so each variant has a rule:
ordinary words (« école », « la ville », « le Département ») count only in a sentence about working
together (« en partenariat avec », « financé par », « avec le collège »…), short acronyms that are also
words or names (« ARS », « FOL ») only in capitals. Canonical names follow the SENACS partner list
(« Caf », « Commune », « Bailleur social »…) so that structured and cited partners can be merged.
Organisations outside the gazetteer are taken only after an explicit cue (« en partenariat avec X »,
« avec le soutien de X », « financé par X et Y », « partenaires : X ») and only when quoted, capitalised
or an acronym; quoted names after a category (« les bailleurs "X Habitat" et "Y" ») get its canonical.
`Gazetteer.extended(values)` adds the named partners of a corpus's structured `partenaires` lists.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ingest import structures
from ingest.text import normalise

__all__ = [
    "Gazetteer",
    "PartnerMention",
    "canonical_partner",
    "default_gazetteer",
    "find_partners",
    "sentence_at",
]

ALWAYS, UPPER, CUE, CAPITAL, CAPITAL_CUE = "always", "upper", "cue", "capital", "capital_cue"


@dataclass(frozen=True)
class PartnerMention:
    name: str  # as written (« CAF », « Ville de Montreuil », « Paris Habitat »)
    canonical: str  # gazetteer name (« Caf », « Commune », « Bailleur social ») or the organisation's own
    sentence: str  # the sentence it came from, clipped around the mention when long


@dataclass(frozen=True)
class _Spec:
    """Variants (normalised, e.g. 'caisse d allocations familiales') sharing one canonical and rule."""

    canonical: str
    rule: str
    variants: tuple[str, ...]
    not_after: tuple[str, ...] = ()  # normalised words just before that cancel the match
    not_before: tuple[str, ...] = ()  # normalised words just after that cancel the match
    category: bool = False  # quoted names right after it (« bailleurs "X" et "Y" ») are instances
    town: bool = False  # « mairie de X », « Ville de X »: the name takes the town


def _spec(canonical: str, rule: str, variants: str, **kw) -> _Spec:
    return _Spec(canonical, rule, tuple(v.strip() for v in variants.split("|")), **kw)


BAILLEUR = "Bailleur social"
_BAILLEUR_NAME = re.compile(
    r"(?<![\w'’-])(?:(?:[A-ZÀ-ÖØ-Þ][\w'’-]*\s+){1,3}Habitat(?:\s+\d{2,3})?|Habitat\s+\d{2,3})(?![\w'’-])"
)
_NOT_BAILLEUR = {
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "et", "service", "services", "pole", "espace",
    "point", "atelier", "ateliers", "projet", "maison", "logement", "cadre", "amelioration",
}  # fmt: skip
_VILLE_NOT_AFTER = ("politique de la", "politique de", "contrat de", "contrats de", "centre", "hotel de")
_COLLEGE_NOT_BEFORE = ("des habitants", "des usagers", "des adherents", "des membres", "des salaries")

# What a partner is, when the question may describe it so (« Jeunesse et Sports, les services de l'État »): the
# State's own services and agencies are the State (canonical names of the gazetteer).
PARTNER_KINDS: dict[str, str] = {"DDCS": "Etat", "ARS": "Etat", "Éducation Nationale": "Etat"}

DEFAULT_SPECS: tuple[_Spec, ...] = (
    _spec("Caf", ALWAYS, "caf|cafs|caisse d allocations familiales|caisse d allocation familiale"
          "|caisse des allocations familiales|caisses d allocations familiales"),
    _spec("MSA", ALWAYS, "msa|mutualite sociale agricole"),
    _spec("CPAM", ALWAYS, "cpam|caisse primaire d assurance maladie|assurance maladie"),
    _spec("Carsat", ALWAYS, "carsat"),
    _spec("ARS", UPPER, "ars"),
    _spec("ARS", ALWAYS, "agence regionale de sante"),
    _spec("CCAS", ALWAYS, "ccas|centre communal d action sociale|centres communaux d action sociale"),
    _spec("CIAS", ALWAYS, "cias|centre intercommunal d action sociale"),
    _spec("Pôle emploi", ALWAYS, "pole emploi|france travail|anpe"),
    _spec("Mission locale", ALWAYS, "mission locale|missions locales"),
    _spec("PMI", ALWAYS, "pmi|protection maternelle et infantile|protection maternelle infantile"),
    _spec("CMP", UPPER, "cmp"),
    _spec("CMP", ALWAYS, "centre medico psychologique|centres medico psychologiques"),
    _spec("CMPP", ALWAYS, "cmpp|centre medico psycho pedagogique"),
    _spec("DDCS", ALWAYS, "ddcs|ddcspp|ddets|ddetspp|direction departementale de la cohesion sociale"),
    # its former and later names (the State's youth and sports services): « Jeunesse et Sports », SDJES
    _spec("DDCS", ALWAYS, "jeunesse et sports|jeunesse et des sports|ddjs|drjscs|sdjes|drajes"),
    _spec("Etat", ALWAYS, "prefecture|sous prefecture|services de l etat"),
    _spec("Etat", CAPITAL_CUE, "etat"),
    _spec("Conseil départemental", ALWAYS, "conseil departemental|conseils departementaux|conseil general"),
    _spec("Conseil départemental", CAPITAL_CUE, "departement"),
    _spec("Conseil régional", ALWAYS, "conseil regional|conseils regionaux"),
    _spec("Conseil régional", CAPITAL_CUE, "region"),
    _spec("Commune", ALWAYS, "mairie|mairies|municipalite|conseil municipal", town=True),
    _spec("Commune", CAPITAL, "ville|commune", not_after=_VILLE_NOT_AFTER, town=True),
    _spec("Commune", CUE, "service municipal|services municipaux"),
    _spec("Regroupement de communes", ALWAYS, "communaute de communes|communautes de communes"
          "|communaute d agglomeration|communaute urbaine|intercommunalite|epci"),
    _spec("Regroupement de communes", CAPITAL_CUE, "agglomeration|metropole", not_after=("en",)),
    _spec("Éducation Nationale", ALWAYS, "education nationale|rectorat|inspection academique"),
    _spec("Éducation Nationale", CUE, "ecole|ecoles|college|colleges|lycee|lycees|groupe scolaire"
          "|groupes scolaires|etablissement scolaire|etablissements scolaires",
          not_after=("auto",), not_before=_COLLEGE_NOT_BEFORE),  # an « auto-école » is a driving school
    _spec("Bailleur social", ALWAYS, "bailleur social|bailleurs sociaux|bailleur|bailleurs|hlm|opac"
          "|office public de l habitat|offices publics de l habitat|office public d hlm",
          not_before=("de fonds", "prive", "prives"), category=True),
    _spec("Bailleur social", UPPER, "oph|esh", category=True),
    _spec("Restos du Cœur", ALWAYS, "restos du coeur|resto du coeur|restaurants du coeur"),
    _spec("Secours populaire", ALWAYS, "secours populaire"),
    _spec("Secours catholique", ALWAYS, "secours catholique"),
    _spec("Croix-Rouge", ALWAYS, "croix rouge"),
    _spec("Emmaüs", ALWAYS, "emmaus"),
    _spec("Banque alimentaire", ALWAYS, "banque alimentaire|banques alimentaires"),
    _spec("Ligue de l'enseignement", ALWAYS, "ligue de l enseignement|federation des oeuvres laiques"),
    _spec("Ligue de l'enseignement", UPPER, "fol"),
    _spec("Fédération des centres sociaux", ALWAYS, "federation des centres sociaux"
          "|federation departementale des centres sociaux"),
    _spec("Médiathèque", CUE, "mediatheque|mediatheques|bibliotheque|bibliotheques"),
    _spec("UDAF", ALWAYS, "udaf"),
    _spec("AFEV", ALWAYS, "afev"),
    _spec("ADSEA", ALWAYS, "adsea|sauvegarde de l enfance"),
    _spec("ANRU", ALWAYS, "anru|agence nationale pour la renovation urbaine"),
    _spec("Planning familial", ALWAYS, "planning familial"),
    _spec("CIDFF", ALWAYS, "cidff"),
    _spec("REAAP", ALWAYS, "reaap"),
)  # fmt: skip

# Structured values that name no one.
_VAGUE = {"autre", "autres", "non renseigne", "aucun", "aucune", "divers", "un ou plusieurs partenaire s"}

# --- folding: lowercase, no accents, same punctuation, with a map back to the original ---------------

_LIGATURES = {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "’": "'", "‘": "'"}


class _FoldTable(dict):
    """str.translate table: code point → lowercase text without accents, computed once per character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        piece = _LIGATURES.get(char) or "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        self[code] = piece.lower()
        return self[code]


_FOLD = _FoldTable({code: chr(code).lower() for code in range(128)})
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold_mapped(text: str) -> tuple[str, list[int]]:
    """`ingest.text.fold` without stripping, plus, for each folded character, its index in `text`."""
    folded = text.translate(_FOLD)
    if len(folded) == len(text):
        return folded, list(range(len(text) + 1))
    offsets: list[int] = []
    done = 0
    for match in _NON_ASCII.finditer(text):  # only « œ », ligatures and the like change the length
        i = match.start()
        size = len(_FOLD[ord(text[i])])
        if size != 1:
            offsets.extend(range(done, i))
            offsets.extend([i] * size)
            done = i + 1
    offsets.extend(range(done, len(text) + 1))
    return folded, offsets


# --- sentences ------------------------------------------------------------------------------------------

_BOUNDARY = re.compile(r"\n|(?<=[.!?;])\s+|\s[•*·]\s")
_CLIP = 160


def _sentence_bounds(text: str) -> list[int]:
    """Start offsets of the sentences of `text` (line breaks, . ! ? ; and inline bullets end one)."""
    starts = [0]
    starts.extend(m.end() for m in _BOUNDARY.finditer(text))
    return starts


def sentence_at(text: str, start: int, end: int, bounds: list[int] | None = None) -> str:
    """The sentence of `text` around [start, end), trimmed, clipped to ~320 characters around it."""
    bounds = bounds if bounds is not None else _sentence_bounds(text)
    i = bisect.bisect_right(bounds, start) - 1
    left = bounds[i]
    right = bounds[i + 1] if i + 1 < len(bounds) else len(text)
    prefix, suffix = "", ""
    if start - left > _CLIP:
        cut = text.rfind(" ", left, start - _CLIP)
        left, prefix = (cut + 1 if cut >= 0 else start - _CLIP), "…"
    if right - end > _CLIP:
        cut = text.find(" ", end + _CLIP, right)
        right, suffix = (cut if cut >= 0 else right), "…"
    return prefix + text[left:right].strip().strip("-•*·").strip() + suffix


# --- cues ------------------------------------------------------------------------------------------------

# A sentence about working together; matched on folded text.
_CUE = re.compile(
    r"(?<![a-z0-9])(?:partenari\w*|partenaire\w*|en lien avec|collabor\w*|avec le soutien|"
    r"grace au soutien|soutenu\w* par|finance\w* par|financement\w*|co ?financ\w*|subvention\w*|"
    r"convention\w*|avec l'appui|avec le concours|co ?pilot\w*|co ?organis\w*|co ?anim\w*|"
    r"co ?construi\w*|mis\w* a disposition|les acteurs)(?![a-z0-9])"
)
# « mis en place avec la ville », « organisé par le collège » just before a mention.
_LOCAL_CUE = re.compile(
    r"(?<![a-z0-9])(?:travaill|mis|mise|men[ee]|organis|realis|anim|pilot|construi|conduit|port|propos|"
    r"financ|soutenu|partenariat|lien)\w*(?:\s+[a-z']+){0,3}\s+(?:avec|par)[\s'-]+"
    r"(?:le|la|les|l|du|de la|des|d|un|une|nos|notre)[\s'-]*$"
)
_ARTICLE_BEFORE = re.compile(r"(?<![a-z0-9])(?:le|la|les|l)[\s']*$")

# Cues introducing named organisations (folded text), then the list they introduce.
_NAMED_CUE = re.compile(
    r"(?<![a-z0-9])(?:en partenariat avec|partenariat avec|en collaboration avec|collaboration avec|"
    r"avec le soutien d[eu]s?|avec l'appui d[eu]s?|avec le concours d[eu]s?|avec l'aide d[eu]s?|"
    r"grace au soutien d[eu]s?|soutenue?s? par|co-?financee?s? par|financee?s? par|subventionnee?s? par|"
    r"partenaires?\s*:)(?![a-z0-9])"
)
_LIST_END = re.compile(
    r"[.;:!?()\n]|\s(?:pour|afin|qui|que|dans|sur|lors|depuis|dont|où|a|ont|est|sont|permet\w*|mais|car|"
    r"autour|chaque|tous|toutes|en|vers|à)\s",
)
_ITEM_SPLIT = re.compile(r",|\s+et\s+|\s+ainsi que\s+|\s*/\s*")
_LEADING = re.compile(
    r"^(?:(?:le|la|les|l'|l’|un|une|des|du|de la|de l'|de l’|de|d'|d’|au|aux|notre|nos|leur|leurs|ses|son|sa)\s*)+",
    re.I,
)
_QUOTED = re.compile(r"[\"“«]\s*([^\"“”«»\n]{2,60}?)\s*[\"”»]")
_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.&-]*|\d+)"
_JOIN = r"(?:\s+(?:(?:de|du|des|la|le|les|en|sur)\s+)?(?:(?:d|l)['’]\s*)?)"
_CAPITALISED = re.compile(rf"^{_WORD}(?:{_JOIN}{_WORD})*")
# Capitalised words that are not an organisation's name on their own.
_GENERIC = {
    "centre", "centres", "social", "sociaux", "sociale", "socioculturel", "habitants",
    "habitant", "familles", "famille", "parents", "jeunes", "enfants", "benevoles", "equipe", "association",
    "associations", "structure", "structures", "partenaires", "partenaire", "acteurs", "service", "services",
    "professionnels", "maison", "quartier", "pole", "espace", "collectif", "groupe", "projet", "elus", "nous", "il",
    "ils", "elle", "elles", "on",
} | structures.RECORDED  # fmt: skip


# --- the gazetteer ---------------------------------------------------------------------------------------


@dataclass
class _Hit:
    start: int  # in the original text
    end: int
    name: str
    canonical: str
    key: str  # dedup key


@dataclass
class Gazetteer:
    """Compiled partner vocabulary. Build with `default_gazetteer()` or `.extended(corpus values)`."""

    specs: tuple[_Spec, ...]
    _by_variant: dict[str, _Spec] = field(init=False, repr=False)
    _pattern: re.Pattern = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_variant = {}
        for spec in self.specs:
            for variant in spec.variants:
                self._by_variant.setdefault(variant, spec)
        words = sorted(self._by_variant, key=len, reverse=True)
        body = "|".join(r"[\s'\-]+".join(map(re.escape, v.split())) for v in words)
        self._pattern = re.compile(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])")

    def extended(self, values: Iterable[str]) -> Gazetteer:
        """This gazetteer plus the named partners of a corpus (its structured `partenaires` values)."""
        extra: list[_Spec] = []
        known = set(self._by_variant)
        for value in values:
            spec = _learned_spec(value, known)
            if spec is not None:
                extra.append(spec)
                known.add(spec.variants[0])
        return Gazetteer(self.specs + tuple(extra)) if extra else self

    def canonical(self, value: str) -> str:
        """The canonical name of a structured partner value (« CAF » → « Caf »), else the value."""
        spec = self._by_variant.get(normalise(value))
        return spec.canonical if spec is not None else value.strip()

    def find(self, text: str) -> list[PartnerMention]:
        """Partners named in `text`, in text order, one per canonical (one per name for organisations)."""
        if not text or not text.strip():
            return []
        folded, offsets = fold_mapped(text)
        bounds = _sentence_bounds(text)
        hits, taken = self._gazetteer_hits(text, folded, offsets, bounds)
        hits += _named_hits(text, folded, offsets, taken, self)
        mentions: dict[str, PartnerMention] = {}
        for hit in _outermost(hits):
            if hit.key not in mentions:
                sentence = sentence_at(text, hit.start, hit.end, bounds)
                mentions[hit.key] = PartnerMention(hit.name, hit.canonical, sentence)
        return list(mentions.values())

    def _gazetteer_hits(
        self, text: str, folded: str, offsets: list[int], bounds: list[int]
    ) -> tuple[list[_Hit], list[tuple[int, int]]]:
        hits: list[_Hit] = []
        taken: list[tuple[int, int]] = []  # every candidate span, accepted or not
        for match in self._pattern.finditer(folded):
            spec = self._by_variant[" ".join(re.split(r"[\s'\-]+", match.group()))]
            start, end = offsets[match.start()], offsets[match.end() - 1] + 1
            taken.append((start, end))
            if not _accepted(spec, text, folded, match, start, end, bounds):
                continue
            hits.append(_hit_for(spec, text, start, end))
            if spec.category:
                hits += _quoted_after(text, end, spec.canonical)
        for hit in _bailleur_hits(text):
            hits.append(hit)
            taken.append((hit.start, hit.end))
        return hits, taken


def _outermost(hits: list[_Hit]) -> list[_Hit]:
    """Hits in text order, without those inside a longer hit of the same canonical."""
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if not any(k.canonical == hit.canonical and k.start <= hit.start and hit.end <= k.end for k in kept):
            kept.append(hit)
    return kept


def _accepted(spec: _Spec, text: str, folded: str, match: re.Match, start: int, end: int, bounds) -> bool:
    before = folded[max(0, match.start() - 40) : match.start()]
    after = folded[match.end() : match.end() + 20]
    if any(re.search(rf"(?<![a-z0-9]){re.escape(w)}[\s'\-]*$", before) for w in spec.not_after):
        return False
    if any(re.match(rf"[\s'\-]+{re.escape(w)}(?![a-z0-9])", after) for w in spec.not_before):
        return False
    written = text[start:end]
    if spec.rule == UPPER:
        return written.isupper()
    if spec.rule == ALWAYS:
        return True
    capital = written[:1].isupper()
    if spec.rule == CAPITAL and capital:
        return True
    if spec.rule == CAPITAL and not _ARTICLE_BEFORE.search(before):
        return False
    if spec.rule == CAPITAL_CUE and not capital:
        return False
    return _has_cue(text, folded, match, start, bounds)


def _has_cue(text: str, folded: str, match: re.Match, start: int, bounds: list[int]) -> bool:
    if _LOCAL_CUE.search(folded[max(0, match.start() - 30) : match.start()]):
        return True
    sentence = sentence_at(text, start, start + 1, bounds)
    return bool(_CUE.search(fold_mapped(sentence)[0]))


_TOWN_WORD = r"(?:Ste?\.|[A-ZÀ-ÖØ-Þ][\w'’]*)"
_TOWN_AFTER = re.compile(
    rf"\s+(?:de\s+|d['’]\s*|du\s+)((?:L[ae]s?\s+|L['’])?{_TOWN_WORD}"
    rf"(?:(?:-|\s+)(?:(?:sur|sous|en|lès|les|le|la|de|du|d['’])(?:-|\s+))?{_TOWN_WORD}){{0,4}})"
)


def _hit_for(spec: _Spec, text: str, start: int, end: int) -> _Hit:
    key = spec.canonical
    if spec.town:
        town = _TOWN_AFTER.match(text, end)
        if town is not None:
            end = town.end()
            key = f"{spec.canonical}|{normalise(town.group(1))}"
    return _Hit(start, end, " ".join(text[start:end].split()), spec.canonical, key)


def _bailleur_hits(text: str) -> list[_Hit]:
    """Named social landlords: « Paris Habitat », « Habitat 76 » (leading articles and generic words off)."""
    hits = []
    for match in _BAILLEUR_NAME.finditer(text):
        start = match.start()
        for word in match.group().split():
            if normalise(word) not in _NOT_BAILLEUR:
                break
            start = text.index(word, start) + len(word)
        start = len(text) - len(text[start:].lstrip())
        name = " ".join(text[start : match.end()].split())
        if " " in name:
            hits.append(_Hit(start, match.end(), name, BAILLEUR, f"{BAILLEUR}|{normalise(name)}"))
    return hits


def _quoted_after(text: str, end: int, canonical: str) -> list[_Hit]:
    """« bailleurs sociaux "X Habitat" et "Y" »: the quoted names right after a category."""
    hits: list[_Hit] = []
    pos = end
    while True:
        gap = re.match(r"[\s,:(]*(?:et\s+|ainsi que\s+|dont\s+|comme\s+|tels? que\s+)?", text[pos:])
        quoted = _QUOTED.match(text, pos + gap.end())
        if quoted is None:
            return hits
        name = " ".join(quoted.group(1).split())
        hits.append(_Hit(quoted.start(), quoted.end(), name, canonical, f"{canonical}|{normalise(name)}"))
        pos = quoted.end()


def _named_hits(
    text: str, folded: str, offsets: list[int], taken: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[_Hit]:
    """Organisations after « en partenariat avec », « financé par »…: quoted, capitalised or acronyms."""
    hits: list[_Hit] = []
    for cue in _NAMED_CUE.finditer(folded):
        start = offsets[cue.end()]
        stop = _LIST_END.search(text, start)
        tail_end = stop.start() if stop else len(text)
        for item_start, item in _items(text, start, tail_end):
            hit = _named_item(item_start, item, gazetteer)
            if hit is not None and not any(s < hit.end and hit.start < e for s, e in taken):
                hits.append(hit)
    return hits


def _items(text: str, start: int, end: int) -> Iterable[tuple[int, str]]:
    pos = start
    for part in _ITEM_SPLIT.split(text[start:end]):
        offset = text.find(part, pos) if part else pos
        pos = offset + len(part)
        lead = _LEADING.match(part.lstrip())
        skip = len(part) - len(part.lstrip()) + (lead.end() if lead else 0)
        yield offset + skip, part[skip:].rstrip()


def _named_item(start: int, item: str, gazetteer: Gazetteer) -> _Hit | None:
    quoted = _QUOTED.match(item)
    if quoted is not None:
        name = " ".join(quoted.group(1).split())
        return _Hit(start, start + quoted.end(), name, gazetteer.canonical(name), f"named|{normalise(name)}")
    span = _CAPITALISED.match(item)
    if span is None:
        return None
    name = re.sub(r"\s+(?:de|du|des|d'|d’|la|le|les|l'|l’|en|sur|et)$", "", span.group())
    words = normalise(name).split()
    if not words or all(w in _GENERIC for w in words):
        return None
    if len(words) == 1 and not (name.isupper() and len(name) >= 2):  # one word: acronyms only
        return None
    return _Hit(start, start + len(name), name, gazetteer.canonical(name), f"named|{normalise(name)}")


def _learned_spec(value: str, known: set[str]) -> _Spec | None:
    """A gazetteer entry for a structured partner value, unless vague, odd or already known."""
    value = " ".join(value.split())
    key = normalise(value)
    if key in known or key in _VAGUE or len(key) < 2 or len(key) > 60 or key.isdigit():
        return None
    if " " not in key:
        rule = UPPER if value.isupper() and len(value) <= 6 else CAPITAL_CUE
        return _Spec(value, rule, (key,))
    return _Spec(value, ALWAYS, (key,))


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The national partners every centre social works with (compiled once)."""
    return Gazetteer(DEFAULT_SPECS)


def find_partners(text: str, gazetteer: Gazetteer | None = None) -> list[PartnerMention]:
    """Partners named in `text` with the sentence each came from (see the module docstring)."""
    return (gazetteer or default_gazetteer()).find(text)


def canonical_partner(value: str, gazetteer: Gazetteer | None = None) -> str:
    """The canonical name of a structured partner value (« CAF » → « Caf »), else the value itself."""
    return (gazetteer or default_gazetteer()).canonical(value)
