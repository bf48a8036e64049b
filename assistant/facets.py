"""Facet vocabulary (the question's gazetteer): the corpus's own facet values, plus the words people use for them.

`FacetVocabulary.from_fiches` collects every distinct value of the facet fields of the indexed fiches and
compiles them, with the synonyms of `assistant.facet_words`, the départements, régions and former régions,
and the words that identify a centre, into phrases. `scan(question)` tags the question:
- longest phrase first, then (same length) a met cue, a value some fiche has, a whole value, field priority —
  so « Pays de la Loire » is the région, never « Loire »; accents, case, hyphens, plurals, articles inside
  names and one typo (words of 6+ letters the corpus does not contain) are tolerated;
- places need their cue: a preposition before a one-word name, « le 93 / dans le 93 / actions 93 » but not
  « le 13 mars », and punctuation ends a place (« En Moselle, des actions »);
- towns after « à / au / aux / sur » (`assistant.towns`): the corpus's centres there, else the town's
  département, else an absent place;
- a phrase naming values of several fields (« familles »: public and mots-clés) is ONE facet, an OR
  (`FacetMatch.also`); « A ou B » of one field is one facet with both values;
- a centre named by one distinctive word takes the neighbouring words of its name as its trigger;
- words derived by rule (`assistant.facet_words`): adjectives of the values' nouns after a head noun (« actions
  culturelles »), statut verb forms (« ne tournent plus »), age ranges → publics (« moins de 3 ans »); a synonym
  reaches a value having it as one part (« jeunes » → « Enfance & jeunesse ») or one typo away (« Viellissement »);
- people are no public when counted (« combien d'enfants ») or qualified by « jeunes » before other people
  (« jeunes parents »: familles); the cues around a phrase are read by `assistant.facet_cues`.
Each facet keeps its trigger words. Values unknown to the corpus are never facets: the entities a question
names that no fiche has (« la MSA », a département, a town, an acronym absent from every fiche) are returned
in `FacetScan.absent`, so that retrieval can answer « aucune fiche ». A scan is linear in the question's length.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from assistant.facet_cues import (
    ARTICLES,
    CUE_WORDS,  # noqa: F401 - re-exported for assistant.query
    PRENOMINAL,
    counted_people,
    cue_len,
    town_cue,
    verb_like,
)
from assistant.facet_cues import cue_ok as _cue_ok  # a module name of its own: tests count its calls
from assistant.facet_words import (
    CUED_WORDS,
    ENTITIES,
    ENTITY_PHRASES,
    FORMER_REGIONS,
    NEVER_CORRECTED,
    NEVER_TRIGGER,
    REGION_EXONYMS,
    SYNONYMS,
    adjectives,
    age_ranges,
    entities_in,
    genders,
    is_adjective,
)
from assistant.glossary import familiar_standard
from assistant.records import FacetField, FacetMatch
from assistant.towns import CorpusTowns
from assistant.vocabulary import BaseWords, bound_prefixes, compound_standard, split_words
from ingest import fields
from ingest.geo import DEPARTEMENTS, REGIONS, find_region
from ingest.models import Fiche
from ingest.text import (
    STOPWORDS,
    Token,
    keys,
    normalise,
    normalised_words,
    one_typo,
    phrase_key,
    plural_key,
    tokens,
    word_set,
)

logger = logging.getLogger(__name__)

# Facet fields from the schema (`ingest/fields.py`), highest priority first: when phrases of the same
# length compete, the first field of this order wins.
FACET_FIELDS: tuple[FacetField, ...] = fields.facet_fields()
_FIELD_PRIORITY = {name: i for i, name in enumerate(FACET_FIELDS)}
# Fields named by their corpus values (the others by the geography table and by centre names).
_VALUE_FIELDS = fields.facet_fields_named_by(fields.VALUES)

_TOWN_WORDS = 6  # longest town name, in words (« Saint-Germain-en-Laye »: 4)
# Punctuation that cuts a question: a place name never runs over it, nor does « Moselle, des actions ».
_BREAK = re.compile(r"[,;:.!?()\[\]«»\"“”/]")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_HYPHENS = {"-", "\u2010", "\u2011"}
# Fields where one phrase may name values of several (« familles »: public and mots-clés): one facet, an OR.
_OR_FIELDS = {"mots_cles", "public", "dimension", "partenaires"}
# Fields whose one-word values also have adjective forms (« culturelles », « familiales »).
_ADJECTIVE_FIELDS = {"mots_cles", "public", "dimension"}
_PLACE_FIELDS = {"departement", "region"}
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
# Acronyms of the field itself (centre social, espace de vie sociale): every fiche is one of them.
_DOMAIN_ACRONYMS = {"cs", "csc", "evs", "senacs"}
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


@dataclass
class FacetScan:
    """What a question names: facets, entities no fiche has, and the token positions the triggers used."""

    facets: list[FacetMatch] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    tokens: list[Token] = field(default_factory=list)
    # Token position -> the base's words for a word the fiches do not use (`assistant.vocabulary`): a
    # truncation, a familiar or learned word, a misspelling, a compound read whole.
    standard: dict[int, tuple[str, ...]] = field(default_factory=dict)


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
        self._ages: dict[str, list[tuple[str, list[str]]]] = {}  # public (canonical) → (field, corpus values)
        self.towns: CorpusTowns | None = None  # set by `from_fiches`: towns named in questions
        self.entity_df: Counter | None = None  # set by `from_fiches`: organisation → fiches naming it
        self._base_words: BaseWords | None = None
        self._compile()

    @classmethod
    def from_fiches(cls, fiches: Iterable[Fiche]) -> FacetVocabulary:
        fiches = list(fiches)
        counts: dict[str, Counter] = {name: Counter() for name in FACET_FIELDS}
        word_df: Counter = Counter()
        entity_df: Counter = Counter()
        for fiche in fiches:
            for name in FACET_FIELDS:
                raw = fields.facet_values(fiche, name)  # partners: declared ∪ cited in the text
                for value in raw if isinstance(raw, list) else [raw]:
                    if value and value.strip() not in ("", "-"):
                        counts[name][value.strip()] += 1
            words = [plural_key(w) for w in normalised_words(_fiche_text(fiche))]
            word_df.update(set(words))
            entity_df.update(entities_in(f" {' '.join(words)} "))
        vocabulary = cls(counts, word_df)
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

    def match(self, text: str) -> list[FacetMatch]:
        return self.scan(text).facets

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
        for form in adjectives(word):
            self._add([form], field_name, value, cue or "head", **kw)

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
        question = Question.of(text)
        scan = FacetScan(tokens=question.tokens)
        self._compounds(scan, question)
        found: list[_Found] = []
        i, counted = 0, -1
        while i < len(question.tokens):
            phrases = [] if i in scan.used else self._best_phrases(question, i)
            if not phrases and i not in scan.used and not self._phrases.get(question.tokens[i].key):
                # a word of no phrase (« écolo »): the facet of its standard word; not one whose own phrase
                # wants a cue it lacks (« les anciens locaux »)
                phrases = self._standard_phrases(question, i, scan.standard.get(i, ()))
            if not phrases:
                i += 1
                continue
            end = i + len(phrases[0].words)
            if phrases[0].people and counted_people(question.tokens, i, counted):
                i = counted = end  # « combien d'adultes et d'enfants »: people counted, not a public
                continue
            if self._modifies_people(phrases[0], question, end):
                scan.used.update(range(i, end))  # « jeunes parents »: the parents are the public
                i = end
                continue
            if phrases[0].field == "centre":
                i, end = _centre_span(phrases[0].value, question, i, end, scan.used)
            self._record(scan, found, phrases, question, i, end)
            i = end
        self._ages_of(scan, found, question)
        self._towns(scan, found, question)
        self._acronyms(scan, question.tokens)
        found = _enumerated_topics(scan, found, question)
        scan.facets = _merge([f for f in found if f.facet is not None], question)
        _places_or(scan, found, question)
        self._standard_words(scan)
        return scan

    def _compounds(self, scan: FacetScan, question: Question) -> None:
        """Hyphenated compounds: read whole when the glossary knows them (« mal-logement »: its head carries
        the standard words, the other parts are used), else a bound prefix (« mal », « anti ») is no topic
        alone (used; the base's glued word, if any, is the head's standard word: « antigaspi »). Two words the
        base writes as one (« sosio linguistique »): the second carries it, the first is used."""
        hyphens = question.hyphenated
        whole = compound_standard(question.tokens, hyphens)
        for (start, end), words in whole.items():
            scan.used.update(range(start, end - 1))
            scan.standard[end - 1] = tuple(words)
        inside = {i for start, end in whole for i in range(start, end)}
        for i, glued in bound_prefixes(question.tokens, hyphens, self.base_words).items():
            if i not in inside:
                scan.used.add(i)
                if glued:
                    scan.standard[i + 1] = (glued,)
        for i, glued in split_words(question.tokens, scan.used | inside, self.base_words).items():
            scan.used.add(i)
            scan.standard[i + 1] = (glued,)

    def _standard_phrases(self, question: Question, i: int, words: tuple[str, ...]) -> list[Phrase]:
        """The topic or public a word names through its standard words (« écolo » → « environnement »): the
        first of them that is a one-word phrase of those fields, with its cue met (never a centre, a place)."""
        if not words:
            words = tuple(normalise(w) for w in familiar_standard(question.tokens[i].norm))
        for word in words:
            phrases = [
                p
                for p in self._phrases.get(plural_key(word), [])
                if len(p.words) == 1 and p.value and p.field in _ADJECTIVE_FIELDS
            ]
            phrases = [p for p in phrases if _cue_ok(p, question, i)]
            if phrases:
                best = min(phrases, key=lambda p: _FIELD_PRIORITY.get(p.field, 99))
                return [best, *(p for p in phrases if p is not best and _same_words_other_field(p, best))]
        return []

    def _standard_words(self, scan: FacetScan) -> None:
        """The base's words for each remaining question word the fiches do not use (`BaseWords.standard`)."""
        english = _english(scan.tokens)
        cased = any(t.text[:1].islower() for t in scan.tokens)
        for i, token in enumerate(scan.tokens):
            if i in scan.used or i in scan.standard or token.norm in NEVER_CORRECTED:
                continue
            if i and cased and token.text[:1].isupper() and not familiar_standard(token.norm):
                continue  # a capitalised word inside the question is a name (« des Basses-Rives »), not a typo
            words = self.base_words.standard(token.norm, english=english)
            if words:
                scan.standard[i] = words

    def _modifies_people(self, phrase: Phrase, question: Question, end: int) -> bool:
        """« jeunes » before a word naming people (« jeunes parents », « jeunes retraités ») is an adjective."""
        if not phrase.people or not set(phrase.words) <= PRENOMINAL or end >= len(question.tokens):
            return False
        return end not in question.breaks and any(p.people for p in self._best_phrases(question, end))

    def _ages_of(self, scan: FacetScan, found: list[_Found], question: Question) -> None:
        """Age ranges (« moins de 3 ans », « 11-16 ans », « plus de 60 ans ») → the publics of their ages."""
        tokens = question.tokens
        for start, end, publics in age_ranges([t.norm for t in tokens]):
            if scan.used & set(range(start, end)):
                continue
            pairs: dict[str, list[str]] = {}
            for name in publics:
                for field_name, values in self._ages.get(name, []):
                    pairs.setdefault(field_name, []).extend(v for v in values if v not in pairs[field_name])
            if not pairs:
                continue
            main = "public" if "public" in pairs else next(iter(pairs))
            values, others = pairs.pop(main), pairs
            trigger = " ".join(t.text for t in tokens[start:end])
            found.append(
                _Found(FacetMatch(field=main, values=values, trigger=trigger, also=others), start, end)
            )
            scan.used.update(range(start, end))
        found.sort(key=lambda f: f.start)

    def _candidates(self, token: Token) -> list[Phrase]:
        exact = self._phrases.get(token.key, [])
        if exact or len(token.key) < 6 or self.word_df.get(token.key, 0) or token.key in NEVER_CORRECTED:
            return exact
        verb = verb_like(token.key)
        return [
            p
            for key in self._typo_keys
            if one_typo(key, token.key)
            for p in self._phrases[key]
            if p.fuzzy and not (verb and p.field not in _PLACE_FIELDS)
        ]

    def _same(self, token: Token, key: str, field_name: str) -> bool:
        return token.key == key or (
            not self.word_df.get(token.key, 0)
            and (field_name in _PLACE_FIELDS or not verb_like(token.key))
            and one_typo(token.key, key)
        )

    def _best_phrases(self, question: Question, i: int) -> list[Phrase]:
        """The phrase starting at token i (longest, then `_prefer`), followed by the phrases of the same
        words that name values of other fields (« familles »: public and mots-clés): one facet, an OR."""
        tokens = question.tokens
        best: Phrase | None = None
        ties: list[Phrase] = []
        for phrase in self._candidates(tokens[i]):
            n = len(phrase.words)
            if i + n > len(tokens) or (best is not None and n < len(best.words)):
                continue
            if not all(self._same(tokens[i + j], w, phrase.field) for j, w in enumerate(phrase.words)):
                continue
            if not _cue_ok(phrase, question, i):
                continue
            if best is None or n > len(best.words):
                best, ties = phrase, [phrase]
                continue
            ties.append(phrase)
            if _prefer(phrase, best):
                best = phrase
        if best is None:
            return []
        return [best, *(p for p in ties if p is not best and _same_words_other_field(p, best))]

    def _record(
        self,
        scan: FacetScan,
        found: list[_Found],
        phrases: list[Phrase],
        question: Question,
        start: int,
        end: int,
    ) -> None:
        phrase = phrases[0]
        lead = cue_len(phrase, question.tokens, start)
        trigger = " ".join(t.text for t in question.tokens[start - lead : end])
        scan.used.update(range(start, end))
        if phrase.value:
            also: dict[str, list[str]] = {}
            for other in phrases[1:]:
                values = also.setdefault(other.field, [])
                values.extend(v for v in (other.value, *other.extra) if v not in values)
            facet = FacetMatch(
                field=phrase.field, values=[phrase.value, *phrase.extra], trigger=trigger, also=also
            )
            found.append(_Found(facet, start - lead, end))
        elif phrase.field in ("departement", "region"):
            _add_absent(scan, phrase.label)
            found.append(_Found(None, start - lead, end, phrase.label))
        elif not self.entity_known(phrase.label):
            _add_absent(scan, phrase.label)

    def _towns(self, scan: FacetScan, found: list[_Found], question: Question) -> None:
        """Towns after « à / au / aux / sur » (longest commune name first) → the corpus's centres there, else
        its département, else an absent place (`assistant.towns`)."""
        if self.towns is None:
            return
        tokens = question.tokens
        i = 1
        while i < len(tokens):
            town = None
            if town_cue(question, i) and i not in scan.used:
                town = self._town_at(question, i, scan.used)
            if town is None:
                i += 1
                continue
            communes, end = town
            facet = self.towns.resolve(communes)
            trigger = " ".join(t.text for t in tokens[i - 1 : end])
            scan.used.update(range(i, end))
            if facet.field:
                match = FacetMatch(field=facet.field, values=list(facet.values), trigger=trigger)
                found.append(_Found(match, i - 1, end))
            else:
                _add_absent(scan, facet.town)
                found.append(_Found(None, i - 1, end, facet.town))
            i = end
        found.sort(key=lambda f: f.start)

    def _town_at(self, question: Question, i: int, used: set[int]):
        """(communes, end) of the longest commune name starting at token i, or None."""
        tokens = question.tokens
        article = {"au": "le ", "aux": "les "}.get(tokens[i - 1].norm, "")
        stop = i
        while (
            stop < min(len(tokens), i + _TOWN_WORDS)
            and stop not in used
            and (stop == i or stop not in question.breaks)
        ):
            stop += 1
        for end in range(stop, i, -1):
            capitalised = tokens[i].text[:1].isupper() and tokens[end - 1].text[:1].isupper()
            if not capitalised and not question.lowercase:
                continue
            name = article + " ".join(t.norm for t in tokens[i:end])
            communes = self.towns.communes(name, capitalised)
            if communes:
                return communes, end
        return None

    def _acronyms(self, scan: FacetScan, tokens: list[Token]) -> None:
        """Acronyms (CPAM, QPV...) not used by a facet and found in no fiche: absent entities."""
        if all(t.text.isupper() for t in tokens if t.text.isalpha()):
            return  # a shouted question: capitals mean nothing
        for i, token in enumerate(tokens):
            if i in scan.used or not _ACRONYM.match(token.text) or token.norm in _DOMAIN_ACRONYMS:
                continue
            if self.known(token.norm):
                continue
            _add_absent(scan, token.text)
            scan.used.add(i)


