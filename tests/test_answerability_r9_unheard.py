"""Round 9: « aucune fiche » on a word nobody wrote. Alternatives offered by « / » or « ou » (either word covers),
and an unheard word beside a request the closest fiche covers (`abstention.by_unheard`). Invented corpora."""

from __future__ import annotations

from assistant.abstention import Signals, by_unheard
from assistant.answerability import Answerability, Candidate
from assistant.question_syntax import alternative_breaks
from ingest.text import tokens
from tests.helpers_retrieval import make_fiche


def _breaks(text: str) -> list[str]:
    toks = tokens(text)
    return [toks[i].norm for i in alternative_breaks(text, toks)]


def test_a_slash_or_ou_offers_an_alternative_but_not_ou_with_an_accent():
    assert _breaks("le brassage des publics / la mixité ?") == ["la"]
    assert _breaks("des ateliers couture ou tricot") == ["tricot"]
    assert _breaks("l'atelier où les parents cuisinent") == []
    assert _breaks("les 3/4 des familles") == []  # a fraction


def test_either_word_of_an_alternative_covers_the_thing_named_twice():
    judge = Answerability({"mixite": 2, "fete": 3, "quartier": 5, "jardin": 2}, 10)
    fete = make_fiche("fete", "Fête de quartier", resume="Une fête pour la mixité entre voisins.")
    text = "des actions sur le brassage des publics / la mixité"
    terms = judge.terms(tokens(text), set(), text=text)
    assert judge.decide(terms, [Candidate(fete)]).answerable
    alone = "des actions sur le brassage des publics"  # no alternative: the unheard word is the topic
    terms = judge.terms(tokens(alone), set(), text=alone)
    assert not judge.decide(terms, [Candidate(fete)]).answerable


def test_an_alternative_of_two_absent_words_still_abstains():
    judge = Answerability({"atelier": 4, "jardin": 2}, 10)
    fiche = make_fiche("j", "Atelier jardin", resume="Un atelier de jardinage.")
    text = "des ateliers de boxe ou de karaté"
    terms = judge.terms(tokens(text), set(), text=text)
    assert not judge.decide(terms, [Candidate(fiche)]).answerable


def _signals(missing: int, unheard: int, covered: int, lexical: float, dense: float) -> Signals:
    return Signals(best=0.2, lexical=lexical, dense=dense, dense_lexical=lexical, request=lexical,
                   missing=missing, missing_setting=0, unheard_request=unheard, english=False,
                   covered=covered, missing_unheard=unheard, best_dense=dense, best_lexical=lexical)  # fmt: skip


def test_an_unheard_word_beside_a_covered_request_does_not_force_aucune_fiche():
    cuts = {"request": 0.4, "dense": 0.2}
    assert by_unheard(_signals(1, 1, 3, 0.55, 0.33), **cuts)  # « cours de langue… adultes étrangers »
    assert not by_unheard(_signals(2, 1, 0, 0.0, 0.53), **cuts)  # « cours d'escalade »: nothing else covered
    assert not by_unheard(_signals(2, 2, 1, 0.09, 0.0), **cuts)  # « jumelage avec une ville étrangère »
    assert not by_unheard(_signals(2, 1, 3, 0.6, 0.4), **cuts)  # a known word missing too
    assert not by_unheard(_signals(1, 1, 3, 0.55, 0.1), **cuts)  # far in meaning


def test_an_alternative_phrasing_covers_only_when_the_fiche_has_all_its_topic_words():
    judge = Answerability({"atelier": 6, "cuisine": 2, "jardin": 2}, 10)
    fiche = make_fiche("c", "Atelier cuisine", resume="Un atelier de cuisine du monde.")
    text = "un fablab ou des ateliers d'impression 3D ?"  # « ateliers » alone is not the other phrasing
    terms = judge.terms(tokens(text), set(), text=text)
    assert not judge.decide(terms, [Candidate(fiche)]).answerable


def test_a_word_offered_against_a_phrase_lends_it_no_credit():
    judge = Answerability({"friperie": 1, "spectacle": 2, "solidaire": 3}, 10)
    text = "une friperie ou un vestiaire solidaire ?"
    terms = judge.terms(tokens(text), set(), text=text)
    assert all(not t.either for t in terms)
