"""`Conversation`: turns, fiches in focus, refinement on the `Query` — through the real `Assistant` over the
hand-built fiches of tests/helpers_answer.py (exact citations known)."""

from __future__ import annotations

import pytest

from assistant.conversation import (
    FAILED,
    INCOMPLETE,
    Conversation,
    add_facet,
    drop_facets,
    facet_key,
    removal_note,
    replace_facet,
)
from assistant.records import Answer, FacetMatch, Query
from assistant.service import Assistant
from config import Settings
from tests.fake_chat import ScriptedChatModel
from tests.helpers_answer import FICHES, FakeIndex, FakeRetriever

FIRST = "Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?"
PARENTALITE = FacetMatch(field="mots_cles", values=["Parentalité"], trigger="parentalité")
BAILLEUR = FacetMatch(field="partenaires", values=["Bailleur social"], trigger="bailleurs sociaux")
MOSELLE = FacetMatch(field="departement", values=["Moselle"], trigger="moselle")
GRAND_EST = FacetMatch(field="region", values=["Grand Est"], trigger="grand est")


def make(llm=None) -> Assistant:
    return Assistant(FakeRetriever(FICHES), FakeIndex(FICHES), llm=llm, settings=Settings(retrieval_k=5))


def cited(conversation: Conversation) -> list[str]:
    return [c.fiche_id for c in conversation.answer.citations]


# ---------------------------------------------------------------- operations on a Query


def test_drop_add_replace_facets_keep_the_rest_of_the_query():
    query = Query(text=FIRST, facets=[PARENTALITE, BAILLEUR], intent="list", keywords="centres")
    dropped = drop_facets(query, [BAILLEUR])
    assert dropped == Query(text=FIRST, facets=[PARENTALITE], intent="list", keywords="centres")
    assert query.facets == [PARENTALITE, BAILLEUR]  # the original is untouched
    assert add_facet(dropped, BAILLEUR) == query
    assert add_facet(query, BAILLEUR) == query  # already there
    assert [facet_key(f) for f in add_facet(query, MOSELLE).facets] == [
        "mots_cles=Parentalité",
        "partenaires=Bailleur social",
        "departement=Moselle",
    ]
    other = FacetMatch(field="partenaires", values=["CAF"], trigger="caf")
    assert replace_facet(query, other).facets == [PARENTALITE, other]
    # A place replaces a place, as in follow-ups: the région replaces the département.
    assert replace_facet(add_facet(query, MOSELLE), GRAND_EST).facets == [PARENTALITE, BAILLEUR, GRAND_EST]


def test_facet_key_and_removal_note():
    facet = FacetMatch(field="mots_cles", values=["Parentalité", "Famille"], trigger="parents")
    assert facet_key(facet) == "mots_cles=Parentalité|Famille"
    assert removal_note([facet, BAILLEUR]) == "*(filtre retiré : « parents », « bailleurs sociaux »)*"
    assert removal_note([]) == ""
    assert removal_note([BAILLEUR], ["Département : Nord"]) == (
        "*(filtre retiré : « bailleurs sociaux », « Département : Nord »)*"
    )
    assert removal_note([], ["Statut : En cours"]) == "*(filtre retiré : « Statut : En cours »)*"


# ---------------------------------------------------------------- turns and focus


def test_a_conversation_resolves_follow_ups_and_tracks_the_fiches_in_focus():
    assistant = make()
    empty = Conversation()
    assert (empty.question, empty.answer, empty.focus_list, empty.focus_fiche, empty.detected) == (
        "",
        None,
        [],
        None,
        [],
    )
    first = empty.run(assistant, "Quelles actions de parentalité ?")
    assert cited(first) == ["f-1", "f-2", "f-4", "f-6"] and empty.turns == []  # a new conversation each step
    second = first.run(assistant, "et en Seine-Maritime ?")
    assert cited(second) == ["f-4", "f-6"]
    assert [facet_key(f) for f in second.active_facets] == [
        "mots_cles=Parentalité",
        "departement=Seine-Maritime",
    ]
    assert second.detected == second.active_facets
    third = second.run(assistant, "le budget de la première")
    assert cited(third) == ["f-4"] and third.answer.query.intent == "lookup"
    assert third.focus_fiche.fiche_id == "f-4"
    assert [c.fiche_id for c in third.focus_list] == ["f-4", "f-6"]  # the list the lookup pointed into
    assert [t.question for t in third.turns] == [
        "Quelles actions de parentalité ?",
        "et en Seine-Maritime ?",
        "le budget de la première",
    ]


