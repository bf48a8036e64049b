"""Extractive answers on hand-built hits: exact opening sentences, fiche lines, excerpts and citations."""

from __future__ import annotations

import pytest

from assistant.answer import (
    NO_MATCH,
    cut_sentences,
    excerpt,
    extractive_answer,
    fiche_url,
    key_figures,
)
from assistant.records import Citation, FacetMatch, Query, SearchResult
from ingest.models import Chunk, Fiche
from tests.helpers_answer import BUDGET, FakeRetriever, fiche, hit

PARENTALITE = FacetMatch(field="mots_cles", values=["Parentalité"], trigger="parentalité")
BAILLEUR = FacetMatch(field="partenaires", values=["Bailleur social"], trigger="bailleurs sociaux")


def result(intent, hits, facets=(), total=None, **query) -> SearchResult:
    q = Query(text="question", facets=list(facets), intent=intent, **query)
    return SearchResult(query=q, hits=hits, total_matching=len(hits) if total is None else total)


def test_list_answer_names_distinct_centres_with_their_numbers():
    facets = [PARENTALITE, BAILLEUR]
    answer = extractive_answer(result("list", [hit(fiche(1), facets), hit(fiche(2), facets)], facets))
    first, line1, line2 = answer.text.split("\n\n")
    assert first == (
        "2 centres ont mené des actions correspondant à vos critères (mots-clés Parentalité, partenaire Bailleur social) : "
        "Centre social Les Pins (Haute-Garonne) [1] et CENTRE SOCIAL DU BAN, METZ (Moselle) [2]."
    )
    assert line1.startswith(
        "**[1]** [Permanences hors les murs](/fiche/f-1) — Centre social Les Pins (Haute-Garonne) "
        "· pourquoi : mots-clés Parentalité, partenaire déclaré Bailleur social  \n« "
    )
    assert line2.startswith("**[2]** [Café des parents](/fiche/f-2) — CENTRE SOCIAL DU BAN, METZ (Moselle)")
    assert answer.citations == [
        Citation(n=1, fiche_id="f-1", title="Permanences hors les murs", centre="Centre social Les Pins",
                 departement="Haute-Garonne", url="/fiche/f-1"),
        Citation(n=2, fiche_id="f-2", title="Café des parents", centre="CENTRE SOCIAL DU BAN, METZ",
                 departement="Moselle", url="/fiche/f-2"),
    ]  # fmt: skip
    assert answer.mode == "extractive" and [h.fiche_id for h in answer.hits] == ["f-1", "f-2"]


def test_one_centre_with_two_fiches_counts_the_fiches_then_names_the_centre_once():
    facets = [BAILLEUR]
    answer = extractive_answer(result("list", [hit(fiche(2), facets), hit(fiche(5), facets)], facets))
    first = answer.text.split("\n\n")[0]
    assert first == (
        "2 fiches correspondent à vos critères (partenaire Bailleur social), menées par un seul centre : "
        "CENTRE SOCIAL DU BAN, METZ (Moselle) [1, 2]."
    )  # never « 1 centre a mené une action … [1, 2] »


def test_two_centres_three_fiches():
    facets = [BAILLEUR]
    hits = [hit(fiche(2), facets), hit(fiche(1), facets), hit(fiche(5), facets)]
    first = extractive_answer(result("list", hits, facets)).text.split("\n\n")[0]
    assert first == (
        "3 fiches correspondent à vos critères (partenaire Bailleur social), menées par 2 centres : "
        "CENTRE SOCIAL DU BAN, METZ (Moselle) [1, 3] et Centre social Les Pins (Haute-Garonne) [2]."
    )


def nameless(n: int):
    return fiche(n).model_copy(update={"centre": ""})


