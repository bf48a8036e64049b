"""A numeric condition on a typed figure: « un budget de plus de 30 000 euros », « au moins 20 bénévoles »,
« qui ont coûté moins de 5 000 € », « dépassant 10 000 € » — the fiches to list are those whose figure passes
it, never one fiche's figure.

    bound_of("lesquelles ont un budget de plus de 30 000 euros".split())   # Bound("budget", 30000.0, True, False)
    bound_of("celles avec au moins vingt benevoles".split())               # Bound("nb_benevoles", 20.0, True, True)
    bound_of("les actions de plus de 10 ans".split())                      # None: « ans » is no figure

A comparison word (`_ABOVE`, `_BELOW`: « plus de », « au moins », « supérieur à », « dépassant », « more than »)
then a number (digits grouped by thousands, « 30k », a number word) and the figure it bounds: the unit or noun
right after the number (« euros », « bénévoles », « participants »), else the noun or the verb right before the
comparison word (« un budget de | plus de », « ont coûté | moins de »), read by `ranking.figure_word`. A noun
after the number that names no figure (« ans », « heures ») bounds something else: no condition.
Everything works on the normalised question's words (`ingest.text.normalise`, via `ranking.standard_words`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.amounts import number_word
from ingest.text import STOPWORDS

# Comparison words, as word sequences of the normalised question: (words, above?, inclusive?).
_ABOVE = (("plus", "de"), ("plus", "d"), ("au", "moins"), ("au", "dela", "de"), ("more", "than"),
          ("at", "least"), ("over",), ("above",), ("superieur", "a"), ("superieure", "a"),
          ("superieurs", "a"), ("superieures", "a"))  # fmt: skip
_BELOW = (("moins", "de"), ("moins", "d"), ("less", "than"), ("fewer", "than"), ("under",), ("below",),
          ("inferieur", "a"), ("inferieure", "a"), ("inferieurs", "a"), ("inferieures", "a"))  # fmt: skip
_INCLUSIVE = {("au", "moins"), ("at", "least")}  # « au plus 10 » stays no condition (`test_intents`)
_EXCEEDING = re.compile(r"(depass|exced)\w*")  # « dépassant 10 000 € », « qui excèdent … »
_THOUSANDS = re.compile(r"\d{3}")
_SHORT = re.compile(r"(\d+)(k|ke)")  # « 30k€ » → « 30k »
_EURO_UNITS = {"euro", "euros", "eur", "e", "k", "ke"}
_SKIPPED = {"de", "d", "des", "du", "les", "la", "le", "l", "un", "une"}
WINDOW = 4  # words before the comparison where the figure's noun or verb may stand


@dataclass(frozen=True)
class Bound:
    """A condition on a typed figure: above (or below) `value`, the value itself included or not."""

    field: str
    value: float
    above: bool = True
    inclusive: bool = False

    def passes(self, value: float) -> bool:
        if self.above:
            return value >= self.value if self.inclusive else value > self.value
        return value <= self.value if self.inclusive else value < self.value


def bound_of(words: list[str]) -> Bound | None:
    """The numeric condition the question's words set on a typed figure (see the module docstring)."""
    from assistant.ranking import figure_word  # ranking imports this module: read when asked

    for i in range(len(words)):
        found = _comparison_at(words, i)
        if found is None:
            continue
        end, above, inclusive = found
        number = _number_at(words, end)
        if number is None:
            continue
        value, after, euros = number
        field = "budget" if euros else _figure_after(words, after, figure_word)
        if field is None:  # « plus de 10 ans »: a noun naming no figure follows the number
            continue
        field = field or _figure_before(words, i, figure_word)
        if field:
            return Bound(field, value, above, inclusive)
    return None


def _comparison_at(words: list[str], i: int) -> tuple[int, bool, bool] | None:
    """(index after the comparison words at `i`, above?, inclusive?), else None."""
    if _EXCEEDING.fullmatch(words[i]):
        return i + 1, True, False
    for table, above in ((_ABOVE, True), (_BELOW, False)):
        for seq in table:
            if tuple(words[i : i + len(seq)]) == seq:
                return i + len(seq), above, seq in _INCLUSIVE
    return None


def _number_at(words: list[str], j: int) -> tuple[float, int, bool] | None:
    """(value, index after the number, written in euros?) of the number at `j`: digits and their groups of
    three (« 30 000 »), « 30k », a number word (« vingt »); None when none is there."""
    if j < len(words) and words[j] in ("les", "l"):
        j += 1  # « dépassant les 10 000 € »
    if j >= len(words):
        return None
    word = words[j]
    if short := _SHORT.fullmatch(word):
        return float(short.group(1)) * 1000, j + 1, True
    if word.isdigit():
        digits, k = word, j + 1
        while len(digits) <= 3 and k < len(words) and _THOUSANDS.fullmatch(words[k]):
            digits += words[k]
            k += 1
        euros = k < len(words) and words[k] in _EURO_UNITS
        scale = 1000 if euros and words[k] in ("k", "ke") else 1
        return float(digits) * scale, k + (1 if euros else 0), euros
    if (value := number_word(word)) is not None:
        euros = j + 1 < len(words) and words[j + 1] in _EURO_UNITS
        return float(value), j + (2 if euros else 1), euros
    return None


def _figure_after(words: list[str], k: int, figure_word) -> str | None:
    """The figure the noun after the number names (« 20 bénévoles »); "" when no noun follows (the figure is
    before), None when one follows that names no figure (« 10 ans »)."""
    while k < len(words) and words[k] in _SKIPPED:
        k += 1
    if k >= len(words) or words[k] in STOPWORDS or not words[k].isalpha() or len(words[k]) <= 2:
        return ""
    return figure_word(words[k]) or None


def _figure_before(words: list[str], i: int, figure_word) -> str:
    """The figure the noun or verb just before the comparison names (« un budget de », « ont coûté »)."""
    for word in reversed(words[max(0, i - WINDOW) : i]):
        if field := figure_word(word):
            return field
    return ""
