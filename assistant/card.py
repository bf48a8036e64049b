"""One fiche presented on its own (« Présentez-moi le Conseil des habitants », « la grainothèque, c'est
quoi ? »): a short card — centre, statut and year, public, partners, budget, the people mobilised, résumé,
the text's figures — citing that fiche only (and its near-duplicates of the same centre, each with its card).

    if presents(normalise(question)):
        built = card_answer(fiche, query, near)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answer import link, md, plural, where
from assistant.card_facts import themes, towns, when
from assistant.comparison import Built, built_answer, figure_with_basis
from assistant.query import SCAFFOLDING
from assistant.records import Query
from ingest.geo import find_departement, find_region
from ingest.models import Fiche
from ingest.text import GENERIC, STOPWORDS, normalise, split_sentences, word_set

SUMMARY_CHARS = 420
ITEM_CHARS = 160
FIGURES = 2  # sentences of the text with a figure shown on the card
# A request to present a fiche, not to tell one of its details (folded, normalised question).
_PRESENT = re.compile(
    r"^(?:presente|presentez|parle|parlez|raconte|racontez|decris|decrivez|resume|resumez)\b"
    r"|^qu est ce que (?:le|la|l|les|c est)\b"
    # an imperative to a listener anywhere, after the name (« X (Finistère) : présente-moi le projet »)
    r"|\b(?:presente|presentez|parle|parlez|raconte|racontez|decris|decrivez|resume|resumez) (?:moi|nous)\b"
    r"|\b(?:une |la |petite |breve )presentation (?:du|de|des|d)\b"
    r"|\b(?:presenter|resumer|c est quoi|c etait quoi|qu est ce que c est|dit quoi|elle dit quoi"
    r"|de quoi s agit|de quoi il s agit|en quoi consiste|tell me about|what is)\b"
    # what a thing consists of or how it goes, in any word order: « ça consiste en quoi », « en quoi ça
    # consiste », « ça se passe comment », « comment ça marche », « à quoi ça sert »
    r"|\bconsist\w* (?:en|a) quoi\b|\ben quoi (?:ca |cela )?consist\w*"
    r"|\b(?:ca|cela) (?:se passe|marche|fonctionne|sert) (?:comment|a quoi)\b"
    r"|\b(?:comment|a quoi) (?:ca|cela) (?:se passe|marche|fonctionne|sert)\b"
    # a request for information on a named thing: « infos sur X », « des informations sur X »
    r"|^(?:des |les |plus d )?(?:infos?|informations?|renseignements?|details) (?:sur|concernant)\b"
)
_FIGURE_FIELDS = ("description_generale", "resume", "description_experience")
# The results an action reports, whose sentences with a figure are its key results (« baisse de 38 % »).
_RESULT_FIELDS = ("resultat_territoire", "resultat_habitants", "resultat_centre", "impacts")


# Words of a presentation request besides the fiche's name (« tu peux me résumer … », « elle dit quoi »).
_ASKING = word_set(
    """infos info informations information renseignements details concernant presente presentez presenter
    parle parlez raconte racontez decris decrivez resume resumez resumer presentation breve dit dire quoi agit sagit consiste exactement peux pouvez pourriez pourrais voudrais bonjour merci svp tell
    juste concretement precisement comment passe marche fonctionne sert
    about what fiche projet action initiative elle il ca cela celle celui premiere deuxieme troisieme
    derniere seconde moi nous"""
)


def presents(norm: str, title: str = "", extra: set[str] | None = None) -> bool:
    """Does the normalised question ask to present a fiche (see `_PRESENT`) — and, given the fiche's
    `title`, nothing else than the fiche: « c'est quoi son reste à charge ? » asks a detail (its words
    neither the title's, nor phrasing, nor `extra`, such as the places named)."""
    if not _PRESENT.search(norm):
        return False
    if not title:
        return True
    skip = STOPWORDS | GENERIC | SCAFFOLDING | _ASKING | (extra or set())
    named = {w[:5] for w in normalise(title).split()}
    rest = [w for w in norm.split() if w not in skip and len(w) > 2 and w[:5] not in named]
    return all(_place_word(w) for w in rest)  # « Conseil des habitants (Finistère) : présente-moi … »


def _lines(text: str) -> list[str]:
    """The text's non-empty lines, bullets and trailing punctuation stripped (one card row)."""
    return [line.strip(" -•*\t").rstrip(" .;") for line in text.splitlines() if line.strip(" -•*\t")]


def _place_word(word: str) -> bool:
    """A department's or a region's name (« finistere », « bretagne »): where the fiche is, not a detail."""
    return find_departement(word) is not None or find_region(word) is not None


def card_answer(fiche: Fiche, query: Query, near: Sequence[Fiche] = ()) -> Built:
    """The card of `fiche` [1], then those of its `near` duplicates, flagged."""
    text = card(fiche, 1)
    if near:
        names = " et ".join(f"« {md(f.title or f.id)} »" for f in (fiche, *near))
        text += f"\n\n{plural(len(near) + 1, 'fiche proche', 'fiches proches')} du même centre ({names}) :"
        text += "".join(f"\n\n{card(f, n)}" for n, f in enumerate(near, 2))
    sources = "".join(f"\n\n**[{n}]** {link(f)} — {where(f)}" for n, f in enumerate((fiche, *near), 1))
    return Built(built_answer(text + sources, [fiche, *near], query), facts=f"Fiche [1] :\n{text}")


def card(fiche: Fiche, n: int = 1) -> str:
    """« Titre » — centre [n], then one line per field the fiche fills."""
    rows = [
        ("Statut", " ".join(p for p in (fiche.statut, str(fiche.annee or "")) if p)),
        ("Où", ", ".join(towns(fiche))),
        ("Public", ", ".join(fiche.public)),
        ("Thèmes", ", ".join(themes(fiche))),
        ("Quand", " ".join(f"« {s} »" for s in when(fiche))),
        ("Partenaires", ", ".join(fiche.partenaires or fiche.partenaires_cites)),
        ("Budget", figure_with_basis("budget", fiche.budget) if fiche.budget else ""),
        ("Moyens humains", _cut(" ; ".join(_lines(fiche.personnes_mobilisees)), ITEM_CHARS)),
        ("Résumé", _cut(fiche.resume or fiche.description_experience, SUMMARY_CHARS)),
        ("En chiffres", " ".join(f"« {s} »" for s in _figures(fiche))),
        ("Résultats chiffrés", " ".join(f"« {s} »" for s in _figures(fiche, _RESULT_FIELDS))),
    ]
    lines = [f"- {label} : {md(value)}" for label, value in rows if value]
    return f"« {md(fiche.title or fiche.id)} » — {where(fiche)} [{n}]\n" + "\n".join(lines)


def _figures(fiche: Fiche, names: Sequence[str] = _FIGURE_FIELDS) -> list[str]:
    """The first sentences of the fields `names` (the text, else the results) with a figure (not already in
    the résumé shown)."""
    shown = fiche.resume or fiche.description_experience
    found = [
        _cut(s, ITEM_CHARS)
        for name in names
        for line in getattr(fiche, name).splitlines()
        for s in split_sentences(line.strip(" -•*"))
        if re.search(r"\d", s) and s not in shown
    ]
    return list(dict.fromkeys(found))[:FIGURES]


def _cut(text: str, limit: int) -> str:
    flat = " ".join(line.strip(" -•*") for line in (text or "").splitlines() if line.strip(" -•*"))
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"