def test_fiches_without_a_centre_name_are_never_shown_with_an_empty_name():
    hits = [hit(fiche(1)), hit(nameless(3)), hit(nameless(4)), hit(fiche(2))]
    answer = extractive_answer(result("search", hits))
    first = answer.text.split("\n\n")[0]
    assert first == (
        "J'ai trouvé 4 fiches proches de votre question, menées par 2 centres : Centre social Les Pins "
        "(Haute-Garonne) [1] et CENTRE SOCIAL DU BAN, METZ (Moselle) [4], et par 2 structures dont le nom "
        "n'est pas indiqué [2, 3]."
    )
    assert "**[2]** [Jardin partagé](/fiche/f-3) — centre non indiqué (Seine-Maritime) ·" in answer.text
    only = extractive_answer(result("search", [hit(nameless(3)), hit(nameless(4))])).text.split("\n\n")[0]
    assert only == (
        "J'ai trouvé 2 fiches proches de votre question, menées par 2 structures dont le nom n'est pas "
        "indiqué : [1, 2]."
    )


def test_one_fiche_found_is_named_on_the_first_line():
    first = extractive_answer(result("search", [hit(fiche(3))])).text.split("\n\n")[0]
    assert first == (
        "J'ai trouvé 1 fiche proche de votre question : « Jardin partagé » — Maison de quartier "
        "Saint-Jacques (Seine-Maritime) [1]."
    )


def test_fiches_missing_a_criterion_are_not_cited_next_to_those_meeting_all():
    statut = FacetMatch(field="statut", values=["Terminée"], trigger="terminées")
    facets = [PARENTALITE, statut]
    hits = [hit(fiche(2), facets), hit(fiche(1), facets), hit(fiche(4), facets)]  # only f-2 has both
    answer = extractive_answer(result("list", hits, facets, total=1))
    assert [c.fiche_id for c in answer.citations] == ["f-2"]
    assert answer.text.startswith(
        "1 centre a mené une action correspondant à vos critères (mots-clés Parentalité, statut Terminée) : "
        "CENTRE SOCIAL DU BAN, METZ (Moselle) [1]."
    )
    assert "Aucune fiche ne réunit" not in answer.text
    assert answer.text.endswith(
        "Autres fiches proches, qui ne remplissent qu'une partie de vos critères (non comptées) :\n"
        "- [Permanences hors les murs](/fiche/f-1) — Centre social Les Pins (Haute-Garonne) · remplit : "
        "mots-clés Parentalité\n"
        "- [Ateliers parents-enfants](/fiche/f-4) — Espace famille des Hauts (Seine-Maritime) · remplit : "
        "mots-clés Parentalité"
    )


def test_list_answer_says_how_many_fiches_match_beyond_top_k():
    answer = extractive_answer(result("list", [hit(fiche(1), [PARENTALITE])], [PARENTALITE], total=4))
    assert answer.text.startswith(
        "4 fiches correspondent à vos critères (mots-clés Parentalité) ; la plus pertinente : "
        "« Permanences hors les murs » — Centre social Les Pins (Haute-Garonne) [1]."
    )
    two = extractive_answer(
        result("list", [hit(fiche(1), [PARENTALITE]), hit(fiche(2), [PARENTALITE])], [PARENTALITE], total=4)
    )
    assert two.text.startswith(
        "4 fiches correspondent à vos critères (mots-clés Parentalité) ; les 2 plus pertinentes viennent de "
        "2 centres : Centre social Les Pins (Haute-Garonne) [1] et CENTRE SOCIAL DU BAN, METZ (Moselle) [2]."
    )


def test_count_uses_the_exact_total_not_the_top_k():
    statut = FacetMatch(field="statut", values=["Terminée"], trigger="terminées")
    answer = extractive_answer(result("count", [hit(fiche(2), [statut])], [statut]), total=2)
    assert answer.text.startswith(
        "2 fiches correspondent à vos critères (statut Terminée). La plus pertinente :\n\n**[1]**"
    )


def test_count_without_facets_does_not_pretend_to_count():
    answer = extractive_answer(result("count", [hit(fiche(3))]))
    assert answer.text.startswith("Je ne sais compter que sur des critères reconnus")
    assert answer.citations[0].fiche_id == "f-3"


