"""Round 15: a budget question naming one of its lines (« le personnel, ça pèse combien dans le budget ? »,
« la Ville met combien ? », « le véhicule a coûté combien ? ») is answered by that line and its amount, then
the budget's total — on fiches invented here."""

from __future__ import annotations

import pytest

from assistant.budget_lines import named_lines
from assistant.lookup import lookup_answer
from assistant.records import Query
from ingest import amounts
from ingest.text import normalise
from tests.helpers_retrieval import make_fiche

TABLE = """Budget 2024 :
Charges
- Achats de jeux : 2 000 €
- Personnel (0,5 ETP) : 14 000 €
- Loyer du local : 3 000 €
Total des charges : 19 000 €
Produits
- Caf : 8 000 €
- Conseil départemental : 6 000 €
- Commune : 5 000 €
Total des produits : 19 000 €"""

SPLIT = """CHARGES
60 - Achats
900€
Commune(s)
- Ville de Quimper
4200€
64 - Charges de personnel
7000€
TOTAL DES CHARGES
12100€"""

GAMES = make_fiche(
    "f-jeux", "Ludothèque du Parc", centre="CENTRE SOCIAL DU PARC", ressources_financieres=TABLE
)
WOMEN = make_fiche("f-femmes", "Collectif des voisines", centre="MAISON POUR TOUS DE KERLANN",
                   departement="Finistère", ressources_financieres=SPLIT)  # fmt: skip


@pytest.mark.parametrize(
    ("question", "line"),
    [
        (
            "La ludothèque du Parc, le personnel ça pèse combien dans le budget ?",
            "Personnel (0,5 ETP) : 14 000 €",
        ),
        ("Dans le budget de la ludothèque du Parc, la Caf met combien ?", "Caf : 8 000 €"),
        ("le loyer de la ludothèque du Parc, ça coûte combien ?", "Loyer du local : 3 000 €"),
    ],
)
def test_a_budget_line_named_is_answered(question, line):
    assert named_lines(TABLE, normalise(question), "Ludothèque du Parc CENTRE SOCIAL DU PARC") == [line]
    text = lookup_answer(GAMES, question, amounts.MONEY_FIELD, Query(text=question)).answer.text
    assert text.split("\n\n")[0].replace("\u00a0", " ") == (
        f"Dans le budget de « Ludothèque du Parc » — CENTRE SOCIAL DU PARC (Haute-Garonne) : {line}"
        " — budget : 19 000 € (total des charges) [1]."
    )


def test_an_amount_on_the_next_line_is_read():
    question = "Dans le budget du collectif des voisines, la Ville met combien ?"
    assert named_lines(SPLIT, normalise(question), "Collectif des voisines") == ["Ville de Quimper : 4200€"]


@pytest.mark.parametrize(
    "question",
    [
        "Quel est le budget de la ludothèque du Parc ?",
        "La ludothèque du Parc, ça coûte combien ?",
        "Le budget total de la ludothèque du Parc ?",
    ],
)
def test_a_question_naming_no_line_gets_the_budget(question):
    assert named_lines(TABLE, normalise(question), "Ludothèque du Parc CENTRE SOCIAL DU PARC") == []
