"""Round 15: titles and asked fields written as they sound or with one typo — on fiches invented here.

A title word spelt with « s » for « c » (« sosio… », « asosiation ») or « k » for « que » is one sound with the
title's (`linking.sounds_alike`: « s » and « z » are one sound); a long unknown word one typo from a word asking
for a field (« subvension », « financemant », « bénévols ») is read as that word, so the detail asked is answered."""

from __future__ import annotations

import pytest

from assistant.linking import sounds_alike
from assistant.query import analyse_scan, detect_intent
from assistant.spoken_asks import spelt_out
from ingest.text import normalise
from tests.helpers_retrieval import make_fiche, vocabulary_and_linker


@pytest.mark.parametrize(
    ("written", "title"),
    [("sosiolinguistik", "sociolinguistique"), ("asosiation", "association"), ("sosial", "social")],
)
def test_s_for_c_sounds_like_the_title_word(written, title):
    assert sounds_alike(written, title)


def test_different_sounds_stay_apart():
    assert not sounds_alike("rasoir", "radio")
    assert not sounds_alike("sosie", "social")


def _corpus():
    return [
        make_fiche("f-asl", "Ateliers sociolinguistiques de l'après-midi", centre="CENTRE SOCIAL DES LILAS",
                   resume="Des cours de français pour des mères de famille, deux après-midi par semaine."),
        make_fiche("f-asso", "Fête des associations", centre="MAISON POUR TOUS DU PARC",
                   resume="Une journée où les associations du quartier présentent leurs activités."),
        make_fiche("f-velo", "Atelier vélo", centre="CENTRE SOCIAL DU MOULIN", resume="Réparer son vélo."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def corpus():
    return vocabulary_and_linker(_corpus())


@pytest.mark.parametrize(
    ("question", "fiche"),
    [
        ("les ateliers sosiolinguistik de l'après-midi c'est quand ?", "f-asl"),
        ("la fête des asosiations, ça se passe comment ?", "f-asso"),
    ],
)
def test_a_title_spelt_by_ear_is_linked(corpus, question, fiche):
    vocabulary, linker = corpus
    query, scan = analyse_scan(question, vocabulary)
    link = linker.link(question, scan, query.intent)
    assert link is not None and link.fiche_ids[:1] == [fiche]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("kel subvension pour le jardin ?", "quel subvention pour le jardin ?"),
        ("le financemant de la fête", "le financement de la fête"),
        ("combien de bénévols à la fête ?", "combien de benevole à la fête ?"),
    ],
)
def test_a_field_word_with_one_typo_is_written_right(question, expected):
    assert spelt_out(question) == expected


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("kel subvension pour le jardin ?", "ressources_financieres"),
        ("le financemant de la fête", "ressources_financieres"),
    ],
)
def test_the_field_asked_with_a_typo_is_a_lookup(question, field):
    intent, lookup, _ = detect_intent(normalise(spelt_out(question)))
    assert (intent, lookup) == ("lookup", field)


@pytest.mark.parametrize(
    "question",
    ["les Subvensions de Marseille", "une subversion du récit", "le montant des subventions"],
)
def test_names_and_french_words_keep_their_spelling(question):
    assert spelt_out(question) == question
