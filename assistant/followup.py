"""Follow-up questions: « et en Seine-Maritime ? », « lesquelles sont terminées ? », « son budget », « le 2e ».

A follow-up is detected conservatively: a conversation exists, and the question starts with « et », is a short
prepositional phrase, or refers back to the conversation's fiches (`assistant.dialogue`: positions, names,
pronouns and possessives, plural back-references). It becomes, in this order:
- a lookup on one fiche of the focus list when it names one (« la 2 », « le dernier », « celle de Metz »,
  « l'autre », « la suivante »), of the previous lookup's field when it asks nothing more (« et la 2 ? »);
- a lookup on the fiche in focus when it points at it (« son budget », « celui-ci », « qui l'a lancée ? »,
  « et le public ? ») — never a fiche outside the conversation;
- a refinement of the focus list (« lesquelles… », « seulement celles… », « parmi elles… »): the list's topic
  and facets kept, the new facets added (a one-value field, or a place, replaced), and, when the list came
  from its topic alone, only the fiches it showed (`Resolution.within`);
- otherwise a standalone `Query`: by the LLM when one is configured (prompt `reformulation`), else
  deterministically — the previous facets are carried, those of a field the follow-up names are replaced
  (département and région replace each other), new ones are added.
"""

from __future__ import annotations

import importlib
import logging
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from assistant import answerability, dialogue, field_criteria, lesson_cues, mentions
from assistant.answer import COUNT_CITED, COUNTED_FICHES, citation, criteria
from assistant.answer_types import answer_type
from assistant.beyond_list import described_beyond
from assistant.llm import failure_reason, neutralise
from assistant.lookup_asks import START_WORDS, ask_of, asks_funders, count_noun, payer_word, people_count_noun
from assistant.lookup_sentences import answer_sentences, fiche_counts
from assistant.question_clauses import existence_asked, money_clause
from assistant.question_syntax import sum_locution
from assistant.records import Answer, Citation, FacetMatch, Hit, Query, SearchResult, Turn
from ingest import amounts, fields
from ingest.models import Fiche
from ingest.text import DISCOURSE, STOPWORDS, fold, normalise, plural_key, word_set

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from prompts import Prompts

logger = logging.getLogger(__name__)

# Facets of places: a follow-up naming one replaces the other (« et en Bretagne ? » after « en Moselle »).
PLACE_FIELDS = set(fields.facet_fields_named_by(fields.PLACES))
# A list field (partners, publics, mots-clés) holds several values: a refinement adds to it (AND).
LIST_FIELDS = set(fields.list_fields())
_PREPOSITIONS = (
    "en ",
    "avec ",
    "dans ",
    "pour ",
    "sur ",
    "chez ",
    "a ",
    "au ",
    "aux ",
    "parmi ",
    "seulement ",
)
_OPENERS = ("et ", "et,", "mais ", "puis ", "and ")
# A short « et … » naming only a field of the fiche (« et le budget ? ») asks it of the fiche in focus.
SHORT_LOOKUP_WORDS = 6


# Words a reply opens with before its question (« ok, et côté Gers ? », « d'accord, et en Moselle ? »).
_ACKNOWLEDGING = DISCOURSE | word_set("daccord accord d bon alors oui ah oh super parfait tres bien top")


def unprompted(folded: str) -> str:
    """The folded question without the acknowledging words it opens with (`_ACKNOWLEDGING`)."""
    words = folded.split()
    start = next((i for i, w in enumerate(words) if re.sub(r"\W", "", w) not in _ACKNOWLEDGING), len(words))
    return " ".join(words[start:]) if start < len(words) else folded


def is_followup(question: str, history: list[Turn] | None) -> bool:
    """Conservative: only with a previous turn, and only on clear follow-up forms (an opener, a short
    prepositional phrase, a reference to the conversation's fiches by position, name, pronoun or plural)."""
    if not history:
        return False
    q = unprompted(fold(question))
    words = q.split()
    if (q.startswith(_OPENERS) and len(words) <= 10) or (q.startswith(_PREPOSITIONS) and len(words) <= 4):
        return True
    if dialogue.refines_list(question) or dialogue.points_at_focus(question):
        return True
    if (
        dialogue.points_at_list(question)
        or dialogue.description(question)[0]
        or dialogue.counts_list(question)
        or dialogue.plural_head_pronoun(question)
    ):
        return True
    if dialogue.repeats_question(question):
        return True
    return bool(dialogue.positions(question)) or bool(fiche_references(question, history))


def fiche_references(
    question: str, history: list[Turn], facets: list[FacetMatch] | None = None
) -> list[Citation]:
    """The fiches of the focus list the question names by position (« la deuxième », « le 2e et le
    dernier »), by place (« celle de Metz ») or by description (« celle pour les petits », « celle qui est
    terminée »: `facets`, the question's, are the description's too); empty when it names none, or a
    position out of the list."""
    citations = dialogue.focus_list(history)
    if not citations:
        return []
    if dialogue.positions(question):
        return dialogue.list_references(question, citations)
    if (step := dialogue.relative_reference(question)) is not None:
        other = dialogue.relative_to(citations, dialogue.focus_fiche(history), step)
        return [other] if other else []
    fiches = dialogue.cited_fiches(history)
    named = _named_in(question, citations, fiches, facets or [])
    if named is None and not dialogue.described(question, citations, fiches, facets or []):
        # « et celle du Puy-de-Dôme ? » when no fiche of the focus list is: an earlier list's, if one fits
        found = (_named_in(question, cits, fiches, facets or []) for cits in dialogue.earlier_lists(history))
        named = next(filter(None, found), None)
    return [named] if named else []


