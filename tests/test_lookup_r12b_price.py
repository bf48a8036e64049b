"""Round 12 wave B: a sum the people taking part pay is a price, not the budget nor a count of fiches."""

from assistant.lookup_asks import ask_of, payer_word
from assistant.question_clauses import money_clause
from ingest.text import normalise


def _ask(question: str) -> str:
    found = ask_of(normalise(question))
    return found.name if found else ""


def test_a_level_verb_before_a_combien_asks_a_sum():
    assert money_clause(normalise("ça revient à combien ?")) == ["revient", "a", "combien"]
    assert money_clause(normalise("et ça monte à combien par personne ?")) == ["monte", "a", "combien"]


def test_a_count_of_people_who_came_back_asks_no_sum():
    assert money_clause(normalise("combien sont revenus ensuite ?")) == []


def test_what_the_people_taking_part_pay_is_the_price():
    assert _ask("ça revient à combien pour les participants ?") == "price"
    assert _ask("les retraités paient combien ?") == "price"
    assert _ask("combien ça coûte aux usagers ?") == "price"


def test_a_grant_to_families_or_who_pays_is_no_price():
    assert _ask("combien la CAF verse aux familles ?") == ""
    assert _ask("qui paie pour les familles ?") == "funders"


def test_payer_words_are_people():
    assert payer_word("participants") and payer_word("familles")
    assert not payer_word("budget")


def test_a_public_alias_is_counted_under_another_noun_of_its_public():
    from assistant.lookup_sentences import _answer_kinds, _public_alias

    assert _public_alias("ecoliers") and not _public_alias("benevoles")
    kinds = _answer_kinds(normalise("combien d'écoliers participent au potager ?"), "ecolier")
    assert any(test("Le potager accueille 30 élèves de CE2.") for test, _ in kinds)
