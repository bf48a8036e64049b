"""The second look before « aucune fiche » (`HybridRetriever._second_look`) at scale: a crowd of namesakes
matching the question's common words fills the ranked pool, and the one fiche holding its rarest word (a
district) writes it apart from the phrase the question glues (« le café citoyen de Vauban » vs « le quartier de
Vauban … le café citoyen »). That fiche answers, first, though its words were first judged without its cosine.
"""

from __future__ import annotations

import pytest

from assistant.retrieval import POOL, HybridRetriever
from tests.helpers_retrieval import MemoryIndex, make_fiche


def _crowd(n: int) -> list:
    return [
        make_fiche(
            f"cafe-{i}", "Café associatif", centre=f"Maison des habitants {i}",
            mots_cles=["Lien social"], public=["Tous publics"],
            resume="Un café tenu par des bénévoles, ouvert à tous les habitants chaque matin : un café, "
            "des jeux, des discussions entre voisins autour d'un café.",
        )
        for i in range(n)
    ]  # fmt: skip


VAUBAN = make_fiche(
    "vauban", "Le centre entend être un foyer d'initiatives", centre="Centre socioculturel Les Tilleuls",
    mots_cles=["Citoyenneté"], public=["Adultes"],
    resume="Une activité culturelle et sociale importante dans le quartier de Vauban. Le café citoyen a été "
    "lancé en 2011, a réuni 97 participants sur l'année : chaque mois un débat entre habitants.",
)  # fmt: skip

PARENTS = make_fiche(
    "parents", "Quelques idées pour les familles", centre="Centre social Les Lilas",
    mots_cles=["Parentalité"], public=["Familles"],
    resume="Les familles de la cité Belleville se retrouvent le samedi. Le café des parents, ouvert en 2019, "
    "a réuni quarante mères et pères.",
)  # fmt: skip


@pytest.fixture(scope="module")
def crowd() -> HybridRetriever:
    return HybridRetriever(MemoryIndex([*_crowd(3 * POOL), VAUBAN, PARENTS]))


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("Le café citoyen de Vauban, ça a réuni combien de monde ?", "vauban"),
        ("Combien de participants au café citoyen du quartier de Vauban ?", "vauban"),
        ("Le café des parents de Belleville, ça a réuni combien de parents ?", "parents"),
    ],
)
def test_the_fiche_holding_the_district_apart_from_the_phrase_answers_first(crowd, question, fiche):
    result = crowd.search(question)
    assert not result.no_match
    assert result.hits[0].fiche.id == fiche


def test_a_district_no_fiche_writes_is_no_match(crowd):
    assert crowd.search("Le café citoyen de Montbarrot, ça a réuni combien de monde ?").no_match


def test_a_word_the_fiche_writes_apart_from_the_glued_phrase_is_held(crowd):
    """The second look's rarest-word check reads the fiche's words, not the phrase check (« citoyen de Vauban »
    is split in the fiche, yet it writes « Vauban »)."""
    terms = crowd.judge.terms(crowd.vocabulary.scan("le café citoyen de Vauban").tokens, set())
    vauban = next(t for t in terms if t.norm == "vauban")
    assert crowd._holds("vauban", vauban)
    assert not crowd._holds("cafe-0", vauban)
