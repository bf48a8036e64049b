"""The `Assistant` façade used by the UI and the `ask` command, and `build_assistant(settings)`, the one place
where the index, the retriever and the optional chat model are wired together.

Which answer for which question:
- aggregate (« … par département ? », « quels partenaires reviennent le plus ? ») → table over ALL matching fiches;
- count (« combien … ? ») → exact count over all fiches matching the facets, extractive (never the LLM);
- no match → « Aucune fiche … » + closest fiches, extractive (the LLM is not called);
- otherwise → the LLM answer when a chat model is configured (streamed, checked, extractive on failure),
  else the extractive answer.
`stream()` yields text deltas (str) while the LLM writes, then exactly one final `Answer`; extractive answers
yield only the final `Answer`. Given a `query` (a refinement: the last query minus a facet), it answers that query
as is, without analysing the question again. The explicit `filters` (the UI's dropdowns) restrict every answer
and are named with the question's own criteria in its opening line (« … à vos critères (mots-clés X, département
Y) »); `matching_fiches(query, filters)` lists every fiche an answer counts (its `total_matching`), not its top k.

What the façade needs is typed by two protocols, `Retriever` and `FicheSource`; what the UI needs from the façade
is `AssistantAPI` (the tests' `FakeAssistant` implements it too).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

from assistant.aggregate import aggregate_answer, count_values, topic_scope
from assistant.answer import (
    COUNT_CITED,
    counted_result,
    counts_by_value,
    extractive_answer,
    fiche_url,
    link,
    where,
)
from assistant.conversation import Answerer
from assistant.followup import Resolution, resolve, scoped, within_result
from assistant.limits import question_refusal
from assistant.llm import fallback_warning, make_chat_model, stream_llm_answer
from assistant.records import Answer, FacetMatch, Hit, Query, SearchResult, Turn
from assistant.routing import IntentRouter, stream_routed
from assistant.spoken_asks import spelt_out
from config import Settings, get_settings
from ingest import lemmas
from ingest.fields import filter_fields
from ingest.models import Fiche
from prompts import Prompts, load_prompts

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

__all__ = ["Assistant", "AssistantAPI", "FicheSource", "Retriever", "build_assistant", "fiche_url"]

logger = logging.getLogger(__name__)

EMPTY_INDEX = (
    "Index vide : lancez `python -m ingest fichier.txt` pour indexer les fiches, puis reposez la question."
)
EMPTY_QUESTION = (
    "Posez une question sur les fiches action, par exemple : « Quelles actions de parentalité en Moselle ? »"
)
Filters = dict[str, list[str]] | None


class Retriever(Protocol):
    """What the façade asks of retrieval (`assistant.retrieval.HybridRetriever`)."""

    def analyse(self, question: str) -> Query: ...

    def search(self, question: str | Query, k: int = 5, filters: Filters = None) -> SearchResult: ...

    def facet_matches(self, query: Query, filters: Filters = None) -> list[Fiche]:
        """Every fiche having all the query's facets and the filters (exact, not top-k)."""
        ...

    def similar(self, fiche_id: str, k: int = 5) -> list[Hit]: ...


class FicheSource(Protocol):
    """What the façade reads from the index directly (`vectorstore.index.FicheIndex`)."""

    def fiche_count(self) -> int: ...

    def get_fiche(self, fiche_id: str) -> Fiche | None: ...

    def all_fiches(self) -> list[Fiche]: ...


class AssistantAPI(Answerer, Protocol):
    """What the UI needs from the façade: answers (`Answerer.stream`) and browsing."""

    def similar(self, fiche_id: str, k: int = 5) -> list[Hit]: ...

    def get_fiche(self, fiche_id: str) -> Fiche | None: ...

    def list_fiches(self, filters: Filters = None) -> list[Fiche]: ...

    def matching_fiches(self, query: Query, filters: Filters = None) -> list[Fiche]:
        """Every fiche matching the query's facets and the filters (exact, not top-k)."""
        ...

    def facet_counts(
        self, filters: Filters = None, fields: Sequence[str] | None = None
    ) -> dict[str, list[tuple[str, int]]]:
        """(value, number of fiches) per field (default: the UI filters), by count desc."""
        ...


