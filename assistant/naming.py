"""Fiches named in a question: by their titles (`linked_titles`, over a `TitleIndex` built once per corpus;
also by their initials in capitals: « LAEP »), or designated for a comparison otherwise than by whole titles
(`designated`: « les deux ateliers mémoire », « celui de la ludothèque »; one title named and a word only one
other hit's title has).

    linked_titles("Compare A et B", fiches)                        # [fiche A, fiche B]: titles the question names
    linked_titles("compare le repair cafe et le jardin", index, partial=True)  # short names, for comparisons
    designated("les deux ateliers memoire", hits)                  # the first two hits
    close("permenance", "permanence")                              # True: two edits from LONG_WORD letters
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from assistant.ranking import NUMBERS
from ingest.geo import DEPARTEMENTS, REGIONS
from ingest.models import Fiche
from ingest.partners import find_partners
from ingest.text import GENERIC, STOPWORDS, edit_distance, normalise, normalised_words, one_typo, plural_key

MAX_COMPARED = 4
LONG_WORD = 8  # from this length, two edits still name the same title word
MIN_ACRONYM = 3  # letters of a title's initials written as one word (« LAEP », « PIJ »)
_CAPITALS = re.compile(r"\b[A-Z]{3,6}\b")


_COUNTED = re.compile(r"\b(?:les|ces) (deux|trois|quatre|2|3|4)\b")
_DESIGNATION = re.compile(r"\b(?:celui|celle)\b")


def designated(norm: str, fiches: list[Fiche], named: list[Fiche] | tuple[Fiche, ...] = ()) -> list[Fiche]:
    """The fiches a comparison designates otherwise than by whole titles, from `fiches` (a search's, best
    first): with one title named, the fiche whose title alone among them has a word of the question (« compare
    l'épicerie solidaire et la navette »); with none, as many as it counts (« les deux ateliers mémoire »,
    « celui animé par trois bénévoles et celui de la ludothèque »). [] when it designates fewer than two."""
    match = _COUNTED.search(norm)
    count = (NUMBERS.get(match.group(1)) or int(match.group(1))) if match else 0
    count = max(count, len(_DESIGNATION.findall(norm)))
    counted = list(fiches[:count]) if 2 <= count <= MAX_COMPARED and len(fiches) >= count else []
    if len(named) == 1:
        other = _by_distinct_word(norm, named[0], fiches)
        if other is not None:
            return [named[0], other]
        # « les deux ateliers cuisine » names one title in part: the set counted, when it holds that one
        return counted if named[0].id in {f.id for f in counted} else []
    return [] if named else counted


def _by_distinct_word(norm: str, one: Fiche, fiches: list[Fiche]) -> Fiche | None:
    """The first of `fiches` whose title has a question word (four letters or more) that the named title
    lacks and no other of their titles has."""
    own = set(_title(one).keys)
    keys = {plural_key(w) for w in norm.split() if len(w) >= 4 and w not in STOPWORDS | GENERIC} - own
    others = [(f, set(_title(f).keys)) for f in fiches if f.id != one.id]
    for fiche, title in others:
        distinct = [k for k in keys if _stem_in(k, title) and sum(_stem_in(k, t) for _, t in others) == 1]
        if distinct:
            return fiche
    return None


def _stem_in(key: str, title: set[str]) -> bool:
    """The word, or its five-letter stem for a longer one, is in the title: « manger » names « mangeons »."""
    return key in title or (len(key) > 5 and any(len(t) > 5 and t[:5] == key[:5] for t in title))


# -- titles named in a question --------------------------------------------------------------------


@dataclass(frozen=True)
class _TitleMatch:
    fiche: Fiche
    positions: frozenset[int]
    exact: bool
    size: int  # content words of the title
    present: tuple[str, ...] = ()  # its content words the question has
    partial: bool = False  # named by a part that no other title has


@dataclass(frozen=True)
class _Title:
    fiche: Fiche
    words: tuple[str, ...]  # normalised words of the title
    keys: tuple[str, ...]  # its distinct content words, plural keys


class TitleIndex:
    """The titles of a corpus, indexed by their content words: linking a question reads only the titles
    sharing a word with it (build once per corpus version, `assistant/routing.py`)."""

    def __init__(self, fiches: Iterable[Fiche]):
        self.titles = [_title(f) for f in fiches if f.title.strip()]
        self.by_key: dict[str, list[int]] = defaultdict(list)
        self._by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)  # typo look-up
        for n, title in enumerate(self.titles):
            for key in title.keys:
                if key not in self.by_key:
                    self._by_shape[(key[0], len(key))].append(key)
                self.by_key[key].append(n)
        # namesakes: titles written alike (« Ateliers mémoire » of many centres) name none of them alone
        self._written = Counter(title.words for title in self.titles)
        self._keyed = Counter(frozenset(title.keys) for title in self.titles)
        self._at = {title.fiche.id: n for n, title in enumerate(self.titles)}
        # « LAEP »: « Lieu d'accueil enfants-parents »
        self._by_initials: dict[str, list[int]] = defaultdict(list)
        for n, title in enumerate(self.titles):
            if MIN_ACRONYM <= len(title.keys) <= MAX_COMPARED + 2:
                self._by_initials["".join(k[0] for k in title.keys)].append(n)

    def linked(
        self, question: str, limit: int = MAX_COMPARED, *, partial: bool = False, unique: bool = False
    ) -> list[Fiche]:
        """See `linked_titles`."""
        words = normalise(question).split()
        keys = [plural_key(w) for w in words]
        padded = f" {' '.join(words)} "
        # a département or région named after « du / de / en » is where, not a title's word (« le café des
        # parents du Nord » is no « Café des parents de Plateau-Nord »), unless the title is written whole
        placed = place_positions(words)
        unplaced = [k if i not in placed else "" for i, k in enumerate(keys)]
        found = []
        for n in self._candidates(keys, partial):
            match = _title_match(self.titles[n], unplaced, padded, partial)
            if match is not None and (not match.partial or self._only_title_with(match.present) == n):
                found.append(match)
        found += self._acronyms(question, words)
        if unique:
            found = [m for m in found if not self._namesake(m)]
        found.sort(key=lambda m: (m.partial, not m.exact, -m.size, min(m.positions), m.fiche.id))
        chosen: list[_TitleMatch] = []
        taken: set[int] = set()
        for match in found:
            if match.positions & taken and not match.exact:
                match = self._without(match, keys, padded, taken, partial)
            if match is not None and not match.positions & taken and len(chosen) < limit:
                chosen.append(match)
                taken |= match.positions
        return [m.fiche for m in sorted(chosen, key=lambda m: min(m.positions))]

    def _namesake(self, match: _TitleMatch) -> bool:
        """Is the title named also another fiche's (written alike when named exactly, else the same words)?"""
        title = self.titles[self._at[match.fiche.id]]
        return (self._written[title.words] if match.exact else self._keyed[frozenset(title.keys)]) > 1

    def _without(
        self, match: _TitleMatch, keys: list[str], padded: str, taken: set[int], partial: bool
    ) -> _TitleMatch | None:
        """The match read again without the words a name chosen before holds (« mangeons bougeons ensemble
        ou les petits déj thématiques »: « petits » went to the first title, the second is still named by
        « déj thématiques … écoles »), when enough of its words remain; None otherwise."""
        free = [key if i not in taken else "" for i, key in enumerate(keys)]
        n = next(i for i, t in enumerate(self.titles) if t.fiche is match.fiche)
        again = _title_match(self.titles[n], free, padded, partial)
        if again is None or (again.partial and self._only_title_with(again.present) != n):
            return None
        return again

    def _acronyms(self, question: str, words: list[str]) -> list[_TitleMatch]:
        """Titles named by their initials written in capitals (« le LAEP »: « Lieu d'accueil enfants-parents »),
        when one title only has them and the word is no partner's acronym (« ARS »)."""
        found = []
        for token in dict.fromkeys(_CAPITALS.findall(question)):
            holders = self._by_initials.get(token.lower(), [])
            if len(holders) != 1 or token.lower() not in words or find_partners(token):
                continue
            title = self.titles[holders[0]]
            at = frozenset({words.index(token.lower())})
            found.append(_TitleMatch(title.fiche, at, True, len(title.keys), title.keys))
        return found

    def _candidates(self, keys: list[str], partial: bool = False) -> list[int]:
        """Titles having enough of the question's words (one typo allowed) to be named by it."""
        shared: Counter[int] = Counter()
        for key in set(keys):
            for near in self._near(key):
                shared.update(self.by_key[near])
        return sorted(n for n, count in shared.items() if count >= _needed(len(self.titles[n].keys), partial))

    def _only_title_with(self, keys: tuple[str, ...]) -> int:
        """The one title holding all these words, else -1 (several, or none)."""
        holders = set.intersection(*(set(self.by_key.get(k, ())) for k in keys)) if keys else set()
        return next(iter(holders)) if len(holders) == 1 else -1

    def _near(self, key: str) -> list[str]:
        """The title words equal to `key` or one typo from it (from six letters)."""
        if len(key) < 6:
            return [key] if key in self.by_key else []
        shapes = [(key[0], size) for size in (len(key) - 1, len(key), len(key) + 1)]
        if len(key) >= LONG_WORD:
            shapes += [(key[0], len(key) - 2), (key[0], len(key) + 2)]
        return [k for shape in shapes for k in self._by_shape.get(shape, ()) if close(k, key)]


