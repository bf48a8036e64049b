"""Derivational morphology of French words: a noun's adjectives, an adjective's noun, and whether two words are
one word derived (« bail » ~ « bailleur »). All of it is read from one table of endings (`_SUFFIXES`); words are
normalised (no accents, lower case), and the French lemma table (`ingest.lemmas`) vets the words built.

    adjectives("culture")                  # ["culturel", "culturelle"]      by the noun's ending
    adjectives("alimentation")             # ["alimentatif", "alimentative", "alimentaire"]  and the dictionary's
    genders("intergenerationnel")          # ["intergenerationnel", "intergenerationnelle"]
    is_adjective("numeriques")             # True                            by its ending
    relation_nouns("intergenerationnel")   # ["generation"]                  the noun « inter- » relates
    stems("regionale")                     # {"regionale", "region", "regional"}
    related("sanitaire", "sante", {"sanitaire": ("sante",)})  # True       learned adjectives passed in
    derived("locatif", "locataire")        # True                            one stem, a suffix each
    derived("permaculture", "puericulture")  # False
    qualities("parent")                    # ["parentalite", ...]            the noun of what they are
    action_nouns("coudre")                 # ["couture"]                     the noun of what one does

Three readings, three callers: `adjectives` (facet values named by an adjective, « actions culturelles »),
`related` (a partner's name said in other words, « l'agence sanitaire régionale »), `derived` (a word of a
value's gloss said again, « problèmes de bail »). They read different rows of the table: each row names the
readings it takes part in.
"""

from __future__ import annotations

from collections.abc import Mapping

from ingest.lemmas import is_french, is_verb_form
from ingest.text import STOPWORDS, plural_key

# -- the table -------------------------------------------------------------------------------------------
# One row per ending of a folded singular word: (ending, its feminine, the readings it takes part in).
#   adjective   a word ending so is an adjective (`is_adjective`); the feminine column gives `genders`
#   shared      dropped to find the stem an adjective shares with its noun (`stems`: « region-ale », « region »)
#   derivative  added by a derivative to its base, or to the stem it shares with another (`derived`)
#   base        dropped from a noun to find the stem its adjectives are built on (« aliment-ation »)
#   built       added to that stem (« aliment-aire »), kept when the lemma table knows the word (`adjectives`)
#   from:N      the adjective of a noun ending in N (« cul-ture » → « cul-turel »); the first that fits wins
#   to:N        the noun of an adjective of relation (« intergénérat-ionnel » → « génération »)
# Rows of « built » are in the order their words are listed. The readings of a row are those the three rules
# gave it before they met here (« -ique » is no ending of `derived`, « -aux » only of `stems`): making them agree
# would change answers, to be measured on the gold sets first.
_SUFFIXES = (
    ("aire", "", "adjective shared derivative built from:arite"),
    ("el", "elle", "adjective shared derivative built to:e"),
    ("if", "ive", "adjective shared derivative built"),
    ("ique", "", "adjective shared built from:ie"),
    ("atif", "", "built from:ation"),
    ("elle", "", "adjective shared derivative to:e"),
    ("ive", "", "adjective shared derivative"),
    ("al", "ale", "adjective shared derivative from:alite to:e"),
    ("ale", "", "adjective shared derivative to:e"),
    ("aux", "", "shared"),
    ("en", "enne", "from:ennete"),
    ("enne", "", "adjective"),
    ("ien", "", "shared"),
    ("ienne", "", "shared"),
    ("ier", "", "shared derivative"),
    ("iere", "", "shared derivative"),
    ("turel", "", "from:ture"),
    ("ilial", "", "from:ille"),
    ("portif", "", "from:port"),
    ("nemental", "", "from:nement"),
    ("ionnel", "", "to:ion"),
    ("ionnelle", "", "to:ion"),
    ("ation", "", "base derivative"),
    ("ion", "", "base"),
    ("ie", "", "shared base"),
    ("e", "", "shared base"),
    ("eur", "", "derivative"),
    ("euse", "", "derivative"),
    ("eurs", "", "derivative"),
    ("leur", "", "derivative"),
    ("leuse", "", "derivative"),
    ("ite", "", "derivative"),
    ("ement", "", "derivative"),
    ("isme", "", "derivative"),
    ("iste", "", "derivative"),
    ("ant", "", "derivative"),
    ("ante", "", "derivative"),
    ("taire", "", "derivative"),
    ("tif", "", "derivative"),
    ("tive", "", "derivative"),
)  # fmt: skip