def _named_in(
    question: str, citations: list[Citation], fiches: dict[str, Fiche], facets: list[FacetMatch]
) -> Citation | None:
    """The one citation of `citations` the question names (« celle de Metz ») or describes."""
    return (
        dialogue.named_reference(question, citations)
        or dialogue.described_reference(question, citations, fiches, facets)
        or (dialogue.titled_reference(question, citations) if len(citations) >= 2 else None)
    )


def fiche_reference(question: str, previous: Answer) -> Citation | None:
    """The citation of `previous` the question points at: « la deuxième », « la 2 », « celle de Metz »."""
    found = fiche_references(question, [Turn(question="", answer=previous)])
    return found[0] if len(found) == 1 else None


def focus_reference(question: str, history: list[Turn], analysed: Query) -> Citation | None:
    """The fiche in focus when the question points at it: a pronoun, a possessive or an anaphoric
    determiner (« son budget », « celui-ci », « cette action »), or a short « et le budget ? » naming only a
    field. Never a fiche outside the conversation."""
    if dialogue.refines_list(question):
        return None
    opens = unprompted(fold(question)).startswith(
        _OPENERS + _PREPOSITIONS
    )  # « et le budget ? », « avec qui ? »
    short = opens and len(question.split()) <= SHORT_LOOKUP_WORDS
    asks_field = bool(analysed.lookup_field) or any(
        dialogue.names_a_field(w) for w in dialogue.tokens(question)
    )
    cited = next((t.answer.citations for t in reversed(history) if t.answer.citations), [])
    single = len(cited) == 1 and dialogue.plural_head_pronoun(question)  # « ils sont partis où ? »
    if dialogue.points_at_focus(question) or single or (short and asks_field and not analysed.facets):
        return dialogue.focus_fiche(history)
    return None


def names_another(analysed: Query, focus: Citation | None, retriever: Any) -> bool:
    """Does the question name by its title a fiche other than the one in focus (any, without a focus): the
    antecedent of its pronoun is then in the question (« et le Repair café, son budget ? »). Asked of the
    title linker."""
    named = getattr(retriever, "named", None)
    link = named(analysed) if named is not None else None
    return bool(link and link.fiche_ids) and (focus is None or focus.fiche_id not in link.fiche_ids)


def implicit_focus(question: str, history: list[Turn], analysed: Query) -> Resolution | None:
    """« le reste à charge ? », « qui étaient les partenaires ? » right after an answer about one fiche: a bare
    noun phrase, or a short question about a definite field noun, naming no facet, that asks a field or words
    the fiche's text says, is asked of that fiche."""
    cited = next((t.answer.citations for t in reversed(history) if t.answer.citations), [])
    definite = dialogue.definite_field_question(question) and not dialogue.names_proper_noun(question)
    if len(cited) != 1 or analysed.facets or not (dialogue.bare_noun_phrase(question) or definite):
        return None
    fiche = dialogue.cited_fiches(history).get(cited[0].fiche_id)
    asks_field = bool(analysed.lookup_field) or any(map(dialogue.names_a_field, dialogue.tokens(question)))
    if asks_field or (fiche is not None and lookup_field(question, analysed, fiche) == ""):
        return on_fiche(question, cited[0], analysed, fiche=fiche)
    return None


def counted_focus(question: str, history: list[Turn], analysed: Query) -> Resolution | None:
    """« Combien de bénévoles ont aidé ? », « combien de ces propositions … ? » right after an answer about one
    fiche whose text counts them (« 7 bénévoles », « 48 propositions »), naming no proper noun nor a facet the
    fiche lacks: a figure of that fiche, not a new search nor a refinement of its list."""
    cited = next((t.answer.citations for t in reversed(history) if t.answer.citations), [])
    noun = count_noun(normalise(question))
    if len(cited) != 1 or not noun or dialogue.names_proper_noun(question):
        return None
    fiche = dialogue.cited_fiches(history).get(cited[0].fiche_id)
    if fiche is None or not all(mentions.has_facet(fiche, f) for f in analysed.facets):
        return None  # a facet the fiche lacks (« … dans le Gers ») asks about other fiches
    # people set apart the fiche does not count (« les petits ») are people
    noun = people_count_noun(normalise(question), lambda n: fiche_counts(fiche, n))
    if plural_key(noun) in COUNTED_FICHES or not fiche_counts(fiche, noun):
        return None
    return on_fiche(question, cited[0], analysed, fiche=fiche)


def counting_match(question: str, history: list[Turn], focus: Fiche | None, retriever: Any) -> Fiche | None:
    """« Ils étaient combien de bénévoles là-dessus ? » after a list answer that showed only its best match
    (« 4 fiches correspondent … ; la plus pertinente : [1] »): when its first fiche counts no such thing and
    exactly one other fiche that list stood for does (`_matched`), the action asked about is that one (the
    list matched the question, its first guess cannot answer). None otherwise."""
    turn = history[-1] if history else None
    noun = count_noun(normalise(question))
    if turn is None or focus is None or not noun or not dialogue.list_turn([turn]):
        return None
    if [c.fiche_id for c in turn.answer.citations[:1]] != [focus.id]:
        return None  # the pronoun points at the list's first fiche, a guess
    previous = turn.answer.query
    if previous is None or not previous.facets or plural_key(noun) in COUNTED_FICHES:
        return None
    if fiche_counts(focus, noun) or retriever is None:
        return None
    others = {
        f.id: f for f in _matched(turn, previous, retriever) if f.id != focus.id and fiche_counts(f, noun)
    }
    return next(iter(others.values())) if len(others) == 1 else None


MATCHED = 5  # fiches of the list question's own search read for the one that can answer


