"""Query analysis: intent, lookup field, group-by and keywords, deterministic and offline."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from assistant.glossary import english_lemmas, familiar_standard
from assistant.query import analyse, analyse_scan, content_words, is_english, translations
from tests.helpers_retrieval import make_fiche


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(
        [
            make_fiche(
                "a",
                "Place des femmes",
                centre="Maison Pour Tous de Kervénanec - centre social",
                mots_cles=["Parentalité"],
                partenaires=["Bailleur social", "ARS"],
                public=["familles"],
            ),
            make_fiche(
                "b",
                "Repair café",
                centre="CENTRE SOCIAL LA PASSERELLE",
                statut="Terminée",
                mots_cles=["Environnement"],
            ),
        ]  # fmt: skip
    )


INTENTS = [
    ("Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?", "list", "", ""),
    ("which centres ran parenting activities with social landlords?", "list", "", ""),
    ("Y a-t-il des actions financées par l'ARS ?", "list", "", ""),
    ("Combien d'actions de parentalité ?", "count", "", ""),
    ("how many projects with social landlords", "count", "", ""),
    ("Quelles actions par département ?", "aggregate", "", "departement"),
    ("Quels partenaires reviennent le plus ?", "aggregate", "", "partenaires"),
    ("most common keywords", "aggregate", "", "mots_cles"),
    ("Répartition des actions par région", "aggregate", "", "region"),
    (
        "Quel était le budget du projet Place des femmes à Kervénanec ?",
        "lookup",
        "ressources_financieres",
        "",
    ),
    ("Combien a coûté le repair café ?", "lookup", "ressources_financieres", ""),
    ("Combien de bénévoles pour le repair café ?", "lookup", "personnes_mobilisees", ""),
    ("Combien de familles ont participé au repair café ?", "lookup", "personnes_mobilisees", ""),
    ("Avec quels partenaires le repair café a-t-il été mené ?", "lookup", "partenaires", ""),
    ("Pourquoi le repair café s'est-il arrêté ?", "lookup", "raison_fin", ""),
    # lessons (`assistant.intents`); the router answers it as a lookup when the question names one fiche
    ("Quelles sont les limites de Place des femmes ?", "lessons", "limites", ""),
    ("Quels résultats pour les habitants ?", "lookup", "resultat_habitants", ""),
    ("Des actions similaires à Place des femmes ?", "similar", "", ""),
    ("Des idées d'actions autour du zéro déchet ?", "search", "", ""),
    ("jardinage avec les tout-petits", "search", "", ""),
]


@pytest.mark.parametrize(("question", "intent", "lookup_field", "group_by"), INTENTS)
def test_intent(vocabulary, question, intent, lookup_field, group_by):
    query = analyse(question, vocabulary)
    assert (query.intent, query.lookup_field, query.group_by) == (intent, lookup_field, group_by)


def test_financed_by_names_a_partner_not_a_budget(vocabulary):
    query = analyse("Y a-t-il des actions financées par l'ARS ?", vocabulary)
    assert query.lookup_field == ""
    assert [(f.field, f.values, f.trigger) for f in query.facets] == [("partenaires", ["ARS"], "ARS")]


def test_keywords_drop_stop_words_generic_words_and_triggers(vocabulary):
    query = analyse(
        "Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?", vocabulary
    )
    assert query.keywords == ""
    query = analyse("Des idées d'actions autour du zéro déchet avec un bailleur ?", vocabulary)
    assert query.keywords == "autour zéro déchet"
    assert query.text == "Des idées d'actions autour du zéro déchet avec un bailleur ?"


def test_english_keywords_get_their_french_words(vocabulary):
    query, scan = analyse_scan("community garden projects for women", vocabulary)
    assert query.keywords == (
        "community garden women collectif habitants partagé jardin jardinage jardins potager femmes filles"
    )
    assert is_english(scan)
    assert not is_english(analyse_scan("Des jardins pour les femmes ?", vocabulary)[1])


def test_content_words_leave_out_question_scaffolding(vocabulary):
    _, scan = analyse_scan("Existe-t-il des activités d'équitation pour les jeunes ?", vocabulary)
    assert content_words(scan) == ["equitation", "jeunes"]  # « jeunes » is no facet of this corpus
    _, scan = analyse_scan("Un centre a-t-il monté un projet de crypto-monnaie ?", vocabulary)
    assert content_words(scan) == ["crypto", "monnaie"]
    _, scan = analyse_scan("Quelle action reçoit le plus pour l'équitation, bénévoles compris ?", vocabulary)
    assert "recoit" not in content_words(scan) and "compris" not in content_words(scan)  # irregular verbs


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Actions en partenariat avec l'ARS", []),  # a partner cue: the facet is all it says
        ("Actions avec à la fois l'ARS et un bailleur social", []),
        ("Les actions dont le public est les familles", []),  # the field's own noun
        ("Des actions de jardinage en partenariat avec l'ARS", ["jardinage"]),
    ],
)
def test_content_words_leave_out_the_words_of_facet_fields(vocabulary, question, words):
    _, scan = analyse_scan(question, vocabulary)
    assert content_words(scan) == words


def test_analysis_is_deterministic(vocabulary):
    question = "Quelles actions de parantalité avec des HLM sont terminées ?"
    first, second = analyse(question, vocabulary), analyse(question, vocabulary)
    assert first == second
    assert [(f.field, f.values) for f in first.facets] == [
        ("mots_cles", ["Parentalité"]),
        ("partenaires", ["Bailleur social"]),
        ("statut", ["Terminée"]),
    ]


def test_keywords_add_the_standard_words_of_familiar_words_and_leave_out_greetings(vocabulary):
    query, scan = analyse_scan("Bonjour, des idées pour retrouver du boulot svp", vocabulary)
    assert query.keywords == "retrouver boulot emploi travail"
    assert content_words(scan) == ["retrouver", "boulot"]


@pytest.mark.parametrize(
    ("word", "french"),
    [
        ("bikes", ["vélo", "vélos", "cyclisme"]),  # plural
        ("fixing", ["réparation", "réparer", "réparé"]),  # -ing
        ("evictions", ["expulsion", "expulsions"]),
        ("families", ["familles", "famille", "familial"]),  # -ies
        ("funded", ["financement", "subvention", "budget"]),  # -ed
        ("seniors", ["seniors", "âgées", "aînés", "retraités", "personnes"]),  # the same word first
        ("spaceship", []),
    ],
)
def test_english_words_are_translated_through_their_lemma(word, french):
    assert sorted(translations(word)) == sorted(french)


def test_a_word_french_writes_the_same_comes_first():
    assert translations("seniors")[0] == "seniors"  # the count noun of « how many seniors »


def test_english_lemmas_and_familiar_words():
    assert english_lemmas("bikes") == ["bikes", "bik", "bike"]
    assert {"run", "make", "cheap", "family"} <= {
        lemma for word in ("running", "making", "cheaply", "families") for lemma in english_lemmas(word)
    }
    assert familiar_standard("Pro")[0] == "professionnel"
    assert familiar_standard("boulot") == ["emploi", "travail"]
    assert familiar_standard("gaspi") == ["gaspillage"]
    assert familiar_standard("emploi") == []
