"""Round 13: a request for several examples that one fiche answers brings the fiches of its topic
(`assistant.topic_siblings`), and a partner the question names by its people is met by a fiche whose text names
it in other words (« avec les enseignants » / « sa relation avec l'école »)."""

from __future__ import annotations

import pytest

from assistant.retrieval import HybridRetriever
from assistant.topic_siblings import asks_several, siblings
from ingest.text import tokens
from tests.helpers_retrieval import MemoryIndex, make_fiche


@pytest.mark.parametrize(
    ("text", "several"),
    [
        ("Vous auriez quelques pistes pour que les jeunes s'impliquent dans la vie du quartier ?", True),
        ("Comment impliquer les locataires dans les choix du bailleur ?", True),
        ("Comment les associer aux choix de la ville ?", True),
        ("Auriez-vous des exemples d'actions qui vont dans ce sens ?", True),
        ("Comment s'appelle le projet de jardin ?", False),
        ("Quel centre anime un conseil de locataires ?", False),
        ("Le repair café, comment ça marche ?", False),
    ],
)
def test_asks_several(text, several):
    assert asks_several(tokens(text)) is several


VOICE = ["Démocratie & citoyenneté"]
FICHES = [
    make_fiche("conseil", "Conseil de locataires", mots_cles=[*VOICE, "Logement"],
               resume="Les locataires votent les choix du bailleur pour leur résidence."),
    make_fiche("marche", "Marche exploratoire", mots_cles=VOICE,
               resume="Une marche dans la cité pour peser sur les travaux."),
    make_fiche("loto", "Loto du quartier", mots_cles=["Logement"], resume="Un loto pour les locataires."),
    *(make_fiche(f"x{n}", f"Atelier {n}", mots_cles=["Logement"], resume="Un atelier.") for n in range(6)),
]  # fmt: skip


def test_siblings_share_a_minority_topic():
    share = {"Démocratie & citoyenneté": 2 / 9, "Logement": 8 / 9}.get
    pool = [FICHES[2], FICHES[1], *FICHES[3:]]
    found = siblings(FICHES[0], pool, lambda v: share(v, 1.0), 4)
    assert [f.id for f in found] == ["marche"]  # « Logement » is most of the base: no topic


SCHOOL = [
    make_fiche("cafe", "Café des parents", partenaires=["Éducation Nationale"], mots_cles=["Parentalité"],
               resume="Un café avec les enseignants le matin, devant l'école."),
    make_fiche("matin", "Accueil du matin", mots_cles=["Parentalité"],
               resume="Les parents renouent leur relation avec l'école autour d'un café."),
    make_fiche("gouter", "Goûter des enfants", mots_cles=["Parentalité"],
               resume="Les enfants de l'école goûtent au centre."),
]  # fmt: skip


@pytest.fixture(scope="module")
def school() -> HybridRetriever:
    return HybridRetriever(MemoryIndex(SCHOOL))


@pytest.mark.parametrize(("fid", "named"), [("matin", True), ("gouter", False)])
def test_text_names_the_partner(school, fid, named):
    facet = next(f for f in school.vocabulary.scan("avec les enseignants").facets if f.field == "partenaires")
    assert school._text_names(school.fiches[fid], facet) is named
