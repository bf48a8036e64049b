"""A language named as what people speak, read or learn: the base value about learning it.

    spoken_languages(vocabulary, scan, found, question)
    # « des gens qui baragouinent à peine le français »   → « alphabétisation & apprentissage du français »
    # « ils ne causent pas un mot de français »            → the same value

A value of the base that names learning a language (« apprentissage du français », « cours d'anglais ») gives
that language's noun (the word after « apprentissage / cours / langue » and its article). In a question, the
noun as a language — after an article or a preposition (« le français », « en français », « un mot de
français »), lowercase (« les Français » are people) — names that value whatever verb comes before it, a
familiar one too (« baragouiner », « causer », « se débrouiller en »), when the question names no people
facet: « des mamans ont du mal en français » tells a situation, read as such by `assistant.situation_facets`. The language's value is learnt from the
base's values, no list of verbs or phrasings.

    language_demonyms(scan, found, question)
    # « des cours de breton dans le Finistère »  → « breton » is no région: a language, so a topic
    # « apprendre le basque », « la langue corse » → the same; « les projets bretons » stays Bretagne

A demonym names a place (`ingest.demonyms`), but after a noun of teaching (« cours de », « atelier d' »), after
« langue », or after a verb of speaking or learning (« parler », « apprendre le ») the same word is the place's
language. The place facet is then dropped and the word left to the question: the learning value of that language
if the base has one (`spoken_languages`, which runs next), else a topic the search must find — a language no
fiche teaches is a topic absent from the base, not a place that has fiches.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from assistant.facet_common import released
from assistant.records import FacetMatch
from ingest.lemmas import lemma
from ingest.text import normalise, plural_key, word_set

if TYPE_CHECKING:
    from assistant.facet_merge import _Found
    from assistant.facets import FacetScan, FacetVocabulary, Question

_LEARNING = word_set("apprentissage cours langue langues classe classes atelier ateliers")
_ARTICLES = word_set("le la l du de d des en un une")
_FIELDS = ("mots_cles", "public", "dimension")
# Nouns of a bit of a language (« pas un mot de français », « trois mots d'anglais »): how much, not a topic.
_SPEECH = word_set("mot mots")
# Before a demonym, nouns of teaching (« cours de breton », « initiation au basque ») and « langue » (« la langue
# corse »); verbs (lemmas) whose object is a language (« parler breton », « apprendre le basque »).
_TAUGHT = _LEARNING | word_set("initiation initiations enseignement lecon lecons stage stages")
_TONGUE = word_set("langue langues")
_SPEAKING = word_set("parler apprendre enseigner causer comprendre baragouiner")
_PLACE_FIELDS = ("region", "departement")


@lru_cache(maxsize=64)
def _languages(values: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, str]]:
    """Language noun (normalised) → (field, value) of the value that names learning it."""
    found: dict[str, tuple[str, str]] = {}
    for field, value in values:
        words = normalise(value).replace("'", " ").split()
        for i, word in enumerate(words[:-1]):
            rest = [w for w in words[i + 1 : i + 3] if w not in _ARTICLES]
            if word in _LEARNING and rest:
                found.setdefault(rest[0], (field, value))
    return found


def spoken_languages(
    vocabulary: FacetVocabulary, scan: FacetScan, found: list[_Found], question: Question
) -> None:
    """Add the learning value of each language the question names as a language (see the module docstring)."""
    from assistant.facet_merge import _Found

    if any(item.people for item in found):
        return  # « des mamans ont du mal en français »: a situation told (`assistant.situation_facets`)
    values = tuple((f, v) for f in _FIELDS for v in vocabulary.values(f))
    languages = _languages(values)
    if not languages:
        return
    tokens = question.tokens
    taken = {v for item in found if item.facet is not None for v in item.facet.values}
    norms = question.norms  # read once: the scan reads each token a bounded number of times
    for i, norm in enumerate(norms):
        hit = languages.get(norm)
        if not i or hit is None or i in scan.used or hit[1] in taken:
            continue
        token = tokens[i]
        if norms[i - 1] not in _ARTICLES or token.text[:1].isupper():
            continue
        facet = FacetMatch(field=hit[0], values=[hit[1]], trigger=f"{tokens[i - 1].text} {token.text}")
        found.append(_Found(facet, i - 1, i + 1))
        scan.used.update((i - 1, i))
        if i > 1 and norms[i - 2] in _SPEECH:  # « pas un mot de français »: how much of it
            scan.used.add(i - 2)
        taken.add(hit[1])
    found.sort(key=lambda item: item.start)


def language_demonyms(scan: FacetScan, found: list[_Found], question: Question) -> list[_Found]:
    """`found` without the places named by a demonym that the words before it make a language (see the module
    docstring); the demonym's word leaves `scan.used` (and a place no fiche has leaves `scan.absent`)."""
    return released(scan, found, lambda item: _spoken_demonym(item, question))


def _spoken_demonym(item: _Found, question: Question) -> bool:
    """A one-word lowercase demonym of a région or département in a frame of language (see the docstring)."""
    facet = item.facet
    if facet is None and not item.label or facet is not None and facet.field not in _PLACE_FIELDS:
        return False
    if item.end - item.start != 1 or not item.start:
        return False
    i = item.start
    start, end = question.spans[i]
    if not question.text[start:end].islower():
        return False  # « les Bretons »: people
    names = " ".join(normalise(v) for v in (facet.values if facet is not None else [item.label])).split()
    norms = question.norms
    if plural_key(norms[i]) in names:
        return False  # the place's own name (« la Réunion »), no demonym
    before = norms[i - 1]
    if before in _TONGUE:  # « la langue bretonne »
        return True
    j = i - 1 if before in _ARTICLES or before in ("au", "aux") else i  # the article's place, if any
    if j < i and j and norms[j - 1] in _TAUGHT:
        return True  # « cours de breton », « initiation au basque »
    verb = j - 1
    return verb >= 0 and verb not in question.breaks and lemma(question.tokens[verb].text) in _SPEAKING
