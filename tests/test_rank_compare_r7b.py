"""Rankings and comparisons asked in everyday words (`assistant/intents.py`, `aspects.py`, `comparison.py`):
the measure named by a word of its family (« les plus grosses enveloppes », « le plus de convives », « la plus
forte affluence »), the kind of thing ranked (« quel événement ») no topic, « X à côté de Y » a comparison,
results asked by « ça donne quoi » answered from the results fields, a partner giving money through any form
of a verb of giving (« l'ARS a mis combien »). Known answers on invented fiches built here."""

from __future__ import annotations

import pytest

from assistant import aspects, intents, ranking
from assistant.records import FacetMatch, Query
from assistant.service import Assistant
from ingest.text import normalise
from tests.helpers_retrieval import answer_text as text
from tests.helpers_retrieval import cited_titles as titles
from tests.helpers_retrieval import make_fiche, memory_assistant


def _corpus():
    return [
        make_fiche("f-fete", "Fête des Capucines", mots_cles=["Animation locale"],
                   ressources_financieres="Ville : 2 000 €",
                   description_generale="Environ 450 personnes sur la journée.",
                   resultat_habitants="Des voisins qui se parlent enfin."),
        make_fiche("f-bal", "Bal des anciens", mots_cles=["Animation locale"],
                   ressources_financieres="Caf : 9 000 €\nFondation : 3 000 €",
                   description_generale="Le bal a réuni 90 participants en mars."),
        make_fiche("f-troc", "Troc de graines", mots_cles=["Environnement"],
                   ressources_financieres="Fonds propres : 40 €",
                   description_generale="Une vingtaine de jardiniers échangent leurs graines."),
        make_fiche("f-club", "Club recherche d'emploi", mots_cles=["Emploi"],
                   resume="Un groupe hebdomadaire pour des femmes éloignées de l'emploi.",
                   ressources_financieres="ARS : 1 500 €\nCommune : 2 500 €",
                   resultat_habitants="Sur 20 membres, 9 ont retrouvé un emploi.",
                   resultat_territoire="De nouveaux liens avec les employeurs du port."),
        make_fiche("f-code", "Code de la route solidaire", mots_cles=["Emploi"],
                   resume="Préparer l'examen du code pour reprendre un emploi.",
                   ressources_financieres="Agence régionale de santé : 800 €",
                   resultat_habitants="Emploi trouvé pour 6 personnes après le code."),
    ]  # fmt: skip


CORPUS = _corpus()


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return memory_assistant(CORPUS)


# -- the measure named by its family ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("Les deux actions avec les plus grosses enveloppes financières ?", "budget"),
        ("Quelle action a l'enveloppe la plus grosse ?", "budget"),
        ("quelle action a les plus grosses dépenses", "budget"),
        ("Quelle manifestation a eu la plus forte affluence ?", "nb_participants"),
        ("Quel projet a réuni la plus grosse foule ?", "nb_participants"),
        ("lequel a attiré le plus de convives ?", "nb_participants"),
        ("Quelle action a le plus de volontaires ?", "nb_benevoles"),
    ],
)
def test_measure_named_by_its_family(question, field):
    spec = ranking.rank_spec(normalise(question))
    assert spec is not None and spec.field == field


def test_family_words_are_no_topic():
    words = ranking.ranking_words(
        normalise("Parmi les repas et les goûters, lequel a attiré le plus de convives ?")
    )
    assert "convives" in words and "repas" not in words
    assert "enveloppe" in ranking.ranking_words(normalise("quelle action a l'enveloppe la plus grosse"))
    assert "evenement" in ranking.ranking_words(normalise("Quel événement a rassemblé le plus de monde ?"))


def test_families_built_from_labels_are_disjoint():
    families = ranking.measure_families()
    assert "enveloppe" in families["budget"] and "convive" in families["nb_participants"]
    assert not families["budget"] & families["nb_participants"]
    assert ranking.family_field("visiteurs") == "nb_participants"
    assert ranking.family_field("jardin") == ""


def test_no_superlative_no_ranking():
    assert ranking.rank_spec(normalise("une enveloppe pour les familles")) is None


def test_rank_on_a_family_word(assistant):
    answer = assistant.ask("Quelles sont les deux actions avec les plus grosses enveloppes ?")
    assert titles(answer) == ["Bal des anciens", "Club recherche d'emploi"]
    assert "12 000" in text(answer)


