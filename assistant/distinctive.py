"""Distinctive words: the question's words reach the fiches that hold them and tell namesakes apart.

    rare = rare_terms(judge, terms)                      # informative terms few fiches use (« Sablon-sud »)
    ids = carriers(index, topic_terms(terms), allowed)    # the fiches holding them (BM25 on those words alone)
    fiche = best_namesake(first, candidates, terms, judge)     # a namesake holding more of them, or None

Among thousands of fiches many share a title (« Écrivain public », « Ateliers mémoire ») or a topic, while the
question names a word only one of them carries: a town or district, a partner, a detail (« l'écrivain public de
Sablon-sud », « les ateliers mémoire de la ludothèque »). Ranking alone then picks any namesake, and the fiche
holding the question's words may rank just below the candidates answerability reads (a facet boost, a dense list
that does not reach it).
1. Rare terms: the question's informative terms (`Answerability.terms`, facet triggers left out) found in at
   least one fiche and in at most RARE_SHARE of them (never fewer than RARE_MIN fiches).
2. Carriers: the fiches holding given terms the most, by BM25 over those words alone, at most CARRIERS fiches.
   Before « aucune fiche », retrieval judges the carriers of the topic terms (not the weak ones) too, each with
   its own cosine (`assistant.retrieval`, `_second_look`).
3. Namesakes: when the first hit was chosen by its title (the question has NAMED_SHARE of its words), a
   candidate whose title meets at least the same question terms goes first when it holds more of the
   question's weight (IDF: the rare words weigh the most), or as much and its title meets more question
   terms. Candidates: every fiche retrieval scored (dense and BM25 lists), and the carriers of rare terms.
Cost: one BM25 query on a few words and the words of at most CARRIERS fiches (cached by the judge).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache

from assistant.answerability import Answerability, Term
from assistant.records import Hit
from ingest.models import Chunk, Fiche
from ingest.text import GENERIC, STOPWORDS, normalise, plural_key
from vectorstore.base import SearchIndex

RARE_SHARE = 0.002  # a term in at most this share of the fiches is distinctive (40 fiches of 20,000)
RARE_MIN = 3  # ... and always one in at most this many fiches (a small base: 3 of 50)
CARRIERS = 20  # fiches holding rare terms, read at most
NAMED_SHARE = 0.66  # share of the first hit's title words the question names for it to have namesakes
CHUNKS_PER_CARRIER = 3  # BM25 chunks asked per carrier wanted (a fiche has several sections)


def rare_terms(judge: Answerability, terms: Iterable[Term]) -> list[Term]:
    """The terms some fiche uses and at most RARE_SHARE of the fiches (RARE_MIN at least) do (step 1)."""
    limit = max(RARE_MIN, RARE_SHARE * judge.n)
    out = []
    for term in terms:
        df = max((judge.word_df.get(key, 0) for key in term.keys), default=0)
        if 0 < df <= limit:
            out.append(term)
    return out


def topic_terms(terms: Iterable[Term]) -> list[Term]:
    """The terms that name the topic (not the weak ones: verbs, adverbs, participles)."""
    return [term for term in terms if not term.weak]


def carriers(
    index: SearchIndex, rare: Sequence[Term], allowed: Collection[str] | None = None
) -> dict[str, Chunk]:
    """The fiches holding the rare terms, most rare words first, each with its best chunk (step 2)."""
    if not rare:
        return {}
    text = " ".join(dict.fromkeys(key for term in rare for key in term.keys))
    found: dict[str, Chunk] = {}
    for scored in index.keyword_search(text, CARRIERS * CHUNKS_PER_CARRIER, allowed):
        found.setdefault(scored.chunk.fiche_id, scored.chunk)
        if len(found) == CARRIERS:
            break
    return found


def rare_weight(judge: Answerability, fiche: Fiche, rare: Iterable[Term]) -> float:
    """The IDF weight of the terms the fiche holds (by plural key or stem)."""
    words = judge.words(fiche)
    return sum(term.weight for term in rare if any(words.has(key) for key in term.keys))


def title_terms(fiche: Fiche, terms: Iterable[Term]) -> frozenset[str]:
    """The question terms (their first key) that the fiche's title says."""
    title = _title_keys(fiche)
    return frozenset(term.keys[0] for term in terms if not title.isdisjoint(term.keys))


def best_namesake(
    first: Fiche,
    candidates: Iterable[Fiche],
    terms: Sequence[Term],
    judge: Answerability,
    question: Collection[str] = (),
) -> Fiche | None:
    """The namesake of the first hit to put first (step 3), None when it stays: a candidate whose title meets
    the first's question terms and that holds more of the question's weight (IDF), or as much and whose
    title meets more question terms (« Ateliers jeux … mémoire » over « Ateliers mémoire »)."""
    named, title = title_terms(first, terms), _title_keys(first)
    if not named or len(title & set(question)) < NAMED_SHARE * len(title):
        return None  # « Café associatif » for « le café citoyen »: not chosen by its title
    best, best_weight, best_titled = None, rare_weight(judge, first, terms), len(named)
    for fiche in candidates:
        titled = title_terms(fiche, terms)
        if fiche.id == first.id or not named <= titled:
            continue
        weight = rare_weight(judge, fiche, terms)
        if weight > best_weight + 1e-9 or (weight >= best_weight - 1e-9 and len(titled) > best_titled):
            best, best_weight, best_titled = fiche, weight, len(titled)
    return best


def retrieved_namesake(linked: Fiche, hits: Sequence[Hit]) -> Fiche:
    """The fiche retrieval put first when it bears the linked title's words (a namesake chosen by the
    question's other words, step 3), else the fiche linked by its title alone."""
    if not hits or hits[0].fiche_id == linked.id:
        return linked
    own = _title_keys(linked)
    return hits[0].fiche if own and own <= _title_keys(hits[0].fiche) else linked


def _title_keys(fiche: Fiche) -> frozenset[str]:
    return _title_words(fiche.title)


@lru_cache(maxsize=65536)
def _title_words(title: str) -> frozenset[str]:
    """The content words of a title as plural keys (memoised: namesakes read tens of titles per question)."""
    return frozenset(
        plural_key(w) for w in normalise(title).split() if w not in STOPWORDS | GENERIC and len(w) > 1
    )


def derived_nouns(text: str, word_df: Mapping[str, int]) -> list[str]:
    """The nouns of the actions the question's verbs name when no fiche uses the verb itself but some use
    its noun (« coudre et tricoter » → « couture », « tricot »: `ingest.morphology.action_nouns`): what the
    keyword search must look for too. A noun no fiche uses adds nothing (« souder » → « soude »: none)."""
    from assistant.question_syntax import is_infinitive
    from ingest.morphology import action_nouns

    out: list[str] = []
    for word in dict.fromkeys(normalise(text).split()):
        if word_df.get(word, 0) or not is_infinitive(word):
            continue
        out += [noun for noun in action_nouns(word) if word_df.get(noun, 0) and noun not in out]
    return out