def _endings(reading: str) -> tuple[str, ...]:
    return tuple(end for end, _, readings in _SUFFIXES if reading in readings.split())


def _pairs(reading: str) -> tuple[tuple[str, str], ...]:
    """(ending, N) of the rows reading `reading:N`."""
    prefix = reading + ":"
    return tuple(
        (end, r[len(prefix) :])
        for end, _, readings in _SUFFIXES
        for r in readings.split()
        if r.startswith(prefix)
    )


_ADJECTIVE = _endings("adjective")
_FEMININE = tuple((end, feminine) for end, feminine, _ in _SUFFIXES if feminine)
_SHARED = _endings("shared")
_DERIVATIVE = frozenset(_endings("derivative"))
_BASE = (*sorted(_endings("base"), key=len, reverse=True), "")  # longest first; the word itself is a stem too
_BUILT = _endings("built")
_OF_NOUN = tuple((noun, adjective) for adjective, noun in _pairs("from"))
# longest first: « -ionnel » before « -el »
_TO_NOUN = tuple(sorted(_pairs("to"), key=lambda pair: -len(pair[0])))
_RELATION_PREFIXES = ("inter", "multi", "pluri", "trans")  # an adjective of a relation between several
_STEM = 4  # shortest stem a word shares with its derivative (« bail », « region »)


# -- a noun's adjectives, an adjective's noun -------------------------------------------------------------


def adjectives(noun: str) -> list[str]:
    """Masculine and feminine adjectives of a folded noun: by its ending (first that fits: 'culture' →
    ['culturel', 'culturelle'], 'familles' → ['familial', 'familiale']), then the stem's adjectives the French
    dictionary knows ('alimentation' → [..., 'alimentaire']); [] when none."""
    key = plural_key(noun)
    if len(key) < 5:
        return []
    out = next((genders(key[: -len(end)] + suffix) for end, suffix in _OF_NOUN if key.endswith(end)), [])
    for adjective in _dictionary_adjectives(key):
        out += [form for form in genders(adjective) if form not in out]
    return out


def _dictionary_adjectives(key: str) -> list[str]:
    """Adjectives of a noun's stem that the French lemma table knows, never a verb form (« emploie »)."""
    found = []
    for end in _BASE:
        if not key.endswith(end) or len(key) - len(end) < _STEM:
            continue
        stem = key[: len(key) - len(end)]
        for suffix in _BUILT:
            word = stem + suffix
            if word != key and word not in found and is_french(word) and not is_verb_form(word):
                found.append(word)
    return found


def relation_nouns(adjective: str) -> list[str]:
    """The noun an adjective of relation is built on, when the French lemma table knows it: « intergénérationnel »
    → ['generation'], « interculturel » → ['culture']; [] without a prefix of relation (« culturel »)."""
    key = plural_key(adjective)
    prefix = next((p for p in _RELATION_PREFIXES if key.startswith(p)), "")
    found = noun_of(key[len(prefix) :]) if prefix else ""
    return [found] if found else []


def noun_of(adjective: str) -> str:
    """The noun a folded adjective is built on by its ending, when the French lemma table knows it ('culturel' →
    'culture', 'generationnel' → 'generation'), else ''."""
    for end, noun_end in _TO_NOUN:
        if (
            adjective.endswith(end)
            and len(adjective) > len(end) + 3
            and is_french(noun := adjective[: -len(end)] + noun_end)
        ):
            return noun
    return ""


def genders(adjective: str) -> list[str]:
    """An adjective and its feminine: 'intergenerationnel' → [..., 'intergenerationnelle']."""
    for end, feminine in _FEMININE:
        if adjective.endswith(end):
            return [adjective, adjective[: -len(end)] + feminine]
    return [adjective]


def is_adjective(word: str) -> bool:
    """A folded word with an adjective's ending (a value such as « numérique », « intergénérationnel »)."""
    return plural_key(word).endswith(_ADJECTIVE)


