"""Which questions get an answer built from typed records, and over which fiches.

    router = IntentRouter(retriever, index, k=5)
    routed = router.route(question, result, resolution, history, filters)   # None: the usual answer
    routed.answer, routed.result, routed.facts     # extractive answer; fiches and facts for the LLM prompt

- compare (or a ranking over two to four fiches the question names): the fiches named by their titles
  (`naming.linked_titles`), else those of the previous answer (« compare les deux premières ») → table;
- rank: the fiches of the current facets and filters, else of the previous answer when the question refers
  back to it (« laquelle… »), else all; narrowed to those whose text has the question's remaining topic words
  (« parmi les pique-niques ») → ranking on the typed figure;
- lessons: the fiches a search for the topic (facets strict) returns → grouped limites / facteurs / perspectives;
  when the question names one fiche, a lookup of that field instead;
- lookup (or any detail question about one named fiche): that fiche only, the field or the text's sentence;
  at scale, a title named in part that stands elsewhere than the place named gives way to retrieval's first
  fiche there, and among namesakes (one title, several centres) the only one stating the figure asked answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from assistant import dialogue, intents, lesson_cues, naming, rank_scope, ranking
from assistant.aggregate import centre_count_answer, partner_count_answer, topic_count_answer
from assistant.answer import COUNTED_FICHES, PLACE_FIELDS, criteria, no_match_answer
from assistant.answer_types import interrogative_words
from assistant.card import card_answer, presents
from assistant.comparison import Built, compare_answer, rank_answer
from assistant.distinctive import retrieved_namesake
from assistant.fiche_words import fiche_text
from assistant.followup import Resolution
from assistant.lessons import LESSON_FICHES, lessons_answer
from assistant.llm import fallback_warning, stream_llm_answer
from assistant.lookup import field_text, lookup_answer
from assistant.lookup_asks import START_WORDS, ask_of, asks_detail, asks_figure, count_noun
from assistant.lookup_sentences import answer_sentences, fiche_counts
from assistant.query import SCAFFOLDING
from assistant.question_clauses import actors_asked, asks_a_set, base_scope, money_clause, people_counted
from assistant.question_syntax import GENERAL, sum_locution
from assistant.records import Answer, Hit, NamedLink, Query, SearchResult, Turn
from assistant.references import Question
from ingest import amounts
from ingest.lemmas import is_verb_form
from ingest.models import Fiche
from ingest.text import DISCOURSE, GENERIC, STOPWORDS, normalise, one_typo, plural_key, word_set

CENTRE_NOUNS = {plural_key(w) for w in ("centre", "structure")}  # « combien de centres » counts who led
PARTNER_FIELD = "partenaires"
RANK_POOL = 60  # fiches a topic search reads before keeping those whose text has the topic words
LESSON_POOL = 10
LESSON_SHARE = 0.5
PRESENTED = ("", "resume", "description_experience")  # fields « de quoi s'agit-il » may be read as asking
LEAD = 1.5  # a lookup's first fiche is the one asked when it scores this many times the second  # without facets, a lessons fiche scores at least this share of the best one
_QUESTION_FORM = re.compile(
    r"^(quel|quelle|quels|quelles|combien|qui|ou|quand|comment|pourquoi|qu|que|est ce|dans quel|a qui|avec qui"
    r"|what|who|where|when|how|which|why)\b|\b(combien|quel|quelle|qui|ou)\b.*$"
)
# A question about a set of fiches (« aux actions numériques »), never one fiche's lookup.
_SET = re.compile(
    r"\b(les|des|aux|ces|quelles|quels) (actions|projets|fiches|initiatives|experiences|centres)\b"
)
# A follow-up about every fiche of the previous answer (« et leurs limites ? », « qu'ont-elles en commun »).
_PLURAL_REFERENCE = re.compile(r"\b(leurs|ces|ceux ci|celles ci|elles|ils|les deux|les trois|chacune?)\b")
_COUNT_WORDS = word_set("nombre combien number many")  # a count's phrasing, never its topic
_OTHER_WORDS = word_set(
    "depuis lequel laquelle lesquels lesquelles parmi quelle quel quels quelles ceux celles celui celle ont cote direction destination"
)


_ARTICLES = word_set("le la les l un une des du au aux")
_TITLES: dict[tuple, naming.TitleIndex] = {}  # (index, version, size) → its title index (the latest only)


@dataclass
class Routed:
    """An answer built from typed records: the extractive `answer`, the `result` (its fiches in citation
    order, for the LLM) and the `facts` the LLM prompt gets."""

    answer: Answer
    result: SearchResult
    facts: str = ""


def _chose_one(resolution: Resolution, query: Any) -> bool:
    """Did the follow-up's resolution choose one fiche of the list to look a detail up in?"""
    return (
        query.intent == "lookup"
        and bool(resolution.fiche_id)
        and resolution.fiche_ids == [resolution.fiche_id]
    )


