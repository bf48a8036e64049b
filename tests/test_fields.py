"""The field schema (`ingest/fields.py`): consistent with `Fiche`, and the derived tables give known answers."""

from __future__ import annotations

import typing

import pytest

from ingest import fields
from ingest.models import Fiche


def test_every_schema_field_is_a_fiche_field_of_the_right_kind():
    for entry in fields.FIELDS:
        if entry.kind == fields.IGNORE:
            assert entry.name not in Fiche.model_fields
            continue
        annotation = Fiche.model_fields[entry.name].annotation
        is_list = typing.get_origin(annotation) is list
        assert is_list == (entry.kind == fields.LIST), entry.name


def test_ranks_and_positions_are_unique():
    for attr, rank in (("facet", "rank"), ("facet", "filter"), ("lookup", "rank"), ("group", "rank")):
        values = [getattr(getattr(f, attr), rank) for f in fields.FIELDS if getattr(f, attr)]
        values = [v for v in values if v]
        assert len(values) == len(set(values)), (attr, rank)
    placed = [(f.section, f.section_rank) for f in fields.FIELDS if f.section]
    assert len(placed) == len(set(placed))


def test_derived_tables_known_answers():
    assert fields.list_fields() == (
        "dimension", "mots_cles", "initiative", "territoire", "public", "partenaires", "partenaires_cites",
        "themes",
    )  # fmt: skip
    assert fields.derived_fields() == (
        "titre_manquant", "departement_infere", "partenaires_cites",
        "budget", "nb_benevoles", "nb_salaries", "nb_mobilises", "nb_participants",
    )  # fmt: skip
    assert fields.measure_fields() == (
        "budget",
        "nb_benevoles",
        "nb_salaries",
        "nb_mobilises",
        "nb_participants",
    )
    assert fields.measure("budget").unit == "€" and fields.measure("nb_benevoles").unit == ""
    assert fields.facet_sources("partenaires") == ("partenaires", "partenaires_cites")
    assert fields.facet_sources("public") == ("public",) and fields.facet_sources("resume") == ("resume",)
    assert fields.filter_fields() == ("region", "departement", "mots_cles", "partenaires", "public", "statut")
    assert fields.facet_fields() == (
        "mots_cles", "public", "partenaires", "dimension", "statut",
        "territoire", "initiative", "region", "departement", "centre",
    )  # fmt: skip
    assert fields.facet_fields_named_by(fields.PLACES) == ("region", "departement")
    assert fields.facet_fields_named_by(fields.CENTRES) == ("centre",)
    assert "fichiers" not in fields.labels() and fields.labels()["annee"] == "Année"
    assert list(fields.sections()) == ["resume", "acteurs", "resultats"]
    assert fields.sections()["acteurs"][:2] == ("initiative", "initiative_precision")
    assert fields.text_fields()[0] == "statut" and "title" not in fields.text_fields()
    assert not set(fields.derived_fields()) & set(fields.text_fields())


def test_labels_of_each_use():
    assert fields.label("partenaires") == "Partenaires d'action"
    assert fields.facet_label("partenaires") == "Partenaires"
    assert fields.facet_word("partenaires") == "partenaire"
    assert fields.group_label("mots_cles") == "mot-clé"
    assert fields.label("unknown") == "unknown" and fields.facet_word("annee") == "annee"
    assert fields.field_of_label("Ressources financières mobilisées") == "ressources_financieres"
    assert fields.field_of_label("Fichier(s) associé(s)") is None


def test_lookup_words_and_patterns():
    assert fields.lookup_field_for(["le", "budget"]) == "ressources_financieres"
    assert fields.lookup_field_for(["statut"]) == "statut"
    assert fields.lookup_field_for(["rien"]) == ""
    assert fields.lookup_patterns()[0][1] == "ressources_financieres"
    assert fields.lookup_patterns()[-1][1] == "resume"


def test_require_facet():
    assert fields.require_facet("region") == "region"
    with pytest.raises(ValueError, match="not a facet field: 'resume'"):
        fields.require_facet("resume")
    with pytest.raises(KeyError, match="unknown fiche field 'nope'"):
        fields.get("nope")