# -- the noun of what a person is -------------------------------------------------------------------------
# (ending dropped, ending added) from a noun of people to the noun of their state or role: « parent » →
# « parentalité », « citoyen » → « citoyenneté », « jeune » → « jeunesse », « enfant » → « enfance », « bénévole »
# → « bénévolat », « précaire » → « précarité ». No dictionary vets them (« parentalité » is in none): the caller
# keeps those that are values of its corpus.
_QUALITIES = (
    ("", "alite"),
    ("", "ite"),
    ("en", "ennete"),
    ("e", "esse"),
    ("e", "at"),
    ("t", "ce"),
    ("aire", "arite"),
)


def qualities(noun: str) -> list[str]:
    """Folded nouns of the state or role of the people a folded noun names (« parent » → [« parentalite », …]):
    candidates built by ending, none vetted."""
    key = plural_key(noun)
    if len(key) < _STEM:
        return []
    return [key[: len(key) - len(end)] + added for end, added in _QUALITIES if key.endswith(end)]


# -- the noun of an action --------------------------------------------------------------------------------
# (ending of the infinitive dropped, ending of the noun added): « tricoter » → « tricot », « oublier » → « oubli »,
# « danser » → « danse », « bricoler » → « bricolage », « accompagner » → « accompagnement », « réparer » →
# « réparation », « broder » → « broderie », « travailler » → « travail », « coudre » → « couture », « peindre » → « peinture », « écrire » → « écriture », « nourrir » →
# « nourriture ». Derivation only: « oublier » → « mémoire » is a sense, no ending gives it.
_ACTIONS = (
    ("er", ""),
    ("ller", "l"),
    ("er", "e"),
    ("er", "age"),
    ("er", "ement"),
    ("er", "ation"),
    ("er", "erie"),
    ("dre", "ture"),
    ("ire", "iture"),
    ("ir", "iture"),
)


def action_nouns(verb: str) -> list[str]:
    """Folded nouns of the action a folded infinitive names, that the French lemma table knows (« coudre » →
    [« couture »], « tricoter » → [« tricot »]). The caller tells an infinitive (`question_syntax.is_infinitive`:
    « atelier » is none) and keeps the nouns its corpus uses (a noun the base never writes says nothing of it)."""
    if len(verb) < _STEM + 1:
        return []
    out: list[str] = []
    for end, added in _ACTIONS:
        if verb.endswith(end) and len(verb) - len(end) >= 3:
            noun = verb[: -len(end)] + added
            if noun not in out and noun not in STOPWORDS and is_french(noun) and not is_verb_form(noun):
                out.append(noun)
    return out


# -- one word derived ------------------------------------------------------------------------------------


def stems(word: str, learned: Mapping[str, tuple[str, ...]] | None = None) -> set[str]:
    """The folded word and the stems it may share with a derivative (an adjective's, a noun's), and the nouns
    `learned` gives it (an adjective of another stem: « sanitaire » → « sante »)."""
    out = {word}
    out.update(word[: -len(end)] for end in _SHARED if word.endswith(end) and len(word) - len(end) >= _STEM)
    out.update((learned or {}).get(word, ()))
    return out


def related(a: str, b: str, learned: Mapping[str, tuple[str, ...]] | None = None) -> bool:
    """Are these two folded words one word, or an adjective and its noun (« regionale », « region »)?"""
    a, b = plural_key(a), plural_key(b)
    return a == b or bool(stems(a, learned) & stems(b, learned))


def derived(word: str, other: str) -> bool:
    """One word is the other plus a suffix (« bail », « bailleur »), or both are one stem plus a suffix each
    (« locatif », « locataire »: the stem « locat » long enough to say the same thing)."""
    short, long = sorted((word, other), key=len)
    if long.startswith(short) and long[len(short) :] in _DERIVATIVE:
        return True
    n = _common(word, other)
    return n >= max(_STEM + 1, len(short) - 4) and word[n:] in _DERIVATIVE and other[n:] in _DERIVATIVE


def _common(a: str, b: str) -> int:
    """Length of the common beginning of two words."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n
