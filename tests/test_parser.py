"""Parser: the user's export (seed), the other SENACS layouts, ids, duplicates, warnings, round trips."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from ingest.errors import IngestError
from ingest.models import Fiche
from ingest.parser import ParseResult, parse_file, parse_files, parse_text, render_listing
from ingest.render import ROUND_TRIP_EXCLUDED
from ingest.text import normalise
from tests.helpers_parser import MINI, fiches

SEED_TITLES = [
    "Place en Place",
    "Place des femmes",
    "Place de femmes",
    "Place aux parents - autour du conte",
    "Pique-nique zéro déchet",
    "Pique Nique Géant",
    "Pique Nique du Pech : Fête de quartier 2.3",
    "pique nique de Noël",
    "PIJ (Point Information Jeunesse)",
    "Petits et grands, mangeons, bougeons ensemble",
    "petits déjeuners thématiques dans les écoles",
    "petites histoires d'iciet d'ailleurs",
    "Petite Enfance et Jardinage",
    "petit déjeuner des habitants",
    "Petit Déj à idées",
    "Permenance logement",
    "Permanences sociales et orientations adaptées",
    "permanences hors les murs du centre social",
    "Permanences de l'écrivain public",
]


@lru_cache(maxsize=2)
def _parse_seed(path: Path) -> ParseResult:
    return parse_file(path)


@pytest.fixture
def seed(seed_path) -> ParseResult:
    return _parse_seed(seed_path)


def by_title(result: ParseResult, title: str) -> Fiche:
    (fiche,) = [f for f in result.fiches if f.title == title]
    return fiche


def content(fiche: Fiche) -> dict:
    return fiche.model_dump(exclude=set(ROUND_TRIP_EXCLUDED))


def expected_id(centre: str, title: str) -> str:
    return "f-" + hashlib.sha1(f"{normalise(centre)}|{normalise(title)}".encode()).hexdigest()[:12]


# --- the seed ---------------------------------------------------------------------------------


def test_seed_counts(seed):
    assert len(seed.fiches) == 19
    assert seed.blocks == 25
    assert seed.duplicates == 6
    assert seed.layouts == {"listing": 25}
    assert seed.warnings == []  # ordinary "- " bullets in free text raise no warning


def test_seed_titles_in_file_order(seed):
    assert [f.title for f in seed.fiches] == SEED_TITLES
    assert [f.source_line for f in seed.fiches[:4]] == [2, 230, 450, 651]


def test_seed_bellefontaine(seed):
    f = by_title(seed, "permanences hors les murs du centre social")
    assert f.centre == "CENTRE SOCIAL BELLEFONTAINE - LAFOURGUETTE"
    assert (f.departement, f.departement_code, f.region) == ("Haute-Garonne", "31", "Occitanie")
    assert f.departement_ecrit == "Haute-Garonne"
    assert f.partenaires == ["Bailleur social"]
    assert f.mots_cles == ["Parentalité", "Solidarité"]
    assert f.initiative == ["Autre"]
    assert f.initiative_precision == "L'élu municipal du secteur"
    assert f.territoire == ["Un quartier"]
    assert f.public == ["Tous publics"]
    assert (f.statut, f.dimension, f.raison_fin) == ("En cours", ["Citoyenneté"], "")
    assert f.personnes_mobilisees.splitlines() == [
        "L'ensemble de l'équipe du centre social est mobilisé sur cette action :",
        "* la secrétaire, pour les renseignements, les inscriptions aux ateliers / activités, l'envoi des programmes",
        "* l'équipe d'animation pour le programme, les ateliers et activités",
        "* la responsable, pour le lien avec le bailleur.",
    ]
    assert f.source_line == 1425
    assert f.source_file.endswith("000_c5bba7ade8c21926.txt")
    assert f.id == expected_id(f.centre, f.title)


def test_seed_place_de_femmes_keeps_its_budget_table(seed):
    f = by_title(seed, "Place de femmes")
    budget = f.ressources_financieres
    assert budget.startswith("Budget prévisionnel de l'action\nPlace des Femmes\nCHARGES\n")
    for piece in (
        "- Subvention CDV",
        "- 650€",
        "- Ville de Lorient",
        "TOTAL DES CHARGES",
        "34985€",
        "39985€",
    ):
        assert piece in budget.splitlines()
    assert budget.endswith("TOTAL\n39985 €\nTOTAL\n39985€")
    assert f.personnes_mobilisees == "15 professionnels.\n30 bénévoles."
    assert f.limites == "Redéfinir avec certains acteurs la notion de partenariat."
    assert f.perspectives.startswith(
        "Elles sont de plusieurs ordres :\nAujourd’hui, de nouvelles initiatives"
    )
    assert f.perspectives.endswith("prendrait appui sur ce ce qui se met en place sur les territoires.")
    assert len(f.perspectives.splitlines()) == 10
    assert f.resultat_territoire == (
        "Liens plus étroits entre les territoires.\nPlace des femmes plus affirmée\nMise en oeuvre de nouveaux projets"
    )
    assert f.mots_cles == [
        "Parentalité",
        "Solidarité",
        "Démocratie & citoyenneté",
        "alphabétisation & apprentissage du français",
        "Mixité sociale",
    ]
    assert f.initiative == ["Le centre social", "Un ou plusieurs partenaire(s)", "Autre"]
    assert f.partenaires == ["Caf", "Commune", "Etat", "Autre"]
    assert f.public == ["Adultes"]
    assert f.description_generale.endswith("4. Que peut-on coconstuire ensemble (un temps inaugural ? ...)")


def test_seed_petits_et_grands(seed):
    f = by_title(seed, "Petits et grands, mangeons, bougeons ensemble")
    assert f.partenaires == ["ARS", "Association locale", "Commune"]
    assert f.dimension == []
    assert f.statut == "Terminée"
    assert f.raison_fin == "Action prévue sur une seule journée"
    assert f.mots_cles == ["intergénérationnel", "Santé", "Mixité sociale"]
    assert (f.centre, f.departement, f.departement_code, f.region) == (
        "CENTRE SOCIAL TARN",
        "Aveyron",
        "12",
        "Occitanie",
    )
    assert f.ressources_financieres == "2160 € de charges directes\navec un financement de l'ARS"


def test_seed_place_des_femmes_and_place_de_femmes_are_distinct(seed):
    des, de = by_title(seed, "Place des femmes"), by_title(seed, "Place de femmes")
    assert des.id != de.id
    assert des.content_hash != de.content_hash
    assert des.centre == de.centre == "Maison Pour Tous de Kervénanec - centre social"
    assert (des.departement, des.region) == ("Morbihan", "Bretagne")
    assert des.ressources_financieres == "40000€"
    assert des.initiative == ["Le centre social"]


def test_seed_permanences_sociales_has_empty_lists(seed):
    f = by_title(seed, "Permanences sociales et orientations adaptées")
    assert (f.public, f.territoire, f.dimension, f.mots_cles, f.partenaires) == ([], [], [], [], [])
    assert f.initiative == ["Le centre social", "Autre"]
    assert f.initiative_precision == "La municipalité pour la permanence de l'élu délégué de quartier."
    assert f.description_generale == "" and f.limites == "" and f.perspectives == ""
    assert f.personnes_mobilisees == "4"
    assert f.description_experience.splitlines()[0] == "▪ Assurer un soutien à la vie quotidienne,"
    assert f.description_experience.splitlines()[-1] == "- Orientation des publics"


def test_seed_other_fiches(seed):
    place = by_title(seed, "Place en Place")
    assert place.territoire == ["Un quartier"]  # printed twice, kept once
    assert (place.initiative, place.partenaires) == ([], [])
    assert (place.ressources_financieres, place.limites) == ("20000€", "Financements")
    assert place.description_experience.splitlines()[-2] == "- …"

    zero = by_title(seed, "Pique-nique zéro déchet")
    assert zero.initiative == ["Un ou plusieurs partenaire(s)"]
    assert zero.initiative_precision.startswith("Le magasin Chlorophylle nous a donné")
    assert len(zero.initiative_precision.splitlines()) == 2
    assert (zero.limites, zero.perspectives) == ("", "Action à reconduire.")

    pij = by_title(seed, "PIJ (Point Information Jeunesse)")
    assert (pij.resume, pij.description_experience, pij.description_generale) == ("", "", "")
    assert pij.partenaires == ["Commune", "DDCS", "Autre"]
    assert pij.mots_cles == ["éducation / scolarité", "Emploi, économie", "Santé"]

    noel = by_title(seed, "pique nique de Noël")
    assert (noel.centre, noel.departement, noel.departement_code) == (
        "Centre Social Saulieu-Morvan",
        "Côte-d'Or",
        "21",
    )
    assert noel.region == "Bourgogne-Franche-Comté"

    marnaudes = by_title(seed, "petit déjeuner des habitants")
    assert marnaudes.centre == "Les MARNAUDES - AGG (CSC)"
    assert (marnaudes.departement_code, marnaudes.region) == ("93", "Île-de-France")
    assert marnaudes.ressources_financieres == ""

    conte = by_title(seed, "Place aux parents - autour du conte")
    assert conte.description_experience.endswith("des réponses adaptées à leurs questions éducatives.")
    assert "\n-\nConstruire, avec les parents" in conte.description_experience  # a lone "-" inside text stays
    assert conte.resultat_centre.startswith("- Cette a action a permis")
    assert conte.perspectives == ""

    logement = by_title(seed, "Permenance logement")
    assert logement.resume.splitlines()[:2] == [
        "Informations",
        "-Droits et devoirs du locataire et des propriétaires.",
    ]
    assert logement.centre == "Maison Montesquieu (Centre social centre-ville)"

    last = by_title(seed, "Permanences de l'écrivain public")
    assert last.perspectives == (
        "Le dispositif sera reconduit sur l'exercice 2019 mais nous n'avons à ce stade aucune assurance "
        "de son financement à partir de 2020."
    )  # the file's last line, without a final newline
    assert last.limites.endswith("Il est obligé d'aller à l'essentiel .")


def test_seed_ids_and_hashes(seed):
    ids = [f.id for f in seed.fiches]
    assert len(set(ids)) == 19
    assert all(f.id == expected_id(f.centre, f.title) for f in seed.fiches)
    assert all(f.content_hash == f.compute_hash() for f in seed.fiches)


def test_same_file_twice_dedupes_across_files(seed_path):
    result = parse_files([seed_path, seed_path])
    assert (result.blocks, len(result.fiches), result.duplicates) == (50, 19, 31)
    assert result.layouts == {"listing": 50}


# --- render and round trips -------------------------------------------------------------------


def test_render_reproduces_the_seed_blocks(seed, seed_path):
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    starts = [i + 1 for i, line in enumerate(lines) if line == "Actions"] + [len(lines) + 1]
    differing = []
    for fiche in seed.fiches:
        end = starts[starts.index(fiche.source_line) + 1]
        block = "\n".join(lines[fiche.source_line - 1 : end - 1]).rstrip("\n") + "\n"
        if render_listing(fiche) != block:
            differing.append(fiche.title)
    # The only difference: a trailing lone "-" after a text, which the parser drops as empty.
    assert differing == ["Place aux parents - autour du conte"]


def test_seed_round_trip(seed):
    for fiche in seed.fiches:
        again = parse_text(render_listing(fiche)).fiches[0]
        assert content(again) == content(fiche)
        assert again.id == fiche.id and again.content_hash == fiche.content_hash


def test_round_trip_of_fields_missing_from_the_listing_layout():
    fiche = Fiche(
        title="Français Langue Etrangère",
        centre="CS",
        themes=["Adultes mixtes", "Autres ..."],
        diagnostic="Etude des besoins.",
        impacts="Lien social.",
        facteurs_reussite="Accueil.",
        annee=2015,
    )
    again = parse_text(render_listing(fiche)).fiches[0]
    assert content(again) == content(fiche)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fiche=fiches())
def test_round_trip_random_fiches(fiche):
    result = parse_text(render_listing(fiche))
    assert result.blocks == 1
    assert content(result.fiches[0]) == content(fiche)


def test_edited_reexport_keeps_its_id(seed):
    fiche = by_title(seed, "Place en Place")
    edited = fiche.model_copy(update={"limites": "Financements, encore."})
    again = parse_text(render_listing(edited)).fiches[0]
    assert again.id == fiche.id
    assert again.content_hash != fiche.content_hash


# --- other layouts ----------------------------------------------------------------------------


def test_fixture_legacy_complete(fixtures_dir):
    result = parse_file(fixtures_dir / "legacy_show_complete.txt")
    assert (result.blocks, result.layouts, result.warnings) == (1, {"legacy_show": 1}, [])
    (f,) = result.fiches
    assert f.id == "senacs-1343"
    assert f.source_url == "https://senacs.fr/action/show/1343"
    assert f.title == "Français Langue Etrangère"
    assert f.themes == [
        "Adultes mixtes",
        "Autres ...",
        "Lutte contre l'exclusion",
        "Soutien à la fonction parentale",
        "Lutte contre les discriminations",
    ]
    assert len(f.mots_cles) == 7
    assert f.mots_cles[0] == "Parentalité" and f.mots_cles[-1] == "Mixité sociale"
    assert f.diagnostic == "Etude et recensement des besoins des habitants."
    assert f.impacts.startswith("Lien social et rupture de l'isolement.")
    assert (
        f.facteurs_reussite == "Importance de l'accueil, des informations et de l'accompagnement des usagers."
    )
    assert f.limites == "Les limites se situent en terme d'accompagnants et de formation"  # cut mid-field
    assert f.description_generale.startswith("Acquisition, pas à pas, de la langue française")
    assert (f.centre, f.departement, f.statut, f.public, f.partenaires) == ("", "", "", [], [])


def test_fixture_legacy_sparse(fixtures_dir):
    (f,) = parse_file(fixtures_dir / "legacy_show_sparse.txt").fiches
    assert (f.id, f.title) == ("senacs-1849", "VACANCES FAMILIALES")
    assert (f.themes, f.mots_cles) == ([], [])
    assert f.diagnostic.startswith("Quartier prioritaire - politique de la Ville.")
    assert (
        f.description_generale
        == "Favoriser le départ en vacances des familles isolées et aux revenus modestes"
    )
    assert f.impacts.startswith("Mobilisation transversale")
    assert (f.facteurs_reussite, f.limites) == ("", "")


def test_fixture_sectioned(fixtures_dir):
    result = parse_file(fixtures_dir / "listing_sectioned_truncated.txt")
    assert (result.blocks, result.layouts, result.warnings) == (1, {"listing_sectioned": 1}, [])
    (f,) = result.fiches
    assert f.title == "ALLEZ LES FILLES"
    assert f.centre == "CENTRE SOCIOCULTUREL AUDREY BARTIER"
    assert (f.departement, f.departement_code, f.region) == ("Pas-de-Calais", "62", "Hauts-de-France")
    assert (f.statut, f.dimension, f.mots_cles) == ("En cours", ["Citoyenneté"], ["éducation / scolarité"])
    assert f.initiative == ["Le centre social", "Un ou plusieurs partenaire(s)"]
    assert f.resume.endswith("en prenant en considération l'environnement social de chacune")
    assert f.description_experience.startswith("Le cnetreest implanté")
    assert f.description_experience.endswith("à savoir la question de l'obésit")  # cut mid-word
    assert "RAISON" not in f.resume + f.centre + f.description_experience
    assert f.source_url == ""  # a listing page's address is not the fiche's own page
    assert f.id == expected_id(f.centre, f.title)


def test_fixture_listing_with_table(fixtures_dir):
    result = parse_file(fixtures_dir / "listing_with_table_truncated.txt")
    assert (result.blocks, result.layouts, result.warnings) == (1, {"listing": 1}, [])
    (f,) = result.fiches
    assert f.title == "Les grossesses juvéniles"
    assert f.annee == 2015
    assert (f.centre, f.departement, f.departement_code, f.region) == (
        "CENTRE SOCIAL Communautaire",
        "Somme",
        "80",
        "Hauts-de-France",
    )
    assert f.territoire == ["Autre"]
    assert f.initiative == ["Le centre social", "Un ou plusieurs partenaire(s)", "Un groupe d'habitants"]
    assert f.description_experience.endswith(
        "(notamment Sage femme du Conseil départemental et travailleurs sociaux Cfa et CD)"
    )


# --- synthetic cases --------------------------------------------------------------------------


def test_year_only_where_the_table_title_matches():
    text = (
        "Nom | Département | Année |\n---|---|---|\nAtelier | Ain | 2016 |\n"
        + MINI.format(title="Atelier", centre="CS A - Ain", resume="r")
        + MINI.format(title="Autre atelier", centre="CS B - Ain", resume="r")
    )
    result = parse_text(text)
    assert [(f.title, f.annee) for f in result.fiches] == [("Atelier", 2016), ("Autre atelier", None)]


def test_misspelt_label_warns_with_its_line_and_keeps_the_text():
    text = MINI.format(title="T", centre="CS - Gers", resume="Premier.\n- Resumé du projet\nSuite.")
    result = parse_text(text, "export.txt")
    assert result.warnings == [
        "export.txt:9 : libellé inconnu « Resumé du projet » (ressemble à « Résumé ») : "
        "texte gardé dans le champ « Résumé » ; corrigez le libellé dans l'export"
    ]
    assert result.fiches[0].resume == "Premier.\n- Resumé du projet\nSuite."


def test_accent_case_and_space_insensitive_labels():
    text = "Actions\nT\n- STRUCTURE ORGANISATRICE\n- CS - Gers\n- Precision (si autre)\nUn élu\n- resume\nTexte\n"
    (f,) = parse_text(text).fiches
    assert (f.centre, f.departement, f.initiative_precision, f.resume) == ("CS", "Gers", "Un élu", "Texte")


def test_same_centre_and_title_with_different_content_keeps_both():
    first = MINI.format(title="Atelier cuisine", centre="CS Nord - Nord", resume="Version 1")
    second = MINI.format(title="Atelier cuisine", centre="CS Nord - Nord", resume="Version 2")
    result = parse_text(first + first + second, "a.txt")
    assert (result.blocks, result.duplicates, len(result.fiches)) == (3, 1, 2)
    one, two = result.fiches
    base = expected_id("CS Nord", "Atelier cuisine")
    assert one.id == base
    assert two.id == f"{base}-{two.content_hash[:6]}"
    assert (one.source_line, two.source_line) == (1, 21)
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith("a.txt:21 : même centre et même titre que a.txt:1 ")
    assert two.id in result.warnings[0]


def test_unknown_departement_warns_and_keeps_the_centre_line():
    result = parse_text(MINI.format(title="T", centre="CS Bellevue - Atlantide", resume="r"), "x.txt")
    f = result.fiches[0]
    assert (f.centre, f.departement, f.departement_ecrit) == ("CS Bellevue - Atlantide", "", "")
    assert result.warnings == [
        "x.txt:4 : département non reconnu dans « CS Bellevue - Atlantide » : centre gardé tel quel"
    ]


def test_sectioned_headings_are_skipped_but_capitals_in_text_are_kept():
    text = (
        "Actions \"UN\"\nDESCRIPTION DE L'ACTION\n- Statut de l'action\n- En cours\n- Résumé\nTexte\n"
        "FIN EN MAJUSCULES\nSuite\n- Structure organisatrice\n- CS A - Nord\nRÉSULTATS ET SUITES\n"
        "- Suite de l'action : Limites\nPeu\n"
        "Actions \"DEUX\"\nDESCRIPTION DE L'ACTION\n- Statut de l'action\n- Terminée\n"
    )
    result = parse_text(text)
    assert result.layouts == {"listing_sectioned": 2}
    one, two = result.fiches
    assert (one.title, one.statut, one.resume, one.centre, one.departement_code, one.limites) == (
        "UN",
        "En cours",
        "Texte\nFIN EN MAJUSCULES\nSuite",
        "CS A",
        "59",
        "Peu",
    )
    assert (two.title, two.statut, two.source_line) == ("DEUX", "Terminée", 14)


def test_blank_lines_between_every_line_are_tolerated():
    text = MINI.format(title="Atelier", centre="CS - Ain", resume="Un résumé")
    spaced = parse_text(text.replace("\n", "\n\n"))
    assert content(spaced.fiches[0]) == content(parse_text(text).fiches[0])
    assert spaced.warnings == []


def test_labels_outside_a_fiche_are_reported_once():
    text = (
        MINI.format(title="T", centre="CS - Ain", resume="r")
        + "Les actions des centres sociaux\n- Résumé\nx\n- Public\n"
    )
    result = parse_text(text, "y.txt")
    assert result.fiches[0].resume == "r"
    assert result.warnings == [
        "y.txt:12 : libellé hors d'une fiche (pas de ligne « Actions » + titre avant) : texte ignoré"
    ]


def test_stray_actions_line_inside_a_text_is_content():
    text = MINI.format(title="T", centre="CS - Gers", resume="Actions\nprévues en 2018 :\n- un repas")
    result = parse_text(text)
    assert result.blocks == 1
    assert result.fiches[0].resume == "Actions\nprévues en 2018 :\n- un repas"


def test_url_lines_start_a_new_page():
    text = (
        "URL: https://senacs.fr/action/show/7\nActions\n\nA\n\nThèmes\n  • Jeunesse\nDescription générale\nx\n"
        "URL: https://www.senacs.fr/fiche-action/?page=2\n"
        + MINI.format(title="B", centre="CS - Ain", resume="y")
    )
    a, b = parse_text(text).fiches
    assert (a.id, a.themes, a.description_generale) == ("senacs-7", ["Jeunesse"], "x")
    assert b.source_url == ""  # listing page: no address of the fiche's own
    assert b.id == expected_id("CS", "B")


def test_bom_and_crlf_read_silently(tmp_path, seed_path):
    raw = seed_path.read_bytes()
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n"))
    result = parse_file(crlf)
    assert result.warnings == []
    assert [content(f) for f in result.fiches] == [content(f) for f in _parse_seed(seed_path).fiches]
    assert [f.source_line for f in result.fiches][:3] == [2, 230, 450]


def test_cp1252_file_is_read_with_a_warning(tmp_path):
    path = tmp_path / "ancien.txt"
    path.write_bytes(MINI.format(title="Fête", centre="CS - Hérault", resume="Déjà là").encode("cp1252"))
    result = parse_file(path)
    (f,) = result.fiches
    assert (f.title, f.departement_code, f.resume) == ("Fête", "34", "Déjà là")
    assert result.warnings == [
        f"{path}:2 : fichier non UTF-8, lu en Windows-1252 (cp1252) ; vérifiez les accents ou réenregistrez-le en UTF-8"
    ]


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(MINI.format(title="Été", centre="CS - Var", resume="r").encode("utf-16"))
    assert [(f.title, f.departement_code) for f in parse_file(path).fiches] == [("Été", "83")]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "fichier vide"),
        (b" \n\t\r\n", "fichier vide"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "fichier binaire, pas un export texte SENACS"),
        (b"\x81\x8d\x8f\x90\x9d" * 10, "fichier binaire, pas un export texte SENACS"),
        (b"Bonjour\nceci n'est pas un export\n", "aucune fiche reconnue"),
    ],
)
def test_bad_files_raise_ingest_error(tmp_path, data, message):
    path = tmp_path / "mauvais.txt"
    path.write_bytes(data)
    with pytest.raises(IngestError) as err:
        parse_file(path)
    assert str(err.value).startswith(f"{path} : {message}")
    assert err.value.path == str(path)


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(IngestError, match="fichier introuvable"):
        parse_files([tmp_path / "absent.txt"])
    with pytest.raises(IngestError, match="est un dossier.*donnez un fichier"):
        parse_files([tmp_path])


def test_five_megabyte_field_is_kept_whole():
    body = "mot " * 1_250_000
    (f,) = parse_text(MINI.format(title="T", centre="CS - Ain", resume=body)).fiches
    assert len(f.resume) == len(body.rstrip())
