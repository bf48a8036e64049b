"""Hybrid retrieval: facets, dense + BM25 fusion, and « aucune fiche ».

    retriever = HybridRetriever(index)                 # any `SearchIndex`
    result = retriever.search("Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?")
    result.hits[0].fiche.title, result.hits[0].matched_facets, result.total_matching

How a question is answered:
1. `analyse` finds facets (with trigger words), the intent and keywords (`assistant.query`).
2. Questions asking for a set (intent list, count, aggregate) use facets as filters: the candidates are
   the fiches having every facet (exact, from an inverted index of the corpus values). When no fiche has
   them all, candidates relax to the fiches matching the most facets; each hit's `matched_facets` shows
   which ones it has. Other questions use facets as a boost, so that an incidental word (« un parent
   malade ») never hides the right fiche. UI `filters` are always strict.
3. Candidates are ranked by a convex combination of the dense score (best passage) and the BM25 score
   (sum over the fiche's chunks), each normalised to [0, 1], plus the title match (a fiche named by its
   title comes first) and, for boosted facets, the share of facets the fiche has (`assistant.fusion`).
4. « Aucune fiche » (`no_match`, with `suggestions` and what is `missing`) when the question names an entity no
   fiche has (a partner, a place, an acronym), when no fiche meets every facet of a set question, or when no
   candidate among the best POOL covers the question's topic (`assistant.answerability`: its rare words matched
   in THE fiche, plus the question/passage cosine) nor, at a second look, among the fiches holding its topic
   words the most (`assistant.distinctive`); otherwise the hits are the candidates that cover it. A town no
   fiche is at or writes (« St-Étienne » too), read as its département (`assistant.towns`), is « aucune fiche ne
   mentionne Rouen » with the département's fiches as the closest — however few (at 1× a small département's
   two fiches looked like an answer about the town, and at scale they never are), and around the town too
   (« vers Rouen », « du côté de Rouen »: the links are the surroundings) — unless a title is linked (« Place
   des femmes à Lorient »: the town places the project).
5. A namesake of the first hit that holds more of the question's rare words (« l'écrivain public de
   Sablon-sud ») goes first (`assistant.distinctive`).
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import replace

from assistant.answerability import (
    COMPOUND_WEIGHT,
    DENSE_SCALES,
    THRESHOLD,
    Answerability,
    Candidate,
    Decision,
    TitleLink,
)
from assistant.distinctive import (
    best_namesake,
    carriers,
    derived_nouns,
    rare_terms,
    rare_weight,
    topic_terms,
)
from assistant.facet_cues import TOWN_CUES as ALL_TOWN_CUES
from assistant.facets import FacetScan, FacetVocabulary
from assistant.fiche_words import fiche_text
from assistant.fusion import (
    FACET_WEIGHT,
    WEIGHTS,
    Signals,
    diversify,
    fused,
    group_chunks,
    mmr,
    profile_text,
    score_bounds,
    shared_facets,
    title_overlap,
    varied,
)
from assistant.linking import Link, TitleLinker, apply_link
from assistant.people_words import narrower, people_positions, people_scores, uncategorised
from assistant.query import analyse_scan, content_words, is_english, translations
from assistant.question_syntax import request_points_back, situation_positions
from assistant.records import FacetMatch, Hit, Query, SearchResult
from assistant.situation_facets import (
    described_positions,
    need_scene,
    need_subject,
    need_subjects,
    situational,
    trigger_positions,
)
from assistant.situation_need import need_first, need_text
from assistant.topic_siblings import asks_several, siblings
from ingest import fields
from ingest.models import Fiche
from ingest.places import spellings as town_spellings
from ingest.text import keys, normalise, plural_key, split_sentences
from vectorstore.base import SearchIndex

logger = logging.getLogger(__name__)

STRICT_INTENTS = {"list", "count", "aggregate"}
DENSE_DEPTH = 60  # chunks read from each list on an unrestricted search
KEYWORD_DEPTH = 120
RESTRICT_LIMIT = 400  # facet sets up to this size are ranked whole (every member gets a score)
POOL = 10  # fiches judged by answerability (at least 2k): a covering fiche just below the top k still answers
SUGGESTIONS = 3
NAMESAKES = 60  # best-scored fiches read for a namesake of the first hit (`assistant.distinctive`)
TOWN_CUES = ALL_TOWN_CUES | {"de"}  # « à / vers Rouen », « du côté de Rouen »: the town as written
TOWN_ARTICLES = {"au": "le ", "aux": "les "}
# Facets read in the situation a question tells (`assistant.situation_facets`) rank at this share of the boost:
# the situation's topic words drive the ranking, its people only break ties.
SITUATION_SHARE = 0.2
# A situation question whose people a facet names (`assistant.situation_need`): its first fiche is chosen by
# meaning among the pool and the NEED_OUTSIDE fiches of the whole base closest to the question
NEED_FIELDS = {"public", "mots_cles"}
NEED_OUTSIDE = 3
NEED_MEMBERS = 10  # and the fiches having every facet closest to it (facet sets up to RESTRICT_LIMIT)
# The question's own people words (« ados », « femmes », « hommes retraités »: `assistant.people_words`) rank the
# fiches that write them: the share of the best BM25 score on those words alone, at this weight (half a list).
PEOPLE_WEIGHT = 0.5
PEOPLE_DEPTH = 200  # chunks read for them
REQUIRED_FACETS = {"region", "departement", "centre", "statut", "partenaires"}  # never incidental words
# Facets a fiche's text can state when its fields are empty (topic, public, place); not the form's categories
# (dimension, territoire, initiative, statut: « services » in a text is no « dimension Services »).
TEXT_FACETS = {"mots_cles", "public", "region", "departement"}
# Words that frame a question without naming its topic (on normalised tokens): French prepositional locutions
# whose noun is no subject (« à destination des seniors », « en direction des jeunes », « au profit de »,
# « en lien avec l'école »), an age restating a public (« moins de 3 ans », « les 16-25 ans ») and the base
# itself (« dans la base »). Like facet triggers, they neither make a question free text nor decide coverage.
FRAMING = re.compile(
    r"\b(?:a|en|au|aux) (?:destination|direction|intention|attention|faveur|profit|benefice) (?:de|des|du|d)\b"
    r"|\ben (?:lien|relation|partenariat|collaboration|cooperation) (?:avec|a|au|aux)\b"
    r"|\b(?:de )?(?:moins|plus) de \d+ ans\b|\b\d+ (?:a |et )?\d+ ans\b|\b\d+ ans\b"
    r"|\b(?:dans|de) (?:la|cette|votre|notre) base\b"
)


class HybridRetriever:
    """Question -> ranked fiches over a `SearchIndex` (see the module docstring)."""

    def __init__(self, index: SearchIndex, *, vocabulary: FacetVocabulary | None = None):
        self.index = index
        self._vocabulary = vocabulary
        self._built_vocabulary = False  # True when built from the index (then rebuilt when it changes)
        self._postings: dict[str, dict[str, set[str]]] | None = None
        self._fiches: dict[str, Fiche] | None = None
        self._judge: Answerability | None = None
        self._linker: TitleLinker | None = None
        self._named: tuple[tuple[str, str], Link | None] | None = None
        self._sort_keys: dict[str, tuple[str, str, str, str]] = {}
        self._filled: dict[str, set[str]] = {}  # field -> ids of the fiches having some value in it
        self._heads: dict[tuple[str, ...], set[str]] = {}  # partner values -> first words of their phrases
        self._version: str | None = None

    def _refresh(self) -> None:
        """Drop the corpus views when the index changed since they were built (e.g. a sync while serving)."""
        version = self.index.version()
        if version != self._version:
            self._version = version
            self._fiches = self._postings = None
            self._judge = None
            self._linker = self._named = None
            self._sort_keys = {}
            self._filled = {}
            self._heads = {}
            if self._built_vocabulary:
                self._vocabulary = None

    # -- corpus views (lazy: built once from `index.all_fiches()`) -----------------------------------

    @property
    def fiches(self) -> dict[str, Fiche]:
        if self._fiches is None:
            self._fiches = {f.id: f for f in self.index.all_fiches()}
        return self._fiches

    @property
    def vocabulary(self) -> FacetVocabulary:
        if self._vocabulary is None:
            self._vocabulary = FacetVocabulary.from_fiches(self.fiches.values())
            self._built_vocabulary = True
            index = (
                self.index
            )  # unknown English words read by the embedder's neighbours (`assistant.vocabulary`)
            embedder, model = getattr(index, "embeddings", None), getattr(index, "embedding_model_id", "")
            self._vocabulary.base_words.attach(embedder, model, getattr(index, "index_dir", None))
        return self._vocabulary

    @property
    def judge(self) -> Answerability:
        """The answerability judge: document frequencies of the corpus words, coverage of a fiche."""
        if self._judge is None:
            scale = DENSE_SCALES.get(getattr(self.index, "embedding_model_id", ""))
            self._judge = Answerability(self.vocabulary.word_df, len(self.fiches), scale)
        return self._judge

    @property
    def postings(self) -> dict[str, dict[str, set[str]]]:
        """field -> corpus value -> ids of the fiches having it."""
        if self._postings is None:
            names = fields.facet_fields()
            postings: dict[str, dict[str, set[str]]] = {name: defaultdict(set) for name in names}
            for fiche in self.fiches.values():
                for name in names:
                    raw = fields.facet_values(fiche, name)  # partners: declared ∪ cited in the text
                    for value in raw if isinstance(raw, list) else [raw]:
                        if value:
                            postings[name][value.strip()].add(fiche.id)
            self._postings = postings
        return self._postings

    # -- public API ----------------------------------------------------------------------------------

    def analyse(self, question: str) -> Query:
        self._refresh()
        return analyse_scan(question, self.vocabulary)[0]

    def search(
        self, question: str | Query, k: int = 5, filters: dict[str, list[str]] | None = None
    ) -> SearchResult:
        self._refresh()
        query, scan = self._analysed(question)
        scan = framed(scan)
        allowed = self._filter_ids(filters)
        if allowed is not None and not allowed:
            return SearchResult(query=query, no_match=True)
        # Facets filter when the question asks for a set, or when they are all it says (« activités pour
        # les seniors », « des trucs sur le numérique ») — then it is a list question; otherwise they only boost.
        strict = query.intent in STRICT_INTENTS or self._facets_only(query, scan)
        listed = query.intent == "search" and strict
        candidates, relaxed = self._candidates(query.facets, allowed) if strict else (allowed, False)
        scene = self._situational(query, scan) or self._need_subject(query, scan)
        boost = FACET_WEIGHT * (SITUATION_SHARE if not strict and scene else 1.0)
        if not strict and not scene:  # « des mamans qui voudraient retrouver du travail »: the need's facet
            boost = self._scene_shares(query, scan)  # ranks, the people's only sets the scene
        people = self._people(query, scan, strict)
        scene = (
            need_scene(query.facets, query.text, scan.tokens, scan.used)
            if query.intent == "search"
            else set()
        )
        ranked = query.model_copy(update={"keywords": _without(query.keywords, scan.tokens, scene)})
        signals = self._rank(ranked, candidates, soft_facets=not strict, boost=boost, people=people)
        ideas = self._asks_ideas(query)
        pool = self._hits(signals, max(POOL, 2 * k), ideas)
        if strict:  # the fiches declaring every facet before those whose text says one (`_said_ids`), then
            # those holding more of the values of an OR (« les bébés et leurs parents »: both publics), then,
            # when it asks for a set, those declaring the people asked for as their public (« familles »)
            sets = query.intent in STRICT_INTENTS or listed
            pool.sort(
                key=lambda hit: (
                    len(hit.matched_facets) < len(query.facets),
                    -self._or_values_held(hit.fiche_id, query.facets),
                    sets and self._not_public(hit),
                )
            )
        exact = self._ids_with_all(query.facets, allowed)
        total = len(exact) if exact is not None else 0
        terms = self._terms(scan, query.text)
        rare = rare_terms(self.judge, terms)  # words few fiches use: they tell namesakes apart
        decision = self._decide(query, scan, pool, signals, strict, k)
        if not decision.answerable and decision.kind == "criteria" and not strict and exact:
            # facets that only boost: the pool, ranked over the whole base, may hold none of the fiches that
            # meet every facet though the base has some (at 20k, « dans le 76 … les parents d'élèves »): the
            # question is judged among those fiches, on its topic, instead of « aucune fiche ne réunit … »
            signals, pool, decision = self._within_facets(ranked, scan, exact, boost, people, k, decision)
        if not decision.answerable and decision.kind == "topic":  # read the fiches holding its words too
            pool, decision = self._second_look(
                query, scan, terms, candidates, pool, signals, strict, k, decision
            )
        if not decision.answerable:
            logger.info("no match for %r: %s", query.text, decision.reason)
            result = self._linked(
                SearchResult(
                    query=query,
                    no_match=True,
                    suggestions=pool[: min(SUGGESTIONS, k)],  # never more than the k asked
                    total_matching=total,
                    missing=decision.missing,
                    missing_kind=decision.kind,
                ),
                allowed,
                k,
                decision.unnamed,
            )
            return _as_list(result) if listed else result
        kept = set(decision.kept)
        hits = [hit for hit in pool if hit.fiche_id in kept][:k]
        if hits and self._tells_need(query, scan):
            hits = self._need_ordered(query, scan, pool, hits, k)
        if len(hits) == 1 < k and self._asks_several(query, scan):
            hits = self._with_siblings(hits, pool, k)
        if relaxed:
            logger.info("no fiche has every facet of %r: showing those matching the most", query.text)
        result = self._linked(
            SearchResult(query=query, hits=hits, total_matching=total), allowed, k, decision.unnamed
        )
        carried = self._carried(rare, candidates, pool, query.facets)
        scored = sorted(signals, key=lambda fid: -signals[fid].score)[:NAMESAKES]
        result = self._namesakes(result, terms, scored, [*pool, *carried], k)
        if ideas:  # after `_namesakes`, whose chosen fiche goes before the namesake it replaces
            result = self._one_per_family(result, [hit for hit in pool if hit.fiche_id in kept], k)
        return _as_list(result) if listed else result

    def absent_terms(self, question: str) -> list[str]:
        """Entities the question names that no fiche has (« MSA », « Lozère »): to explain « aucune fiche »."""
        self._refresh()
        return self.vocabulary.scan(question).absent

    def facet_matches(self, query: Query, filters: dict[str, list[str]] | None = None) -> list[Fiche]:
        """Every fiche having all the query's facets and the filters (exact), by département, centre, title."""
        self._refresh()
        ids = self._ids_with_all(query.facets, self._filter_ids(filters))
        found = [self.fiches[i] for i in (set(self.fiches) if ids is None else ids) if i in self.fiches]
        return sorted(found, key=self._sort_key)

    def _sort_key(self, fiche: Fiche) -> tuple[str, str, str, str]:
        """Display order of fiche sets (département, centre, title), memoised: sets can hold thousands."""
        key = self._sort_keys.get(fiche.id)
        if key is None:
            key = (normalise(fiche.departement), normalise(fiche.centre), normalise(fiche.title), fiche.id)
            self._sort_keys[fiche.id] = key
        return key

    def similar(self, fiche_id: str, k: int = 5) -> list[Hit]:
        """The fiches of other centres most like this one, diversified by MMR; `matched_facets` are the
        mots-clés, partners and publics they share with it (trigger « fiche d'origine »)."""
        self._refresh()
        origin = self.fiches.get(fiche_id)
        if origin is None:
            return []
        profile = profile_text(origin)
        signals = self._rank(Query(text=profile, keywords=profile), None)
        others = [fid for fid in signals if self.fiches[fid].centre != origin.centre]
        pool = sorted(others, key=lambda fid: -signals[fid].score)[: max(30, 3 * k)]
        return [
            Hit(
                fiche=self.fiches[fid],
                score=round(signals[fid].score, 6),
                matched_facets=shared_facets(origin, self.fiches[fid]),
                passage=signals[fid].passage,
            )
            for fid in mmr(pool, signals, self.fiches, k)
        ]

    # -- facets --------------------------------------------------------------------------------------

    def _analysed(self, question: str | Query) -> tuple[Query, FacetScan]:
        if isinstance(question, Query):
            return question, self.vocabulary.scan(question.text)
        return analyse_scan(question, self.vocabulary)

    def _facet_ids(self, facet: FacetMatch) -> set[str]:
        """Fiches having any value of the facet, in any of its fields (« familles »: public or mots-clés)."""
        return set().union(
            *(self.postings.get(name, {}).get(v, set()) for name, values in facet.pairs() for v in values)
        )

    def _or_values_held(self, fiche_id: str, facets: list[FacetMatch]) -> int:
        """How many values of the query's OR facets the fiche holds (« les bébés et leurs parents »: Petite
        enfance and familles), the most of any one field of each; 0 for facets of one value in each field."""
        return sum(
            max(
                sum(fiche_id in self.postings.get(name, {}).get(v, ()) for v in values)
                for name, values in facet.pairs()
            )
            for facet in facets
            if any(len(values) > 1 for _, values in facet.pairs())
        )

    def _not_public(self, hit: Hit) -> int:
        """Facets naming people (public or mots-clés: « familles ») the fiche meets without that public."""
        publics = self.postings.get("public", {})
        people = [dict(f.pairs()).get("public") for f in hit.matched_facets]
        return sum(not any(hit.fiche_id in publics.get(v, ()) for v in values) for values in people if values)

    def _filter_ids(self, filters: dict[str, list[str]] | None) -> set[str] | None:
        """Fiches passing the UI filters: for each field, any of its values (None: no filter)."""
        ids: set[str] | None = None
        for name, values in (filters or {}).items():
            if not values:
                continue
            if name not in self.postings:
                raise ValueError(
                    f"unknown filter field {name!r}; expected one of {', '.join(fields.facet_fields())}"
                )
            matching = set().union(*(self.postings[name].get(v, set()) for v in values))
            ids = matching if ids is None else ids & matching
        return ids

    def _ids_meeting_all(self, facets: list[FacetMatch], allowed: set[str] | None) -> set[str]:
        """Fiches meeting every facet: having it, or leaving all its fields empty (a page without a public is
        unknown, not « no ») while their text says its trigger words (`FicheWords.says`)."""
        ids = set(self.fiches) if allowed is None else set(allowed)
        for facet in facets:
            ids &= self._facet_ids(facet) | self._said_ids(facet, ids)
        return ids

    def _said_ids(self, facet: FacetMatch, among: set[str]) -> set[str]:
        """Fiches of `among` with no value in the facet's fields whose text says its trigger (BM25 finds
        those having its words, at most RESTRICT_LIMIT; the judge reads them)."""
        unknown = among - set().union(*(self._filled_ids(name) for name, _ in facet.pairs()))
        if not unknown or facet.field not in TEXT_FACETS or not facet.trigger.strip():
            return set()
        found = {s.chunk.fiche_id for s in self.index.keyword_search(facet.trigger, RESTRICT_LIMIT, unknown)}
        phrase = facet.field in REQUIRED_FACETS
        return {
            fid
            for fid in found & unknown
            if fid in self.fiches and self.judge.words(self.fiches[fid]).says(facet.trigger, phrase=phrase)
        }

    def _filled_ids(self, name: str) -> set[str]:
        """Ids of the fiches having some value in the field `name`."""
        if name not in self._filled:
            self._filled[name] = set().union(*self.postings.get(name, {}).values())
        return self._filled[name]

    def _ids_with_all(self, facets: list[FacetMatch], allowed: set[str] | None) -> set[str] | None:
        """Fiches having every facet, within `allowed` (None when there is neither facet nor filter)."""
        ids = allowed
        for facet in facets:
            matching = self._facet_ids(facet)
            ids = matching if ids is None else ids & matching
        return ids

    def _candidates(self, facets: list[FacetMatch], allowed: set[str] | None) -> tuple[set[str] | None, bool]:
        """(candidate ids or None for all, relaxed?): every facet (in the fields, or in the text of a fiche
        leaving those fields empty), else the most facets any fiche has."""
        strict = self._ids_meeting_all(facets, allowed) if facets else allowed
        if not facets or strict:
            return strict, False
        counts: dict[str, int] = defaultdict(int)
        for facet in facets:
            for fid in self._facet_ids(facet):
                if allowed is None or fid in allowed:
                    counts[fid] += 1
        if not counts:
            return allowed, True
        best = max(counts.values())
        return {fid for fid, n in counts.items() if n == best}, True

    # -- ranking -------------------------------------------------------------------------------------

    def _rank(
        self,
        query: Query,
        candidates: set[str] | None,
        *,
        soft_facets: bool = False,
        boost: float | list[float] = FACET_WEIGHT,
        people: tuple[list, list[int]] = ([], []),
    ) -> dict[str, Signals]:
        signals: dict[str, Signals] = defaultdict(Signals)
        small = candidates is not None and len(candidates) <= RESTRICT_LIMIT
        dense_k = min(len(candidates) * 2 + 10, RESTRICT_LIMIT) if small else DENSE_DEPTH
        keyword_k = min(len(candidates) * 6 + 10, RESTRICT_LIMIT) if small else KEYWORD_DEPTH
        dense = self.index.dense_search(query.text, dense_k, candidates)
        group_chunks(dense, signals, candidates, dense_side=True)
        text = _keyword_text(
            query, not soft_facets
        )  # with the nouns of the verbs no fiche uses (« couture »)
        text = " ".join([text, *derived_nouns(query.keywords, self.vocabulary.word_df)])
        keyword = self.index.keyword_search(text, keyword_k, candidates)
        group_chunks(keyword, signals, candidates, dense_side=False)
        for fid in candidates if small else ():
            signals[fid]  # noqa: B018 - every member of a facet set is a hit, even with no text signal
        said = people_scores(self.index, *people, candidates, PEOPLE_DEPTH)
        for fid in said:
            signals[fid]  # noqa: B018 - a fiche writing the people asked for is a candidate
        question = set(keys(query.text))
        for fid in [f for f in signals if f not in self.fiches]:
            del signals[fid]
        bounds = score_bounds(signals)
        facet_sets = [(facet, self._facet_ids(facet)) for facet in query.facets]
        for fid, sig in signals.items():
            sig.title = title_overlap(self.fiches[fid].title, question)
            sig.facets = [facet for facet, ids in facet_sets if fid in ids]
            sig.score = fused(sig, WEIGHTS, bounds) + PEOPLE_WEIGHT * said.get(fid, 0.0)
            if soft_facets and query.facets:
                sig.score += _facet_boost(boost, query.facets, sig.facets)
        return signals

    def _people(self, query: Query, scan: FacetScan, strict: bool) -> tuple[list, list[int]]:
        """(tokens, positions) of the people words telling more than the facets (`people_words.narrower`);
        when facets only boost, those no facet read (a facet's trigger already ranks its fiches)."""
        found = people_positions(scan.tokens)
        if not strict:
            return scan.tokens, uncategorised(found, scan.used)
        values = [v for f in query.facets for v in f.values]
        return scan.tokens, narrower(scan.tokens, found, scan.used, values)

    def _hits(self, signals: dict[str, Signals], k: int, ideas: bool = False) -> list[Hit]:
        """The k best-scored fiches; for a request for ideas (`ideas`), one per title family first (`varied`)."""
        order = diversify(sorted(signals, key=lambda fid: (-signals[fid].score, fid)), signals, self.fiches)
        order = varied(order, self.fiches, k) if ideas else order[:k]
        hits = []
        for fid in order:
            sig = signals[fid]
            passage = sig.passage or next(iter(self.index.fiche_chunks(fid)), None)
            fiche = self.fiches[fid]
            hits.append(
                Hit(fiche=fiche, score=round(sig.score, 6), matched_facets=sig.facets, passage=passage)
            )
        return hits

    # -- the need a situation tells (`assistant.situation_need`) -------------------------------------

    def _tells_need(self, query: Query, scan: FacetScan) -> bool:
        """A request for ideas telling a situation, whose facets name its people (a public, or words of the
        situation told) and whose other words tell the need?"""
        if query.intent != "search" or not query.facets or not self.judge.dense_scale:
            return False  # an embedder not calibrated reads no meaning: the words alone decide
        situated = self._situated(query, scan)
        if self.named(query) is not None or not situated:
            return False
        if uncategorised(people_positions(scan.tokens), scan.used):
            return False  # people no facet names (« les hommes retraités »): the facets do not name them
        return all(
            facet.field in NEED_FIELDS
            and (
                "public" in dict(facet.pairs())
                or trigger_positions(facet, scan.tokens, scan.used) <= situated
            )
            for facet in query.facets
        )

    def _need_ordered(
        self, query: Query, scan: FacetScan, pool: list[Hit], hits: list[Hit], k: int
    ) -> list[Hit]:
        """The hits with the fiche the question's meaning fits best first: among the pool and the few fiches of
        the whole base closest to it, by the cosines of the question and of its need (`need_first`)."""
        terms = self._terms(scan, query.text)
        near = [s.chunk.fiche_id for s in self.index.dense_search(query.text, 3 * NEED_OUTSIDE, None)]
        members = self._ids_with_all(query.facets, None) or set()
        closest = (  # the facet's fiches closest to the question, below the pool of a boosted ranking
            [s.chunk.fiche_id for s in self.index.dense_search(query.text, 3 * NEED_MEMBERS, members)]
            if len(members) <= RESTRICT_LIMIT
            else []
        )
        seen = [*(h.fiche_id for h in pool), *near[:NEED_OUTSIDE], *closest[:NEED_MEMBERS]]
        ids = [fid for fid in dict.fromkeys(seen) if fid in self.fiches]
        full = _best_cosines(self.index.dense_search(query.text, 3 * len(ids), ids))
        text = need_text(terms)
        need = _best_cosines(self.index.dense_search(text, 3 * len(ids), ids)) if text else {}
        inside = set(ids) & members
        first = need_first(full, need, inside)
        if first is None or first == hits[0].fiche_id:
            return hits
        hit = next((h for h in [*hits, *pool] if h.fiche_id == first), None) or Hit(
            fiche=self.fiches[first],
            score=0.0,
            matched_facets=[f for f in query.facets if first in self._facet_ids(f)],
            passage=next(iter(self.index.fiche_chunks(first)), None),
        )
        return [hit, *(h for h in hits if h.fiche_id != first)][:k]

    def _asks_ideas(self, query: Query) -> bool:
        """A search about no one project (no title linked, or one linked as a boost only): it asks for ideas or
        examples, and the namesakes of one title repeat one idea."""
        link = self.named(query)
        return query.intent == "search" and (link is None or not link.focus)

    def _one_per_family(self, result: SearchResult, kept: list[Hit], k: int) -> SearchResult:
        """The hits of a request for ideas, one per title family first (`varied`): the title a question names
        as a boost brings its best fiche, its namesakes wait behind the other kept fiches of the pool."""
        if result.no_match or (result.named is not None and result.named.focus):
            return result
        by_id = {hit.fiche_id: hit for hit in [*kept, *result.hits]}
        order = varied(list(dict.fromkeys([*(h.fiche_id for h in result.hits), *by_id])), self.fiches, k)
        return result.model_copy(update={"hits": [by_id[fid] for fid in order]})

    # -- a request for several examples (`assistant.topic_siblings`) ----------------------------------

    def _asks_several(self, query: Query, scan: FacetScan) -> bool:
        """A free-text request for several ways or examples (no facet, no named project)?"""
        if query.intent != "search" or query.facets or self.named(query) is not None:
            return False
        return asks_several(scan.tokens)

    def _with_siblings(self, hits: list[Hit], pool: list[Hit], k: int) -> list[Hit]:
        """The one hit, then the pool fiches sharing its topic mot-clé (`topic_siblings.siblings`)."""
        values = self.postings.get("mots_cles", {})
        n = len(self.fiches) or 1
        by_id = {hit.fiche_id: hit for hit in pool}
        found = siblings(hits[0].fiche, (h.fiche for h in pool), lambda v: len(values.get(v, ())) / n, k - 1)
        return [hits[0], *(by_id[f.id] for f in found)]

    # -- distinctive words (`assistant.distinctive`) --------------------------------------------------

    def _within_facets(
        self,
        query: Query,
        scan: FacetScan,
        exact: set[str],
        boost: float | list[float],
        people: tuple[list, list[int]],
        k: int,
        decision: Decision,
    ) -> tuple[dict[str, Signals], list[Hit], Decision]:
        """The question ranked and judged among the fiches meeting every facet (`exact`): (signals, pool,
        decision); the first decision stands when that one answers no better."""
        signals = self._rank(query, exact, soft_facets=False, boost=boost, people=people)
        pool = self._hits(signals, max(POOL, 2 * k), self._asks_ideas(query))
        retry = self._decide(query, scan, pool, signals, False, k)
        return (
            (signals, pool, retry)
            if retry.answerable or retry.kind != "criteria"
            else (signals, pool, decision)
        )

    def _second_look(
        self,
        query: Query,
        scan: FacetScan,
        terms: list,
        candidates: set[str] | None,
        pool: list[Hit],
        signals: dict[str, Signals],
        strict: bool,
        k: int,
        decision: Decision,
    ) -> tuple[list[Hit], Decision]:
        """Before « aucune fiche »: the pool with the fiches holding the question's topic words the most (BM25
        on those words alone: a facet boost or the dense side may rank them just below the pool), every
        candidate judged with its own cosine (a fiche below the dense list has none); the new decision stands
        when a kept fiche holds more of the question's words than any before (THRESHOLD at least), its rarest
        topic word included, with a cosine above the embedder's floor. (pool, decision)."""
        wider = [*pool, *self._carried(topic_terms(terms), candidates, pool, query.facets)]
        unseen = [hit.fiche_id for hit in wider if not signals[hit.fiche_id].dense_rank]
        for scored in self.index.dense_search(query.text, 3 * len(unseen), unseen) if unseen else ():
            sig = signals[scored.chunk.fiche_id]
            sig.dense_score = max(sig.dense_score, scored.score)
        retry = self._decide(query, scan, wider, signals, strict, k)
        # kept only when a fiche's words cover the question better, its rarest topic word included, and its
        # passage is close to the question (above the embedder's floor): words and meaning agree
        # A fiche first judged without its cosine (below the dense list) is judged anew on its meaning even
        # when it held as many words; its rarest word counts when the fiche has it anywhere (a phrase the
        # question glues, « citoyen d'Orgemont », may be apart in it: « quartier d'Orgemont… le café citoyen »)
        before = max((cov.lexical for cov in decision.coverages), default=0.0)
        rarest = max(topic_terms(terms), key=lambda t: t.weight, default=None)
        kept = set(retry.kept)
        blind = set(unseen)
        covering = {
            cov.fiche_id
            for cov in retry.coverages
            if rarest is not None
            and cov.lexical >= THRESHOLD
            and (cov.lexical > before + 1e-9 or cov.fiche_id in blind)
            and (cov.dense > 0 or not self.judge.dense_scale)  # an embedder not calibrated: words alone
            and cov.fiche_id in kept
            and (rarest.text not in cov.missing or self._holds(cov.fiche_id, rarest))
        }
        if not (retry.answerable and covering):
            return pool, decision
        # the fiches that made the question answerable come first (the pool's crowd matched its common words)
        return sorted(wider, key=lambda hit: hit.fiche_id not in covering), retry

    def _holds(self, fiche_id: str, term) -> bool:
        """The fiche has the term's word somewhere in its text (the judge's credit, phrases left aside)."""
        return self.judge.credit(term, self.judge.words(self.fiches[fiche_id])) >= 1.0

    def _carried(
        self, rare: list, candidates: set[str] | None, pool: list[Hit], facets: list[FacetMatch]
    ) -> list[Hit]:
        """Hits for the fiches holding the given words (`assistant.distinctive.carriers`) not in `pool`."""
        seen = {hit.fiche_id for hit in pool}
        return [
            Hit(
                fiche=self.fiches[fid],
                score=0.0,
                matched_facets=[f for f in facets if fid in self._facet_ids(f)],
                passage=chunk,
            )
            for fid, chunk in carriers(self.index, rare, candidates).items()
            if fid not in seen and fid in self.fiches
        ]

    def _namesakes(
        self, result: SearchResult, terms: list, scored: list[str], pool: list[Hit], k: int
    ) -> SearchResult:
        """The namesake of the first hit that holds more of the question's words goes first (with the linked
        title's fiches that hold as many): `scored` are the fiches ranking scored, `pool` the extra hits."""
        if result.no_match or not result.hits:
            return result
        first = result.hits[0]
        others = {hit.fiche_id: hit for hit in [*result.hits, *pool]}
        ids = dict.fromkeys([*others, *scored])
        # the place the question names with the first hit (« l'accueil ados de la Madeleine ») binds its namesakes
        places = [
            self._facet_ids(f) for f in result.query.facets if f.field in ("centre", "departement", "region")
        ]
        places = [held for held in places if first.fiche_id in held]
        fiches = (self.fiches[i] for i in ids if i in self.fiches and all(i in held for held in places))
        chosen = best_namesake(first.fiche, fiches, terms, self.judge, set(keys(result.query.text)))
        if chosen is None:
            return result
        hit = others.get(chosen.id) or Hit(
            fiche=chosen, score=0.0, passage=next(iter(self.index.fiche_chunks(chosen.id)), None)
        )
        hits = [hit, *(h for h in result.hits if h.fiche_id != chosen.id)]
        named = result.named
        if named is not None and first.fiche_id in named.fiche_ids:
            weight = rare_weight(self.judge, chosen, terms)
            linked = [chosen.id] + [
                i
                for i in named.fiche_ids
                if i != chosen.id and rare_weight(self.judge, self.fiches[i], terms) >= weight - 1e-9
            ]
            duplicates = [i for i in named.near_duplicates if i in linked]
            named = named.model_copy(update={"fiche_ids": linked, "near_duplicates": duplicates})
            if named.focus:
                hits = [h for h in hits if h.fiche_id in linked]
        return result.model_copy(update={"hits": hits[:k], "named": named})

    # -- « aucune fiche » ----------------------------------------------------------------------------

    def _decide(
        self,
        query: Query,
        scan: FacetScan,
        pool: list[Hit],
        signals: dict[str, Signals],
        strict: bool,
        k: int,
    ) -> Decision:
        """« Aucune fiche » or the hits that cover the question (`assistant.answerability`)."""
        if scan.absent:
            why = "absent: " + ", ".join(scan.absent)
            return Decision(False, [], list(scan.absent), [], reason=why, kind="entity")
        link = self.link_title(query)
        towns = [] if link is not None and link.fiche_ids else self._widened_towns(query.facets)
        if towns:  # « à Rouen » read as its département: no fiche is at the town itself, nor writes it
            why = "no fiche at " + ", ".join(towns)
            return Decision(False, [], towns, [], reason=why, kind="entity")
        terms = self._terms(scan, query.text)
        if strict and query.facets and all(t.weak for t in terms):
            # a set named by facets alone: weak words (« référencées ») tell none of it apart; the words of a
            # situation told (« des mamans… ont du mal en français ») still do
            terms = [t for t in terms if t.situated]
        candidates = [
            Candidate(
                fiche=hit.fiche,
                cosine=signals[hit.fiche_id].dense_score,
                facets_ok=self._has_facets(hit, query.facets, strict),
                named=signals[hit.fiche_id].title >= 0.99,
            )
            for hit in pool
        ]
        return self.judge.decide(terms, candidates, link=link, question=query.text, need=k)

    def _widened_towns(self, facets: list[FacetMatch]) -> list[str]:
        """The towns (as written) whose facet is their département (`assistant.towns`, step 2: no centre of the
        base is at the town), that no fiche of the département writes: its fiches are the closest, not an answer
        about the town."""
        towns = self.vocabulary.towns
        found = []
        for facet in facets if towns is not None else ():
            cue, _, name = facet.trigger.partition(" ")
            words = normalise(name)
            if facet.field != "departement" or normalise(cue) not in TOWN_CUES or not words:
                continue
            if words in {normalise(v) for v in facet.values}:
                continue  # « à Paris »: the département's own name
            town = TOWN_ARTICLES.get(normalise(cue), "") + words
            if towns.communes(town, True) and not self._says(name, facet):
                found.append(name)
        return found

    def _says(self, name: str, facet: FacetMatch) -> bool:
        """Does a fiche of the facet write the name (a town its centre line or the town table missed), whole or
        with its « Saint » abbreviated (« mairie de St Etienne »)?"""
        ids = self._facet_ids(facet)
        for form in town_spellings(name):
            found = {s.chunk.fiche_id for s in self.index.keyword_search(form, RESTRICT_LIMIT, ids)}
            words = (self.judge.words(self.fiches[f]) for f in found if f in self.fiches)
            if any(w.says(form, phrase=True) for w in words):
                return True
        return False

    def _terms(self, scan: FacetScan, text: str = "") -> list:
        """The question's informative words for answerability (English words with their French); `text`, the
        question as written, tells the situation it tells apart from its need (`situation_positions`)."""
        french = {t.norm: translations(t.norm) for t in scan.tokens} if is_english(scan) else None
        scene = need_scene(scan.facets, text, scan.tokens, scan.used) if text else set()
        used = scan.used | scene  # « des mamans au foyer qui voudraient… »: their description is no topic
        return self.judge.terms(scan.tokens, used, french, standard=scan.standard, text=text)

    def _facets_only(self, query: Query, scan: FacetScan) -> bool:
        """The question names facets and no topic: no content word, or none that answerability would read as
        a topic (general words, phrasing, weak words: « toujours », « comme », « des trucs sur … »). A noun of
        a situation told that few fiches use is one (« des mamans ont du mal en français »: not every action for
        families) when no fiche of the facets says it; a common one is not (« les familles du quartier »), nor
        any when the request points back to the people named (« les ados traînent…, comment les raccrocher ? »)
        or when the facets' fiches say them (« des familles qui n'ont jamais vu la mer »: the facets' list)."""
        if not query.facets:
            return False
        terms = self._terms(scan, query.text)
        if not content_words(scan) or any(not t.weak for t in terms):
            return not content_words(scan)
        if uncategorised(people_positions(scan.tokens), scan.used):
            return False  # people no facet names (« les hommes retraités »): narrower than the facets' set
        if query.intent == "search" and need_subjects(query.facets, query.text, scan.tokens, scan.used):
            return False  # « des mamans qui voudraient retrouver du travail »: their need is what is wanted
        if request_points_back(query.text, scan.tokens):  # « comment les raccrocher ? »: the people named
            return True
        told = [t for t in terms if t.told_noun and t.weight >= COMPOUND_WEIGHT]
        if told and self._situational(query, scan):
            return False  # the people of a situation told set the scene; its nouns say what is wanted
        return not told or self._facets_hold(query.facets, told)

    def _scene_shares(self, query: Query, scan: FacetScan) -> float | list[float]:
        """Each facet's boost: FACET_WEIGHT shared by the facets of the need, SITUATION_SHARE of that share for
        the people telling what they want (`need_subjects`) when another facet names the need."""
        if query.intent != "search":
            return FACET_WEIGHT
        scene = need_subjects(query.facets, query.text, scan.tokens, scan.used)
        if not scene:
            return FACET_WEIGHT
        share = FACET_WEIGHT / max(1, len(query.facets) - len(scene))  # the need's facets count whole
        return [share * (SITUATION_SHARE if n in scene else 1.0) for n in range(len(query.facets))]

    def _need_subject(self, query: Query, scan: FacetScan) -> bool:
        """Are the question's facets people telling what they want (`assistant.situation_facets.need_subject`)?"""
        return query.intent == "search" and need_subject(query.facets, query.text, scan.tokens, scan.used)

    def _situational(self, query: Query, scan: FacetScan) -> bool:
        """Are the question's facets all read in the situation it tells (`assistant.situation_facets`)?"""
        return situational(query.facets, scan.tokens, scan.used, self._situated(query, scan))

    def _situated(self, query: Query, scan: FacetScan) -> set[int]:
        """Positions of the situation the question tells: clauses with their verb (`situation_positions`) and
        clauses naming the facets' people then what they do (`described_positions`)."""
        named = set().union(*(trigger_positions(f, scan.tokens, scan.used) for f in query.facets))
        situated = situation_positions(query.text, scan.tokens)
        return situated | described_positions(query.text, scan.tokens, named)

    def _facets_hold(self, facets: list[FacetMatch], terms: list) -> bool:
        """Does some fiche having every facet say each of the words (one keyword search each, bounded)?"""
        ids = self._ids_with_all(facets, None)
        if not ids:
            return False
        return all(self.index.keyword_search(t.text, 1, ids) for t in terms)

    def _has_facets(self, hit: Hit, facets: list[FacetMatch], strict: bool) -> bool:
        """Does the fiche meet the question's facets? A facet the fiche lacks still counts when its words are
        in the fiche's text; and when facets only boost (`strict` false), topic and public facets may be
        incidental (« un parent malade »): only places, centre, statut and partners must hold."""
        own = {(f.field, tuple(f.values)) for f in hit.matched_facets}
        missing = [f for f in facets if (f.field, tuple(f.values)) not in own]
        if not strict:
            missing = [f for f in missing if f.field in REQUIRED_FACETS]
        if not missing:
            return True
        words = self.judge.words(hit.fiche)
        return all(
            words.says(f.trigger, phrase=f.field in REQUIRED_FACETS)
            or (not strict and self._text_names(hit.fiche, f))
            for f in missing
        )

    def _text_names(self, fiche: Fiche, facet: FacetMatch) -> bool:
        """Does a sentence of the fiche name a partner of the facet in other words, as the facet scan reads
        them (« leur relation avec l'école » for « avec les enseignants »: Éducation Nationale)? Only the
        sentences holding a word of a phrase naming one of its values are scanned."""
        values = set(dict(facet.pairs()).get("partenaires", ()))
        heads = self._partner_heads(values)
        if not heads:
            return False
        found = set()
        for sentence in split_sentences(fiche_text(fiche)):
            if heads & {plural_key(w) for w in normalise(sentence).split()}:
                found.update(
                    v
                    for f in self.vocabulary.scan(sentence).facets
                    if f.field == "partenaires"
                    for v in f.values
                )
                if found & values:
                    return True
        return False

    def _partner_heads(self, values: set[str]) -> set[str]:
        """The first words (plural keys) of the phrases naming these partner values."""
        key = tuple(sorted(values))
        if key not in self._heads:
            self._heads[key] = {
                p.words[0]
                for phrases in self.vocabulary._phrases.values()
                for p in phrases
                if p.field == "partenaires" and p.value in values
            }
        return self._heads[key]

    def link_title(self, query: Query) -> TitleLink | None:
        """The title linker's verdict for answerability: None = the question names no project."""
        link = self.named(query)
        return None if link is None else TitleLink(link.mention, tuple(link.fiche_ids))

    # -- named projects (`assistant.linking`) --------------------------------------------------------

    @property
    def linker(self) -> TitleLinker:
        if self._linker is None:
            self._linker = TitleLinker(self.fiches.values(), self.vocabulary.word_df)
        return self._linker

    def named(self, query: Query) -> Link | None:
        """The project the question names by its title (memoised for the last question)."""
        key = (query.text, query.intent)
        if self._named is None or self._named[0] != key:
            self._named = (key, self.linker.link(query.text, self.vocabulary.scan(query.text), query.intent))
        return self._named[1]

    def _linked(
        self, result: SearchResult, allowed: set[str] | None, k: int, unnamed: bool = False
    ) -> SearchResult:
        """The named project's fiches first (alone when the question is about it), or « aucune fiche intitulée »
        (not when answerability found the mention no name: `Decision.unnamed`)."""
        if unnamed:
            return result
        link = self.named(result.query)
        return apply_link(result, link, self.index.fiche_chunks, self.fiches, allowed=allowed, k=k)


