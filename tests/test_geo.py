"""Départements, régions and forgiving lookups."""

from __future__ import annotations

import pytest

from ingest.geo import DEPARTEMENTS, REGIONS, Departement, departements_of_region, find_departement, normalise


def test_tables_have_101_departements_and_18_regions():
    assert len(DEPARTEMENTS) == 101
    assert len({d.code for d in DEPARTEMENTS}) == 101
    assert len({d.name for d in DEPARTEMENTS}) == 101
    assert len(REGIONS) == 18
    assert {d.region for d in DEPARTEMENTS} == set(REGIONS)
    assert [d.code for d in DEPARTEMENTS[:3]] == ["01", "02", "03"]
    assert [d.code for d in DEPARTEMENTS[-5:]] == ["971", "972", "973", "974", "976"]


@pytest.mark.parametrize(
    ("text", "code", "name", "region"),
    [
        ("seine maritime", "76", "Seine-Maritime", "Normandie"),
        ("2A", "2A", "Corse-du-Sud", "Corse"),
        ("2b", "2B", "Haute-Corse", "Corse"),
        ("974", "974", "La Réunion", "La Réunion"),
        ("Cote d'Or", "21", "Côte-d'Or", "Bourgogne-Franche-Comté"),
        ("CÔTES D’ARMOR", "22", "Côtes-d'Armor", "Bretagne"),
        ("31", "31", "Haute-Garonne", "Occitanie"),
        ("Seine St Denis", "93", "Seine-Saint-Denis", "Île-de-France"),
        ("Haute-Garonne (31)", "31", "Haute-Garonne", "Occitanie"),
        ("territoire de belfort", "90", "Territoire de Belfort", "Bourgogne-Franche-Comté"),
        ("Réunion", "974", "La Réunion", "La Réunion"),
        ("Pas-de-Calais", "62", "Pas-de-Calais", "Hauts-de-France"),
        ("Paris", "75", "Paris", "Île-de-France"),
    ],
)
def test_find_departement(text, code, name, region):
    assert find_departement(text) == Departement(code, name, region)


@pytest.mark.parametrize(
    "text", ["", "   ", "Bretagne", "Lorient", "99", "2C", "Haute-Garonne (33)", "ain x"]
)
def test_find_departement_rejects_non_departements(text):
    assert find_departement(text) is None


def test_departements_of_region():
    assert [d.code for d in departements_of_region("Occitanie")] == [
        "09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82",
    ]  # fmt: skip
    assert [d.name for d in departements_of_region("bretagne")] == [
        "Côtes-d'Armor", "Finistère", "Ille-et-Vilaine", "Morbihan",
    ]  # fmt: skip
    assert [d.code for d in departements_of_region("ile de france")] == [
        "75",
        "77",
        "78",
        "91",
        "92",
        "93",
        "94",
        "95",
    ]
    assert [d.code for d in departements_of_region("Corse")] == ["2A", "2B"]
    assert [d.code for d in departements_of_region("La Réunion")] == ["974"]
    assert departements_of_region("Atlantide") == []


def test_region_sizes():
    sizes = {region: len(departements_of_region(region)) for region in REGIONS}
    assert sizes["Auvergne-Rhône-Alpes"] == 12
    assert sizes["Nouvelle-Aquitaine"] == 12
    assert sizes["Grand Est"] == 10
    assert sizes["Hauts-de-France"] == 5
    assert sum(sizes.values()) == 101


def test_normalise():
    assert normalise("Précision ( si autre )") == "precision si autre"
    assert normalise("Côte-d’Or") == "cote d or"
    assert normalise("  ŒUVRE  «sociale» ") == "oeuvre sociale"
    assert normalise("Démocratie & citoyenneté") == "democratie citoyennete"
