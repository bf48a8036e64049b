"""Words around a facet that say its role, not a further topic: they are marked used.

    partner_roles(scan, found, question)   # « la Caf dans le tour de table », « parmi les financeurs »
    people_heads(scan, found, question)    # « nos adhérents retraités », « nos membres du troisième âge »

A partner is said to fund or steer an action in many words (« dans le tour de table », « dans leur plan de
financement », « parmi les financeurs », « au comité de pilotage », « autour de la table »): a group of words
next to a partner's trigger, with no other facet inside, whose every content word belongs to the lexical field
of partnership (read by lemma: financeurs → financeur), names its role. A generic noun of people (adhérents,
usagers, membres, bénéficiaires…) next to a public's trigger is the head that public qualifies. Neither is a
topic the fiches must hold (« aucune fiche ne porte sur « tour de table » »).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ingest.lemmas import readings
from ingest.text import STOPWORDS, Token, word_set

if TYPE_CHECKING:
    from assistant.facet_merge import _Found
    from assistant.facets import FacetScan, Question

# The lexical field of partnership and funding (lemmas, folded).
PARTNERSHIP = word_set(
    """partenaire partenariat partenarial financeur cofinanceur financement cofinancement financer
    cofinancer subvention subventionner subventionneur soutien soutenir appui appuyer convention
    conventionner budget budgetaire ressource plan tour table tablee pilotage piloter comite copil
    instance gouvernance boucle partie prenant prenante contributeur contribution contribuer mecene
    mecenat payeur argent fonds portefeuille signataire"""
)
_ROLE_LINKS = word_set(
    "dans parmi autour au aux a comme en de du des d la le les l leur leurs son sa ses un une"
)
# The prepositions that open a role phrase (« dans le tour de table », « parmi les financeurs », « comme
# partenaire »): without one, a word of the field is the topic asked about (« les financements Caf »).
_ROLE_OPENERS = word_set("dans parmi autour au aux a comme en")
_ROLE_WORDS = 7  # longest role phrase, in words
# Generic nouns of the people a centre social meets: the head a public qualifies (« adhérents retraités »).
PEOPLE_HEADS = word_set(
    """adherent adherente usager usagere membre beneficiaire participant participante inscrit inscrite
    public gens personne habitant habitante"""
)


def _lemmas(token: Token) -> set[str]:
    return {token.norm, token.key, *readings(token.norm), *readings(token.key)}


def _role_span(tokens: list[Token], start: int, step: int, question: Question, used: set[int]) -> list[int]:
    """Positions of the role words from `start` going `step` (+1 after the partner, -1 before), up to a break,
    a used word or a word outside the field; [] unless some content word of the field is among them."""
    span: list[int] = []
    content = opened = False
    i = start
    while 0 <= i < len(tokens) and len(span) < _ROLE_WORDS and i not in used:
        if (step > 0 and i in question.breaks) or (step < 0 and i + 1 in question.breaks):
            break
        norm = tokens[i].norm
        if _lemmas(tokens[i]) & PARTNERSHIP:
            content = True
        elif norm not in _ROLE_LINKS:
            break
        # reading order: the opener comes before the first word of the field
        opened |= norm in _ROLE_OPENERS and (step > 0 and not content or step < 0 and content)
        span.append(i)
        i += step
    while span and tokens[span[-1]].norm in _ROLE_LINKS:  # links at the far end belong to what follows
        span.pop()
    return span if content and opened else []


def partner_roles(scan: FacetScan, found: list[_Found], question: Question) -> None:
    """Mark used the words next to a partner's trigger that say it funds or steers the action, and the verb of
    working together or funding just before it (« qui travaille avec l'ARS », « montée avec la Caf », « financée
    par le Département »)."""
    tokens = question.tokens
    partners = [f for f in found if f.facet is not None and "partenaires" in dict(f.facet.pairs())]
    for item in partners:
        scan.used.update(_joint_verb(question, item.start, scan.used))
    if not any(w in PARTNERSHIP or set(readings(w)) & PARTNERSHIP for w in question.words):
        return  # the question's set of words tells, without reading it word by word
    for item in partners:
        after = _role_span(tokens, item.end, 1, question, scan.used)
        before = _role_span(tokens, item.start - 1, -1, question, scan.used)
        scan.used.update(after + before)


# Verbs that say an action was done with a partner (« travailler avec », « monter avec », « mener avec »).
_JOINT_VERBS = word_set(
    """travailler collaborer cooperer monter mener conduire organiser porter construire coconstruire realiser
    associer oeuvrer agir animer piloter copiloter coorganiser faire preparer"""
)
_PARTICIPLE_ENDS = ("ees", "ee", "es", "e", "s", "ent")
_U_PARTICIPLE_ENDS = ("ues", "ue", "us", "u")  # « soutenues » → soutenir


def _joint_verb(question: Question, start: int, used: set[int]) -> list[int]:
    """[verb, « avec »] when « <verb of working together> avec (article) <partner> » ends just before `start`;
    [participle, « par »] for its passive, or a verb of funding (« montée par la ville », « cofinancées par le
    Département », « soutenu par la Caf »): the partner's role, not a question about the funding."""
    norms = question.norms
    i = start - 1
    while i >= 0 and norms[i] in _ARTICLES_BEFORE:
        i -= 1
    if i < 1 or norms[i] not in ("avec", "par") or i + 1 in question.breaks or i in question.breaks:
        return []
    verb = norms[i - 1]
    forms = {verb, *readings(verb)}
    forms.update(verb[: -len(end)] + "er" for end in _PARTICIPLE_ENDS if verb.endswith(end))
    forms.update(verb[: -len(end)] + "ir" for end in _U_PARTICIPLE_ENDS if verb.endswith(end))  # soutenu
    verbs = _JOINT_VERBS if norms[i] == "avec" else _JOINT_VERBS | PARTNERSHIP
    if not forms & verbs or {i - 1, i} & used:
        return []
    return [i - 1, i]


