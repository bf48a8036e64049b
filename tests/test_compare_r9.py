"""Round 9 comparisons and rankings: what a fiche states only in its text answers a row the question asks
(`comparison`, `aspects`). Known answers on invented fiches built here."""

from __future__ import annotations

from assistant import comparison
from assistant.records import Query
from tests.helpers_retrieval import make_fiche


def _text(built) -> str:
    return built.answer.text.replace("\u00a0", " ")


def test_a_budget_asked_shows_the_lines_making_it_up_even_when_they_are_its_only_source():
    split = make_fiche(
        "f-a", "Accueil parents du lundi", ressources_financieres="Caf : 3 800 €\nFonds propres : 1 100 €"
    )
    single = make_fiche("f-b", "Bibliothèque de rue", ressources_financieres="Budget : 2 000 €")
    question = "L'accueil parents et la bibliothèque de rue, ils sont financés comment ?"
    first = _text(comparison.compare_answer([split, single], Query(text=question))).split("\n\n")[0]
    assert "Caf : 3 800 €" in first and "Fonds propres : 1 100 €" in first
    assert "4 900 €" in first
    assert "2 000 €" in first and "Budget : 2 000" not in first  # one amount: the total says it all


def test_people_reached_asked_quotes_the_text_counting_the_activity_when_no_figure_is_typed():
    typed = make_fiche("f-c", "Club lecture", description_generale="30 participants chaque année.")
    told = make_fiche(
        "f-d",
        "Transport solidaire des villages",
        description_generale="Plus de 900 trajets réalisés en 2024. Réservation la veille.",
    )
    assert typed.nb_participants is not None and told.nb_participants is None
    question = "Club lecture et transport solidaire des villages : combien de bénéficiaires chacun ?"
    first = _text(comparison.compare_answer([typed, told], Query(text=question))).split("\n\n")[0]
    assert "30 participants" in first
    assert "« Plus de 900 trajets réalisés en 2024. »" in first
    assert "Réservation" not in first


# -- a ranking's topic: the fiches about its distinctive word ---------------------------------------------


def _hit(fiche, score: float):
    from assistant.records import Hit

    return Hit(fiche=fiche, score=score)


def test_a_fiche_repeating_the_topics_distinctive_word_is_about_it_without_its_other_words():
    from assistant import rank_scope

    both = make_fiche("g1", "Jardin", resume="Un goûter partagé une fois, au jardin.")
    meals = make_fiche("m1", "Temps conviviaux contre l'isolement",
                       impacts="Un goûter par mois. Les goûters sont préparés par des habitants. 80 personnes "
                               "au goûter de Noël.")  # fmt: skip
    shared = [
        make_fiche(f"s{n}", f"Projet {n}", resume="Un projet partagé avec les habitants.") for n in range(3)
    ]
    far = make_fiche("f1", "Goûters des aînés", impacts="Goûter, goûter, goûter.")
    hits = [_hit(both, 2.0), _hit(meals, 1.5), *(_hit(f, 1.2) for f in shared), _hit(far, 0.1)]
    # « goûters » is held by fewer hits than « partagés »: the word the topic is about
    assert rank_scope.salient_ids(["gouters", "partages"], hits) == {"m1"}  # « far » scores under the floor
    assert rank_scope.group_ids(["gouters", "partages"], hits) == {"g1", "m1"}
    assert rank_scope.group_ids(["gouters", "partages"], hits, loose=False) == {"g1"}


def test_a_title_holding_the_distinctive_word_with_the_others_in_its_text_is_one_of_the_group():
    from assistant import rank_scope

    both = make_fiche("a1", "Atelier cuisine des aînés", resume="Cuisiner ensemble.")
    titled = make_fiche("c1", "Cuisine à petit prix", resume="Des ateliers hebdomadaires pour cuisiner.")
    others = [make_fiche(f"o{n}", f"Atelier {n}", resume="Un atelier de bricolage.") for n in range(3)]
    hits = [_hit(both, 2.0), _hit(titled, 1.8), *(_hit(f, 1.0) for f in others)]
    assert rank_scope.distinctive(["ateliers", "cuisine"], hits) == "cuisine"
    assert rank_scope.group_ids(["ateliers", "cuisine"], hits) == {"a1", "c1"}


