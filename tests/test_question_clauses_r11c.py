"""Round 11C: « comment » whose subject is others (plural or indefinite: « d'autres centres », « les autres »,
« quelqu'un », « ailleurs … ils ») asks how others did it — a set of fiches, not one fiche's detail; a
« comment » about one named action stays a detail."""

from assistant.question_clauses import asks_a_set, others_asked
from ingest.text import normalise


def test_how_other_centres_did_it_asks_a_set():
    assert asks_a_set("nos ados s'ennuient l'été, comment d'autres centres ont fait ?")
    assert asks_a_set("Les voisins ne se parlent plus : comment les autres s'y sont pris ?")
    assert asks_a_set("un atelier couture, qui a déjà monté ça et comment ?")


def test_elsewhere_then_they_is_others():
    assert others_asked(normalise("Dans d'autres quartiers, comment ils font pour mobiliser ?"))


def test_how_one_named_action_works_is_no_set():
    assert not asks_a_set("comment fonctionne la bricothèque des Lilas ?")
    assert not others_asked(normalise("comment les bénévoles aident-ils les autres habitants ?"))
    assert not others_asked(
        normalise("comment ils s'y sont pris ?")
    )  # a follow-up's « ils »: the fiche in focus
