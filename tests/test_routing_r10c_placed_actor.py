"""Round 10C: « qui a financé <titre> de <lieu> ? » asks the detail of the ONE fiche the title words and the
place designate; « qui » over no designated fiche (« qui travaille avec l'ARS ? ») still asks the centres."""

from types import SimpleNamespace

from assistant.references import ReferenceResolver
from assistant.routing import IntentRouter
from ingest.text import normalise
from tests.helpers_answer import make_fiche

FICHES = [
    make_fiche(1, "Petit déj à idées", "Centre social des Acacias", "Loire", "Auvergne-Rhône-Alpes"),
    make_fiche(
        2, "Petit déjeuner des voisins", "Centre social Les Tilleuls", "Gironde", "Nouvelle-Aquitaine"
    ),
    make_fiche(3, "Jardin des voisins", "Maison de quartier Bellevue", "Gironde", "Nouvelle-Aquitaine"),
]


def _router() -> IntentRouter:
    by_id = {f.id: f for f in FICHES}
    retriever = SimpleNamespace(
        linker=SimpleNamespace(resolver=ReferenceResolver(FICHES)),
        vocabulary=SimpleNamespace(scan=lambda question: None),
    )
    return IntentRouter(retriever, SimpleNamespace(get_fiche=by_id.get))


def _actor_of(question: str):
    return _router()._actor_of_placed(question, normalise(question))


def test_who_funded_the_title_at_the_place_reads_that_fiche():
    fiche = _actor_of("Qui a financé le petit déj des Tilleuls ?")
    assert fiche is not None and fiche.id == "f-2"


def test_who_works_with_a_partner_designates_no_fiche():
    assert _actor_of("Qui travaille avec l'ARS ?") is None


def test_a_detail_not_asking_who_is_left_to_the_usual_route():
    assert _actor_of("c'est quel jour le petit déj des Tilleuls ?") is None
