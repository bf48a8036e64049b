"""The whole legacy `/action/show/<id>` page: pages cut before their title, the `Structure organisatrice` /
`Publié par` tail, the publication year — on blocks built here and on the real pages of ../shared."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.parser import parse_file, parse_files, parse_text, stand_in_title
from ingest.text import normalise

REAL_PAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "real_pages"

DIAGNOSTIC = "Quels furent les éléments de diagnostic à l'origine de l'expérience ?"
LIMITES = "Quelles sont les limites de cette expérience ?"


def page(n: int, body: str, tail: str = "") -> str:
    """A legacy page cut before its title: its URL line, then fields from the diagnostic on."""
    return f"URL: https://senacs.fr/action/show/{n}\n{DIAGNOSTIC}\n{body}{tail}"


TAIL = "Structure organisatrice\nCSC LES TILLEULS - Seine-Saint-Denis\nPublié par\n[nom masqué]\n"
BODY = (
    "Des parents isolés.\nMots clés associés à l'actions\nParentalité\nSanté\n"
    "Description générale\nun atelier cuisine du mercredi. Ouvert à tous.\n"
    f"{LIMITES}\nPeu de bénévoles.\n"
)


# --- pages cut before their title -----------------------------------------------------------------


def test_page_cut_before_its_title_is_kept_with_a_stand_in_title():
    result = parse_text(page(12, BODY), "p.txt")
    (fiche,) = result.fiches
    assert (result.blocks, result.layouts) == (1, {"legacy_show": 1})
    assert (fiche.id, fiche.source_url, fiche.source_line) == (
        "senacs-12",
        "https://senacs.fr/action/show/12",
        2,
    )
    assert fiche.title == "Un atelier cuisine du mercredi"
    assert fiche.titre_manquant == "titre repris de « Description générale »"
    assert (fiche.diagnostic, fiche.mots_cles, fiche.limites) == (
        "Des parents isolés.",
        ["Parentalité", "Santé"],
        "Peu de bénévoles.",
    )
    assert result.warnings == [
        "p.txt:2 : titre manquant (page coupée avant son titre) : fiche gardée sous le titre "
        "« Un atelier cuisine du mercredi », repris de « Description générale »"
    ]


def test_stand_in_title_falls_back_field_by_field_and_skips_list_headings():
    assert stand_in_title({"description_generale": "", "resume": "- court résumé"}) == (
        "Court résumé",
        "resume",
    )
    experience = "Objectifs de ce projet :\n- Mettre en place un atelier vidéo.\n- Diffuser les films."
    assert stand_in_title({"description_experience": experience}) == (
        "Mettre en place un atelier vidéo",
        "description_experience",
    )
    long = "Un très long texte " + "avec beaucoup de mots " * 10
    title, _ = stand_in_title({"diagnostic": long})
    assert len(title) <= 80 and title.endswith("…") and long.startswith(title[:-1].rstrip())
    assert stand_in_title({"limites": "Les constats :"}) == ("Les constats", "limites")  # its only line
    assert stand_in_title({}) == ("", "")


def test_page_with_no_text_keeps_an_empty_title_and_says_so():
    result = parse_text("URL: https://senacs.fr/action/show/3\nThèmes\n  • Jeunesse\n", "v.txt")
    (fiche,) = result.fiches
    assert (fiche.id, fiche.title, fiche.themes) == ("senacs-3", "", ["Jeunesse"])
    assert fiche.titre_manquant == "aucun texte dont tirer un titre"
    assert result.warnings == [
        "v.txt:2 : titre manquant (page coupée avant son titre) : fiche gardée sans titre"
    ]


def test_concatenated_pages_each_start_a_fiche_with_their_own_address():
    result = parse_text(page(1, BODY) + page(2, "Autre diagnostic.\n"))
    one, two = result.fiches
    assert (one.id, two.id) == ("senacs-1", "senacs-2")
    assert one.limites == "Peu de bénévoles."  # the second URL line did not end up in the first fiche
    assert (two.diagnostic, two.title) == ("Autre diagnostic.", "Autre diagnostic")


def test_a_legacy_only_label_starts_a_fiche_without_url_but_a_listing_label_does_not():
    (fiche,) = parse_text(f"{DIAGNOSTIC}\nUn constat.\n").fiches
    assert (fiche.title, fiche.diagnostic, fiche.source_url) == ("Un constat", "Un constat.", "")
    assert fiche.id.startswith("f-")
    with pytest.raises(Exception, match="aucune fiche reconnue"):
        parse_text("Description générale\nUn texte.\n")  # bare listing label, no fiche page: not a fiche


def test_page_with_its_title_is_unchanged(fixtures_dir):
    (fiche,) = parse_file(fixtures_dir / "legacy_show_complete.txt").fiches
    assert (fiche.title, fiche.titre_manquant) == ("Français Langue Etrangère", "")


# --- the tail: centre, département, publication date -----------------------------------------------


def test_tail_gives_centre_and_departement_and_drops_the_masked_name():
    result = parse_text(page(7, BODY, TAIL), "t.txt")
    (fiche,) = result.fiches
    assert (fiche.centre, fiche.departement, fiche.departement_code, fiche.region) == (
        "CSC LES TILLEULS",
        "Seine-Saint-Denis",
        "93",
        "Île-de-France",
    )
    assert fiche.departement_ecrit == "Seine-Saint-Denis" and fiche.departement_infere == ""
    assert "masque" not in normalise(fiche.model_dump_json()) and "publie" not in normalise(fiche.centre)
    assert not any("département non reconnu" in w for w in result.warnings)
    assert fiche.limites == "Peu de bénévoles."  # the tail does not leak into the last field
    assert fiche.annee is None  # no date on the page


@pytest.mark.parametrize(
    ("written", "year"),
    [
        ("le 03/02/2016", 2016),
        ("2014-11-30", 2014),
        ("12 mars 2013", 2013),
        ("2012", 2012),
        ("n° 1861", None),
    ],
)
def test_publication_date_in_the_tail_gives_the_year(written, year):
    (fiche,) = parse_text(page(7, BODY, TAIL + written + "\n")).fiches
    assert fiche.annee == year


def test_tail_with_a_dash_in_the_centre_name_and_themes_before_it():
    text = page(
        9, "x\nThèmes\n  • Jeunesse\n  • Culture\n", "Structure organisatrice\nCS A - B - Gers\nPublié par\n"
    )
    (fiche,) = parse_text(text).fiches
    assert (fiche.centre, fiche.departement, fiche.themes) == ("CS A - B", "Gers", ["Jeunesse", "Culture"])


# --- the real pages -----------------------------------------------------------------------------


def _real_pages() -> list[Path]:
    if not REAL_PAGES.exists():
        pytest.skip("../shared/real_pages absent")
    return sorted(REAL_PAGES.glob("*.txt"))


@pytest.mark.shared
def test_every_real_page_is_read():
    pages = _real_pages()
    result = parse_files(pages)
    assert len(result.fiches) == len(pages) == 28
    assert result.layouts == {"listing": 1, "legacy_show": 26, "listing_sectioned": 1}


@pytest.mark.shared
def test_real_show_pages_keep_their_id_and_a_title():
    cut_before_title = 0
    for path in _real_pages():
        text = path.read_text(encoding="utf-8")
        show = re.match(r"URL: https://senacs\.fr/action/show/(\d+)", text)
        if not show:
            continue
        (fiche,) = parse_file(path).fiches
        assert fiche.id == f"senacs-{show.group(1)}", path.name
        assert fiche.title, path.name
        headless = not text.split("\n", 2)[1].startswith("Actions")
        assert bool(fiche.titre_manquant) == headless, path.name
        cut_before_title += headless
    assert cut_before_title == 24


@pytest.mark.shared
def test_real_pages_with_a_structure_line_get_centre_and_departement():
    checked = 0
    for path in _real_pages():
        if "Structure organisatrice" not in path.read_text(encoding="utf-8"):
            continue
        for fiche in parse_file(path).fiches:
            assert fiche.centre and fiche.departement and fiche.region, path.name
            assert "Publié par" not in fiche.centre, path.name
            checked += 1
    assert checked >= 2


def test_lessons_labels_each_start_their_field():
    facteurs = "Quels furent les facteurs de réussite de cette expérience ?"
    body = (
        f"Des parents isolés.\n{facteurs}\nUn groupe moteur.\nDes élus présents.\n{LIMITES}\nPeu de pères.\n"
    )
    (fiche,) = parse_text(page(12, body, TAIL)).fiches
    assert (fiche.diagnostic, fiche.facteurs_reussite, fiche.limites) == (
        "Des parents isolés.",
        "Un groupe moteur.\nDes élus présents.",
        "Peu de pères.",
    )


@pytest.mark.shared
def test_real_show_pages_keep_their_lessons_fields_whole():
    """Every « limites » / « facteurs de réussite » a real page writes is its fiche's field, as written (the
    pages themselves are cut mid-word sometimes: « s'ouv »)."""
    labels = {
        "limites": LIMITES,
        "facteurs_reussite": "Quels furent les facteurs de réussite de cette expérience ?",
    }
    checked = 0
    for path in _real_pages():
        lines = path.read_text(encoding="utf-8").splitlines()
        for name, label in labels.items():
            if label not in lines:
                continue
            written = lines[lines.index(label) + 1 :]
            (fiche,) = parse_file(path).fiches
            field = getattr(fiche, name)
            if field:
                kept = [line.strip() for line in written[: len(field.splitlines())]]
                assert kept == field.splitlines(), (path.name, name)
                checked += 1
    assert checked == 12  # 7 success factors, 5 limits (0018 and 0022 leave theirs empty)
