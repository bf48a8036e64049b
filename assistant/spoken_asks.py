"""Question words written as they sound (« c kel jour », « kombien de gens », « c'était avec ki ») read as the
words every cue of the assistant knows (« c'est quel jour », « combien de gens », « avec qui »).

    spelt_out("ateliers du soir c kel jour ?")   # "ateliers du soir c'est quel jour ?"

A word the French table does not know is compared with the closed class of question words by its sound
(`sound_key`: « qu », hard « c » and « k » are one sound, « oi » is « wa », a nasal vowel is one vowel, doubled
letters are one, silent final letters fall), or by one typo of a long one (« combein »); the few SMS
abbreviations of those words (« pk », « qd ») are read too. A lone « c » or « ke » before a question word is
« c'est » / « que ». A long unknown word one typo from a word that asks for a field of the fiche (`CUE_LENGTH`
letters or more, read from `ingest.fields.lookup_patterns`: « subvension » → subvention, « bénévols » → benevole)
is that word: the detail asked is then read as if written right. Every other word is left as written.
"""

from __future__ import annotations

import re
from functools import cache

from ingest import fields
from ingest.text import fold, one_typo

# The closed class of question words (and « est-ce que »'s parts), as written right.
QUESTION_WORDS = (
    "quel", "quelle", "quels", "quelles", "quoi", "quand", "qui", "comment", "combien", "pourquoi",
    "lequel", "laquelle", "lesquels", "lesquelles", "quelqu'un",
)  # fmt: skip
# SMS abbreviations of question words (no sound to compare: letters standing for a word).
ABBREVIATIONS = {"pk": "pourquoi", "pq": "pourquoi", "pkoi": "pourquoi", "qd": "quand", "cb": "combien", "cmb": "combien", "cmt": "comment"}  # fmt: skip
TYPO_LENGTH = 6  # a question word this long is read through one typo (« combein », « pourquio »)
CUE_LENGTH = 7  # a field's cue word this long is read through one typo (« subvension », « financemant »)
# « c » before a question word is « c'est » (« c kel jour », « c ou »); « c t » is « c'était ».
_C_EST = {"c": "c'est", "ct": "c'était", "cété": "c'était", "ces": "c'est"}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_NASAL = re.compile(r"(?:an|en|am|em)(?=[^aeiouy]|$)")
_SILENT_END = re.compile(r"[estdx]+$")


def sound_key(word: str) -> str:
    """How a folded word sounds, roughly: « quelle », « kel », « quels » → kel; « quoi », « koi », « kwa » → kwa;
    « quand », « kan » → kA; « combien », « konbien » → kombiA."""
    w = fold(word).replace("'", "")
    w = w.replace("qu", "k").replace("ph", "f").replace("h", "")
    w = re.sub(r"c(?=[aouklmnrt]|$)", "k", w).replace("c", "s")
    w = w.replace("oi", "wa").replace("oa", "wa").replace("nb", "mb").replace("np", "mp")
    w = re.sub(r"(.)\1+", r"\1", w)
    w = _NASAL.sub("A", w)
    stripped = _SILENT_END.sub("", w)
    return stripped or w


@cache
def _keys() -> dict[str, tuple[str, ...]]:
    keys: dict[str, tuple[str, ...]] = {}
    for word in QUESTION_WORDS:
        keys[sound_key(word)] = (*keys.get(sound_key(word), ()), word)
    return keys


_CUE_WORD = r"(?<![\\(?])\b[a-z]{" + str(CUE_LENGTH) + r",}\b(?![\\w(])"  # a plain word, no regex token


@cache
def _cue_words() -> tuple[str, ...]:
    """The plain words (`CUE_LENGTH` letters or more) of the patterns asking for a field (`ingest.fields`), an
    optional plural « s? » dropped: « subventions? » → subvention, « financ\\w* » → financ… is no word."""
    words = {
        w
        for pattern, _ in fields.lookup_patterns()
        for w in re.findall(_CUE_WORD, re.sub(r"s\?", "", pattern))
    }
    return tuple(sorted(words))


def _closest(word: str, candidates: tuple[str, ...]) -> str:
    """The candidate ending as the word does (« kels » → quels, « kelle » → quelle), else the shortest."""

    def common_end(candidate: str) -> int:
        n = 0
        while n < min(len(word), len(candidate)) and word[-1 - n] == candidate[-1 - n]:
            n += 1
        return n

    return max(candidates, key=lambda c: (common_end(c), -len(c)))


def question_word(word: str, first: bool = False) -> str:
    """The question word a misspelt or phonetic word stands for (« kel » → quel), else "". A capitalised word
    inside the question is a name (« Kehl »), never one."""
    from ingest.lemmas import is_french

    folded = fold(word)
    if folded in QUESTION_WORDS or len(folded) < 2 or (word[:1].isupper() and not first):
        return ""
    if folded in ABBREVIATIONS:
        return ABBREVIATIONS[folded]
    if is_french(folded):
        return ""
    if found := _keys().get(sound_key(folded)):
        return _closest(folded, found)
    if len(folded) >= TYPO_LENGTH - 1 and (
        found := next((q for q in QUESTION_WORDS if len(q) >= TYPO_LENGTH and one_typo(folded, q)), "")
    ):
        return found
    if len(folded) >= CUE_LENGTH:
        return next((c for c in _cue_words() if c[0] == folded[0] and one_typo(folded, c)), "")
    return ""


def spelt_out(question: str) -> str:
    """The question with its phonetic or misspelt question words written right (see the module docstring)."""
    words = list(_WORD.finditer(question))
    read = [question_word(m.group(), first=i == 0) for i, m in enumerate(words)]
    for i, match in enumerate(words[:-1]):
        following = read[i + 1] or fold(words[i + 1].group())
        if fold(match.group()) in _C_EST and following in (*QUESTION_WORDS, "ou"):
            read[i] = _C_EST[fold(match.group())]
    if not any(read):
        return question
    pieces, at = [], 0
    for match, new in zip(words, read, strict=True):
        if new:
            pieces += [question[at : match.start()], new]
            at = match.end()
    return "".join(pieces) + question[at:]