def test_rank_over_a_kind_of_thing(assistant):
    answer = assistant.ask("Quel événement a rassemblé la plus grosse foule ?")
    assert titles(answer)[:2] == ["Fête des Capucines", "Bal des anciens"]
    assert "450" in text(answer)


# -- comparisons ---------------------------------------------------------------------------------


def test_side_by_side_is_a_comparison():
    assert (
        intents.detect(normalise("Le club emploi à côté du code solidaire, ça donne quoi ?"))[0] == "compare"
    )


def test_results_asked_from_the_results_fields(assistant):
    answer = assistant.ask(
        "Le club recherche d'emploi à côté du code de la route solidaire, côté emploi ça donne quoi ?"
    )
    assert titles(answer) == ["Club recherche d'emploi", "Code de la route solidaire"]
    first = text(answer).split("\n\n")[0]
    assert "9 ont retrouvé un emploi" in first and "Emploi trouvé pour 6 personnes" in first
    assert "femmes éloignées" not in first


@pytest.mark.parametrize(
    "question",
    [
        "l'ARS a mis combien dans le club ?",
        "combien a versé l'ARS au club ?",
        "l'ARS finance combien ?",
    ],
)
def test_partner_giving_through_any_verb_form(question):
    query = Query(text=question, facets=[FacetMatch(field="partenaires", values=["ARS"], trigger="ARS")])
    assert aspects.asked_partner(normalise(question), query) == "ARS"


def test_partner_as_a_scope_is_not_giving():
    question = "parmi les actions financées par l'ARS, laquelle a le plus de participants ?"
    query = Query(text=question, facets=[FacetMatch(field="partenaires", values=["ARS"], trigger="ARS")])
    assert aspects.asked_partner(normalise(question), query) == ""


def test_partner_money_in_each_compared_fiche(assistant):
    answer = assistant.ask(
        "Le club recherche d'emploi et le code de la route solidaire, l'ARS a mis combien ?"
    )
    first = text(answer).split("\n\n")[0]
    assert "1 500" in first and "800" in first


# -- two sides described by their text ----------------------------------------------------------------


