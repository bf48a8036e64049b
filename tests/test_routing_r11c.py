"""Round 11C: a lessons question naming a project no fiche has (`result.named` without fiche ids) gets no
route (the usual « aucune fiche intitulée … »), never the closest fiche's lessons. Invented fiches."""

from types import SimpleNamespace

from assistant.followup import Resolution
from assistant.records import Hit, NamedLink, Query, SearchResult
from assistant.references import ReferenceResolver
from assistant.routing import IntentRouter
from tests.helpers_answer import make_fiche

FICHES = [
    make_fiche(
        1, "Atelier couture du lundi", "Maison pour tous des Glycines", "Loire", "Auvergne-Rhône-Alpes"
    ),
    make_fiche(2, "Bricothèque", "Maison pour tous des Glycines", "Loire", "Auvergne-Rhône-Alpes"),
]


def _router() -> IntentRouter:
    by_id = {f.id: f for f in FICHES}
    retriever = SimpleNamespace(
        linker=SimpleNamespace(resolver=ReferenceResolver(FICHES), references=lambda question, scan: []),
        vocabulary=SimpleNamespace(scan=lambda question: None),
        search=lambda topic, k, filters: SearchResult(query=topic, hits=_hits()),
    )
    return IntentRouter(retriever, SimpleNamespace(get_fiche=by_id.get, all_fiches=lambda: FICHES))


def _result(question: str, named: NamedLink) -> SearchResult:
    query = Query(text=question, intent="lessons")
    return SearchResult(query=query, hits=_hits(), named=named)


def _hits() -> list[Hit]:
    return [Hit(fiche_id=f.id, score=1.0 - i / 10, fiche=f) for i, f in enumerate(FICHES)]


def test_a_lessons_question_on_a_project_no_fiche_has_gets_no_route():
    question = "le karaoké solidaire de la Maison pour tous des Glycines, ça a marché ?"
    result = _result(question, NamedLink(mention="karaoké solidaire"))
    assert _router().route(question, result, Resolution(query=result.query)) is None


def test_a_lessons_question_on_a_fiche_named_still_reads_its_lessons():
    question = "la Bricothèque de la Maison pour tous des Glycines, ça a marché ?"
    result = _result(question, NamedLink(mention="Bricothèque", fiche_ids=["f-2"], focus=True))
    routed = _router().route(question, result, Resolution(query=result.query))
    assert routed is not None
