"""Dialogue state: what a follow-up points at, recognised by grammar classes rather than by phrases.

    focus_list(turns)                       # the fiches « la deuxième » counts in
    focus_fiche(turns)                      # the fiche « son budget » is about
    list_references("le 2e et la dernière", focus_list(turns))   # [Citation [2], Citation [5]]
    points_at_focus("Qui finance celui-ci ?")                   # True
    refines_list("seulement celles qui sont terminées")         # True

- **Focus.** The focus list is the citations of the last answer that listed fiches (a lookup on one fiche
  does not replace it). The focus fiche is the fiche of the last answer citing any: its only one, or [1].
- **Ordinals and numbers** (morphology, both genders): a determiner (le, la, l', du, au) then an ordinal —
  « premier/première/1er/1re », « second(e)/2nd », a cardinal + « -ième » (« deuxième », « vingt-et-unième »),
  digits + a suffix (« 2e », « 3ème », « 4eme »), « dernier/dernière », « avant-dernier » — or a plain
  number after a determiner or a fiche noun (« la 2 », « la fiche n°2 », « [2] »). An ordinal must not
  start a noun phrase of its own (« le 3e âge », « la première fois »): the next word is a boundary, a
  fiche noun (« la 3ème fiche »), a function word, or the reference opens the question.
- **Focus references**: demonstrative pronouns (« celui-ci », « celle-là »), an anaphoric determiner before
  a fiche noun (« cette action », « ce projet »), a possessive before a field noun of the schema (« son
  budget », « ses partenaires », « leur public »), a singular subject or object pronoun at the head of a
  short question (« elle s'adresse à qui ? », « qui l'a lancée ? », « combien a-t-elle coûté ? »).
  A locative pro-form (« là-bas ») and a neuter subject at the head of a short question that names no
  noun phrase (« c'est dans quelle ville ? », « ça a coûté combien ? ») point at it too.
- **List references** (a refinement of the focus list): relative and demonstrative pronouns in the plural
  (« lesquelles », « celles qui », « ceux-ci », « parmi elles »), a plural demonstrative before a fiche
  noun (« ces actions »), a restrictive adverb before them or before a preposition (« seulement celles… »,
  « rien que pour la Seine-Maritime »).
- **Relative references** (« l'autre » of two, « la suivante », « la précédente »): next to the focus fiche in
  the focus list. A reference asking nothing more (« et la deuxième ? ») is an ellipsis of the previous question.
- **Elliptic superlatives** (« le moins cher ? », « et la plus récente ? »): their left-out noun is the list.
- **Repeats** (« pareil pour… », « même question pour… », « idem avec… »): the previous question asked again
  with what the follow-up names; these words, like the restrictive adverbs, say nothing of the topic
  (`without_phrasing`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from assistant.records import Citation, FacetMatch, Turn
from ingest import fields
from ingest.models import Fiche
from ingest.text import GENERIC, STOPWORDS, fold, normalise, phrase_key, plural_key, word_set

# Nouns that name a fiche (« la 3ème fiche », « cette action », « ces projets »), as plural keys.
FICHE_NOUNS = word_set(
    """fiche action projet initiative experience atelier dispositif activite operation evenement centre
    structure proposition permanence animation sortie exemple ligne resultat element one project"""
)
DETERMINERS = word_set("le la l du au the")
# Words between a determiner and its ordinal (« la toute dernière », « le tout premier »).
INTENSIFIERS = word_set("tout toute tres very")
ENGLISH_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
POSSESSIVES = word_set("son sa ses leur leurs its their")
SINGULAR_POSSESSIVES = word_set("son sa ses its")
# Words that open a noun phrase: a possessive after one may point inside the question (« les familles et
# leurs enfants »), after none it points back (« c'est quoi son reste à charge ? »).
NOUN_DETERMINERS = word_set(
    "le la les l un une des du au aux ce cet cette ces mon ma mes notre nos votre vos"
)
# Subjects after which le / la / l' / lui / en are object clitics (« qui la finance ? », « qui en est à … »).
CLITIC_HOSTS = word_set("qui qu on je j nous vous il elle ils elles ne n")
# « y » before these is the impersonal « il y a », « y a-t-il », « y en a-t-il », never a place.
IMPERSONAL_Y = word_set("a avait aura aurait ait aient avoir en")
REFLEXIVES = word_set("s se m me n ne")
# Question words a neuter subject may follow (« combien ça a coûté ? », « comment c'est financé ? »).
INTERROGATIVES = word_set("combien comment pourquoi quand ou que qu quoi")
WHICH = word_set("quel quelle quels quelles")
DEMONSTRATIVE = word_set("ce cet cette")
PLURAL_DEMONSTRATIVE = word_set("ces")
# Words a question opens with before its subject (« et la deuxième ? », « mais celle-ci ? »).
OPENERS = word_set("et mais puis alors ok bon donc pour de a and")
SINGULAR_PRONOUNS = word_set("il elle it")
NEUTER_PRONOUNS = word_set("c ca")  # « c'est … », « ça a coûté … »
OBJECT_CLITICS = word_set("l la le")
IMPERSONAL = word_set("y existe existent faut agit reste manque semble")
AUXILIARIES = word_set("a ont avait avaient est sont etait fut va")
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
    """The word after a reference ends its noun phrase: a boundary, a fiche noun or a function word."""
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
    "avec": ("partenaires", "partenaires_cites", "public", "mots_cles", "title", "resume"),
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


def _description_span(toks: list[str]) -> tuple[str, list[str]]:
    """(kind, the tokens of the description) after « celle » / « celui » heading the question (after openers
    only: « les deux ateliers, celui de … et celui de … » describes its own fiches) and its opening word."""
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


def _field_stems(cited: Citation, fiche: Fiche | None, name: str) -> set[str]:
    value = getattr(fiche, name, "") if fiche is not None else getattr(cited, name, "")
    text = " ".join(value) if isinstance(value, list) else str(value or "")
    return {stem(w) for w in normalise(text).split()}


def described(
    question: str,
    citations: Sequence[Citation],
    fiches: Mapping[str, Fiche] | None = None,
    facets: Sequence[FacetMatch] = (),
) -> list[Citation]:
    """The citations of the list the question describes best (« celle pour les petits », « celui avec la
    CAF », « celle qui est terminée »): the facets the analysis found in the question that its fiche has
    first, then the description's words in the fields its opening word names, in order. Several when they
    fit equally; empty when none fits, or the question describes nothing."""
    kind, words = description(question)
    if not kind or not citations:
        return []
    wanted = {stem(w) for w in words}
    fiches = fiches or {}
    scores = []
    for cited in citations:
        fiche = fiches.get(cited.fiche_id)
        has = sum(fiche is not None and has_facet(fiche, f) for f in facets)
        found = [len(wanted & _field_stems(cited, fiche, name)) for name in DESCRIBED_FIELDS[kind]]
        scores.append(((has, *found), cited))
    best = max(score for score, _ in scores)
    if described_facets(question, facets) and not best[0]:
        return []  # a criterion the analysis recognised in the description, and no fiche of the list has it
    return [cited for score, cited in scores if score == best] if any(best) else []


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


# ---------------------------------------------------------------- pronouns and possessives


@cache
def field_stems() -> dict[str, str]:
    """Stem (6 letters) → lookup field, for the nouns that name one in the schema: its bare words and the
    one-word alternatives of its pattern, by field rank (« financeurs » and « financement » share
    « financ »). Fiche nouns and function words never name a field."""
    stems: dict[str, str] = {}
    entries = [fields.get(name) for name in fields.fiche_fields()]
    for entry in sorted((e for e in entries if e.lookup), key=lambda e: e.lookup.rank):
        plain = [re.sub(r"s\?$|\\w\*$", "", a) for a in _top_alternatives(entry.lookup.pattern)]
        for word in (*entry.lookup.words, *plain):
            if (
                word.isalpha()
                and len(word) >= 5
                and word not in STOPWORDS
                and plural_key(word) not in FICHE_NOUNS
            ):
                stems.setdefault(word[:6], entry.name)
    return stems


def _top_alternatives(pattern: str) -> list[str]:
    """The alternatives of a regex at its top level (a group's own alternatives stay inside it)."""
    parts, depth, current = [], 0, ""
    for char in pattern:
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def field_named_by(word: str) -> str:
    """The lookup field a folded word names (« financeurs » → ressources_financieres), else ''."""
    return field_stems().get(word[:6], "") if len(word) >= 5 else ""


def names_a_field(word: str) -> bool:
    return bool(field_named_by(word))


def _demonstrative_pronoun(toks: list[str]) -> bool:
    pairs = zip(toks, toks[1:], strict=False)
    return any(a in ("celui", "celle") and b in ("ci", "la") for a, b in pairs)


def _anaphoric_noun(toks: list[str], determiners: frozenset[str]) -> bool:
    pairs = zip(toks, toks[1:], strict=False)
    return any(a in determiners and plural_key(b) in FICHE_NOUNS for a, b in pairs)


def _possessive_field(toks: list[str]) -> bool:
    pairs = zip(toks, toks[1:], strict=False)
    return any(a in POSSESSIVES and names_a_field(b) for a, b in pairs)


def _possessive_without_antecedent(question: str) -> bool:
    """« c'est quoi son reste à charge ? », « et sa date de fin ? »: a singular possessive before a noun, with
    no noun phrase before it in the question (no determiner, no capitalised name) to be its antecedent."""
    words = re.findall(r"[^\W\d_]+", question.replace("’", "'"))
    for i, word in enumerate(words):
        folded = fold(word)
        if folded in SINGULAR_POSSESSIVES:
            return i + 1 < len(words) and fold(words[i + 1]) not in STOPWORDS
        if folded in NOUN_DETERMINERS or (i > 0 and word[:1].isupper()):
            return False
    return False


def _clitic(toks: list[str]) -> bool:
    """An object clitic standing for the fiche: « combien de bénévoles y participent ? » (« y » not in
    « il y a »), « qui la finance ? », « qui l'anime ? », « qui en est à l'origine ? »."""
    for i, word in enumerate(toks):
        before = toks[i - 1] if i else None
        after = toks[i + 1] if i + 1 < len(toks) else None
        if _boundary(after):
            continue
        if word == "y" and before != "il" and after not in IMPERSONAL_Y:
            return True
        noun_after = after in STOPWORDS or plural_key(after) in FICHE_NOUNS
        if word in ("la", "le", "l", "lui") and before in CLITIC_HOSTS and not noun_after:
            return True
        if word == "en" and (before in CLITIC_HOSTS or before == "combien") and after in AUXILIARIES:
            return True
        if word == "en" and before in REFLEXIVES:  # « qui s'en occupe ? », « on ne s'en sert plus ? »
            return True
    return False


def counts_list(question: str) -> bool:
    """The partitive « en » of « combien y en a-t-il ? », « il y en a dans le Nord ? », « en existe-t-il en
    cours ? »: the question goes on about the fiches just listed (their criteria are kept)."""
    toks = tokens(question)
    pairs = zip(toks, toks[1:], strict=False)
    return any(a == "en" and (b in IMPERSONAL_Y or b in ("existe", "existent")) for a, b in pairs)


def _impersonal(toks: list[str], i: int) -> bool:
    """« il y a », « y a-t-il », « existe-t-il », « faut-il »: an impersonal « il » points at nothing."""
    near = toks[max(0, i - 3) : i] + toks[i + 1 : i + 2]
    return toks[i] == "il" and any(w in IMPERSONAL for w in near)


def without_locutions(toks: list[str]) -> list[str]:
    """The tokens without the interrogative locution « est-ce que / est-ce qu' / qu'est-ce que » (its « ce »
    is no determiner: « quand est-ce qu'elle a commencé ? » → quand elle a commencé), nor « c'est ce que »."""
    out: list[str] = []
    for tok in toks:
        out.append(tok)
        tail = out[-3:]
        if tail[:2] == ["est", "ce"] and tail[2:] in (["que"], ["qu"], ["qui"]) and out[-4:-3] != ["c"]:
            del out[-3:]
    return out


def _head_pronoun(toks: list[str], within: int = 4) -> bool:
    """A singular pronoun among the first words, no noun phrase before it: « elle s'adresse à qui ? »,
    « combien a-t-elle coûté ? », « qui l'a lancée ? », « quand est-ce qu'elle a commencé ? » (not « comment
    le centre fait-il… »)."""
    toks = without_locutions(toks)
    start = _after_interrogative(toks, 1 if toks and toks[0] in OPENERS else 0)
    for i, word in enumerate(toks[: start + within]):
        if word in DETERMINERS - {"l"} or word in DEMONSTRATIVE:
            return False  # a noun phrase comes first: the pronoun points at it
        if word in SINGULAR_PRONOUNS and not _impersonal(toks, i):
            return True
        if word in OBJECT_CLITICS and i + 1 < len(toks) and toks[i + 1] in AUXILIARIES and i > 0:
            return True
    return False


def _locative(toks: list[str]) -> bool:
    """« là-bas »: the place of the fiche in focus."""
    return any(a == "la" and b == "bas" for a, b in zip(toks, toks[1:], strict=False))


def _neuter_subject(toks: list[str], within: int = 6) -> bool:
    """« c'est dans quelle ville ? », « ça a coûté combien ? », « combien de temps ça a duré ? »: a neuter
    subject opening a short question (after an interrogative phrase) with no determiner (« c'est quoi les
    actions sur… » names what it asks about)."""
    words = [t for t in without_locutions(toks) if t not in _BOUNDARY]
    start = 1 if words and words[0] in OPENERS else 0
    start = _after_interrogative(words, start)
    if len(words) - start > within or len(words) <= start or words[start] not in NEUTER_PRONOUNS:
        return False
    return not any(w in DETERMINERS - {"l"} or w in ("les", "des", "un", "une") for w in words[start + 1 :])


def _after_interrogative(words: list[str], start: int) -> int:
    """The position after an interrogative phrase at `start`: a question word (« comment »), « combien de »
    and its noun (« combien de temps »), « depuis / jusqu'à quand », « (pour) quelle(s) » and its noun
    (« pour quelle raison », « à quelle heure »); `start` when there is none."""
    if start + 1 < len(words) and words[start] in ("depuis", "jusqu") and words[start + 1] == "quand":
        return start + 2
    at = start + 1 if words[start : start + 1] and words[start] in _PREPOSITIONS else start
    if words[at : at + 1] and words[at] in WHICH and at + 1 < len(words) and not _boundary(words[at + 1]):
        return at + 2
    if start >= len(words) or words[start] not in INTERROGATIVES:
        return start
    counted = words[start] == "combien" and words[start + 1 : start + 2] in (["de"], ["d"])
    return start + 3 if counted else start + 1


def points_at_focus(question: str) -> bool:
    """Does the question refer to the fiche in focus (pronoun, possessive, anaphoric determiner)?"""
    toks = tokens(question)
    return (
        _demonstrative_pronoun(toks)
        or _anaphoric_noun(toks, DEMONSTRATIVE)
        or _possessive_field(toks)
        or _possessive_without_antecedent(question)
        or _clitic(toks)
        or _head_pronoun(toks)
        or _locative(toks)
        or _neuter_subject(toks)
    )


# After these, « elles » is no subject (« parmi elles », « pour eux »).
_PREPOSITIONS = word_set("parmi entre d de pour avec chez sur a en dans par")


def names_proper_noun(question: str) -> bool:
    """A capitalised word after the first one (« Place en Place vs Place des femmes : … pour chacune ? »): the
    question names what its pronouns stand for."""
    words = re.findall(r"[^\W\d_]+", question)
    return any(w[:1].isupper() for w in words[1:])


def plural_head_pronoun(question: str, within: int = 3) -> bool:
    """« ils sont partis où ? », « elles sont financées comment ? »: a plural subject pronoun among the first
    words, after openers only (not « parmi elles »)."""
    toks = [t for t in tokens(question) if not _boundary(t)]
    start = 0
    while start < len(toks) and toks[start] in OPENERS | INTERROGATIVES:
        start += 1
    window = range(start, min(start + within, len(toks)))
    return any(
        toks[j] in ("ils", "elles", "they") and (j == 0 or toks[j - 1] not in _PREPOSITIONS) for j in window
    )


def bare_noun_phrase(question: str, longest: int = 5) -> bool:
    """« le reste à charge ? », « les horaires ? »: a short question that is only a definite noun phrase."""
    toks = [t for t in tokens(question) if not _boundary(t)]
    start = 1 if toks and toks[0] in OPENERS else 0
    return start < len(toks) <= longest and toks[start] in ("le", "la", "les", "l", "the")


def definite_field_question(question: str, longest: int = 6) -> bool:
    """« qui étaient les partenaires ? », « quel est le budget ? »: a short question whose noun phrase is a
    definite field noun (the fiche's, by anaphora) and no fiche noun (« le budget des actions… » is not)."""
    toks = [t for t in tokens(question) if not _boundary(t)]
    if len(toks) > longest or any(plural_key(t) in FICHE_NOUNS for t in toks):
        return False
    return any(
        a in ("le", "la", "les", "l") and names_a_field(b) for a, b in zip(toks, toks[1:], strict=False)
    )


def points_at_list(question: str) -> bool:
    """Does the question ask the same detail of every fiche just listed: a plural possessive before a field
    noun (« et leurs budgets ? »), a plural object clitic after its subject (« qui les finance ? »), or
    « chacune » / « chacun »?"""
    toks = tokens(question)
    pairs = list(zip(toks, toks[1:], toks[2:] + [None], strict=False))
    return any(t in ("chacune", "chacun") for t in toks) or any(
        (a in ("leur", "leurs") and names_a_field(b))
        or (a in CLITIC_HOSTS and b == "les" and not _boundary(c) and c not in STOPWORDS)
        for a, b, c in pairs
    )


# ---------------------------------------------------------------- refinements of the focus list

_LIST_PRONOUN = re.compile(
    r"\b(?:lesquel(?:le)?s|lequel|laquelle|duquel|desquel(?:le)?s)\b"
    r"|(?<!pour )(?<!a )(?<!aux )(?<!envers )"  # « des actions pour ceux qui… » names people, not the list
    r"\b(?:celles|ceux)\b(?=\s*(?:-\s*(?:ci|la)\b|qui\b|dont\b|ou\b|en\b|avec\b|$|[?,]))"
    r"|\bcelle\b(?=\s*(?:qui|dont|ou|en|avec)\b)"  # « celle-ci » is the fiche in focus, not the list
    r"|\b(?:parmi|d'entre|entre) (?:elles|eux|celles|ceux|ces)\b|\bles memes\b"
)
_RESTRICTIVE = r"(?:seulement|uniquement|rien que|juste|exclusivement)"
_RESTRICT = re.compile(rf"\b{_RESTRICTIVE}\s+(?:pour|en|dans|a|au|aux|chez|avec|sur|du|des)\b")
# A plural demonstrative heading the question (after openers and restrictive adverbs) is always the list:
# « seulement ceux dans le Nord », « et celles de Metz ? » (« des actions pour ceux qui… » is not).
_HEAD_PLURAL = re.compile(
    rf"^\s*(?:(?:et|mais|puis|alors|ok|donc|bon|{_RESTRICTIVE}|parmi (?:elles|eux))\W+)*(?:celles|ceux)\b"
)
_REPEAT = re.compile(r"\b(?:pareil(?:le)?s?|idem|de meme|(?:la )?meme (?:question|chose|demande))\b")
# What a follow-up says besides its new criteria: openers, repeats, restrictive adverbs (folded).
_PHRASING = re.compile(
    rf"^\s*(?:et|mais|puis|alors|ok)\b|{_REPEAT.pattern}(?:\s+(?:mais|et))?|\b{_RESTRICTIVE}\b"
)  # « la même chose mais pour les ados » → « pour les ados »


def elliptic_superlative(question: str, longest: int = 6) -> bool:
    """« le moins cher ? », « et la plus récente ? », « le plus de bénévoles ? »: a superlative whose noun is
    left out, heading a short question — its noun is the fiches just listed (« laquelle est … »)."""
    toks = [t for t in tokens(question) if not _boundary(t)]
    start = 1 if toks and toks[0] in OPENERS else 0
    head = toks[start : start + 2]
    short = len(toks) <= longest and not any(plural_key(t) in FICHE_NOUNS for t in toks)
    return short and len(head) == 2 and head[0] in ("le", "la", "les", "l") and head[1] in ("plus", "moins")


def refines_list(question: str) -> bool:
    """Does the question narrow the focus list (« lesquelles… », « celles qui… », « parmi elles… »,
    « ces actions… », « le moins cher ? »)?"""
    q = fold(question)
    return (
        bool(_LIST_PRONOUN.search(q) or _RESTRICT.search(q) or _HEAD_PLURAL.search(q))
        or _anaphoric_noun(tokens(question), PLURAL_DEMONSTRATIVE)
        or elliptic_superlative(question)
    )


def repeats_question(question: str) -> bool:
    """« pareil pour les Pays de la Loire ? », « même question pour la Permenance logement »."""
    return bool(_REPEAT.search(fold(question)))


def without_phrasing(question: str) -> str:
    """The follow-up's own words, its phrasing left out (« Et rien que pour la Seine-Maritime ? » → « pour
    la Seine-Maritime ? »): what it adds to the previous question."""
    folded = fold(question)
    text = (
        question.strip() if len(folded) == len(question.strip()) else folded
    )  # spans shared when no ligature
    for match in reversed(list(_PHRASING.finditer(folded))):
        text = text[: match.start()] + " " + text[match.end() :]
    return " ".join(text.split())


# ---------------------------------------------------------------- the focus of a conversation


def _lists(turn: Turn) -> bool:
    answer = turn.answer
    return bool(answer.citations) and not (answer.query and answer.query.intent == "lookup")


def list_turn(turns: Sequence[Turn]) -> Turn | None:
    """The most recent turn whose answer listed fiches (not a lookup on one fiche)."""
    return next((t for t in reversed(turns) if _lists(t)), None)


def focus_list(turns: Sequence[Turn]) -> list[Citation]:
    """The citations of the most recent answer that listed fiches: the list « la deuxième » counts in."""
    turn = list_turn(turns)
    return list(turn.answer.citations) if turn else []


def focus_fiche(turns: Sequence[Turn]) -> Citation | None:
    """The fiche of the most recent answer citing any: its only citation, or its [1]."""
    return next((t.answer.citations[0] for t in reversed(turns) if t.answer.citations), None)


def topic_turn(turns: Sequence[Turn]) -> Turn:
    """The turn whose question a follow-up continues: the most recent one not about a single fiche (a
    lookup), else the last one. `turns` must not be empty."""
    return next(
        (t for t in reversed(turns) if not (t.answer.query and t.answer.query.intent == "lookup")), turns[-1]
    )


def cited_fiches(turns: Sequence[Turn]) -> dict[str, Fiche]:
    """The fiches the conversation's answers cited, by id (from their hits; the latest copy wins)."""
    return {hit.fiche_id: hit.fiche for turn in turns for hit in turn.answer.hits}


# Words that ask to see a fiche rather than a detail of it (« parle-moi de la 2 », « dis-m'en plus »).
PRESENTING = word_set(
    """parle parler presente presenter montre montrer dis dire decris decrire raconte raconter explique
    expliquer resume resumer detaille details detail savoir voir info infos information informations
    exactement quoi consiste concerne celui celle ci numero"""
)


def detail_words(question: str) -> list[str]:
    """The words of a question about one fiche that ask a detail of it (« c'est animé par qui ? » →
    ["anime"]): neither function, reference, presenting nor generic words, nor ordinals."""
    return [
        t
        for t in tokens(question)
        if len(t) >= 3
        and t not in STOPWORDS
        and t not in GENERIC
        and t not in PRESENTING
        and plural_key(t) not in FICHE_NOUNS
        and ordinal_value(t) is None
        and not t.isdigit()
    ]