@dataclass(frozen=True)
class Question:
    """A question's tokens (`ingest.text.tokens`) with their character spans, where punctuation cuts it
    (`breaks`: a mark stands just before token i), its set of words, and whether it is all lowercase (then
    capitals cannot tell a name from a word)."""

    text: str
    tokens: list[Token]
    spans: list[tuple[int, int]]
    breaks: frozenset[int]
    words: frozenset[str]
    lowercase: bool

    @classmethod
    def of(cls, text: str) -> Question:
        words = tokens(text)
        spans: list[tuple[int, int]] = []
        breaks: set[int] = set()
        last = 0
        for match in _WORD.finditer(text):
            if _BREAK.search(text, last, match.start()):
                breaks.add(len(spans))
            spans.extend([match.span()] * len(normalise(match.group()).split()))
            last = match.end()
        lowercase = not any(t.text[:1].isupper() for t in words[1:])
        return cls(text, words, spans, frozenset(breaks), frozenset(t.norm for t in words), lowercase)

    @cached_property
    def hyphenated(self) -> list[bool]:
        """For each token, whether a hyphen joins it to the next (« mal-logement »)."""
        out = [False] * len(self.tokens)
        for i in range(len(self.tokens) - 1):
            (_, end), (start, _) = self.spans[i], self.spans[i + 1]
            out[i] = start > end and self.text[end:start] in _HYPHENS
        return out

    @cached_property
    def joined(self) -> str:
        """The normalised words joined by spaces (to find a phrase of several words), computed once."""
        return " ".join(t.norm for t in self.tokens)


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


