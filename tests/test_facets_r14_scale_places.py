"""Places at scale (round 14): a town whose municipality a fiche cites as a partner (« mairie de St Etienne » in its
resources) places the fiche's centre there (`assistant.towns`), so « à Saint-Étienne » still finds it when its
département holds too many fiches to be listed instead; a one-word département standing as a clause of its own
(« Calvados : quelles fiches ? ») and « in the Nord » are places (`assistant.facet_cues`). Invented corpus; known
answers."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from ingest.enrich import enrich
from tests.helpers_retrieval import (
    answer_text,
    cited_titles,
    facet_values,
    make_fiche,
    memory_assistant,
    needs_communes,
)

_LOIRE = dict(departement="Loire", departement_code="42", region="Auvergne-Rhône-Alpes")


def _corpus():
    fiches = [
        make_fiche("a", "Petit déjeuner à idées", centre="Espace social Valbenoite", **_LOIRE,
                   mots_cles=["Vivre ensemble"], resume="Des habitants se retrouvent autour d'un café.",
                   ressources_financieres="Financement CAF et mairie de St Etienne."),
        make_fiche("b", "Jardin des Buers", centre="Centre social Les Buers", departement="Rhône",
                   departement_code="69", region="Auvergne-Rhône-Alpes", mots_cles=["Environnement"],
                   resume="Un jardin partagé au pied des immeubles.",
                   ressources_financieres="Subvention de la Ville de Villeurbanne : 3 000 €."),
        make_fiche("c", "Repair café de la gare", centre="Centre social de la Gare", departement="Sarthe",
                   departement_code="72", region="Pays de la Loire", mots_cles=["Environnement"],
                   resume="Des bénévoles réparent les objets des habitants.",
                   ressources_financieres="Soutien de la Ville du Mans et de la Caf."),
        make_fiche("d", "Ateliers du Calvados", centre="Centre social du Bocage", departement="Calvados",
                   departement_code="14", region="Normandie", mots_cles=["Mobilité"],
                   resume="Une navette solidaire conduit les habitants au marché."),
        make_fiche("e", "Repair café des Weppes", centre="Centre social des Weppes", departement="Nord",
                   departement_code="59", region="Hauts-de-France", mots_cles=["Environnement"],
                   resume="Un repair café où des bénévoles réparent vélos et grille-pain."),
    ]  # fmt: skip
    # a large Loire: the town's centre, not its département, answers
    fiches += [
        make_fiche(f"l{i}", f"Atelier couture {i}", centre=f"Centre social Forez {i}", **_LOIRE,
                   mots_cles=["Culture"], resume="Des habitantes cousent ensemble chaque semaine.")
        for i in range(25)
    ]  # fmt: skip
    return enrich(fiches)[0]


@pytest.fixture(scope="module")
def corpus():
    return _corpus()


@pytest.fixture(scope="module")
def vocabulary(corpus) -> FacetVocabulary:
    return FacetVocabulary.from_fiches(corpus)


# -- a town named by the municipality a fiche cites ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, centre",
    [("Actions à Saint-Étienne", "Espace social Valbenoite"),
     ("des projets à Villeurbanne ?", "Centre social Les Buers"),
     ("Qu'est-ce qui se fait au Mans ?", "Centre social de la Gare")],
)  # fmt: skip
def test_a_town_whose_municipality_is_cited_is_where_the_centre_is(
    vocabulary, text: str, centre: str
) -> None:
    needs_communes()
    assert facet_values(vocabulary, text) == [("centre", centre)]


def test_a_town_of_a_large_departement_is_answered_by_the_fiche_citing_its_municipality(corpus) -> None:
    needs_communes()
    answer = memory_assistant(corpus).ask("Actions à Saint-Étienne")
    assert cited_titles(answer) == ["Petit déjeuner à idées"]
    assert "Aucune fiche" not in answer_text(answer)


# -- a département alone, as a heading ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [("Calvados : quelles fiches ?", [("departement", "Calvados")]),
     ("Calvados ?", [("departement", "Calvados")]),
     ("Bonjour. Calvados, vous avez quoi ?", [("departement", "Calvados")]),
     ("des repair cafés, Nord ?", [("departement", "Nord")]),
     ("Which repair cafés are in the Nord?", [("departement", "Nord")]),
     ("calvados : quoi ?", [("departement", "Calvados")])],
)  # fmt: skip
def test_a_departement_standing_alone_or_in_the_english_the_is_a_place(vocabulary, text, expected) -> None:
    assert [p for p in facet_values(vocabulary, text) if p[0] == "departement"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "un calvados après le repas ?",
        "le nord de la ville, des idées ?",
        "Nord et Sud de la ville : des idées ?",
    ],
)
def test_a_departement_name_inside_a_clause_still_needs_its_preposition(vocabulary, text) -> None:
    assert [p for p in facet_values(vocabulary, text) if p[0] == "departement"] == []


def test_a_departement_heading_lists_its_fiches(corpus) -> None:
    answer = memory_assistant(corpus).ask("Calvados : quelles fiches ?")
    assert cited_titles(answer) == ["Ateliers du Calvados"]


# -- « avoir son mot à dire »: no topic word ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["des initiatives où les habitants ont leur mot à dire ?", "les jeunes ont-ils leur mot à dire au centre ?",
     "on voudrait que chacun ait son mot à dire dans le quartier"],
)  # fmt: skip
def test_having_ones_say_is_no_topic(vocabulary: FacetVocabulary, text: str) -> None:
    scan = vocabulary.scan(text)
    said = {t.norm for i, t in enumerate(scan.tokens) if i in scan.used}
    assert {"mot", "dire"} <= said


def test_the_noun_mot_alone_stays_a_word(vocabulary: FacetVocabulary) -> None:
    scan = vocabulary.scan("des ateliers pour apprendre à dire un mot en breton ?")
    assert next(i for i, t in enumerate(scan.tokens) if t.norm == "mot") not in scan.used


def test_a_say_in_decisions_is_answered_by_the_fiche_on_debates() -> None:
    corpus = [
        make_fiche("p", "Conseil des habitants", mots_cles=["Citoyenneté"],
                   resume="Les habitants débattent des projets du quartier et votent les priorités."),
        make_fiche("q", "Atelier couture", mots_cles=["Culture"], resume="Des habitantes cousent ensemble."),
    ]  # fmt: skip
    answer = memory_assistant(corpus).ask(
        "des initiatives pour que les habitants aient leur mot à dire et débattent ?"
    )
    assert cited_titles(answer)[:1] == ["Conseil des habitants"]
