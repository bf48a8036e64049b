"""Lessons answers on hand-built fiches (invented text): lessons OF a topic, lessons ABOUT a topic (the topic
is in the lessons themselves, by stem or synonym), the sentences shown, the reasons for ending."""

from __future__ import annotations

from assistant.lesson_cues import lesson_fields
from assistant.lessons import (
    chosen_fiches,
    lesson_keys,
    lessons_about,
    lessons_answer,
    question_keys,
    word_keys,
)
from assistant.records import FacetMatch, Query
from ingest.text import normalise
from tests.helpers_index import make_fiche


def _corpus():
    return [
        make_fiche(
            "f-cafe",
            "Café des familles",
            limites="Les papas viennent peu aux matinées.",
            perspectives="Ouvrir le samedi.",
        ),  # fmt: skip
        make_fiche("f-laep", "Lieu d'accueil parents", limites="Difficulté à faire venir les pères."),
        make_fiche(
            "f-sortie",
            "Sorties à la mer",
            limites="Coût du car.",
            statut="Terminée",
            raison_fin="Les subventions n'ont pas été renouvelées.",
        ),  # fmt: skip
        make_fiche(
            "f-jardin",
            "Jardin des voisins",
            limites="Le quartier manque d'eau en été.",
            facteurs_reussite="Un groupe moteur de cinq habitants.",
        ),  # fmt: skip
        make_fiche(
            "f-poste", "Permanence emploi", limites="Portée par une salariée en CDD : la pérennité se pose."
        ),
    ]


def _ids(built):
    return [c.fiche_id for c in built.answer.citations]


def test_word_keys_join_stems_and_synonyms():
    assert word_keys("papas") == word_keys("pères")
    assert word_keys("financement") == word_keys("financer") == word_keys("sous")
    assert word_keys("villages") == word_keys("rurale")
    assert word_keys("jardin") != word_keys("pères")


def test_question_keys_leave_out_lessons_cues_and_phrasing():
    keys = question_keys("Quelles difficultés pour faire venir les papas ?")
    assert keys == word_keys("venir papas")


def test_lessons_about_finds_the_topic_in_the_lessons_by_synonym():
    about = lessons_about(_corpus(), word_keys("papas"), ("limites",))
    assert [f.id for f in about] == ["f-cafe", "f-laep"]
    # the reasons for ending count for a difficulties question: « faute de sous »
    about = lessons_about(_corpus(), word_keys("sous"), ("limites",))
    assert [f.id for f in about] == ["f-sortie"]
    assert lessons_about(_corpus(), word_keys("sous"), ("perspectives",)) == []


def test_chosen_fiches_put_the_lessons_saying_the_topic_first():
    corpus = _corpus()
    chosen = chosen_fiches([corpus[3], corpus[0]], corpus, word_keys("venir papas"), ("limites",))
    assert [f.id for f in chosen] == ["f-laep", "f-cafe", "f-jardin"]


def test_words_naming_every_action_bring_no_other_fiche():
    corpus = _corpus()
    chosen = chosen_fiches([corpus[1]], corpus, word_keys("quartier"), ("limites",))
    assert [f.id for f in chosen] == ["f-laep"]


def test_lessons_answer_of_a_topic_and_about_a_topic():
    corpus = _corpus()
    query = Query(text="Quelles difficultés pour faire venir les papas ?")
    built = lessons_answer([corpus[0]], ("limites",), query, words=["venir", "papas"], pool=corpus)
    assert _ids(built) == ["f-laep", "f-cafe"]
    assert "Difficulté à faire venir les pères — Lieu d'accueil parents [1]" in built.answer.text
    assert built.answer.text.startswith("Difficultés et limites selon 2 fiches :")


def test_lessons_answer_shows_the_reasons_for_ending_that_say_the_topic():
    corpus = _corpus()
    query = Query(text="Quelles actions ont buté sur le financement ?")
    built = lessons_answer([], ("limites",), query, pool=corpus)
    assert _ids(built) == ["f-sortie"]
    assert "**Raisons de l'arrêt**\n- Les subventions n'ont pas été renouvelées — Sorties à la mer [1]" in (
        built.answer.text
    )


def test_lessons_answer_without_pool_keeps_the_given_fiches():
    corpus = _corpus()
    built = lessons_answer(corpus[:2], (), Query(text="leçons des cafés"))
    assert _ids(built) == ["f-cafe", "f-laep"]
    assert "**Perspectives**\n- Ouvrir le samedi — Café des familles [1]" in built.answer.text


