"""Comparisons and rankings on what a question asks beyond the table (`assistant/aspects.py`,
`comparison.py`, `intents.py`): a partner's amount, a count, the activity, words of the text; fiches named by
their initials or designated by description. Known answers on invented fiches built here."""

from __future__ import annotations

import pytest

from assistant import aspects, comparison, intents, naming, ranking
from assistant.records import FacetMatch, Query
from assistant.service import Assistant
from ingest.text import normalise
from tests.helpers_retrieval import answer_text as text
from tests.helpers_retrieval import cited_titles as titles
from tests.helpers_retrieval import make_fiche, memory_assistant


def _corpus():
    return [
        make_fiche("f-laep", "Lieu d'accueil enfants-parents", mots_cles=["Parentalité"], partenaires=["Caf"],
                   ressources_financieres="Prestation de service de la Caf : 8 200 €\nDépartement : 3 000 €",
                   description_generale="Ouvert deux matinées ; 74 familles différentes accueillies en 2023."),
        make_fiche("f-cafe", "Café des parents du jeudi", mots_cles=["Parentalité"], partenaires=["Caf"],
                   ressources_financieres="Financement REAAP via la Caf : 3 800 €\nFonds propres : 1 100 €",
                   description_generale="Un café chaque jeudi matin pour échanger entre parents."),
        make_fiche("f-fete", "Fête des voisins du Parc", mots_cles=["Animation locale"], partenaires=["Caf"],
                   ressources_financieres="Budget de 7 800 € : Ville 3 000 €, Caf 2 500 €, buvette 1 300 €.",
                   description_generale="Environ 800 personnes sur la journée."),
        make_fiche("f-cine", "Ciné-club des ados", mots_cles=["Jeunesse"],
                   ressources_financieres="Fonds associatif : 2 000 €",
                   description_generale="Six séances par an, entre 40 et 90 spectateurs."),
        make_fiche("f-theatre", "Théâtre d'impro contre le harcèlement", mots_cles=["Jeunesse"],
                   ressources_financieres="État : 8 000 €",
                   description_generale="Quatre représentations, près de 300 spectateurs au total."),
        make_fiche("f-navette", "Navette des hameaux vers le marché", mots_cles=["Mobilité"],
                   ressources_financieres="Département : 3 000 €",
                   description_generale="Plus de 900 trajets réalisés en 2024. Réservation la veille."),
        make_fiche("f-couture", "Atelier couture et insertion", mots_cles=["Insertion"],
                   resume="Un atelier pour les femmes éloignées de l'emploi.",
                   resultat_habitants="Sur 20 participantes, 6 ont retrouvé un emploi."),
        make_fiche("f-repas", "Atelier repas solidaire", mots_cles=["Alimentation"], partenaires=["ARS"],
                   ressources_financieres="ARS : 4 000 €"),
        make_fiche("f-jeux1", "Chaque semaine deux bénévoles animent des jeux de mémoire pour les aînés",
                   mots_cles=["Seniors"], description_generale="Des ateliers mémoire avec deux bénévoles formées."),
        make_fiche("f-jeux2", "Ateliers mémoire et jeux de société pour les aînés", mots_cles=["Seniors"],
                   description_generale="Ateliers mémoire animés avec la ludothèque municipale, 25 inscrits."),
    ]  # fmt: skip


CORPUS = _corpus()
BY_ID = {f.id: f for f in CORPUS}


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return memory_assistant(CORPUS)


def _query(question: str, partner: str) -> Query:
    facet = FacetMatch(field="partenaires", values=[partner], trigger=partner.lower())
    return Query(text=question, facets=[facet])


# -- detection -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Entre la navette et le bus, lequel a la plus grosse activité ?", "compare"),
        ("le ciné-club ou le théâtre, laquelle a eu le plus de spectateurs ?", "compare"),
        ("ciné-club et théâtre : combien de spectateurs de chaque côté ?", "compare"),
        ("Laquelle coûte le plus, entre la navette et la fête ?", "compare"),
        ("Entre la navette et la fête, qui a le plus de bénévoles ?", "compare"),
        ("Ciné-club et théâtre : qu'est-ce qui les rapproche ?", "compare"),
        ("Des ateliers avec entre 10 et 20 personnes", None),  # « entre » without a choice
        ("Entre 2019 et 2021, qui a financé les actions ?", None),
        ("Quelles actions entre Lille et Roubaix qui parlent de jardin ?", None),
        ("which one has more volunteers, the bike workshop or the repair cafe?", "compare"),
        ("which projects work with seniors or families?", None),
        ("Parmi les pique-niques, lequel a coûté le plus cher ?", "rank"),
        ("Quelle action touche la plus grosse somme de la Caf ?", "rank"),
    ],
)
def test_compare_cues_from_structure(question, expected):
    found = intents.detect(normalise(question))
    assert (found[0] if found else None) == expected


