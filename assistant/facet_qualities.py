"""People named as what they are, not as who an action is for: « le rôle de parent » is the corpus's Parentalité.

    roles(vocabulary, scan, found, question)   # « une action sur le rôle de parent »: mots-clé Parentalité

« une action sur le rôle de parent », « leur métier de parents », « devenir parent », « apprendre son rôle de
citoyen »: a noun of people bare after « de » completing another noun (« le rôle de », « le métier de »), in the
singular or after a possessive (« leur rôle de parents »), or bare after « être / devenir », says what they are,
not the people an action serves. The noun of that state (`ingest.morphology.qualities`: parent → parentalité,
citoyen → citoyenneté) names the facet when the corpus has it as a value (a mot-clé, a dimension, a public),
through the noun itself or any word of the alias table naming the same people (« maman » names familles, whose
« parents » gives parentalité). The head noun joins the trigger: it names no topic (never « aucune fiche ne porte
sur « rôle » »). A group of people (« un groupe de parents ») is plural without a possessive: still people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.facet_merge import _Found
from assistant.facet_words import SYNONYMS
from assistant.records import FacetMatch
from ingest.lemmas import lemma
from ingest.morphology import qualities
from ingest.text import STOPWORDS, normalise, plural_key, word_set

if TYPE_CHECKING:
    from assistant.facets import FacetScan, FacetVocabulary, Question

FIELDS = ("mots_cles", "dimension", "public")
_OF = word_set("de d")
_POSSESSIVES = word_set("leur leurs son sa ses notre nos votre vos mon ma mes")
_COPULAS = frozenset({"etre", "devenir", "redevenir"})
_MIN_WORD = 5  # shortest word of a value read as a state (« parentalité », « jeunesse »)


def roles(vocabulary: FacetVocabulary, scan: FacetScan, found: list[_Found], question: Question) -> None:
    """Replace, in place, each people word framed as what they are by the corpus value naming that state, or
    add that value for such a word no facet read (see the module docstring)."""
    index = _value_words(vocabulary)
    if not index:
        return
    for i in range(1, len(question.norms)):
        frame = _frame(question, i)  # read on the folded words: most positions never touch a token
        if frame is None or any(j in scan.used for j in range(frame, i)):
            continue
        item = next((f for f in found if f.facet is not None and f.start <= i < f.end), None)
        if item is None and i in scan.used:
            continue
        words = [plural_key(question.norms[i]), *(_alias_words(item.facet) if item is not None else ())]
        held = {(n, v) for n, values in item.facet.pairs() for v in values} if item is not None else set()
        pairs = [p for p in _states(index, words) if p not in held]
        if not pairs:
            continue
        facet = _facet(pairs, " ".join(t.text for t in question.tokens[frame : i + 1]))
        new = _Found(facet, frame, i + 1)
        if item is not None:
            found[found.index(item)] = new
        else:
            found.append(new)
            found.sort(key=lambda f: f.start)
        scan.used.update(range(frame, i + 1))


def _frame(question: Question, i: int) -> int | None:
    """Where the frame of word i as a state starts: the head noun of « le rôle de parent » (singular, or plural
    after a possessive: « leur rôle de parents »), or the verb of « devenir parent »; None otherwise."""
    norms = question.norms
    if i < 1 or {i - 1, i} & question.breaks:
        return None
    singular = plural_key(norms[i]) == norms[i]
    before = norms[i - 1]
    if before in _OF and i >= 2:
        head = norms[i - 2]
        if head in STOPWORDS or len(head) < 3 or head.isdigit():
            return None
        possessed = i >= 3 and norms[i - 3] in _POSSESSIVES
        return i - 2 if singular or possessed else None
    if singular and len(before) > 2 and lemma(before) in _COPULAS:
        return i - 1
    return None


def _value_words(vocabulary: FacetVocabulary) -> dict[str, list[tuple[str, str]]]:
    """Folded word → (field, value) of the corpus values of `FIELDS` holding that word, computed once per
    vocabulary."""
    cached = getattr(vocabulary, "_state_words", None)
    if cached is not None:
        return cached
    out: dict[str, list[tuple[str, str]]] = {}
    for name in FIELDS:
        for value in sorted(vocabulary.counts.get(name, {})):
            for word in set(normalise(value).split()):
                if len(word) >= _MIN_WORD:
                    out.setdefault(plural_key(word), []).append((name, value))
    vocabulary._state_words = out
    return out


def _alias_words(facet: FacetMatch) -> list[str]:
    """The one-word names of the alias table for the people a facet names (« familles »: parents, mamans…)."""
    held = {plural_key(normalise(v)) for _, values in facet.pairs() for v in values}
    out: list[str] = []
    for _fields, canonical, phrases in SYNONYMS:
        names = [canonical] if isinstance(canonical, str) else list(canonical)
        if not held & {plural_key(normalise(n)) for n in names}:
            continue
        out += [plural_key(p) for p in phrases if ":" not in p and " " not in p]
    return out


def _states(index: dict[str, list[tuple[str, str]]], words: list[str]) -> list[tuple[str, str]]:
    """(field, value) of the corpus values naming the state of the people these words name, the first word
    that has some."""
    for word in words:
        pairs = [p for state in qualities(word) for p in index.get(state, [])]
        if pairs:
            return sorted(set(pairs), key=lambda p: (FIELDS.index(p[0]), p[1]))
    return []


def _facet(pairs: list[tuple[str, str]], trigger: str) -> FacetMatch:
    """One facet: the values of the first field, the others' as `also` (one facet, an OR)."""
    by_field: dict[str, list[str]] = {}
    for name, value in pairs:
        by_field.setdefault(name, []).append(value)
    main = pairs[0][0]
    values = by_field.pop(main)
    return FacetMatch(field=main, values=values, trigger=trigger, also=by_field)
