"""Partners named by a paraphrase of their expanded name, or by the initials of their name.

One source of truth: the names a partner value already has (`assistant.facet_words.SYNONYMS`, its canonical
name). A name of two or more content words (« agence régionale de santé ») is read as a bag of words; a run of
question words naming the same bag, in any order and through derivational morphology, names the partner
(« l'agence sanitaire régionale », « le conseil du département »): an adjective and its noun are one word when
both are one stem plus a suffix (régional ~ région, départemental ~ département, académique ~ académie:
`ingest.morphology.related`) or when the adjective is a learned one of another stem (`glossary.LEARNED_ADJECTIVES`:
sanitaire ~ santé). An acronym no fiche uses names the partner whose canonical name has these initials (« le
Département (CD) »); a two-letter one only in brackets or beside a word of partnership (« CD » is also a disc).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.facet_merge import _Found
from assistant.facet_words import ENTITIES, SYNONYMS
from assistant.glossary import LEARNED_ADJECTIVES
from assistant.records import FacetMatch
from ingest import morphology
from ingest.morphology import stems
from ingest.text import STOPWORDS, normalise, plural_key, word_set

if TYPE_CHECKING:
    from assistant.facets import FacetScan, FacetVocabulary, Question

_WINDOW = 7  # longest run of words read for a name (« l'agence de santé de la région »: 6)
_JOINERS = word_set("de du des d la le l les")  # the only function words inside a name (a noun phrase)
# Beginnings of the words of partnership that let a two-letter acronym name a partner (« financés par le CD »)
_STRICT_PARTNERSHIP = ("partenari", "partenaire", "financ", "subvention", "soutien", "soutenu", "appui")
_PARTNERSHIP = (*_STRICT_PARTNERSHIP, "avec")
_DEFINITE = frozenset(
    {"le", "la", "l", "du", "au"}
)  # an institution is named with a definite singular article


def related(a: str, b: str) -> bool:
    """Are these two folded words one word, or an adjective and its noun (« sanitaire », « sante »)?"""
    return morphology.related(a, b, LEARNED_ADJECTIVES)


def _content(words: list[str]) -> tuple[str, ...]:
    return tuple(plural_key(w) for w in words if w not in STOPWORDS and len(w) > 1)


@lru_cache(maxsize=1)
def expanded_names() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(partner value, content words) for each name of two or more content words of a partner."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for names, canonical, phrases in SYNONYMS:
        if names != ("partenaires",) or not isinstance(canonical, str):
            continue
        for phrase in [canonical, *phrases]:
            if ":" in phrase:
                continue
            bag = _content(normalise(phrase).split())
            if len(bag) >= 2 and (canonical, bag) not in out:
                out.append((canonical, bag))
    return tuple(out)


# The head nouns of institutions' names, and the generic nouns that may stand for any of them (« l'institution
# scolaire » for « établissement scolaire », « les services départementaux » for « conseil départemental »).
_ORG_HEADS = frozenset(
    {"conseil", "agence", "etablissement", "caisse", "direction", "office", "centre", "mission"}
)
_GENERIC_HEADS = frozenset({"institution", "administration", "collectivite", "organisme"})


def _head_said(key: str, word: str) -> bool:
    return key in _ORG_HEADS and word in _GENERIC_HEADS


def _matches(bag: tuple[str, ...], words: list[str]) -> bool:
    """Each word of the bag is said by its own word of `words`, and `words` say nothing else."""
    if len(words) != len(bag):
        return False
    left = list(words)
    for n, key in enumerate(bag):
        hit = next((w for w in left if related(key, w) or (n == 0 and _head_said(key, w))), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def paraphrased_partners(
    vocab: FacetVocabulary, scan: FacetScan, found: list[_Found], question: Question
) -> None:
    """Runs of words naming a partner's expanded name in other words: found as that partner. A word of the run
    may have named a topic alone (« santé » in « l'agence de santé de la région »): the name replaces it."""
    norms = normalise(question.text).split()  # never token by token (`test_reliability_web` bound)
    if len(norms) != len(question.tokens):
        return
    said = [
        _said(plural_key(n)) for n in norms
    ]  # words that may say a word of some name: the only starts and words
    if sum(said) < 2:
        return
    present = _present(vocab)
    for start in range(len(norms)):
        if not said[start]:
            continue
        for end in range(min(len(norms), start + _WINDOW), start + 1, -1):
            span = range(start, end)
            if not said[end - 1] or any(not said[i] and norms[i] not in _JOINERS for i in span):
                continue
            inner = [f for f in found if start <= f.start and f.end <= end]
            if any(f.facet and f.facet.field == "partenaires" for f in inner):
                continue  # the partner is named already
            covered = {i for f in inner for i in range(f.start, f.end)}
            if any(
                (i in scan.used and i not in covered) or (i > start and i in question.breaks) for i in span
            ):
                continue
            words = list(_content(norms[start:end]))
            name = next((v for v, bag in expanded_names() if _matches(bag, words)), "")
            if name in ENTITIES and not present.get(normalise(name)) and not vocab.entity_known(name):
                scan.used.update(span)  # a partner no fiche has, said in other words: « aucune fiche »
                scan.absent.extend([] if name in scan.absent else [name])
                break
            if value := present.get(normalise(name)):
                found[:] = [f for f in found if f not in inner]
                add_partner(scan, found, value, question, start, end)
                break


@lru_cache(maxsize=4096)
def _said(key: str) -> bool:
    """May this word say a word of some partner's name (itself, a derivative, a generic head)?"""
    return key not in STOPWORDS and (
        key in _GENERIC_HEADS or bool(stems(plural_key(key), LEARNED_ADJECTIVES) & _name_stems())
    )


@lru_cache(maxsize=1)
def _name_stems() -> frozenset[str]:
    return frozenset(
        stem for _, bag in expanded_names() for w in bag for stem in stems(w, LEARNED_ADJECTIVES)
    )


def acronym_partner(vocab: FacetVocabulary, question: Question, i: int, known: bool = False) -> str:
    """The partner value whose canonical name has the initials of acronym token i, or ''. An acronym some fiche
    uses (« CD »: a disc, or the Conseil départemental) needs a bracket or a word of partnership other than
    « avec »."""
    letters = question.tokens[i].norm
    hits = {
        v
        for k, v in _present(vocab).items()
        if len(bag := _content(k.split())) >= 2 and _initials(bag) == letters
    }
    if len(hits) != 1:
        return ""
    if _bracketed(question, i):
        return hits.pop()
    cues = _STRICT_PARTNERSHIP if known else _PARTNERSHIP
    partnership = any(w.startswith(cues) for w in question.words)
    institution = i > 0 and question.tokens[i - 1].norm in _DEFINITE  # « le CD », never « des CD »
    if (len(letters) == 2 or known) and not (partnership and institution):
        return ""
    return hits.pop()


def _initials(bag: tuple[str, ...]) -> str:
    return "".join(w[0] for w in bag)


def _present(vocab: FacetVocabulary) -> dict[str, str]:
    """The corpus' partner values by their normalised name."""
    return {normalise(v): v for v in vocab.counts.get("partenaires", {})}


def _bracketed(question: Question, i: int) -> bool:
    start, end = question.spans[i]
    text = question.text
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")


def add_partner(
    scan: FacetScan, found: list[_Found], value: str, question: Question, start: int, end: int
) -> None:
    trigger = " ".join(t.text for t in question.tokens[start:end])
    scan.used.update(range(start, end))
    found.append(_Found(FacetMatch(field="partenaires", values=[value], trigger=trigger), start, end))


_BRACKET = re.compile(r"\(([^()]*)\)")
_HEAD_WORDS = 3  # longest noun phrase a bracket of partners glosses (« l'institution scolaire »)


def bracketed_partner_heads(scan: FacetScan, found: list[_Found], question: Question) -> None:
    """A bracket naming partners glosses the noun phrase just before it when one of its words says a word of
    one of their names (« l'institution scolaire (rectorat, inspection académique) »: scolaire ~ établissement
    scolaire): its words are no topic of their own. Other words before a bracket are left alone (« des ateliers
    cuisine (Caf) »)."""
    for match in _BRACKET.finditer(question.text):
        inside = [i for i, (a, b) in enumerate(question.spans) if match.start(1) <= a and b <= match.end(1)]
        values = {
            v
            for f in found
            if f.facet and f.facet.field == "partenaires" and f.start in inside
            for v in f.facet.values
        }
        if not inside or not values:
            continue
        head = _head_before(scan, question, inside[0])
        names = [
            w for v, bag in expanded_names() if normalise(v) in {normalise(x) for x in values} for w in bag
        ]
        if head and any(related(question.tokens[i].norm, w) for i in head for w in names):
            scan.used.update(head)


def _head_before(scan: FacetScan, question: Question, first: int) -> list[int]:
    """The unused content words just before token `first` (a noun phrase), at most `_HEAD_WORDS`."""
    out: list[int] = []
    i = first - 1
    while (
        i >= 0 and len(out) < _HEAD_WORDS and i not in scan.used and question.tokens[i].norm not in STOPWORDS
    ):
        out.insert(0, i)
        if i in question.breaks:
            break
        i -= 1
    return out
