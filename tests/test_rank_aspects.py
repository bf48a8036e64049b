"""Rankings and comparisons on an aspect the typed figures do not cover (`assistant/intents.py`, `aspects.py`,
`comparison.py`, `routing.py`): the year an action started (« la plus ancienne », « depuis le plus
longtemps »), a partner's money named right after « le plus de », a familiar word naming a figure (« pros »),
a ranking scoped by a topic whatever scaffolding words surround it (« de tous les X recensés »), the lessons
asked by « qu'est-ce qui a fait marcher ». Known answers on invented fiches built here."""

from __future__ import annotations

import pytest

from assistant import aspects, comparison, intents, lesson_cues, ranking
from assistant.records import Query
from assistant.routing import topic_words
from assistant.service import Assistant
from ingest.text import normalise
from tests.helpers_retrieval import answer_text as text
from tests.helpers_retrieval import cited_titles as titles
from tests.helpers_retrieval import make_fiche, memory_assistant


def _corpus():
    return [
        make_fiche("f-goûter1", "Goûter des voisins du Parc", mots_cles=["Animation locale"],
                   ressources_financieres="Ville : 300 €",
                   description_generale="Le goûter existe depuis 2009. En 2023, 80 voisins sont venus.",
                   facteurs_reussite="Un habitant relais dans chaque immeuble."),
        make_fiche("f-goûter2", "Goûter partagé des Tilleuls", mots_cles=["Animation locale"],
                   ressources_financieres="Ville : 900 €\nCaf : 400 €",
                   description_experience="Lancé en 2016 avec le conseil citoyen. Projet social 2004-2008 cité."),
        make_fiche("f-goûter3", "Goûter de rentrée", mots_cles=["Animation locale"],
                   ressources_financieres="Fonds propres : 150 €",
                   description_generale="Un goûter chaque septembre dans la cour."),
        make_fiche("f-jardin", "Jardin des Lilas", mots_cles=["Environnement"],
                   ressources_financieres="ARS : 2 000 €\nCommune : 1 000 €",
                   personnes_mobilisees="3 professionnels, 8 bénévoles",
                   description_generale="Le jardin a ouvert en 2012 sur douze parcelles."),
        make_fiche("f-cuisine", "Cuisine du monde", mots_cles=["Alimentation"],
                   ressources_financieres="Caf : 5 000 €",
                   personnes_mobilisees="7 professionnels",
                   description_generale="Des repas partagés chaque mois ; 4 000 € de budget prévu en 2030."),
    ]  # fmt: skip


CORPUS = _corpus()
BY_ID = {f.id: f for f in CORPUS}


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return memory_assistant(CORPUS)


# -- detection -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "descending"),
    [
        ("Quelle est l'action la plus ancienne ?", False),
        ("lequel existe depuis le plus longtemps ?", False),
        ("lequel a démarré le plus tôt ?", False),
        ("Quel est le projet le plus récent ?", True),
    ],
)
def test_start_is_ranked_oldest_or_latest_first(question, descending):
    spec = ranking.rank_spec(normalise(question))
    assert spec is not None and spec.field == ranking.START and spec.descending is descending


def test_a_time_of_day_or_a_duration_is_no_start():
    assert ranking.rank_spec(normalise("lequel ouvre le plus tôt le matin ?")) is None
    assert ranking.rank_spec(normalise("lequel dure le plus longtemps ?")) is None


def test_a_familiar_word_names_its_figure():
    spec = ranking.rank_spec(normalise("laquelle a fait intervenir le plus grand nombre de pros ?"))
    assert spec is not None and spec.field == "nb_salaries"
    assert "pros" in ranking.ranking_words(normalise("laquelle a le plus de pros ?"))
    # « ancien » is a familiar word for elderly people, never read so after a superlative
    assert ranking.rank_spec(normalise("lequel est le plus ancien ?")).field == ranking.START


def test_a_partner_after_the_superlative_asks_its_money():
    norm = normalise("Entre A et B, lequel touche le plus de l'ARS ?")
    assert ranking.rank_spec(norm).field == "budget"
    assert aspects.partner_after_superlative(normalise("laquelle reçoit le plus de la Ville ?")) == "Commune"
    assert aspects.partner_after_superlative(normalise("laquelle a le plus de familles ?")) == ""


def test_what_made_it_work_asks_success_factors():
    assert intents.detect(normalise("qu'est-ce qui a fait marcher le goûter ?"))[:2] == (
        intents.LESSONS,
        "facteurs_reussite",
    )


def test_scaffolding_words_are_no_topic():
    question = "De tous les goûters recensés, lequel couvre le plus grand nombre de communes sur l'ensemble ?"
    words = topic_words(question, Query(text=question), ranking.ranking_words(normalise(question)))
    assert words == ["gouters"]
    assert topic_words("les sorties de la cuisine", Query(text="x")) == ["sorties", "cuisine"]


# -- figures ---------------------------------------------------------------------------------------


def test_start_year_is_the_earliest_year_said_of_a_start():
    assert aspects.start_year(BY_ID["f-goûter1"]).value == 2009
    found = aspects.start_year(BY_ID["f-goûter2"])
    assert found.value == 2016 and found.sentence.startswith("Lancé en 2016")  # not the plan's 2004
    assert aspects.start_year(BY_ID["f-goûter3"]) is None
    assert aspects.start_year(BY_ID["f-cuisine"]) is None  # « en 2030 » is a budget, no start