def _matched(turn: Turn, previous: Query, retriever: Any) -> list[Fiche]:
    """The fiches a list answer stood for: those it showed or its facets matched, and the first ones its
    question's own search finds (its facets boosting only)."""
    topic = previous.model_copy(update={"intent": "search", "lookup_field": ""})
    result = retriever.search(topic, k=MATCHED)
    found = [] if result.no_match else [h.fiche for h in result.hits]
    return [*listed_fiches(turn, previous, retriever), *found]


def typed_focus(question: str, history: list[Turn], analysed: Query) -> Resolution | None:
    """« et le bailleur social, il a mis combien ? » right after an answer about one fiche: a question asking a
    type of answer (`answer_types`: a sum, a date, a person…) whose facets the fiche holds (they say which
    part of it: « le bailleur » one of its partners) asks that fiche, not a new list."""
    cited = next((t.answer.citations for t in reversed(history) if t.answer.citations), [])
    if len(cited) != 1 or answer_type(normalise(question)) is None:
        return None
    fiche = dialogue.cited_fiches(history).get(cited[0].fiche_id)
    if fiche is None or not all(mentions.has_facet(fiche, f) for f in analysed.facets):
        return None
    return on_fiche(question, cited[0], analysed, fiche=fiche)


def given_focus(question: str, history: list[Turn], analysed: Query, retriever: Any) -> Resolution | None:
    """« les jeunes sont payés combien ? » right after an answer about one fiche: its facets written as
    definite noun phrases (« les jeunes »: the given, that fiche's own public) that the fiche holds, with a
    type of answer asked, ask that fiche (`typed_focus`), not a new list of every fiche with the facet."""
    norm = normalise(question)
    definite = all(
        re.search(rf"\b(?:le|la|les|l|ces|leurs?|ses) {re.escape(normalise(f.trigger))}\b", norm)
        for f in analysed.facets
    )
    if not analysed.facets or not definite or dialogue.names_proper_noun(question):
        return None
    if names_another(analysed, None, retriever):
        return None
    return typed_focus(question, history, analysed)


def _beyond_field(question: str) -> list[str]:
    """The detail words of a question outside what names the field it asks (« qui a eu l'idée de départ ? »:
    the lookup pattern « qui a eu l idee » removed → ["depart"])."""
    text = normalise(question)
    for pattern, _ in fields.lookup_patterns():
        text = re.sub(pattern, " ", text)
    words = text.split()  # « au total », « au final » frame the sum asked, never a detail of the fiche
    text = " ".join(w for i, w in enumerate(words) if not (i and sum_locution(w, words[i - 1])))
    return [w for w in dialogue.detail_words(text) if not dialogue.names_a_field(w)]


def _names_a_fiche(analysed: Query, retriever: Any) -> bool:
    """Does the title linker find a fiche the question names, by more than a locution of a start (« l'action
    au départ » is no title)?"""
    named = getattr(retriever, "named", None)
    link = named(analysed) if named is not None else None
    if not (link and link.fiche_ids):
        return False
    return any(w not in START_WORDS and w not in STOPWORDS for w in normalise(link.mention).split())


def unanchored_lookup(
    question: str, history: list[Turn], analysed: Query, retriever: Any
) -> Resolution | None:
    """« Qui a eu l'idée de départ ? », « Qui est à l'origine du projet ? » right after an answer about one
    fiche: a question asking a field of the fiche, with nothing naming another one (no facet, proper noun,
    title, nor a word beyond the field's that the fiche does not say, a locution of a start aside) — its
    antecedent is the fiche of the conversation, not a fiche sharing a word with it. Right after a list answer
    (« qui finance, et pour combien au total ? »), each listed fiche is asked, side by side (`each_listed`): a
    search for the question's field alone would name an unrelated fiche."""
    cited = next((t.answer.citations for t in reversed(history) if t.answer.citations), [])
    if priced := _asks_price(question):  # « ça revient à combien pour les participants ? »: its people pay
        people = [f for f in analysed.facets if f.field != "public"]
        analysed = analysed.model_copy(update={"intent": "lookup", "lookup_field": "", "facets": people})
    elif analysed.intent != "lookup" or not analysed.lookup_field:
        return None
    if not cited or analysed.facets:
        return None
    if dialogue.names_proper_noun(question) or _names_a_fiche(analysed, retriever):
        return None
    beyond = [w for w in _beyond_field(question) if w not in START_WORDS]
    if priced:  # who pays (« pour les participants ») and the verb of paying are no criterion of the fiche
        paying = set(money_clause(normalise(question)))
        beyond = [w for w in beyond if not payer_word(w) and normalise(w) not in paying]
    fiches = dialogue.cited_fiches(history)
    said = [answerability.FicheWords(f) for c in cited if (f := fiches.get(c.fiche_id)) is not None]
    if not said or not all(any(s.has(plural_key(w)) for s in said) for w in beyond):
        return None
    if len(cited) > 1:  # « qui finance, et pour combien ? » right after a list: asked of each listed fiche
        return each_listed(question, history, analysed)
    return on_fiche(question, cited[0], analysed, fiche=fiches.get(cited[0].fiche_id))


def each_listed(question: str, history: list[Turn], analysed: Query) -> Resolution | None:
    """The detail a question asks, asked of each fiche of the list answer just given (side by side, as
    « et leurs budgets ? » is): None when the last answer citing fiches was no list (a lookup on one)."""
    turn = next((t for t in reversed(history) if t.answer.citations), None)
    if turn is None or not dialogue.list_turn([turn]):
        return None
    query = Query(text=question, intent="compare", lookup_field=lookup_field(question, analysed))
    return Resolution(query=query, followup=True, fiche_ids=[c.fiche_id for c in turn.answer.citations])


