"""Round 13: a project named as one centre's that the centre does not have is absent there, even when the
words naming the centre (« maison », « quartier ») are in its fiches' text — they name the place, never the
theme — and its name has an inner « à » (« la boîte à livres »); a project that centre has still links.
Invented fiches."""

from __future__ import annotations

import pytest

from assistant.query import analyse_scan
from tests.helpers_retrieval import make_fiche, vocabulary_and_linker

TILLEULS = "MAISON DE QUARTIER DES TILLEULS"
ROSEAUX = "MAISON POUR TOUS DES ROSEAUX"


def _corpus():
    return [
        make_fiche("f-conte", "Veillées contes en famille", centre=TILLEULS,
                   resume="Des soirées contes à la maison de quartier, les parents lisent en automne."),
        make_fiche("f-jardin", "Jardin des Roseaux", centre=ROSEAUX,
                   resume="Un jardin partagé au pied de la maison pour tous, ouvert en automne."),
        make_fiche("f-place", "Place aux voisines", centre=ROSEAUX,
                   resume="Un collectif de femmes de la maison pour tous et un festival de quartier."),
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
    ("question", "mention", "closest"),
    [
        ("La boîte à livres de la maison de quartier des Tilleuls, qui l'a fabriquée ?", "boîte à livres",
         ["f-conte"]),
        ("le festival « Lumières d'automne » de la Maison pour tous des Roseaux, ça a donné quoi ?",
         "Lumières d'automne", None),
        ("Le repair café de la maison de quartier des Tilleuls, c'est quel jour ?", "repair café", ["f-conte"]),
    ],
)  # fmt: skip
def test_a_project_its_centre_lacks_is_absent_there(corpus, question, mention, closest):
    found = _link(corpus, question)
    assert found is not None and found.fiche_ids == [] and mention in found.mention
    assert set(found.closest) == set(closest or ["f-jardin", "f-place"])


@pytest.mark.parametrize(
    "question",
    [
        "Le projet jardin de la MPT des Roseaux, ça a donné quoi ?",
        "le jardin de la maison pour tous des Roseaux, c'est ouvert quand ?",
    ],
)
def test_a_project_its_centre_has_still_links(corpus, question):
    found = _link(corpus, question)
    assert found is not None and found.fiche_ids[:1] == ["f-jardin"]