def test_a_money_noun_after_a_superlative_ranks_on_euros():
    assert (
        ranking.rank_spec(normalise("Quelle action touche la plus grosse somme de la Caf ?")).field
        == "budget"
    )
    assert (
        ranking.rank_spec(normalise("Quelle action a touché le plus de familles ?")).field
        == "nb_participants"
    )


@pytest.mark.parametrize(
    ("question", "partner"),
    [
        ("Compare les financements Caf de A et B", "Caf"),
        ("la plus grosse somme de la Caf", "Caf"),
        ("A vs B, combien donne l'ARS à chacun ?", "ARS"),
        ("combien la Caf verse-t-elle à A et à B ?", "Caf"),
        ("Parmi les actions financées par la Caf, laquelle a le plus gros budget ?", ""),  # a scope
        ("Les actions avec la Caf", ""),
    ],
)
def test_asked_partner_is_the_complement_of_money_or_the_giver(question, partner):
    canonical = partner or "Caf"
    assert aspects.asked_partner(normalise(question), _query(question, canonical)) == partner


def test_partner_amount_reads_the_budget_lines_naming_the_partner():
    assert aspects.partner_amount(BY_ID["f-laep"], "Caf").value == 8200
    assert aspects.partner_amount(BY_ID["f-fete"], "Caf").value == 2500  # « Ville 3 000 €, Caf 2 500 € »
    assert aspects.partner_amount(BY_ID["f-repas"], "ARS").sentence == "ARS : 4 000 €"
    assert aspects.partner_amount(BY_ID["f-cine"], "Caf") is None
    after = make_fiche("x", "X", ressources_financieres="3 200 € versés par la Caf.\nCaf : 45 € par séance")
    assert aspects.partner_amount(after, "Caf").value == 3200  # named after its amount; no unit price
    two = make_fiche("y", "Y", ressources_financieres="Caf (CLAS) : 11 000 €\nCaf (fonds publics) : 2 000 €")
    amount = aspects.partner_amount(two, "Caf")
    assert (amount.value, amount.basis) == (13000, "somme de 2 montants")


def test_a_funder_no_gazetteer_knows_is_read_in_the_budget_lines():
    fiches = [
        make_fiche(
            "f-a",
            "Visites aux aînés",
            ressources_financieres="Fonds de solidarité des aînés : 6 000 €\nVille : 900 €",
        ),
        make_fiche(
            "f-b", "Gym douce", ressources_financieres="Fonds de solidarité des aînés via la mairie : 2 400 €"
        ),
        make_fiche("f-c", "Repair café", ressources_financieres="Ville : 7 000 €"),
    ]
    question = "Quelle fiche reçoit le plus du Fonds de solidarité des aînés ?"
    assert aspects.budget_line_partner(normalise(question), fiches) == "fonds de solidarite des aines"
    spec = ranking.rank_spec(normalise(question))
    built = comparison.rank_answer(fiches, spec, Query(text=question))
    assert [c.fiche_id for c in built.answer.citations] == ["f-a", "f-b"]
    assert built.answer.text.startswith(
        "Classement par montant attribué par « Fonds de solidarité des aînés »"
    )
    assert "2 fiches chiffrées ; 1 sans ce chiffre" in built.answer.text
    compared = comparison.compare_answer(
        fiches[:2], Query(text="Visites aux aînés ou gym douce : " + question)
    )
    assert compared.answer.text.startswith(
        "« Visites aux aînés » [1] a le montant attribué par « Fonds de solidarité des aînés » le plus élevé : 6"
    )
    # words no budget line gives money to name no funder: the total budget is ranked
    assert (
        aspects.budget_line_partner(normalise("Quelle fiche reçoit le plus de la fondation Lune ?"), fiches)
        == ""
    )


def test_titles_named_by_their_initials_in_capitals_but_not_a_partner_acronym():
    linked = naming.linked_titles("Compare le café des parents et le LAEP", CORPUS, partial=True)
    assert [f.id for f in linked] == ["f-cafe", "f-laep"]
    assert (
        naming.linked_titles("compare le laep et le café des parents", CORPUS, partial=True)[-1].id
        != "f-laep"
    )
    assert "f-repas" not in [f.id for f in naming.linked_titles("combien donne l'ARS ?", CORPUS)]


