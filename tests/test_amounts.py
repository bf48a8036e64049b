"""Typed amounts and counts read at ingest (`ingest/amounts.py`): known answers on sentences written here,
the Fiche and chunk-metadata round trip, and the user's seed (« Place de femmes » budget table)."""

from __future__ import annotations

import pytest

from ingest import amounts
from ingest.chunking import chunk_metadata
from ingest.models import Fiche
from ingest.parser import parse_file


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Subvention : 40000€", [40000]),
        ("Caf : 34 985 € ; Ville : 1\u202f200 €", [34985, 1200]),
        ("Budget de 12 k€", [12000]),
        ("3.500 euros de la commune", [3500]),
        ("7000,00 € puis 7000.00 €", [7000, 7000]),
        ("1,5 M€ sur trois ans", [1_500_000]),
        ("En 2015, 300 € et 60 % par l'État", [300]),
        ("Budget 2023 : pas de montant", []),
    ],
)
def test_parse_money_known_answers(text, values):
    assert [m.value for m in amounts.parse_money(text)] == values


@pytest.mark.parametrize(
    ("text", "value", "basis"),
    [
        ("TOTAL DES PRODUITS\n900 €\nTOTAL DES CHARGES\n1 000 €\nTOTAL\n1 200 €", 1000, "total des charges"),
        ("Charges: 3900 euros\nAnimation : 2100 euros\nProduits: 3900 euros", 3900, "charges"),
        ("Budget annuel de 4 200 € : matériel 1 900 €, communication 500 €", 4200, "budget indiqué"),
        ("Budget 2023 : Achats 21 000 €\nLoyer 6 000 €", 27000, "somme des montants"),
        (
            "Le dispositif s'équilibre à la hauteur de 20000 euros. L'État pour 7000,00 €",
            20000,
            "budget indiqué",
        ),
        ("2160 € de charges directes avec un financement de l'ARS", 2160, "charges"),
        (
            "Caf : 5 500 €\nRégion : 4 000 €\nParticipation des familles : 3 € par personne",
            9500,
            "somme des montants",
        ),
        (
            "Reste à charge : 300 €\nCoût moyen d'un parcours : 1 400 €\nÉtat : 2 000 €",
            2000,
            "montant indiqué",
        ),
        ("Résultat net de 57€.\nLes achats représentant 11 euros.", 11, "montant indiqué"),
    ],
)
def test_budget_from_field_known_answers(text, value, basis):
    found = amounts.budget_from_field(text)
    assert (found.value, found.basis, found.source) == (value, basis, "ressources_financieres")


def test_budget_sentence_is_the_line_it_came_from():
    found = amounts.budget_from_field("Financement CAF\nTotal des charges : 79 000 €\nProduits : 79 000 €")
    assert found.sentence == "Total des charges : 79 000 €"
    assert amounts.budget_from_field("Pas de budget spécifique.") is None


def test_budget_falls_back_to_a_sentence_of_the_text():
    texts = {
        "ressources_financieres": "prévu dans le budget du centre",
        "resume": "Un atelier. Il a coûté 850 € au total.",
    }
    found = amounts.derive(texts)["budget"]
    assert (found.value, found.source, found.sentence) == (850, "resume", "Il a coûté 850 € au total.")


@pytest.mark.parametrize(
    ("text", "staff", "volunteers", "public", "mobilised"),
    [
        ("4 salariés/30 bénévoles", 4, 30, None, 34),
        ("15 professionnels.\n30 bénévoles.", 15, 30, None, 45),
        ("1 référente familles, 1 animatrice petite enfance, 6 parents bénévoles", 2, 6, None, 8),
        ("4 salariés, 40 bénévoles dont 12 jeunes", 4, 40, None, 44),
        ("4 accueillantes formées (2 salariées, 2 bénévoles), 1 psychologue", 3, 2, None, 5),
        ("1 animateur, 25 habitants", 1, None, 25, 26),
        ("sept bénévoles et deux salariées", 2, 7, None, 9),
        ("150", None, None, None, 150),
        ("L'écrivain public, salarié 24 heures par semaine", None, None, None, None),
    ],
)
def test_people_from_field_known_answers(text, staff, volunteers, public, mobilised):
    found = amounts.people_from_field(text)
    got = [found.get(k) for k in ("nb_salaries", "nb_benevoles", "nb_participants", "nb_mobilises")]
    assert [a.value if a else None for a in got] == [staff, volunteers, public, mobilised]