def _best_cosines(scored: list) -> dict[str, float]:
    """Per fiche, the best cosine of its chunks."""
    best: dict[str, float] = {}
    for item in scored:
        fid = item.chunk.fiche_id
        best[fid] = max(best.get(fid, item.score), item.score)
    return best


def _as_list(result: SearchResult) -> SearchResult:
    """The result of a question that names facets and no topic, answered as the list question it is (the
    title linker read it with its own intent: a misspelt title still comes first)."""
    return result.model_copy(update={"query": result.query.model_copy(update={"intent": "list"})})


def framed(scan: FacetScan) -> FacetScan:
    """The scan with the words of `FRAMING` counted as used, like facet triggers."""
    text, starts = "", []
    for token in scan.tokens:
        starts.append(len(text))
        text += token.norm + " "
    spans = [m.span() for m in FRAMING.finditer(text)]
    extra = {i for i, s in enumerate(starts) if any(a <= s < b for a, b in spans)}
    return replace(scan, used=scan.used | extra) if extra - scan.used else scan


def _facet_boost(boost: float | list[float], facets: list[FacetMatch], held: list[FacetMatch]) -> float:
    """The boost of the facets a fiche holds: a share of `boost` per facet, or each facet's own share."""
    if not isinstance(boost, list):
        return boost * len(held) / len(facets)
    return sum(share for facet, share in zip(facets, boost, strict=True) if facet in held)


def _without(keywords: str, tokens: list, positions: set[int]) -> str:
    """The keywords without the words at `positions` (the scene of a need: `situation_facets.need_scene`)."""
    drop = {tokens[i].norm for i in positions}
    return " ".join(w for w in keywords.split() if normalise(w) not in drop) if drop else keywords


def _keyword_text(query: Query, expand: bool) -> str:
    """The BM25 text: the keywords plus, when facets filter (`expand`), their corpus values (« HLM »
    also searches « Bailleur social »); boosted facets already count, so their words are not repeated."""
    named = [f for f in query.facets if f.field in ("mots_cles", "partenaires", "public")]
    extra = [v for f in named for v in f.values] if expand else []
    return " ".join([query.keywords, *extra]).strip() or query.text
