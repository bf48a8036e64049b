"""What a facet value means in the corpus: its gloss, the words its fiches use far more than the others.

    senses = ValueSenses()                       # filled while `FacetPhrases.from_fiches` reads the fiches
    senses.add(("mots_cles", "Logement"), words) # the plural keys of one fiche holding the value
    senses.finish(word_df, n_fiches)             # glosses: words over-represented among a value's fiches
    senses.absorb(scan, found, question)         # « le logement et les problèmes de bail »: « bail » is used

A question that names a facet often says it again in other words (« l'habitat social et les problèmes de
bail », « les seniors et le bien vieillir »). A word left over after the facets are found, that no fiche
uses but that is a derivative of a word of its gloss (« bail » of « bailleur », « locatif » of
« locataire »), says the facet again: it is marked used, so it never becomes a topic no fiche holds
(« aucune fiche ne porte sur « bail » »), nor is the noun it complements (« les problèmes de bail »). Any other
word some fiche uses is left alone: it still ranks them.
Glosses are computed once per corpus from at most `_SAMPLE` fiches per value; a question costs a few set
look-ups per left-over word.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ingest.text import GENERIC, STOPWORDS, plural_key

if TYPE_CHECKING:
    from assistant.facet_merge import _Found
    from assistant.facets import FacetScan, Question

FIELDS = ("mots_cles", "public", "dimension")
_SAMPLE = 300  # fiches per value read for its gloss (bounded work at 20,000 fiches)
_SHARE = 0.5  # a gloss word is in at least this share of the value's fiches…
_LIFT = 2.5  # …and this many times more often than in the whole corpus
_STEM = 4  # shortest common beginning of a word and its derivative (« bail », « bailleur »)


class ValueSenses:
    """Per facet value: its fiches' word counts (sampled), then its gloss (`finish`)."""

    def __init__(self) -> None:
        self.fiches: Counter = Counter()  # (field, value) → fiches read
        self.words: dict[tuple[str, str], Counter] = {}
        self.glosses: dict[tuple[str, str], frozenset[str]] = {}
        self._stems: dict[tuple[str, str], dict[str, list[str]]] = {}
        self.word_df: Counter = Counter()

    def wants(self, pair: tuple[str, str]) -> bool:
        """Fewer than `_SAMPLE` fiches of this value read yet."""
        return self.fiches[pair] < _SAMPLE

    def add(self, pair: tuple[str, str], words: set[str]) -> None:
        if not self.wants(pair):
            return
        self.fiches[pair] += 1
        self.words.setdefault(pair, Counter()).update(words)

    def finish(self, word_df: Counter, n_fiches: int) -> None:
        """The gloss of each value: words in `_SHARE` of its fiches read, `_LIFT` times their corpus share."""
        self.word_df = word_df
        for pair, counts in self.words.items():
            n = self.fiches[pair]
            gloss = {
                w
                for w, c in counts.items()
                if len(w) >= _STEM
                and w not in STOPWORDS | GENERIC
                and c >= max(1.0, _SHARE * n)
                and (c / n) >= _LIFT * word_df.get(w, c) / max(n_fiches, 1)
            }
            self.glosses[pair] = frozenset(gloss)
            stems: dict[str, list[str]] = {}
            for w in gloss:
                stems.setdefault(w[:_STEM], []).append(w)
            self._stems[pair] = stems

    def derivative(self, pair: tuple[str, str], word: str) -> str:
        """A gloss word of `pair` that `word` derives from or to (« bail » ~ « bailleur »), '' when none."""
        for g in self._stems.get(pair, {}).get(word[:_STEM], ()):
            if g != word and _derived(word, g):
                return g
        return ""

    def absorb(self, scan: FacetScan, found: list[_Found], question: Question) -> None:
        """Mark used each left-over word that says a found facet's value again in other words: a derivative
        of a word of its gloss that no fiche uses."""
        pairs = [
            (name, value)
            for item in found
            if item.facet is not None
            for name, values in item.facet.pairs()
            if name in FIELDS
            for value in values
        ]
        if not pairs or not self._candidates(question.words, pairs):
            return  # the question's set of words tells, without reading it word by word
        for i, token in enumerate(question.tokens):
            key = token.key
            if i in scan.used or len(key) < _STEM or key in STOPWORDS | GENERIC or self.word_df.get(key, 0):
                continue  # a word some fiche uses is left to rank them
            if any(self.derivative(p, key) for p in pairs):
                scan.used.add(i)
                _head_of(scan, question, i)
                self._qualified(scan, question, i)

    def _candidates(self, words: frozenset[str], pairs: list[tuple[str, str]]) -> bool:
        """Does some word of the question, unknown to the corpus, derive from a gloss word of a found value?"""
        keys = {plural_key(w) for w in words if len(w) >= _STEM}
        return any(
            k not in STOPWORDS | GENERIC and not self.word_df.get(k, 0) and self.derivative(p, k)
            for k in keys
            for p in pairs
        )

    def _qualified(self, scan: FacetScan, question: Question, i: int) -> None:
        """The noun just before a re-said adjective (« les litiges locatifs »), when no fiche uses it either."""
        head = i - 1
        if head < 0 or head in scan.used or i in question.breaks:
            return
        key = question.tokens[head].key
        if key not in STOPWORDS | GENERIC and len(key) > 2 and not self.word_df.get(key, 0):
            scan.used.add(head)


_OF = frozenset({"de", "d", "du", "des"})


def _head_of(scan: FacetScan, question: Question, i: int) -> None:
    """The noun whose complement word i is (« les problèmes de bail », « des histoires de bail ») says the
    facet again with it: used too, unless a break, a used word or a stop word stands there."""
    tokens = question.tokens
    head = i - 2
    if head < 0 or tokens[i - 1].norm not in _OF or head in scan.used or {i - 1, i} & question.breaks:
        return
    if tokens[head].key not in STOPWORDS | GENERIC and len(tokens[head].norm) > 2:
        scan.used.add(head)


def _derived(word: str, other: str) -> bool:
    """One word is the other plus a suffix (« bail », « bailleur »), or both are one stem plus a suffix each
    (« locatif », « locataire »): `ingest.morphology.derived`, the one table of French endings."""
    from ingest.morphology import derived

    return derived(word, other)
