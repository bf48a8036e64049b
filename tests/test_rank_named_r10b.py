"""Round 10 wave B: what a ranking ranks on (a money noun after the superlative over a verb before it, the
participle qualifying the counted noun, a centre's abbreviated kind), a partner's money asked through a
postposed superlative or a bare receiving verb, and a quoted name as the whole name of a title request."""

from __future__ import annotations

import pytest

from assistant import aspects, ranking
from assistant.linking import TitleLinker
from assistant.records import FacetMatch, Query
from ingest.text import normalise
from tests.helpers_retrieval import make_fiche


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("laquelle touche le plus gros montant de la Caf ?", "budget"),
        ("quelle action encaisse la plus grosse subvention ?", "budget"),
        ("quelle action touche le plus de monde ?", "nb_participants"),
        ("quelle action a le plus de bénévoles ?", "nb_benevoles"),
        ("quelle action a reçu le plus de la Caf ?", "budget"),
    ],
)
def test_the_noun_after_the_superlative_names_the_figure_over_the_verb(question, field):
    spec = ranking.rank_spec(normalise(question))
    assert spec is not None and spec.field == field


@pytest.mark.parametrize(
    ("question", "participle"),
    [
        ("Sur quelle fiche compte-t-on le plus grand nombre de salariés / pros engagés ?", "engages"),
        ("où trouve-t-on le plus de pros investis ?", "investis"),
        ("quelle action a le plus de bénévoles mobilisés pour la fête ?", "mobilises"),
    ],
)
def test_a_participle_after_the_counted_noun_is_part_of_the_measure(question, participle):
    assert participle in ranking.ranking_words(normalise(question))


def test_a_noun_after_the_counted_noun_stays_a_topic():
    words = ranking.ranking_words(normalise("quelle action a le plus de bénévoles seniors ?"))
    assert "seniors" not in words and "benevoles" in words


def test_a_centre_kind_abbreviation_is_no_topic():
    norm = normalise("des trois fiches de la MPT de Kervénanec, laquelle coûte le moins ?")
    assert "mpt" in ranking.ranking_words(norm)
    assert "kervenanec" not in ranking.ranking_words(norm)


def _caf(question: str) -> Query:
    return Query(text=question, facets=[FacetMatch(field="partenaires", values=["Caf"], trigger="Caf")])


@pytest.mark.parametrize(
    ("question", "partner"),
    [
        ("laquelle perçoit le montant le plus élevé de la Caf ?", "Caf"),
        ("parmi les projets soutenus par la Caf, lequel empoche le plus gros montant ?", "Caf"),
        ("parmi les actions financées par la Caf, laquelle a le plus de participants ?", ""),
        ("parmi les actions financées par la Caf, laquelle coûte le plus ?", ""),
    ],
)
def test_a_partners_money_through_a_postposed_superlative_or_a_bare_receiving_verb(question, partner):
    assert aspects.asked_partner(normalise(question), _caf(question)) == partner


def _linker() -> TitleLinker:
    return TitleLinker(
        [
            make_fiche("f-fq", "Fête de quartier des Tilleuls", resume="Un repas dans le quartier."),
            make_fiche("f-pe", "Place en fête", resume="Des animations sur la place."),
        ]
    )


def test_a_quoted_name_no_title_has_is_declared_absent_with_the_closest_titles():
    link = _linker().link("la fiche du projet « Quartier en Fanfare », svp")
    assert link is not None and link.fiche_ids == [] and link.mention == "Quartier en Fanfare"
    assert "f-fq" in link.closest


def test_a_quoted_title_is_still_linked():
    link = _linker().link("la fiche du projet « Fête de quartier des Tilleuls », svp")
    assert link is not None and link.fiche_ids[:1] == ["f-fq"] and link.focus


def test_one_description_and_two_places_name_two_fiches():
    from assistant.references import ReferenceResolver

    fiches = [
        make_fiche(
            "f-is",
            "Cuisine à petit prix",
            centre="CENTRE SOCIAL A",
            departement="Isère",
            departement_code="38",
            region="Auvergne-Rhône-Alpes",
            resume="Des ateliers de cuisine.",
        ),
        make_fiche(
            "f-gu",
            "Atelier cuisine créole",
            centre="CENTRE SOCIAL B",
            departement="Guadeloupe",
            departement_code="971",
            region="Guadeloupe",
            resume="Cuisiner ensemble.",
        ),
        make_fiche(
            "f-jd",
            "Jardin des voisins",
            centre="CENTRE SOCIAL C",
            departement="Isère",
            departement_code="38",
            region="Auvergne-Rhône-Alpes",
            resume="Des bacs de légumes.",
        ),
    ]
    refs = ReferenceResolver(fiches).resolve(
        "compare les deux ateliers cuisine (Isère et Guadeloupe) : combien chacun a reçu ?", described=True
    )
    assert [r.fiche_id for r in refs] == ["f-is", "f-gu"]


def test_how_much_each_received_asks_the_partner_named_as_scope():
    question = "compare les deux ateliers financés par la Caf : combien chacun a reçu ?"
    assert aspects.asked_partner(normalise(question), _caf(question)) == "Caf"