@pytest.mark.parametrize(
    ("sentence", "value", "rough"),
    [
        ("Environ 800 personnes sont venues sur la journée.", 800, ""),
        ("Une soixantaine de personnes étaient présentes.", 60, "environ"),
        ("Nous avons accueilli 23 adultes et 18 enfants.", 41, ""),
        ("Huit familles, soit 31 personnes dont 19 enfants.", 31, ""),
        ("Amélioration pour deux participants sur trois.", None, ""),
        ("Deux ateliers par semaine, 8 familles par atelier.", 8, "par atelier"),  # no total: the rate
        ("Des enfants de 3 à 6 ans, en 2019.", None, ""),
    ],
)
def test_participants_from_text_known_answers(sentence, value, rough):
    found = amounts.people_from_text({"description_generale": sentence}).get("nb_participants")
    assert (found.value, found.basis, found.sentence) == (value, rough, sentence) if value else found is None


def test_text_counts_prefer_a_participation_sentence_and_keep_the_field():
    texts = {
        "resume": "Le quartier compte 5000 habitants.",
        "description_generale": "Au total, 120 habitants ont participé aux ateliers.",
    }
    found = amounts.derive(texts)["nb_participants"]
    assert (found.value, found.source) == (120, "description_generale")


def test_structured_field_wins_over_the_text():
    texts = {"personnes_mobilisees": "12 bénévoles", "resume": "Grâce à 30 bénévoles du quartier."}
    assert amounts.derive(texts)["nb_benevoles"].value == 12
    assert amounts.derive({"resume": "Grâce à 30 bénévoles du quartier."})["nb_benevoles"].value == 30


def test_a_long_sentence_is_cut_around_the_figure():
    sentence = (
        "Objectifs : " + "favoriser le lien social " * 20 + "avec 42 familles accueillies " + "et " * 60
    )
    found = amounts.people_from_text({"resume": sentence})["nb_participants"]
    assert "42 familles" in found.sentence and len(found.sentence) <= amounts.SENTENCE_CHARS


def test_fiche_fills_its_typed_figures_and_metadata_holds_numbers():
    fiche = Fiche(
        id="f-1",
        title="T",
        ressources_financieres="Budget de 3.500 euros",
        personnes_mobilisees="7 bénévoles",
    )
    assert (fiche.budget.value, fiche.budget.basis) == (3500, "budget indiqué")
    assert fiche.nb_benevoles.value == 7 and fiche.nb_salaries is None
    meta = chunk_metadata(fiche, "resume")
    assert meta["budget"] == 3500 and meta["nb_benevoles"] == 7 and "nb_salaries" not in meta
    again = Fiche.model_validate_json(fiche.model_dump_json())
    assert again == fiche and again.budget.sentence == "Budget de 3.500 euros"
    assert str(fiche.budget) == "3 500 (budget indiqué) — « Budget de 3.500 euros »"


def test_format_number():
    assert amounts.format_euros(34985) == "34 985 €"
    assert amounts.format_number(1234.5) == "1 234,5" and amounts.format_number(7) == "7"


@pytest.mark.shared
def test_seed_place_de_femmes_budget_table(seed_path):
    fiches = {f.title: f for f in parse_file(seed_path).fiches}
    table = fiches["Place de femmes"]
    assert (table.budget.value, table.budget.basis) == (34985, "total des charges")
    assert table.budget.sentence == "TOTAL DES CHARGES 34985€"
    assert (table.nb_salaries.value, table.nb_benevoles.value, table.nb_mobilises.value) == (15, 30, 45)
    assert fiches["Place des femmes"].budget.value == 40000
    assert fiches["Place des femmes"].nb_mobilises.value == 150
    assert fiches["Place aux parents - autour du conte"].budget.value == 3900


def test_an_investment_is_not_added_to_the_running_cost():
    found = amounts.budget_from_field("Achat du véhicule : 42 000 €\nFonctionnement annuel : 28 000 €")
    assert (found.value, found.basis) == (28000, "fonctionnement, hors investissement de 42 000 €")
    funders = amounts.budget_from_field("Caf : 4 000 €\nBailleur : 1 500 €")
    assert (funders.value, funders.basis) == (5500, "somme des montants")


def test_a_public_noun_within_the_team_is_one_of_the_team():
    found = amounts.people_from_field("2 ludothécaires, 1 animatrice, 2 jeunes en service civique")
    assert "nb_participants" not in found and found["nb_mobilises"].value == 5


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        ("En moyenne 45 enfants et 15 parents par séance.", "nb_participants", 60),  # a rate, said so
        (
            "Sur proposition de deux participantes, un atelier bijoux.",
            "nb_participants",
            None,
        ),  # a small word
        ("Plus de 140 jeunes sont suivis par la mission locale.", "nb_participants", None),  # someone else's
        (
            "Nous avons formé ces deux bénévoles. Trois bénévoles animent.",
            "nb_benevoles",
            3,
        ),  # « ces »: already
    ],
)
def test_text_counts_that_are_not_the_actions_own(sentence, kind, value):
    found = amounts.people_from_text({"description_experience": sentence}).get(kind)
    assert (found.value if found else None) == value
    if value == 60:
        assert found.basis == "par séance"