_PLACE_CUES = {"du", "de", "d", "des", "en", "l", "la", "le", "dans", "a", "au"}


@cache
def _place_names() -> dict[tuple[str, ...], tuple[str, str]]:
    """Départements and régions as normalised word tuples (« haute vienne », « nord ») → (field, name)."""
    names = [("departement", d.name) for d in DEPARTEMENTS] + [("region", r) for r in REGIONS]
    return {tuple(normalise(name).split()): (field, name) for field, name in names}


def named_places(words: list[str]) -> list[tuple[range, str, str]]:
    """Département and région names right after a place cue (« du Nord », « de l'Isère »): (their
    positions, field, name)."""
    out: list[tuple[range, str, str]] = []
    names = _place_names()
    for i in range(1, len(words)):
        if words[i - 1] not in _PLACE_CUES or (out and i < out[-1][0].stop):
            continue
        for size in (4, 3, 2, 1):
            if i + size <= len(words) and (found := names.get(tuple(words[i : i + size]))):
                out.append((range(i, i + size), *found))
                break
    return out


def place_positions(words: list[str]) -> frozenset[int]:
    """Positions of a département or région name right after a place cue (`named_places`)."""
    return frozenset(i for span, _, _ in named_places(words) for i in span)


def close(a: str, b: str) -> bool:
    """Equal, one typo apart (from six letters), or two edits apart (from `LONG_WORD` letters:
    « permenance » / « permanence »)."""
    if one_typo(a, b):
        return True
    return min(len(a), len(b)) >= LONG_WORD and abs(len(a) - len(b)) <= 2 and edit_distance(a, b) <= 2


