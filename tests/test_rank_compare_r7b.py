"""Rankings and comparisons asked in everyday words (`assistant/intents.py`, `aspects.py`, `comparison.py`):
the measure named by a word of its family (« les plus grosses enveloppes », « le plus de convives », « la plus
forte affluence »), the kind of thing ranked (« quel événement ») no topic, « X à côté de Y » a comparison,
results asked by « ça donne quoi » answered from the results fields, a partner giving money through any form
of a verb of giving (« l'ARS a mis combien »). Known answers on invented fiches built here."""

from __future__ import annotations

import pytest

from assistant import aspects, intents
from assistant.records import FacetMatch, Query
from assistant.service import Assistant
from ingest.text import normalise
from tests.helpers_retrieval import answer_text as text
from tests.helpers_retrieval import cited_titles as titles
from tests.helpers_retrieval import make_fiche, memory_assistant


def _corpus():
    return [
        make_fiche("f-fete", "Fête des Capucines", mots_cles=["Animation locale"],
                   ressources_financieres="Ville : 2 000 €",
                   description_generale="Environ 450 personnes sur la journée.",
                   resultat_habitants="Des voisins qui se parlent enfin."),
        make_fiche("f-bal", "Bal des anciens", mots_cles=["Animation locale"],
                   ressources_financieres="Caf : 9 000 €\nFondation : 3 000 €",
                   description_generale="Le bal a réuni 90 participants en mars."),
        make_fiche("f-troc", "Troc de graines", mots_cles=["Environnement"],
                   ressources_financieres="Fonds propres : 40 €",
                   description_generale="Une vingtaine de jardiniers échangent leurs graines."),
        make_fiche("f-club", "Club recherche d'emploi", mots_cles=["Emploi"],
                   resume="Un groupe hebdomadaire pour des femmes éloignées de l'emploi.",
                   ressources_financieres="ARS : 1 500 €\nCommune : 2 500 €",
                   resultat_habitants="Sur 20 membres, 9 ont retrouvé un emploi.",
                   resultat_territoire="De nouveaux liens avec les employeurs du port."),
        make_fiche("f-code", "Code de la route solidaire", mots_cles=["Emploi"],
                   resume="Préparer l'examen du code pour reprendre un emploi.",
                   ressources_financieres="Agence régionale de santé : 800 €",
                   resultat_habitants="Emploi trouvé pour 6 personnes après le code."),
    ]  # fmt: skip


CORPUS = _corpus()


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return memory_assistant(CORPUS)


# -- the measure named by its family ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("Les deux actions avec les plus grosses enveloppes financières ?", "budget"),
        ("Quelle action a l'enveloppe la plus grosse ?", "budget"),
        ("quelle action a les plus grosses dépenses", "budget"),
        ("Quelle manifestation a eu la plus forte affluence ?", "nb_participants"),
        ("Quel projet a réuni la plus grosse foule ?", "nb_participants"),
        ("lequel a attiré le plus de convives ?", "nb_participants"),
        ("Quelle action a le plus de volontaires ?", "nb_benevoles"),
    ],
)
def test_measure_named_by_its_family(question, field):
    spec = intents.rank_spec(normalise(question))
    assert spec is not None and spec.field == field


def test_family_words_are_no_topic():
    words = intents.ranking_words(
        normalise("Parmi les repas et les goûters, lequel a attiré le plus de convives ?")
    )
    assert "convives" in words and "repas" not in words
    assert "enveloppe" in intents.ranking_words(normalise("quelle action a l'enveloppe la plus grosse"))
    assert "evenement" in intents.ranking_words(normalise("Quel événement a rassemblé le plus de monde ?"))


def test_families_built_from_labels_are_disjoint():
    families = intents.measure_families()
    assert "enveloppe" in families["budget"] and "convive" in families["nb_participants"]
    assert not families["budget"] & families["nb_participants"]
    assert intents.family_field("visiteurs") == "nb_participants"
    assert intents.family_field("jardin") == ""


def test_no_superlative_no_ranking():
    assert intents.rank_spec(normalise("une enveloppe pour les familles")) is None


def test_rank_on_a_family_word(assistant):
    answer = assistant.ask("Quelles sont les deux actions avec les plus grosses enveloppes ?")
    assert titles(answer) == ["Bal des anciens", "Club recherche d'emploi"]
    assert "12 000" in text(answer)


def test_rank_over_a_kind_of_thing(assistant):
    answer = assistant.ask("Quel événement a rassemblé la plus grosse foule ?")
    assert titles(answer)[:2] == ["Fête des Capucines", "Bal des anciens"]
    assert "450" in text(answer)


# -- comparisons ---------------------------------------------------------------------------------


def test_side_by_side_is_a_comparison():
    assert (
        intents.detect(normalise("Le club emploi à côté du code solidaire, ça donne quoi ?"))[0] == "compare"
    )


def test_results_asked_from_the_results_fields(assistant):
    answer = assistant.ask(
        "Le club recherche d'emploi à côté du code de la route solidaire, côté emploi ça donne quoi ?"
    )
    assert titles(answer) == ["Club recherche d'emploi", "Code de la route solidaire"]
    first = text(answer).split("\n\n")[0]
    assert "9 ont retrouvé un emploi" in first and "Emploi trouvé pour 6 personnes" in first
    assert "femmes éloignées" not in first


@pytest.mark.parametrize(
    "question",
    [
        "l'ARS a mis combien dans le club ?",
        "combien a versé l'ARS au club ?",
        "l'ARS finance combien ?",
    ],
)
def test_partner_giving_through_any_verb_form(question):
    query = Query(text=question, facets=[FacetMatch(field="partenaires", values=["ARS"], trigger="ARS")])
    assert aspects.asked_partner(normalise(question), query) == "ARS"


def test_partner_as_a_scope_is_not_giving():
    question = "parmi les actions financées par l'ARS, laquelle a le plus de participants ?"
    query = Query(text=question, facets=[FacetMatch(field="partenaires", values=["ARS"], trigger="ARS")])
    assert aspects.asked_partner(normalise(question), query) == ""


def test_partner_money_in_each_compared_fiche(assistant):
    answer = assistant.ask(
        "Le club recherche d'emploi et le code de la route solidaire, l'ARS a mis combien ?"
    )
    first = text(answer).split("\n\n")[0]
    assert "1 500" in first and "800" in first
