"""Fiches referred to loosely: title or theme words with a centre, town or département (`assistant.references`),
one fiche per reference, each place bound to its own reference; used by the title linker and comparisons."""

from __future__ import annotations

import time

import pytest

from assistant.facets import FacetVocabulary
from assistant.linking import TitleLinker
from assistant.query import analyse_scan
from assistant.references import POOL, ReferenceResolver
from tests.helpers_retrieval import answer_text, cited_titles, make_fiche, memory_assistant

BOCAGE = dict(centre="ESPACE DE VIE SOCIALE DU BOCAGE", departement="Calvados", departement_code="14",
              region="Normandie")  # fmt: skip
HAUT_DOUBS = dict(centre="CENTRE SOCIAL DU HAUT-DOUBS", departement="Doubs", departement_code="25",
                  region="Bourgogne-Franche-Comté")  # fmt: skip
HAUTS_SEILLE = dict(centre="CENTRE SOCIAL DES HAUTS-DE-SEILLE", departement="Moselle", departement_code="57",
                    region="Grand Est")  # fmt: skip


def _corpus():
    return [
        make_fiche("c1", "Café des parents du mardi", centre="CENTRE SOCIAL LES ROSEAUX", departement="Nord",
                   departement_code="59", region="Hauts-de-France", resume="Un café entre parents le mardi à 9 h."),
        make_fiche("c2", "Café des parents du samedi", centre="CENTRE SOCIAL LES MIMOSAS", departement="Var",
                   departement_code="83", region="Provence-Alpes-Côte d'Azur", resume="Un café le samedi matin."),
        make_fiche("c3", "Jardin partagé des Roseaux", centre="CENTRE SOCIAL LES ROSEAUX", departement="Nord",
                   departement_code="59", region="Hauts-de-France", resume="Des parcelles pour les habitants."),
        make_fiche("n1", "Navette solidaire vers le marché", **BOCAGE, resume="Un minibus conduit par des bénévoles."),
        make_fiche("n2", "Bus numérique des villages", **HAUT_DOUBS, resume="Un bus équipé d'ordinateurs."),
        make_fiche("n3", "Théâtre forum des collégiens", **HAUTS_SEILLE, resume="Du théâtre au collège."),
        make_fiche("p1", "Petites lectures du soir", centre="MAISON DE QUARTIER PORT NEUF",
                   resume="Des albums sans texte lus aux enfants avec leurs parents."),
        make_fiche("p2", "Goûter des familles", centre="MAISON DE QUARTIER PORT NEUF",
                   resume="Un goûter partagé chaque mercredi."),
        make_fiche("a1", "Ateliers sociolinguistiques du soir", centre="CENTRE SOCIAL DES CHAMPS",
                   resume="Des cours de français pour adultes."),
        make_fiche("v1", "Atelier vélo et remise en selle", **HAUTS_SEILLE, resume="Réparer son vélo."),
        make_fiche("g1", "Permanence logement", centre="MAISON DU CENTRE-VILLE", departement="Lot-et-Garonne",
                   departement_code="47", region="Nouvelle-Aquitaine", resume="Aide aux locataires."),
        make_fiche("h1", "Point information jeunesse", centre="CENTRE SOCIAL GEORGES", departement="Seine-Maritime",
                   departement_code="76", region="Normandie", resume="Un accueil pour les jeunes."),
        make_fiche("g2", "Permanence emploi", centre="CENTRE SOCIAL LES LILAS - BAGNOLET",
                   departement="Seine-Saint-Denis", departement_code="93", region="Île-de-France",
                   resume="Aide à la recherche d'emploi."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def corpus():
    fiches = _corpus()
    vocabulary = FacetVocabulary.from_fiches(fiches)
    return fiches, vocabulary, ReferenceResolver(fiches, vocabulary.word_df)


def refs(corpus, question: str) -> list[str]:
    _, vocabulary, resolver = corpus
    return [r.fiche_id for r in resolver.resolve(question, vocabulary.scan(question))]


RESOLVED = [
    # the place picks one of two fiches of the same topic
    ("C'est à quelle heure le café des parents des Roseaux ?", ["c1"]),
    ("le café des parents des Mimosas, c'est quel jour ?", ["c2"]),
    ("Aux Roseaux, le jardin a combien de parcelles ?", ["c3"]),
    # each place binds to its own reference, not to the whole question
    ("navette du Bocage vs bus numérique du Haut-Doubs : quelle fréquentation ?", ["n1", "n2"]),
    ("le vélo des Hauts-de-Seille ou la navette du Calvados : lequel coûte le plus ?", ["v1", "n1"]),
    # a town written after a preposition: its centre, else its département (`assistant.towns`)
    ("la permanence d'Agen, qui la tient ?", ["g1"]),
    (
        "le point info jeunesse du Havre, c'est pour qui ?",
        ["h1"],
    ),  # « du Havre »: Le Havre; « info »: shortened
    # a pronoun standing for the other side's title words
    ("la permanence de Bagnolet vs celle d'Agen : quel budget ?", ["g2", "g1"]),
    # a theme (words of the fiche's text) at the place named
    ("albums sans texte à Port Neuf vs le café des parents du Var", ["p1", "c2"]),
    # a misspelt title, no place: sound, typo, two words written apart
    ("atelié sosio linguistique le soir, combien d'aprenants ?", ["a1"]),
    # not enough: a generic word, a place alone, a topic shared by every fiche of the place
    ("des idées de café ?", []),
    ("Que fait le centre des Roseaux ?", []),
    ("Entre le théâtre et la navette, lequel ?", []),  # one title word, no place: below RECALL
]


@pytest.mark.parametrize(("question", "expected"), RESOLVED)
def test_resolve(corpus, question, expected):
    assert refs(corpus, question) == expected


def test_reference_mention_and_place(corpus):
    _, vocabulary, resolver = corpus
    question = "C'est à quelle heure le café des parents des Roseaux ?"
    (ref,) = resolver.resolve(question, vocabulary.scan(question))
    assert (ref.mention, ref.qualified) == ("café des parents", True)


def _linker(corpus):
    fiches, vocabulary, _ = corpus
    return TitleLinker(fiches, vocabulary.word_df), vocabulary


@pytest.mark.parametrize(
    ("question", "expected", "focus"),
    [
        ("C'est à quelle heure le café des parents des Roseaux ?", ["c1"], True),
        ("atelié sosio linguistique le soir, combien d'aprenants ?", ["a1"], True),
        ("Quelles actions du Doubs sur le numérique ?", None, False),  # a set of fiches: the facets answer
    ],
)
def test_title_linker_uses_loose_references(corpus, question, expected, focus):
    linker, vocabulary = _linker(corpus)
    query, scan = analyse_scan(question, vocabulary)
    link = linker.link(question, scan, query.intent)
    assert (link.fiche_ids if link else None, bool(link and link.focus)) == (expected, focus)


def test_theme_words_read_only_at_the_place():
    """A département of many fiches: theme words are read for at most POOL of them, titles by index only."""
    fiches = [
        make_fiche(f"x{n}", f"Atelier numéro {n} des {word}", centre=f"CENTRE SOCIAL {n}", departement="Nord",
                   departement_code="59", resume="Des ateliers pour tous.")
        for n, word in enumerate(["pommes", "poires", "prunes", "cerises"] * 100)
    ] + [make_fiche("y1", "Jardin des Lilas", centre="CENTRE SOCIAL DES LILAS", resume="Un jardin.")]  # fmt: skip
    resolver = ReferenceResolver(fiches)
    start = time.perf_counter()
    found = resolver.resolve("le jardin des Lilas, quel budget ?")
    elapsed = time.perf_counter() - start
    assert [r.fiche_id for r in found] == ["y1"]
    assert len(resolver._texts) <= POOL
    assert resolver.resolve("les ateliers du Nord ?") == []  # 400 fiches at the place, no title named
    assert len(resolver._texts) <= POOL
    assert elapsed < 5  # sanity only; the benchmark figure is in the report


def test_compare_with_two_places_answers_both_fiches():
    """End to end: « X du Bocage vs Y du Haut-Doubs » compares the two fiches instead of AND-ing the places."""
    assistant = memory_assistant(_corpus())
    answer = assistant.ask("navette du Bocage vs bus numérique du Haut-Doubs : lequel coûte le plus ?")
    assert set(cited_titles(answer)[:2]) == {"Navette solidaire vers le marché", "Bus numérique des villages"}
    assert "réunit tous vos critères" not in answer_text(answer)


def test_lookup_of_a_fiche_named_with_its_centre_answers_that_fiche():
    """End to end: « le café des parents des Roseaux » is the Roseaux fiche, not the other café des parents."""
    assistant = memory_assistant(_corpus())
    answer = assistant.ask("C'est à quelle heure le café des parents des Roseaux ?")
    assert cited_titles(answer)[:1] == ["Café des parents du mardi"]
    assert "9 h" in answer_text(answer)
