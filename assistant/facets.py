"""Facet vocabulary: the corpus's own facet values, plus the words people use for them.

`FacetVocabulary.from_fiches` collects every distinct value of the facet fields of the indexed fiches and
compiles them, with the hand-written synonyms at the end of this module, into phrases. `scan(question)`
finds the facets a question names — accent/case-insensitive, on word boundaries, tolerant to plural s/x
and to one typo in words of 6+ letters that the corpus does not contain — each with its trigger words.

Values unknown to the corpus are never produced as facets: the entities a question names that no fiche
has (a partner such as « la MSA », a département, an acronym absent from every fiche) are returned in
`FacetScan.absent`, so that retrieval can answer « aucune fiche ».
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.records import FacetField, FacetMatch
from ingest import fields
from ingest.geo import DEPARTEMENTS, REGIONS, find_region
from ingest.models import Fiche
from ingest.text import (
    GENERIC,
    STOPWORDS,
    Token,
    keys,
    normalise,
    normalised_words,
    one_typo,
    phrase_key,
    plural_key,
    tokens,
)

logger = logging.getLogger(__name__)

# Facet fields from the schema (`ingest/fields.py`), highest priority first: when phrases of the same
# length compete, the first field of this order wins.
FACET_FIELDS: tuple[FacetField, ...] = fields.facet_fields()
_FIELD_PRIORITY = {name: i for i, name in enumerate(FACET_FIELDS)}
# Fields named by their corpus values (the others by the geography table and by centre names).
_VALUE_FIELDS = fields.facet_fields_named_by(fields.VALUES)

# Place prepositions required before a one-word département name or a 2-digit code.
_PLACE_CUES = {
    ("en",), ("dans", "le"), ("dans", "la"), ("dans", "les"), ("dans", "l"), ("du",), ("de", "la"),
    ("de", "l"), ("des",), ("a",), ("au",), ("aux",), ("a", "la"), ("a", "l"), ("in",), ("departement",),
    ("departement", "du"), ("departement", "de"), ("pour", "le"), ("pour", "la"), ("vers", "le"),
}  # fmt: skip
_CODE_CUES = {("dans", "le"), ("du",), ("departement",), ("dept",), ("dpt",), ("dep",), ("en",), ("in",)}
_PARTNER_CUES = {
    "avec", "partenaire", "partenaires", "partenariat", "finance", "financee", "financees", "finances",
    "cofinance", "soutenu", "soutenue", "soutenues", "soutien", "subventionne", "subventionnee", "par",
    "with", "partner", "partners", "funded", "by", "aupres", "lien", "convention",
}  # fmt: skip
_DEFINITE = {"la", "le", "les", "l", "sa", "son", "leur", "leurs", "notre", "the"}
_TERRITORY_CUES = {"territoire", "echelle", "niveau", "perimetre", "scale", "territory", "territorial"}
_INITIATIVE_CUES = {"initiative", "initie", "initiee", "initiees", "initiated", "origine", "lance", "lancee"}
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
# Acronyms of the field itself (centre social, espace de vie sociale): every fiche is one of them.
_DOMAIN_ACRONYMS = {"cs", "csc", "evs", "senacs"}
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Words of centre names that do not tell one centre from another.
_GENERIC_CENTRE_WORDS = {
    "centre", "social", "sociale", "maison", "quartier", "espace", "pour", "tous", "association",
    "animation", "famille", "culturel", "culturelle", "socio", "ville", "cite", "foyer", "rural",
    "intercommunal", "municipal", "saint", "sainte", "jeune", "loisir", "populaire", "education",
}  # fmt: skip


@dataclass(frozen=True)
class Phrase:
    """Words that name one facet value; `value` empty means an entity that no fiche has."""

    words: tuple[str, ...]  # folded keys
    field: FacetField
    value: str
    cue: str = ""  # "", "place", "place_strict", "code", "partner", "territory", "initiative"
    label: str = ""  # display name of an entity absent from the corpus
    fuzzy: bool = True  # may match with one typo
    whole: bool = True  # names the whole value (False: one part of 'A / B')
    extra: tuple[str, ...] = ()  # further values, any of which matches (« outre-mer »: 5 régions)


@dataclass
class FacetScan:
    """What a question names: facets, entities no fiche has, and the token positions the triggers used."""

    facets: list[FacetMatch] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    tokens: list[Token] = field(default_factory=list)


class FacetVocabulary:
    """Every facet value of the corpus (with fiche counts) and the phrases that name them in questions.

    `word_df` (folded word -> number of fiches containing it) tells real words from typos and
    entities present in the text from absent ones.
    """

    def __init__(self, counts: dict[str, Counter], word_df: Counter | None = None):
        self.counts = counts
        self.word_df = word_df or Counter()
        self._phrases: dict[str, list[Phrase]] = defaultdict(list)
        self._buckets: dict[tuple[str, int], list[str]] | None = None
        self._typo_keys: set[str] = set()
        self._compile()

    @classmethod
    def from_fiches(cls, fiches: Iterable[Fiche]) -> FacetVocabulary:
        counts: dict[str, Counter] = {name: Counter() for name in FACET_FIELDS}
        word_df: Counter = Counter()
        for fiche in fiches:
            for name in FACET_FIELDS:
                raw = fields.facet_values(fiche, name)  # partners: declared ∪ cited in the text
                for value in raw if isinstance(raw, list) else [raw]:
                    if value and value.strip() not in ("", "-"):
                        counts[name][value.strip()] += 1
            word_df.update({plural_key(w) for w in set(normalised_words(_fiche_text(fiche)))})
        return cls(counts, word_df)

    def values(self, field_name: str) -> list[str]:
        return sorted(self.counts.get(field_name, {}))

    def known(self, word: str, typo: bool = False) -> bool:
        """True when some fiche contains this word (any case, accents, plural; with `typo`, also a
        corpus word of 6+ letters one typo away)."""
        for key in keys(word):
            if self.word_df.get(key, 0) > 0 or (typo and len(key) >= 6 and self._near_word(key)):
                return True
        return False

    def _near_word(self, key: str) -> bool:
        if self._buckets is None:
            self._buckets = defaultdict(list)
            for word in self.word_df:
                if len(word) >= 5:
                    self._buckets[(word[0], len(word))].append(word)
        return any(
            one_typo(key, word)
            for n in (len(key) - 1, len(key), len(key) + 1)
            for word in self._buckets.get((key[0], n), ())
        )

    def known_all(self, words: str) -> bool:
        return all(self.word_df.get(key, 0) > 0 for key in keys(words))

    def match(self, text: str) -> list[FacetMatch]:
        return self.scan(text).facets

    # -- compiling -----------------------------------------------------------------------------------

    def _add(self, words: Iterable[str], field_name: FacetField, value: str, cue: str = "", **kw) -> None:
        folded = tuple(plural_key(w) for w in words)
        if folded:
            self._phrases[folded[0]].append(Phrase(folded, field_name, value, cue, **kw))

    def _compile(self) -> None:
        for name in _VALUE_FIELDS:
            for value in self.counts[name]:
                for words, whole in _value_phrases(value, name):
                    text = " ".join(words)
                    if text not in NEVER_TRIGGER:
                        cue = CUED_WORDS.get(text, fields.facet_cue(name))
                        self._add(words, name, value, cue, whole=whole)
        self._compile_synonyms()
        self._compile_geography()
        self._compile_centres()
        self._typo_keys = {k for k, ps in self._phrases.items() if len(k) >= 6 and any(p.fuzzy for p in ps)}

    def _compile_synonyms(self) -> None:
        by_key = {name: {phrase_key(v): v for v in self.counts[name]} for name in FACET_FIELDS}
        for names, canonical, phrases in SYNONYMS:
            wanted = [canonical] if isinstance(canonical, str) else list(canonical)
            target = next((f for f in names if any(phrase_key(c) in by_key[f] for c in wanted)), None)
            present = (
                [by_key[target][phrase_key(c)] for c in wanted if phrase_key(c) in by_key[target]]
                if target
                else []
            )
            for phrase in phrases:
                cue, _, words = phrase.rpartition(":")
                if present:
                    self._add(normalise(words).split(), target, present[0], cue, extra=tuple(present[1:]))
                elif isinstance(canonical, str) and canonical in ENTITIES:
                    self._add(normalise(words).split(), names[0], "", cue, label=canonical)

    def _compile_geography(self) -> None:
        present_deps = {normalise(v): v for v in self.counts["departement"]}
        present_regions = {normalise(v): v for v in self.counts["region"]}
        for dep in DEPARTEMENTS:
            value = present_deps.get(normalise(dep.name), "")
            words = [w for w in normalise(dep.name).split() if w not in ("la", "le")]
            cue = "place_strict" if len(words) == 1 else ""
            self._add(words, "departement", value, cue, label=dep.name, fuzzy=len(words) > 1)
            self._add([dep.code.lower()], "departement", value, "code", label=dep.name, fuzzy=False)
        dom = {normalise(d.name) for d in DEPARTEMENTS}
        for region in [r for r in [*REGIONS, "PACA", "IDF"] if normalise(r) not in dom]:
            canonical = find_region(region) or region
            value = present_regions.get(normalise(canonical), "")
            words = [w for w in normalise(region).split() if w not in ("la", "le")]
            self._add(words, "region", value, label=canonical)

    def _compile_centres(self) -> None:
        """Words that identify a centre ('kervenanec'): in at most 5 centre names, and almost never in the
        fiches of other centres (so not an ordinary word such as 'petit' or 'fabrique')."""
        owners: dict[str, set[str]] = defaultdict(set)
        for centre in self.counts["centre"]:
            for word in normalise(centre).split():
                key = plural_key(word)
                if len(key) >= 4 and not key.isdigit() and key not in _GENERIC_CENTRE_WORDS:
                    owners[key].add(centre)
        total = sum(self.counts["centre"].values())
        for key, centres in owners.items():
            own = sum(self.counts["centre"][c] for c in centres)
            if len(centres) <= 5 and self.word_df.get(key, 0) - own <= total // 500:
                for centre in sorted(centres):
                    self._add([key], "centre", centre, fuzzy=False)

    # -- scanning ------------------------------------------------------------------------------------

    def scan(self, text: str) -> FacetScan:
        words = tokens(text)
        scan = FacetScan(tokens=words)
        lowercase = not any(t.text[:1].isupper() for t in words[1:])
        i = 0
        while i < len(words):
            best = self._best_phrase(words, i, lowercase)
            if best is None:
                i += 1
                continue
            self._record(scan, best, words, i)
            i += len(best.words)
        self._acronyms(scan, words)
        scan.facets = _merge(scan.facets, words)
        return scan

    def _candidates(self, token: Token) -> list[Phrase]:
        exact = self._phrases.get(token.key, [])
        if exact or len(token.key) < 6 or self.word_df.get(token.key, 0) or token.key in NEVER_CORRECTED:
            return exact
        return [
            p for key in self._typo_keys if one_typo(key, token.key) for p in self._phrases[key] if p.fuzzy
        ]

    def _same(self, token: Token, key: str) -> bool:
        return token.key == key or (not self.word_df.get(token.key, 0) and one_typo(token.key, key))

    def _best_phrase(self, tokens: list[Token], i: int, lowercase: bool) -> Phrase | None:
        best: Phrase | None = None
        for phrase in self._candidates(tokens[i]):
            n = len(phrase.words)
            if i + n > len(tokens) or (best is not None and n < len(best.words)):
                continue
            if not all(self._same(tokens[i + j], w) for j, w in enumerate(phrase.words)):
                continue
            if _cue_ok(phrase, tokens, i, lowercase) and (
                best is None or n > len(best.words) or _prefer(phrase, best)
            ):
                best = phrase
        return best

    def _record(self, scan: FacetScan, phrase: Phrase, tokens: list[Token], start: int) -> None:
        end = start + len(phrase.words)
        lead = _cue_len(phrase, tokens, start)
        trigger = " ".join(t.text for t in tokens[start - lead : end])
        scan.used.update(range(start, end))
        if phrase.value:
            values = [phrase.value, *phrase.extra]
            scan.facets.append(FacetMatch(field=phrase.field, values=values, trigger=trigger))
        elif phrase.field in ("departement", "region") or not self.known_all(phrase.label):
            scan.absent.append(phrase.label)

    def _acronyms(self, scan: FacetScan, tokens: list[Token]) -> None:
        """Acronyms (CPAM, QPV...) not used by a facet and found in no fiche: absent entities."""
        if all(t.text.isupper() for t in tokens if t.text.isalpha()):
            return  # a shouted question: capitals mean nothing
        for i, token in enumerate(tokens):
            if i in scan.used or not _ACRONYM.match(token.text) or token.norm in _DOMAIN_ACRONYMS:
                continue
            if self.known(token.norm):
                continue
            if token.text not in scan.absent:
                scan.absent.append(token.text)
            scan.used.add(i)


def _fiche_text(fiche: Fiche) -> str:
    parts = [fiche.title, fiche.centre, *fiche.mots_cles, *fiche.partenaires, *fiche.public]
    return " ".join(parts + [getattr(fiche, name) for name in fields.text_fields()])


def _prefer(new: Phrase, old: Phrase) -> bool:
    """Same length: a phrase whose cue was required and met beats one without, then present beats
    absent, a whole value beats a part of one, then field priority."""
    if bool(new.cue) != bool(old.cue):
        return bool(new.cue)
    if bool(new.value) != bool(old.value):
        return bool(new.value)
    if new.whole != old.whole:
        return new.whole
    return _FIELD_PRIORITY[new.field] < _FIELD_PRIORITY[old.field]


def _value_phrases(value: str, field_name: str) -> list[tuple[list[str], bool]]:
    """Word sequences naming a corpus value (and whether they name all of it): the value, the value
    without its article, and each part of 'A / B'."""
    words = normalise(value).split()
    out = [(words, True)]
    if field_name != "territoire" and len(words) > 1 and words[0] in ("le", "la", "les", "un", "une", "l"):
        out.append((words[1:], True))
    parts = [normalise(p).split() for p in re.split(r"[/,;&]|\bet\b", value) if normalise(p)]
    if len(parts) > 1:
        out.extend((part, False) for part in parts)
    return out


def _before(tokens: list[Token], i: int) -> tuple[str, ...]:
    return tuple(t.norm for t in tokens[max(0, i - 2) : i])


def _placed(before: tuple[str, ...], cues: set[tuple[str, ...]]) -> int:
    """Length of the place preposition ending just before the phrase (0 when there is none)."""
    if len(before) == 2 and before in cues:
        return 2
    return 1 if before[-1:] in cues else 0


def _cue_len(phrase: Phrase, tokens: list[Token], start: int) -> int:
    if phrase.cue in ("place", "place_strict", "code"):
        return _placed(_before(tokens, start), _PLACE_CUES | _CODE_CUES)
    return 0


def _cue_ok(phrase: Phrase, tokens: list[Token], i: int, lowercase: bool) -> bool:
    # Only the words around the phrase are read (a list of every word per candidate made scans quadratic).
    start = max(0, i - 5)
    norms = [t.norm for t in tokens[start : i + len(phrase.words) + 1]]  # 5 words before .. 1 after
    before = _before(tokens, i)
    after = norms[i - start + len(phrase.words) :]
    if phrase.cue == "code":
        return bool(_placed(before, _CODE_CUES)) or (len(tokens[i].norm) == 3 and tokens[i].norm.isdigit())
    if phrase.field in ("departement", "region") and not phrase.value and not _placed(before, _PLACE_CUES):
        return False  # a place no fiche has is only taken for a place after a preposition
    if phrase.cue == "place_strict":
        capital = lowercase or tokens[i].text[:1].isupper()
        return (
            bool(_placed(before, _PLACE_CUES))
            and capital
            and not (after and after[0] in ("du", "de", "des", "of"))
        )
    if phrase.cue == "partner":
        window = set(norms[: i - start])
        return (
            before[-1:] != ()
            and before[-1] in _DEFINITE
            and bool(window & _PARTNER_CUES)
            and not _city(norms, i - start)
        )
    if phrase.cue == "territory":
        return bool(_question_words(tokens) & _TERRITORY_CUES)
    if phrase.cue == "initiative":
        return bool(_question_words(tokens) & _INITIATIVE_CUES)
    return True


_last_words: tuple[list[Token], frozenset[str]] = ([], frozenset())


def _question_words(tokens: list[Token]) -> frozenset[str]:
    """The set of the question's words, computed once per scan (the last one is kept; it holds `tokens`,
    so the identity check cannot match a new list at a reused address)."""
    global _last_words
    seen, words = _last_words
    if seen is not tokens:
        words = frozenset(t.norm for t in tokens)
        _last_words = (tokens, words)
    return words


def _city(norms: list[str], i: int) -> bool:
    """'politique de la ville', 'centre ville': not the municipality as a partner."""
    return norms[max(0, i - 3) : i] == ["politique", "de", "la"] or norms[i - 1 : i] == ["centre"]


def _merge(facets: list[FacetMatch], tokens: list[Token]) -> list[FacetMatch]:
    """One FacetMatch per field and value; 'A ou B' of one field becomes one facet with both values."""
    merged: list[FacetMatch] = []
    text = " ".join(t.norm for t in tokens)
    for facet in facets:
        if any(m.field == facet.field and set(facet.values) <= set(m.values) for m in merged):
            continue  # a value named again: kept once (and no new search of the whole text for « ou »)
        same = next((m for m in merged if m.field == facet.field), None)
        if same is not None and _joined_by_or(same.trigger, facet.trigger, text):
            same.values = same.values + [v for v in facet.values if v not in same.values]
            same.trigger = f"{same.trigger} ou {facet.trigger}"
            continue
        merged.append(facet)
    return merged


def _joined_by_or(first: str, second: str, text: str) -> bool:
    a, b = re.escape(normalise(first)), re.escape(normalise(second))
    return bool(re.search(rf"\b{a}\b(\s+\w+){{0,3}}\s+(ou|or)\s+{b}\b", text))


# -- synonym tables ----------------------------------------------------------------------------------
# Each entry: (fields in priority order, canonical value, phrases). The canonical value is looked up
# among the corpus values of those fields (accent/case/plural-insensitive); when no fiche has it, the
# phrases produce nothing, except for the organisations of ENTITIES, which are then reported absent.
# A phrase "partner:words" needs a partner cue: a definite article and « avec / par / financé... » before.

_PEOPLE = ("public", "mots_cles")
_TOPIC = ("mots_cles", "dimension", "public")
_PARTNER = ("partenaires",)

_OVERSEAS = ("Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte")

SYNONYMS: list[tuple[tuple[FacetField, ...], str | tuple[str, ...], list[str]]] = [
    # Partners
    (_PARTNER, "Bailleur social", [
        "bailleur social", "bailleurs", "bailleur", "hlm", "office hlm", "offices hlm", "organisme hlm",
        "oph", "opac", "office public de l habitat", "logeur social", "logeurs sociaux", "social landlord",
        "social landlords", "social housing", "social housing provider", "housing association"]),
    (_PARTNER, "Caf", ["caf", "caisse d allocations familiales", "caisse d allocation familiale",
                       "caisse des allocations familiales", "family allowance fund"]),
    (_PARTNER, "ARS", ["ars", "agence regionale de sante", "regional health agency"]),
    (_PARTNER, "Commune", ["mairie", "municipalite", "town hall", "city hall", "municipality",
                           "partner:ville", "partner:commune", "partner:city", "partner:town"]),
    (_PARTNER, "Etat", ["partner:etat", "prefecture", "partner:state"]),
    (_PARTNER, "DDCS", ["ddcs", "direction departementale de la cohesion sociale", "ddets"]),
    (_PARTNER, "Conseil départemental", ["conseil departemental", "conseil general", "county council"]),
    (_PARTNER, "Conseil régional", ["conseil regional", "regional council"]),
    (_PARTNER, "Éducation Nationale", ["education nationale", "rectorat", "ministry of education"]),
    (_PARTNER, "Regroupement de communes", [
        "regroupement de communes", "intercommunalite", "communaute de communes",
        "communaute d agglomeration", "agglomeration", "epci", "metropole"]),
    (_PARTNER, "Association locale", ["association locale", "associations du quartier",
                                      "association de quartier", "local association", "local associations"]),
    (_PARTNER, "Entreprise", ["entreprise", "entreprises privees", "company", "companies", "business"]),
    (_PARTNER, "MSA", ["msa", "mutualite sociale agricole"]),
    (_PARTNER, "CCAS", ["ccas", "centre communal d action sociale"]),
    (_PARTNER, "CPAM", ["cpam", "assurance maladie", "caisse primaire d assurance maladie"]),
    (_PARTNER, "Pôle emploi", ["pole emploi", "france travail", "job centre"]),
    (_PARTNER, "Mission locale", ["mission locale", "missions locales"]),
    (_PARTNER, "PMI", ["pmi", "protection maternelle et infantile"]),
    # Publics
    (_PEOPLE, "Jeunesse", ["jeunes", "jeunesse", "ados", "adolescents", "adolescent", "adolescence",
                           "youth", "young people", "teenagers", "teens"]),
    (_PEOPLE, "familles", ["familles", "famille", "parents", "families", "family"]),
    (_PEOPLE, "Petite enfance", ["petite enfance", "tout petits", "tout petit", "0 3 ans", "bebes",
                                 "jeunes enfants", "toddlers", "early childhood"]),
    (_PEOPLE, "Enfance", ["enfants", "enfance", "children", "kids", "childhood"]),
    (_PEOPLE, "Seniors", ["seniors", "personnes agees", "aines", "retraites", "elderly", "older people"]),
    (_PEOPLE, "Adultes", ["adultes", "adults"]),
    (_PEOPLE, "Tous publics", ["tout public", "tous publics", "all ages", "general public"]),
    (_PEOPLE, "Femmes", ["femmes", "women"]),
    # Keywords and dimensions
    (_TOPIC, "Parentalité", ["parentalite", "soutien a la parentalite", "parenting", "parenthood"]),
    (_TOPIC, "intergénérationnel", ["intergenerationnel", "intergenerationnelle", "intergenerationnelles",
                                    "intergenerations", "intergenerational", "entre generations"]),
    (_TOPIC, "Solidarité", ["solidarite", "solidarity", "entraide"]),
    (_TOPIC, "Santé", ["sante", "health"]),
    (_TOPIC, "Environnement", ["environnement", "environment", "ecologie", "ecology"]),
    (_TOPIC, "développement durable", ["developpement durable", "sustainable development", "sustainability"]),
    (_TOPIC, "Mixité sociale", ["mixite sociale", "social mix", "social diversity"]),
    (_TOPIC, "vacances / loisirs", ["holidays", "leisure"]),
    (_TOPIC, "éducation / scolarité", ["scolarite", "soutien scolaire", "accompagnement scolaire",
                                       "schooling", "homework help"]),
    (_TOPIC, "Emploi, économie", [
        "employment", "jobs", "economy", "unemployment", "insertion professionnelle", "retour a l emploi",
        "retour au travail", "trouver un travail", "retrouver un travail", "trouver un emploi",
        "retrouver un emploi", "recherche d emploi", "demandeurs d emploi", "chomage", "chomeurs"]),
    (_TOPIC, "Culture", ["culture", "culturel", "culturelle", "culturelles", "cultural", "arts"]),
    (_TOPIC, "Sport", ["sport", "sportif", "sportive", "sportives", "activite physique", "physical activity"]),
    (_TOPIC, "Alimentation", ["alimentation", "nutrition", "food"]),
    (_TOPIC, "Logement", ["logement", "housing", "habitat"]),
    (_TOPIC, "Précarité", ["precarite", "pauvrete", "poverty", "precariousness"]),
    (_TOPIC, "Numérique", ["numerique", "digital", "informatique", "internet"]),
    (_TOPIC, "Handicap", ["handicap", "disability", "disabled", "personnes handicapees"]),
    (_TOPIC, "Accès aux droits", ["acces aux droits", "access to rights"]),
    (_TOPIC, "Démocratie & citoyenneté", ["democratie", "democracy"]),
    (_TOPIC, "Citoyenneté", ["citoyennete", "citizenship", "civic"]),
    (_TOPIC, "alphabétisation & apprentissage du français", [
        "alphabetisation", "apprentissage du francais", "cours de francais", "fle", "literacy",
        "french lessons", "french classes"]),
    (_TOPIC, "Accompagnement de projets", ["accompagnement de projets", "project support"]),
    # Places
    (("region",), _OVERSEAS, ["outre mer", "outremer", "dom", "dom tom", "drom", "overseas"]),
    (("departement",), _OVERSEAS, ["outre mer", "outremer", "dom", "dom tom", "drom", "overseas"]),
    # Statut
    (("statut",), "Terminée", ["terminee", "terminees", "termine", "termines", "finies", "finie", "fini",
                               "achevee", "achevees", "arretee", "arretees", "passees", "finished",
                               "completed", "ended", "past"]),
    (("statut",), "En cours", ["en cours", "actuelles", "actuellement", "toujours actives", "encore actives",
                               "ongoing", "current", "currently", "running"]),
    # Initiative and territory (need a cue word elsewhere in the question)
    (("initiative",), "Un groupe d'habitants", ["initiative:habitants", "initiative:residents"]),
    (("initiative",), "Le centre social", ["initiative:centre social", "initiative:centre"]),
]  # fmt: skip

# Organisations: named in a question but absent from every fiche, they mean « aucune fiche ».
ENTITIES = {
    "MSA", "CCAS", "CPAM", "Pôle emploi", "Mission locale", "PMI", "ARS", "Caf", "DDCS", "Bailleur social",
    "Conseil départemental", "Conseil régional", "Éducation Nationale", "Regroupement de communes",
}  # fmt: skip
# Corpus values too vague to act as facets when named alone.
NEVER_TRIGGER = {
    "autre", "autres", "non renseigne", "un", "une", "le", "la", "partenaire s", "un ou plusieurs", "services",
}  # fmt: skip
# Corpus values that are also ordinary words: they need their cue.
CUED_WORDS = {"commune": "partner", "etat": "partner", "ville": "partner", "departement": "partner"}
# Words never corrected as typos: function words, the field's own generic words, and a few more.
NEVER_CORRECTED = STOPWORDS | GENERIC | {"lesquelles", "lesquels", "habitants", "people", "through"}