def _needed(size: int, partial: bool = False) -> int:
    """Content words of a title the question must have: all, or three quarters from four words; `partial`:
    half of them and at least two (« le Repair café » for « Repair café de la Passerelle »)."""
    full = size if size < 4 else -(-3 * size // 4)
    return min(full, max(2, -(-size // 2))) if partial else full


def linked_titles(
    question: str,
    fiches: Iterable[Fiche] | TitleIndex,
    limit: int = MAX_COMPARED,
    *,
    partial: bool = False,
    unique: bool = False,
) -> list[Fiche]:
    """The fiches whose titles the question names, in the order it names them, at most `limit`.

    A title is named when all its content words (plural-insensitive, one typo from six letters) are in a
    compact span of the question — or three quarters of them for titles of four words or more; a title of
    one content word must be written whole. Overlapping names keep the exact one, then the longest title
    (« Place de femmes » and « Place des femmes » are both named only when both are written). `partial`
    (comparisons, where each title is named shortly): half of a title's words, at least two, also name it
    when no other title has them all. `unique` (comparisons: each side one fiche): a title other fiches have
    too (namesakes of several centres) names none of them — their descriptions must (`references`)."""
    index = fiches if isinstance(fiches, TitleIndex) else TitleIndex(fiches)
    return index.linked(question, limit, partial=partial, unique=unique)


def _title(fiche: Fiche) -> _Title:
    words = tuple(normalised_words(fiche.title))
    keys = tuple(dict.fromkeys(plural_key(w) for w in words if w not in STOPWORDS | GENERIC and len(w) > 1))
    return _Title(fiche, words, keys)


def _title_match(title: _Title, keys: list[str], padded: str, partial: bool = False) -> _TitleMatch | None:
    wanted = title.keys
    if not wanted:
        return None
    text = " ".join(title.words)
    if f" {text} " in padded:
        start = len(padded[: padded.index(f" {text} ")].split())
        span = frozenset(range(start, start + len(title.words)))
        return _TitleMatch(title.fiche, span, True, len(wanted), wanted)
    if len(wanted) == 1:
        return None
    spots = {key: [i for i, k in enumerate(keys) if close(k, key)] for key in wanted}
    present = [key for key in wanted if spots[key]]
    if len(present) < _needed(len(wanted), partial):
        return None
    positions = _compact(present, spots)
    # A title word written again far away (« petits déj thématiques … et le petit déjeuner ») is not part
    # of this name: left out while enough words remain.
    while max(positions) - min(positions) + 1 > len(title.words) + 3:
        if len(present) <= _needed(len(wanted), partial):
            return None
        present = min(
            ([k for k in present if k != drop] for drop in present),
            key=lambda rest: _span(_compact(rest, spots)),
        )
        positions = _compact(present, spots)
    below = len(present) < _needed(len(wanted))  # named by a distinctive part only
    return _TitleMatch(title.fiche, frozenset(positions), False, len(wanted), tuple(present), below)


def _span(positions: list[int]) -> int:
    return max(positions) - min(positions)


def _compact(present: list[str], spots: dict[str, list[int]]) -> list[int]:
    """One position per present title word, as close together as possible."""
    best: list[int] = []
    for anchor in spots[present[0]]:
        chosen = [min(spots[key], key=lambda i: abs(i - anchor)) for key in present]
        if not best or max(chosen) - min(chosen) < max(best) - min(best):
            best = chosen
    return best


# -- words that never name a project ----------------------------------------------------------------

# Compound prepositions of place (« en bas des immeubles », « au pied des tours », « à côté de l'école »):
# another way to say where, as a preposition does; their noun never tells one project from another.
_LOCUTION = re.compile(
    r"\b(?:en|au|a|aux)\s+(bas|haut|pied|face|cote|bord|coeur|sein|milieu|bout|fond|centre)\s+(?:de|d|du|des)\b"
    r"|\b(pres|autour|proche|aupres|long)\s+(?:de|d|du|des)\b"
)
# Light verbs making a verb phrase with a noun after a preposition (« mis en place », « mise en route », « mis
# sur pied », « pris en charge »): the noun is the verb's, never a name's.
_LIGHT_VERBS = frozenset({"mettre", "remettre", "prendre", "faire", "tenir", "passer", "lancer"})
LIGHT_LINKS = frozenset({"en", "sur", "au", "a"})


def place_locution_words(question: str) -> set[str]:
    """The nouns of the compound prepositions of place in a question (« bas » of « en bas des »; see
    `_LOCUTION`): where, said otherwise, never a word telling one project from another."""
    return {w for match in _LOCUTION.finditer(normalise(question)) for w in match.groups() if w}


def verb_phrase_words(question: str) -> set[str]:
    """The nouns of a light verb's phrase in a question (« place » of « mis en place »; see `_LIGHT_VERBS`):
    a title word said there names no project. Not a proper noun (« se fait en Martinique »), not a function
    word, and a form that is also a noun (« mise », « remise », « prise ») only after an auxiliary (« elle a
    été mise en place », never « l'atelier remise en selle » nor « la prise en charge »)."""
    tokens = re.findall(r"[\w-]+", question)
    words = [normalise(t) for t in tokens]
    found = set()
    for i in range(2, len(words)):
        verb, noun = words[i - 2], words[i]
        if words[i - 1] not in LIGHT_LINKS or noun in STOPWORDS or tokens[i][:1].isupper():
            continue
        if _light_verb(verb) and (_verb_only(verb) or (i > 2 and words[i - 3] in _AUXILIARIES)):
            found.add(noun)
    return found


_AUXILIARIES = frozenset({"a", "ont", "ete", "est", "sont", "etait", "etaient", "fut", "se", "s", "avait"})


def _verb_only(word: str) -> bool:
    from ingest.lemmas import is_verb_form

    return is_verb_form(word)


@cache
def _light_verb(word: str) -> bool:
    from ingest.lemmas import readings

    if word in _LIGHT_VERBS or _LIGHT_VERBS & set(readings(word)):
        return True
    feminine = (
        word.endswith(("e", "es")) and len(word) > 3
    )  # « mise », « prises »: the participle's agreement
    return feminine and _light_verb(word.rstrip("s")[:-1])
