"""Round 14: a request for ideas among many namesakes (one project idea run by many centres, as in a base of
20,000 fiches) shows one fiche per title family first (`assistant.fusion.varied`), so that the other ideas of
the topic reach the list instead of five copies of one title."""

from __future__ import annotations

import pytest

from assistant.fusion import title_family, varied
from assistant.retrieval import HybridRetriever
from tests.helpers_retrieval import MemoryIndex, make_fiche


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Aide aux courriers", "AIDE AUX COURRIERS 2012", True),
        ("Aide aux courriers", "Aide aux courriers - édition 2", True),
        ("Club tricot du mardi", "Clubs tricot du mardi", True),
        ("Aide aux courriers", "Aide aux devoirs", False),
        ("Club tricot du mardi", "Club tricot du samedi", False),
        ("Jardin partagé des Bruyères", "JARDIN PARTAGÉ DES BRUYÈRES 2024", True),
        ("Groupe de parole 3", "Groupe de parole 4", False),  # a number that is no year tells projects apart
    ],
)
def test_title_family(a, b, same):
    assert (title_family(a) == title_family(b)) is same


def test_varied_takes_one_per_family_then_fills():
    fiches = {
        fid: make_fiche(fid, title)
        for fid, title in [("a1", "Aide aux courriers"), ("a2", "Aide aux courriers 2012"),
                           ("e1", "Écrivain public"), ("a3", "AIDE AUX COURRIERS"), ("d1", "Domiciliation")]
    }  # fmt: skip
    order = ["a1", "a2", "e1", "a3", "d1"]
    assert varied(order, fiches, 3) == ["a1", "e1", "d1"]
    assert varied(order, fiches, 4) == ["a1", "e1", "d1", "a2"]  # fewer families: namesakes fill in
    assert varied(["a1", "a2"], fiches, 5) == ["a1", "a2"]


MAIL = (
    "Une permanence chaque semaine aide les habitants à lire et à répondre à leurs courriers administratifs."
)
NAMESAKES = [
    make_fiche(f"c{n}", f"Aide aux courriers{suffix}", centre=f"Centre {n}", mots_cles=["Accès aux droits"],
               resume=MAIL)
    for n, suffix in enumerate(["", " 2012", " - édition 2", "", " 2019", "", " 2021", ""])
]  # fmt: skip
KNITTING = "Des habitantes se retrouvent pour tricoter et coudre ensemble autour d'un café."
CLUBS = [
    make_fiche(f"t{n}", f"Club tricot du mardi{suffix}", centre=f"Maison {n}", mots_cles=["Loisirs"], resume=KNITTING)
    for n, suffix in enumerate(["", " 2014", "", " 2020", "", ""])
]  # fmt: skip
FICHES = [
    *NAMESAKES,
    make_fiche("ecrivain", "Écrivain public", mots_cles=["Accès aux droits"],
               resume="Un écrivain public bénévole aide les habitants à rédiger leurs courriers administratifs."),
    make_fiche("famille", "Accompagner les familles à la rédaction de courrier", mots_cles=["Accès aux droits"],
               resume="Les familles sont accompagnées pour comprendre et rédiger les courriers administratifs."),
    *CLUBS,
    make_fiche("fil", "Fil et aiguille", mots_cles=["Loisirs"],
               resume="Un atelier de couture où les habitantes cousent et tricotent ensemble."),
    make_fiche("loto", "Loto du quartier", mots_cles=["Loisirs"], resume="Un loto pour les familles du quartier."),
]  # fmt: skip


@pytest.fixture(scope="module")
def retriever() -> HybridRetriever:
    return HybridRetriever(MemoryIndex(FICHES))


def _families(hits) -> list[str]:
    return [title_family(hit.fiche.title) for hit in hits]


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Des exemples d'aide aux gens pour leurs courriers administratifs ?", {"ecrivain"}),
        ("Les habitants ne comprennent pas leurs courriers administratifs, comment d'autres les aident ?",
         {"ecrivain"}),
        ("Des habitantes voudraient tricoter et coudre ensemble, vous avez des idées ?", {"fil"}),
    ],
)  # fmt: skip
def test_ideas_show_other_families_before_namesakes(retriever, question, wanted):
    hits = retriever.search(question, k=5).hits
    assert wanted <= {hit.fiche_id for hit in hits}
    families = _families(hits)
    distinct = len(set(families))
    assert len(set(families[:distinct])) == distinct  # every family before any namesake
