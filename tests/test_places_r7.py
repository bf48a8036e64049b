"""Places named the way people talk: spoken département codes (« le 9-3 », « le neuf-trois ») and demonyms
(« l'isérois », « les projets bretons », « côté lyonnais »), read by `ingest.geo` and `ingest.demonyms`."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from ingest.demonyms import demonyms, forms
from ingest.geo import DEPARTEMENTS, find_departement, number_words, place_aliases, spoken_codes
from tests.helpers_retrieval import answer_text, make_fiche, memory_assistant

# -- spoken codes: one writer, one reader ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "words"),
    [(17, "dix sept"), (21, "vingt et un"), (71, "soixante et onze"), (77, "soixante dix sept"),
     (80, "quatre vingt"), (81, "quatre vingt un"), (91, "quatre vingt onze"), (93, "quatre vingt treize")],
)  # fmt: skip
def test_number_words(n, words):
    assert number_words(n) == words


@pytest.mark.parametrize(
    ("said", "code"),
    [("9-3", "93"), ("le neuf-trois", None), ("neuf-trois", "93"), ("Quatre-vingt-treize", "93"),
     ("trente et un", "31"), ("zéro six", "06"), ("neuf-sept-quatre", "974"), ("3-1", "31"),
     ("deux-trois", None), ("3-4", None), ("treize", None)],
)  # fmt: skip
def test_find_departement_reads_codes_as_people_say_them(said, code):
    dep = find_departement(said)
    assert (dep.code if dep else None) == code


def test_every_spoken_form_reads_back_to_its_departement():
    for dep in DEPARTEMENTS:
        for form in spoken_codes(dep.code):
            assert find_departement(form) == dep, form
    assert spoken_codes("2A") == []


# -- demonyms ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("masculine", "expected"),
    [("breton", ["breton", "bretonne", "bretons", "bretonnes"]),
     ("isérois", ["isérois", "iséroise", "iséroises"]),
     ("haut-garonnais", ["haut-garonnais", "haute-garonnaise", "haute-garonnaises"]),
     ("provençal", ["provençal", "provençale", "provençaux", "provençales"]),
     ("guadeloupéen", ["guadeloupéen", "guadeloupéenne", "guadeloupéens", "guadeloupéennes"])],
)  # fmt: skip
def test_demonym_forms(masculine, expected):
    assert forms(masculine) == expected


def test_irregular_feminine_is_given():
    assert forms("manceau", "mancelle") == ["manceau", "mancelle", "manceaux", "mancelles"]


def test_every_demonym_names_known_places():
    codes = {d.code for d in DEPARTEMENTS}
    for demonym in demonyms():
        assert demonym.region or (demonym.codes and set(demonym.codes) <= codes), demonym
    assert len({a.words for a in place_aliases()}) == len(place_aliases())  # one place per form


def test_town_demonyms_name_the_departement_of_their_town():
    places = pytest.importorskip("ingest.places")
    try:
        places.communes("Lyon")
    except places.PlacesUnavailable:
        pytest.skip("communes list not installed")
    for demonym in {d for d in demonyms() if d.town}:
        assert places.commune_departement(demonym.town)[0] == demonym.codes[0], demonym.town


# -- in questions: facets on an invented corpus ------------------------------------------------------------

ISERE = {"departement": "Isère", "departement_code": "38", "region": "Auvergne-Rhône-Alpes"}
REUNION = {"departement": "La Réunion", "departement_code": "974", "region": "La Réunion"}
SSD = {"departement": "Seine-Saint-Denis", "departement_code": "93", "region": "Île-de-France"}
FINISTERE = {"departement": "Finistère", "departement_code": "29", "region": "Bretagne"}


def _corpus():
    return [
        make_fiche("a", "Atelier cuisine à petit budget", mots_cles=["Santé"], partenaires=["ARS"], **ISERE),
        make_fiche("b", "Atelier cuisine créole", mots_cles=["Santé"], partenaires=["ARS"], **REUNION),
        make_fiche("c", "Prévention des impayés", mots_cles=["Logement"], **SSD),
        make_fiche("d", "Conseil des habitants", mots_cles=["Citoyenneté"], **FINISTERE),
        make_fiche("e", "Accueil ados", mots_cles=["Jeunesse"]),  # Haute-Garonne
    ]


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


def places(vocabulary: FacetVocabulary, question: str) -> set[tuple[str, tuple[str, ...]]]:
    return {
        (f.field, tuple(f.values)) for f in vocabulary.match(question) if f.field in ("departement", "region")
    }


@pytest.mark.parametrize(
    ("question", "expected"),
    [("Dans le 9-3, il se passe quoi ?", {("departement", ("Seine-Saint-Denis",))}),
     ("Et dans le neuf-trois ?", {("departement", ("Seine-Saint-Denis",))}),
     ("Quoi de neuf dans le quatre-vingt-treize ?", {("departement", ("Seine-Saint-Denis",))}),
     ("Les projets bretons ?", {("region", ("Bretagne",))}),
     ("une action finistérienne", {("departement", ("Finistère",))}),
     ("Côté toulousain, il y a quoi ?", {("departement", ("Haute-Garonne",))}),
     ("l'isérois et le réunionnais", {("departement", ("Isère", "La Réunion"))}),  # one place each: an OR
     ("en Isère et à La Réunion", {("departement", ("Isère", "La Réunion"))}),
     ("en deux-trois semaines, des idées ?", set()),
     ("Des ateliers de 3-4 séances ?", set())],
)  # fmt: skip
def test_places_named_the_way_people_talk(vocabulary, question, expected):
    assert places(vocabulary, question) == expected


def test_a_demonym_of_a_place_no_fiche_has_is_neither_a_facet_nor_an_absent_place(vocabulary):
    scan = vocabulary.scan("Des idées de cuisine savoyarde ?")
    assert [f for f in scan.facets if f.field in ("departement", "region")] == []
    assert scan.absent == []


def test_the_spoken_code_of_a_place_no_fiche_has_means_no_fiche(vocabulary):
    assert vocabulary.scan("Et dans le neuf-quatre ?").absent == ["Val-de-Marne"]


def test_two_demonyms_compare_the_fiches_of_both_places():
    answer = memory_assistant(_corpus()).ask(
        "Les ateliers de cuisine, l'isérois et le réunionnais, l'ARS a mis combien dans chacun ?"
    )
    assert {c.fiche_id for c in answer.citations} == {"a", "b"}


def test_a_spoken_code_finds_the_fiches_of_its_departement():
    answer = memory_assistant(_corpus()).ask("Dans le 9-3, il se passe quoi ?")
    assert [c.fiche_id for c in answer.citations] == ["c"]
    assert "Seine-Saint-Denis" in answer_text(answer)


# -- towns after words of surroundings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [("Quelles actions vers Toulouse ?", {("departement", ("Haute-Garonne",))}),
     ("Et du côté de Grenoble ?", {("departement", ("Isère",))}),
     ("Dans la région de Brest, quoi ?", {("departement", ("Finistère",))}),
     ("Autour de Noël, quelles fêtes ?", set()),
     ("vers la fin de l'année ?", set())],
)  # fmt: skip
def test_towns_after_words_of_surroundings(vocabulary, question, expected):
    places = pytest.importorskip("ingest.places")
    try:
        places.communes("Brest")
    except places.PlacesUnavailable:
        pytest.skip("communes list not installed")
    found = {(f.field, tuple(f.values)) for f in vocabulary.match(question)}
    assert found == expected


def test_an_ordinary_word_that_is_a_small_commune_is_no_town(vocabulary):
    places = pytest.importorskip("ingest.places")
    try:
        places.communes("Mars")
    except places.PlacesUnavailable:
        pytest.skip("communes list not installed")
    assert vocabulary.scan("vers Mars, quels ateliers ?").absent == []  # Mars (Ardèche…): a month
    assert vocabulary.scan("du côté de Marie, quoi ?").absent == []
    port = vocabulary.scan("au Port, quoi ?")  # Le Port, La Réunion, 30,000 inhabitants: a town
    assert [(f.field, f.values) for f in port.facets] == [("departement", ["La Réunion"])]