def _asks_price(question: str) -> bool:
    """Does the question ask what the people taking part pay (`lookup_asks.ask_of`: « price »)?"""
    return (ask := ask_of(normalise(question))) is not None and ask.name == "price"


def merge_facets(previous: list[FacetMatch], new: list[FacetMatch]) -> list[FacetMatch]:
    """Previous facets, minus those of the fields the follow-up names (place replaces place), plus the new ones."""
    named = {f.field for f in new}
    if named & PLACE_FIELDS:
        named |= PLACE_FIELDS
    # a facet read in two fields (« familles »: mots-clés Famille or public familles) is replaced through either
    return [f for f in previous if f.field not in named and not set(f.also) & named] + list(new)


LOOSENED_READ = 50  # fiches of the new facets read for a dropped facet's words (bounded at 20,000 fiches)


def loosened(query: Query, analysed: Query, retriever: Any) -> Query:
    """A follow-up replacing a facet (« et dans la Loire-Atlantique ? ») keeps, of the facets carried from the
    topic turn, those some fiche of its new facets has too, one by one in order; one it drops must be said in
    words by such a fiche (« Enfance & jeunesse » read from « les enfants »: a fiche counting « 18 enfants »
    fills it by its text, and the words stay in the query's text). Unchanged when the whole set matches a
    fiche, the new facets alone none, or a dropped facet's words no fiche of them says (« avec des bailleurs
    sociaux » is a criterion: no list without it)."""
    from assistant.fiche_words import FicheWords

    new = [f for f in query.facets if f in analysed.facets]
    carried = [f for f in query.facets if f not in new]
    matches = getattr(retriever, "facet_matches", None)
    if not new or not carried or matches is None or matches(query):
        return query
    kept = query.model_copy(update={"facets": new})
    if not matches(kept):
        return query
    for facet in carried:
        wider = kept.model_copy(update={"facets": [*kept.facets, facet]})
        kept = wider if matches(wider) else kept
    words = [FicheWords(f) for f in matches(kept)[:LOOSENED_READ]]
    dropped = [f for f in carried if f not in kept.facets]
    return kept if all(any(w.says(f.trigger) for w in words) for f in dropped) else query


def narrow_facets(previous: list[FacetMatch], new: list[FacetMatch]) -> list[FacetMatch]:
    """A refinement's facets: the previous ones and the new ones, all required (« lesquelles ont la CAF ? »
    after « avec des bailleurs »: both partners); a one-value field (statut, place) is replaced."""
    replaced = {f.field for f in new if f.field not in LIST_FIELDS}
    if replaced & PLACE_FIELDS:
        replaced |= PLACE_FIELDS
    have = {(f.field, tuple(f.values)) for f in previous}
    kept = [f for f in previous if f.field not in replaced]
    return kept + [f for f in new if (f.field, tuple(f.values)) not in have or f.field in replaced]


def _replaces(previous: list[FacetMatch], new: list[FacetMatch]) -> bool:
    """Does a new facet replace one of the previous ones (a one-value field, or a place for a place)? Then
    the follow-up asks for the list's siblings, not a part of it."""
    replaced = {f.field for f in new if f.field not in LIST_FIELDS}
    if replaced & PLACE_FIELDS:
        replaced |= PLACE_FIELDS
    return any(f.field in replaced for f in previous)


def lookup_field(question: str, analysed: Query, fiche: Fiche | None = None) -> str:
    """The field a question about one fiche asks for: the analysis's, else a word naming a field
    (« financeurs », « partenaires »), else the field of a value it names; else, when it asks a detail that
    a sentence of the fiche's text holds (« c'est animé par qui ? », « son reste à charge ? »), no field
    (the lookup reads the text); else the résumé (« la 2 », « parle-moi de celle-ci »)."""
    if _asks_price(question):
        return ""  # « ça revient à combien pour les participants ? »: the text's price, not the budget
    if analysed.lookup_field:
        return analysed.lookup_field
    if asks_funders(normalise(question)):  # « qui met de l'argent dedans ? »: the funders, never the budget
        return amounts.MONEY_FIELD
    words = dialogue.tokens(question)
    named = fields.lookup_field_for(words) or next(filter(None, map(dialogue.field_named_by, words)), "")
    # « est-elle en cours ? », « a-t-elle la CAF ? »: the field of the value it names — unless a type of
    # answer is asked (« elle reçoit combien de l'ARS ? », « il verse combien aux jeunes ? »: a sum, which
    # the value only qualifies)
    if answer_type(normalise(question)) is None:
        named = named or next((f.field for f in analysed.facets), "")
    if named:
        return named
    asks_detail = fiche is not None and dialogue.detail_words(question)
    return "" if asks_detail and answer_sentences(fiche, question) else "resume"


@dataclass
class Resolution:
    """What to search for after resolving a follow-up."""

    query: Query
    fiche_id: str = ""  # set when the follow-up points at one fiche of the conversation
    followup: bool = False
    llm_failure: str = ""  # why the LLM could not rewrite the follow-up (French), if it failed
    # A refinement: only these fiches (the focus list), in order.
    within: list[str] = field(default_factory=list)
    # Every fiche of the focus list the follow-up names (« compare la 1 et la 3 »).
    fiche_ids: list[str] = field(default_factory=list)
    notice: str = ""  # said instead of answering (French): a position outside the focus list
    listed: int = 0  # how many fiches the list `within` was taken from had (0: as many as `within`)
    criterion: str = (
        ""  # a criterion of the refinement that is no facet (French): « nombre de bénévoles renseigné »
    )