@dataclass
class _Found:
    """A facet, or a place no fiche has (`facet` None, `label`), and the token span of its trigger."""

    facet: FacetMatch | None
    start: int
    end: int
    label: str = ""


def _places_or(scan: FacetScan, found: list[_Found], question: Question) -> None:
    """« en Savoie ou dans le Nord »: a place no fiche has, offered as an alternative to a place some
    fiches have, is not a reason for « aucune fiche »."""
    for i, item in enumerate(found):
        if item.facet is not None or item.label not in scan.absent:
            continue
        pairs = [(found[i - 1], item, found[i - 1])] if i > 0 else []
        pairs += [(item, found[i + 1], found[i + 1])] if i + 1 < len(found) else []
        if any(_is_place(other) and _joined_by_or(a, b, question) for a, b, other in pairs):
            scan.absent.remove(item.label)


_ENUMERATION = re.compile(r"\(([^()]*,[^()]*)\)")


def _enumerated_topics(scan: FacetScan, found: list[_Found], question: Question) -> list[_Found]:
    """An enumeration in brackets (« les permanences (logement, écrivain public, hors les murs) ») names several
    topics, any of which fits: a facet value among items that name no value is one topic of the OR, not a
    filter every fiche must meet. Its words stay search words."""
    kept = list(found)
    for match in _ENUMERATION.finditer(question.text):
        inside = [i for i, (a, b) in enumerate(question.spans) if match.start(1) <= a and b <= match.end(1)]
        items = _items(question, inside, match)
        tagged = [f for f in found if f.facet is not None and f.start in inside]
        if tagged and any(not (scan.used & set(item)) for item in items):
            kept = [f for f in kept if f not in tagged]
            for f in tagged:
                scan.used.difference_update(range(f.start, f.end))
        elif len({f.facet.field for f in tagged}) == 1 and len(tagged) > 1:
            first = tagged[0].facet
            for f in tagged[1:]:
                first.values = first.values + [v for v in f.facet.values if v not in first.values]
                first.trigger = f"{first.trigger} ou {f.facet.trigger}"
            kept = [f for f in kept if f not in tagged[1:]]
    return kept


