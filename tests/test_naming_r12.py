"""Round 12: words that never name a project — the noun of a compound preposition of place (« en bas des
immeubles » says « au pied des immeubles » otherwise) and the noun of a light verb's phrase (« mis en place »,
« mise en route »): a near title is then no other project, and « place » is no title word."""

from __future__ import annotations

from assistant.naming import place_locution_words, verb_phrase_words
from assistant.records import Query
from assistant.routing import _other_name
from tests.helpers_index import make_fiche


def test_place_locutions_and_verb_phrases_are_read():
    assert place_locution_words("la ludotèque en bas des imeubles, combien d'enfants ?") == {"bas"}
    assert place_locution_words("la ludothèque à côté de l'école") == {"cote"}
    assert verb_phrase_words("Le point courrier, mis en place depuis quand ?") == {"place"}
    assert verb_phrase_words("La permanence a été mise en route quand ?") == {"route"}
    assert verb_phrase_words("Le projet Place en Place à Lorient") == set()


def _other(question: str, title: str, text: str) -> str:
    fiche = make_fiche("f-1", title, resume=text)
    return _other_name(question, fiche, Query(text=question))


def test_a_place_said_otherwise_is_the_same_project():
    ludo = ("Ludothèque au pied des immeubles", "Des jeux prêtés aux familles au pied des immeubles.")
    assert _other("la ludotèque en bas des imeubles, il y a combien d'enfants ?", *ludo) == ""
    assert (
        _other("la ludothèque au pied des tours, combien d'enfants ?", *ludo)
        == "ludothèque au pied des tours"
    )


def test_a_light_verb_made_noun_keeps_its_phrase():
    assert verb_phrase_words("la prise en charge des collégiens exclus, c'est où ?") == set()
    assert verb_phrase_words("les collégiens exclus, pris en charge comment ?") == {"charge"}
    assert verb_phrase_words("l'atelier vélo et remise en selle, combien de vélos ?") == set()
    assert verb_phrase_words("elle a été mise en place quand ?") == {"place"}
    assert verb_phrase_words("Qu'est-ce qui se fait en Martinique ?") == set()
    assert verb_phrase_words("combien de jeunes y sont passés sur l'année ?") == set()
