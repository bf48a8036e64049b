"""Round 14: a detail asked of a project named in part with its place (« le club emploi des femmes dans les
Bouches-du-Rhône ») is never answered by a namesake title of another département (« Femmes vers l'emploi »
of the Hauts-de-Seine, common among thousands of fiches): the fiche retrieval puts first at that place is
(`routing.stands_elsewhere`, `_first_at_place`). Known answers on invented fiches built here."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.followup import Resolution
from assistant.records import FacetMatch, Hit, Query, SearchResult
from assistant.routing import IntentRouter, stands_elsewhere
from tests.helpers_retrieval import answer_text as text
from tests.helpers_retrieval import cited_titles as titles
from tests.helpers_retrieval import make_fiche


def _corpus():
    return [
        make_fiche("f-femmes", "Femmes vers l'emploi", departement="Hauts-de-Seine", departement_code="92",
                   region="Île-de-France", centre="Centre social Les Acacias",
                   resume="Accompagner des femmes éloignées de l'emploi vers une formation.",
                   initiative=["Habitants"],
                   description_generale="Un atelier CV chaque lundi, 12 participantes."),
        make_fiche("f-club", "Club emploi au féminin", departement="Bouches-du-Rhône", departement_code="13",
                   region="Provence-Alpes-Côte d'Azur", centre="Centre social Le Phare",
                   resume="Un club hebdomadaire où des femmes du quartier cherchent un emploi ensemble.",
                   initiative=["Autre"],
                   initiative_precision="Proposé par la conseillère du service public de l'emploi.",
                   description_generale="Le club se réunit le jeudi matin ; 14 femmes ont trouvé un emploi."),
        make_fiche("f-femmes13", "Femmes vers l'emploi 2020", departement="Bouches-du-Rhône",
                   departement_code="13", region="Provence-Alpes-Côte d'Azur", centre="Centre social L'Escale",
                   resume="Des ateliers de confiance en soi pour des mères isolées.", statut="Terminée"),
        make_fiche("f-seniors", "Club emploi des seniors", departement="Bouches-du-Rhône", departement_code="13",
                   region="Provence-Alpes-Côte d'Azur", centre="Centre social Les Lauriers",
                   resume="Des demandeurs d'emploi de plus de cinquante ans se retrouvent chaque mardi."),
        make_fiche("f-ete", "Été solidaire 2023", departement="Ain", departement_code="01",
                   region="Auvergne-Rhône-Alpes", centre="Centre social du Val",
                   resume="Visites de convivialité aux personnes isolées pendant l'été.",
                   description_generale="Des personnes se sont inscrites au registre canicule."),
        make_fiche("f-epicerie", "Épicerie solidaire du Trait d'Union", departement="Haute-Vienne",
                   departement_code="87", region="Nouvelle-Aquitaine", centre="Centre social Le Trait d'Union",
                   resume="Une épicerie solidaire à petits prix pour les ménages du quartier.",
                   description_generale="140 ménages bénéficiaires en 2023, 18 bénévoles."),
        make_fiche("f-jardin", "Jardin des voisins", departement="Haute-Vienne", departement_code="87",
                   region="Nouvelle-Aquitaine", centre="Maison de quartier Bellevue",
                   resume="Un jardin partagé entre les immeubles."),
    ]  # fmt: skip


def _one_fiche(question: str, place: str, hit_ids: list[str]):
    """The router's one fiche for `question`, retrieval having returned `hit_ids` with the place facet, and
    the loose references undecided (at scale, a département holds several fiches with the title's words)."""
    fiches = _corpus()
    by_id = {f.id: f for f in fiches}
    undecided = SimpleNamespace(one_placed=lambda question, scan: None)
    retriever = SimpleNamespace(
        linker=SimpleNamespace(resolver=undecided),
        vocabulary=SimpleNamespace(scan=lambda question: None),
    )
    index = SimpleNamespace(get_fiche=by_id.get, all_fiches=lambda: fiches, version=lambda: "r14")
    facet = FacetMatch(field="departement", values=[place], trigger=place)
    query = Query(text=question, facets=[facet], intent="lookup", lookup_field="initiative")
    hits = [Hit(fiche=by_id[i], score=2.0 - n / 10) for n, i in enumerate(hit_ids)]
    result = SearchResult(query=query, hits=hits)
    fiche = IntentRouter(retriever, index)._one_fiche(question, result, Resolution(query=query))
    return fiche.title if fiche else None


def test_a_title_named_elsewhere_gives_way_to_the_first_fiche_at_the_place():
    question = "Le club emploi des femmes dans les Bouches-du-Rhône, l'idée vient de qui ?"
    assert _one_fiche(question, "Bouches-du-Rhône", ["f-club", "f-femmes13"]) == "Club emploi au féminin"
    # the first fiche at the place says no word of the question besides the facets: no fiche chosen
    assert _one_fiche(question, "Bouches-du-Rhône", ["f-ete", "f-club"]) is None


def test_a_title_named_in_part_elsewhere_gives_way_too():
    question = "combien de ménages ont fréquenté l'épicerie solidaire de Haute-Vienne en 2023 ?"
    assert (
        _one_fiche(question, "Haute-Vienne", ["f-epicerie", "f-jardin"])
        == "Épicerie solidaire du Trait d'Union"
    )


def test_a_title_named_at_its_place_is_kept():
    question = "Femmes vers l'emploi dans les Hauts-de-Seine, c'est venu de qui ?"
    assert _one_fiche(question, "Hauts-de-Seine", ["f-femmes"]) == "Femmes vers l'emploi"


@pytest.fixture(scope="module")
def assistant():
    from tests.helpers_retrieval import memory_assistant

    return memory_assistant(_corpus())


def test_a_title_of_another_departement_stands_elsewhere():
    fiches = {f.id: f for f in _corpus()}
    there = Query(text="", facets=[FacetMatch(field="departement", values=["Bouches-du-Rhône"], trigger="x")])
    assert stands_elsewhere(fiches["f-femmes"], there)
    assert not stands_elsewhere(fiches["f-club"], there)
    unknown = fiches["f-femmes"].model_copy(update={"departement": "", "departement_code": ""})
    assert not stands_elsewhere(unknown, there)  # a page without its place: not known to be elsewhere


def test_who_started_the_womens_job_club_of_the_place_named(assistant):
    answer = assistant.ask("Dans les Bouches-du-Rhône, le club pour l'emploi des femmes, qui l'a proposé ?")
    assert titles(answer) == ["Club emploi au féminin"]
    assert "service public de l'emploi" in text(answer)


def test_a_figure_of_the_grocery_of_the_departement_named(assistant):
    answer = assistant.ask("l'épicerie solidaire en Haute-Vienne, combien de ménages en 2023 ?")
    assert titles(answer) == ["Épicerie solidaire du Trait d'Union"]
    assert "140" in text(answer)


def test_the_title_named_at_its_own_place_stays(assistant):
    answer = assistant.ask("Femmes vers l'emploi dans les Hauts-de-Seine, c'est quel jour ?")
    assert titles(answer) == ["Femmes vers l'emploi"]
    assert "lundi" in text(answer)