def _items(question: Question, inside: list[int], match: re.Match) -> list[list[int]]:
    """Token positions of each comma-separated item of a bracketed enumeration (« etc. » is no item)."""
    items: list[list[int]] = []
    for i in inside:
        if not items or question.text.find(",", question.spans[i - 1][1], question.spans[i][0]) >= 0:
            items.append([])
        items[-1].append(i)
    return [item for item in items if [question.tokens[i].norm for i in item] != ["etc"]]


def _is_place(item: _Found) -> bool:
    return item.facet is not None and item.facet.field in ("departement", "region", "centre")


def _add_absent(scan: FacetScan, label: str) -> None:
    if label not in scan.absent:
        scan.absent.append(label)


def _same_words_other_field(phrase: Phrase, best: Phrase) -> bool:
    """Both name a whole value of the corpus, of two fields where one word may name both."""
    return (
        bool(phrase.value and best.value)
        and phrase.field != best.field
        and {phrase.field, best.field} <= _OR_FIELDS
        and phrase.whole
        and best.whole
    )


def _centre_span(centre: str, question: Question, start: int, end: int, used: set[int]) -> tuple[int, int]:
    """A centre named by one distinctive word (« kervenanec »): the trigger grows over the neighbouring words
    of the question that are words of its name (« maison pour tous de kervenanec »)."""
    own = set(keys(centre))
    tokens = question.tokens
    while (
        start > 0 and start - 1 not in used and tokens[start - 1].key in own and start not in question.breaks
    ):
        start -= 1
    while end < len(tokens) and tokens[end].key in own and end not in question.breaks:
        end += 1
    return start, end


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