class IntentRouter:
    """Routes compare / rank / lessons / one-fiche lookups (see the module docstring)."""

    def __init__(self, retriever: Any, index: Any, k: int = 5):
        self.retriever = retriever
        self.index = index
        self.k = k

    def route(
        self,
        question: str,
        result: SearchResult,
        resolution: Resolution,
        history: list[Turn] | None = None,
        filters: dict[str, list[str]] | None = None,
    ) -> Routed | None:
        query = result.query
        norm = normalise(question)
        spec = ranking.rank_spec(norm)
        own = intents.detect(norm)  # a follow-up's resolution may have turned it into a lookup or a list
        if own and own[0] == intents.COMPARE and _chose_one(resolution, query):
            own = None  # « laquelle des deux va dans les villages, … ? »: the one chosen, no comparison
        intent = own[0] if own and query.intent in ("lookup", "list", "search") else query.intent
        if intent in (intents.COMPARE, intents.RANK):
            # A ranking over fiches the question names is a comparison; over the focus list, a ranking.
            fiches = self._compared(question, resolution, history if intent == intents.COMPARE else None)
            if len(fiches) < 2 and intent == intents.COMPARE and not result.no_match:
                fiches = (
                    naming.designated(norm, [h.fiche for h in result.hits], fiches) or fiches
                )  # « les deux … »
            if len(fiches) >= 2:
                return _routed(compare_answer(fiches, query, spec))
            if spec is not None and (intent == intents.RANK or len(fiches) < 2):  # « X ou Y, lequel » unnamed
                return self._rank(question, query, spec, resolution, history, filters)
            return None
        if intent == "count" and (counted := self._facet_count(question, result, resolution, filters)):
            return counted
        if intent == "count" and (counted := self._topic_count(question, query, resolution, filters)):
            return counted
        if intent == intents.LESSONS and not resolution.fiche_id and actors_asked(norm):
            intent = query.intent if query.intent != intents.LESSONS else "search"  # « qui aide … soucis … »
        several = self._several(question, resolution, history, lessons=intent == intents.LESSONS)
        if intent == intents.LESSONS and len(several) >= 2:
            asked = lesson_cues.lesson_fields(norm)
            return _routed(lessons_answer(several, asked, query))
        if len(several) >= 2:  # « A et B : combien de personnes mobilisées ? »: a comparison
            return _routed(compare_answer(several, query, spec))
        if intent != intents.LESSONS and (card := self._card(question, result, resolution)) is not None:
            return card
        placed = None if resolution.fiche_id else self._actor_of_placed(question, norm)
        detail = (
            intent in (intents.LESSONS, "lookup")
            or bool(_QUESTION_FORM.search(norm))
            or asks_detail(_beside_facets(norm, query))
        ) and (
            bool(resolution.fiche_id)
            or _named_whole(result)
            or placed is not None
            or not asks_a_set(question)
        )  # « vous avez une action où … », « qui travaille avec l'ARS ? »: a list
        one = placed or (self._one_fiche(question, result, resolution) if detail else None)
        if intent == intents.LESSONS:
            if not resolution.fiche_id and result.named is not None and not result.named.fiche_ids:
                return None  # a project no fiche has: « aucune fiche intitulée … », as `_one_fiche` says
            figure = asks_figure(norm) or people_counted(norm)  # « quel taux de réussite »: a figure
            if one is not None and (resolution.fiche_id or figure or not _names_a_set(question, query, one)):
                field = "" if figure else (lesson_cues.lesson_fields(norm) or ("limites",))[0]
                return _routed(lookup_answer(one, question, field, query, self._near(result, one)))
            # « combien sont revenus ensuite ? » of no one fiche: people counted, no plan asked
            if people_counted(norm) and lesson_cues.lesson_fields(norm) == ("perspectives",):
                return None
            if (
                history
                and not query.facets
                and not topic_words(question, query, lesson_cues.lesson_cue_words(norm))
            ):
                return self._focus_lessons(question, norm, query, history)  # « qu'est-ce qui a coincé ? »
            return self._lessons(question, norm, query, filters)
        if one is not None:
            return _routed(lookup_answer(one, question, query.lookup_field, query, self._near(result, one)))
        if detail and not resolution.fiche_id and result.hits and result.named is None:
            return self._other_project(question, result) or self._told_lookup(question, result)
        return None

    def _told_lookup(self, question: str, result: SearchResult) -> Routed | None:
        """A lookup on the fiche the usual answer reads (retrieval's first) when its asked field is empty and
        its text tells the detail (« la formation a été faite par qui ? » asked with « bénévoles »: no
        « Nombre de personnes mobilisées », a sentence of the text): that sentence, not « ne renseigne pas »."""
        query, fiche = result.query, result.hits[0].fiche
        norm = normalise(question)
        if query.intent != "lookup" or not query.lookup_field or result.no_match:
            return None
        if field_text(fiche, query.lookup_field, norm):
            return None
        if not answer_sentences(fiche, question, "", count_noun(norm)):
            return None
        return _routed(lookup_answer(fiche, question, query.lookup_field, query))

    def _facet_count(
        self, question: str, result: SearchResult, resolution: Resolution, filters
    ) -> Routed | None:
        """A count over facets that must say what it counted: « combien de centres … » counts DISTINCT centres
        (`aggregate.centre_count_answer`); a count of fiches over a partner separates the fiches declaring it
        from those only citing it in their text (`aggregate.partner_count_answer`). None otherwise (the usual
        count), in a conversation's refinement, or when no fiche has the facets."""
        query = result.query
        noun = plural_key(count_noun(normalise(question)) or "fiche")
        if resolution.within or resolution.fiche_id or money_clause(normalise(question)):
            return None  # « combien le conseil départemental verse-t-il … » asks a sum, counts no fiche
        if not query.facets:  # « combien de centres en tout ? »: every centre of the base
            whole = noun in CENTRE_NOUNS and not filters and not topic_words(question, query, _COUNT_WORDS)
            fiches = self.index.all_fiches() if whole else []
            return _counted(centre_count_answer(query, fiches, about="dans la base")) if fiches else None
        partner = next((f for f in query.facets if f.field == PARTNER_FIELD), None)
        if noun not in COUNTED_FICHES or (noun not in CENTRE_NOUNS and partner is None):
            return None
        fiches = self.retriever.facet_matches(query, filters)
        if not fiches:
            return None
        if noun in CENTRE_NOUNS:
            return _counted(centre_count_answer(query, fiches, result.hits))
        return _counted(partner_count_answer(query, fiches, partner, result.hits))

    def _topic_count(self, question: str, query: Query, resolution: Resolution, filters) -> Routed | None:
        """« nombre d'actions pique-nique ? »: a count of fiches no facet names is over those about its words,
        kept as a ranking keeps them (`aggregate.topic_count_answer`); None with facets, in a conversation, or
        for a count of something no fiche is (« combien de jardiniers … », a figure of one fiche)."""
        noun = count_noun(normalise(question))
        if query.facets or filters or resolution.within or resolution.fiche_id:
            return None
        topic = topic_words(question, query, extra=_COUNT_WORDS)
        over_base = base_scope(normalise(question))  # « combien de pique-niques dans la base »: fiches
        if not topic or (plural_key(noun) not in COUNTED_FICHES and not over_base):  # « tous les combien ? »
            return None
        hits = self._search(" ".join(topic), query, RANK_POOL, filters)
        titled = [h.fiche for h in hits if has_words(h.fiche, topic, title_only=True)]
        fiches = titled or [h.fiche for h in hits if has_words(h.fiche, topic)]
        if plural_key(noun) in CENTRE_NOUNS and fiches:  # « combien de centres ont fait un pique-nique »
            about = f"sur « {' '.join(topic)} »"
            return _counted(centre_count_answer(query, fiches, hits, about))
        return _routed(Built(topic_count_answer(query, topic, fiches, titled=bool(titled))))

    def _other_project(self, question: str, result: SearchResult) -> Routed | None:
        """« Aucune fiche intitulée « X » » when the fiche retrieval puts first is a near title of another
        project (`_other_name`): a lookup needs its fiche, never a neighbour's figure."""
        name = _other_name(question, result.hits[0].fiche, result.query)
        if not name:
            return None
        absent = result.model_copy(
            update={
                "no_match": True,
                "hits": [],
                "suggestions": result.hits[:3],
                "named": NamedLink(mention=name),
            }
        )
        return Routed(answer=no_match_answer(absent), result=absent)

    def _card(self, question: str, result: SearchResult, resolution: Resolution) -> Routed | None:
        """« Présentez-moi X », « X, c'est quoi ? » about one fiche, asking no detail: its card."""
        norm = normalise(question)
        if (
            result.query.lookup_field not in PRESENTED
            or resolution.fiche_id
            or not presents(norm)
            or ask_of(norm)
        ):
            return None  # a follow-up on one fiche: `followup.lookup_field` chose its field, or its text
        fiche = self._one_fiche(question, result, resolution, described=True)
        places = {w for f in result.query.facets for w in normalise(f.trigger).split()}
        if fiche is None or not presents(norm, fiche.title, places):
            return None
        return _routed(card_answer(fiche, result.query, self._near(result, fiche)))

    def _focus_lessons(self, question: str, norm: str, query: Query, history: list[Turn]) -> Routed | None:
        """A lessons question naming no topic, in a conversation: about the fiches the last answer cited —
        its one fiche (a lookup of the field), else its list."""
        cited = next((t.answer.citations for t in reversed(history) if t.answer.citations), [])
        fiches = [f for c in cited[:LESSON_FICHES] if (f := self.index.get_fiche(c.fiche_id)) is not None]
        asked = lesson_cues.lesson_fields(norm)
        if len(fiches) == 1:
            return _routed(lookup_answer(fiches[0], question, (asked or ("limites",))[0], query))
        return _routed(lessons_answer(fiches, asked, query)) if fiches else None

    def _titles(self) -> naming.TitleIndex:
        """The corpus's title index, built once per index and version (every title is read then)."""
        fiches = self.index.all_fiches()
        version = getattr(self.index, "version", None)
        key = (id(self.index), version() if callable(version) else "", len(fiches),
               fiches[0].id if fiches else "", fiches[-1].id if fiches else "")  # fmt: skip
        if key not in _TITLES:
            _TITLES.clear()
            _TITLES[key] = naming.TitleIndex(fiches)
        return _TITLES[key]

    # -- which fiches ----------------------------------------------------------------------------------

    def _compared(self, question: str, resolution: Resolution, history: list[Turn] | None) -> list[Fiche]:
        """The fiches to compare: those the follow-up names (« la 1 et la 3 »), the titles the question
        names, else the conversation's focus list (« compare-les »)."""
        ids = resolution.fiche_ids if len(resolution.fiche_ids) >= 2 else []
        if not ids:
            named = naming.linked_titles(question, self._titles(), partial=True, unique=True)
            named = self._referred(question, named) or named  # loosely: linking
            if len(named) >= 2 or not history:
                return named
            ids = [c.fiche_id for c in dialogue.focus_list(history)]
        fiches = [self.index.get_fiche(i) for i in ids[: naming.MAX_COMPARED]]
        return [f for f in fiches if f is not None]

    def _referred(self, question: str, named: list[Fiche] | None = None) -> list[Fiche]:
        """Two fiches the question refers to loosely (« navette du Bocage vs bus numérique du Haut-Doubs »:
        title or theme words with each one's place, `TitleLinker.references`), else []. Beside two titles
        `named` in part, only two references each at its place and agreeing on one side (« les petits déj
        au Havre » is not the « Petit Déj » of Saint-Étienne)."""
        linker = getattr(self.retriever, "linker", None)
        titled = [f.id for f in named or []]
        if linker is None or len(titled) > 2:
            return []
        refs = linker.references(question, self.retriever.vocabulary.scan(question))
        if len(titled) == 2 and not linker.placed_over(refs, titled):
            return []
        fiches = [self.index.get_fiche(r.fiche_id) for r in refs] if len(refs) >= 2 else []
        return [f for f in fiches if f is not None]

    def _several(self, question: str, resolution: Resolution, history, *, lessons: bool) -> list[Fiche]:
        """Two to four fiches a detail question is about: the titles it names in full (« A et B : … »), or,
        for a lessons follow-up in the plural (« et leurs limites ? »), the focus list."""
        if resolution.fiche_id and not (lessons and _PLURAL_REFERENCE.search(normalise(question))):
            return []
        named = naming.linked_titles(question, self._titles())
        named = named if len(named) >= 2 else (self._referred(question) or named)  # loosely: linking
        if len(named) >= 2 or not (lessons and resolution.followup and history):
            return named
        if not _PLURAL_REFERENCE.search(normalise(question)):
            return []
        ids = resolution.within or [c.fiche_id for c in dialogue.focus_list(history)]
        fiches = [self.index.get_fiche(i) for i in ids[: naming.MAX_COMPARED]]
        return [f for f in fiches if f is not None]

    def _one_fiche(
        self, question: str, result: SearchResult, resolution: Resolution, *, described: bool = False
    ) -> Fiche | None:
        """The one fiche the question is about (`_designated`); among namesakes retrieval found (one title,
        several centres: common among thousands of fiches), the only one stating the figure asked."""
        fiche = self._designated(question, result, resolution, described=described)
        if (
            resolution.fiche_id
            or resolution.within
            or (result.named is not None and not result.named.fiche_ids)
        ):
            return fiche
        return _namesake_stating(question, fiche, result.hits) or fiche

    def _designated(
        self, question: str, result: SearchResult, resolution: Resolution, *, described: bool = False
    ) -> Fiche | None:
        """The one fiche the question is about: a follow-up's fiche, the named project (`result.named`), or
        the only title the question names; for a detail asked (or a fiche to present: `described`), a part
        of a title, or the fiche retrieval puts far ahead."""
        if resolution.fiche_id:
            return result.hits[0].fiche if result.hits else None
        if (
            resolution.within
        ):  # a refinement of the previous list (« parmi elles, combien … ») asks about the list
            return None
        named = result.named
        if named is not None and named.focus and named.fiche_ids:
            return next((h.fiche for h in result.hits if h.fiche_id == named.fiche_ids[0]), None)
        if named is not None and not named.fiche_ids:
            return None  # « aucune fiche intitulée … »: said by the usual answer
        # A detail asked (« le public de la Navette solidaire ») lets a distinctive part of a title name it.
        norm = normalise(question)
        detail = (
            described
            or result.query.intent == "lookup"
            or asks_detail(_beside_facets(norm, result.query))
            or _counts_in_one(norm, result)
        )
        linked = naming.linked_titles(question, self._titles(), limit=2, partial=detail)
        if detail and (placed := self._placed_reference(question)) is not None:
            return placed  # « le petit déj des Marnaudes »: the fiche at the place named, among the titles
        if there := [f for f in linked if not stands_elsewhere(f, result.query)]:
            linked = there
        elif linked:  # « le club emploi des femmes dans les Bouches-du-Rhône »: a title named elsewhere
            linked = []
            if detail and (first := _first_at_place(norm, result)) is not None:
                return first
        if (
            len(linked) == 1
            and _beyond_facets(norm, linked[0], result.query)
            and (not result.no_match or _names_whole(norm, linked[0]))
            and not _other_name(question, linked[0], result.query)
        ):
            return retrieved_namesake(linked[0], result.hits)  # only a title written whole names one
        if (
            detail
            and not _SET.search(norm)
            and (
                _clear_lead(result.hits)
                or _only_one_counts(norm, result.hits)
                or _only_one_names(question, result.hits)
                or _only_one_described(question, result.hits)
            )
            and not _other_name(question, result.hits[0].fiche, result.query)
        ):
            return result.hits[0].fiche  # one detail, and retrieval puts one fiche far ahead
        return None

    def _actor_of_placed(self, question: str, norm: str) -> Fiche | None:
        """« qui a financé la journée manger-bouger des centres sociaux de Millau ? »: « qui » asked of the ONE
        fiche its title words and its centre or town designate (`_placed_reference`) asks that fiche's detail,
        not the centres acting; « qui travaille avec l'ARS ? », designating no fiche, stays a list."""
        if not actors_asked(norm) or base_scope(norm):
            return None
        return self._placed_reference(question)

    def _placed_reference(self, question: str) -> Fiche | None:
        """The one fiche the question names with its place (title words and a place: `references`, which
        picks among the fiches having those title words the one at that place), else None."""
        resolver = getattr(getattr(self.retriever, "linker", None), "resolver", None)
        if resolver is None:
            return None
        ref = resolver.one_placed(Question.of(question), self.retriever.vocabulary.scan(question))
        return self.index.get_fiche(ref.fiche_id) if ref is not None and ref.qualified else None

    def _near(self, result: SearchResult, fiche: Fiche) -> list[Fiche]:
        """Near-duplicates of the fiche (same centre, near-identical title): answered beside it."""
        named = result.named
        others = [i for i in (named.near_duplicates if named else []) if i != fiche.id]
        near = [f for i in others if (f := self.index.get_fiche(i)) is not None]
        return [f for f in near if f.centre == fiche.centre]  # a namesake chosen instead: not its centre's

    def _rank(
        self, question: str, query: Query, spec: ranking.RankSpec, resolution: Resolution, history, filters
    ) -> Routed:
        # Words naming the figure are not criteria: « mobilisé » is no typo of the keyword « Mobilité », « le
        # plus de jeunes » counts young people; elsewhere a facet is the scope (« pour les jeunes, laquelle… »).
        named = ranking.ranking_words(normalise(question))
        span = ranking.ranking_span(normalise(question))
        kept = [f for f in query.facets if not set(normalise(f.trigger).split()) <= span]
        query = query.model_copy(update={"facets": kept})
        base, scope = self._rank_base(query, resolution, history, filters)
        if query.facets and not (resolution.within or filters):  # a facet is one gloss of the topic: its kin
            kin = rank_scope.kin_of_facets(query.facets, getattr(self.retriever, "postings", {}))
            kin -= {f.id for f in base}
            known = getattr(self.retriever, "fiches", {})  # in memory: no store read per fiche
            base = base + [
                f for i in sorted(kin) if (f := known.get(i) or self.index.get_fiche(i)) is not None
            ]
        # GENERAL: words of no topic, as answerability reads them (« celle qui a coûté trois fois rien »)
        topic = topic_words(question, query, extra=named | GENERAL)
        if topic:
            kinds = sorted(ranking.kind_nouns(normalise(question)))
            search = lambda text: self._search(text, query, RANK_POOL, filters)  # noqa: E731
            heads = rank_scope.facet_heads(normalise(question), query.facets, topic)
            loose = not (query.facets or filters or resolution.within)
            ids = rank_scope.topic_ids(normalise(question), topic, search, kinds, heads, loose=loose)
            narrowed = [f for f in base if f.id in ids]
            # Facets already say what the fiches are about: the other words narrow only when they can.
            if narrowed or not (query.facets or filters or resolution.within):
                base, scope = narrowed, f"{scope} sur « {' '.join(topic)} »".strip()
        return _routed(rank_answer(base, spec, query, scope))

    def _rank_base(self, query: Query, resolution: Resolution, history, filters) -> tuple[list[Fiche], str]:
        """The fiches a ranking is over: the refined focus list, the facets and filters, the focus list of a
        follow-up, else every fiche."""
        if resolution.within:
            fiches = [self.index.get_fiche(i) for i in resolution.within]
            return [f for f in fiches if f is not None], "parmi les fiches de la réponse précédente"
        if query.facets or filters:
            scope = f"({criteria(query.facets)})" if query.facets else "(filtres)"
            return self.retriever.facet_matches(query, filters), scope
        if resolution.followup and history and (focus := dialogue.focus_list(history)):
            fiches = [self.index.get_fiche(c.fiche_id) for c in focus]
            return [f for f in fiches if f is not None], "parmi les fiches de la réponse précédente"
        return self.index.all_fiches(), ""

    def _lessons(self, question: str, norm: str, query: Query, filters) -> Routed | None:
        """Lessons over the fiches of the question: its facets (strict) and its topic words. With facets and
        no topic word, every fiche having them; when none of the topic's fiches fills a lessons field,
        facets only boost (a legacy page has « facteurs de réussite » but other keywords)."""
        asked = lesson_cues.lesson_fields(norm) or lesson_cues.LESSON_FIELDS
        words = topic_words(question, query, extra=lesson_cues.lesson_cue_words(norm))
        topic = " ".join(words)
        scope = f"({criteria(query.facets)})" if query.facets else (f"sur « {topic} »" if topic else "")
        facet_fiches = self.retriever.facet_matches(query, filters) if query.facets else []
        fills = any(getattr(f, name).strip() for f in facet_fiches for name in asked)
        if fills and not any(has_words(f, [w]) for f in facet_fiches for w in words):
            topic = (
                ""  # words no fiche of the facets has (« en direction des jeunes »): the facets say it all
            )
        if query.facets and not topic:
            fiches = facet_fiches  # those whose lessons say the question's words first (« faute de sous »)
            base = self.index.all_fiches  # a facet naming the topic: the lessons saying it elsewhere too
            built = lessons_answer(fiches, asked, query, scope, words=words, pool=fiches, base=base)
            return _routed(built)
        search = lambda text: self._search(text, query, LESSON_POOL, filters)  # noqa: E731
        # « X et Y »: each topic's fiches, even when the two searched together match nothing
        coordinated = [] if query.facets else rank_scope.coordinated_hits(normalise(question), words, search)
        hits = coordinated or self._search(topic or question, query, LESSON_POOL, filters)
        if not hits and not query.facets:
            # « ont buté sur le financement »: the topic may be in the lessons themselves
            built = lessons_answer([], asked, query, scope, words=words, pool=self.index.all_fiches())
            return _routed(built) if built.answer.citations else None
        if not any(getattr(h.fiche, name).strip() for h in hits for name in asked) and query.facets:
            hits = self._search(topic, query, LESSON_POOL, filters, strict=False) or hits
        if not hits:  # topic words no fiche has (« tirer »): the facets alone
            hits = [Hit(fiche=f, score=1.0) for f in self.retriever.facet_matches(query, filters)]
        if not (query.facets and any(h.matched_facets for h in hits)):
            coordinated = coordinated or rank_scope.coordinated_hits(normalise(question), words, search)
            hits = coordinated or self._about(words, hits, query, filters)
        # « faire venir les papas »: the lessons saying the topic are those of every fiche of the facets
        pool = self.retriever.facet_matches(query, filters) if query.facets or filters else None
        pool = self.index.all_fiches() if pool is None else pool
        fiches, base = [h.fiche for h in hits], self.index.all_fiches
        built = lessons_answer(fiches, asked, query, scope, words=words, pool=pool, base=base)
        return _routed(built)

    def _about(self, words: list[str], hits: list[Hit], query: Query, filters) -> list[Hit]:
        """The fiches a topic without facets is about (« les permanences d'accès aux droits »): those whose
        title has the most topic words — each main word searched alone too, a title may hold one only —,
        completed up to three by the topic search's close hits whose title has one of them (« Jardin créole »
        for « jardin partagé »); without such titles, the hits scoring near the best."""
        main = list(dict.fromkeys(w for w in words if len(w) >= 5))[:3]
        pool = list(hits)
        for word in main if len(main) > 1 else []:
            pool += [h for h in self._search(word, query, LESSON_POOL, filters) if h not in pool]
        pool = list({h.fiche_id: h for h in reversed(pool)}.values())[::-1]  # first occurrence kept
        counts = {h.fiche_id: title_words(h.fiche, main) for h in pool}
        best = max(counts.values(), default=0)
        if best == 0:  # the hits scoring near the best, at least three (retrieval judged them on topic)
            top = max((h.score for h in hits), default=0.0)
            return [h for n, h in enumerate(hits) if n < 3 or h.score >= LESSON_SHARE * top]
        chosen = [h for h in pool if counts[h.fiche_id] == best]
        top = max((h.score for h in hits), default=0.0)
        close = [h for h in hits if h not in chosen and h.score >= LESSON_SHARE * top]
        titled = [h for h in hits if h not in chosen and counts.get(h.fiche_id)]
        # Titles with a topic word first (close ones, then the others the topic search found), then close hits.
        ordered = [*(h for h in close if counts.get(h.fiche_id)), *titled, *close]
        near = list({h.fiche_id: h for h in reversed(ordered)}.values())[::-1]  # first occurrence kept
        return chosen + near[: max(0, 3 - len(chosen))]

    def _search(self, text: str, query: Query, k: int, filters, *, strict: bool = True) -> list[Hit]:
        """Fiches about `text` (facets strict when there are some, unless `strict` is False)."""
        intent = "list" if query.facets and strict else "search"
        topic = Query(text=text, facets=query.facets, intent=intent, keywords=text)
        result = self.retriever.search(topic, k=k, filters=filters)
        return [] if result.no_match else result.hits


