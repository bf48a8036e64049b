"""The verb of a topic's noun: « se loger » names « Logement », « s'intégrer » « Intégration ».

A mot-clé of one word that is an action noun (« logement », « intégration », « alphabétisation »,
« vieillissement ») is named in questions by its verb as well (« aider les gens à se loger », « des cours
pour alphabétiser les adultes »). The verb is derived by the French noun suffixes of action (-ement,
-ation, -issement, -age) and kept only when the French dictionary knows it, so a noun with no such verb
(« santé », « culture », « parentalité ») gets none. No list of verbs: every one-word value of the base
gets its own.

    verbs_of("logement")      # ("loger",)
    verbs_of("integration")   # ("integrer",)
    verbs_of("sante")         # ()
"""

from __future__ import annotations

from functools import lru_cache

from ingest.lemmas import is_french

# (noun ending, verb ending), longest first: « vieillissement » is vieill-ir, not vieilliss-er.
_SUFFIXES = (
    ("issement", "ir"),
    ("isation", "iser"),
    ("ement", "er"),
    ("ation", "er"),
    ("age", "er"),
)
_MIN_STEM = 3  # « log-ement »: a shorter stem is no verb's


@lru_cache(maxsize=4096)
def verbs_of(noun: str) -> tuple[str, ...]:
    """The infinitive of the verb of a normalised action noun (its participle is often a noun or adjective of
    its own: « loge », « intègre »); () when the dictionary knows none."""
    for ending, verb_ending in _SUFFIXES:
        stem = noun[: -len(ending)]
        if not noun.endswith(ending) or len(stem) < _MIN_STEM:
            continue
        verb = stem + verb_ending
        if is_french(verb):
            return (verb,)
    return ()
