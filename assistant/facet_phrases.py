"""Facet phrases (the question's gazetteer, compiled): the corpus's facet values and the words people use for them.

    phrases = FacetPhrases.from_fiches(fiches)   # `assistant.facets.FacetVocabulary` adds the scan
    phrases.values("departement")                # the départements some fiche is in
    phrases.known("parentalite")                 # True when some fiche holds the word (accents, case, plural)

`FacetPhrases.from_fiches` collects every distinct value of the facet fields of the indexed fiches and
compiles them, with the synonyms of `assistant.facet_words`, the départements, régions and former régions,
and the words that identify a centre, into phrases (`Phrase`, keyed by their first folded word):
- a value is also named without its article, as « A et B » for « A & B » or « A / B », and by each part of it;
- a place is also named without its articles (« Pays de Loire ») and with « St » for « Saint »; places no fiche
  has are compiled too (`value` empty): named, they mean « aucune fiche »;
- words derived by rule (`assistant.facet_words`): adjectives of the values' nouns after a head noun (« actions
  culturelles »), statut verb forms (« ne tournent plus »), age ranges → publics (« moins de 3 ans »); a synonym
  reaches a value having it as one part (« jeunes » → « Enfance & jeunesse ») or one typo away (« Viellissement »);
- a centre is named by a word of its name that almost no other fiche uses (« kervenanec »).
`word_df` and `entity_df` tell a corpus word from a typo, an organisation some fiche names from an absent one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Self

from assistant.facet_cues import ARTICLES
from assistant.facet_senses import FIELDS as SENSE_FIELDS
from assistant.facet_senses import ValueSenses
from assistant.facet_units import BaseUnits
from assistant.facet_verbs import verbs_of
from assistant.facet_words import (
    CUED_WORDS,
    ENTITIES,
    ENTITY_PHRASES,
    FORMER_REGIONS,
    NEVER_TRIGGER,
    REGION_EXONYMS,
    SYNONYMS,
    adjectives,
    entities_in,
    genders,
    is_adjective,
    relation_nouns,
)
from assistant.records import FacetField
from assistant.towns import CorpusTowns
from assistant.vocabulary import BaseWords
from ingest import fields
from ingest.geo import DEPARTEMENTS, REGIONS, find_region, place_aliases
from ingest.lemmas import is_french
from ingest.models import Fiche
from ingest.text import STOPWORDS, keys, normalise, normalised_words, one_typo, phrase_key, plural_key

# Facet fields from the schema (`ingest/fields.py`), highest priority first: when phrases of the same
# length compete, the first field of this order wins (`assistant.facets`).
FACET_FIELDS: tuple[FacetField, ...] = fields.facet_fields()
# Fields named by their corpus values (the others by the geography table and by centre names).
_VALUE_FIELDS = fields.facet_fields_named_by(fields.VALUES)
# Fields whose one-word values also have adjective forms (« culturelles », « familiales »).
_ADJECTIVE_FIELDS = {"mots_cles", "public", "dimension"}
# Fields whose phrases may be named truncated (« l'éduc nat », « l'asso du quartier »), and the shortest truncation.
TRUNCATED_FIELDS = _ADJECTIVE_FIELDS | {"partenaires"}
_MIN_TRUNCATION = 3
# A word of a value of several words names it alone (`FacetPhrases._compile_heads`) when at least this share of
# the fiches writing it hold the value, and at least this many do (« mixité »: 8 of 8 in the sample corpus, 17 of
# 17 in the real one; « sociale » 8 of 12, « durable » 3 of 5, « petite » 2 of 7: no), and it has this many letters.
_HEAD_PRECISION = 0.8
_HEAD_SUPPORT = 2
_HEAD_LETTERS = 5
# Fields a fiche's text states (a topic, a public); not the form's categories, whose words are ordinary (the
# dimension « Accompagnement de projets »: most fiches writing « accompagnement » hold it, it names no value).
_HEAD_FIELDS = {"mots_cles", "public"}
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
    people: bool = False  # names people (« parents », « retraités »): « jeunes » before it is an adjective


class FacetPhrases:
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
        self._ages: dict[str, list[tuple[str, list[str]]]] = {}  # public (canonical) → (field, corpus values)
        self.towns: CorpusTowns | None = None  # set by `from_fiches`: towns named in questions
        self.entity_df: Counter | None = None  # set by `from_fiches`: organisation → fiches naming it
        self._base_words: BaseWords | None = None
        self._prefixes: dict[str, set[str]] = {}
        self.units: BaseUnits | None = None  # set by `from_fiches`: the base's two-word units
        self.senses = ValueSenses()  # filled by `from_fiches`: each value's gloss (`assistant.facet_senses`)
        self._compile()

    @classmethod
    def from_fiches(cls, fiches: Iterable[Fiche]) -> Self:
        fiches = list(fiches)
        counts: dict[str, Counter] = {name: Counter() for name in FACET_FIELDS}
        word_df: Counter = Counter()
        entity_df: Counter = Counter()
        senses = ValueSenses()
        units = BaseUnits.collect(
            {v.strip() for f in fiches for v in fields.facet_values(f, "mots_cles") or []}
        )
        for fiche in fiches:
            held: list[tuple[str, str]] = []
            for name in FACET_FIELDS:
                raw = fields.facet_values(fiche, name)  # partners: declared ∪ cited in the text
                for value in raw if isinstance(raw, list) else [raw]:
                    if value and value.strip() not in ("", "-"):
                        counts[name][value.strip()] += 1
                        held.append((name, value.strip()))
            words = [plural_key(w) for w in normalised_words(_fiche_text(fiche))]
            units.add(words, (value for name, value in held if name == "mots_cles"))
            distinct = set(words)
            word_df.update(distinct)
            entity_df.update(entities_in(f" {' '.join(words)} "))
            wanted = [pair for pair in held if pair[0] in SENSE_FIELDS and senses.wants(pair)]
            if wanted:  # the fiche's words and its facet values' (« Bailleur social » among its partners)
                labelled = distinct | {plural_key(w) for _, value in held for w in normalised_words(value)}
                for pair in wanted:
                    senses.add(pair, labelled)
        vocabulary = cls(counts, word_df)
        senses.finish(word_df, len(fiches))
        vocabulary.senses = senses
        vocabulary.units = units
        vocabulary._compile_heads(senses)
        vocabulary.towns = CorpusTowns(fiches)
        vocabulary.entity_df = entity_df
        return vocabulary

    def values(self, field_name: str) -> list[str]:
        return sorted(self.counts.get(field_name, {}))

    @property
    def base_words(self) -> BaseWords:
        """The base's words for the question words the fiches do not use (`assistant.vocabulary`)."""
        if self._base_words is None:
            self._base_words = BaseWords(self.word_df)
        return self._base_words

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

    def entity_known(self, label: str) -> bool:
        """Some fiche names this organisation (« Pôle emploi »: the words together, not « pôle » and « emploi »
        apart); without the fiches' text, all its words are known."""
        if self.entity_df is None:
            return self.known_all(label)
        return self.entity_df.get(label, 0) > 0 or any(
            self.word_df.get(p, 0) > 0 for p in ENTITY_PHRASES.get(label, ()) if " " not in p
        )

    # -- compiling -----------------------------------------------------------------------------------

    def _add(self, words: Iterable[str], field_name: FacetField, value: str, cue: str = "", **kw) -> None:
        folded = tuple(plural_key(w) for w in words)
        if field_name == "public":
            kw["people"] = True
        if folded:
            self._phrases[folded[0]].append(Phrase(folded, field_name, value, cue, **kw))

    def _add_forms(self, words: list[str], field_name: FacetField, value: str, cue: str = "", **kw) -> None:
        """The phrase, and for one word of a topic or public field its other forms: the feminine of an adjective
        (« intergénérationnelle »), the adjectives of a noun, which need a head noun (« actions culturelles »)."""
        self._add(words, field_name, value, cue, **kw)
        if len(words) != 1 or field_name not in _ADJECTIVE_FIELDS:
            return
        word = words[0]
        for form in genders(plural_key(word)) if is_adjective(word) else []:
            self._add([form], field_name, value, cue, **kw)
        for noun in relation_nouns(word) if is_adjective(word) else []:  # « les générations »
            self._add([noun], field_name, value, cue or "plural", **kw)
        for form in adjectives(word):
            self._add([form], field_name, value, cue or "head", **kw)
        for verb in verbs_of(plural_key(word)) if field_name == "mots_cles" else ():  # « se loger »: Logement
            self._add([verb], field_name, value, cue, **kw)

    def _compile(self) -> None:
        for name in _VALUE_FIELDS:
            for value in self.counts[name]:
                for words, whole in _value_phrases(value, name):
                    text = " ".join(words)
                    if text in CUED_WORDS or text not in NEVER_TRIGGER:
                        cue = CUED_WORDS.get(text, fields.facet_cue(name))
                        self._add_forms(words, name, value, cue, whole=whole)
        self._compile_synonyms()
        self._compile_geography()
        self._compile_centres()
        self._typo_keys = {k for k, ps in self._phrases.items() if len(k) >= 6 and any(p.fuzzy for p in ps)}
        self._prefixes = self._truncations()

    def _compile_heads(self, senses: ValueSenses) -> None:
        """A word of a value of several words names it alone when the base says so: the fiches writing it mostly
        hold the value (« la mixité » → « Mixité sociale », every fiche that writes « mixité » holds it), never
        a word the other fiches use as much (« sociale », « petite », « développement »). Learnt from the sampled
        fiches of each value (`ValueSenses`), so a value no table lists is named by its own head word too."""
        for (name, value), counts in senses.words.items():
            if name not in _HEAD_FIELDS:
                continue
            words = [w for w in normalise(value).split() if len(plural_key(w)) >= _HEAD_LETTERS]
            read, held = senses.fiches[(name, value)], self.counts[name][value]
            if len(normalise(value).split()) < 2 or not read:
                continue
            for word in words:
                key = plural_key(word)
                holding = counts.get(key, 0) / read * held  # fiches holding the value that write the word
                if (
                    key in STOPWORDS
                    or word in NEVER_TRIGGER
                    or holding < _HEAD_SUPPORT
                    or holding < _HEAD_PRECISION * self.word_df.get(key, 0)
                    or self._names_value(key, name)
                ):
                    continue
                self._add_forms([word], name, value, fields.facet_cue(name), whole=False)

    def _names_value(self, key: str, name: str) -> bool:
        """Does a one-word phrase of this key already name a value of the field?"""
        return any(p.words == (key,) and p.field == name for p in self._phrases.get(key, ()))

    def _truncations(self) -> dict[str, set[str]]:
        """Prefix (3+ letters, 2+ short of the word) → the words of value phrases it begins: a truncation of
        spoken French (« l'éduc nat », « l'asso du quartier », « l'agglo ») names the phrase's value."""
        out: dict[str, set[str]] = defaultdict(set)
        words = {
            w for ps in self._phrases.values() for p in ps if p.field in TRUNCATED_FIELDS for w in p.words
        }
        for word in words:
            for n in range(_MIN_TRUNCATION, len(word) - 1):
                out[word[:n]].add(word)
        return dict(out)

    def truncation(self, word: str, key: str) -> bool:
        """Is `word` (a question's folded word) a truncation of `key` (a word of a value phrase)? Never a word
        some fiche uses, a function word or a word of the French dictionary (« nat » yes, « parent » no)."""
        return len(word) <= len(key) - 2 and key.startswith(word) and self.truncatable(word)

    def truncatable(self, word: str) -> bool:
        """Might this folded word be a truncation: 3+ letters, never used by a fiche, no function word, not in
        the French dictionary?"""
        return (
            len(word) >= _MIN_TRUNCATION
            and not self.word_df.get(word, 0)
            and word not in STOPWORDS
            and not is_french(word)
        )

    def _compile_synonyms(self) -> None:
        """Each synonym names the canonical value in every field of the entry that has it (« jeunes »: public
        Jeunesse and mots-clés « Enfance & jeunesse », one facet); an organisation no fiche has is an absent
        entity. The targets of the publics are kept for the ages (« moins de 3 ans »)."""
        values = _ValueIndex(self.counts)
        for names, canonical, phrases in SYNONYMS:
            wanted = [canonical] if isinstance(canonical, str) else list(canonical)
            targets = [(f, present) for f in names if (present := values.find(f, wanted))]
            people = names[0] == "public"
            if people:
                self._ages[wanted[0]] = targets
            for phrase in phrases:
                cue, _, words = phrase.rpartition(":")
                for target, present in targets:
                    kw = {"extra": tuple(present[1:]), "people": people}
                    self._add_forms(normalise(words).split(), target, present[0], cue, **kw)
                if not targets and isinstance(canonical, str) and canonical in ENTITIES:
                    self._add(normalise(words).split(), names[0], "", cue, label=canonical)

    def _compile_geography(self) -> None:
        """Départements (names, codes), régions and former régions (« Lorraine »: its départements); a name
        is also taken without its articles (« Pays de Loire »). Places no fiche has are compiled too: named,
        they mean « aucune fiche »."""
        present_deps = {normalise(v): v for v in self.counts["departement"]}
        present_regions = {normalise(v): v for v in self.counts["region"]}
        for dep in DEPARTEMENTS:
            value = present_deps.get(normalise(dep.name), "")
            for words in _name_forms(dep.name):
                cue = "place_strict" if len(words) == 1 else ""
                fuzzy = len(words) > 1 or len(words[0]) >= 6  # « en Morbiham »: a preposition is needed
                self._add(words, "departement", value, cue, label=dep.name, fuzzy=fuzzy)
            self._add([dep.code.lower()], "departement", value, "code", label=dep.name, fuzzy=False)
        dom = {normalise(d.name) for d in DEPARTEMENTS}
        for region in [r for r in [*REGIONS, "PACA", "IDF", *REGION_EXONYMS] if normalise(r) not in dom]:
            canonical = REGION_EXONYMS.get(region) or find_region(region) or region
            value = present_regions.get(normalise(canonical), "")
            for words in _name_forms(region):
                self._add(words, "region", value, label=canonical)
        for name, codes in FORMER_REGIONS.items():
            present = [v for c in codes.split() if (v := present_deps.get(normalise(_dep_name(c)), ""))]
            for words in _name_forms(name):
                cue = "place_strict" if len(words) == 1 else ""
                value, extra = (present[0], tuple(present[1:])) if present else ("", ())
                self._add(words, "departement", value, cue, label=name, extra=extra, fuzzy=len(words) > 1)
        for alias in place_aliases():  # « le neuf-trois », « l'isérois », « projets bretons » (`ingest.geo`)
            known = present_regions if alias.field == "region" else present_deps
            present = [v for n in alias.names if (v := known.get(normalise(n), ""))]
            value, extra = (present[0], tuple(present[1:])) if present else ("", ())
            label = alias.label or alias.names[0]
            self._add(alias.words, alias.field, value, alias.cue, label=label, extra=extra, fuzzy=False)

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


