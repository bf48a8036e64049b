"""Round 10B: a facet written as a definite noun phrase right after a one-fiche answer is that fiche's own."""

from assistant.answer import extractive_answer
from assistant.followup import given_focus
from assistant.records import Turn
from tests.helpers_answer import FakeRetriever


def _history(retriever: FakeRetriever) -> list[Turn]:
    question = "Quelles actions en Haute-Garonne ?"
    answer = extractive_answer(retriever.search(question))
    assert [c.fiche_id for c in answer.citations] == ["f-1"]
    return [Turn(question=question, answer=answer)]


def test_a_definite_facet_with_a_type_asked_stays_on_the_fiche():
    retriever = FakeRetriever()
    question = "le bailleur social a payé combien ?"
    resolution = given_focus(question, _history(retriever), retriever.analyse(question), retriever)
    assert resolution is not None and resolution.fiche_id == "f-1"


def test_an_indefinite_facet_asks_other_fiches():
    retriever = FakeRetriever()
    question = "des actions avec un bailleur social, ça coûte combien ?"
    assert given_focus(question, _history(retriever), retriever.analyse(question), retriever) is None


def test_a_facet_the_fiche_lacks_is_no_focus():
    retriever = FakeRetriever()
    question = "la ville a payé combien ?"  # « Ville » is no partner of the fiche in focus
    assert given_focus(question, _history(retriever), retriever.analyse(question), retriever) is None