def test_designated_fiches_are_counted_by_the_question():
    hits = CORPUS[:5]
    assert naming.designated(normalise("comparer les deux ateliers mémoire"), hits) == CORPUS[:2]
    assert len(naming.designated(normalise("celui de la ludothèque et celui des bénévoles"), hits)) == 2
    assert naming.designated(normalise("compare les ateliers mémoire"), hits) == []
    assert naming.designated(normalise("les trois ateliers"), hits[:2]) == []  # the search found fewer
    # One title named: the other is the hit whose title alone has a word of the question.
    named = [BY_ID["f-cafe"]]
    hits = [BY_ID["f-cafe"], BY_ID["f-jeux2"], BY_ID["f-navette"], BY_ID["f-jeux1"]]
    assert naming.designated(normalise("compare le café des parents et la navette"), hits, named) == [
        BY_ID["f-cafe"],
        BY_ID["f-navette"],
    ]
    assert naming.designated(normalise("compare le café des parents et les aînés"), hits, named) == []


def test_a_comparative_between_the_fiches_compared_names_the_figure():
    assert ranking.compare_spec(normalise("laquelle a plus de bénévoles ?")) == ranking.RankSpec(
        "nb_benevoles", True, ranking.DEFAULT_SHOWN
    )
    assert ranking.compare_spec(normalise("which one has fewer volunteers")).descending is False
    assert ranking.compare_spec(normalise("plus précisément, en quoi diffèrent-ils ?")) is None


# -- answers ------------------------------------------------------------------------------------------------


def test_compare_a_partners_amount_in_each_budget(assistant):
    answer = assistant.ask("Compare les financements Caf du café des parents et du LAEP")
    assert titles(answer) == ["Café des parents du jeudi", "Lieu d'accueil enfants-parents"]
    assert text(answer).splitlines()[0] == (
        "Montant attribué par Caf : « Café des parents du jeudi » [1] : 3 800 € (« Financement REAAP via la Caf"
        " : 3 800 € ») ; « Lieu d'accueil enfants-parents » [2] : 8 200 € (« Prestation de service de la Caf :"
        " 8 200 € »)."
    )


def test_rank_on_a_partners_amount_says_the_figure_and_how_many_lack_it(assistant):
    answer = assistant.ask("Quelle action touche la plus grosse somme de la Caf ?")
    assert titles(answer)[:3] == [
        "Lieu d'accueil enfants-parents",
        "Café des parents du jeudi",
        "Fête des voisins du Parc",
    ]
    assert text(answer).startswith(
        "Classement par montant attribué par Caf (partenaire Caf), du plus élevé au plus bas"
    )
    assert "8 200 € [1]" in text(answer).splitlines()[0]


def test_compare_a_count_asked_of_each_fiche(assistant):
    answer = assistant.ask("ciné-club des ados et théâtre d'impro : combien de spectateurs de chaque côté ?")
    assert titles(answer) == ["Ciné-club des ados", "Théâtre d'impro contre le harcèlement"]
    lines = text(answer).splitlines()
    assert "« Six séances par an, entre 40 et 90 spectateurs. » (Description générale)" in lines[0]
    assert "près de 300 spectateurs au total" in lines[1]


def test_compare_the_activity_and_words_of_the_text(assistant):
    busy = assistant.ask(
        "Entre la navette des hameaux et la fête des voisins, lequel a la plus grosse activité ?"
    )
    assert titles(busy) == ["Navette des hameaux vers le marché", "Fête des voisins du Parc"]
    assert "Plus de 900 trajets réalisés en 2024." in text(busy) and "Environ 800 personnes" in text(busy)
    jobs = assistant.ask(
        "atelier couture ou ciné-club des ados, lequel a permis le plus de retours à l'emploi ?"
    )
    assert "« Sur 20 participantes, 6 ont retrouvé un emploi. » (Résultat pour les habitants)" in text(jobs)


def test_compare_fiches_designated_by_description(assistant):
    answer = assistant.ask(
        "Les deux ateliers mémoire pour les aînés, celui des deux bénévoles et celui de la ludothèque : en quoi diffèrent-ils ?"
    )
    assert sorted(titles(answer)) == sorted([BY_ID["f-jeux1"].title, BY_ID["f-jeux2"].title])
    assert "ludothèque municipale" in text(answer)


