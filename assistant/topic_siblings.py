"""A request for several examples that one fiche answers: the fiches of the same topic come with it.

    if asks_several(scan.tokens) and len(hits) == 1:
        hits = [hits[0], *siblings(hits[0].fiche, pool, share_of, k - 1)]

« Des exemples pour que les habitants aient leur mot à dire dans les décisions ? », « Comment associer les
habitants aux décisions ? »: the asker wants ways, several of them. The words of the question may meet one fiche
only (the one writing « décisions »), while others of the same topic say it in their own words (« peser sur le
programme », « un comité d'habitants »). The base's own categories tell them: the pool fiches (the best ranked
for the question) that share a topic mot-clé with the fiche that answers, a mot-clé held by a minority of the
base (a value most fiches have, « Tous publics », tells no topic), come after it, in rank order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from assistant.question_syntax import is_infinitive
from ingest.models import Fiche
from ingest.text import Token, word_set

# Nouns of a request for several things (plural), after a plural determiner: « des exemples », « quelques pistes »
_SEVERAL_NOUNS = word_set(
    "exemples idees pistes solutions actions projets initiatives experiences moyens facons manieres astuces"
)
_PLURAL_DETERMINERS = word_set("des d de quelques plusieurs vos")
# Between « comment » and its infinitive: clitics and negation (« comment les associer », « comment y faire »)
_CLITICS = word_set("ne n se s y en les leur lui la le l nous vous me m")
# A topic mot-clé is held by at most this share of the base
MAX_SHARE = 0.25


def asks_several(tokens: list[Token]) -> bool:
    """Does the question ask for several things: a plural noun of request after a plural determiner (« des
    exemples », « d'actions », « quelques pistes »), or « comment » then an infinitive (« comment associer »)?"""
    norms = [t.norm for t in tokens]
    for i, norm in enumerate(norms):
        if norm in _SEVERAL_NOUNS and i and norms[i - 1] in _PLURAL_DETERMINERS:
            return True
        if norm == "comment":
            j = i + 1
            while j < len(norms) and norms[j] in _CLITICS:
                j += 1
            if j < len(norms) and is_infinitive(norms[j]) and norms[j] not in ("etre", "avoir"):
                return True
    return False


def siblings(first: Fiche, pool: Iterable[Fiche], share: Callable[[str], float], limit: int) -> list[Fiche]:
    """The pool fiches (in rank order) sharing with `first` a mot-clé held by at most MAX_SHARE of the base
    (`share`: value -> share of the base's fiches having it), at most `limit`."""
    topics = {v for v in first.mots_cles if share(v) <= MAX_SHARE}
    out = []
    for fiche in pool:
        if fiche.id != first.id and topics & set(fiche.mots_cles):
            out.append(fiche)
            if len(out) >= limit:
                break
    return out