class Assistant:
    """Question → (follow-up resolution) → retrieval → answer with numbered citations."""

    def __init__(
        self,
        retriever: Retriever,
        index: FicheSource,
        llm: BaseChatModel | None = None,
        prompts: Prompts | None = None,
        settings: Settings | None = None,
    ):
        self.retriever = retriever
        self.index = index
        self.llm = llm
        self.prompts = prompts if prompts is not None or llm is None else load_prompts()
        self.settings = settings or get_settings()

    # ------------------------------------------------------------ answers

    def ask(self, question: str, history: list[Turn] | None = None, filters: Filters = None) -> Answer:
        answer = None
        for item in self.stream(question, history, filters):
            if isinstance(item, Answer):
                answer = item
        assert answer is not None  # stream() always ends with an Answer
        return answer

    def stream(
        self,
        question: str,
        history: list[Turn] | None = None,
        filters: Filters = None,
        query: Query | None = None,
    ) -> Iterator[str | Answer]:
        question = spelt_out((question or "").strip())  # « c kel jour » → « c'est quel jour »
        if not question:
            yield Answer(text=EMPTY_QUESTION)
            return
        if refusal := question_refusal(question, self.settings.max_question_chars):
            yield Answer(text=refusal)  # refused before any analysis, whose cost grows with the length
            return
        if self.index.fiche_count() == 0:
            yield Answer(text=EMPTY_INDEX, warnings=[EMPTY_INDEX])
            return
        if query is not None:
            resolution = Resolution(query=query)
        else:
            resolution = resolve(question, history, self.retriever, self.llm, self.prompts)
        query = resolution.query
        if resolution.notice:  # « la 7 » when the previous answer cites 2 fiches: say so, search nothing
            yield Answer(text=resolution.notice, query=query)
            return
        if query.intent == "aggregate" and query.group_by in Fiche.model_fields and not resolution.fiche_id:
            fiches, about = topic_scope(query.text, query, self._matching(query, filters))
            answer = aggregate_answer(with_filters(query, filters), fiches, about=about)
            yield answer.model_copy(update={"query": query})
            return
        result = self._retrieve(resolution, filters)
        router = IntentRouter(
            self.retriever, self.index, self.settings.retrieval_k
        )  # compare, rank, lessons…
        if (routed := router.route(question, result, resolution, history, filters)) is not None:
            yield from stream_routed(routed, self.llm, self.prompts, resolution.llm_failure)
            return
        if result.query.intent == "count":
            total = result.total_matching
            if not resolution.within:
                counted = self._counted(result.query, filters)  # read once: the total and the citations
                total = len(counted) if counted is not None else None
                if counted and len(result.hits) < min(len(counted), COUNT_CITED):
                    result = counted_result(result, counted)  # cite every fiche counted
                if counted:
                    result = result.model_copy(
                        update={"counts_by_value": counts_by_value(result.query.facets, counted)}
                    )
            answer = _unnamed(extractive_answer(_named(result, filters), total=total), result.query)
            yield scoped(answer, resolution)
            return
        if self.llm is None or result.no_match or not result.hits:
            answer = scoped(_unnamed(extractive_answer(_named(result, filters)), result.query), resolution)
            answer.text += "" if resolution.within else self._see_also(result, filters)
            yield answer
            return
        if resolution.llm_failure:  # the model just failed on the rewrite: don't wait for it twice
            yield extractive_answer(result, warnings=[fallback_warning(resolution.llm_failure)])
            return
        yield from stream_llm_answer(self.llm, self.prompts, result)

    def _retrieve(self, resolution: Resolution, filters: Filters) -> SearchResult:
        query = resolution.query
        if resolution.within and not resolution.fiche_id:  # a refinement of the previous list
            k = self.settings.retrieval_k
            return within_result(resolution, self.retriever, self.index.get_fiche, filters, k)
        if not resolution.fiche_id:
            k = max(self.settings.retrieval_k, COUNT_CITED if query.intent == "count" else 0)
            return self.retriever.search(query, k=k, filters=filters)
        fiche = self.index.get_fiche(resolution.fiche_id)
        if fiche is None:
            return SearchResult(query=query, no_match=True)
        return SearchResult(query=query, hits=[Hit(fiche=fiche, score=1.0)], total_matching=1)

    def _see_also(self, result: SearchResult, filters: Filters, limit: int = 3) -> str:
        """For a list question with several criteria, the fiches meeting all but one of them (links, not
        citations): a user looking for inspiration wants the near misses too, flagged as such."""
        facets = result.query.facets
        if result.query.intent != "list" or len(facets) < 2 or not result.hits:
            return ""
        shown = {hit.fiche_id for hit in result.hits}
        lines: list[str] = []
        others = 0
        for missing in facets:
            rest = [f for f in facets if f is not missing]
            near = self.retriever.facet_matches(result.query.model_copy(update={"facets": rest}), filters)
            for fiche in near:
                if fiche.id in shown:
                    continue
                shown.add(fiche.id)
                if len(lines) < limit:  # format only what is shown: a relaxed set can hold thousands
                    lines.append(f"- {link(fiche)} — {where(fiche)} · sans : {', '.join(missing.values)}")
                else:
                    others += 1
        if not lines:
            return ""
        more = f"\n- … et {others} autres" if others else ""
        return "\n\nÀ voir aussi (tous les critères sauf un) :\n" + "\n".join(lines) + more

    def _matching(self, query: Query, filters: Filters) -> list[Fiche]:
        """ALL the fiches matching the query's facets and the filters (every fiche when there are none)."""
        if not query.facets and not filters:
            return self.index.all_fiches()
        return self.retriever.facet_matches(query, filters=filters)

    def _counted(self, query: Query, filters: Filters) -> list[Fiche] | None:
        """The fiches a count question counts (read once: its total and its citations); None when no facet
        drives the count."""
        if not query.facets and not filters:
            return None
        return self.retriever.facet_matches(query, filters=filters)

    # ------------------------------------------------------------ browsing

    def similar(self, fiche_id: str, k: int = 5) -> list[Hit]:
        return self.retriever.similar(fiche_id, k=k)

    def get_fiche(self, fiche_id: str) -> Fiche | None:
        return self.index.get_fiche(fiche_id)

    def list_fiches(self, filters: Filters = None) -> list[Fiche]:
        """Every fiche matching the explicit filters (all fiches without filters): the UI's selection."""
        return self._matching(Query(text=""), filters)

    def matching_fiches(self, query: Query, filters: Filters = None) -> list[Fiche]:
        """Every fiche an answer to `query` counts: those having all its facets and passing the filters
        (exact, not top-k; as many as its `total_matching`), by département, centre, title. The whole base
        for a query with neither facet nor filter (an aggregate over the base)."""
        return self._matching(query, filters)

    def facet_counts(
        self, filters: Filters = None, fields: Sequence[str] | None = None
    ) -> dict[str, list[tuple[str, int]]]:
        """(value, number of fiches) per field (default: the UI filters, `filter_fields()`) over ALL the
        fiches matching `filters`, sorted by count desc."""
        fiches = self.list_fiches(filters)
        return {name: count_values(fiches, name) for name in fields or filter_fields()}


