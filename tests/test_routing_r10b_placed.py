"""Round 10B: a detail asked of a title at a place (« le petit déj des Tilleuls ») reads the fiche there."""

from types import SimpleNamespace

from assistant.references import ReferenceResolver
from assistant.routing import IntentRouter
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


def test_the_title_words_at_the_place_named_pick_the_fiche():
    fiche = _router()._placed_reference("c'est quel jour le petit déj des Tilleuls ?")
    assert fiche is not None and fiche.id == "f-2"


def test_no_place_named_leaves_the_choice_to_the_title_linker():
    assert _router()._placed_reference("c'est quel jour le petit déj à idées ?") is None