def test_filters_are_passed_and_kept():
    conversation = Conversation().run(
        make(), "Quelles actions de parentalité ?", {"departement": ["Moselle"]}
    )
    assert cited(conversation) == ["f-2"]
    assert conversation.filters == {"departement": ["Moselle"]}


def test_ask_streams_the_llm_deltas_then_the_conversation():
    llm = ScriptedChatModel(script=["Les Pins [1] et Metz [2] accueillent des parents."])
    *deltas, final = list(Conversation().ask(make(llm), FIRST))
    assert "".join(deltas) == "Les Pins [1] et Metz [2] accueillent des parents."
    assert isinstance(final, Conversation) and final.answer.mode == "llm" and cited(final) == ["f-1", "f-2"]


# ---------------------------------------------------------------- refinement


def test_refine_drops_an_unchecked_facet_from_the_query_and_replaces_the_turn():
    assistant = make()
    first = Conversation().run(assistant, FIRST)
    assert cited(first) == ["f-1", "f-2"]
    assert [facet_key(f) for f in first.detected] == ["mots_cles=Parentalité", "partenaires=Bailleur social"]

    refined = list(first.refine(assistant, ["mots_cles=Parentalité"]))[-1]
    assert cited(refined) == ["f-1", "f-2", "f-4", "f-6"]  # every fiche on parentalité
    assert refined.answer.query == drop_facets(first.answer.query, [first.detected[1]])
    assert refined.answer.query.text == FIRST  # the question's text is not edited
    assert [t.shown for t in refined.turns] == [f"{FIRST}\n\n*(filtre retiré : « bailleurs sociaux »)*"]
    assert refined.detected == first.detected  # still offered, to be checked again

    again = list(refined.refine(assistant, [facet_key(f) for f in first.detected]))[-1]
    assert cited(again) == ["f-1", "f-2"] and again.turns[-1].shown == FIRST


def test_refine_a_follow_up_drops_the_facet_from_the_resolved_query():
    """« et en Moselle ? » carries the first question's facets: dropping Moselle keeps them."""
    assistant = make()
    followup = Conversation().run(assistant, FIRST).run(assistant, "et en Moselle ?")
    assert cited(followup) == ["f-2"]
    kept = [facet_key(f) for f in followup.detected if f.field != "departement"]
    refined = list(followup.refine(assistant, kept))[-1]
    assert cited(refined) == ["f-1", "f-2"]
    assert [facet_key(f) for f in refined.active_facets] == kept
    assert [t.question for t in refined.turns] == [FIRST, "et en Moselle ?"]
    assert refined.turns[-1].note == "*(filtre retiré : « moselle »)*"


def test_refine_without_a_turn_does_nothing():
    assert list(Conversation().refine(make(), [])) == []


# ---------------------------------------------------------------- failures


class Broken:
    def __init__(self, parts: list, error: Exception | None = None):
        self.parts, self.error = parts, error

    def stream(self, question, history=None, filters=None, query=None):
        yield from self.parts
        if self.error:
            raise self.error


def test_a_failed_answer_is_a_turn_that_says_so(caplog):
    steps = list(Conversation().ask(Broken(["Début "], RuntimeError("index illisible")), "Bonjour ?"))
    assert steps[0] == "Début "
    turn = steps[-1].turns[-1]
    assert turn.answer == Answer(text=FAILED.format(error="index illisible"))
    assert (
        turn.answer.text
        == "Désolé, la réponse a échoué : index illisible. Consultez les journaux du serveur."
    )
    assert turn.error == "RuntimeError: index illisible"
    assert "Answering 'Bonjour ?' failed" in caplog.text


class Refusing:
    def stream(self, question, history=None, filters=None, query=None):  # fails on the call, not a generator
        raise ConnectionError("index verrouillé")


def test_an_assistant_failing_before_streaming_is_a_failed_turn_too():
    conversation = Conversation().run(Refusing(), "Bonjour ?")
    assert conversation.turns[-1].error == "ConnectionError: index verrouillé"
    assert conversation.answer.text.startswith("Désolé, la réponse a échoué : index verrouillé.")


def test_a_stream_without_its_answer_keeps_the_text_with_a_warning():
    conversation = Conversation().run(Broken(["Deux ", "fiches."]), "Bonjour ?")
    assert conversation.answer == Answer(text="Deux fiches.", warnings=[INCOMPLETE])
    assert conversation.turns[-1].error == ""


@pytest.mark.parametrize("question", ["", "   "])
def test_an_empty_question_is_answered_by_the_assistant(question):
    conversation = Conversation().run(make(), question)
    assert conversation.answer.text.startswith("Posez une question")
