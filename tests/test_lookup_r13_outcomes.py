"""Round 13: a detail of one fiche asked by what happened — on fiches invented here.

People set apart then counted with what they did (« les femmes, combien ont trouvé un travail ») are counted by
the sentence whose figure says that outcome (« 9 ont trouvé un emploi »), not by the one merely counting them;
coming or taking part is no outcome (« combien sont venus » is their count). A quantity asked per unit
(« combien d'heures par quartier ») is answered per that unit before per another (« 24 heures hebdomadaires »).
« Comment ont-elles fait pour X » asks the means: the sentence telling X, the one beside it saying the means
(a request, a grant) first."""

from __future__ import annotations

import pytest

from assistant.lookup import lookup_answer
from assistant.lookup_asks import ask_of
from assistant.records import Query
from ingest.text import normalise
from tests.helpers_retrieval import make_fiche


def first(fiche, question: str) -> str:
    return lookup_answer(fiche, question, "", Query(text=question)).answer.text.split("\n\n")[0]


def first_line(fiche, question: str) -> str:
    return first(fiche, question).split("\n")[0]


CLUB = make_fiche(
    "f-1",
    "Atelier insertion des mères",
    description_experience="Le groupe réunit une quinzaine de mères chaque mardi.",
    resultat_habitants="Sur 30 inscrites, 9 ont trouvé un emploi ou une formation qualifiante.",
)
SITE = make_fiche(
    "f-2",
    "Chantier éducatif d'été",
    description_generale="Le chantier accueille 12 jeunes chaque été pour rénover le local.",
    resultat_habitants="Sur l'ensemble du groupe, 8 ont obtenu le BAFA à la fin du séjour.",
)


@pytest.mark.parametrize(
    ("fiche", "question", "expected"),
    [(CLUB, "L'atelier insertion, les mères, combien ont trouvé du travail ?", "9 ont trouvé"),
     (SITE, "Le chantier d'été, les jeunes, combien ont obtenu le BAFA ?", "8 ont obtenu"),
     (SITE, "Et les jeunes du chantier, combien l'ont obtenu, ce BAFA ?", "8 ont obtenu")],
)  # fmt: skip
def test_people_set_apart_counted_by_what_they_did(fiche, question, expected):
    assert expected in first_line(fiche, question)


def test_people_set_apart_counted_as_coming_are_their_count():
    assert "12 jeunes" in first_line(SITE, "Le chantier d'été, les jeunes, combien sont venus ?")


HOURS = make_fiche(
    "f-3",
    "Médiation de proximité",
    resume="La médiatrice est salariée 24 heures hebdomadaires.",
    description_generale="Sur la cité des Tilleuls : 8 heures.",
)
MEALS = make_fiche(
    "f-4",
    "Cuisine partagée",
    resume="Le groupe prépare 40 repas par mois pour l'épicerie.",
    description_generale="Chaque vendredi, 12 repas sont servis aux voisins.",
)


@pytest.mark.parametrize(
    ("fiche", "question", "expected"),
    [(HOURS, "La médiation, combien d'heures par quartier ?", "8 heures"),
     (HOURS, "La médiation, combien d'heures par semaine ?", "24 heures"),
     (MEALS, "La cuisine partagée, combien de repas par semaine ?", "12 repas"),
     (MEALS, "La cuisine partagée sert combien de repas par mois ?", "40 repas")],
)  # fmt: skip
def test_a_quantity_per_unit_is_the_one_given_per_that_unit(fiche, question, expected):
    assert expected in first_line(fiche, question)


GARDEN = make_fiche(
    "f-5",
    "Jardin des Lilas",
    description_experience="Les habitants voulaient un terrain pour cultiver. Ils ont sollicité le bailleur, qui a"
    " prêté une parcelle. Le potager a ouvert en mai.",
)
CAFE = make_fiche(
    "f-6",
    "Café des mamans",
    description_experience="Des mamans se retrouvaient à la sortie de l'école. Le café a ouvert en 2019 grâce à"
    " un appel à projets de la Caf. Il accueille vingt personnes.",
)


@pytest.mark.parametrize(
    "question",
    ["comment elles ont fait venir une prof ?", "comment ont-ils fait pour avoir un local ?",
     "comment ils s'y sont pris pour trouver des bénévoles", "ils ont fait comment pour avoir la salle ?"],
)  # fmt: skip
def test_how_they_achieved_something_is_asked(question):
    ask = ask_of(normalise(question))
    assert ask is not None and ask.name == "achieved"


@pytest.mark.parametrize(
    "question", ["comment ça marche ?", "comment s'inscrire ?", "comment faire pour monter un jardin ?"]
)
def test_how_it_works_or_how_to_is_no_means_asked(question):
    ask = ask_of(normalise(question))
    assert ask is None or ask.name != "achieved"


def test_the_means_beside_the_outcome_answers_first():
    text = first(GARDEN, "Le jardin des Lilas, comment ils ont fait pour avoir un terrain ?")
    assert text.split("\n")[0].rstrip().endswith("« Ils ont sollicité le bailleur, qui a prêté une parcelle. »"
                                        " (Description de l'expérience) [1].")  # fmt: skip
    assert "Les habitants voulaient un terrain" in text


def test_the_outcome_telling_its_means_answers_alone():
    line = first_line(CAFE, "Le café des mamans, comment elles ont réussi à ouvrir le café ?")
    assert "grâce à un appel à projets de la Caf" in line


DESK = make_fiche(
    "f-7",
    "Permanence logement",
    description_generale="Deux lieux d'accueil.\nAu local Jean Moulin :\nLundi 9h00 – 12h00 / Jeudi 14h00 – 17h00\n"
    "À la mairie annexe :\nMardi 9h00 – 12h00",
)


def test_a_bare_timetable_is_quoted_under_its_heading():
    text = first(DESK, "La permanence logement, c'est à quelle heure ?")
    assert "« Au local Jean Moulin : Lundi 9h00 – 12h00 / Jeudi 14h00 – 17h00 »" in text
