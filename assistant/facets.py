"""Facet tagging: which facet values a question names, and which entities it names that no fiche has.

    vocabulary = FacetVocabulary.from_fiches(fiches)
    scan = vocabulary.scan("Des actions de parentalité en Gironde ?")
    scan.facets   # one FacetMatch per field: the corpus values named and their trigger words
    scan.absent   # entities no fiche has (« la MSA », a town no fiche is at): « aucune fiche »

`FacetVocabulary` is the corpus's phrases (`assistant.facet_phrases`: values, synonyms, geography, centres) with
`scan(question)`, which tags the question:
- longest phrase first, then (same length) a met cue, a value some fiche has, a whole value, field priority —
  so « Pays de la Loire » is the région, never « Loire »; accents, case, hyphens, plurals, articles inside
  names and one typo (words of 6+ letters the corpus does not contain) are tolerated;
- places need their cue: a preposition before a one-word name, « le 93 / dans le 93 / actions 93 » but not
  « le 13 mars », and punctuation ends a place (« En Moselle, des actions »);
- towns after « à / au / aux / sur » (`assistant.towns`): the corpus's centres there, else the town's
  département (`assistant.retrieval` answers « aucune fiche ne mentionne Rouen » with the département's fiches
  as the closest when none of them writes the town, unless the question asks around it: « vers Toulouse »),
  else an absent place;
- a phrase naming values of several fields (« familles »: public and mots-clés) is ONE facet, an OR
  (`FacetMatch.also`); « A ou B » of one field is one facet with both values (`assistant.facet_merge`);
- glosses, idioms of association and « du quartier » after a partner name no topic (`assistant.facet_glosses`);
- a centre named by one distinctive word takes the neighbouring words of its name as its trigger;
- people are no public when counted (« combien d'enfants ») or qualified by « jeunes » before other people
  (« jeunes parents »: familles); the cues around a phrase are read by `assistant.facet_cues`;
- values said in other words: the statut from the meaning of a verb (« celles qui continuent », « qui se sont
  éteintes »: `assistant.facet_aspect`); the role words around a partner (« dans le tour de table ») and the
  generic people a public qualifies (« nos adhérents retraités »: `assistant.facet_roles`); a word no fiche
  uses that derives from a found value's gloss (« problèmes de bail »: `assistant.facet_senses`) name no topic.
Each facet keeps its trigger words. Values unknown to the corpus are never facets: the entities a question
names that no fiche has (« la MSA », a département, a town, an acronym absent from every fiche) are returned
in `FacetScan.absent`, so that retrieval can answer « aucune fiche ». A scan is linear in the question's length.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import cached_property

from assistant.facet_ages import aged_people
from assistant.facet_aspect import aspect_statut
from assistant.facet_common import common_words
from assistant.facet_cues import PRENOMINAL, counted_people, cue_len, town_cue, verb_like
from assistant.facet_cues import cue_ok as _cue_ok  # a module name of its own: tests count its calls
from assistant.facet_english import english_modifiers
from assistant.facet_expansions import (
    acronym_partner,
    add_partner,
    bracketed_partner_heads,
    paraphrased_partners,
)
from assistant.facet_generations import generations
from assistant.facet_glosses import (
    _alternatives,
    _association_idioms,
    _glosses,
    _local_partners,
    _stage_complements,
)
from assistant.facet_languages import language_demonyms, spoken_languages
from assistant.facet_locutions import locutions
from assistant.facet_merge import _PLACE_FIELDS, _enumerated_topics, _Found, _merge, _named_fields, _places_or
from assistant.facet_partials import partial_partners
from assistant.facet_phrases import (
    _ADJECTIVE_FIELDS,
    _MIN_TRUNCATION,
    FACET_FIELDS,
    TRUNCATED_FIELDS,
    FacetPhrases,
    Phrase,
)
from assistant.facet_qualities import roles
from assistant.facet_relations import related_generations
from assistant.facet_roles import partner_kinds, partner_roles, people_heads
from assistant.facet_words import NEVER_CORRECTED, age_ranges, stage_ranges
from assistant.foreign_places import foreign_places
from assistant.glossary import english_compounds, english_filler, english_french, familiar_standard
from assistant.records import FacetMatch
from assistant.vocabulary import bound_prefixes, compound_standard, split_words
from ingest import structures
from ingest.lemmas import is_french
from ingest.partners import PARTNER_KINDS
from ingest.text import (
    STOPWORDS,
    Token,
    keys,
    normalise,
    one_typo,
    phonetic_key,
    plural_key,
    tokens,
    word_set,
)

logger = logging.getLogger(__name__)

_FIELD_PRIORITY = {name: i for i, name in enumerate(FACET_FIELDS)}

_TOWN_WORDS = 6  # longest town name, in words (« Saint-Germain-en-Laye »: 4)
# Punctuation that cuts a question: a place name never runs over it, nor does « Moselle, des actions ».
_BREAK = re.compile(r"[,;:.!?()\[\]«»\"“”/]")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_HYPHENS = {"-", "\u2010", "\u2011"}
# Fields where one phrase may name values of several (« familles »: public and mots-clés): one facet, an OR.
_OR_FIELDS = {"mots_cles", "public", "dimension", "partenaires"}
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
# Acronyms of the field itself (centre social, espace de vie sociale): every fiche is one of them.
_DOMAIN_ACRONYMS = structures.RECORDED | {"senacs"}


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


class FacetVocabulary(FacetPhrases):
    """The corpus's facet phrases (`FacetPhrases`) and the scan that tags a question with them."""

    def match(self, text: str) -> list[FacetMatch]:
        return self.scan(text).facets

    # -- scanning ------------------------------------------------------------------------------------

    def scan(self, text: str) -> FacetScan:
        question = Question.of(text)
        scan = FacetScan(tokens=question.tokens)
        wholes = self._compounds(scan, question)
        locutions(scan, question)  # « à peine », « en gros »: no topic
        found: list[_Found] = []
        i, counted = 0, -1
        while i < len(question.tokens):
            phrases = [] if i in scan.used else self._whole_phrases(question, i, scan, wholes)
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
        paraphrased_partners(self, scan, found, question)
        partial_partners(self, scan, found, question)
        self._ages_of(scan, found, question)
        aged_people(self, scan, found, question)  # « des gamins de 17 ans »: the public of that age
        roles(self, scan, found, question)  # « le rôle de parent »: Parentalité
        _named_fields(found, question)
        found = language_demonyms(scan, found, question)  # « des cours de breton »: a language, no région
        spoken_languages(self, scan, found, question)  # « qui baragouinent le français »
        foreign_places(self, scan, found, question)  # « à Genève », « en Suisse »: before the communes
        self._towns(scan, found, question)
        self._acronyms(scan, found, question)
        found = _enumerated_topics(scan, found, question)
        found = self._units(scan, found, question)
        _glosses(scan, found, question)
        _stage_complements(scan, found, question)
        bracketed_partner_heads(scan, found, question)
        _association_idioms(scan, question)
        _local_partners(scan, found, question)
        partner_roles(scan, found, question)
        found = partner_kinds(scan, found, question)  # « un office HLM ou un organisme de logement »
        people_heads(scan, found, question)
        self._aspect(scan, found, question)
        found = generations(self, scan, found, question)
        found = related_generations(self, scan, found, question)  # « font se rencontrer jeunes et vieux »
        self.senses.absorb(scan, found, question)
        _alternatives(scan, found, question, self._unknown)
        found = _described_partners(found, question)
        found = english_modifiers(scan, found, question)  # « the solidarity driving licence scheme »
        found = common_words(scan, found, question)  # « des réunions », « des jeunes arrêtés »
        scan.facets = _merge([f for f in found if f.facet is not None], question)
        _places_or(scan, found, question)
        _english_compounds(scan, question)
        self._standard_words(scan)
        return scan

    def _units(self, scan: FacetScan, found: list[_Found], question: Question) -> list[_Found]:
        """A mot-clé said by one word that the next word makes a unit of its own in the base (« style
        éducation populaire »: `assistant.facet_units`) names no mot-clé; its words stay for the search."""
        if self.units is None:
            return found
        starts = {item.start for item in found}
        kept = []
        for item in found:
            facet, nxt = item.facet, item.end
            if (
                facet is not None
                and facet.field == "mots_cles"
                and not facet.also
                and item.end - item.start == 1
                and nxt < len(question.tokens)
                and nxt not in question.breaks | starts  # « santé, parentalité »: two values, no unit
                and self.units.other_unit(question.tokens[item.start].key, question.tokens[nxt].key)
            ):
                scan.used.difference_update(range(item.start, item.end))
                continue
            kept.append(item)
        return kept

    def _aspect(self, scan: FacetScan, found: list[_Found], question: Question) -> None:
        """The statut said by a verb's meaning (« celles qui continuent », « qui se sont éteintes »:
        `assistant.facet_aspect`) when no phrase named one; only a statut some fiche has."""
        if any(f.facet is not None and f.facet.field == "statut" for f in found):
            return
        value, start, end = aspect_statut(question.tokens, question.breaks, scan.used, question.words)
        corpus = next((v for v in self.counts.get("statut", {}) if normalise(v) == normalise(value)), "")
        if not value or not corpus:
            return
        trigger = " ".join(t.text for t in question.tokens[start:end])
        found.append(_Found(FacetMatch(field="statut", values=[corpus], trigger=trigger), start, end))
        found.sort(key=lambda f: f.start)
        scan.used.update(range(start, end))

    def _whole_phrases(self, question: Question, i: int, scan: FacetScan, wholes: set[int]) -> list[Phrase]:
        """The phrases at token i; at the head of a compound read whole (« grands-parents »), those of its
        standard words first: its head alone (« parents ») is another people."""
        if i in wholes and (phrases := self._standard_phrases(question, i, scan.standard[i])):
            return phrases
        return self._best_phrases(question, i)

    def _compounds(self, scan: FacetScan, question: Question) -> set[int]:
        """Hyphenated compounds: read whole when the glossary knows them (« mal-logement »: its head carries
        the standard words, the other parts are used; the heads are returned), else a bound prefix (« mal », « anti ») is no topic
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
        self._heard_pairs(scan, question, inside)
        return {end - 1 for _, end in whole}

    def _heard_pairs(self, scan: FacetScan, question: Question, inside: set[int]) -> None:
        """Two short words, both unknown to the base, said together as a compound the base writes (« pic nic »
        → « pique », « nique »: `BaseWords.heard_parts` of the two sounds glued, each word said alone — its
        last « c » a « k »): the second carries its words."""
        tokens = question.tokens
        for i in range(len(tokens) - 1):
            if {i, i + 1} & (scan.used | inside) or i + 1 in scan.standard:
                continue
            a, b = tokens[i].norm, tokens[i + 1].norm
            if not (a.isalpha() and b.isalpha()) or not (self._unknown(a) and self._unknown(b)):
                continue
            if parts := self.base_words.heard_parts(phonetic_key(a) + phonetic_key(b)):  # each said alone
                scan.used.add(i)
                scan.standard[i + 1] = parts

    def _standard_phrases(self, question: Question, i: int, words: tuple[str, ...]) -> list[Phrase]:
        """The topic or public a word names through its standard words (« écolo » → « environnement »), or the
        partner (« avec les profs » → enseignants → Éducation Nationale): the first of them that is a one-word
        phrase of those fields or a partner's phrase wanting a partner cue, with its cue met (never a centre, a
        place)."""
        if not words:
            words = tuple(normalise(w) for w in familiar_standard(question.tokens[i].norm))
        for word in words:
            phrases = [
                p
                for p in self._phrases.get(plural_key(word), [])
                if len(p.words) == 1 and p.value and (p.field in _ADJECTIVE_FIELDS or p.cue == "partner")
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

    def _unknown(self, norm: str) -> bool:
        """No fiche uses the word, nor does the base read it as one of its words (a typo, a familiar word)."""
        return (
            len(norm) > 2
            and norm not in STOPWORDS
            and not self.base_words.known(norm)
            and not self.base_words.standard(norm)
        )

    def _modifies_people(self, phrase: Phrase, question: Question, end: int) -> bool:
        """« jeunes » before a word naming people (« jeunes parents », « jeunes retraités ») is an adjective."""
        if not phrase.people or not set(phrase.words) <= PRENOMINAL or end >= len(question.tokens):
            return False
        return end not in question.breaks and any(p.people for p in self._best_phrases(question, end))

    def _ages_of(self, scan: FacetScan, found: list[_Found], question: Question) -> None:
        """Age ranges (« moins de 3 ans », « 11-16 ans », « plus de 60 ans ») → the publics of their ages."""
        tokens = question.tokens
        norms = [t.norm for t in tokens]
        stages = stage_ranges(norms)
        for start, end, publics in sorted(age_ranges(norms) + stages):
            if scan.used & set(range(start, end)):
                continue
            pairs: dict[str, list[str]] = {}
            for name in publics:
                for field_name, values in self._ages.get(name, []):
                    pairs.setdefault(field_name, []).extend(v for v in values if v not in pairs[field_name])
            if not pairs:
                continue
            again = _named_again(pairs, found)
            if again or (start, end, publics) in stages:
                scan.used.update(range(start, end) if again else ())
                continue  # « les tout-petits, avant l'école »: the people already named, their age said
            main = "public" if "public" in pairs else next(iter(pairs))
            values, others = pairs.pop(main), pairs
            trigger = " ".join(t.text for t in tokens[start:end])
            found.append(
                _Found(
                    FacetMatch(field=main, values=values, trigger=trigger, also=others),
                    start,
                    end,
                    people=True,
                )
            )
            scan.used.update(range(start, end))
        found.sort(key=lambda f: f.start)

    def _attributive(self, question: Question, j: int) -> bool:
        """In an English question, a people word read through typo tolerance (« teenage » for « teenager »)
        right before a topic noun is the adjective of that noun (« teenage pregnancy », « elderly loneliness »),
        not the people asked: the noun no facet names, a content word the glossary translates."""
        if j >= len(question.tokens) or j in question.breaks or not _english(question.tokens):
            return False
        noun = question.tokens[j]
        if noun.norm in STOPWORDS or noun.key in self._phrases or english_filler(noun.norm):
            return False
        french = [plural_key(normalise(w)) for w in english_french(noun.norm)]
        people = any(p.people for w in french for p in self._phrases.get(w, []))
        return bool(french) and not people and noun.key not in _PEOPLE_NOUNS

    def _candidates(self, token: Token) -> list[Phrase]:
        exact = self._phrases.get(token.key, [])
        if (
            not exact
            and token.key in self._prefixes
            and self.truncatable(token.key)
            and self.truncatable(token.norm)
        ):
            return self._truncated(token.key)
        if exact or len(token.key) < 6 or self.word_df.get(token.key, 0) or token.key in NEVER_CORRECTED:
            return exact
        verb = verb_like(token.key)
        if is_french(token.norm):
            return exact  # a word of the French dictionary is spelt right (« ailleurs » is no « bailleurs »)
        return [
            p
            for key in self._typo_keys
            if _typo(key, token.key)
            for p in self._phrases[key]
            if p.fuzzy and not (verb and p.field not in _PLACE_FIELDS)
        ]

    def _truncated(self, prefix: str) -> list[Phrase]:
        """The value phrases a truncation may begin (« educ » → « education nationale »): a phrase of several
        words (its other words must follow), or of one word when the truncation, 4 letters or more, begins only
        that one (« agglo »; « inter » begins intercommunalité and intergénérationnel: none)."""
        keys = self._prefixes[prefix]
        phrases = [p for key in keys for p in self._phrases.get(key, []) if p.field in TRUNCATED_FIELDS]
        return [p for p in phrases if len(p.words) > 1 or (len(keys) == 1 and len(prefix) > _MIN_TRUNCATION)]

    def _same(self, token: Token, key: str, field_name: str) -> bool:
        if (
            field_name in TRUNCATED_FIELDS
            and token.key != key
            and self.truncation(token.key, key)
            and self.truncatable(token.norm)
        ):
            return True
        return token.key == key or (
            not self.word_df.get(token.key, 0)
            and (field_name in _PLACE_FIELDS or not verb_like(token.key))
            and _typo(key, token.key)
            and not is_french(token.norm)
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
            if question.english and phrase.field not in _PLACE_FIELDS and _respelt(tokens[i : i + n], phrase):
                continue  # « achieve » is an English word, not « achevé » mistyped
            if not _cue_ok(phrase, question, i):
                continue
            if phrase.fuzzy and phrase.people and self._attributive(question, i + n):
                continue
            if best is None or n > len(best.words):
                best, ties = phrase, [phrase]
                continue
            ties.append(phrase)
            if _prefer(phrase, best):
                best = phrase
        if best is None:
            return []
        return [
            best,
            *(p for p in ties if p is not best and (_same_words_other_field(p, best) or _peer(p, best))),
        ]

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
        scan.used.update(
            range(start - lead if phrase.field == "initiative" else start, end)
        )  # « lancées par »
        if phrase.value:
            also: dict[str, list[str]] = {}
            own = [phrase.value, *phrase.extra]
            for other in phrases[1:]:
                values = own if other.field == phrase.field else also.setdefault(other.field, [])
                values.extend(v for v in (other.value, *other.extra) if v not in values)
            facet = FacetMatch(field=phrase.field, values=own, trigger=trigger, also=also)
            found.append(
                _Found(facet, start - lead, end, people=any(p.people for p in phrases) or "public" in also)
            )
        elif phrase.field in ("departement", "region"):
            _add_absent(scan, phrase.label)
            found.append(_Found(None, start - lead, end, phrase.label))
        elif not self.entity_known(phrase.label):
            _add_absent(scan, phrase.label)

    def _towns(self, scan: FacetScan, found: list[_Found], question: Question) -> None:
        """Towns after « à / au / aux / sur » (longest commune name first) → the corpus's centres there, else
        its département, else an absent place (`assistant.towns`). A capitalised town without a preposition
        (« the Millau health day », « les permanences de Metz ») is read only when the base writes it
        (`CorpusTowns.written_in_base`)."""
        if self.towns is None:
            return
        tokens = question.tokens
        i = 0
        while i < len(tokens):
            town, facet, lead = None, None, 1
            if i and town_cue(question, i) and i not in scan.used:
                town = self._town_at(question, i, scan.used)
                facet = self.towns.resolve(town[0]) if town else None
            elif i not in scan.used and self._uncued_town_start(question, i):
                town, lead = self._town_at(question, i, scan.used, article=""), 0
                facet = self.towns.written_in_base(town[0], self.known_all) if town else None
            if facet is None or (not facet.field and self._written_town(question, i, town[1])):
                i += 1
                continue
            end = town[1]
            trigger = " ".join(t.text for t in tokens[i - lead : end])
            scan.used.update(range(i, end))
            if facet.field:
                match = FacetMatch(field=facet.field, values=list(facet.values), trigger=trigger)
                found.append(_Found(match, i - lead, end))
            else:
                _add_absent(scan, facet.town)
                found.append(_Found(None, i - lead, end, facet.town))
            i = end
        found.sort(key=lambda f: f.start)

    def _written_town(self, question: Question, start: int, end: int) -> bool:
        """Does some fiche write the town named at tokens start..end, that no located fiche is at? Then it is a
        word of the question, not an absent place: a fiche with no centre line may be there (« la mairie de
        Champigny »), or name the town written short."""
        return self.known_all(" ".join(question.norms[start:end]))

    def _uncued_town_start(self, question: Question, i: int) -> bool:
        """May token i start a town named without a preposition: capitalised in a cased question, a word some
        fiche writes (read from the question's text and words, not its tokens)."""
        if question.lowercase or not _capital(question, i):
            return False
        return self.word_df.get(plural_key(question.norms[i]), 0) > 0

    def _town_at(self, question: Question, i: int, used: set[int], article: str | None = None):
        """(communes, end) of the longest commune name starting at token i, or None (read from the question's
        words and text, not its tokens)."""
        norms = question.norms
        if article is None:
            article = {"au": "le ", "aux": "les ", "du": "le "}.get(norms[i - 1], "")
        stop = i
        while (
            stop < min(len(norms), i + _TOWN_WORDS)
            and stop not in used
            and (stop == i or stop not in question.breaks)
        ):
            stop += 1
        for end in range(stop, i, -1):
            capitalised = _capital(question, i) and _capital(question, end - 1)
            if not capitalised and not question.lowercase:
                continue
            name = article + " ".join(norms[i:end])
            communes = self.towns.communes(name, capitalised)
            if communes:
                return communes, end
        return None

    def _acronyms(self, scan: FacetScan, found: list[_Found], question: Question) -> None:
        """Acronyms (CPAM, QPV...) not used by a facet and found in no fiche: the partner whose name has these
        initials (« CD »: `assistant.facet_expansions`), else absent entities."""
        tokens = question.tokens
        if all(t.text.isupper() for t in tokens if t.text.isalpha()):
            return  # a shouted question: capitals mean nothing
        for i, token in enumerate(tokens):
            if i in scan.used or not _ACRONYM.match(token.text) or token.norm in _DOMAIN_ACRONYMS:
                continue
            known = self.known(token.norm)
            if partner := acronym_partner(self, question, i, known):
                add_partner(scan, found, partner, question, i, i + 1)
                continue
            if known:
                continue
            _add_absent(scan, token.text)
            scan.used.add(i)


# English nouns of people with no facet of their own (« teenage girls », « young people »): the people asked.
_PEOPLE_NOUNS = word_set("people person persons girl boy man men woman women individual individuals")


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
    norms: tuple[str, ...] = ()  # the normalised words in order, read once (later passes look words up here)

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
        norms = tuple(t.norm for t in words)
        return cls(text, words, spans, frozenset(breaks), frozenset(norms), lowercase, norms)

    @cached_property
    def english(self) -> bool:
        """More English than French function words: a word one letter off a French one is English, no typo."""
        english = sum(1 for w in self.norms if w in _ENGLISH_FUNCTION)
        return english > sum(1 for w in self.norms if w in _FRENCH_FUNCTION)

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


def _described_partners(found: list[_Found], question: Question) -> list[_Found]:
    """A partner and what it is, said side by side (« Jeunesse et Sports, les services de l'État »: DDCS and
    Etat): the broader one describes the other (`ingest.partners.PARTNER_KINDS`), it is no second partner
    wanted; joined by « et » / « ou » (« l'État et l'ARS ») both are wanted."""
    partners = [f for f in found if f.facet is not None and f.facet.field == "partenaires"]
    described = []
    for item in partners:
        for other in partners:
            kind = PARTNER_KINDS.get(other.facet.values[0]) if len(other.facet.values) == 1 else None
            if item.facet.values == [kind] and not _joined(question, item, other):
                described.append(item)
    return [f for f in found if f not in described]


def _joined(question: Question, a: _Found, b: _Found) -> bool:
    """« et » or « ou » stands between two facets' trigger words."""
    lo, hi = sorted((a, b), key=lambda f: f.start)
    return any(question.norms[i] in ("et", "ou") for i in range(lo.end, hi.start))


def _capital(question: Question, i: int) -> bool:
    """Is token i written with a capital (the first letter of the word it comes from)?"""
    return question.text[question.spans[i][0]].isupper()


def _named_again(pairs: dict[str, list[str]], found: list[_Found]) -> bool:
    """Does a facet found already hold every value of an age range's publics in one of its fields?"""
    return any(
        f.facet is not None
        and any(set(values) <= set(dict(f.facet.pairs()).get(name, [])) for name, values in pairs.items())
        for f in found
    )


def _typo(key: str, word: str) -> bool:
    """One typo away, the first letter kept: people misspell inside a word, not its first letter (« ailleurs »
    is no typo of « bailleurs », nor « lieux » of « milieux »)."""
    return word[:1] == key[:1] and one_typo(key, word)


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


def _peer(phrase: Phrase, best: Phrase) -> bool:
    """Another value of the same field that the same words name as well (same cue, both whole or both a part:
    « lancées par des habitants »: « Un groupe d'habitants » and « Un habitant »): either, an OR."""
    return (
        phrase.field == best.field
        and bool(phrase.value)
        and phrase.value != best.value
        and phrase.cue == best.cue
        and phrase.whole == best.whole
    )


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


_ENGLISH_FUNCTION = word_set(
    "the and of with for which what how who is are was were to in on any that this there"
)
_FRENCH_FUNCTION = word_set(
    "le la les des du de et avec pour qui que quel quelle quels quelles est sont dans sur une un"
)


def _respelt(tokens: list[Token], phrase: Phrase) -> bool:
    """Is a word of the phrase matched through a typo or a truncation, not as it is, and to a French word (an
    English synonym of the phrase, « teenager », may be read in « teenage »)?"""
    return any(t.key != w and not english_french(w) for t, w in zip(tokens, phrase.words, strict=False))


def _english_compounds(scan: FacetScan, question: Question) -> None:
    """In an English question, the words of a compound of the field read whole (`english_compounds`: « police
    station » → commissariat, « driving licence » → permis de conduire): each word not yet a trigger stands for
    the compound's French (`FacetScan.standard`), which a word-by-word reading misses."""
    if not question.english:
        return
    for start, end, french in english_compounds(list(question.norms)):
        words = tuple(dict.fromkeys(normalise(w) for w in french))
        for j in range(start, end):
            if j not in scan.used:
                scan.standard.setdefault(j, words)


def _english(tokens: list[Token]) -> bool:
    """More English than French function words (as `assistant.query.is_english`)."""
    english = sum(1 for t in tokens if t.norm in _ENGLISH_FUNCTION)
    return english > sum(1 for t in tokens if t.norm in _FRENCH_FUNCTION)