def stream_routed(routed: Routed, llm: Any, prompts: Any, failure: str = "") -> Iterator[str | Answer]:
    """The routed answer: extractive without a chat model (or when it just failed on the rewrite), else the
    LLM's, written from the same fiches and facts, checked, and falling back to the extractive one."""
    if llm is None or not routed.answer.citations:
        yield routed.answer
        return
    if failure:
        yield routed.answer.model_copy(
            update={"warnings": [*routed.answer.warnings, fallback_warning(failure)]}
        )
        return
    yield from stream_llm_answer(llm, prompts, routed.result, facts=routed.facts, fallback=routed.answer)


# -- helpers ---------------------------------------------------------------------------------------


def _routed(built: Built, note: str = "") -> Routed:
    answer = built.answer
    if note:
        answer = answer.model_copy(update={"text": answer.text + note})
    result = SearchResult(query=answer.query or Query(text=""), hits=list(answer.hits),
                          total_matching=len(answer.hits))  # fmt: skip
    return Routed(answer=answer, result=result, facts=built.facts)


def _counted(answer: Answer) -> Routed:
    """A count answer; its first paragraph (what was counted, how many) is the fact the LLM prompt gets."""
    return _routed(Built(answer, facts=answer.text.split("\n\n")[0]))


def topic_words(question: str, query: Query, extra: set[str] | None = None) -> list[str]:
    """The question's words left once phrasing, superlatives, typed-figure words, facet triggers and
    `extra` words are taken out: what the fiches must be about (« pique niques »)."""
    norm = normalise(question)
    skip = STOPWORDS | GENERIC | SCAFFOLDING | _OTHER_WORDS | ranking.measure_words(norm) | (extra or set())
    for facet in query.facets:
        skip |= set(normalise(facet.trigger).split())
    skip |= amounts.NUMBER_WORDS  # « les deux actions les moins chères »
    tokens = norm.split()
    words = [
        w
        for n, w in enumerate(tokens)
        if w not in skip
        and len(w) > 2
        and not w.isdigit()
        and not _scaffolding(w, tokens[n - 1] if n else "")
    ]
    return [w for w in words if plural_key(w) not in skip]


