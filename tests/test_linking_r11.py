"""Round 11: « combien de N » about a project named loosely with its centre counts a thing inside that fiche (a
lookup), not fiches — unless N names fiches (« combien d'actions ») or is the title's own word. Invented fiches."""

from __future__ import annotations

import pytest

from assistant.linking import _Context
from assistant.query import analyse_scan
from tests.helpers_retrieval import make_fiche, vocabulary_and_linker

PEUPLIERS = "CENTRE SOCIAL DES PEUPLIERS"


def _corpus():
    return [
        make_fiche("f-marche", "Marche exploratoire avec les locataires", centre=PEUPLIERS,
                   resume="Trois marches, un cahier de 40 propositions remis au bailleur."),
        make_fiche("f-potager", "Potager des Peupliers", centre=PEUPLIERS, mots_cles=["Environnement"],
                   resume="Un potager au pied des tours."),
        make_fiche("f-jardin", "Jardin partagé du Moulin", centre="CENTRE SOCIAL DU MOULIN",
                   resume="Un jardin de 300 m² cultivé par vingt familles."),
        make_fiche("f-velo", "Atelier vélo", centre="CENTRE SOCIAL DU MOULIN", resume="Réparer son vélo."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def corpus():
    return vocabulary_and_linker(_corpus())


def _link(corpus, question: str):
    vocabulary, linker = corpus
    query, scan = analyse_scan(question, vocabulary)
    return query.intent, linker.link(question, scan, query.intent)


def test_a_count_of_things_inside_a_named_project_links_it(corpus):
    intent, found = _link(corpus, "la marche exploratoire des Peupliers, combien de propositions au final ?")
    assert intent == "count"
    assert found is not None and found.fiche_ids == ["f-marche"] and found.focus


def _figure_of_one(corpus, question: str) -> bool:
    vocabulary, linker = corpus
    _, scan = analyse_scan(question, vocabulary)
    return linker._figure_of_one(_Context.of(question, scan), scan)


def test_a_count_of_fiches_or_of_the_titles_own_noun_stays_a_count(corpus):
    assert _figure_of_one(corpus, "la marche exploratoire des Peupliers, combien de propositions au final ?")
    assert not _figure_of_one(corpus, "combien d'actions aux Peupliers ?")
    assert not _figure_of_one(corpus, "combien de jardins partagés au Moulin ?")
    assert not _figure_of_one(corpus, "combien de propositions dans les actions du Nord ?")
