"""Words that qualify a facet found in a question rather than name a topic of their own: they are marked used.

    _glosses(scan, found, question)             # « les tout-petits (avant l'école maternelle) »
    _association_idioms(scan, question)         # « main dans la main avec la mairie »
    _local_partners(scan, found, question)      # « les écoles du quartier »

A gloss (a bracket just after a trigger, or words after a marker: « genre », « c'est-à-dire ») explains the facet
it follows; an idiom of association cues a partner like « avec »; « du quartier » after a partner says which
one. None of these words is a further search topic.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from assistant.glossary import ASSOCIATION_IDIOMS
from ingest.text import word_set

if TYPE_CHECKING:
    from assistant.facet_merge import _Found
    from assistant.facets import FacetScan, Question


_BRACKET = re.compile(r"\(([^(),]*)\)")
_GLOSS_WORDS = 8  # longest gloss in brackets, in words


def _glosses(scan: FacetScan, found: list[_Found], question: Question) -> None:
    """A bracket just after a facet's trigger glosses it (« les tout-petits (avant l'école maternelle) »,
    « une intercommunalité (communauté de communes / agglo) »): its words are no further topic. A public is
    glossed by any words (an age, a stage of life); another field by a bracket naming the same field again;
    never by a bracket naming another field (« les jeunes (précarité étudiante) »: a topic of its own).
    Words introduced by a gloss marker after a trigger (« des projets écolos, genre respect de la planète »)
    gloss it when they name its field again, whatever the field. An enumeration (commas) is
    `_enumerated_topics`' business."""
    for match in _BRACKET.finditer(question.text):
        inside = [i for i, (a, b) in enumerate(question.spans) if match.start(1) <= a and b <= match.end(1)]
        _gloss(scan, found, inside, inside[:1], bracket=True)
    for inside in _introduced(found, question):
        _gloss(scan, found, inside, [inside[0], inside[0] - 1], bracket=False)


def _gloss(
    scan: FacetScan, found: list[_Found], inside: list[int], ends: list[int], *, bracket: bool
) -> None:
    """Mark the words `inside` used when they gloss the facet whose trigger ends at one of `ends`."""
    if not inside or len(inside) > _GLOSS_WORDS:
        return
    glossed = next((f for f in found if f.facet is not None and f.end in ends), None)
    if glossed is None:
        return
    fields_inside = {f.facet.field for f in found if f.facet is not None and f.start in inside}
    if fields_inside - {glossed.facet.field}:
        return
    if (bracket and glossed.facet.field == "public") or fields_inside:
        scan.used.update(inside)


# Words of spoken French introducing an example or a gloss of what was just named (« des projets écolos, genre
# respect de la planète », « pour les aînés, c'est-à-dire les plus de 60 ans »).
_GLOSS_MARKERS = word_set("genre style type comme notamment exemple dire")


def _introduced(found: list[_Found], question: Question) -> list[list[int]]:
    """Token positions of the words after a gloss marker that follows a facet's trigger (a comma between
    allowed), up to the next punctuation mark: candidates glosses, which `_glosses` keeps when they name the
    same field again."""
    out: list[list[int]] = []
    if (
        not question.words & _GLOSS_MARKERS
    ):  # the question's set of words tells, without reading it word by word
        return out
    ends = {f.end for f in found if f.facet is not None}
    for i, token in enumerate(question.tokens):
        if token.norm in _GLOSS_MARKERS and (i in ends or i - 1 in ends or i - 2 in ends):
            end = next(
                (j for j in range(i + 1, len(question.tokens)) if j in question.breaks), len(question.tokens)
            )
            out.append(list(range(i, end)))
    return out


# « les écoles du quartier », « le bailleur du secteur »: where a partner is, not a topic.
_LOCAL = {("du", "quartier"), ("du", "secteur"), ("du", "territoire"), ("du", "coin"), ("de", "proximite")}


def _local_partners(scan: FacetScan, found: list[_Found], question: Question) -> None:
    """A partner followed by where it is (« les écoles du quartier », « le bailleur du secteur »): those words
    say which one, they name no topic."""
    tokens = question.tokens
    for item in found:
        end = item.end
        if item.facet is None or item.facet.field != "partenaires" or end in question.breaks:
            continue
        if tuple(t.norm for t in tokens[end : end + 2]) in _LOCAL and end + 1 not in question.breaks:
            scan.used.update((end, end + 1))


def _association_idioms(scan: FacetScan, question: Question) -> None:
    """« main dans la main avec », « dans la boucle »: idioms of association cue a partner like « avec »
    (`assistant.facet_cues`) and name no topic."""
    idioms = [idiom for idiom in ASSOCIATION_IDIOMS if set(idiom.split()) <= question.words]
    if not idioms:  # the question's set of words tells, without reading it word by word
        return
    text = question.joined + " "
    spans = [m.span() for idiom in idioms for m in re.finditer(rf"(?<![^ ]){re.escape(idiom)} ", text)]
    starts = list(itertools.accumulate((len(t.norm) + 1 for t in question.tokens), initial=0))
    for start, end in spans:
        scan.used.update(i for i, a in enumerate(starts[:-1]) if start <= a < end - 1)
