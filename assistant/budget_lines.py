"""Lines of a fiche's budget that a question names by a word of their label: « le personnel, ça pèse combien
dans le budget ? » asks the line « Personnel (1,5 ETP) : 48 500 € », « la Ville met combien ? » the line
« Ville de Lorient » whose amount is written on the next line (`answer.key_figures` reads totals the same way).

    named_lines(fiche.ressources_financieres, norm, named="Épicerie solidaire …")
    # ["Personnel (1,5 ETP) : 48 500 €"]

The question's words that can name a line are its content words without those asking for the budget itself
(the money field's cue words of `ingest.fields`: budget, coût, subvention…), without the title, centre and
places already naming the fiche; a line is named when its label shares a word stem (five letters) with them.
Totals are never « named » (they are the budget's figure, given anyway).
"""

from __future__ import annotations

import re
from functools import cache

from assistant.answer import _NUMBER_LINE, _TOTAL
from assistant.lookup_sentences import _ASKING, START_WORDS, _stems
from ingest import amounts, fields
from ingest.text import GENERIC, STOPWORDS

MAX_LINES = 3  # lines a question names at most: more is a word every line has, naming none
_AMOUNT = re.compile(r"\d[\d\s.,]*\s*(?:€|euros?|k€)", re.IGNORECASE)


@cache
def _money_cue() -> re.Pattern[str]:
    """The question words asking for the budget itself (the money field's lookup patterns)."""
    patterns = [p for p, name in fields.lookup_patterns() if name == amounts.MONEY_FIELD]
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\b")


def question_stems(norm: str, named: str) -> set[str]:
    """The stems of the question's words that may name a budget line (see the module docstring)."""
    skip = STOPWORDS | GENERIC | _ASKING | START_WORDS
    uncued = _money_cue().sub(" ", norm)
    return {w[:5] for w in uncued.split() if len(w) > 2 and w not in skip} - _stems(named)


def named_lines(value: str, norm: str, named: str = "") -> list[str]:
    """The budget lines (with their amount) whose label shares a stem with the question, at most
    `MAX_LINES` ([] when more, or none)."""
    stems = question_stems(norm, named)
    if not stems:
        return []
    lines = [line.strip(" -•*\t") for line in value.splitlines() if line.strip(" -•*\t")]
    found: list[str] = []
    for i, line in enumerate(lines):
        if _TOTAL.match(line) or _NUMBER_LINE.match(line):
            continue
        label = _AMOUNT.split(line)[0]
        if not stems & _stems(label):
            continue
        if _AMOUNT.search(line) or re.search(r"\d", line.partition(":")[2]):
            found.append(" ".join(line.split()))
        elif i + 1 < len(lines) and _NUMBER_LINE.match(lines[i + 1]):
            found.append(f"{' '.join(line.split())} : {' '.join(lines[i + 1].split())}")
    return found if len(found) <= MAX_LINES else []