def test_a_long_field_shows_its_sentences_with_the_question_words():
    filler = " ".join(f"Phrase de remplissage numéro {n} sans rapport." for n in range(12))
    fiche = make_fiche(
        "f-long", "Atelier couture", limites=f"{filler} Le groupe pourrait se renfermer sur lui-même."
    )
    built = lessons_answer(
        [fiche], ("limites",), Query(text="à quoi faire attention pour un groupe couture ?")
    )
    assert "- Le groupe pourrait se renfermer sur lui-même — Atelier couture [1]" in built.answer.text
    assert "remplissage" not in built.answer.text
    # no question word in the field: its first sentences
    built = lessons_answer([fiche], ("limites",), Query(text="difficultés ?"))
    assert "Phrase de remplissage numéro 0 sans rapport" in built.answer.text


def test_faute_de_asks_the_reasons_for_ending():
    assert lesson_fields(normalise("Des actions arrêtées faute de sous ?")) == ("raison_fin",)
    assert question_keys("Des actions arrêtées faute de sous ?") >= word_keys("financement")


def test_when_the_topic_names_no_fiche_only_the_lessons_saying_it_are_kept():
    corpus = _corpus()
    query = Query(text="Des actions arrêtées faute de sous ?")
    built = lessons_answer(corpus, ("raison_fin",), query, pool=corpus)
    assert _ids(built) == ["f-sortie"]
    assert built.answer.text.startswith("Raisons de l'arrêt selon 1 fiche :")


def test_facet_words_are_no_lessons_topic():
    corpus = _corpus()
    facet = FacetMatch(field="mots_cles", values=["Jardin"], trigger="jardin")
    query = Query(text="Quelles difficultés pour le jardin et les pères ?", facets=[facet])
    assert question_keys(query.text, triggers=("jardin",)) == word_keys("pères")
    built = lessons_answer(corpus, ("limites",), query, pool=corpus)
    assert _ids(built) == ["f-cafe", "f-laep"]


def test_a_facet_word_still_counts_in_what_lessons_say():
    corpus = _corpus()
    facet = FacetMatch(field="public", values=["familles"], trigger="papas")
    query = Query(text="Quelles difficultés pour faire venir les papas ?", facets=[facet])
    built = lessons_answer(corpus, ("limites",), query, pool=corpus)
    assert _ids(built) == ["f-laep", "f-cafe"]  # « venir » no facet stands for narrows, « papas » counts
    only_facet = Query(text="Quelles difficultés pour les papas ?", facets=[facet])
    assert len(_ids(lessons_answer(corpus, ("limites",), only_facet, pool=corpus))) == 5


def test_lesson_keys_follow_a_changed_fiche():
    before = make_fiche("f-x", "Atelier", limites="Manque de bénévoles.")
    after = make_fiche("f-x", "Atelier", limites="Manque de financement.")
    assert lesson_keys(before, ("limites",)) >= word_keys("bénévoles")
    assert lesson_keys(after, ("limites",)) >= word_keys("financement")
    assert not lesson_keys(after, ("limites",)) & word_keys("bénévoles")


def test_spoken_negations_of_working_ask_the_difficulties():
    for question in (
        "les petits déjeuners, qu'est-ce qui marche pas trop ?",
        "ça fonctionne mal ?",
        "ce qui ne marche pas",
    ):
        assert lesson_fields(normalise(question)) == ("limites",)
    assert lesson_fields(normalise("qu'est-ce qui a bien marché ?")) == ("facteurs_reussite",)
    assert lesson_fields(normalise("des actions qui marchent avec les parents")) == ()


def test_a_title_put_in_the_plural_names_a_kind_of_action_not_the_fiche():
    from assistant.routing import _plural_of_title

    fiche = make_fiche("f-pdj", "petit déjeuner des habitants")
    assert _plural_of_title("les petits déjeuners habitants, qu'est-ce qui marche pas ?", fiche)
    assert not _plural_of_title("le petit déjeuner des habitants, qu'est-ce qui marche pas ?", fiche)
    plural = make_fiche("f-pdt", "petits déjeuners thématiques")
    assert not _plural_of_title("les petits déjeuners thématiques : quelles limites ?", plural)