def _scaffolding(word: str, before: str) -> bool:
    """A conjugated verb or a participle (« couvre », « existe », « recensés », « répertoriées ») says how
    the question asks, never what the fiches are about — unless an article makes it a noun (« la cuisine »,
    « les sorties »); « l'ensemble des fiches » is the whole base."""
    if word == "ensemble":
        return before == "l"
    if sum_locution(word, before):  # « au total », « au final »: the sum asked for (H2, round 12b)
        return True
    return before not in _ARTICLES and is_verb_form(word)


def _about_topic(hits: list[Hit], topic: list[str]) -> set[str]:
    """The fiches a ranking's topic scopes (« parmi les pique-niques »): those whose title has every topic
    word, else whose text has them all, else — words joined by « ou », « avec » — those whose title has the
    most of the topic's words (at least one of five letters or more)."""
    titled = {h.fiche_id for h in hits if has_words(h.fiche, topic, title_only=True)}
    ids = titled or {h.fiche_id for h in hits if has_words(h.fiche, topic)}
    if ids:
        return ids
    main = [w for w in topic if len(w) >= 5]
    counts = {h.fiche_id: title_words(h.fiche, main) for h in hits}
    best = max(counts.values(), default=0)
    return {i for i, n in counts.items() if n == best} if best else set()