def test_rank_on_start_says_years_and_who_lacks_one():
    fiches = [BY_ID["f-goûter2"], BY_ID["f-goûter3"], BY_ID["f-goûter1"], BY_ID["f-jardin"]]
    spec = ranking.RankSpec(ranking.START, descending=False)
    built = comparison.rank_answer(fiches, spec, Query(text="la plus ancienne"))
    first = built.answer.text.split("\n")[0]
    assert first.startswith(
        "Classement par année de début, du plus ancien au plus récent (3 fiches chiffrées"
    )
    assert "1 sans ce chiffre" in first
    assert [c.title for c in built.answer.citations] == [
        "Goûter des voisins du Parc",
        "Jardin des Lilas",
        "Goûter partagé des Tilleuls",
    ]


def test_compare_on_start_names_the_oldest():
    fiches = [BY_ID["f-goûter2"], BY_ID["f-goûter1"], BY_ID["f-goûter3"]]
    built = comparison.compare_answer(fiches, Query(text="lequel existe depuis le plus longtemps ?"))
    first = built.answer.text.split("\n")[0]
    assert first.startswith("« Goûter des voisins du Parc » [1] existe depuis le plus longtemps : 2009")
    assert "contre 2016 pour « Goûter partagé des Tilleuls » [2]" in first
    assert "« Goûter de rentrée » [3] n'indique pas ce chiffre" in first


def test_compare_on_a_partner_no_budget_line_names():
    fiches = [BY_ID["f-goûter3"], BY_ID["f-cuisine"]]
    built = comparison.compare_answer(fiches, Query(text="lequel reçoit le plus de l'ARS ?"))
    assert built.answer.text.startswith("Aucune de ces fiches n'indique de montant attribué par ARS.")


# -- end to end ------------------------------------------------------------------------------------


def test_compare_a_partners_money_end_to_end(assistant):
    answer = assistant.ask(
        "Entre le jardin des Lilas et la cuisine du monde, lequel touche le plus de l'ARS ?"
    )
    assert titles(answer)[:2] == ["Jardin des Lilas", "Cuisine du monde"]
    assert (
        "2 000" in text(answer).split("\n")[0] and "n'indique pas ce chiffre" in text(answer).split("\n")[0]
    )


def test_rank_scoped_by_a_topic_with_scaffolding_words(assistant):
    answer = assistant.ask("De tous les goûters recensés, lequel a eu le budget le plus élevé ?")
    assert titles(answer)[0] == "Goûter partagé des Tilleuls"
    assert set(titles(answer)) <= {f.title for f in CORPUS if "Goûter" in f.title}


def test_rank_on_pros_end_to_end(assistant):
    answer = assistant.ask("Sur l'ensemble des fiches, laquelle fait intervenir le plus de pros ?")
    assert titles(answer)[0] == "Cuisine du monde" and "7" in text(answer).split("\n")[0]


def test_started_first_or_last_is_a_start():
    first = ranking.rank_spec(normalise("Quelle action a démarré en premier ?"))
    last = ranking.rank_spec(normalise("laquelle a été lancée en dernier ?"))
    assert (first.field, first.descending) == (ranking.START, False)
    assert (last.field, last.descending) == (ranking.START, True)
    assert ranking.rank_spec(normalise("qui arrive en premier à l'accueil ?")) is None
    assert "premier" in ranking.measure_words(normalise("Quelle action a démarré en premier ?"))


def test_most_partners_counts_the_declared_partners():
    spec = ranking.rank_spec(normalise("Quelle action a le plus de partenaires ?"))
    assert spec.noun == "partenaires"
    fiches = [
        make_fiche("f-a", "Action A", partenaires=["Caf", "Commune"]),
        make_fiche("f-b", "Action B", partenaires=["Caf", "ARS", "Commune"]),
        make_fiche("f-c", "Action C"),
    ]
    built = comparison.rank_answer(fiches, spec, Query(text="le plus de partenaires"))
    assert [c.title for c in built.answer.citations] == ["Action B", "Action A"]
    assert "« Action B » : 3\u00a0partenaires [1]" in built.answer.text.split("\n")[0]
    assert "1 sans ce chiffre" in built.answer.text


def test_a_title_named_by_its_initials_is_no_aspect():
    fiches = [make_fiche("f-l", "Lieu d'accueil enfants-parents"), make_fiche("f-k", "Café des parents")]
    assert (
        aspects.aspect_words(
            normalise("le LAEP et le café des parents : lequel est le plus ancien"), fiches, {"ancien"}
        )
        == []
    )


def test_no_figure_is_said_with_an_elided_de():
    fiches = [BY_ID["f-goûter3"]]
    built = comparison.rank_answer(fiches, ranking.RankSpec(ranking.START), Query(text="la plus récente"))
    assert "d'année de début" in built.answer.text


def test_what_allowed_its_success_asks_success_factors():
    norm = normalise("Qu'est-ce qui a permis la réussite de l'épicerie ?")
    assert intents.detect(norm)[:2] == (intents.LESSONS, "facteurs_reussite")
    assert "permis" in lesson_cues.lesson_cue_words(norm)


def test_opening_hours_are_no_start():
    hours = make_fiche(
        "f-h", "Accueil du mardi", description_generale="Ouvert le mardi ; 74 familles accueillies en 2023."
    )
    opened = make_fiche(
        "f-o", "Accueil du jeudi", description_generale="L'accueil a ouvert en 2019, le jeudi matin."
    )
    assert aspects.start_year(hours) is None
    assert aspects.start_year(opened).value == 2019