def deterministic_query(question: str, previous: Query, analysed: Query, *, narrow: bool = False) -> Query:
    """Carry the previous facets, replace/add the follow-up's (`narrow`: add, as a refinement does); keep
    the previous shape and topic unless a new one is asked."""
    facets = (narrow_facets if narrow else merge_facets)(previous.facets, analysed.facets)
    intent = analysed.intent if analysed.intent != "search" else previous.intent
    if intent in {"lookup", "similar"}:
        intent = "list" if facets else "search"
    group_by = analysed.group_by or (previous.group_by if intent == "aggregate" else "")
    keywords = " ".join(k for k in (previous.keywords, analysed.keywords) if k)
    return Query(
        text=f"{previous.text} {dialogue.without_phrasing(question)}".strip(),
        facets=facets,
        intent=intent,
        group_by=group_by,
        keywords=keywords,
    )


def on_fiche(
    question: str,
    cited: Citation,
    analysed: Query,
    cited_ids: list[str] | None = None,
    fiche: Fiche | None = None,
    previous: str = "",
) -> Resolution:
    """A lookup on one fiche of the conversation (`fiche`: its record, when an answer carried it); a question
    asking nothing more (« et la deuxième ? ») asks the field the previous lookup asked (`previous`)."""
    field_ = previous or lookup_field(question, analysed, fiche)
    query = Query(text=f"{question} ({cited.title})", intent="lookup", lookup_field=field_)
    return Resolution(
        query=query, fiche_id=cited.fiche_id, followup=True, fiche_ids=cited_ids or [cited.fiche_id]
    )


def previous_field(question: str, history: list[Turn]) -> str:
    """The field the previous turn's lookup asked, when the question asks nothing more of the fiche it names
    (« qui finance la première ? » then « et la deuxième ? »); '' otherwise (the résumé, a text detail)."""
    previous = history[-1].answer.query if history else None
    if previous is None or previous.intent != "lookup" or previous.lookup_field == "resume":
        return ""
    return previous.lookup_field if dialogue.asks_nothing_more(question) else ""


def on_list(question: str, history: list[Turn], analysed: Query) -> Resolution | None:
    """« et leurs budgets ? », « qui les finance ? » after an answer citing several fiches: the detail
    asked of each of them, side by side (a comparison of the list's first fiches). Lessons (« et leurs
    limites ? ») keep their own grouped answer."""
    cited = next((t.answer.citations for t in reversed(history) if t.answer.citations), [])
    each = dialogue.points_at_list(question) or dialogue.plural_head_pronoun(question)
    if len(cited) < 2 or not each or (dialogue.refines_list(question) and analysed.facets):
        return (
            None  # « celles en cours, qui les finance ? » narrows the list; « et celles-là, qui … » does not
        )
    if lesson_cues.lesson_fields(normalise(question)):
        return None
    query = Query(text=question, intent="compare", lookup_field=lookup_field(question, analysed))
    return Resolution(query=query, followup=True, fiche_ids=[c.fiche_id for c in cited])


def repeated_lookup(question: str, history: list[Turn], analysed: Query) -> Resolution | None:
    """« même question pour la Permenance logement » after a detail asked of one fiche: the same field asked
    of what the follow-up names (its title found by the usual linking). None when the previous turn was no
    lookup, or the follow-up names a place (then it repeats a list question: « pareil en Bretagne »)."""
    previous = history[-1].answer.query
    if previous is None or previous.intent != "lookup" or {f.field for f in analysed.facets} & PLACE_FIELDS:
        return None
    field = previous.lookup_field or lookup_field(question, analysed)
    query = Query(text=dialogue.without_phrasing(question), intent="lookup", lookup_field=field)
    return Resolution(query=query, followup=True)


def out_of_list(positions: list[int], history: list[Turn]) -> str:
    """« la 7 » when the focus list has 2 fiches: what the list holds, and how to point into it."""
    count = len(dialogue.focus_list(history)) or len(history[-1].answer.citations if history else [])
    if not count:  # a detail of one fiche lists none, but cites it: « cite 1 fiche »
        return "La réponse précédente ne cite aucune fiche : reposez la question avec le sujet ou le titre."
    asked = next((p for p in positions if p > count or -p > count), positions[0])
    name = "avant-dernière" if asked == dialogue.LAST - 1 else f"n° {asked}"
    listed = "1 fiche" if count == 1 else f"{count} fiches, numérotées de 1 à {count}"
    return f"La réponse précédente cite {listed} : il n'y a pas de fiche {name}."


def not_described(question: str, count: int) -> str:
    """« celle de Rouen » when no fiche of the list is: say so, with the words looked for."""
    folded = set(dialogue.description(question)[1])
    words = " ".join(w for w in re.findall(r"[^\W\d_]+", question) if fold(w) in folded)
    if count == 1:
        return f"La fiche de la réponse précédente ne correspond pas à « {words} »."
    return f"Aucune des {count} fiches de la réponse précédente ne correspond à « {words} »."


