"""Round 13: « la deuxième » after an answer citing one fiche only (a detail of it, no list) says the answer
cites 1 fiche — not that it cites none."""

from __future__ import annotations

from assistant.followup import out_of_list
from assistant.records import Answer, Citation, Query, Turn


def turn(ids: list[str], intent: str) -> Turn:
    citations = [
        Citation(n=n, fiche_id=i, title=i, centre="", departement="", url="") for n, i in enumerate(ids, 1)
    ]
    return Turn(
        question="q", answer=Answer(text="", citations=citations, query=Query(text="q", intent=intent))
    )


def test_an_ordinal_past_a_one_fiche_detail_says_it_cites_one():
    expected = "La réponse précédente cite 1 fiche : il n'y a pas de fiche n° 2."
    assert out_of_list([2], [turn(["a"], "lookup")]) == expected


def test_an_ordinal_after_no_citation_says_none():
    assert out_of_list([2], [turn([], "search")]).startswith("La réponse précédente ne cite aucune fiche")
