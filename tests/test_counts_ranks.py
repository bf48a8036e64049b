"""Counts and rankings beyond the simple case, on a small invented corpus: distinct centres, a partner declared
or only cited, rankings inside facets, rankings on a noun counted in the text (familles, séances)."""

from __future__ import annotations

import pytest

from assistant import aggregate, aspects, ranking
from assistant.records import FacetMatch, Query
from assistant.service import Assistant
from ingest.models import Fiche, PartenaireCite
from tests.helpers_retrieval import answer_text as text
from tests.helpers_retrieval import cited_titles as titles
from tests.helpers_retrieval import make_fiche, memory_assistant

NORD = {"departement": "Nord", "departement_code": "59", "region": "Hauts-de-France"}
GIRONDE = {"departement": "Gironde", "departement_code": "33", "region": "Nouvelle-Aquitaine"}


def _cites_caf(sentence: str) -> dict:
    return {
        "partenaires_cites": ["Caf"],
        "partenaires_cites_phrases": [PartenaireCite(nom="Caf", phrase=sentence)],
    }


def _corpus() -> list[Fiche]:
    return [
        make_fiche("f-a", "Atelier couture", centre="Centre Soleil", **NORD, partenaires=["Caf"],
                   public=["familles"], mots_cles=["Parentalité"],
                   ressources_financieres="Caf : 3 000 €\nCommune : 1 000 €",
                   personnes_mobilisees="2 salariés, 5 bénévoles",
                   description_generale="30 familles accueillies. Deux ateliers par semaine, 6 familles par atelier."),
        make_fiche("f-b", "Jardin des voisins", centre="Centre Soleil", **NORD, partenaires=["Commune"],
                   public=["Tous publics"], mots_cles=["Environnement"], ressources_financieres="Commune : 2 000 €",
                   personnes_mobilisees="1 salarié, 12 bénévoles",
                   description_generale="Le jardin a accueilli 8 familles. La Caf a prêté des outils.",
                   **_cites_caf("La Caf a prêté des outils.")),
        make_fiche("f-c", "Repas partagé", centre="Centre Lune", **NORD, partenaires=["Caf", "ARS"],
                   public=["Seniors"], mots_cles=["Solidarité"],
                   ressources_financieres="Caf : 6 000 €\nARS : 2 500 €", personnes_mobilisees="3 bénévoles",
                   description_generale="Quarante séances par an ont réuni 15 familles."),
        make_fiche("f-d", "Sortie à la mer", centre="Centre Étoile", **GIRONDE, partenaires=["Caf"],
                   public=["Jeunesse"], mots_cles=["vacances / loisirs"], ressources_financieres="Caf : 1 500 €",
                   personnes_mobilisees="1 salarié", description_generale="18 jeunes sont partis une semaine."),
        make_fiche("f-e", "Ciné des ados", centre="Centre Étoile", **GIRONDE, public=["Jeunesse"],
                   mots_cles=["Culture"], ressources_financieres="Budget de 900 €",
                   personnes_mobilisees="4 bénévoles",
                   description_generale="42 jeunes ont vu les films ; la Caf a prêté le projecteur.",
                   **_cites_caf("la Caf a prêté le projecteur.")),
        make_fiche("f-f", "Chantier peinture", centre="Centre Mer", **GIRONDE, public=["Jeunesse"],
                   mots_cles=["Emploi, économie"], personnes_mobilisees="2 salariés",
                   description_generale="10 jeunes ont repeint le hall."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return memory_assistant(_corpus())


# -- distinct centres -------------------------------------------------------------------------------


def test_centres_are_counted_distinct_and_the_fiches_said_when_they_differ():
    nord = [f for f in _corpus() if f.departement == "Nord"]
    answer = aggregate.centre_count_answer(Query(text="combien de centres"), nord)
    assert text(answer).splitlines()[0].startswith("2 centres mènent des actions")
    assert "3 fiches, menées par 2 centres" in text(answer)
    assert "Centre Soleil (Nord) : « Atelier couture » [1], « Jardin des voisins » [2]" in text(answer)


def test_one_fiche_per_centre_says_so_and_nameless_fiches_are_apart():
    fiches = [f for f in _corpus() if f.id in ("f-a", "f-c")]
    fiches.append(make_fiche("f-x", "Sans centre", centre=""))
    answer = aggregate.centre_count_answer(Query(text="combien de centres"), fiches)
    assert text(answer).startswith(
        "2 centres mènent des actions correspondant à vos critères (une fiche chacun)"
    )
    assert "1 autre fiche ne dit pas son centre" in text(answer)


def test_how_many_centres_in_a_departement(assistant):
    answer = assistant.ask("Combien de centres ont une action dans le Nord ?")
    assert text(answer).startswith("2 centres")
    assert "3 fiches, menées par 2 centres" in text(answer)
    assert sorted(titles(answer)) == ["Atelier couture", "Jardin des voisins", "Repas partagé"]


# -- a partner declared or cited --------------------------------------------------------------------


def test_a_partner_count_says_declared_first_then_cited_in_the_text():
    facet = FacetMatch(field="partenaires", values=["Caf"], trigger="caf")
    fiches = [f for f in _corpus() if "Caf" in f.partenaires or "Caf" in f.partenaires_cites]
    answer = aggregate.partner_count_answer(Query(text="combien", facets=[facet]), fiches, facet)
    first = text(answer).splitlines()[0]
    assert (
        first == "3 fiches déclarent « Caf » comme partenaire ; 2 autres le citent seulement dans leur texte."
    )
    assert titles(answer)[:3] == ["Atelier couture", "Repas partagé", "Sortie à la mer"]
    assert sorted(titles(answer)[3:]) == ["Ciné des ados", "Jardin des voisins"]
    assert "« La Caf a prêté des outils. »" in text(answer)


def test_a_partner_count_through_the_assistant(assistant):
    answer = assistant.ask("Combien de fiches ont la Caf comme partenaire ?")
    assert text(answer).startswith("3 fiches déclarent « Caf » comme partenaire ; 2 autres")


# -- rankings inside facets -------------------------------------------------------------------------


def test_a_facet_before_the_superlative_is_the_scope_not_the_figure():
    norm = "pour les jeunes laquelle a coute le moins"
    assert ranking.rank_spec(norm).field == "budget"
    assert "jeunes" not in ranking.ranking_span(norm)
    assert "jeunes" in ranking.ranking_span("quelle action a accueilli le plus de jeunes")


def test_rank_within_a_public_says_how_many_lack_the_figure(assistant):
    answer = assistant.ask("Pour les jeunes, laquelle a coûté le moins ?")
    assert titles(answer)[0] == "Ciné des ados"
    assert "public Jeunesse" in text(answer) and "1 sans ce chiffre" in text(answer)
    assert "Atelier couture" not in titles(answer)


def test_rank_within_a_departement_on_volunteers(assistant):
    answer = assistant.ask("Dans le Nord, quel projet a mobilisé le plus de bénévoles ?")
    assert titles(answer)[0] == "Jardin des voisins"
    assert set(titles(answer)) <= {"Atelier couture", "Jardin des voisins", "Repas partagé"}


def test_received_the_most_within_a_partner_ranks_on_its_amount(assistant):
    answer = assistant.ask("Parmi les actions financées par la Caf, laquelle a reçu le plus ?")
    assert titles(answer)[0] == "Repas partagé"
    assert "6 000 €" in text(answer) and "montant attribué par Caf" in text(answer)


# -- figures counted in the text ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "noun", "field"),
    [
        ("quelle action a touche le plus de familles", "familles", "nb_participants"),
        ("quelle action compte le plus de seances", "seances", "nb_participants"),
        ("quel projet a le plus de participants", "", "nb_participants"),
        ("quel projet a le plus de benevoles", "", "nb_benevoles"),
    ],
)
def test_a_quantity_superlative_names_the_noun_counted(question, noun, field):
    spec = ranking.rank_spec(question)
    assert (spec.noun, spec.field) == (noun, field)


def test_no_ranking_on_a_noun_that_is_no_unit():
    assert ranking.rank_spec("quelle action a eu le plus de succes") is None


def test_the_three_asked_far_before_the_superlative():
    spec = ranking.rank_spec("quels sont les 3 projets qui ont le plus de benevoles")
    assert (spec.n, spec.plural) == (3, True)


def test_noun_count_prefers_a_total_to_a_rate_and_keeps_the_sentence():
    fiche = _corpus()[0]
    amount = aspects.noun_count(fiche, "famille")
    assert (amount.value, amount.sentence) == (30, "30 familles accueillies.")
    rate_only = make_fiche(
        "f-r", "R", description_generale="Deux ateliers par semaine, 6 familles par atelier."
    )
    assert (
        aspects.noun_count(rate_only, "famille").value,
        aspects.noun_count(rate_only, "famille").basis,
    ) == (
        6,
        "par atelier",
    )


@pytest.mark.parametrize(
    ("sentence", "key", "values"),
    [
        ("Plus de 1 200 trajets réalisés.", "trajet", [1200]),
        ("Une vingtaine de familles.", "famille", [20]),
        ("1 animatrice, 6 parents bénévoles", "parent", []),
        ("deux participants sur trois", "participant", []),
        ("ces trois familles", "famille", []),
        ("Quatorze sorties sur deux saisons.", "sortie", [14]),
        ("40 familles sur 100 sont revenues.", "famille", []),
    ],
)
def test_numbers_of_a_noun_in_a_sentence(sentence, key, values):
    assert [v for v, _, _ in aspects._noun_numbers(sentence, key)] == values


def test_rank_on_families_counted_in_the_text(assistant):
    answer = assistant.ask("Quelle action a accueilli le plus de familles ?")
    assert titles(answer) == ["Atelier couture", "Repas partagé", "Jardin des voisins"]
    assert "Classement par nombre de familles" in text(answer) and "30 familles" in text(answer)
    least = assistant.ask("Quelle action a accueilli le moins de familles ?")
    assert titles(least)[0] == "Jardin des voisins"


def test_rank_on_sessions_counted_in_the_text(assistant):
    answer = assistant.ask("Quelle action compte le plus de séances ?")
    assert titles(answer) == ["Repas partagé"]
    assert "40 séances" in text(answer) and "5 sans ce chiffre" in text(answer)


def test_the_three_with_most_volunteers(assistant):
    answer = assistant.ask("Quels sont les 3 projets qui ont le plus de bénévoles ?")
    assert titles(answer) == ["Jardin des voisins", "Atelier couture", "Ciné des ados"]


def test_a_people_noun_no_fiche_counts_falls_back_to_the_participants_and_says_so(assistant):
    answer = assistant.ask("Quelle action a touché le plus de seniors ?")
    assert text(answer).startswith(
        "Aucune fiche ne donne de nombre de seniors ; classement par nombre de participants"
    )


def test_the_count_answer_gives_the_llm_what_it_counted():
    from assistant.routing import _counted

    nord = [f for f in _corpus() if f.departement == "Nord"]
    routed = _counted(aggregate.centre_count_answer(Query(text="combien de centres"), nord))
    assert routed.facts.startswith("2 centres mènent des actions") and "[1]" not in routed.facts


def test_how_many_centres_in_the_whole_base(assistant):
    answer = assistant.ask("Combien de centres sociaux dans la base ?")
    assert text(answer).startswith(
        "4 centres mènent des actions dans la base : 6 fiches, menées par 4 centres."
    )
    assert "Centre Étoile (Gironde) : « " in text(answer)