def refinement(
    question: str,
    history: list[Turn],
    analysed: Query,
    retriever: Any = None,
    *,
    within: list[str] | None = None,
    narrowed: bool = False,
) -> Resolution:
    """The focus list narrowed: its query with the new facets added. When the list came from its topic
    alone (no facet: the list is the only definition of « elles ») or the follow-up adds facets (« parmi
    elles, celles qui sont terminées »: a facet applied to the list, whatever else it says), restricted to
    the list — the fiches it showed, then the others its facets matched (it said how many there were).
    `within`: restricted to these fiches of the list (those a description fits); `narrowed`: restricted
    to the list whatever the facets."""
    turn = dialogue.list_turn(history) or history[-1]
    previous = turn.answer.query or Query(text=turn.question)
    if not within and (by_field := field_refinement(question, turn, previous, analysed, retriever)):
        return by_field
    contrast = _contrasted(question, previous.facets, analysed.facets)
    query = deterministic_query(question, previous, analysed, narrow=not contrast)
    if within:
        return Resolution(query=query, followup=True, within=within)
    sibling = not analysed.facets or _replaces(previous.facets, analysed.facets) or contrast
    if previous.facets and sibling and not narrowed:
        return Resolution(query=query, followup=True)  # « et celles en cours ? » after « … terminées »
    shown = [c.fiche_id for c in turn.answer.citations]
    matched = [f.id for f in retriever.facet_matches(previous)] if previous.facets and retriever else []
    if not previous.facets and query.facets and retriever is not None and len(shown) >= full_list():
        matched = topic_extent(turn.question, previous, query.facets, retriever)  # a list cut: its topic
    listed = list(dict.fromkeys(shown + matched))
    if not (query.facets and retriever and previous.facets):
        return Resolution(query=query, followup=True, within=listed)
    # a facet list narrowed by facets: exactly its fiches having them (what a ranking over « elles » ranks)
    keep = {f.id for f in retriever.facet_matches(query)}
    kept = [i for i in listed if i in keep]
    if not kept:  # none of the list: the narrowed query searched as usual (its near misses shown)
        return Resolution(query=query, followup=True)
    return Resolution(query=query, followup=True, within=kept, listed=len(listed))


TOPIC_EXTENT = 50  # fiches with a refinement's facets searched for those of a topic-only list's topic


@cache
def full_list() -> int:
    """How many fiches a list answer shows by default (`Settings.retrieval_k`): a topic list showing that many
    was cut there, one showing fewer showed every fiche it found."""
    from config import Settings

    return Settings.model_fields["retrieval_k"].default


def topic_extent(question: str, previous: Query, facets: list[FacetMatch], retriever: Any) -> list[str]:
    """« lesquelles sont en cours ? », « seulement celles en Moselle » after a list asked by its topic alone
    (« des permanences pour les papiers ? »): the fiches of that topic having the refinement's facets, beyond
    the 5 it showed (at 20,000 fiches the one meant is rarely among them). The topic is scoped as a ranking's
    is (`rank_scope.topic_ids`: the fiches saying its words), among the first TOPIC_EXTENT fiches with the
    facets that the topic's search finds; in that order."""
    from assistant import rank_scope
    from assistant.routing import topic_words

    question = previous.keywords or question  # its words of content (« des trucs sur » aside)
    topic = topic_words(question, previous)
    search_ = getattr(retriever, "search", None)
    if not topic or search_ is None:
        return []

    def search(text: str) -> list[Hit]:
        asked = Query(text=text, facets=facets, intent="list", keywords=text)
        result = search_(asked, k=TOPIC_EXTENT)
        return [] if result.no_match else result.hits

    hits = search(" ".join(topic))
    ids = rank_scope.topic_ids(normalise(question), topic, search, loose=False)
    return [h.fiche_id for h in hits if h.fiche_id in ids]


# « et celles avec la mairie ? » after « … avec la Caf »: the list's siblings, one criterion changed; never
# with a word restricting the list (« et parmi elles, celles … », « et seulement celles … ») nor one adding
# the criterion to the list's (« et celles où la mairie est aussi partenaire ? », « … en plus la mairie »).
_CONTRAST = re.compile(r"^et (?:pour |avec |en |dans )?(?:celles|ceux)\b")
_RESTRICTING = re.compile(
    r"\b(?:parmi|seulement|juste|uniquement|rien que|lesquel\w*|garde\w*|aussi|egalement|en plus|en meme temps)\b"
)


def _contrasted(question: str, previous: list[FacetMatch], new: list[FacetMatch]) -> bool:
    """Does the follow-up contrast the list with its siblings (« et celles avec la mairie ? »): « et celles »
    opening it, no restricting word, and each new criterion of a field the list's criteria have — that one
    value replaced, not added?"""
    folded = unprompted(fold(question))
    fields_ = {f.field for f in previous}
    return (
        bool(new and _CONTRAST.search(folded))
        and not _RESTRICTING.search(folded)
        and all(f.field in fields_ for f in new)
    )


def _list_query(history: list[Turn]) -> Query:
    """The query of the focus list's answer (an empty one when it carries none)."""
    turn = dialogue.list_turn(history)
    return (turn.answer.query if turn else None) or Query(text="")


def listed_fiches(turn: Turn, previous: Query, retriever: Any) -> list[Fiche]:
    """The fiches of a list answer: those it showed, then the others its facets matched (it said how many)."""
    shown = [hit.fiche for hit in turn.answer.hits]
    matched = retriever.facet_matches(previous) if previous.facets and retriever is not None else []
    return list({f.id: f for f in [*shown, *matched]}.values())


