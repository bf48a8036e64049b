"""Round 11 wave B: a title written in order beats its centre's near namesakes found loosely (« Place en
Place » against « Place de femmes » of one centre), and a project named as a centre's whose words none of
that centre's fiches writes is absent there (« l'escape game de la Maison des Tilleuls »). Invented fiches."""

from __future__ import annotations

import pytest

from assistant.linking import _Context
from assistant.query import analyse_scan
from tests.helpers_retrieval import make_fiche, vocabulary_and_linker

TILLEULS = "MAISON DES HABITANTS DES TILLEULS"
ROSEAUX = "CENTRE SOCIAL DES ROSEAUX"


def _corpus():
    return [
        make_fiche("f-coin", "Banc en Banc", centre=TILLEULS, resume="Un jeu de rue avec trente bénévoles."),
        make_fiche("f-coin-f", "Banc de mamans", centre=TILLEULS, resume="Un groupe de parole pour les mères."),
        make_fiche("f-coin-g", "Banc des mamans", centre=TILLEULS, resume="Des sorties pour les mères."),
        make_fiche("f-asl", "Ateliers de langue du soir", centre=ROSEAUX,
                   resume="Des cours de français et de citoyenneté pour adultes."),
        make_fiche("f-velo", "Atelier vélo", centre="CENTRE SOCIAL DU MOULIN", resume="Réparer son vélo."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def corpus():
    return vocabulary_and_linker(_corpus())


def _link(corpus, question: str):
    vocabulary, linker = corpus
    query, scan = analyse_scan(question, vocabulary)
    return linker.link(question, scan, query.intent)


@pytest.mark.parametrize(
    "question",
    [
        "« Banc en banc » de la Maison des habitants des Tilleuls, ça s'adresse à qui ?",
        "Banc en Banc à la Maison des habitants des Tilleuls : combien de bénévoles ?",
    ],
)
def test_the_title_written_in_order_beats_near_namesakes_of_its_centre(corpus, question):
    found = _link(corpus, question)
    assert found is not None and found.fiche_ids[0] == "f-coin"


def _ctx(corpus, question: str) -> _Context:
    vocabulary, _ = corpus
    _, scan = analyse_scan(question, vocabulary)
    return _Context.of(question, scan)


def test_a_loose_reference_gives_way_to_the_namesake_written_in_order(corpus):
    _, linker = corpus
    ctx = _ctx(corpus, "Banc en Banc à la Maison des habitants des Tilleuls : combien de bénévoles ?")
    assert linker._written_namesake(ctx, "f-coin-f") == "f-coin"
    assert linker._written_namesake(ctx, "f-coin") == "f-coin"


def test_a_namesake_not_written_keeps_the_loose_reference(corpus):
    _, linker = corpus
    ctx = _ctx(corpus, "le banc des Tilleuls pour les mamans, c'est quand ?")
    assert linker._written_namesake(ctx, "f-coin-f") == "f-coin-f"


def test_a_project_none_of_its_centres_fiches_writes_is_absent(corpus):
    found = _link(corpus, "l'escape game citoyen du centre social des Roseaux, c'est pour qui ?")
    assert found is not None and found.fiche_ids == [] and found.closest == ["f-asl"]
    assert found.mention == "escape game citoyen"


@pytest.mark.parametrize(
    "question",
    [
        "les cours de français du centre social des Roseaux, c'est pour qui ?",  # its words are in the fiche
        "l'atelier de langue du centre social des Roseaux, c'est pour qui ?",
    ],
)
def test_a_project_its_centres_fiche_describes_is_not_absent(corpus, question):
    _, linker = corpus
    assert linker._absent_at_centre(_ctx(corpus, question)) is None