_ARTICLES_BEFORE = word_set("le la les l du des un une nos notre")


def people_heads(scan: FacetScan, found: list[_Found], question: Question) -> None:
    """Mark used a generic noun of people just before a public's trigger (« nos adhérents retraités », « les
    membres du troisième âge »: « du / de » between allowed) or just after it (« les seniors adhérents »)."""
    tokens = question.tokens
    for item in found:
        if item.facet is None or "public" not in dict(item.facet.pairs()):
            continue
        for i in (item.start - 1, item.start - 2, item.end):
            if not 0 <= i < len(tokens) or i in scan.used:
                continue
            between = [t.norm for t in tokens[i + 1 : item.start]] if i < item.start else []
            if i < item.start and any(w not in ("du", "de", "d", "des") for w in between):
                continue
            if tokens[i].norm not in STOPWORDS and {tokens[i].norm, tokens[i].key} & PEOPLE_HEADS:
                scan.used.add(i)


# Nouns of a body or an organisation: « un organisme de logement social » names a kind of partner by its field.
BODY_NOUNS = word_set(
    """organisme organisation structure acteur operateur office etablissement service institution
    association body organisation organization agency provider"""
)
_OF = word_set("de d du des of")
_ALTERNATIVE = word_set("ou et or and")
_ALTERNATIVE_WORDS = 4  # words between a partner's trigger and the body noun (« ou un », « ou bien un »)


def partner_kinds(scan: FacetScan, found: list[_Found], question: Question) -> list[_Found]:
    """« avec un office HLM ou un organisme de logement social », « l'ARS ou une structure de santé »: a body
    noun and the field it works in, offered beside a partner, say that partner again in other words — the field
    (Logement, Santé) is no topic the fiches must hold, the body noun no topic either: the facet found in its
    complement is dropped and the words are marked used. Alone (« avec un organisme de santé ») it is left as
    it is: no partner names which one."""
    tokens = question.tokens
    partners = [f for f in found if f.facet is not None and f.facet.field == "partenaires"]
    if not partners or not question.words & BODY_NOUNS:
        return found  # the question's set of words tells, without reading it word by word
    dropped = []
    for item in found:
        if item.facet is None or item.facet.field == "partenaires" or item.start < 2:
            continue
        body, of = item.start - 2, item.start - 1
        if tokens[of].norm not in _OF or tokens[body].key not in BODY_NOUNS or body in scan.used:
            continue
        if any(_offered_beside(p, body, question) for p in partners):
            scan.used.update(range(body, item.end))
            dropped.append(item)
    return [f for f in found if f not in dropped]


def _offered_beside(partner: _Found, body: int, question: Question) -> bool:
    """The partner's trigger ends a few words before the body noun, with « ou » / « et » between and nothing
    else but function words (no break)."""
    if not 0 < body - partner.end <= _ALTERNATIVE_WORDS or any(
        i in question.breaks for i in range(partner.end, body + 1)
    ):
        return False
    between = [t.norm for t in question.tokens[partner.end : body]]
    return between[0] in _ALTERNATIVE and all(w in STOPWORDS | _ALTERNATIVE | {"bien"} for w in between)