class _ValueIndex:
    """The corpus values of each facet field, found by a name: the whole value (case, accents, plural), else
    a value of which it is one part (« Jeunesse »: « Enfance & jeunesse »), else a one-word value one typo
    away (« Vieillissement »: « Viellissement », as the real export spells it)."""

    def __init__(self, counts: dict[str, Counter]):
        self.whole = {name: {phrase_key(v): v for v in values} for name, values in counts.items()}
        self.parts: dict[str, dict[str, str]] = defaultdict(dict)
        for name, values in counts.items():
            for value in sorted(values):
                for part, whole in _value_phrases(value, name):
                    if not whole:
                        self.parts[name].setdefault(" ".join(plural_key(w) for w in part), value)

    def find(self, field_name: str, names: list[str]) -> list[str]:
        found = [v for name in names if (v := self._one(field_name, phrase_key(name)))]
        return list(dict.fromkeys(found))

    def _one(self, field_name: str, key: str) -> str:
        whole = self.whole.get(field_name, {})
        if key in whole or key in self.parts[field_name]:
            return whole.get(key) or self.parts[field_name][key]
        if len(key) < 6 or " " in key:
            return ""
        return next((v for k, v in whole.items() if " " not in k and one_typo(k, key)), "")


def _fiche_text(fiche: Fiche) -> str:
    parts = [fiche.title, fiche.centre, *fiche.mots_cles, *fiche.partenaires, *fiche.public]
    return " ".join(parts + [getattr(fiche, name) for name in fields.text_fields()])


