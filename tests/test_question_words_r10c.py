"""Round 10 wave C (H2): a question word no fiche uses reaches the fiches of its derived nouns, and a
participle behind a bound prefix (« copiloté ») is read as a verb, never as the topic."""

from assistant.distinctive import derived_nouns
from assistant.question_syntax import prefixed_participle


def test_prefixed_participles_are_verb_forms():
    assert prefixed_participle("copiloté")  # co + piloté (piloter)
    assert prefixed_participle("coorganisées")
    assert prefixed_participle("réaménagé")


def test_nouns_and_plain_participles_are_not_prefixed_participles():
    for word in ("santé", "société", "réalité", "comité", "copilote", "piloté", "protégé", "côté"):
        assert not prefixed_participle(word), word


def test_verbs_no_fiche_uses_bring_their_nouns_the_base_holds():
    word_df = {"couture": 2, "tricot": 1, "atelier": 5}
    assert derived_nouns("habitantes coudre tricoter ensemble", word_df) == ["couture", "tricot"]


def test_a_verb_the_base_uses_or_a_noun_it_lacks_adds_nothing():
    assert derived_nouns("coudre", {"coudre": 1, "couture": 2}) == []  # the verb itself is found
    assert derived_nouns("souder forger", {"couture": 2}) == []  # « soudure », « forge »: no fiche
    assert derived_nouns("atelier", {"atelier": 5}) == []  # no infinitive


def test_a_prefixed_participle_with_its_agent_is_no_topic():
    from assistant.answerability import Answerability
    from ingest.text import tokens

    judge = Answerability({"jardin": 3, "centre": 10, "parcelle": 1, "immeuble": 2}, 20)
    question = "Le jardin en pied d'immeuble copiloté par deux centres, combien de parcelles ?"
    terms = judge.terms(tokens(question), set(), text=question)
    word = next(t for t in terms if t.norm == "copilote")
    assert word.weak and not word.unheard