def field_refinement(
    question: str, turn: Turn, previous: Query, analysed: Query, retriever: Any
) -> Resolution | None:
    """« seulement celles qui sont parties d'une idée d'habitants », « celles qui ont des bénévoles »: the list
    narrowed on a field the analysis does not read as a facet there (`assistant.field_criteria`: the
    initiative, a typed figure), its topic and facets kept — exactly the listed fiches meeting it, or a notice
    that none does. None when the question names no such field."""
    listed = listed_fiches(turn, previous, retriever)
    origin = field_criteria.origin_facet(question, listed)
    measure = field_criteria.having_measure(question, analysed.facets)
    if not listed or (origin is None and not measure):
        return None
    new = [f for f in analysed.facets if origin is None or f.field != origin.field] + (
        [origin] if origin else []
    )
    facets = narrow_facets(previous.facets, new)
    intent = (
        previous.intent if previous.intent not in {"lookup", "similar"} else ("list" if facets else "search")
    )
    query = previous.model_copy(update={"facets": facets, "intent": intent})
    noun = f"{field_criteria.measure_noun(measure)} renseigné" if measure else ""
    kept = [
        f.id
        for f in listed
        if all(dialogue.has_facet(f, x) for x in new)
        and (not measure or field_criteria.has_measure(f, measure))
    ]
    if not kept:
        wanted = ", ".join(filter(None, [criteria(new), noun]))
        notice = f"{none_within(len(listed))} ({wanted})."
        return Resolution(query=query, followup=True, notice=notice)
    return Resolution(query=query, followup=True, within=kept, listed=len(listed), criterion=noun)


def history_text(history: list[Turn], turns: int = 3) -> str:
    blocks = []
    for turn in history[-turns:]:
        cited = "; ".join(f"[{c.n}] {c.title} — {c.centre} ({c.departement})" for c in turn.answer.citations)
        blocks.append(f"Question : {turn.question}\nFiches citées : {cited or 'aucune'}")
    return "\n\n".join(blocks)


# What a provider call ends in when the model is unreachable, slow, refusing or answering nonsense. The
# project's own bugs (TypeError, AttributeError, KeyError…) are not among them, so they surface.
_PROVIDER_ERRORS = (
    ("openai", "OpenAIError"),
    ("httpx", "HTTPError"),
    ("ollama", "ResponseError"),
    ("langchain_core.exceptions", "LangChainException"),
)


@cache
def _llm_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [OSError, TimeoutError, ValueError]
    for module_name, class_name in _PROVIDER_ERRORS:
        try:
            errors.append(getattr(importlib.import_module(module_name), class_name))
        except (ImportError, AttributeError):
            continue  # that provider is not installed: it cannot raise
    return tuple(errors)


def llm_standalone(llm: BaseChatModel, prompts: Prompts, question: str, history: list[Turn]) -> str:
    """The follow-up rewritten as a standalone question by the LLM (first non-empty line)."""
    from langchain_core.messages import HumanMessage

    prompt = prompts.reformulation.render(
        historique=neutralise(history_text(history)), question=neutralise(question)
    )
    reply = llm.invoke([HumanMessage(content=prompt)])
    content = reply.content if isinstance(reply.content, str) else str(reply.content)
    line = next((ln.strip(' "«»') for ln in content.splitlines() if ln.strip()), "")
    if not line or len(line) > 400:
        raise ValueError("empty or overlong reformulation")
    return line


def _affirmed(question: str, analysed: Query) -> Query:
    """The follow-up's query without the criteria it excludes (« seulement celles qui sont arrêtées, pas
    celles en cours »: `field_criteria.negated_facets`)."""
    negated = field_criteria.negated_facets(question, analysed.facets)
    if not negated:
        return analysed
    return analysed.model_copy(update={"facets": [f for f in analysed.facets if f not in negated]})


def _listing(analysed: Query) -> Query:
    """The analysed question asking for fiches: a lookup its words suggested becomes a list (a search)."""
    if analysed.intent != "lookup":
        return analysed
    intent = "list" if analysed.facets else "search"
    return analysed.model_copy(update={"intent": intent, "lookup_field": ""})


def resolve(
    question: str,
    history: list[Turn] | None,
    retriever: Any,
    llm: BaseChatModel | None = None,
    prompts: Prompts | None = None,
) -> Resolution:
    """The standalone query for `question`, given the conversation so far."""
    if not is_followup(question, history):
        analysed = retriever.analyse(question)
        if existence_asked(question):  # « vous avez une action où … ? »: a list, not a detail
            return Resolution(query=_listing(analysed))
        if history and (implicit := implicit_focus(question, history, analysed)):
            return implicit
        if history and (given := given_focus(question, history, analysed, retriever)):
            return given
        if history and (unanchored := unanchored_lookup(question, history, analysed, retriever)):
            return unanchored
        if (
            history
            and not names_another(analysed, None, retriever)
            and (counted := counted_focus(question, history, analysed))
        ):
            return counted
        return Resolution(query=analysed)
    analysed = _affirmed(question, retriever.analyse(question))
    fiches = dialogue.cited_fiches(history)
    if cited := fiche_references(question, history, analysed.facets):
        ids = [c.fiche_id for c in cited]
        described = dialogue.described_facets(question, analysed.facets)  # not the detail asked
        asked = analysed.model_copy(update={"facets": [f for f in analysed.facets if f not in described]})
        again = previous_field(question, history)
        return on_fiche(question, cited[0], asked, ids, fiches.get(cited[0].fiche_id), again)
    if (positions := dialogue.positions(question)) and not analysed.facets:
        return Resolution(query=analysed, followup=True, notice=out_of_list(positions, history))
    own = names_another(analysed, None, retriever) or dialogue.names_proper_noun(question)
    if dialogue.points_at_list(question) and own:
        return Resolution(query=analysed)  # « A ou B : qu'est-ce qui les distingue ? »: its own antecedents
    if counted := counted_focus(question, history, analysed):  # « combien de ces propositions … » it counts
        return counted
    if each := on_list(question, history, analysed):
        return each
    if dialogue.description(question)[0] and (listed := dialogue.focus_list(history)):
        # « celle de Moselle » when several fiches of the list fit, or none: never the list's [1]
        fitting = dialogue.described(question, listed, fiches, analysed.facets)
        if fitting:
            return refinement(question, history, analysed, retriever, within=[c.fiche_id for c in fitting])
        criterion = dialogue.described_facets(question, analysed.facets)
        if criterion and _list_query(history).facets:  # a criterion: the whole list narrowed
            return refinement(question, history, analysed, retriever, narrowed=True)
        if beyond := described_beyond(question, history, analysed.facets, retriever):
            # a fiche the list stood for without showing it (« celui de Guadeloupe » among 300 jardins)
            asked = analysed.model_copy(update={"facets": [f for f in analysed.facets if f not in criterion]})
            return on_fiche(question, beyond[0], asked, fiche=beyond[1])
        if criterion:
            return refinement(question, history, analysed, retriever, narrowed=True)
        return Resolution(query=analysed, followup=True, notice=not_described(question, len(listed)))
    if focus := focus_reference(question, history, analysed):
        if names_another(analysed, focus, retriever):  # « et le Repair café, son budget ? »
            return Resolution(query=analysed, followup=True)
        if other := counting_match(question, history, fiches.get(focus.fiche_id), retriever):
            return on_fiche(question, citation(focus.n, other), analysed, fiche=other)
        return on_fiche(question, focus, analysed, fiche=fiches.get(focus.fiche_id))
    if not own and (typed := typed_focus(question, history, analysed)):
        return typed
    if dialogue.refines_list(question) and dialogue.focus_list(history):
        return refinement(question, history, analysed, retriever)
    if dialogue.repeats_question(question) and (repeated := repeated_lookup(question, history, analysed)):
        return repeated
    topic = dialogue.topic_turn(history)
    previous = topic.answer.query or retriever.analyse(topic.question)
    if llm is not None and prompts is not None:
        try:
            standalone = llm_standalone(llm, prompts, question, history)
            logger.info("Follow-up %r rewritten by the LLM as %r", question, standalone)
            return Resolution(query=retriever.analyse(standalone), followup=True)
        except _llm_errors() as exc:  # the deterministic rewrite is always available
            logger.warning("LLM reformulation failed (%s); deterministic follow-up", exc)
            query = deterministic_query(question, previous, analysed)
            return Resolution(query=query, followup=True, llm_failure=failure_reason(exc))
    query = loosened(deterministic_query(question, previous, analysed), analysed, retriever)
    return Resolution(query=query, followup=True)