def _value_phrases(value: str, field_name: str) -> list[tuple[list[str], bool]]:
    """Word sequences naming a corpus value (and whether they name all of it): the value, the value
    without its article, 'A et B' for 'A & B' or 'A / B', and each part of it."""
    words = normalise(value).split()
    out = [(words, True)]
    if field_name != "territoire" and len(words) > 1 and words[0] in ("le", "la", "les", "un", "une", "l"):
        out.append((words[1:], True))
    parts = [normalise(p).split() for p in re.split(r"[/,;&]|\bet\b", value) if normalise(p)]
    if len(parts) == 2 and re.search(r"[/,;&]", value):
        out.append(([*parts[0], "et", *parts[1]], True))  # « Démocratie et citoyenneté »
    if len(parts) > 1:
        out.extend((part, False) for part in parts)
    return out


def _name_forms(name: str) -> list[list[str]]:
    """Word sequences naming a place: without its leading article, and without any article (« Pays de
    la Loire », « Pays de Loire »)."""
    words = normalise(name).split()
    while len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    bare = [w for w in words if w not in ARTICLES]
    forms = [words] if bare == words or not bare else [words, bare]
    short = [[{"saint": "st", "sainte": "ste"}.get(w, w) for w in form] for form in forms]
    return forms + [form for form in short if form not in forms]  # « Seine-St-Denis »


def _dep_name(code: str) -> str:
    return next(d.name for d in DEPARTEMENTS if d.code == code)