def _lessons_saying(fiches: list[Fiche], words: list[str], asked: tuple[str, ...]) -> list[Fiche]:
    """The fiches whose lessons fields `asked` have the most of the topic's main words (at least one; their
    first five letters: « financement » / « financer »), the most first."""
    stems = {w[:5] for w in words if len(w) >= 5}
    scored = []
    for fiche in fiches:
        have = {w[:5] for name in asked for w in normalise(getattr(fiche, name)).split() if len(w) >= 5}
        if found := len(stems & have):
            scored.append((-found, fiche.title.casefold(), fiche))
    return [fiche for *_, fiche in sorted(scored, key=lambda t: t[:2])]


_ASKING = word_set("qui quel quelle quels quelles quoi lequel laquelle lesquels lesquelles")


def _beside_facets(norm: str, query: Query) -> str:
    """The question without its facets' trigger words: a word of a facet value asks no detail (« le troisième
    âge » names the Seniors public, it asks no age); nor does the cue of a field just before the value it names
    (« actions en partenariat avec l'Éducation nationale » asks no partners: it names one)."""
    ask = ask_of(norm)
    for facet in query.facets:
        trigger = normalise(facet.trigger)
        if not trigger:
            continue
        if ask is not None and ask.field == facet.field:  # « en partenariat avec », never « avec qui »
            cue = rf"(?:{ask.cue.pattern}) (?:(?:l|la|le|les|un|une|des|d|du) )?(?={re.escape(trigger)}(?![^ ]))"
            norm = re.sub(cue, lambda m: m.group() if _ASKING & set(m.group().split()) else " ", norm)
        norm = re.sub(rf"(?<![^ ]){re.escape(trigger)}(?![^ ])", " ", norm)
    return " ".join(norm.split())


