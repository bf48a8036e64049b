"""A refinement of the previous list by a field the question analysis does not read as a facet there:

    origin_facet("seulement celles qui sont parties d'une idée d'habitants", listed)
    # FacetMatch(field="initiative", values=["Un groupe d'habitants", "Un habitant"], trigger="habitants")
    having_measure("celles qui ont des bénévoles")      # "nb_benevoles"
    having_measure("lesquelles ont un budget ?")        # "budget"

- **Origin** (the « Qui est à l'initiative de l'action ? » field): a word saying where an action came from
  (« idée », « initiative », « à l'origine », « lancée par », « née / partie / venue de », « à la demande
  de ») and the words that follow it name the initiator. The facet takes every value of the listed fiches'
  field sharing a word with them (« habitants »: « Un groupe d'habitants » and « Un habitant »), so it reads
  « habitants » as both, where the facet vocabulary picks one.
- **Having a figure** (the typed figures of `ingest/amounts.py`): a having verb or preposition (« ont »,
  « avec », « ayant », « qui mobilisent ») then an indefinite determiner then a noun naming a measure of the
  schema (« des bénévoles », « un budget », « des salariés »): the fiches whose figure is known.
Both are read only in a refinement of a list (`assistant.followup.refinement`): « celles qui… » says the
words are about the fiches just listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from assistant.mentions import stem, tokens
from assistant.records import FacetMatch
from ingest import fields
from ingest.models import Fiche
from ingest.text import STOPWORDS, normalise, plural_key, word_set

ORIGIN_FIELD = "initiative"
# Words saying where an action came from; those of the second set need « de » after them (« partie d'une
# idée », « née d'une demande », « venue des habitants »), the others name the origin by themselves.
ORIGIN_WORDS = word_set(
    """initiative initiatives initie initiee initiees inities idee idees origine lance lancee lancees lances
    impulse impulsee impulsees impulses propose proposee proposees proposes demande demandes"""
)
ORIGIN_VERBS = word_set(
    "parti partie parties partis venu venue venues venus nee nees issu issue issues issus"
)
_OF = word_set("de d du des")
# Words of the refinement that name no initiator (« seulement celles qui sont parties d'une idée de… »).
_PHRASING = word_set(
    """seulement uniquement juste exclusivement rien celles ceux celle celui lesquelles lesquels parmi elles
    eux qui sont ont ete etaient par sur l initiative origine depart premier premiere"""
)
# « celles qui ont des bénévoles », « avec un budget », « lesquelles mobilisent des salariés ? »
HAVING = word_set(
    "ont a avec ayant possedent possede disposent dispose mobilisent mobilise comptent compte impliquent"
)
INDEFINITE = word_set("des un une du de d quelques")


def _words_after_origin(toks: list[str]) -> list[str] | None:
    """The words after the first origin word (None when the question has none)."""
    for i, word in enumerate(toks):
        following = toks[i + 1] if i + 1 < len(toks) else ""
        if word in ORIGIN_WORDS or (word in ORIGIN_VERBS and following in _OF):
            return toks[i + 1 :]
    return None


def _value_stems(value: str) -> set[str]:
    return {stem(w) for w in normalise(value).split() if w not in STOPWORDS}


def origin_facet(question: str, listed: Iterable[Fiche]) -> FacetMatch | None:
    """The initiative facet a refinement names (« parties d'une idée d'habitants »): the values of the listed
    fiches' initiative field sharing most words with what follows the origin word; None when the question
    says no origin, or names nothing the listed fiches' initiators are."""
    after = _words_after_origin(tokens(question))
    if after is None:
        return None
    named = [w for w in after if w.isalpha() and w not in STOPWORDS and w not in _PHRASING]
    wanted = {stem(w) for w in named}
    values = sorted({v for fiche in listed for v in fields.facet_values(fiche, ORIGIN_FIELD)})
    overlap = {v: len(wanted & _value_stems(v)) for v in values}
    best = max(overlap.values(), default=0)
    if not best:
        return None
    chosen = [v for v in values if overlap[v] == best]
    trigger = " ".join(w for w in named if stem(w) in set().union(*map(_value_stems, chosen)))
    return FacetMatch(field=ORIGIN_FIELD, values=chosen, trigger=trigger)


def _measure_named(word: str) -> str:
    """The typed-figure field a noun names (« bénévoles » → nb_benevoles), '' for none."""
    for name in fields.measure_fields():
        if re.fullmatch(fields.measure(name).words, word):
            return name
    return ""


def having_measure(question: str, facets: Sequence[FacetMatch] = ()) -> str:
    """The typed-figure field a refinement asks the fiches to have (« celles qui ont des bénévoles » →
    nb_benevoles, « celles avec un budget » → budget); '' when it names none, or the noun is the trigger of
    a facet of the question (« celles qui ont des jeunes » names a public)."""
    toks = tokens(question)
    triggered = {plural_key(w) for f in facets for w in normalise(f.trigger).split()}
    for i in range(len(toks) - 2):
        verb, det, noun = toks[i : i + 3]
        having = verb in HAVING and det in INDEFINITE and plural_key(noun) not in triggered
        if having and (name := _measure_named(noun)):
            return name
    return ""


def has_measure(fiche: Fiche, name: str) -> bool:
    """Does the fiche state that figure (a positive typed value)?"""
    amount = getattr(fiche, name, None)
    return amount is not None and amount.value > 0


def measure_noun(name: str) -> str:
    """« nombre de bénévoles », « budget total »: how an answer names the figure."""
    return fields.measure(name).noun or fields.label(name)


# -- criteria said in the negative -------------------------------------------------------------------------

# Words excluding what follows (« pas celles en cours », « sauf en Isère », « hors Nord »); never « sans »,
# which names a public or a lack (« les jeunes sans emploi » are about employment).
_NEGATIONS = word_set("pas sauf hors excepte exceptees exceptes excepter excluant plus")
_BETWEEN = word_set("celles ceux celle celui les la le l des de d du en dans a au aux encore ni")
NEGATION_REACH = 3  # words between the negation and the criterion (« pas celles qui sont en cours »)


def negated_facets(question: str, facets: Sequence[FacetMatch]) -> list[FacetMatch]:
    """The facets whose trigger follows a negation within `NEGATION_REACH` words of determiners, pronouns
    and prepositions (« seulement celles qui sont arrêtées, pas celles en cours »: « En cours » is excluded,
    not wanted)."""
    toks = tokens(question)
    return [f for f in facets if _negated_at(toks, tokens(f.trigger))]


def _negated_at(toks: list[str], trigger: list[str]) -> bool:
    size = len(trigger)
    for i in range(len(toks) - size + 1):
        if toks[i : i + size] != trigger:
            continue
        j = i - 1
        while j >= 0 and i - j <= NEGATION_REACH and toks[j] in _BETWEEN:
            j -= 1
        if (
            j >= 0
            and toks[j] in _NEGATIONS
            and (toks[j] != "plus" or {"ne", "n"} & set(toks[max(0, j - 3) : j]))
        ):
            return True  # « plus » negates only after « ne » (« qui ne sont plus en cours », not « plus de »)
    return False
