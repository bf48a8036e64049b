"""Two-word units of the base: a keyword's word followed by a word it forms a name with elsewhere.

« éducation » names the mot-clé « éducation / scolarité », but « éducation populaire » is a unit of its
own: the base writes it in fiches that do not hold that mot-clé. Learnt at index time from the base's own
bigrams (no list of phrases): for each word of a mot-clé value, the words that follow it in the fiches'
text, with how many fiches write the pair and how many of those hold a mot-clé containing the word.

    units = BaseUnits.collect(words_of_values)
    units.add(fiche_words, held_values)          # for each fiche, at index time
    units.other_unit("education", "populaire")   # True: written, never by a fiche holding « éducation … »

A pair no fiche writes, or one written by a fiche holding the value (« santé mentale » in a Santé fiche),
keeps the keyword. Memory is bounded: only pairs whose first word is a word of a mot-clé value are kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ingest.text import STOPWORDS, normalised_words, plural_key


class BaseUnits:
    """The pairs (value word, next word) the base writes, by fiches and by fiches holding the value."""

    def __init__(self, value_words: dict[str, set[str]]):
        self.value_words = value_words  # folded word of a mot-clé → the values holding it
        self.written: Counter = Counter()  # (word, next) → fiches writing the pair
        self.holding: Counter = Counter()  # (word, next) → of those, fiches holding a value with `word`

    @classmethod
    def collect(cls, values: Iterable[str]) -> BaseUnits:
        """Index the words of the mot-clé values (« éducation / scolarité »: « education », « scolarite »)."""
        value_words: dict[str, set[str]] = {}
        for value in values:
            for word in normalised_words(value):
                key = plural_key(word)
                if len(key) >= 4 and key not in STOPWORDS:
                    value_words.setdefault(key, set()).add(value)
        return cls(value_words)

    def add(self, words: list[str], held: Iterable[str]) -> None:
        """One fiche: its folded words in order and the mot-clé values it holds."""
        held = set(held)
        pairs = {
            (word, nxt)
            for word, nxt in zip(words, words[1:], strict=False)
            if word in self.value_words and nxt not in STOPWORDS and len(nxt) >= 3
        }
        for pair in pairs:
            self.written[pair] += 1
            if self.value_words[pair[0]] & held:
                self.holding[pair] += 1

    def other_unit(self, word: str, nxt: str) -> bool:
        """The base writes « word nxt », and never in a fiche holding a value that contains `word`."""
        pair = (word, nxt)
        return self.written.get(pair, 0) > 0 and self.holding.get(pair, 0) == 0
