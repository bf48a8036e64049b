"""The need a situation question tells picks its first fiche by meaning (`assistant.situation_need`).

« Des papys et mamies qui ne sortent plus de chez eux et ne voient personne » names its people by a facet
(public Seniors) and its need (loneliness) in everyday words; the fiche of the facet that merely writes
« sortent » must not come before the one about lonely elderly people. A tiny invented corpus and an invented
embedder that reads meanings (concept counts), known answers.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.answerability import DENSE_SCALES
from assistant.retrieval import HybridRetriever
from assistant.situation_need import need_first, need_scores, need_text
from ingest.text import normalise
from tests.helpers_retrieval import MemoryIndex, make_fiche

# Invented meanings: a text's vector counts the words of each concept it holds (and a constant, never zero)
CONCEPTS = [
    {"seul", "seuls", "seules", "solitude", "isoles", "isolement", "personne", "visite", "visites", "voient"},
    {"ordinateur", "informatique", "numerique", "internet", "bus", "tablette"},
    {"gym", "sport", "mouvement", "equilibre", "chute"},
    {"francais", "langue", "cours", "parler", "parlent"},
]


class ConceptEmbeddings:
    def _vector(self, text: str) -> list[float]:
        words = normalise(text).split()
        return [0.1, *(float(sum(w in concept for w in words)) for concept in CONCEPTS)]

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._vector(text)


def _fiche(fid: str, title: str, public: list[str], resume: str):
    return make_fiche(
        fid, title, centre=f"Centre social {fid}", departement="Doubs", region="Bourgogne-Franche-Comté",
        mots_cles=["Solidarité"], public=public, resume=resume,
    )  # fmt: skip


FICHES = [
    _fiche(
        "bus", "Bus informatique des villages", ["Seniors"],
        "Un bus équipé d'ordinateurs va dans les villages : les habitants qui sortent peu y voient un "
        "animateur et apprennent internet et la tablette.",
    ),
    _fiche(
        "visites", "Visites aux anciens du bourg", ["Seniors"],
        "Des bénévoles passent chaque semaine chez les aînés seuls : rompre la solitude et l'isolement.",
    ),
    _fiche("gym", "Gym douce du mardi", ["Seniors"], "Des séances de gym douce pour l'équilibre et éviter la chute."),
    _fiche(
        "langue", "Cours de langue du soir", ["Adultes"],
        "Des cours de français pour parler la langue au quotidien, deux soirs par semaine.",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def retriever():
    index = MemoryIndex(FICHES, embeddings=ConceptEmbeddings())
    index.embedding_model_id = "concepts"
    with pytest.MonkeyPatch.context() as patch:  # the invented embedder's calibration: meanings are read
        patch.setitem(DENSE_SCALES, "concepts", (0.0, 1.0))
        yield HybridRetriever(index)


def test_the_best_fiche_inside_the_facet_goes_first() -> None:
    full = {"a": 0.30, "b": 0.20, "out": 0.31}
    need = {"a": 0.10, "b": 0.25, "out": 0.10}
    assert need_first(full, need, {"a", "b"}) == "b"  # 0.45 inside beats 0.41 outside


def test_a_fiche_outside_goes_first_only_by_the_margin() -> None:
    full, need = {"in": 0.30, "out": 0.32}, {"in": 0.10, "out": 0.10}
    assert need_first(full, need, {"in"}, margin=0.03) == "in"
    assert need_first(full, need, {"in"}, margin=0.01) == "out"


def test_no_score_or_no_fiche_with_every_facet_leaves_the_order() -> None:
    assert need_first({}, {}, {"a"}) is None
    assert need_first({"x": 0.2}, {}, set()) is None


def test_need_scores_add_both_cosines_missing_as_zero() -> None:
    assert need_scores({"a": 0.2}, {"a": 0.1, "b": 0.3}) == pytest.approx({"a": 0.3, "b": 0.3})


def test_need_text_keeps_situation_and_topic_words_not_the_request() -> None:
    terms = [
        SimpleNamespace(text="sortent", situated=True, weak=True),
        SimpleNamespace(text="auriez", situated=False, weak=True),
        SimpleNamespace(text="français", situated=False, weak=False),
    ]
    assert need_text(terms) == "sortent français"


def test_the_situation_need_picks_the_first_fiche_of_the_facet(retriever: HybridRetriever) -> None:
    question = "des papys et mamies qui ne sortent plus de chez eux et ne voient personne, vous auriez des exemples ?"
    result = retriever.search(question)
    assert [f.values for f in result.query.facets] == [["Seniors"]]
    assert result.hits and result.hits[0].fiche_id == "visites"


def test_a_facet_asked_as_criterion_keeps_its_order(retriever: HybridRetriever) -> None:
    result = retriever.search("Quelles actions de gym douce pour les seniors ?")
    assert result.hits[0].fiche_id == "gym"


def test_an_embedder_not_calibrated_leaves_the_words_to_decide() -> None:
    plain = HybridRetriever(MemoryIndex(FICHES, embeddings=ConceptEmbeddings()))
    question = "des papys et mamies qui ne sortent plus de chez eux et ne voient personne, vous auriez des exemples ?"
    assert plain.search(question).hits[0].fiche_id == "bus"
