"""Rankings on what the people counted reached (« le plus de personnes de décrocher un emploi »: a count read
before the outcome's words in the results) and words coordinated with the figure (« côté équipe et
bénévoles ») that qualify it, never a topic (`assistant/ranking.py`, `assistant/aspects.py`). Known answers
on invented fiches built here."""

from __future__ import annotations

import pytest

from assistant import aspects, ranking
from assistant.service import Assistant
from ingest.text import normalise
from tests.helpers_retrieval import answer_text as text
from tests.helpers_retrieval import cited_titles as titles
from tests.helpers_retrieval import make_fiche, memory_assistant

CORPUS = [
    make_fiche("f-atelier", "Atelier CV et entretiens", mots_cles=["Emploi, économie"],
               description_generale="Un atelier hebdomadaire de préparation aux entretiens pour 40 habitants.",
               resultat_habitants="Sur 40 inscrits, 9 ont trouvé un travail ou un stage."),
    make_fiche("f-brigade", "Brigade verte des jeunes", mots_cles=["Emploi, économie"],
               description_generale="Des chantiers d'été pour 25 jeunes du quartier.",
               resultat_habitants="Douze jeunes ont signé un stage ; trois ont trouvé un travail."),
    make_fiche("f-fete", "Fête des voisins", mots_cles=["Animation locale"],
               personnes_mobilisees="3 salariés et 60 bénévoles",
               description_generale="Une fête de rue qui attire 500 habitants."),
    make_fiche("f-loto", "Loto solidaire", mots_cles=["Animation locale"],
               personnes_mobilisees="2 salariés et 10 bénévoles",
               description_generale="Un loto pour 80 habitants."),
]  # fmt: skip


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return memory_assistant(CORPUS)


@pytest.mark.parametrize(
    ("question", "outcome"),
    [
        ("Quelle action a permis au plus de personnes de décrocher un emploi ou une formation ?",
         ("emploi", "formation")),
        ("quel projet a aidé le plus de gens à trouver un travail ?", ("travail",)),
        ("laquelle a permis au plus grand nombre de jeunes d'entrer en formation ?", ("formation",)),
        ("quel projet compte le plus de personnes qui ont obtenu un stage ?", ("stage",)),
        ("quelle action a touché le plus de personnes de la ville ?", ()),
    ],
)  # fmt: skip
def test_the_outcome_of_the_people_counted_is_read(question, outcome):
    spec = ranking.rank_spec(normalise(question))
    assert spec is not None and spec.outcome == outcome


def test_the_outcome_count_is_the_number_before_its_words():
    atelier, brigade = CORPUS[0], CORPUS[1]
    assert aspects.outcome_count(atelier, ("travail",)).value == 9
    assert aspects.outcome_count(brigade, ("stage",)).value == 12
    assert aspects.outcome_count(brigade, ("stage",), "femme") is None  # no sentence about women


def test_the_most_people_reaching_an_outcome_ranks_first(assistant):
    answer = assistant.ask("Quelle action a permis au plus de personnes de décrocher un travail ?")
    assert titles(answer)[0] == "Atelier CV et entretiens"
    assert "9" in text(answer)


@pytest.mark.parametrize(
    "question",
    [
        "Quelle action a mobilisé le plus de monde côté équipe et bénévoles ?",
        "Laquelle a mobilisé le plus de gens, entre l'équipe et les bénévoles ?",
    ],
)
def test_words_coordinated_with_the_figure_are_no_topic(question):
    assert {"equipe", "benevoles"} <= ranking.measure_words(normalise(question))


def test_a_scope_after_the_figure_stays_a_topic():
    words = normalise("quelle action a le plus de salariés pour les ados et les seniors")
    assert "ados" not in ranking.figure_conjuncts(words.split(), {"salaries"})


def test_the_team_side_ranks_over_every_fiche(assistant):
    answer = assistant.ask("Quelle action a mobilisé le plus de monde côté équipe et bénévoles ?")
    assert titles(answer)[0] == "Fête des voisins"


def test_a_phrase_pointing_at_the_public_is_no_topic_of_lessons():
    corpus = [
        make_fiche("f-visite", "Visites à domicile", public=["Seniors"], limites="Les bénévoles s'épuisent."),
        make_fiche("f-gym", "Gym douce", public=["Seniors"], limites="La salle est mal chauffée l'hiver."),
        make_fiche("f-bus", "Bus des villages", public=["Seniors"],
                   limites="La direction du centre a changé deux fois."),
        make_fiche("f-foot", "Foot de rue", public=["Jeunes"], limites="Le terrain est souvent occupé."),
    ]  # fmt: skip
    answer = memory_assistant(corpus).ask(
        "Quels sont les points de difficulté des actions en direction des personnes âgées ?"
    )
    assert set(titles(answer)) == {"Visites à domicile", "Gym douce", "Bus des villages"}


def test_a_town_agreeing_with_the_title_named_keeps_it():
    from assistant.linking import TitleLinker
    from assistant.references import Reference

    fiches = [
        make_fiche("p1", "Place en fête", departement="Morbihan", departement_code="56"),
        make_fiche("p2", "Place des mères", departement="Morbihan", departement_code="56"),
        make_fiche("p3", "Écrivain public", departement="Moselle", departement_code="57"),
        make_fiche("p4", "Place du marché", departement="Gironde", departement_code="33"),
    ]
    linker = TitleLinker(fiches)
    refs = [Reference("p3", "p3", 3.0, True), Reference("p2", "p2", 2.5, True)]
    assert not linker.placed_over(refs, ["p3", "p1"])  # p1 is where the town is: the title stands
    refs = [Reference("p3", "p3", 3.0, True), Reference("p2", "p2", 2.5, True)]
    assert linker.placed_over(refs, ["p3", "p4"])  # p4 is elsewhere: the place names another fiche


def test_two_sides_counted_and_a_partner_named_again_by_its_head_noun():
    from assistant.intents import COMPARE, detect

    question = "les 2 jardins financés par l'ARS (Gironde et Nord) : lequel a reçu le plus de l'agence ?"
    assert detect(normalise(question))[0] == COMPARE
    assert detect(normalise("les trois actions les plus chères"))[0] != COMPARE
    corpus = [
        make_fiche("j1", "Jardin des Lilas", departement="Gironde", departement_code="33",
                   ressources_financieres="ARS : 2 000 €\nCommune : 5 000 €", partenaires=["ARS"]),
        make_fiche("j2", "Jardin du Moulin", departement="Nord", departement_code="59", region="Hauts-de-France",
                   ressources_financieres="Agence régionale de santé : 3 500 €", partenaires=["ARS"]),
    ]  # fmt: skip
    answer = memory_assistant(corpus).ask(question)
    assert titles(answer)[:2] == ["Jardin du Moulin", "Jardin des Lilas"]
    assert "3 500" in text(answer)
