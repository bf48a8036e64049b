"""Round 14: among namesakes (one title, several centres: common among thousands of fiches), a figure asked
(« quel taux de réussite », « combien d'objets ») is answered by the only namesake whose sentence states one
(`routing._namesake_stating`), never by a namesake that does not say it. Known answers on invented fiches."""

from __future__ import annotations

import pytest

from assistant.records import Hit
from assistant.routing import _namesake_stating
from tests.helpers_retrieval import answer_text as text
from tests.helpers_retrieval import cited_titles as titles
from tests.helpers_retrieval import make_fiche


def _corpus():
    return [
        make_fiche("f-rep1", "Repair café", centre="Centre social Les Tilleuls", departement="Gers",
                   departement_code="32", resume="Des bénévoles réparent les objets apportés par les habitants.",
                   description_experience="Un samedi par mois, dans la salle polyvalente."),
        make_fiche("f-rep2", "Repair café", centre="Maison de quartier Bellevue", departement="Creuse",
                   departement_code="23", resume="Réparer plutôt que jeter, avec les voisins.",
                   resultat_habitants="350 objets réparés en 2023, surtout du petit électroménager."),
        make_fiche("f-rep3", "Repair café", centre="Espace social Le Phare", departement="Aude",
                   departement_code="11", resume="Un atelier de réparation convivial au centre social.",
                   resultat_habitants="Les habitants reviennent avec d'autres objets."),
        make_fiche("f-dev1", "Aide aux devoirs", centre="Centre social Les Acacias", departement="Loiret",
                   departement_code="45", resume="Accompagnement scolaire des collégiens le soir.",
                   resultat_habitants="Taux de réussite au brevet de 85 % pour les élèves suivis."),
        make_fiche("f-dev2", "Aide aux devoirs", centre="Maison pour tous Les Lilas", departement="Orne",
                   departement_code="61", resume="Des bénévoles aident les écoliers après la classe.",
                   resultat_habitants="Les parents se sentent plus à l'aise avec l'école."),
        make_fiche("f-jeux1", "Ludothèque", centre="Centre social Mosaïque", departement="Tarn",
                   departement_code="81", resume="Jeux de société pour toute la famille.",
                   description_generale="120 familles inscrites."),
        make_fiche("f-jeux2", "Ludothèque", centre="Centre social La Source", departement="Ain",
                   departement_code="01", resume="Prêt de jeux et soirées jeux.",
                   description_generale="80 familles inscrites."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def assistant():
    from tests.helpers_retrieval import memory_assistant

    return memory_assistant(_corpus())


def test_the_namesake_stating_the_rate_asked_answers(assistant):
    answer = assistant.ask("Pour l'aide aux devoirs, quel taux de réussite au brevet ?")
    assert titles(answer) == ["Aide aux devoirs"]
    assert "85 %" in text(answer) and "Centre social Les Acacias" in text(answer)


def test_the_namesake_stating_the_count_asked_answers(assistant):
    answer = assistant.ask("Le repair café, combien d'objets ont été réparés ?")
    assert titles(answer) == ["Repair café"]
    assert "350" in text(answer) and "Maison de quartier Bellevue" in text(answer)


def test_namesakes_that_all_state_the_figure_are_not_told_apart():
    fiches = {f.id: f for f in _corpus()}
    hits = [Hit(fiche=fiches[i], score=1.0) for i in ("f-jeux1", "f-jeux2")]
    assert _namesake_stating("La ludothèque, combien de familles inscrites ?", None, hits) is None
    # a question asking no figure never picks a namesake by its figures
    assert _namesake_stating("La ludothèque, c'est quel jour ?", None, hits) is None


def test_the_namesake_stating_the_figure_replaces_the_chosen_one():
    fiches = {f.id: f for f in _corpus()}
    hits = [Hit(fiche=fiches[i], score=1.0) for i in ("f-dev2", "f-dev1")]
    question = "Pour l'aide aux devoirs, quel taux de réussite au brevet ?"
    assert _namesake_stating(question, None, hits).id == "f-dev1"
    assert _namesake_stating(question, fiches["f-dev2"], hits).id == "f-dev1"
    assert _namesake_stating(question, fiches["f-dev1"], hits) is None  # the chosen one states it: kept
    repair = [Hit(fiche=fiches[i], score=1.0) for i in ("f-rep1", "f-rep3", "f-rep2")]
    assert _namesake_stating("Le repair café, combien d'objets réparés ?", None, repair).id == "f-rep2"


def test_one_centres_near_duplicates_are_no_namesakes():
    fiches = {f.id: f for f in _corpus()}
    twin = fiches["f-dev1"].model_copy(update={"id": "f-dev1b", "title": "Aides aux devoirs"})
    hits = [Hit(fiche=fiches["f-dev2"], score=1.0), Hit(fiche=twin, score=0.9)]
    mine = fiches["f-dev2"].model_copy(update={"centre": "Centre social Les Acacias"})
    question = "Pour l'aide aux devoirs, quel taux de réussite au brevet ?"
    assert _namesake_stating(question, mine, [Hit(fiche=mine, score=1.0), hits[1]]) is None
    assert _namesake_stating(question, fiches["f-dev2"], hits).id == "f-dev1b"  # another centre's: chosen