def _merge(found: list[_Found], question: Question) -> list[FacetMatch]:
    """One FacetMatch per field and value; 'A ou B' of one field becomes one facet with both values."""
    merged: list[_Found] = []
    for item in found:
        facet = item.facet
        again = next(
            (m for m in merged if m.facet.field == facet.field and set(facet.values) <= set(m.facet.values)),
            None,
        )
        if again is not None:  # a value named again: kept once; « A ou B » of one value: both its triggers
            if item.start - again.end <= _OR_GAP and _joined_by_or(again, item, question):
                again.facet.trigger = f"{again.facet.trigger} ou {facet.trigger}"
                again.end = item.end
            continue
        same = next((m for m in reversed(merged) if m.facet.field == facet.field), None)
        if same is not None and _joined_by_or(same, item, question):
            same.facet.values = same.facet.values + [v for v in facet.values if v not in same.facet.values]
            same.facet.trigger = f"{same.facet.trigger} ou {facet.trigger}"
            same.end = item.end
            continue
        merged.append(item)
    return [m.facet for m in merged]


_OR_GAP = 8  # words between A and B in « A ou B »: a repeated value farther away is only named again


def _joined_by_or(first: _Found, second: _Found, question: Question) -> bool:
    """« A ou B », « A ou en B »: up to three words between A and « ou », only function words after it."""
    if second.start - first.end > _OR_GAP:  # never read the whole text between two far mentions
        return False
    between = [t.norm for t in question.tokens[first.end : second.start]]
    ors = [i for i, word in enumerate(between) if word in ("ou", "or")]
    return bool(ors) and ors[-1] <= 3 and all(word in STOPWORDS for word in between[ors[-1] + 1 :])


_ENGLISH_FUNCTION = word_set(
    "the and of with for which what how who is are was were to in on any that this there"
)
_FRENCH_FUNCTION = word_set(
    "le la les des du de et avec pour qui que quel quelle quels quelles est sont dans sur une un"
)


def _english(tokens: list[Token]) -> bool:
    """More English than French function words (as `assistant.query.is_english`)."""
    english = sum(1 for t in tokens if t.norm in _ENGLISH_FUNCTION)
    return english > sum(1 for t in tokens if t.norm in _FRENCH_FUNCTION)
