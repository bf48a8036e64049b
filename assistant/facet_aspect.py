"""The statut a question asks for, read from the meaning of its verbs rather than from a list of phrases.

    aspect_statut(question)   # « celles qui continuent » → "En cours"; « qui se sont éteintes » → "Terminée"

A verb of running (continuer, tourner, fonctionner, exister, se poursuivre, perdurer, vivre…) or of ending
(terminer, arrêter, finir, cesser, s'éteindre, disparaître…) is found by its lemma (`ingest.lemmas`), so any
of its forms counts. Its polarity is flipped by a negation (« ne … plus », « pas encore »): running negated is
ended, ending negated is running. Any verb under « ne … plus » (« qui ne se font plus », « qui n'ont plus
lieu ») says the action stopped. The verb must have the actions for subject: a relative « qui » after an
action noun or a pronoun standing for actions (« celles qui », « les projets qui »), or the question's own
subject (« Quelles actions se sont arrêtées »). « ça marche » (success) or « comment fonctionne le LAEP »
(a lookup) have none and say nothing of the statut. Linear in the question's length.
"""

from __future__ import annotations

from ingest.lemmas import is_verb_form, readings
from ingest.text import Token, plural_key, word_set

RUNNING = word_set(
    "continuer tourner fonctionner exister poursuivre perdurer subsister vivre durer marcher reprendre redemarrer"
)
ENDING = word_set(
    """terminer termine arreter arrete finir fini cesser cesse achever acheve stopper stoppe clore clos
    cloturer cloture eteindre eteint abandonner abandonne suspendre suspendu interrompre interrompu
    disparaitre disparu mourir mort"""
)
_VERBS = RUNNING | ENDING
# Verbs whose plain present also means success, length, existence or a topic (« ça marche », « qui durent deux
# ans », « quels projets existent », « qui tournent autour du jeu »): running only with « encore / toujours »
# or negated.
_WEAK_RUNNING = word_set("marcher durer vivre exister tourner fonctionner")
_STILL = word_set("encore toujours")
# Verbs that say an action runs again only when used alone (« lesquelles ont repris ? »), not with an object
# (« qui reprennent les codes du théâtre »).
_ALONE = word_set("reprendre redemarrer")
# Heads that stand for actions as the subject of a verb.
ACTION_HEADS = frozenset(
    plural_key(w)
    for w in word_set(
        """action projet initiative fiche atelier activite dispositif experience celle celui ceux lesquelles
        lesquels elle il lequel laquelle"""
    )
)
_CLITICS = word_set("ne n se s y en encore toujours pas plus jamais")
_AUXILIARIES = word_set("sont est ont a ete etaient etait avaient avait")
_WINDOW = 6  # words from the subject to the verb
_NEGATIONS = word_set("ne n plus pas jamais")
_QUANTITIES = word_set("rien de d que qu aucun aucune personne grand beaucoup guere assez")
_INTERROGATIVES = word_set("quel quels quelle quelles")


def _lemmas(token: Token) -> set[str]:
    return {token.norm, token.key, *readings(token.norm), *readings(token.key)}


def _negated(tokens: list[Token], i: int) -> bool:
    """« ne/n' » before the verb (its clitics and auxiliary between), or « plus / pas / jamais » just after."""
    before = [t.norm for t in tokens[max(0, i - 4) : i]]
    after = [t.norm for t in tokens[i + 1 : i + 3]]
    # « plus » alone (spoken French drops the « ne ») but not « plus de / que » (« ont duré plus de 2 ans »)
    spoken = after[:1] in (["plus"], ["pas"], ["jamais"]) and after[1:2] not in (
        ["de"],
        ["d"],
        ["que"],
        ["qu"],
    )
    return bool({"ne", "n"} & set(before)) or spoken


def _ne_plus(tokens: list[Token], i: int) -> bool:
    """« ne … plus » around the verb at i (« qui ne se font plus », « qui n'ont plus lieu »), not before a
    quantity (« qui ne coûtent plus rien », « qui n'ont plus de salarié »: what they lack, not that they stopped)."""
    before = {t.norm for t in tokens[max(0, i - 3) : i]}
    after = [t.norm for t in tokens[i + 1 : i + 4]]
    if not {"ne", "n"} & before or "plus" not in after[:2]:
        return False
    nxt = after[after.index("plus") + 1 : after.index("plus") + 2]
    return not set(nxt) & _QUANTITIES