def _title_keys(fiche: Fiche) -> set[str]:
    return {plural_key(w) for w in normalise(fiche.title).split() if w not in STOPWORDS | GENERIC}


def _beyond_facets(norm: str, fiche: Fiche, query: Query) -> bool:
    """Does the question write a word of the title besides its facet triggers? A title named only through
    a facet (« FLE » → « Français Langue Etrangère ») is the facet, not the fiche asked about."""
    faceted = {plural_key(w) for f in query.facets for w in normalise(f.trigger).split()}
    return bool(_title_keys(fiche) & ({plural_key(w) for w in norm.split()} - faceted))


def _names_a_set(question: str, query: Query, fiche: Fiche) -> bool:
    """Does a lessons question name more than the fiche whose title it writes — two topic words beyond its
    title (« les permanences d'accès aux droits (logement, écrivain public…) », « les petits-déj et cafés
    conviviaux »)? Then it asks the lessons of a set of fiches."""
    title = [plural_key(w) for w in normalise(fiche.title).split()]
    words = topic_words(question, query, lesson_cues.lesson_cue_words(normalise(question)))
    beyond = {w for w in words if not any(one_typo(plural_key(w), t, min_len=5) for t in title)}
    return len(beyond) >= 2 or _plural_of_title(question, fiche)


def _plural_of_title(question: str, fiche: Fiche) -> bool:
    """Does the question name a kind of action the fiche's title is one of, not that one fiche? « les petits
    déjeuners » for the title « petit déjeuner des habitants », « les pique-niques » for « Pique Nique du
    Pech »: after « les / des / ces » the title's first words come with one of them put in the plural (a
    title already plural stays the fiche: « les petits déjeuners thématiques »); after the asker's own
    (« nos petits déjeuners », « notre fête de quartier ») the title is what the asker runs, the others'
    lessons are asked; after « un / une » (« organiser un pique-nique ») any such action is; so is it when the
    others are said (« les autres », « ailleurs », « d'autres centres »)."""
    title = normalise(fiche.title).split()
    words = normalise(question).split()
    if not title:
        return False
    if any(not set(m.group().split()) & set(title) for m in _OTHERS_SAID.finditer(" ".join(words))):
        return True  # « d'ici et d'ailleurs » in a title is its name
    for i, word in enumerate(words[1:], 1):
        run = words[i : i + len(title)]
        keys = [plural_key(w) for w in run]
        size = next((n for n in range(len(keys), 0, -1) if keys[:n] == title[:n]), 0)
        if not size and plural_key(word) == plural_key(title[0]):
            size = 1
        if not size:
            continue
        if words[i - 1] in _ASKERS_OWN or words[i - 1] in ("un", "une"):
            return True  # « nos petits déjeuners », « organiser un pique-nique »: any such action
        if words[i - 1] in ("les", "des", "ces") and any(
            w != plural_key(w) == t for w, t in zip(run[:size], title[:size], strict=True)
        ):
            return True
    return False


