"""How a follow-up names a fiche of a listed answer: by position, next to the focus, by name or by description.

    positions("le 2e et la dernière")                           # [2, LAST]
    list_references("le 2e et la dernière", citations)          # [Citation [2], Citation [5]]
    relative_reference("et la suivante ?")                      # 1
    description("celle pour les petits, elle ouvre quand ?")   # ("pour", ["petits"])

- **Ordinals and numbers** (morphology, both genders): a determiner (le, la, l', du, au) then an ordinal —
  « premier/première/1er/1re », « second(e)/2nd », a cardinal + « -ième » (« deuxième », « vingt-et-unième »),
  digits + a suffix (« 2e », « 3ème », « 4eme »), « dernier/dernière », « avant-dernier » — or a plain
  number after a determiner or a fiche noun (« la 2 », « la fiche n°2 », « [2] »). An ordinal must not
  start a noun phrase of its own (« le 3e âge », « la première fois »): the next word is a boundary, a
  fiche noun (« la 3ème fiche »), a function word, or the reference opens the question.
- **Relative references** (« l'autre » of two, « la suivante », « la précédente »): next to the focus fiche in
  the focus list. A reference asking nothing more (« et la deuxième ? ») is an ellipsis of the previous question.
- **Names and descriptions** (« celle de Metz », « celle pour les petits », « celle avec la CAF »): the
  citation whose fields hold the words after the demonstrative pronoun.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from assistant.records import Citation, FacetMatch
from ingest import fields
from ingest.models import Fiche
from ingest.text import DISCOURSE, GENERIC, STOPWORDS, fold, normalise, phrase_key, plural_key, word_set

# Nouns that name a fiche (« la 3ème fiche », « cette action », « ces projets »), as plural keys.
FICHE_NOUNS = word_set(
    """fiche action projet initiative experience atelier dispositif activite operation evenement centre
    structure proposition permanence animation sortie exemple ligne resultat element one project"""
)
DETERMINERS = word_set("le la l du au the")
# Words between a determiner and its ordinal (« la toute dernière », « le tout premier »).
INTENSIFIERS = word_set("tout toute tres very")
ENGLISH_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
# Words a question opens with before its subject (« et la deuxième ? », « mais celle-ci ? »).
OPENERS = word_set("et mais puis alors ok bon donc pour de a and")
# Prepositions after which « le 59 » is a département, not the 59th fiche.
PLACE_PREPOSITIONS = word_set("dans en sur vers")

CARDINALS: dict[str, int] = {
    "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
}  # fmt: skip
LAST = -1
_SUFFIXED = re.compile(r"^(\d{1,2})(?:e|eme|er|ere|re|nd|nde|ieme|°|st|rd|th)$")
_TOKEN = re.compile(r"\d+[a-z°]*|[a-z]+|[,;:!?.()]")
_BOUNDARY = ",;:!?.()"


def tokens(question: str) -> list[str]:
    """Folded words and punctuation marks; apostrophes and hyphens split (« l'a » → l, a; « celui-ci » →
    celui, ci); « n°2 », « [2] » → numero 2."""
    q = fold(question)
    q = re.sub(r"\bn\s*°\s*(?=\d)|\[(?=\d{1,2}\])|\bno\.?\s*(?=\d)", " numero ", q)
    return _TOKEN.findall(q.replace("]", " "))


@cache
def _ordinal_stems() -> dict[str, int]:
    """« deux » → « deuxieme »: a cardinal loses its final e, « cinq » takes a u, « neuf » becomes neuv."""
    stems = {}
    for word, value in CARDINALS.items():
        stem = {"cinq": "cinqu", "neuf": "neuv"}.get(word, word.removesuffix("e"))
        stems[stem + "ieme"] = value
    return stems


def ordinal_value(word: str) -> int | None:
    """1 for « premier », 2 for « deuxième » / « 2e » / « seconde », LAST for « dernière »; None otherwise."""
    if word in ("premier", "premiere"):
        return 1
    if word in ("second", "seconde"):
        return 2
    if word in ("dernier", "derniere"):
        return LAST
    if word == "penultieme":
        return LAST - 1
    if word in ENGLISH_ORDINALS:
        return ENGLISH_ORDINALS[word]
    if match := _SUFFIXED.match(word):
        return int(match.group(1))
    return _ordinal_stems().get(word)


def _boundary(word: str | None) -> bool:
    return word is None or word in _BOUNDARY


def _opens(toks: list[str], i: int) -> bool:
    """Only openers (« et », « mais ») come before position `i`."""
    return all(t in OPENERS for t in toks[:i])


def _closes_phrase(toks: list[str], end: int) -> bool:
    """The word after a reference ends its noun phrase: a boundary, a fiche noun or a function word; words
    of politeness or discourse (« la première stp », « la 2e merci ») close it when nothing else follows."""
    while end < len(toks) and toks[end] in DISCOURSE:
        end += 1
    following = toks[end] if end < len(toks) else None
    return _boundary(following) or plural_key(following) in FICHE_NOUNS or following in STOPWORDS


def _ordinal_at(toks: list[str], i: int) -> int | None:
    """The position named at token `i` (1-based, or LAST - k from the end), when it is a reference."""
    word = toks[i]
    value = ordinal_value(word)
    start = i
    if value == LAST and i > 0 and toks[i - 1] == "avant":
        value, start = LAST - 1, i - 1
    if value is not None and start > 1 and toks[start - 1] in INTENSIFIERS:
        start -= 1  # « la toute dernière »
    if value is not None and start > 0 and toks[start - 1] in DETERMINERS:
        return value if _closes_phrase(toks, i + 1) or _opens(toks, start - 1) else None
    if word.isdigit() and len(word) <= 2 and i > 0:
        before = toks[i - 1]
        place = i > 1 and toks[i - 2] in PLACE_PREPOSITIONS
        named = before in DETERMINERS and not place or plural_key(before) in FICHE_NOUNS
        if before == "numero" or (named and _closes_phrase(toks, i + 1)):  # not « ateliers 2 fois »
            return int(word)
    return None


def _first_or_last(toks: list[str], i: int) -> list[int]:
    """« les deux premières » → [1, 2], « les 3 derniers » → [-3, -2, -1] (a count, then premiers/derniers)."""
    if i < 2 or toks[i - 2] != "les":
        return []
    count = CARDINALS.get(toks[i - 1]) or (int(toks[i - 1]) if toks[i - 1].isdigit() else 0)
    if not 2 <= count <= 9 or not _closes_phrase(toks, i + 1):  # not « les deux premiers mois »
        return []
    if toks[i] in ("premiers", "premieres"):
        return list(range(1, count + 1))
    return list(range(-count, 0)) if toks[i] in ("derniers", "dernieres") else []


def positions(question: str) -> list[int]:
    """Every list position the question names, in order (1-based; LAST, LAST - 1 from the end)."""
    toks = tokens(question)
    found = [
        [p] if (p := _ordinal_at(toks, i)) is not None else _first_or_last(toks, i) for i in range(len(toks))
    ]
    return [p for group in found for p in group]


def at_position(citations: Sequence[Citation], position: int) -> Citation | None:
    if position < 0:
        return citations[position] if -position <= len(citations) else None
    return next((c for c in citations if c.n == position), None)


def list_references(question: str, citations: Sequence[Citation]) -> list[Citation]:
    """The citations the question names by position (« la deuxième et la dernière »), without repeats;
    empty when a position is outside the list."""
    found = [at_position(citations, p) for p in positions(question)]
    if not found or any(c is None for c in found):
        return []
    return list({c.n: c for c in found if c is not None}.values())


# Positions named relative to the fiche in focus: « l'autre » (of two), « la suivante », « la précédente ».
RELATIVES = {"autre": 0, "autres": 0, "suivant": 1, "suivante": 1, "precedent": -1, "precedente": -1}


def relative_reference(question: str) -> int | None:
    """« et l'autre ? » → 0, « la suivante ? » → 1, « la précédente » → -1: a determiner then a relative
    position ending its noun phrase (not « l'autre jour », « la semaine suivante »); None otherwise."""
    toks = tokens(question)
    for i, word in enumerate(toks[1:], start=1):
        if word in RELATIVES and toks[i - 1] in DETERMINERS and _closes_phrase(toks, i + 1):
            return RELATIVES[word]
    return None


def relative_to(citations: Sequence[Citation], focus: Citation | None, step: int) -> Citation | None:
    """The citation `step` places after the focus in the list (0: the other one of a list of two)."""
    at = next((i for i, c in enumerate(citations) if focus and c.fiche_id == focus.fiche_id), None)
    if at is None:
        return None
    if step == 0:
        return citations[1 - at] if len(citations) == 2 else None
    return citations[at + step] if 0 <= at + step < len(citations) else None


def asks_nothing_more(question: str) -> bool:
    """« et la deuxième ? », « et celle de Metz ? », « et pour l'autre ? »: the question names a fiche and
    asks nothing of it (no word beyond reference, description and function words): an ellipsis of the
    previous question."""
    described = set(_description_span(tokens(question))[1])
    return not [
        t
        for t in tokens(question)
        if not _boundary(t)
        and t not in STOPWORDS
        and t not in OPENERS
        and t not in described
        and t not in RELATIVES
        and t not in ("celle", "celui", "ci", "la", "numero")
        and plural_key(t) not in FICHE_NOUNS
        and ordinal_value(t) is None
        and not t.isdigit()
    ]


# ---------------------------------------------------------------- « celle de Metz »

_NAMED = re.compile(
    r"\b(?:celle|celui|la fiche|le projet|l'action)\s+(?:de la|de l'|du|des|de|d'|a|en)\s*"
    r"([\w'’-]+(?:\s+[\w'’-]+)?)"
)
_NAME_STOP = word_set("la le les l de du des d centre social")


def named_reference(question: str, citations: Sequence[Citation]) -> Citation | None:
    """« celle de Metz », « le projet du Ban »: the citation whose centre, title or département holds
    the words after the demonstrative (all of them, else the first)."""
    match = _NAMED.search(fold(question))
    if not match:
        return None
    words = [t for t in re.split(r"[\s'’-]+", match.group(1)) if t and t not in _NAME_STOP]
    for size in (len(words), 1):
        wanted = words[:size]
        for cit in citations:
            haystack = set(re.split(r"[\W_]+", fold(f"{cit.centre} {cit.title} {cit.departement}")))
            if wanted and all(t in haystack for t in wanted):
                return cit
    return None


# ---------------------------------------------------------------- « celle pour les petits »

# Where the words of a description are looked for, by the word that opens it: « celle pour les petits »
# names a public, « celle avec la CAF » a partner, « celle de Metz » a centre or a place, « celle sur le
# jardin » a theme, « celle qui est terminée » anything. Earlier fields weigh more; the title and the résumé
# come last (« Cuisine santé à petit budget » is not « pour les petits »).
_EVERYWHERE = (
    "statut",
    "public",
    "mots_cles",
    "partenaires",
    "departement",
    "region",
    "centre",
    "title",
    "resume",
)
DESCRIBED_FIELDS: dict[str, tuple[str, ...]] = {
    "pour": ("public", "mots_cles", "title", "resume"),
    "avec": (
        "partenaires",
        "partenaires_cites",
        "ressources_financieres",
        "public",
        "mots_cles",
        "title",
        "resume",
    ),
    "sur": ("mots_cles", "themes", "title", "resume"),
    "de": ("centre", "departement", "region", "title", "mots_cles", "public", "resume"),
    "en": ("departement", "region", "centre", "territoire", "title", "resume"),
    "qui": _EVERYWHERE,
}
DESCRIPTION_OPENERS = {
    **dict.fromkeys(("pour", "a", "au", "aux"), "pour"),
    "avec": "avec",
    **dict.fromkeys(("sur", "autour"), "sur"),
    **dict.fromkeys(("de", "du", "des", "d"), "de"),
    **dict.fromkeys(("en", "dans", "chez", "ou", "vers"), "en"),
    **dict.fromkeys(("qui", "que", "qu", "dont"), "qui"),
}
# Subjects that end a description (« celle pour les petits, elle ouvre quand ? »).
_SUBJECTS = word_set("elle il elles ils on c ca")
DESCRIPTION_WORDS = 6


# « laquelle des deux », « lequel d'entre eux », « laquelle parmi elles »: the words naming the list chosen in.
_AMONG = word_set("des d de entre parmi elles eux ces les deux trois quatre cinq")
# A choice by a superlative (« laquelle a coûté le plus ? ») ranks the list; it describes no fiche.
_RANKING = word_set("plus moins mieux meilleur meilleure pire")


def _interrogative_span(toks: list[str]) -> tuple[str, list[str]]:
    """« laquelle des deux va dans les villages, et … ? »: the clause after an interrogative pronoun heading
    the question describes the fiche chosen, like a relative clause (« celle qui va dans les villages »)."""
    at = 1 if toks[:1] and toks[0] in OPENERS else 0
    if toks[at : at + 1] not in (["laquelle"], ["lequel"]):
        return "", []
    start = at + 1
    while start < len(toks) and (toks[start] in _AMONG or toks[start].isdigit()):
        start += 1
    span = ["qui"]
    for tok in toks[start : start + DESCRIPTION_WORDS]:
        if _boundary(tok) or tok in _SUBJECTS:
            break
        span.append(tok)
    return ("", []) if _RANKING & set(span) else ("qui", span)


def _description_span(toks: list[str]) -> tuple[str, list[str]]:
    """(kind, the tokens of the description) after « celle » / « celui » heading the question (after openers
    only: « les deux ateliers, celui de … et celui de … » describes its own fiches) and its opening word, or
    the clause after « laquelle (des deux) » heading it."""
    if (chosen := _interrogative_span(toks))[0]:
        return chosen
    for i, word in enumerate(toks[:-1]):
        kind = DESCRIPTION_OPENERS.get(toks[i + 1])
        if word not in ("celle", "celui") or kind is None or not _opens(toks, i):
            continue
        span: list[str] = [toks[i + 1]]
        for tok in toks[i + 2 : i + 2 + DESCRIPTION_WORDS]:
            if _boundary(tok) or tok in _SUBJECTS:
                break
            span.append(tok)
        return kind, span
    return "", []


def description(question: str) -> tuple[str, list[str]]:
    """(kind of description, its content words) after a singular demonstrative pronoun: « celle pour les
    petits, elle ouvre quand ? » → ("pour", ["petits"]); ("", []) when the question has none (« celle-ci »)."""
    kind, span = _description_span(tokens(question))
    words = [t for t in span[1:] if t not in STOPWORDS and t not in GENERIC and len(t) >= 3]
    return (kind, words) if words else ("", [])


def described_facets(question: str, facets: Sequence[FacetMatch]) -> list[FacetMatch]:
    """The facets whose trigger words are all in the question's description (« celui en Haute-Garonne,
    qui l'a organisé ? »: the département describes the fiche, it is not the detail asked)."""
    span = set(_description_span(tokens(question))[1])
    return [f for f in facets if span and set(tokens(f.trigger)) <= span]


def stem(word: str) -> str:
    """A gender- and number-blind key of a folded word: « petits », « petite » → « petit »."""
    key = plural_key(word)
    return key[:5] if len(key) > 5 else key


def _word_key(word: str) -> str:
    """A word's number- and gender-blind key that keeps its derivation (« petites » → petit, « jardiniers » →
    jardinier, « jardins » → jardin)."""
    key = plural_key(word)
    return key[:-1] if len(key) > 4 and key.endswith("e") else key


def _field_stems(cited: Citation, fiche: Fiche | None, name: str, key=stem) -> set[str]:
    value = getattr(fiche, name, "") if fiche is not None else getattr(cited, name, "")
    text = " ".join(value) if isinstance(value, list) else str(value or "")
    return {key(w) for w in normalise(text).split()}


# Descriptions that may be read in the whole fiche when no field their opening word names holds them: not
# a place (« celle de Metz » is the fiche from Metz, not one whose text mentions Metz).
WHOLE_FICHE_KINDS = frozenset(("avec", "sur", "qui", "pour"))


def _fiche_stems(cited: Citation, fiche: Fiche | None) -> set[str]:
    """The stems of every text and list field of the fiche (« celui avec la ludothèque » when only its
    description says « ludothèque »)."""
    names = dict.fromkeys((*DESCRIBED_FIELDS["qui"], *DESCRIBED_FIELDS["avec"], *fields.text_fields()))
    return set().union(*(_field_stems(cited, fiche, name) for name in names))


def described(
    question: str,
    citations: Sequence[Citation],
    fiches: Mapping[str, Fiche] | None = None,
    facets: Sequence[FacetMatch] = (),
) -> list[Citation]:
    """The citations of the list the question describes best (« celle pour les petits », « celui avec la
    CAF », « celle qui est terminée »): the one whose fields (those its opening word names) and facets explain
    the most words of the description (« celui avec les enfants du multi-accueil »: a fiche saying all three
    words before one holding the facet « enfants »), then the facets the analysis found in the question that
    its fiche has, then the description's words field by field, in order. Several when they fit equally;
    empty when none fits, or the question describes nothing."""
    kind, words = description(question)
    if not kind or not citations:
        return []
    wanted = {stem(w) for w in words}
    exact = {
        _word_key(w) for w in words
    }  # coverage counts words as written (« jardiniers » is no « jardin »)
    fiches = fiches or {}
    scores = []
    for cited in citations:
        fiche = fiches.get(cited.fiche_id)
        held = [f for f in facets if fiche is not None and has_facet(fiche, f)]
        keys = [_field_stems(cited, fiche, name, _word_key) for name in DESCRIBED_FIELDS[kind]]
        covered = exact & set().union(*keys, *({_word_key(w) for w in tokens(f.trigger)} for f in held))
        found = [len(wanted & _field_stems(cited, fiche, name)) for name in DESCRIBED_FIELDS[kind]]
        scores.append(((len(covered), len(held), *found), cited))
    best = max(score for score, _ in scores)
    if described_facets(question, facets) and not any(score[1] for score, _ in scores):
        return []  # a criterion the analysis recognised in the description, and no fiche of the list has it
    if not any(best) and kind in WHOLE_FICHE_KINDS:  # in no field its opening word names: the whole fiche
        scores = [((len(wanted & _fiche_stems(c, fiches.get(c.fiche_id))),), c) for _, c in scores]
        best = max(score for score, _ in scores)
    return [cited for score, cited in scores if score == best] if any(best) else []


# Words between « qui » and the verb of its clause (« celle qui se passe … », « qui n'a … »).
_CLITICS = word_set("se s y en ne n me m te t lui leur")


def _clause_verb(question: str) -> str:
    """The verb heading a relative description (« celle qui passe dans les hameaux », « laquelle va … »): its
    first word after the clitics, unless a function word (« qui est terminée »: the state is the description);
    '' otherwise. A fiche says where it goes, rarely with the question's verb."""
    kind, span = _description_span(tokens(question))
    body = [t for t in span[1:] if t not in _CLITICS] if kind == "qui" else []
    return body[0] if body and body[0] not in STOPWORDS else ""


def fully_described(
    question: str, cited: Citation, fiche: Fiche | None, facets: Sequence[FacetMatch] = ()
) -> bool:
    """Does the fiche hold every word of the question's description — in the fields its opening word names or
    its facets the analysis found in the question, or anywhere in it for a description that may be read in
    the whole fiche (`WHOLE_FICHE_KINDS`)? What a fiche the list did not show must meet to be the one meant."""
    kind, words = description(question)
    if not kind:
        return False
    words = [w for w in words if w != _clause_verb(question)]
    held = [f for f in facets if fiche is not None and has_facet(fiche, f)]
    keys = set().union(
        *(_field_stems(cited, fiche, name, _word_key) for name in DESCRIBED_FIELDS[kind]),
        *({_word_key(w) for w in tokens(f.trigger)} for f in held),
    )
    anywhere = _fiche_stems(cited, fiche) if kind in WHOLE_FICHE_KINDS else set()
    return all(_word_key(w) in keys or stem(w) in anywhere for w in words)


def described_reference(
    question: str,
    citations: Sequence[Citation],
    fiches: Mapping[str, Fiche] | None = None,
    facets: Sequence[FacetMatch] = (),
) -> Citation | None:
    """The one citation of a list of several that the question describes (`described`), else None."""
    found = described(question, citations, fiches, facets)
    return found[0] if len(found) == 1 and len(citations) >= 2 else None


def has_facet(fiche: Fiche, facet: FacetMatch) -> bool:
    """Does the fiche hold one of the facet's values?"""
    own = {phrase_key(v) for v in fields.facet_values(fiche, facet.field)}
    return any(phrase_key(v) in own for v in facet.values)