def test_lookup_budget_gives_the_totals_of_the_top_fiche():
    answer = extractive_answer(
        result("lookup", [hit(fiche(1)), hit(fiche(2))], lookup_field="ressources_financieres")
    )
    assert answer.text.startswith(
        "Ressources financières mobilisées de « Permanences hors les murs » — Centre social Les Pins (Haute-Garonne) [1] : "
        "total des charges : 12 500 € ; total des produits : 12 500 €."
    )


def test_lookup_volunteers_and_missing_value():
    volunteers = extractive_answer(result("lookup", [hit(fiche(1))], lookup_field="personnes_mobilisees"))
    assert volunteers.text.startswith(
        "Nombre de personnes mobilisées de « Permanences hors les murs » — Centre social Les Pins (Haute-Garonne) [1] : "
        "2 salariés ; 8 bénévoles."
    )
    missing = extractive_answer(result("lookup", [hit(fiche(2))], lookup_field="ressources_financieres"))
    assert missing.text.startswith(
        "La fiche « Café des parents » — CENTRE SOCIAL DU BAN, METZ (Moselle) [1] ne renseigne pas ce point "
        "(Ressources financières mobilisées)."
    )


def test_no_match_cites_nothing_and_lists_the_closest_fiches_as_links():
    q = Query(text="Des actions avec la MSA ?")
    answer = extractive_answer(
        SearchResult(query=q, no_match=True, suggestions=[hit(fiche(3)), hit(fiche(6))])
    )
    assert answer.text == (
        f"{NO_MATCH}\n\nFiches les plus proches :\n"
        "- [Jardin partagé](/fiche/f-3) — Maison de quartier Saint-Jacques (Seine-Maritime)\n"
        "- [Ludothèque familiale](/fiche/f-6) — Centre social Les Tilleuls (Seine-Maritime)"
    )
    assert answer.citations == [] and answer.hits == []


def test_excerpt_drops_the_header_and_labels_and_picks_the_sentence_near_the_query():
    passage = Chunk(
        id="f-1#resume#0",
        text="Permanences hors les murs — Centre social Les Pins — Haute-Garonne\n"
        "Statut de l'action : En cours\nRésumé : Première phrase sans rapport. Le bailleur social prête un local. "
        "Une troisième phrase.",
    )
    h = hit(fiche(1), passage=passage)
    assert (
        excerpt(h) == "Première phrase sans rapport. Le bailleur social prête un local. Une troisième phrase."
    )
    assert excerpt(h, terms="bailleurs sociaux") == "Le bailleur social prête un local. Une troisième phrase."


def test_cut_sentences_keeps_whole_sentences_or_cuts_a_word():
    text = "Une phrase courte. " + "Deuxième phrase " * 30
    assert cut_sentences(text, 60) == "Une phrase courte."
    long = cut_sentences("mot " * 100, 50)
    assert long.endswith("…") and len(long) <= 50 and "mo…" not in long


def test_key_figures_reads_totals_on_the_next_line_and_deduplicates():
    text = BUDGET + "\nTOTAL\n15 000 €\nTOTAL\n15000 €\nTotal : 300 €"
    assert key_figures(text) == [
        "total des charges : 12 500 €",
        "total des produits : 12 500 €",
        "total : 15 000 €",
        "total : 300 €",
    ]


def test_fiche_url_prefers_a_safe_source_url():
    assert fiche_url(fiche(1).model_copy(update={"source_url": "https://www.senacs.fr/fiche/12"})) == (
        "https://www.senacs.fr/fiche/12"
    )
    assert fiche_url(fiche(1).model_copy(update={"source_url": "javascript:alert(1)"})) == "/fiche/f-1"
    assert fiche_url(fiche(1).model_copy(update={"id": "f 1/x"})) == "/fiche/f%201%2Fx"


