"""Ranking of candidate fiches for `assistant.retrieval`: the dense and BM25 lists fused per fiche, ties
spread over centres, and the maximal-marginal-relevance order of similar fiches.

    signals: dict[str, Signals] = defaultdict(Signals)
    group_chunks(dense_chunks, signals, allowed, dense_side=True)   # chunks -> fiches (best cosine)
    group_chunks(bm25_chunks, signals, allowed, dense_side=False)   # chunks -> fiches (summed BM25)
    sig.score = fused(sig, WEIGHTS, score_bounds(signals))
    order = diversify(order, signals, fiches)
    order = varied(order, fiches, n)                                # one fiche per title family first
    mmr(pool, signals, fiches, k)                                   # `HybridRetriever.similar`
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from assistant.facet_words import NEVER_TRIGGER
from assistant.records import FacetMatch
from ingest.models import Chunk, Fiche
from ingest.text import GENERIC, STOPWORDS, normalise, plural_key
from vectorstore.base import ScoredChunk

# Fusion: each list's scores are normalised to [0, 1] (1 = the best fiche) and added with these weights.
WEIGHTS = {"dense": 1.0, "keyword": 1.0}
TITLE_WEIGHT = 1.0  # a fiche whose whole title is in the question: like being first in one more list
FACET_WEIGHT = 1.0  # boosted facets: having them all counts like being first in one more list
MMR_LAMBDA = 0.7  # relevance vs novelty in `similar`
# What a title family ignores: a year and an edition number (« Aide aux courriers 2012 », « … - édition 2 »).
EDITION = re.compile(r"\b(?:edition|saison|session|volet) \d+\b|\b(?:19|20)\d\d\b")


@dataclass
class Signals:
    """Everything known about one candidate fiche during ranking."""

    dense_rank: int = 0  # 1-based, 0 = not in the list
    keyword_rank: int = 0
    dense_score: float = 0.0
    keyword_score: float = 0.0
    title: float = 0.0  # share of the title's words found in the question
    passage: Chunk | None = None
    score: float = 0.0
    facets: list[FacetMatch] = field(default_factory=list)


def group_chunks(
    chunks: list[ScoredChunk], signals: dict[str, Signals], allowed: set[str] | None, dense_side: bool
):
    """Chunks -> fiches (allowed ones only). Dense: the best chunk's cosine. Keyword: the sum of the
    fiche's chunk scores, so that a fiche matching in several sections beats one lucky passage."""
    per: dict[str, list[ScoredChunk]] = defaultdict(list)
    for scored in chunks:
        if allowed is None or scored.chunk.fiche_id in allowed:
            per[scored.chunk.fiche_id].append(scored)
    total = {
        fid: (items[0].score if dense_side else sum(x.score for x in items)) for fid, items in per.items()
    }
    for rank, fid in enumerate(sorted(total, key=lambda f: -total[f]), 1):
        sig = signals[fid]
        if dense_side:
            sig.dense_rank, sig.dense_score = rank, total[fid]
            sig.passage = sig.passage or per[fid][0].chunk
        else:
            sig.keyword_rank, sig.keyword_score = rank, total[fid]
            sig.passage = per[fid][0].chunk  # the best BM25 chunk is the more specific snippet


def fused(sig: Signals, weights: dict[str, float], bounds: dict[str, float]) -> float:
    """Convex combination of min-max normalised scores (dense: over the list; BM25: share of the best)."""
    score = TITLE_WEIGHT * sig.title
    if sig.dense_rank:
        span = (bounds["dense_max"] - bounds["dense_min"]) or 1.0
        score += weights["dense"] * (sig.dense_score - bounds["dense_min"]) / span
    if sig.keyword_rank:
        score += weights["keyword"] * sig.keyword_score / (bounds["keyword_max"] or 1.0)
    return score


def score_bounds(signals: dict[str, Signals]) -> dict[str, float]:
    dense = [s.dense_score for s in signals.values() if s.dense_rank]
    keyword = [s.keyword_score for s in signals.values() if s.keyword_rank]
    return {
        "dense_max": max(dense, default=1.0),
        "dense_min": min(dense, default=0.0),
        "keyword_max": max(keyword, default=1.0),
    }