# Others the asker compares with: « les autres », « ailleurs », « d'autres centres / structures ».
_OTHERS_SAID = re.compile(
    r"(?<![^ ])(?:les autres|ailleurs|d autres (?:centres?|structures?|associations?|csc?))(?![^ ])"
)


_NAME_SPLIT = re.compile(r"[,;:?!()«»\"“”.]")
# Words that end a project's name in a question (« le jardin partagé des Hautes-Rives | avec qui … »).
_NAME_ENDS = word_set(
    "avec pour dans qui que qu dont chez est sont ont a il elle ils elles on c ce cet cette combien quel quelle"
    " quels quelles ou quand comment pourquoi y s se n ne"
    " and who what how which when where why did does do is are was were cost costs"  # an English question's
)
_NAME_LINKS = word_set("de des du d la le l les au aux en vers et sur")


def _other_name(question: str, fiche: Fiche, query: Query) -> str:
    """The name of the project the question asks about when it has a word the fiche never says (« le jardin
    partagé des Basses Rives » for « … des Hautes-Rives », « la navette solidaire vers la gare »): a near
    title is then another project. The name is in the part of the question (between punctuation) with the
    most title words (at least two, or the one of a one-word title), from its first title word to a word
    ending it; "" when the fiche says every word of it, or has no real title (a page cut before its title)."""
    keys = _title_keys(fiche)
    if fiche.titre_manquant or not keys:
        return ""
    segments = [re.findall(r"[\w'’-]+", part) for part in _NAME_SPLIT.split(question)]
    words = [[(w, n) for n, token in enumerate(seg) for w in normalise(token).split()] for seg in segments]
    best = max(range(len(words)), key=lambda i: sum(_in_title(w, keys) for w, _ in words[i]))
    segment, found = segments[best], words[best]
    if sum(_in_title(w, keys) for w, _ in found) < min(2, len(keys)):
        return ""
    start = next(i for i, (w, _) in enumerate(found) if _in_title(w, keys))
    ends = _NAME_ENDS - set(normalise(fiche.title).split())  # « Séjour familles à l'océan »: « à » is in it
    titled = set(normalise(fiche.title).split())
    end = next(
        (i for i in range(start, len(found)) if found[i][0] in ends or _finite_verb(found[i][0], titled)),
        len(found),
    )
    name = found[start:end]
    if name[0][1] and normalise(segment[name[0][1] - 1]) in _ASKERS_OWN:
        return ""  # « notre conseil d'administration souhaite … »: the asker's own, never a project's name
    skip = (
        _NAME_LINKS
        | STOPWORDS
        | GENERIC
        | DISCOURSE
        | {w for f in query.facets for w in normalise(f.trigger).split()}
    )
    skip |= interrogative_words(normalise(question))  # « … touchent combien ? »: asking, never a name
    skip |= START_WORDS  # « l'idée du repair café au départ »: when it began, never a name
    skip |= naming.place_locution_words(question)  # « en bas des immeubles »: « au pied des », said otherwise
    # « des pique-niques organisés en 2017 »: a period and a participle describe the actions, never name one
    skip |= {w for w, n in name if w.isdigit() or ranking.participle(segment[n])}
    said = {w[:5] for w in normalise(fiche_text(fiche)).split()}
    if not any(
        w not in skip and len(w) >= 3 and not _in_title(w, keys) and w[:5] not in said for w, _ in name
    ):
        return ""
    return " ".join(segment[name[0][1] : name[-1][1] + 1])


# First-person possessives: what follows is the asker's own setting (« notre conseil d'administration »).
_ASKERS_OWN = word_set("notre nos mon ma mes our my")


_FINITE = re.compile(r"(?:ent|ons|ez|ait|aient|ais|era|eront|erait|iront|ira)$")


def _finite_verb(word: str, titled: set[str]) -> bool:
    """A conjugated verb (« … Français Langue Étrangère viennent de … ») ends a name, unless the title has it."""
    return word not in titled and bool(_FINITE.search(word)) and is_verb_form(word)


def _in_title(word: str, keys: set[str]) -> bool:
    key = plural_key(word)
    return any(one_typo(key, k, min_len=5) or (len(key) >= 5 and key[:5] == k[:5]) for k in keys)


def _names_whole(norm: str, fiche: Fiche) -> bool:
    """Does the question have every content word of the fiche's title (plural-insensitive, one typo)? « le
    Pique-nique zéro plastique » does not name « Pique-nique zéro déchet »."""
    keys = [plural_key(w) for w in norm.split()]
    return all(any(one_typo(t, k, min_len=5) for k in keys) for t in _title_keys(fiche))


def _only_one_counts(norm: str, hits: list[Hit]) -> bool:
    """A count (« combien de personnes inscrites ») that the first fiche states and none of the fiches
    scoring near it does: the text decides what retrieval left close."""
    noun = count_noun(norm)
    if not noun or not hits or not fiche_counts(hits[0].fiche, noun):
        return False
    close = [h for h in hits[1:] if h.score * LEAD > hits[0].score]
    return not any(fiche_counts(h.fiche, noun) for h in close)


# A name written with capitals after the question's first word (« the Fondation de France », « l'ARS »), its
# linking words inside it.
_PROPER_NAME = re.compile(
    r"(?<=[\s'’(«\"])[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+(?:(?:de|du|des|de la|d['’])\s*)?[A-ZÀ-ÖØ-Þ][\w’'-]+)*"
)


def _only_one_names(question: str, hits: list[Hit]) -> bool:
    """A detail asked of a name (« how much did the Fondation de France give … ») that the first fiche's text
    holds and none of the fiches scoring near it does: the name decides what retrieval left close."""
    if not hits:
        return False
    close = [h.fiche for h in hits[1:] if h.score * LEAD > hits[0].score]
    texts = [f" {normalise(fiche_text(f))} " for f in (hits[0].fiche, *close)]
    for match in _PROPER_NAME.finditer(question):
        name = normalise(match.group())
        said = len(name) >= 3 and name not in STOPWORDS and f" {name} " in texts[0]
        if said and not any(f" {name} " in text for text in texts[1:]):
            return True
    return False


