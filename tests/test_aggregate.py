"""Counts and tables over ALL the matching fiches, with the cited list capped."""

from __future__ import annotations

import pytest

from assistant.aggregate import aggregate_answer, count_values
from assistant.records import FacetMatch, Query
from ingest.models import Fiche
from tests.helpers_answer import FICHES, FakeRetriever, make_fiche


def test_count_values_counts_each_value_of_list_fields_once_per_fiche():
    doubled = make_fiche(9, "Doublon", "C", "Moselle", "Grand Est", partenaires=["CAF", "CAF"])
    assert count_values([*FICHES, doubled], "partenaires") == [
        ("CAF", 4),
        ("Bailleur social", 3),
        ("Ville", 2),
    ]
    assert count_values(FICHES, "departement") == [
        ("Seine-Maritime", 3),
        ("Moselle", 2),
        ("Haute-Garonne", 1),
    ]
    with pytest.raises(ValueError):
        count_values(FICHES, "nope")


def test_parentalite_by_departement_table_and_rows():
    retriever = FakeRetriever()
    query = retriever.analyse("Combien d'actions de parentalité par département ?")
    assert (query.intent, query.group_by) == ("aggregate", "departement")
    answer = aggregate_answer(query, retriever.facet_matches(query))
    opening, table, title, lines = answer.text.split("\n\n")
    assert (
        opening
        == "4 fiches correspondent à vos critères (mots-clés Parentalité). Répartition par département :"
    )
    assert table == (
        "| Département | Fiches |\n|---|---:|\n| Seine-Maritime | 2 |\n| Haute-Garonne | 1 |\n| Moselle | 1 |"
    )
    assert [r.model_dump() for r in answer.table] == [
        {"valeur": "Seine-Maritime", "fiches": 2},
        {"valeur": "Haute-Garonne", "fiches": 1},
        {"valeur": "Moselle", "fiches": 1},
    ]
    assert title == "Fiches :"
    assert lines.splitlines()[0] == (
        "- **[1]** [Ateliers parents-enfants](/fiche/f-4) — Espace famille des Hauts (Seine-Maritime) "
        "· département : Seine-Maritime"
    )
    assert [c.fiche_id for c in answer.citations] == ["f-4", "f-2", "f-6", "f-1"]  # by title


def test_partners_over_the_whole_base_note_list_fields():
    query = Query(text="Quels partenaires reviennent le plus ?", intent="aggregate", group_by="partenaires")
    answer = aggregate_answer(query, FICHES)
    assert answer.text.startswith(
        "La base compte 6 fiches. Répartition par partenaire (une fiche peut compter pour plusieurs valeurs "
        "de partenaire) :\n\n| Partenaire | Fiches |\n|---|---:|\n| Bailleur social | 3 |\n| CAF | 3 |\n| Ville | 2 |"
    )


def test_cited_fiches_are_capped_with_the_rest_counted():
    fiches = [make_fiche(i, f"Action {i:02d}", f"Centre {i}", "Gers", "Occitanie") for i in range(1, 14)]
    query = Query(text="par département", intent="aggregate", group_by="departement")
    answer = aggregate_answer(query, fiches)
    assert len(answer.citations) == 10 and answer.citations[-1].fiche_id == "f-10"
    assert answer.text.endswith(
        "- **[10]** [Action 10](/fiche/f-10) — Centre 10 (Gers) · département : Gers\n\n… et 3 autres fiches."
    )
    assert [r.model_dump() for r in answer.table] == [{"valeur": "Gers", "fiches": 13}]


def test_ranked_hits_come_first_and_empty_values_are_counted_as_unknown():
    from tests.helpers_answer import hit

    blank = Fiche(id="f-0", title="Sans département", centre="X")
    query = Query(
        text="q",
        intent="aggregate",
        group_by="departement",
        facets=[FacetMatch(field="centre", values=["X"], trigger="x")],
    )
    answer = aggregate_answer(query, [FICHES[0], blank], ranked=[hit(blank)])
    assert [c.fiche_id for c in answer.citations] == ["f-0", "f-1"]
    assert [r.model_dump() for r in answer.table] == [
        {"valeur": "Haute-Garonne", "fiches": 1},
        {"valeur": "(non renseigné)", "fiches": 1},  # always last
    ]


def test_no_fiche_gives_the_no_match_sentence():
    answer = aggregate_answer(Query(text="q", intent="aggregate", group_by="region"), [])
    assert answer.text == "Aucune fiche ne correspond à votre question." and answer.citations == []


# -- a count of fiches about words no facet names --------------------------------------------------------


def _topic_assistant():
    from assistant.retrieval import HybridRetriever
    from assistant.service import Assistant
    from config import Settings
    from tests.helpers_retrieval import MemoryIndex
    from tests.helpers_retrieval import make_fiche as fiche

    corpus = [
        fiche("f-gouter1", "Goûter géant du quartier", centre="CS A", resume="Un goûter partagé au parc."),
        fiche("f-gouter2", "goûter de printemps", centre="CS B", resume="Les familles apportent un gâteau."),
        fiche("f-gouter3", "Goûter-concert des aînés", centre="CS C", resume="Un orchestre et des crêpes."),
        fiche(
            "f-place",
            "Place en fête",
            centre="CS D",
            resume="Une fête de place avec jeux ; pas de goûter prévu.",
        ),
        fiche("f-velo", "Atelier vélo solidaire", centre="CS E", resume="Réparation de vélos."),
    ]
    index = MemoryIndex(corpus)
    return Assistant(HybridRetriever(index), index, settings=Settings(retrieval_k=5))


def test_a_count_of_a_topic_counts_the_fiches_titled_so_and_says_how():
    answer = _topic_assistant().ask("nombre d'actions goûter dans la base ?")
    assert sorted(c.fiche_id for c in answer.citations) == ["f-gouter1", "f-gouter2", "f-gouter3"]
    assert answer.text.startswith("3 fiches portent sur « gouter » (fiches dont le titre contient ces mots")


def test_a_count_of_a_topic_no_title_has_counts_the_texts_and_none_abstains():
    assistant = _topic_assistant()
    answer = assistant.ask("combien de fiches parlent de crêpes ?")
    assert [c.fiche_id for c in answer.citations] == ["f-gouter3"]
    assert "dont le titre ou la description contiennent" in answer.text
    assert assistant.ask("combien d'actions de tricot ?").citations == []