def test_a_truncated_topic_word_matches_the_word_it_stands_for():
    from assistant import rank_scope

    breakfast = make_fiche("p1", "Petit déjeuner des voisins", resume="Un petit déjeuner chaque mois.")
    assert "dejeuner" in rank_scope.forms("dej")
    assert rank_scope.has_words(breakfast, ["dej"], title_only=True)


# -- a side named by a pronoun and a place: « celui de Guadeloupe » is the other side's kind there -------------


def test_a_pronouns_side_names_the_fiche_of_the_other_sides_title_words_at_its_place():
    from assistant.facets import FacetVocabulary
    from assistant.references import ReferenceResolver

    guadeloupe = dict(departement="Guadeloupe", departement_code="971", region="Guadeloupe")
    fiches = [
        make_fiche("j1", "Jardin partagé des Genêts", centre="CENTRE SOCIAL LES GENÊTS", departement="Nord",
                   departement_code="59", region="Hauts-de-France", resume="Des parcelles pour 30 habitants."),
        make_fiche("j2", "Jardin créole de l'école", centre="CENTRE SOCIAL LAKOU", **guadeloupe,
                   resume="Un jardin avec les enfants."),
        make_fiche("g1", "Un toit, deux générations", centre="CENTRE SOCIAL KARUKERA", **guadeloupe,
                   resume="Des participants logés deux par deux ; un jardin au pied de l'immeuble."),
        *(make_fiche(f"g{n}", f"Atelier {n}", centre=f"CENTRE SOCIAL {n}", **guadeloupe, resume="Un atelier.")
          for n in range(2, 6)),
    ]  # fmt: skip
    vocabulary = FacetVocabulary.from_fiches(fiches)
    resolver = ReferenceResolver(fiches, vocabulary.word_df)
    question = (
        "Les deux jardins, celui des Genêts et celui de Guadeloupe : combien de participants de chaque côté ?"
    )
    assert [r.fiche_id for r in resolver.resolve(question, vocabulary.scan(question))] == ["j1", "j2"]


def test_a_number_counting_the_fiches_designated_is_no_title_word():
    from assistant.facets import Question
    from assistant.references import ReferenceResolver

    resolver = ReferenceResolver([make_fiche("t1", "Un toit, deux générations")])
    words = resolver._words(Question.of("Les deux jardins, celui des Genêts et celui de Guadeloupe"))
    assert "jardin" in words.values() and not {"deux", "deu"} & set(words.values())
    kept = resolver._words(Question.of("Un toit, deux générations : c'est où ?"))
    assert {"deux", "deu"} & set(kept.values())  # no designation: a word of the title


def test_a_ranking_over_one_fiche_lacking_the_figure_says_so_of_that_fiche():
    from assistant.ranking import RankSpec

    alone = make_fiche("r1", "Permanence logement", resume="Une permanence chaque mardi.")
    text = comparison.rank_answer(
        [alone], RankSpec("budget"), Query(text="laquelle coûte le plus ?")
    ).answer.text
    assert text == "La seule fiche n'indique pas de budget total : « Permanence logement »."


def test_a_count_of_young_people_on_each_side_is_the_people_each_fiche_reached():
    site = make_fiche("y1", "Chantier des jeunes", personnes_mobilisees="1 éducateur, 18 jeunes sur l'année",
                      resume="Des jeunes rénovent une salle.")  # fmt: skip
    permit = make_fiche("y2", "Permis solidaire", description_generale="25 personnes accompagnées par an.")
    question = "Chantier des jeunes et permis solidaire : combien de jeunes de chaque côté ?"
    first = _text(comparison.compare_answer([site, permit], Query(text=question))).split("\n")[0]
    assert "18 participants" in first and "25 participants" in first


def test_a_number_counting_the_fiches_designated_describes_none_of_them():
    from assistant.facets import Question
    from assistant.references import _description_words

    words = _description_words(
        Question.of("Les deux jardins, celui des Genêts et celui animé par trois bénévoles")
    )
    assert not {"deux", "deu"} & set(words.values())
    assert {"trois", "troi"} & set(words.values())  # « par trois bénévoles » describes a fiche
