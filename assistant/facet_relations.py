"""Two publics of distant ages made to meet name the meeting, not two publics every fiche must hold.

    found = related_generations(vocabulary, scan, found, question)   # after `facet_generations.generations`

« des actions qui font se rencontrer jeunes et vieux », « réunir les ados et les seniors », « où enfants et
anciens se retrouvent »: the grammar ties the two publics as the parties of one relation — the object of a verb
bringing people together (`facet_merge._TOGETHER`: « réunir », « rassembler », « rapprocher »…), or the subject
of a reciprocal pronominal verb (« se » just before the verb that governs them, « faire se croiser A et B »; or
« se » just after them, « A et B se côtoient »). A young public and an old one so tied name the corpus's
intergenerational topic (`facet_generations`), or, when the base has none, an OR of the two (a fiche for either
takes part in the meeting) — never the AND no fiche holds (« aucune fiche ne réunit » Jeunesse et Seniors).
`facet_generations` reads « entre », « avec », « ensemble »; this module reads the verbs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.facet_generations import _age, _ages, _topic
from assistant.facet_merge import _TOGETHER, _Found, _or_into
from assistant.records import FacetMatch
from ingest.lemmas import lemma
from ingest.text import STOPWORDS, word_set

if TYPE_CHECKING:
    from assistant.facets import FacetScan, FacetVocabulary, Question

_RECIPROCAL = word_set(
    "se s"
)  # the reciprocal pronoun of a pronominal verb (« se rencontrer », « s'entraider »)
_LINKS = word_set(
    "et avec and with"
)  # between the two publics (« jeunes et vieux », « les ados avec les anciens »)
_SPAN = 3  # words between the verb and the first public (« réunir tous les jeunes et … »)


def related_generations(
    vocabulary: FacetVocabulary, scan: FacetScan, found: list[_Found], question: Question
) -> list[_Found]:
    """`found` with each young and old public tied by a verb of meeting replaced by the intergenerational
    topic, or by one public of both values when the base has no such topic (see the module docstring)."""
    ages = _ages(vocabulary)
    value = _topic(vocabulary)
    out: list[_Found] = []
    for item in sorted(found, key=lambda f: f.start):
        previous = out[-1] if out else None
        verb = _met(previous, item, ages, question) if previous is not None else -1
        if verb < 0:
            out.append(item)
            continue
        if value:
            start = min(verb, previous.start)
            trigger = " ".join(t.text for t in question.tokens[start : item.end])
            out[-1] = _Found(FacetMatch(field="mots_cles", values=[value], trigger=trigger), start, item.end)
            scan.used.update(range(start, item.end))
        else:
            _or_into(previous, item)
    return out


def _met(first: _Found, second: _Found, ages: dict[tuple[str, str], str], question: Question) -> int:
    """A young public and an old one, joined by « et » / « avec » and function words only, in one clause, the
    parties of a verb of meeting (before them) or of a reciprocal verb (« se » before the verb, or after them):
    the position of the verb before them (the first public's own when the verb follows), -1 when not met."""
    if {_age(first, ages), _age(second, ages)} != {"young", "old"}:
        return -1
    between = list(question.norms[first.end : second.start])
    if not between or not _LINKS & set(between) or not all(w in STOPWORDS | _LINKS for w in between):
        return -1
    if set(range(first.end, second.start + 1)) & question.breaks:
        return -1
    verb = _verb_before(first, question)
    return verb if verb >= 0 else first.start if _reciprocal_after(second, question) else -1


def _verb_before(first: _Found, question: Question) -> int:
    """« réunir (tous) les jeunes et … », « faire se croiser jeunes et … »: the position of the verb governing
    the pair (-1 when none)."""
    start = max(0, first.start - _SPAN - 1)
    for v in range(start, first.start):
        words = question.norms[v + 1 : first.start]
        if set(range(v + 1, first.start + 1)) & question.breaks or not all(w in STOPWORDS for w in words):
            continue
        if lemma(question.norms[v]) in _TOGETHER or (v > 0 and question.norms[v - 1] in _RECIPROCAL):
            return v
    return -1


def _reciprocal_after(second: _Found, question: Question) -> bool:
    """« enfants et anciens se retrouvent », « jeunes et vieux s'entraident »: « se » just after the pair."""
    if second.end in question.breaks:
        return False
    after = list(question.norms[second.end : second.end + 2])
    return bool(after) and (after[0] in _RECIPROCAL or after[:2] in (["peuvent", "se"], ["vont", "se"]))