def test_fiche_text_cannot_inject_markdown_links():
    evil = fiche(1).model_copy(update={"title": "Clic [ici](http://evil.example)"})
    answer = extractive_answer(result("search", [hit(evil)]))
    assert "[Clic \\[ici\\]\\(http\\://evil.example\\)](/fiche/f-1)" in answer.text


def test_fake_retriever_end_to_end_list_shape():
    res = FakeRetriever().search(
        "Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?"
    )
    answer = extractive_answer(res)
    assert [c.fiche_id for c in answer.citations] == ["f-1", "f-2"]


def test_relaxed_facets_are_not_presented_as_matching_all_criteria():
    en_cours = FacetMatch(field="statut", values=["En cours"], trigger="en cours")
    facets = [PARENTALITE, BAILLEUR, en_cours]
    hits = [hit(fiche(1), facets), hit(fiche(4), facets)]  # f-1 has the three; pretend none does
    hits[0] = hits[0].model_copy(update={"matched_facets": [PARENTALITE, BAILLEUR]})
    answer = extractive_answer(result("list", hits, facets, total=0))
    assert answer.text.startswith(
        "Aucune fiche ne réunit tous vos critères (mots-clés Parentalité, partenaire Bailleur social, "
        "statut En cours) ; voici les plus proches, avec les critères qu'elles remplissent :\n\n"
        "**[1]** [Permanences hors les murs](/fiche/f-1) — Centre social Les Pins (Haute-Garonne) "
        "· pourquoi : mots-clés Parentalité, partenaire déclaré Bailleur social  \n"
    )
    assert (
        "**[2]** [Ateliers parents-enfants](/fiche/f-4) — Espace famille des Hauts (Seine-Maritime) · pourquoi : mots-clés Parentalité, statut En cours"
        in answer.text
    )
    count = extractive_answer(result("count", hits, facets, total=0), total=0)
    assert count.text.startswith("Aucune fiche ne réunit tous vos critères")


def test_a_place_no_fiche_meets_with_the_other_criteria_is_no_answer_the_closest_are_links():
    """« Ateliers informatique pour les jeunes en Corse »: the fiche in Corse is about something else, no
    fiche has the three criteria: « aucune fiche », the closest as links saying what they meet."""
    seine = FacetMatch(field="departement", values=["Seine-Maritime"], trigger="seine-maritime")
    facets = [PARENTALITE, BAILLEUR, seine]
    hits = [hit(fiche(1), facets), hit(fiche(4), facets)]  # each has only some of the three
    answer = extractive_answer(result("list", hits, facets, total=0))
    assert answer.citations == []
    assert answer.text == (
        "Aucune fiche ne réunit tous vos critères (mots-clés Parentalité, partenaire Bailleur social, "
        "département Seine-Maritime).\n\nFiches les plus proches :\n"
        "- [Permanences hors les murs](/fiche/f-1) — Centre social Les Pins (Haute-Garonne) · remplit : "
        "mots-clés Parentalité, partenaire déclaré Bailleur social\n"
        "- [Ateliers parents-enfants](/fiche/f-4) — Espace famille des Hauts (Seine-Maritime) · remplit : "
        "mots-clés Parentalité, département Seine-Maritime"
    )
    some = extractive_answer(result("list", hits, facets, total=2))  # some fiche has them all: relaxed there
    assert some.citations and some.text.startswith("J'ai trouvé 2 fiches proches")


def test_lookup_cites_only_the_asked_fiche_not_word_or_centre_neighbours():
    same_centre = FacetMatch(field="centre", values=["Centre social Les Pins"], trigger="Les Pins")
    hits = [hit(fiche(1), [same_centre]), hit(fiche(2)), hit(fiche(3))]
    hits[2] = hits[2].model_copy(update={"matched_facets": [same_centre]})
    answer = extractive_answer(result("lookup", hits, lookup_field="ressources_financieres"))
    assert [(c.n, c.fiche_id) for c in answer.citations] == [(1, "f-1")]


