"""The practical facts of a fiche a staff member expects on its card (« présente-moi X », « infos sur X »):
where it takes place (towns), what it is about (themes) and when (days, hours, periods, rhythm).

    towns(fiche)    # ["Millau"]: towns the text names in the fiche's own département
    themes(fiche)   # ["Santé", "Sport"]: keywords, dimension, and the keyword values its title and résumé name
    when(fiche)     # ["Les mardis et jeudis de 18 h 30 à 20 h 30."]: the first sentences giving a time

Each is read from typed data: towns from the official commune list (`ingest.places`), kept only in the fiche's
département; themes from the keyword table of the facets (`assistant.facet_words.SYNONYMS`); times from the
calendar's words (weekdays, months, hours, « chaque semaine », « une fois par mois »).
"""

from __future__ import annotations

import re
from functools import cache

from assistant.facet_words import SYNONYMS
from assistant.towns import _towns_of
from ingest import places
from ingest.models import Fiche
from ingest.text import normalise, plural_key, split_sentences

WHEN_SENTENCES = 2
THEMES = 6  # themes shown
NAMED_THEMES = 2  # themes read from the title and résumé, beyond the declared ones
WHEN_CHARS = 200
_TIME_FIELDS = ("resume", "description_generale", "description_experience")  # the résumé is shown whole
_WEEKDAYS = r"lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?"
_MONTHS = r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
_TIME = re.compile(
    rf"\b(?:{_WEEKDAYS}|(?:du|de|d|en|au|jusqu au) (?:\d{{1,2}} )?(?:{_MONTHS})"
    r"|\d{1,2} ?h(?: ?\d\d)?|(?:chaque|tous les|toutes les) (?:\d+ )?(?:jours?|semaines?|mois|ans?|annees?|matins?"
    r"|soirs?|apres midi|quinzaines?|week ends?|vacances|trimestres?)"
    r"|(?:une|deux|trois|\d) fois par (?:jour|semaine|mois|an)|hebdomadaires?|mensuel(?:le)?s?|quotidien(?:ne)?s?)\b"
)
# « les Centres Sociaux de Millau », « Ville de Millau »: a capitalised name after « de » (the patterns of
# `places.find_places` need « à » or « ville de »).
_AFTER_DE = re.compile(r"\b(?:de|d['’])\s*([A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?)")


def towns(fiche: Fiche) -> list[str]:
    """Towns of the fiche's département its centre line or text names (« à Metz », « de Millau »)."""
    found = set(_towns_of(fiche))
    text = " ".join([fiche.title, fiche.resume, fiche.description_experience, fiche.description_generale])
    code = fiche.departement_code
    for match in _AFTER_DE.finditer(text) if code else ():
        name = match.group(1)
        known = places.communes(name)
        if known and any(c.departement == code and c.population >= places.TOWN for c in known):
            found.add(known[0].name)
    return sorted(found)


def themes(fiche: Fiche) -> list[str]:
    """The fiche's keywords and dimension, then the keyword values its title and résumé name (« activités
    physiques et sportives » → « Sport »), each once."""
    keys = _keys(" ".join([fiche.title, fiche.resume]))
    declared = {normalise(v) for v in [*fiche.mots_cles, *fiche.dimension, *fiche.public]}
    named = [
        v
        for v, phrases in _topic_phrases()
        if normalise(v) not in declared and any(p in keys for p in phrases)
    ]
    out: dict[str, str] = {}
    for value in [*fiche.mots_cles, *fiche.dimension, *named[:NAMED_THEMES]]:
        out.setdefault(normalise(value), value)
    return list(out.values())[:THEMES]


def when(fiche: Fiche) -> list[str]:
    """The first sentences of the fiche giving a day, an hour, a period or a rhythm, besides its résumé (shown
    whole on the card)."""
    found: list[str] = []
    for name in _TIME_FIELDS[1:]:
        for line in (getattr(fiche, name) or "").splitlines():
            for sentence in split_sentences(line.strip(" -•*")):
                if _TIME.search(normalise(sentence)) and sentence not in found:
                    found.append(_cut(sentence))
    return found[:WHEN_SENTENCES]


@cache
def _topic_phrases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(keyword value, its phrases as padded plural keys) for the keyword facets' table."""
    out = []
    for fields_, value, phrases in SYNONYMS:
        if "dimension" not in fields_ or not isinstance(value, str):  # a public (« Jeunesse ») is no theme
            continue
        keyed = tuple(_keys(p) for p in phrases if ":" not in p and len(p) > 3)
        out.append((value, tuple(k for k in keyed if k.strip())))
    return tuple(out)


def _keys(text: str) -> str:
    """The text's words as plural keys, padded with spaces for whole-phrase look-ups."""
    return " " + " ".join(plural_key(w) for w in normalise(text).split()) + " "


def _cut(text: str) -> str:
    return text if len(text) <= WHEN_CHARS else text[: WHEN_CHARS - 1].rsplit(" ", 1)[0] + "…"
