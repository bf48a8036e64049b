"""Round 11: lessons ABOUT a topic a facet also names (« la météo ou le climat » → Environnement: the fiches whose
lessons say the weather, whatever their keywords), and « faute de » asking why actions ended only when an
ending word is said of actions (« des familles ne partent jamais faute d'argent » tells a situation).
Invented fiches."""

from __future__ import annotations

from assistant.lesson_cues import ending_cause, lesson_fields
from assistant.lessons import beyond_facets, lessons_answer, word_keys
from assistant.records import FacetMatch, Query
from ingest.text import normalise
from tests.helpers_index import make_fiche


def _corpus():
    return [
        make_fiche("f-potager", "Potager collectif", mots_cles=["Environnement"],
                   limites="Les pluies d'automne ont noyé les semis."),
        make_fiche("f-compost", "Compost de quartier", mots_cles=["Environnement"],
                   limites="Odeurs signalées par des voisins."),
        make_fiche("f-jeux", "Jeux en plein air", mots_cles=["Loisirs"], limites="Canicule : trois séances annulées."),
        make_fiche("f-bus", "Minibus des hameaux", mots_cles=["Mobilité"], departement="Doubs",
                   limites="Routes enneigées en février."),
        make_fiche("f-lecture", "Lecture au parc", mots_cles=["Culture"], limites="Peu de bénévoles."),
    ]  # fmt: skip


def _ids(built):
    return [c.fiche_id for c in built.answer.citations]


_CLIMATE = FacetMatch(field="mots_cles", values=["Environnement"], trigger="climat")


def test_a_topic_facet_does_not_hide_the_lessons_saying_the_topic():
    corpus = _corpus()
    pool = [f for f in corpus if "Environnement" in f.mots_cles]
    query = Query(text="La météo ou le climat ont-ils posé problème ?", facets=[_CLIMATE])
    built = lessons_answer(pool, ("limites",), query, pool=pool, base=lambda: corpus)
    ids = _ids(built)
    assert set(ids) >= {"f-potager", "f-jeux", "f-bus"}
    assert "f-lecture" not in ids


def test_without_the_base_the_facet_still_bounds_the_fiches():
    corpus = _corpus()
    pool = [f for f in corpus if "Environnement" in f.mots_cles]
    query = Query(text="La météo ou le climat ont-ils posé problème ?", facets=[_CLIMATE])
    built = lessons_answer(pool, ("limites",), query, pool=pool)
    assert "f-jeux" not in _ids(built) and "f-potager" in _ids(built)


def test_the_other_facets_still_hold_beyond_the_topic_one():
    corpus = _corpus()
    place = FacetMatch(field="departement", values=["Nord"], trigger="nord")
    found = beyond_facets(lambda: corpus, [], [_CLIMATE, place], word_keys("météo"), ("limites",))
    assert {f.id for f in found} == {"f-potager", "f-jeux"}  # the snowy bus is in the Doubs


def test_a_public_facet_is_no_topic_to_widen():
    corpus = _corpus()
    public = FacetMatch(field="public", values=["Familles"], trigger="familles")
    assert beyond_facets(lambda: corpus, [], [public], word_keys("météo"), ("limites",)) == []


def test_faute_de_asks_why_actions_ended_only_when_an_ending_is_said_of_actions():
    ended = ["Quelles actions se sont arrêtées faute de financement ?", "Des projets arrêtés faute de sous ?",
             "Des actions pour les jeunes arrêtées faute de moyens ?"]  # fmt: skip
    for question in ended:
        assert lesson_fields(normalise(question)) == ("raison_fin",), question
    situations = [
        "Des familles ne partent jamais faute d'argent, comment d'autres centres ont fait ?",
        "Chez nous des jeunes ont arrêté le lycée faute de motivation, des idées ?",
        "Les habitants du quartier ont cessé de venir faute de transport, comment faire ?",
    ]
    for question in situations:
        assert not ending_cause(normalise(question)), question
        assert "raison_fin" not in lesson_fields(normalise(question)), question


def test_a_disturbance_of_actions_asks_their_difficulties():
    for question in ["Le mauvais temps a-t-il gêné des activités ?", "Des actions ont-elles souffert de la neige ?",
                     "Les travaux ont perturbé les ateliers ?"]:  # fmt: skip
        assert lesson_fields(normalise(question)) == ("limites",), question
    for question in ["Le bruit gêne les voisins, des idées ?", "Des seniors souffrent d'isolement, des idées ?",
                     "Des ateliers pour les gens qui souffrent de solitude ?"]:  # fmt: skip
        assert lesson_fields(normalise(question)) == (), question