DESCRIBED_WORDS = 2  # content words a clause describing one fiche has at least
# A clause naming one thing opens with a determiner (« l'atelier cuisine qui … », « ce repas où … »).
_NAMING_DETERMINERS = word_set(
    "le la l les ce cet cette ces son sa ses leur leurs votre vos notre nos ton ta tes mon ma mes"
)


def _described(question: str) -> list[str]:
    """The content words of the clauses before the one that asks (« L'atelier cuisine qui lutte contre la
    dénutrition, il a lieu quels jours ? »: atelier, cuisine, lutte, contre, denutrition) that the asking
    clause does not repeat; [] for a question of one clause."""
    clauses = [c for part in re.split(r"[,:;]", question) if (c := normalise(part))]
    if len(clauses) < 2 or clauses[0].split()[0] not in _NAMING_DETERMINERS:
        return []  # « Sur le soutien aux parents, … »: a topic framed by a preposition names no one fiche
    asking = set(clauses[-1].split())
    skip = STOPWORDS | GENERIC | DISCOURSE | interrogative_words(" ".join(clauses[:-1]))
    words = [w for c in clauses[:-1] for w in c.split() if len(w) > 2 and w not in skip and w not in asking]
    return list(dict.fromkeys(words))


def _only_one_described(question: str, hits: list[Hit]) -> bool:
    """A detail asked of a fiche described in a clause of its own (« l'atelier cuisine qui lutte contre la
    dénutrition, … quels jours ? ») whose words the first fiche's text has, all of them, and none of the
    fiches scoring near it does: the description decides what retrieval left close."""
    words = _described(question)
    if len(words) < DESCRIBED_WORDS or not hits:
        return False
    close = [h.fiche for h in hits[1:] if h.score * LEAD > hits[0].score]
    return _says_all(hits[0].fiche, words) and not any(_says_all(f, words) for f in close)


def _says_all(fiche: Fiche, words: list[str]) -> bool:
    have = {plural_key(w) for w in normalise(fiche_text(fiche)).split()}
    stems = {w[:5] for w in have}
    return all(plural_key(w) in have or (len(w) >= 5 and w[:5] in stems) for w in words)


def _counts_in_one(norm: str, result: SearchResult) -> bool:
    """« combien d'activités sportives … à Millau »: a noun that may name fiches (activités, ateliers) but
    that only the fiche ahead states a number of is a detail of that fiche, not a count of fiches."""
    noun = count_noun(norm)
    return bool(noun) and plural_key(noun) not in COUNTED_FICHES and _only_one_counts(norm, result.hits)


def _named_whole(result: SearchResult) -> bool:
    """Does the question name a project (`result.named` with its fiche)? Then a detail of it is asked."""
    return result.named is not None and bool(result.named.fiche_ids)


def stands_elsewhere(fiche: Fiche, query: Query) -> bool:
    """Is the fiche outside a place the question names (a département, région or centre facet)? A fiche that
    fills none of the facet's fields (a legacy page without its place) is not known to stand elsewhere."""
    for facet in query.facets:
        if facet.field not in PLACE_FIELDS:
            continue
        filled = [(getattr(fiche, name, "") or "", values) for name, values in facet.pairs()]
        if any(value for value, _ in filled) and not any(value in values for value, values in filled):
            return True
    return False


def _first_at_place(norm: str, result: SearchResult) -> Fiche | None:
    """When the title a question names in part stands elsewhere than the place it names (a namesake of
    another département, common among thousands of fiches), the fiche asked is the one retrieval puts first
    at that place, provided its title has a word of the question besides the facets (« Club emploi au
    féminin » for « le club emploi des femmes dans les Bouches-du-Rhône »); None otherwise."""
    hits = [h for h in result.hits if not stands_elsewhere(h.fiche, result.query)]
    if result.no_match or not hits or hits[0] is not result.hits[0]:
        return None
    return hits[0].fiche if _beyond_facets(norm, hits[0].fiche, result.query) else None


def _namesake_stating(question: str, fiche: Fiche | None, hits: list[Hit]) -> Fiche | None:
    """« quel taux de réussite pour le permis solidaire ? » when retrieval finds several « Permis de conduire
    solidaire » (the chosen fiche, else the first hit, and the hits with the same title words): the one
    namesake whose sentence answering the question states a figure, when exactly one of them does and the
    chosen one (if any) states none; None otherwise (the figure asked is what tells namesakes apart)."""
    norm = normalise(question)
    if not hits or not asks_figure(norm):
        return None
    first = fiche or hits[0].fiche
    own = _title_keys(first)
    same = [first] + [  # one centre's near-duplicates (« Place de / des femmes ») are no namesakes
        h.fiche for h in hits if own and h.fiche.centre != first.centre and _title_keys(h.fiche) == own
    ]
    same = list({f.id: f for f in same}.values())
    if len(same) < 2 or (fiche is not None and _states_figure(fiche, question, norm)):
        return None
    stating = [f for f in same if _states_figure(f, question, norm)]
    return stating[0] if len(stating) == 1 else None


def _states_figure(fiche: Fiche, question: str, norm: str) -> bool:
    """Does the fiche's sentence answering the question hold a figure?"""
    return any(
        _DIGIT.search(sentence) for _, sentence in answer_sentences(fiche, question, "", count_noun(norm))
    )


_DIGIT = re.compile(r"\d")


def _clear_lead(hits: list[Hit]) -> bool:
    return len(hits) == 1 or (len(hits) > 1 and hits[0].score >= LEAD * max(hits[1].score, 1e-9))


def title_words(fiche: Fiche, words: list[str]) -> int:
    """How many of `words` the fiche's title has (plural-insensitive, one typo: « Permenance »)."""
    keys = [plural_key(w) for w in normalise(fiche.title).split()]
    return sum(1 for w in words if any(one_typo(plural_key(w), k, min_len=5) for k in keys))


def has_words(fiche: Fiche, words: list[str], *, title_only: bool = False) -> bool:
    """Every word (plural-insensitive, or its first five letters) is in the fiche's title (and text): the
    fiches whose title has them are what « parmi les pique-niques » means, when there are some."""
    parts = [fiche.title] if title_only else [fiche.title, fiche.resume, fiche.description_experience,
                                              fiche.description_generale, " ".join(fiche.mots_cles)]  # fmt: skip
    text = " ".join(parts)
    have = {plural_key(w) for w in normalise(text).split()}
    stems = {w[:5] for w in have}
    return all(plural_key(w) in have or (len(w) >= 5 and w[:5] in stems) for w in words)