def test_lookup_over_the_fiches_a_question_names_by_facets_cites_those_having_them_all():
    facets = [BAILLEUR]
    hits = [hit(fiche(2), facets), hit(fiche(3), facets), hit(fiche(5), facets)]  # f-3 lacks the partner
    answer = extractive_answer(result("lookup", hits, facets, lookup_field="ressources_financieres"))
    assert [c.fiche_id for c in answer.citations] == ["f-2", "f-5"]


def test_excerpt_falls_back_to_the_resume_when_the_passage_shares_no_word_with_the_question():
    stray = Chunk(
        id="f-1#acteurs#0",
        text="Permanences hors les murs — Les Pins\nPrécision (si autre) : L'élu du secteur.",
    )
    h = hit(fiche(1), passage=stray)
    assert excerpt(h, terms="actions menées Occitanie") == fiche(1).resume
    assert excerpt(h, terms="élu secteur") == "L'élu du secteur."


def test_no_claim_that_no_fiche_meets_the_criteria_when_some_fiche_does():
    jeunes = FacetMatch(field="public", values=["Jeunes"], trigger="adolescentes")
    hits = [hit(fiche(3), [jeunes]), hit(fiche(5), [jeunes])]  # close in words, without the public
    answer = extractive_answer(result("search", hits, [jeunes], total=4))
    assert "Aucune fiche" not in answer.text
    assert answer.text.startswith(
        "J'ai trouvé 2 fiches proches de votre question, sans tous vos critères (public Jeunes) ; "
        "4 fiches les ont, moins proches du reste de la question.\n\n**[1]**"
    )
    none = extractive_answer(result("search", hits, [jeunes], total=0))  # true of the whole base: said
    assert none.text.startswith("Aucune fiche ne réunit tous vos critères (public Jeunes) ;")


# -- lookups: what the question word asks for (assistant.lookup) -------------------------------------

LOOKUP_FICHE = Fiche(
    id="f-9",
    title="Petit déjeuner du quartier",
    centre="Centre social des Prés",
    departement="Pas-de-Calais",
    region="Hauts-de-France",
    resume="Un petit déjeuner pour que les habitants se rencontrent et parlent du quartier.",
    description_generale=(
        "L'action a débuté en 2012 avec quelques familles. Le petit déjeuner a lieu chaque vendredi matin. "
        "Une soupe partagée réunit les habitants et la mairie en fin d'année. "
        "Le local est situé au nord de wimereux."
    ),
    personnes_mobilisees="1 professionnel et 3 habitants",
)


@pytest.mark.parametrize(
    ("question", "field", "expected"),
    [
        ("il a commencé quand ?", "resume", "2012"),
        ("c'est quel jour ?", "personnes_mobilisees", "vendredi"),
        ("quel repas réunit habitants et mairie ?", "", "soupe"),
        ("c'est dans quelle ville ?", "resume", "wimereux"),
    ],
)
def test_a_lookup_answers_what_the_question_word_asks_for(question, field, expected):
    from assistant.lookup import lookup_answer

    built = lookup_answer(LOOKUP_FICHE, question, field, Query(text=question, intent="lookup"))
    first = built.answer.text.splitlines()[0]
    assert expected in first and "[1]" in first


def test_a_count_of_people_without_criteria_reads_the_figure_of_the_closest_fiche_stating_it():
    garden = LOOKUP_FICHE.model_copy(
        update={"id": "f-10", "title": "Jardin des voisins", "resume": "Le jardin réunit 30 jardiniers."}
    )
    question = "Combien de jardiniers dans le jardin des voisins ?"
    result = SearchResult(
        query=Query(text=question, intent="count"), hits=[hit(LOOKUP_FICHE), hit(garden)], total_matching=2
    )
    answer = extractive_answer(result)
    assert [c.fiche_id for c in answer.citations] == ["f-10"]
    assert "30 jardiniers" in answer.text.splitlines()[0]