def _described_corpus():
    return [
        make_fiche("d-memo1", "Chaque semaine trois bénévoles préparent une séance",
                   description_generale="Un atelier mémoire de deux heures chaque semaine, animé par trois "
                                        "bénévoles formées.", mots_cles=["Vieillissement"]),
        make_fiche("d-memo2", "Des jeux pour la mémoire des aînés",
                   description_generale="La ludothèque accueille les ateliers jeux mémoire un vendredi sur "
                                        "deux.", impacts="Les 30 personnes inscrites viennent en petits groupes.",
                   mots_cles=["Vieillissement"]),
        make_fiche("d-vac1", "VACANCES FAMILIALES",
                   description_experience="Séjour familial à la mer sous bungalow de toile. Deux familles par "
                                          "semaine en juillet.", mots_cles=["Famille"]),
        make_fiche("d-vac2", "Séjour familial avec préparation budgétaire",
                   description_experience="Quatre réunions de préparation avant le départ en vacances.",
                   mots_cles=["Famille"]),
        make_fiche("d-vac3", "Les finalités du projet des vacances familiales",
                   description_experience="Permettre aux familles de partir en vacances ensemble.",
                   mots_cles=["Famille"]),
        make_fiche("d-jardin", "Jardin des Lilas", description_generale="Douze parcelles et un atelier mémoire "
                                                                       "des plantes.", mots_cles=["Environnement"]),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def described() -> Assistant:
    return memory_assistant(_described_corpus())


def _resolver():
    from assistant.references import ReferenceResolver

    return ReferenceResolver(_described_corpus())


@pytest.mark.parametrize(
    ("question", "ids"),
    [
        (
            "Différence entre l'atelier mémoire tenu par trois bénévoles et les ateliers jeux mémoire de la "
            "ludothèque ?",
            ["d-memo1", "d-memo2"],
        ),
        (
            "compare les deux départs en vacances en famille : le séjour à la mer sous tente et celui avec "
            "préparation budgétaire",
            ["d-vac1", "d-vac2"],
        ),
    ],
)
def test_sides_described_by_their_text(question, ids):
    refs = _resolver().resolve(question, described=True)
    assert [r.fiche_id for r in refs] == ids


def test_described_sides_need_a_comparison_and_a_margin():
    resolver = _resolver()
    # no comparison asked: a description is no reference to two fiches
    assert resolver.resolve("des ateliers mémoire et des jeux à la ludothèque", described=True) == []
    # two kinds of action, several fiches each: no pair leads
    assert resolver.resolve("Différence entre les vacances et les ateliers ?", described=True) == []


def test_no_aspect_asked_gives_the_key_facts(described):
    answer = described.ask(
        "Différence entre l'atelier mémoire tenu par trois bénévoles et les ateliers jeux mémoire de la "
        "ludothèque ?"
    )
    assert titles(answer)[:2] == ["Chaque semaine trois bénévoles préparent une séance",
                                  "Des jeux pour la mémoire des aînés"]  # fmt: skip
    first = text(answer).split("\n\n")[0]
    assert "30 personnes inscrites" in first and "un vendredi sur deux" in first


def test_key_facts_say_when_a_fiche_states_none():
    from assistant import aspects as asp

    fiches = _described_corpus()
    lines = asp.key_facts([fiches[1], fiches[4]])
    assert "30 personnes" in lines[0] and lines[1].endswith("la fiche ne le dit pas")
    assert asp.key_facts([fiches[4], fiches[4]]) == []


# -- a place on each side over a title named in part ------------------------------------------------------


def _placed_corpus():
    return [
        make_fiche("p-dej1", "Petit Déj à idées", departement="Loire", departement_code="42",
                   region="Auvergne-Rhône-Alpes", ressources_financieres="Fonds propres : 300 €"),
        make_fiche("p-dej2", "petits déjeuners thématiques dans les écoles", departement="Seine-Maritime",
                   departement_code="76", region="Normandie", ressources_financieres="Total : 1 750 €"),
        make_fiche("p-conte", "Place aux parents autour du conte", departement="Isère", departement_code="38",
                   region="Auvergne-Rhône-Alpes", ressources_financieres="Charges : 3 900 €"),
    ]  # fmt: skip


def test_places_decide_between_a_short_title_and_a_loose_reference():
    answer = memory_assistant(_placed_corpus()).ask(
        "Entre le conte pour parents en Isère et les petits déj des écoles en Seine-Maritime, lequel coûte le "
        "plus ?"
    )
    assert titles(answer) == [
        "Place aux parents autour du conte",
        "petits déjeuners thématiques dans les écoles",
    ]
    assert "1 750" in text(answer).split("\n\n")[0]


def test_placed_over_needs_both_places_and_one_side_agreeing():
    from assistant.linking import TitleLinker
    from assistant.references import Reference

    placed = [Reference("a", "a", 3.0, True), Reference("b", "b", 2.5, True)]
    assert TitleLinker([]).placed_over(placed, ["a", "c"])
    assert not TitleLinker([]).placed_over(placed, ["c", "d"])  # both sides disagree: the titles stand
    assert not TitleLinker([]).placed_over(placed, ["a", "b"])  # same fiches
    assert not TitleLinker([]).placed_over([placed[0], Reference("b", "b", 2.5, False)], ["a", "c"])


@pytest.mark.parametrize(
    ("question", "field", "descending"),
    [
        ("Quels projets ont eu les budgets les plus conséquents ?", "budget", True),
        ("Les trois initiatives qui ont mobilisé les sommes les plus importantes ?", "budget", True),
        ("les actions au budget le plus modeste", "budget", False),
        ("Quelle manifestation a attiré le plus d'habitants ?", "nb_participants", True),
    ],
)
def test_postposed_size_and_noun_name_the_measure(question, field, descending):
    spec = ranking.rank_spec(normalise(question))
    assert spec is not None and (spec.field, spec.descending, spec.noun) == (field, descending, "")


def test_side_by_side_phrase_splits_two_references():
    from assistant.facets import Question
    from assistant.references import _splits

    q = Question.of("Le conte en Isère à côté du petit déj de Normandie, lequel coûte le plus ?")
    norms = [t.norm for t in q.tokens]
    left, right = _splits(q)[0]
    assert norms[left - 1] == "isere" and norms[right] == "petit"
