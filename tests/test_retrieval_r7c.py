"""An OR facet of people (« les bébés et leurs parents »): the fiches holding more of its values rank first."""

from __future__ import annotations

from assistant.retrieval import HybridRetriever
from tests.helpers_retrieval import MemoryIndex, make_fiche


def _retriever() -> HybridRetriever:
    corpus = [
        # the words of the question in the titles of the fiches holding one public only: text ranks them first
        make_fiche("f1", "Les bébés et leurs parents au parc", public=["familles"]),
        make_fiche("f2", "Parents de bébés : un café", public=["familles"], mots_cles=["Parentalité"]),
        make_fiche("b1", "Éveil musical partagé", public=["Petite enfance", "familles"]),
        make_fiche("b2", "Lieu d'accueil du mardi", public=["familles", "Petite enfance"]),
        make_fiche("s1", "Jardin des anciens", public=["Seniors"]),
    ]
    return HybridRetriever(MemoryIndex(corpus))


def test_fiches_holding_both_publics_come_first():
    retriever = _retriever()
    result = retriever.search("Des actions pour les bébés et leurs parents ?", k=5)
    (facet,) = result.query.facets
    assert set(facet.values) == {"Petite enfance", "familles"}
    ids = [hit.fiche_id for hit in result.hits]
    assert set(ids[:2]) == {"b1", "b2"} and set(ids) == {"b1", "b2", "f1", "f2"}


def test_one_value_orders_as_before():
    """A facet of one value: holding it is all that counts (no key of its own)."""
    retriever = _retriever()
    query = retriever.analyse("Des actions pour les familles ?")
    assert retriever._or_values_held("b1", query.facets) == 0
    assert retriever._or_values_held("f1", query.facets) == 0
    both = retriever.analyse("pour les bébés et leurs parents")
    assert [retriever._or_values_held(f, both.facets) for f in ("b1", "f1", "s1")] == [2, 1, 0]