def test_a_count_of_fiches_without_criteria_is_not_a_lookup():
    result = SearchResult(
        query=Query(text="Combien d'actions sur le jardin ?", intent="count"), hits=[hit(LOOKUP_FICHE)]
    )
    assert extractive_answer(result).text.startswith("Je ne sais compter que")


def test_fiches_outside_the_place_asked_are_links_not_citations():
    grand_est = FacetMatch(field="region", values=["Grand Est"], trigger="Grand Est")
    result = SearchResult(
        query=Query(text="Des actions achevées dans la région Grand Est ?", facets=[grand_est]),
        hits=[hit(LOOKUP_FICHE)],
    )
    answer = extractive_answer(result)
    assert answer.citations == []
    assert answer.text.startswith("Aucune fiche ne réunit tous vos critères (région Grand Est).")
    assert "Petit déjeuner du quartier" in answer.text  # the closest, as a plain link


def test_a_share_asks_for_a_percentage_not_a_word_starting_alike():
    from assistant.lookup import lookup_answer

    fiche = LOOKUP_FICHE.model_copy(
        update={
            "resume": "Participation des apprenants : 20 € par an. 80 % des apprenants ont progressé à l'oral."
        }
    )
    question = "quelle part des apprenants a progressé à l'oral ?"
    first = lookup_answer(fiche, question, "", Query(text=question)).answer.text.splitlines()[0]
    assert "80 %" in first and "20 €" not in first


# -- which fiches a list cites: fields, then text when the fields are empty ------------------------

JEUNES = FacetMatch(field="public", values=["Jeunesse"], trigger="jeunes")
WITH_PUBLIC = fiche(1).model_copy(update={"public": ["Jeunesse"]})
NO_PUBLIC = Fiche(
    id="f-20",
    title="Chantier d'été",
    centre="Centre social du Lac",
    departement="Isère",
    resume="Des jeunes du quartier repeignent la salle commune.",
)


def test_a_fiche_whose_empty_field_its_text_fills_is_cited_after_those_declaring_it():
    """A page without a public is unknown, not « no »: its text saying « jeunes » meets « les jeunes »; a
    fiche with neither is a link. The count stays that of the fiches declaring it (« Voir toutes … »)."""
    hits = [hit(fiche(3), [JEUNES]), hit(NO_PUBLIC, [JEUNES]), hit(WITH_PUBLIC, [JEUNES])]
    answer = extractive_answer(result("list", hits, [JEUNES], total=1))
    assert [c.fiche_id for c in answer.citations] == ["f-1", "f-20"]
    assert answer.text.startswith(
        "1 centre a mené une action correspondant à vos critères (public Jeunesse) : Centre social Les Pins "
        "(Haute-Garonne) [1]. La fiche [2] ne renseigne pas tous ces critères, mais son texte les évoque."
    )
    assert "· pourquoi : public non renseigné, « jeunes » dans le texte" in answer.text
    assert answer.text.endswith(
        "Autres fiches proches, qui ne remplissent qu'une partie de vos critères (non comptées) :\n"
        "- [Jardin partagé](/fiche/f-3) — Maison de quartier Saint-Jacques (Seine-Maritime)"
    )
    only_text = extractive_answer(result("list", hits[:2], [JEUNES], total=0))
    assert only_text.text.startswith(
        "Aucune fiche ne renseigne tous vos critères (public Jeunesse) ; 1 fiche les évoque dans son texte : [1]."
    )
    count = extractive_answer(result("count", hits, [JEUNES], total=1), total=1)
    assert [c.fiche_id for c in count.citations] == ["f-1"]  # a count counts the declared ones