def filter_facets(filters: Filters) -> list[FacetMatch]:
    """The explicit filters as facets (trigger « filtre »), to name them with the question's criteria."""
    return [
        FacetMatch(field=name, values=list(values), trigger="filtre")
        for name, values in (filters or {}).items()
        if values
    ]


def with_filters(query: Query, filters: Filters) -> Query:
    """The query whose facets also name the filters (those it does not already have)."""
    have = {(f.field, tuple(f.values)) for f in query.facets}
    extra = [f for f in filter_facets(filters) if (f.field, tuple(f.values)) not in have]
    return query.model_copy(update={"facets": [*query.facets, *extra]}) if extra else query


def _named(result: SearchResult, filters: Filters) -> SearchResult:
    """The result as the answer's text sees it: the filters named among the criteria, and met by every hit
    (they are strict: retrieval returned only fiches passing them)."""
    query = with_filters(result.query, filters)
    if query is result.query:
        return result
    extra = query.facets[len(result.query.facets) :]
    hits = [h.model_copy(update={"matched_facets": [*h.matched_facets, *extra]}) for h in result.hits]
    return result.model_copy(update={"query": query, "hits": hits})


def _unnamed(answer: Answer, query: Query) -> Answer:
    """The answer carrying the query as analysed (without the filters): follow-ups and refinement use it."""
    return answer.model_copy(update={"query": query}) if answer.query is not None else answer


def build_assistant(settings: Settings | None = None) -> Assistant:
    """Open the index, build the retriever and the optional chat model from the settings."""
    from assistant.retrieval import HybridRetriever
    from vectorstore.index import FicheIndex

    settings = settings or get_settings()
    llm = make_chat_model(settings)  # first: a bad LLM configuration fails before anything opens
    index = FicheIndex.open(settings.index_dir, settings=settings)
    logger.info("Assistant: index %s, LLM provider %s", settings.index_dir, settings.llm_provider)
    return Assistant(HybridRetriever(index), index, llm=llm, prompts=load_prompts(), settings=settings)


def warm_up(assistant, question: str) -> None:
    """Run one search (`question`) before serving or measuring. The embedding model, Chroma client, BM25 index,
    retriever caches, the French form table, the embedded base words and the text index of loosely described fiches
    load lazily: without this, N simultaneous first requests would each load them (N copies of the model at once),
    and the first English question or comparison of described fiches would wait for them (~1 min at 20,000 fiches
    on a loaded machine: eval-answers reported it as a follow-up's latency)."""
    retriever = getattr(assistant, "retriever", None)
    if retriever is None:  # an assistant without a retriever (test fakes) has nothing to load
        return
    try:
        retriever.search(question, k=1)
        lemmas.load()  # the French form table (~0.6 s) the first question would otherwise pay
        linker = getattr(retriever, "linker", None)
        if linker is not None:  # the text index of fiches described loosely in comparisons (~6 s at 20,000)
            linker.warm()
        vocabulary = getattr(retriever, "vocabulary", None)
        # The base's words for unknown English words: embedded once per index (then read from its directory).
        if vocabulary is not None:
            logger.info("%d base words embedded for English questions", vocabulary.base_words.embedded_words)
    except Exception:  # the app still starts; the first request will load what is missing
        logger.exception("Warm-up search failed")
