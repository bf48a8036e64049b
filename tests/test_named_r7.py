"""Named fiches, round 7: the card of a named project shows where (towns), what (themes) and when (days, hours,
rhythm) from typed data (`assistant/card_facts.py`, `card.py`); « infos sur X svp » asks for that card
(`card.presents`, `linking`); a comparison asking what a partner gives with a verb of receiving money
(« combien chacun touche de l'ARS ») shows that partner's amounts (`aspects`, `intents`). Known answers on
invented fiches built here."""

from __future__ import annotations

import pytest

from assistant import card_facts, comparison, ranking
from assistant.card import card, presents
from assistant.linking import TitleLinker, sounds_alike
from assistant.records import FacetMatch, Query
from ingest.text import normalise
from tests.helpers_retrieval import answer_text as text
from tests.helpers_retrieval import cited_titles as titles
from tests.helpers_retrieval import make_fiche, memory_assistant


def _corpus():
    return [
        make_fiche("f-velo", "Vélo-école des Pins", mots_cles=["Environnement"], dimension=["Services"],
                   departement="Aveyron", departement_code="12",
                   resume="Apprendre à faire du vélo en ville aux adultes du quartier.",
                   description_experience="Les Centres Sociaux de Millau ouvrent une vélo-école. "
                   "Les séances ont lieu les mercredis de 14 h à 16 h.",
                   ressources_financieres="ARS : 1 200 €\nCommune : 800 €"),
        make_fiche("f-filles", "Bougez les filles", mots_cles=["Jeunesse"], departement="Pas-de-Calais",
                   departement_code="62",
                   resume="Favoriser la pratique d'activités physiques et sportives des collégiennes.",
                   description_generale="Une fois par semaine, au gymnase.",
                   ressources_financieres="ARS : 3 000 €\nCaf : 500 €"),
        make_fiche("f-contes", "Heure du conte", mots_cles=["Culture"],
                   resume="Lectures pour les tout-petits à la médiathèque.",
                   ressources_financieres="Caf : 400 €"),
    ]  # fmt: skip


CORPUS = _corpus()
BY_ID = {f.id: f for f in CORPUS}


@pytest.fixture(scope="module")
def assistant():
    return memory_assistant(_corpus())


def test_towns_are_read_after_de_in_the_fiches_departement_only():
    assert card_facts.towns(BY_ID["f-velo"]) == ["Millau"]
    moved = BY_ID["f-velo"].model_copy(update={"departement_code": "31"})
    assert card_facts.towns(moved) == []  # Millau is in Aveyron, not in Haute-Garonne


def test_themes_add_the_keyword_values_the_resume_names():
    assert card_facts.themes(BY_ID["f-filles"]) == ["Jeunesse", "Sport"]
    assert card_facts.themes(BY_ID["f-velo"]) == ["Environnement", "Services"]


def test_when_gives_the_sentences_with_a_day_an_hour_or_a_rhythm():
    assert card_facts.when(BY_ID["f-velo"]) == ["Les séances ont lieu les mercredis de 14 h à 16 h."]
    assert card_facts.when(BY_ID["f-filles"]) == ["Une fois par semaine, au gymnase."]
    assert card_facts.when(BY_ID["f-contes"]) == []


def test_the_card_shows_where_what_and_when():
    shown = card(BY_ID["f-velo"])
    assert "- Où : Millau" in shown
    assert "- Thèmes : Environnement, Services" in shown
    assert "- Quand : « Les séances ont lieu les mercredis de 14 h à 16 h. »" in shown


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Infos sur la vélo-école svp", True),
        ("des informations sur l'heure du conte", True),
        ("renseignements concernant Bougez les filles", True),
        ("des actions sur le vélo", False),
        ("quelles infos donne la fiche sur le budget", False),
    ],
)
def test_a_request_for_information_presents(question, expected):
    assert presents(normalise(question)) is expected


@pytest.mark.parametrize(
    "question",
    [
        "Compare les deux, combien chacun touche de l'ARS ?",
        "Compare-les : combien chacune obtient de l'ARS ?",
        "Comparez : ce que chacune a touché de l'ARS",
    ],
)
def test_compare_on_a_partners_money_named_by_a_verb_of_receiving(question):
    fiches = [BY_ID["f-velo"], BY_ID["f-filles"]]
    ars = FacetMatch(field="partenaires", values=["ARS"], trigger="ARS")
    built = comparison.compare_answer(fiches, Query(text=question, facets=[ars]))
    first = built.answer.text.splitlines()[0]
    assert "1 200 €" in first and "3 000 €" in first


