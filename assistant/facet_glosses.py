"""Words that qualify a facet found in a question rather than name a topic of their own: they are marked used.

    _glosses(scan, found, question)             # « les tout-petits (avant l'école maternelle) »
    _association_idioms(scan, question)         # « main dans la main avec la mairie »
    _local_partners(scan, found, question)      # « les écoles du quartier »

A gloss (a bracket just after a trigger, or words after a marker: « genre », « c'est-à-dire ») explains the facet
it follows; an idiom of association cues a partner like « avec »; « du quartier » or a status (« publiques »)
after a partner says which one. None of these words is a further search topic.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.facet_words import AGE_BANDS, stage_ranges
from assistant.glossary import ASSOCIATION_IDIOMS
from ingest.text import STOPWORDS, normalise, word_set

if TYPE_CHECKING:
    from assistant.facet_merge import _Found
    from assistant.facets import FacetScan, Question
    from assistant.records import FacetMatch


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
# « les écoles publiques », « les services municipaux »: the status of a partner institution, not a topic.
_STATUS = word_set(
    """public publique publics publiques prive privee prives privees municipal municipale municipaux municipales
    communal communale communaux communales"""
)


def _local_partners(scan: FacetScan, found: list[_Found], question: Question) -> None:
    """A partner followed by where it is (« les écoles du quartier », « le bailleur du secteur ») or by its
    status (« les écoles publiques »): those words say which one, they name no topic."""
    tokens = question.tokens
    for item in found:
        end = item.end
        if item.facet is None or item.facet.field != "partenaires" or end in question.breaks:
            continue
        if tuple(t.norm for t in tokens[end : end + 2]) in _LOCAL and end + 1 not in question.breaks:
            scan.used.update((end, end + 1))
        elif end < len(tokens) and tokens[end].norm in _STATUS:
            scan.used.add(end)


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


_TOPIC_FIELDS = frozenset({"mots_cles", "public", "dimension"})
_ALTERNATIVE_WORDS = 4  # longest other side of an alternative, in words
_OF_WORDS = word_set("de des du d")  # a complement after a topic (« la mixité des quartiers »)


def _alternatives(
    scan: FacetScan, found: list[_Found], question: Question, unknown: Callable[[str], bool]
) -> None:
    """« le brassage des publics / la mixité », « la mixité ou le brassage »: two names joined by « / » or
    « ou », one of them a found topic or public named alone (its trigger and function words only). The asker
    takes either, so the fiches of the found side answer: a word of the other side that no fiche uses is no
    absent topic (used); the words some fiche uses are left to rank them. The other side is a short run (at
    most `_ALTERNATIVE_WORDS` words, no facet in it) up to the nearest punctuation."""
    for before, after in _joints(question):
        if _names_facet_alone(after, found, question, after=True) and not _holds_facet(before, found):
            scan.used.update(i for i in before if i not in scan.used and unknown(question.norms[i]))
        if _names_facet_alone(before, found, question, after=False) and not _holds_facet(after, found):
            scan.used.update(i for i in after if i not in scan.used and unknown(question.norms[i]))


def _joints(question: Question) -> list[tuple[list[int], list[int]]]:
    """(words before, words after) of each « / » or « ou » joining two runs of words."""
    out = []
    norms, spans = question.norms, question.spans
    if "ou" not in question.words and "/" not in question.text:
        return out
    for j in range(1, len(norms)):
        if norms[j] == "ou" and not {j, j + 1} & question.breaks:
            out.append((_before(question, j), _after(question, j + 1)))
        elif j in question.breaks and "/" in question.text[spans[j - 1][1] : spans[j][0]]:
            out.append((_before(question, j), _after(question, j)))
    return out


def _before(question: Question, joint: int) -> list[int]:
    """The words just before position `joint`, back to the start of their clause, at most `_ALTERNATIVE_WORDS`."""
    run: list[int] = []
    i = joint - 1
    while i >= 0 and len(run) < _ALTERNATIVE_WORDS:
        run.insert(0, i)
        if i in question.breaks:
            break
        i -= 1
    return run


def _after(question: Question, start: int) -> list[int]:
    """The words from `start`, up to the end of their clause, at most `_ALTERNATIVE_WORDS`."""
    run: list[int] = []
    i = start
    while (
        i < len(question.tokens)
        and len(run) < _ALTERNATIVE_WORDS
        and (i == start or i not in question.breaks)
    ):
        run.append(i)
        i += 1
    return run


def _names_facet_alone(side: list[int], found: list[_Found], question: Question, *, after: bool) -> bool:
    """Is the side next to the joint one found topic or public and function words? After the joint, the topic
    opens the side and ends it (« / la mixité ? », never « / la mixité des quartiers »: its complement makes it
    another thing); before it, the topic closes the side (« travaillaient la mixité / … »)."""
    if not side:
        return False
    facets = [f for f in found if f.facet is not None and f.start in side]
    if not facets or facets[0].facet.field not in _TOPIC_FIELDS:
        return False
    facet = facets[0] if after else facets[-1]
    tokens = question.tokens
    near = range(side[0], facet.start) if after else range(facet.end, side[-1] + 1)
    if any(tokens[i].key not in STOPWORDS for i in near):
        return False
    following = facet.end
    return (
        not after
        or following >= len(tokens)
        or following in question.breaks
        or (tokens[following].norm not in _OF_WORDS)
    )


def _holds_facet(side: list[int], found: list[_Found]) -> bool:
    return any(f.start in side or f.end - 1 in side for f in found)


# Words between people and the stage of school that says their age (« les enfants du primaire », « les élèves
# de maternelle », « les jeunes au lycée »).
_STAGE_LINKS = word_set("du de d en a au l la")
_STAGE_LINK_WORDS = 2
# The clause between people and their stage (« pas encore », « qui ne vont pas encore », « qui sont déjà »): a
# relative pronoun, a negation, an adverb of time, a verb of being or going.
_STAGE_CLAUSE = word_set(
    "qui ne n pas plus encore deja bientot toujours jamais vont va sont est entrent rentrent"
)
_STAGE_CLAUSE_WORDS = 5
_SCHOOL_AGE_END = 25


def _stage_complements(scan: FacetScan, found: list[_Found], question: Question) -> None:
    """A stage of school after children or young people named (« les enfants du primaire », « les jeunes du
    collège ») says which, by their age: no topic, its words are used (not after people of no age: « rapprocher
    les parents de l'école » names the school); so is a stage word after a stage already read
    (« avant l'école maternelle »: « maternelle » after « école »). A stage alone (« après le collège ») is left."""
    norms = question.norms
    for item in found:
        if item.facet is None or not item.people or not _young(item.facet):
            continue
        i = _stage_start(norms, item.end)
        j = _stage_end(question, i)
        if j > i and not set(range(item.end, j)) & question.breaks:
            scan.used.update(range(item.end, j))
    for i in sorted(k + 1 for k in scan.used if 0 <= k < len(norms) - 1):
        if i not in question.breaks and _is_stage(norms[i - 1]):
            scan.used.update(range(i, _stage_end(question, i)))


def _stage_start(norms: tuple[str, ...], start: int) -> int:
    """Where the stage words after people begin: past the links (« du », « de la ») and, before them, a clause
    saying the people are not yet or no longer there (« pas encore à la maternelle », « qui ne vont pas encore
    à l'école », « qui sont déjà au collège »): the stage still says their age. `start` when none."""
    i = start
    while i < len(norms) and i - start < _STAGE_CLAUSE_WORDS and norms[i] in _STAGE_CLAUSE:
        i += 1
    links = i
    while i < len(norms) and i - links < _STAGE_LINK_WORDS and norms[i] in _STAGE_LINKS:
        i += 1
    return i if i > links or i == start else start


def _young(facet: FacetMatch) -> bool:
    """Does the facet name people of a school age (a public of an age band ending by 25: `AGE_BANDS`)?"""
    young = [normalise(name) for name, _, end in AGE_BANDS if end <= _SCHOOL_AGE_END]
    return any(band in normalise(value) for _, values in facet.pairs() for value in values for band in young)


def _stage_end(question: Question, start: int) -> int:
    """The end of the run of stage words from `start` (`start` itself when there is none)."""
    j = start
    while (
        j < len(question.norms) and _is_stage(question.norms[j]) and (j == start or j not in question.breaks)
    ):
        j += 1
    return j


def _is_stage(norm: str) -> bool:
    """A stage of school (« école », « maternelle », « primaire », « collège », « lycée »: `stage_ranges`)."""
    return bool(stage_ranges(["avant", norm]))