def test_a_free_text_search_cites_its_hits_those_meeting_every_criterion_first():
    """Facets only boost a search with a topic: every hit stays cited, the ones meeting them all first."""
    hits = [hit(fiche(3), [JEUNES]), hit(WITH_PUBLIC, [JEUNES])]
    answer = extractive_answer(result("search", hits, [JEUNES], total=4))
    assert [c.fiche_id for c in answer.citations] == ["f-1", "f-3"]
    assert answer.text.startswith(
        "1 fiche réunit tous vos critères (public Jeunesse) : [1] (sur 4 dans la base) ; "
        "les autres en remplissent une partie."
    )


def test_a_free_text_search_naming_a_topic_facet_shows_the_hits_not_filed_under_it_as_links():
    """« des choses sur la parentalité / les bailleurs » names Parentalité: when some hits are filed under it,
    a hit that only shares words (f-3: Environnement) is a plain link, not a citation; one lacking only the
    partner (f-4: Parentalité, no bailleur) stays cited after those meeting everything."""
    facets = [PARENTALITE, BAILLEUR]
    hits = [hit(fiche(1), facets), hit(fiche(3), [BAILLEUR]), hit(fiche(4), [PARENTALITE])]
    answer = extractive_answer(result("search", hits, facets, total=2))
    assert [c.fiche_id for c in answer.citations] == ["f-1", "f-4"]
    assert answer.text.startswith("1 fiche réunit tous vos critères (mots-clés Parentalité, partenaire ")
    assert answer.text.split("\n\n")[-1].startswith(
        "Autres fiches proches, qui ne remplissent qu'une partie de vos critères (non comptées) :\n"
        "- [Jardin partagé](/fiche/f-3) — Maison de quartier Saint-Jacques (Seine-Maritime)"
    )
    nothing_filed = extractive_answer(result("search", hits[1:2], facets, total=2))
    assert [c.fiche_id for c in nothing_filed.citations] == ["f-3"]  # no hit meets them all: hits stay


def test_a_keyword_facet_named_by_the_people_an_action_is_for_only_boosts_a_search():
    """« des pistes pour jardiner avec les enfants » names who, not what: a hit not filed under the people's
    keyword is still a fair idea, cited after the ones that are."""
    enfants = FacetMatch(field="mots_cles", values=["Parentalité"], trigger="enfants")
    hits = [hit(fiche(1), [enfants]), hit(fiche(3), [])]
    answer = extractive_answer(result("search", hits, [enfants], total=1))
    assert [c.fiche_id for c in answer.citations] == ["f-1", "f-3"]


def picnic_corpus():
    from tests.helpers_retrieval import make_fiche

    return [
        make_fiche("p-1", "Pique-nique zéro déchet", departement="Ain", departement_code="01"),
        make_fiche("p-2", "Grand pique nique du quartier", departement="Gers", departement_code="32"),
        make_fiche("p-3", "Piquenique de Noël", departement="Ain", departement_code="01"),
        make_fiche("p-4", "Jardin partagé", departement="Gers", departement_code="32",
                   resume="Un pique-nique clôt la saison du jardin."),
        make_fiche("p-5", "Public en fête", departement="Nord", departement_code="59"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "opening", "rows"),
    [
        (
            "Les pique-niques, ça donne quoi par département ?",
            "3 fiches portent sur « pique niques » (mots de leur titre). Répartition par département :",
            [("Ain", 2), ("Gers", 1)],
        ),
        (
            "Combien d'actions par département ?",
            "La base compte 5 fiches. Répartition par département :",
            [("Ain", 2), ("Gers", 2), ("Nord", 1)],
        ),
        (  # « public » names the grouping, not the topic of « Public en fête »
            "Répartition des actions par public ?",
            "La base compte 5 fiches. Répartition par public",
            None,
        ),
    ],
)
def test_an_aggregate_naming_a_topic_counts_the_fiches_whose_titles_have_it(question, opening, rows):
    from tests.helpers_retrieval import memory_assistant

    answer = memory_assistant(picnic_corpus()).ask(question)
    assert answer.text.startswith(opening)
    if rows is not None:
        assert [(r.valeur, r.fiches) for r in answer.table] == rows