def test_a_superlative_with_touche_ranks_on_the_partners_money():
    spec = ranking.rank_spec(normalise("laquelle touche le plus de la Caf ?"))
    assert spec is not None and spec.field == "budget"


def test_infos_sur_a_title_gives_its_card_end_to_end(assistant):
    answer = assistant.ask("Infos sur Vélo-école des Pins svp")
    assert titles(answer)[:1] == ["Vélo-école des Pins"]
    assert "mercredis de 14 h à 16 h" in text(answer)
    assert "Millau" in text(answer)


# -- titles written as they sound (`linking.sounds_alike`, `ingest.text.phonetic_key`) --------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "alike"),
    [
        ("pique", "pik", True),
        ("nique", "nik", True),
        ("herblain", "erblain", True),
        ("ateliers", "atelier", True),
        ("mai", "mes", False),  # keys too short to tell
        ("jardin", "jardin", False),  # the same spelling is no misspelling
        ("velo", "vole", False),
    ],
)
def test_sounds_alike(a, b, alike):
    assert sounds_alike(a, b) is alike


def test_a_title_written_as_it_sounds_is_linked():
    fiches = [
        make_fiche("f-pn", "Pique-nique zéro déchet", resume="Un pique-nique au parc."),
        make_fiche("f-pg", "Pique-nique géant", resume="Un grand repas dehors."),
        make_fiche("f-jd", "Jardin des voisins", resume="Des bacs au pied des immeubles."),
    ]
    link = TitleLinker(fiches).link("pik-nik zero dechet")
    assert link is not None and link.fiche_ids[:1] == ["f-pn"]


# -- a loose title with its centre (`retrieval._namesakes`) ------------------------------------------------


def test_a_namesake_elsewhere_never_replaces_the_fiche_of_the_place_named():
    corpus = [
        make_fiche("f-ados", "Accueil ados de l'été", centre="CENTRE SOCIAL DE LA MADELEINE", public=["Jeunesse"],
                   resume="Un accueil pour les 11-17 ans pendant les vacances.",
                   description_generale="Du 8 juillet au 23 août, 42 jeunes différents."),
        make_fiche("f-laep", "Lieu d'accueil enfants-parents", centre="CENTRE SOCIAL LES GRILLONS",
                   resume="Un lieu d'accueil pour les tout-petits et leurs parents.",
                   description_generale="Ouvert le mardi et le vendredi de 9 h à 12 h, même l'été."),
        make_fiche("f-jeux", "Soirées jeux", centre="CENTRE SOCIAL DES PINS", resume="Jeux de société."),
    ]  # fmt: skip
    answer = memory_assistant(corpus).ask("l'accueil ados de la Madeleine était ouvert quand cet été ?")
    assert titles(answer)[:1] == ["Accueil ados de l'été"]


# -- a side of a comparison named by a phrase of its text (`references._described`) ----------------------


def _described_corpus():
    return [
        make_fiche("f-ecr", "Permanences de l'écrivain public", centre="CENTRE SOCIAL PIOCHE, METZ",
                   departement="Moselle", departement_code="57", resume="Un écrivain public aide aux démarches.",
                   description_generale="24 heures par semaine."),
        make_fiche("f-cour", "Accompagner les familles à la rédaction", centre="CENTRE SOCIAL DU PARC",
                   description_experience="Une fois par semaine, le « Point courrier » reçoit les habitants."),
        make_fiche("f-post", "Atelier écriture", centre="CENTRE SOCIAL DES LILAS",
                   description_experience="Un point d'écoute et du courrier aux élus."),
    ]  # fmt: skip


def test_a_description_names_the_one_fiche_whose_text_holds_it():
    linker = TitleLinker(_described_corpus())
    question = "écrivain public de Metz / point courrier : quelles différences de rythme ?"
    assert [r.fiche_id for r in linker.references(question)] == ["f-ecr", "f-cour"]
    assert [r.fiche_id for r in linker.references(question, described=False)] == ["f-ecr"]


def test_a_description_several_fiches_hold_names_none():
    corpus = [
        *_described_corpus(),
        make_fiche("f-bis", "Aide aux courriers", description_generale="Un point courrier."),
    ]
    linker = TitleLinker(corpus)
    question = "écrivain public de Metz / point courrier : quelles différences ?"
    assert [r.fiche_id for r in linker.references(question)] == ["f-ecr"]


def test_infos_sur_part_of_a_title_with_politeness_gives_its_card(assistant):
    answer = assistant.ask("Infos sur la vélo-école svp")
    assert titles(answer) == ["Vélo-école des Pins"]
    assert text(answer).startswith("« Vélo-école des Pins »")