def test_the_comparison_table_still_renders_in_the_chat_message(assistant):
    from markdown_it import MarkdownIt

    from assistant.webapp import answer_markdown_message

    answer = assistant.ask("ciné-club des ados et théâtre d'impro : combien de spectateurs de chaque côté ?")
    html = MarkdownIt("commonmark").enable("table").render(answer_markdown_message(answer))
    assert html.count("<table>") == 1 and "<th>[1] Ciné-club des ados</th>" in html
    assert "<td><strong>Budget</strong></td>\n<td>2 000" in html.replace("\u00a0", " ")


def test_the_words_naming_the_fiches_are_not_what_is_asked():
    club = make_fiche("c", "Club emploi au féminin")
    permis = make_fiche("p", "Permis de conduire solidaire")
    norm = normalise(
        "club emploi au féminin ou permis solidaire, lequel a permis le plus de retours à l'emploi ?"
    )
    assert aspects.aspect_words(norm, [club, permis]) == ["permis", "retours", "emploi"]
    cuisine = [make_fiche("a", "Cuisine santé à petit budget"), make_fiche("b", "Atelier cuisine lontan")]
    norm = normalise("Quelle différence entre Cuisine santé à petit budget et l'Atelier cuisine lontan ?")
    assert aspects.aspect_words(norm, cuisine) == []  # « budget » names a fiche: no budget row asked either


def test_received_from_a_partner_asks_its_amount():
    """« combien chacun a reçu de l'ARS » asks the ARS's share, as « le financement de l'ARS » does."""
    norm = normalise("Les deux ateliers : combien chacun a reçu de l'ARS ?")
    assert aspects.asked_partner(norm, _query(norm, "ARS")) == "ARS"
    assert aspects.asked_partner(normalise("combien de participants à l'ARS ?"), _query("", "ARS")) == ""


def test_counted_set_designated_when_one_title_is_named_in_part():
    """« les deux ateliers cuisine » names one title in part: the two fiches found, that one among them."""
    lontan = make_fiche("f-lontan", "Atelier cuisine lontan")
    sante = make_fiche("f-sante", "Cuisine santé à petit budget")
    other = make_fiche("f-velo", "Atelier vélo")
    norm = normalise("Les deux ateliers cuisine financés par l'ARS : combien chacun ?")
    assert [f.id for f in naming.designated(norm, [lontan, sante, other], [lontan])] == [
        "f-lontan",
        "f-sante",
    ]
    assert naming.designated(norm, [sante, other, lontan], [lontan]) == []  # the named one is not in the two


def test_other_fiche_designated_by_a_stem_of_its_title():
    """« la journée manger-bouger et le Pique-nique des Roses »: « manger » names « mangeons »."""
    pique = make_fiche("f-pique", "Pique-nique des Roses")
    mange = make_fiche("f-mange", "Mangeons, bougeons ensemble")
    other = make_fiche("f-velo", "Atelier vélo")
    norm = normalise("Entre la journée manger-bouger et le Pique-nique des Roses, lequel a coûté le plus ?")
    assert [f.id for f in naming.designated(norm, [pique, other, mange], [pique])] == ["f-pique", "f-mange"]
    assert (
        naming.designated(normalise("le Pique-nique des Roses et la mangrove"), [pique, mange], [pique]) == []
    )


def test_results_asked_read_in_the_results_fields_first():
    """« quels résultats sur les déchets ? »: the results sentence about waste, not the funding one."""
    fiche = make_fiche(
        "f-rep", "Atelier réparation",
        ressources_financieres="Aide du plan de prévention des déchets.",
        resultat_territoire="Environ 120 objets réparés, autant de déchets évités.",
    )  # fmt: skip
    lines = aspects.aspect_lines([fiche], "quels résultats sur les déchets ?", {"resultats"})
    assert lines and "120 objets" in lines[0]
    lines = aspects.aspect_lines([fiche], "quel financement pour les déchets ?", {"financement"})
    assert lines and "plan de prévention" in lines[0]


def test_reach_asked_reads_the_counting_sentence_when_no_participants_are_typed():
    """« ça touche combien de monde chacun ? »: a fiche without typed participants says what it counts."""
    navette = make_fiche(
        "f-nav", "Navette du marché", description_generale="Environ 800 trajets réalisés en 2022."
    )
    lines = aspects.aspect_lines([navette], "la navette, ça touche combien de monde ?", set())
    assert lines and "800 trajets" in lines[0]
    assert aspects.aspect_lines([navette], "la navette touche les seniors ?", set()) == []