# ---------------------------------------------------------------- a refinement restricted to the focus list

WITHIN = "Parmi les {n} fiches de la réponse précédente"
WITHIN_ONE = "Sur la fiche de la réponse précédente"  # never « Parmi les 1 fiches »
NONE_WITHIN = "Aucune des {n} fiches de la réponse précédente ne correspond"
NONE_WITHIN_ONE = "La fiche de la réponse précédente ne correspond pas"


def none_within(n: int) -> str:
    """« Aucune des 4 fiches de la réponse précédente ne correspond », « La fiche … ne correspond pas »."""
    return NONE_WITHIN_ONE if n == 1 else NONE_WITHIN.format(n=n)


def within(n: int) -> str:
    """« Parmi les 4 fiches de la réponse précédente », « Sur la fiche de la réponse précédente »."""
    return WITHIN_ONE if n == 1 else WITHIN.format(n=n)


def within_result(
    resolution: Resolution, retriever: Any, get_fiche: Any, filters: Any, k: int
) -> SearchResult:
    """The fiches of `resolution.within` (the focus list, in its order) that answer the refined query: those
    having all its facets and passing the filters, else — no facet — those the search finds."""
    query = resolution.query
    if query.facets or filters:
        keep = {fiche.id for fiche in retriever.facet_matches(query, filters)}
    else:
        found = retriever.search(query, k=max(k, len(resolution.within)), filters=filters)
        keep = {hit.fiche_id for hit in found.hits}
    kept = [i for i in resolution.within if i in keep]
    limit = max(k, COUNT_CITED)  # every fiche kept is cited, as a count cites what it counts, up to a limit
    # at scale « parmi elles, celles avec la mairie » keeps thousands: the most relevant are cited
    ids = _most_relevant(query, kept, retriever, filters, limit) if len(kept) > limit else kept
    fiches: list[Fiche] = [f for i in ids if (f := get_fiche(i)) is not None]
    if not fiches:
        return SearchResult(query=query, no_match=True)
    hits = [Hit(fiche=f, score=1.0, matched_facets=list(query.facets)) for f in fiches]
    return SearchResult(query=query, hits=hits, total_matching=len(kept))


def _most_relevant(query: Query, ids: list[str], retriever: Any, filters: Any, k: int) -> list[str]:
    """`k` of `ids` (fiches of the refined list, in its order): those the refined query's search ranks first
    among them, then the list's next ones (an answer cites its k best, « Voir toutes » lists the rest)."""
    among = set(ids)
    found = retriever.search(query, k=k, filters=filters)
    ranked = [h.fiche_id for h in found.hits if h.fiche_id in among]
    return list(dict.fromkeys([*ranked, *ids]))[:k]


def scoped(answer: Answer, resolution: Resolution) -> Answer:
    """An answer restricted to the previous list says so on its first line (« Parmi les 4 fiches de la
    réponse précédente, 1 centre a mené… »), also when none of them fits."""
    n = resolution.listed or len(resolution.within)
    if not n:
        return answer
    if not answer.citations:
        facets = answer.query.facets if answer.query else []
        wanted = f" à vos critères ({criteria(facets)})" if facets else ""
        return answer.model_copy(update={"text": f"{none_within(n)}{wanted}."})
    text = answer.text
    scope = within(n) + (f" ({resolution.criterion})" if resolution.criterion else "")
    return answer.model_copy(update={"text": f"{scope}, {text[:1].lower()}{text[1:]}"})
