"""French lemmas from a dictionary: simplemma's French table (~250,000 inflected forms → lemma, from
Wiktionary-derived lists), read through the project's normalised words (no accents, lower case).

    lemma("organisées")        # "organiser"
    lemma("travaux")           # "travail"       irregular plurals no ending rule gets right
    is_verb_form("intervient") # True            a conjugated form of « intervenir »
    is_verb_form("cuisine")    # False           a noun: the dictionary gives it as its own lemma
    is_verb_form("prise")      # False           « prises » is the plural of the noun « prise »

A word is looked up as written when it has accents (« organisé » is not « organise »), else through every
dictionary form that folds to it. The table is read lazily, once per process (`load`: ~0.7 s, ~35 MB).
"""

from __future__ import annotations

import logging
import time
from functools import lru_cache

from ingest.text import VERB_FORMS, normalise, normalised_words

logger = logging.getLogger(__name__)

# A folded form -> the folded lemma of its only reading, or ((form as written, lower case), folded lemma) for
# each of its readings when forms that fold alike have different lemmas (« organisé », « organise »).
Index = dict[str, "str | tuple[tuple[str, str], ...]"]
_INFINITIVE = ("er", "ir", "re")
_OWN_LEMMAS: set[str] = set()  # the folded words the table gives as their own lemma (filled by `load`)


@lru_cache(maxsize=1)
def load() -> Index:
    """The folded French table (built on first use; logged with its time)."""
    try:
        from simplemma.strategies.dictionaries import DefaultDictionaryFactory
    except ImportError as error:  # pragma: no cover - a pinned dependency
        raise ImportError("French lemmas need simplemma: pip install simplemma==2.0.0") from error
    start = time.perf_counter()
    index: Index = {}
    written: dict[str, str] = {}  # folded form -> its first form, when written otherwise (accents, capitals)
    lemmas: dict[str, str] = {}  # one string object per lemma
    for form, lem in DefaultDictionaryFactory(cache_max_size=1).get_dictionary("fr").items():
        key, folded = _fold(form), _fold(lem)
        if not key or not folded:
            continue  # several words (« aujourd'hui », « pomme de terre »)
        folded = lemmas.setdefault(folded, folded)
        found = index.get(key)
        if found is None:
            index[key] = folded  # its own lemma: dropped below unless another form folds alike
            if form != key:
                written[key] = form
        elif isinstance(found, tuple):
            index[key] = (*found, (form.lower(), folded))
        elif found != folded:
            index[key] = ((written.get(key, key).lower(), found), (form.lower(), folded))
    own = [k for k, v in index.items() if v == k]
    for key in own:
        del index[key]  # an unknown word is its own lemma anyway
    _OWN_LEMMAS.update(own)
    logger.info("French lemma table: %d forms in %.2f s", len(index), time.perf_counter() - start)
    return index


def _fold(word: str) -> str:
    """The one normalised word of a dictionary entry, '' when it has several."""
    if word.isascii() and word.isalpha() and word.islower():
        return word
    words = normalised_words(word)
    return words[0] if len(words) == 1 else ""


def _readings(word: str, accented_only: bool = False) -> tuple[str, list[str]]:
    """(normalised word, the folded lemmas of its readings): those of the form as written when the dictionary
    has it (with `accented_only`, only when it is written with accents: « salaries » may be « salariés » typed
    without them), else of every form that folds to it; [] for an unknown word."""
    words = normalised_words(word)
    if not words or any(len(w) > 2 for w in words[:-1]):
        return normalise(word), []
    norm = words[-1]  # after an elided « s' », « l' », « qu' »: « s'adressent » → « adressent »
    found = load().get(norm)
    if found is None:
        return norm, []
    if isinstance(found, str):
        return norm, [found]
    written = word.lower().replace("’", "'").rsplit("'", 1)[-1]
    exact = [] if accented_only and written.isascii() else [lem for form, lem in found if form == written]
    return norm, exact or list(dict.fromkeys(lem for _, lem in found))


def readings(word: str) -> list[str]:
    """The folded lemmas of every reading of a normalised word, whatever its accents were (« verse » →
    ["verse", "verser"]: the noun and the verb), [] for a word the dictionary lacks."""
    found = load().get(word)
    if found is None:
        return []
    return [found] if isinstance(found, str) else list(dict.fromkeys(lem for _, lem in found))


def is_french(word: str) -> bool:
    """Does the French table know this normalised word (« jumelage », « jumelages »)? A word it knows is spelt
    right, whatever the base holds: it is never corrected to a base word that looks like it (« jumelles »)."""
    index = load()
    return word in index or word in _OWN_LEMMAS


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The normalised lemma of a word (« ateliers » → « atelier », « intervient » → « intervenir »), the
    normalised word itself when the dictionary lacks it or gives it as one of its own lemmas."""
    norm, lemmas = _readings(word)
    return norm if not lemmas or norm in lemmas else lemmas[0]


@lru_cache(maxsize=65536)
def is_verb_form(word: str) -> bool:
    """Is `word` a conjugated form or a participle of a verb whose infinitive differs (« intervient »,
    « accueille », « proposent », « organisées », « compris »)? Never a word the dictionary gives as its own
    lemma (a noun, an adjective or an infinitive: « cuisine », « danse », « garde », « accueil », « organiser »),
    nor the singular of a noun (« prise », « arrivée »: « prises », « arrivées » are nouns' plurals), nor a
    plural or a feminine (« loisirs », « premières »). A word without accents is a verb form only when every
    form that folds to it is (« touchent », not « salaries »). `ingest.text.VERB_FORMS` are verb forms too."""
    norm, lemmas = _readings(word, accented_only=True)
    if norm in VERB_FORMS:
        return True
    if len(norm) < 3 or not lemmas or norm in lemmas:
        return False
    if not all(_infinitive_of(lem, norm) for lem in lemmas):
        return False
    return not _noun_singular(norm)


def _infinitive_of(lem: str, norm: str) -> bool:
    """Is `lem` an infinitive that `norm` conjugates, not a noun or adjective ending alike of which `norm` is the
    plural (« loisirs ») or the feminine (« première » of « premier »)?"""
    if not lem.endswith(_INFINITIVE) or norm in (lem + "s", lem + "x"):
        return False
    return not (lem.endswith("er") and norm in (lem[:-2] + "ere", lem[:-2] + "eres"))


def _noun_singular(norm: str) -> bool:
    """Does the dictionary know `norm` + s as the plural of `norm` (« prises » → « prise »)?"""
    if norm.endswith(("s", "x")):
        return False
    return norm in _readings(norm + "s")[1]
