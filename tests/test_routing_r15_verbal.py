"""Round 15: words of no topic in the search keywords and a ranking's scope.

- « ancien » / « vieux » before a noun say « former » / « old », not the elderly (« l'ancien écrivain public »:
  `query.qualifies_next`); « les anciens » alone are;
- a ranking's topic drops the words of no topic answerability drops (« celle qui a coûté trois fois rien ? »:
  the whole base is ranked, never « Aucune fiche sur « rien » à classer »)."""

from __future__ import annotations

from assistant.facets import FacetScan
from assistant.query import keywords, qualifies_next
from ingest.text import tokens
from tests.test_counts_ranks import assistant, text, titles  # noqa: F401 - the fixture and its corpus


def _scan(text: str) -> FacetScan:
    return FacetScan(tokens=tokens(text))


def test_ancien_before_a_noun_is_former_not_the_elderly():
    scan = _scan("le point tenu par l'ancien écrivain public")
    at = [t.norm for t in scan.tokens].index("ancien")
    assert qualifies_next(scan, at)
    assert "seniors" not in keywords(scan)


def test_les_anciens_alone_are_the_elderly():
    scan = _scan("des sorties pour les anciens du quartier")
    at = [t.norm for t in scan.tokens].index("anciens")
    assert not qualifies_next(scan, at)
    assert "seniors" in keywords(scan)


def test_a_ranking_with_a_word_of_no_topic_ranks_the_whole_base(assistant):  # noqa: F811
    answer = assistant.ask("Et la moins chère, celle qui a coûté trois fois rien ?")
    assert titles(answer)[0] == "Ciné des ados"  # 900 €, the cheapest of the corpus
    assert "rien" not in text(answer).splitlines()[0]