def title_overlap(title: str, question: set[str]) -> float:
    """Share of the title's content words present in the question; only full or near-full titles count."""
    words = {plural_key(w) for w in normalise(title).split() if w not in STOPWORDS | GENERIC and len(w) > 1}
    if not words:
        return 0.0
    share = len(words & question) / len(words)
    return share if share >= 0.99 or (share >= 0.66 and len(words) >= 3) else 0.0


def diversify(order: list[str], signals: dict[str, Signals], fiches: dict[str, Fiche]) -> list[str]:
    """Among tied fiches (same score), avoid two of one centre in a row."""
    out = list(order)
    for i in range(1, len(out) - 1):
        if fiches[out[i]].centre != fiches[out[i - 1]].centre:
            continue
        for j in range(i + 1, len(out)):
            if abs(signals[out[j]].score - signals[out[i]].score) > 1e-9:
                break
            if fiches[out[j]].centre != fiches[out[i - 1]].centre:
                out[i], out[j] = out[j], out[i]
                break
    return out


def title_family(title: str) -> str:
    """One key for the namesakes of a project: case, accents, punctuation, plurals, years and edition numbers
    aside (« Aide aux courriers », « AIDE AUX COURRIERS 2012 », « Aide aux courriers - édition 2 »); another
    number tells projects apart (« Groupe 3 »)."""
    return " ".join(plural_key(w) for w in EDITION.sub(" ", normalise(title)).split())


def varied(order: list[str], fiches: dict[str, Fiche], n: int) -> list[str]:
    """The first `n` of `order`, the best fiche of each title family first: a namesake of a fiche already
    taken waits behind every other family (at scale, twenty « Aide aux courriers » from twenty centres would
    fill a request for ideas with one idea), and fills the places left when fewer families are ranked."""
    taken: list[str] = []
    waiting: list[str] = []
    families: set[str] = set()
    for fid in order:
        family = title_family(fiches[fid].title)
        if family in families:
            waiting.append(fid)
            continue
        families.add(family)
        taken.append(fid)
        if len(taken) == n:
            return taken
    return [*taken, *waiting][:n]


# -- similar fiches ----------------------------------------------------------------------------------


def shared_facets(origin: Fiche, other: Fiche) -> list[FacetMatch]:
    """Mots-clés, partners and publics two fiches share, as facets triggered by « fiche d'origine »."""
    shared = []
    for name in ("mots_cles", "partenaires", "public"):
        theirs = getattr(other, name)
        values = [v for v in getattr(origin, name) if v in theirs and normalise(v) not in NEVER_TRIGGER]
        if values:
            shared.append(FacetMatch(field=name, values=values, trigger="fiche d'origine"))
    return shared


def profile_text(fiche: Fiche) -> str:
    parts = [fiche.title, ", ".join(fiche.mots_cles), ", ".join(fiche.public), fiche.resume]
    return ". ".join(p for p in parts if p)[:1000]


def _features(fiche: Fiche) -> set[str]:
    names = ("mots_cles", "public", "partenaires", "dimension")
    return {f"{name}:{v}" for name in names for v in getattr(fiche, name)}


def mmr(pool: list[str], signals: dict[str, Signals], fiches: dict[str, Fiche], k: int) -> list[str]:
    """Maximal marginal relevance: relevance (fused score) minus facet overlap with the fiches chosen."""
    top = max((signals[fid].score for fid in pool), default=0.0) or 1.0
    features = {fid: _features(fiches[fid]) for fid in pool}
    chosen: list[str] = []
    remaining = list(pool)
    while remaining and len(chosen) < k:
        best = max(remaining, key=lambda fid: _mmr_gain(fid, signals[fid].score / top, features, chosen))
        chosen.append(best)
        remaining.remove(best)
    return chosen


def _mmr_gain(fid: str, relevance: float, features: dict[str, set[str]], chosen: list[str]) -> float:
    overlap = max((_jaccard(features[fid], features[c]) for c in chosen), default=0.0)
    return MMR_LAMBDA * relevance - (1 - MMR_LAMBDA) * overlap


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0
