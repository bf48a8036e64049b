"""False « aucune fiche » (round 8, wave B): which words may carry a topic at all, a word spelt by ear read
through the same sound key as the base's, and the rescue of a question whose only missing words are common in
the base (`abstention.by_common`). Invented words and fiches, known answers."""

from __future__ import annotations

import pytest

from assistant import abstention
from assistant.abstention import Signals, by_common
from assistant.answerability import Answerability
from assistant.fiche_words import sound_key
from assistant.question_syntax import light_noun, weak_position
from ingest.text import tokens
from tests.helpers_retrieval import make_fiche


def _weak(question: str, word: str) -> bool:
    toks = tokens(question)
    i = next(n for n, t in enumerate(toks) if t.text == word)
    return weak_position(toks, i, known=True)


@pytest.mark.parametrize(
    ("question", "word", "weak"),
    [
        ("pourquoi on a du mal à faire venir les pères ?", "mal", True),  # « avoir du mal à »
        ("les bénévoles ont de la peine à rester longtemps", "peine", True),
        ("les ados ont envie de partir en camp", "envie", True),  # « avoir envie de »
        ("nos aînés ont tendance à s'isoler l'hiver", "tendance", True),  # clitic before the infinitive
        ("un atelier sur le mal de dos", "mal", False),  # a noun after its determiner
        ("des actions contre la peine de prison", "peine", False),
        ("une animation pour bricoler plutôt que jeter ?", "plutôt", True),  # an adverb
        ("des sorties à vélo, vite ?", "vite", True),
    ],
)
def test_only_a_word_that_can_carry_a_topic_decides(question, word, weak):
    assert _weak(question, word) is weak


def test_the_locution_noun_needs_avoir_before_it():
    toks = tokens("le mal à faire venir les pères")
    assert not light_noun(toks, 1)
    toks = tokens("les familles ont du mal aux devoirs")  # no infinitive after it: a noun
    assert not light_noun(toks, 4)
    toks = tokens("les familles ont du mal à lire")
    assert light_noun(toks, 4)


def test_a_speller_by_ear_writes_s_for_a_soft_c_and_the_keys_agree():
    assert sound_key("sosiolinguistik") == sound_key("sociolinguistiques")
    assert sound_key("gazon") == sound_key("gason")
    assert sound_key("poterie") != sound_key("sociolinguistique")


def test_a_word_spelt_by_ear_with_s_between_vowels_meets_the_title_word():
    judge = Answerability({"atelier": 3, "sociolinguistique": 1, "soir": 2}, 10)
    fiche = make_fiche("asl", "Ateliers sociolinguistiques du soir", resume="Des cours de français le soir.")
    terms = judge.terms(tokens("ateliers sosiolinguistik le soir"), set())
    credits = {t.text: judge.credit(t, judge.words(fiche)) for t in terms}
    assert credits["sosiolinguistik"] == pytest.approx(0.9)


def _signals(missing: int, share: float, lexical: float) -> Signals:
    return Signals(best=0.3, lexical=lexical, dense=0.0, dense_lexical=lexical, request=0.5, missing=missing,
                   missing_setting=0, unheard_request=0, english=False, missing_share=share)  # fmt: skip


def test_a_missing_word_many_fiches_use_is_no_absent_topic():
    assert by_common(_signals(1, 0.3, 0.5), share=0.2, lexical=0.4)
    assert not by_common(_signals(1, 0.05, 0.5), share=0.2, lexical=0.4)  # a rare word: an absent compound
    assert not by_common(_signals(1, 0.0, 0.9), share=0.2, lexical=0.4)  # a word no fiche has
    assert not by_common(_signals(1, 0.3, 0.2), share=0.2, lexical=0.4)  # the rest barely covered
    assert not by_common(_signals(0, 0.0, 0.9), share=0.2, lexical=0.4)  # nothing missing: `by_words`


def test_the_share_of_a_term_is_read_from_the_base():
    judge = Answerability({"animation": 5, "poterie": 0}, 10)
    (term,) = judge.terms(tokens("une animation"), set())
    assert judge.share(term) == pytest.approx(0.5)
    assert abstention.rescued(_signals(1, 0.5, 0.5), share=0.4, common_lexical=0.4)


def test_nasal_and_not_nasal_vowels_are_keyed_as_said():
    assert sound_key("grenotek") == sound_key("grainotheque")  # « ai » before « n » + vowel: « è »
    assert sound_key("permanance") == sound_key("permanence")  # « en » before a consonant: « an »
    assert sound_key("grenier") != sound_key("granier")  # « en » before a vowel stays


def test_what_the_asker_sets_aside_is_no_term():
    from assistant.question_syntax import contrast_positions

    text = "des vacances à l'océan plutôt qu'à la campagne, pour les familles"
    toks = tokens(text)
    aside = {toks[i].norm for i in contrast_positions(text, toks)}
    assert "campagne" in aside and "ocean" not in aside and "familles" not in aside
    judge = Answerability({"ocean": 1, "campagne": 1, "vacances": 3}, 10)
    assert "campagne" not in {t.norm for t in judge.terms(toks, set(), text=text)}