def _has_action_subject(tokens: list[Token], i: int, breaks: frozenset[int], *, strict: bool) -> bool:
    """The verb at i has actions for subject: « <action noun or pronoun> qui [clitics] verb » (not `strict`: an
    action noun anywhere in the clause before « qui », « les actions sur l'environnement qui continuent »), or a
    question whose subject is « lesquel(le)s » or « quel(le)s <action noun> », with no « qui » before the verb."""
    j = i - 1
    while j >= 0 and (tokens[j].norm in _CLITICS | _AUXILIARIES) and j not in breaks:
        j -= 1
    if j >= 0 and tokens[j].norm == "qui":
        if strict:
            return j > 0 and tokens[j - 1].key in ACTION_HEADS
        start = max((b for b in breaks if b <= j), default=0)
        return any(t.key in ACTION_HEADS for t in tokens[max(start, j - _WINDOW) : j])
    if any(t.norm == "qui" for t in tokens[max(0, i - _WINDOW - 2) : i]):
        return False
    before = [t.norm for t in tokens[max(0, i - _WINDOW - 2) : i]]
    if {"lesquels", "lesquelles"} & set(before):
        return True
    opening = tokens[:3]
    return any(t.norm in _INTERROGATIVES for t in opening[:2]) and any(t.key in ACTION_HEADS for t in opening)


def _reading(tokens: list[Token], i: int, breaks: frozenset[int]) -> tuple[str, bool]:
    """("En cours" | "Terminée" | "", strict): the statut the verb at i says; `strict` when only the negation
    says it (any verb under « ne … plus »): then its subject must be named just before « qui »."""
    lemmas = _lemmas(tokens[i])
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if lemmas & ENDING:
        if _negated(tokens, i) or (i and tokens[i - 1].norm == "pas"):
            return "En cours", False
        return "Terminée", False
    if lemmas & RUNNING:
        if _negated(tokens, i):
            return "Terminée", False
        if lemmas & _WEAK_RUNNING and nxt not in _STILL:
            return "", False
        if lemmas & _ALONE and i + 1 < len(tokens) and i + 1 not in breaks:
            return "", False
        return "En cours", False
    if nxt in _STILL and not _negated(tokens, i) and is_verb_form(tokens[i].text):
        return (
            "En cours",
            True,
        )  # « ceux qui se font encore », « lesquels ont toujours lieu »: any verb, still
    return ("Terminée", True) if _ne_plus(tokens, i) else ("", False)


def _may_say_statut(words: frozenset[str]) -> bool:
    """A negation or a verb of running or ending among the question's words (its set, not its sequence)."""
    return bool(words & (_NEGATIONS | _STILL)) or any(set(readings(w)) & _VERBS or w in _VERBS for w in words)


def aspect_statut(
    tokens: list[Token], breaks: frozenset[int], used: set[int], words: frozenset[str]
) -> tuple[str, int, int]:
    """(statut value, start, end) of the first verb that says an action runs or stopped, ("", 0, 0) when none.
    The question's tokens are read once (a plain copy); each verb looks a bounded window around it."""
    if not _may_say_statut(words):
        return "", 0, 0  # the question's set of words tells, without reading it word by word
    tokens = list(tokens)
    for i, token in enumerate(tokens):
        if i in used or len(token.norm) < 3 or token.norm in _CLITICS:
            continue
        value, strict = _reading(tokens, i, breaks)
        if value and _has_action_subject(tokens, i, breaks, strict=strict):
            start = i
            while start > 0 and tokens[start - 1].norm in _CLITICS | _AUXILIARIES and start - 1 not in used:
                start -= 1
            end = i + 1
            while end < len(tokens) and tokens[end].norm in ("plus", "pas", "encore", "toujours", "jamais"):
                end += 1
            return value, start, end
    return "", 0, 0
