"""Round 8, comparisons and rankings referred to loosely: a ranking's scope is the topic of the question
(coordinated topics united, a retrieval-scored set, a facet's kin), a side named by an acronym of its title,
two sides set apart by demonstratives, a named project described, a budget compared with its lines."""

from __future__ import annotations

from assistant import intents, rank_scope
from assistant.card import presents
from assistant.comparison import LONG_ROWS
from assistant.records import FacetMatch, Hit
from assistant.references import ReferenceResolver
from ingest.amounts import Amount
from ingest.text import normalise
from tests.helpers_retrieval import answer_text, cited_titles, make_fiche, memory_assistant


def _hit(fiche, score: float) -> Hit:
    return Hit(fiche=fiche, score=score)


# -- ranking scope ----------------------------------------------------------------------------------


def test_topic_groups_split_at_a_coordinating_word():
    norm = normalise("Parmi les goûters partagés et les bals, lequel a attiré le plus de monde ?")
    groups = rank_scope.topic_groups(norm, ["gouters", "partages", "bals"])
    assert groups == [["gouters", "partages"], ["bals"]]


def test_topic_ids_unite_coordinated_topics():
    bal = make_fiche("b1", "Bal des voisins", resume="Un bal populaire.")
    gouter = make_fiche("g1", "Temps conviviaux", resume="Des goûters partagés chaque mois.")
    other = make_fiche("o1", "Atelier couture", resume="Coudre ensemble.")
    hits = {"gouters partages": [_hit(gouter, 2.0), _hit(other, 0.2)], "bals": [_hit(bal, 2.0)]}
    norm = normalise("parmi les goûters partagés et les bals lequel a attiré le plus de monde")
    ids = rank_scope.topic_ids(norm, ["gouters", "partages", "bals"], lambda text: hits.get(text, []))
    assert ids == {"g1", "b1"}


def test_group_keeps_retrieved_fiches_above_the_floor_when_no_text_has_every_word():
    fete = make_fiche("f1", "Fête des Lilas", resume="Un événement festif sur la journée.")
    shop = make_fiche("s1", "Boutique solidaire", resume="Une journée portes ouvertes par an.")
    hits = [_hit(fete, 2.0), _hit(shop, 0.4)]  # the shop scores under FLOOR of the best
    assert rank_scope.group_ids(["evenement", "seule", "journee"], hits) == {"f1"}
    assert rank_scope.group_ids(["journee", "portes"], hits) == {"s1"}  # every word in its text


def test_a_facet_head_narrows_by_titles_only():
    facet = FacetMatch(field="mots_cles", values=["numérique"], trigger="numérique")
    norm = normalise("Quelle action sur l'accès au numérique a coûté le plus ?")
    assert rank_scope.facet_heads(norm, [facet], ["acces"]) == {"acces"}
    bus = make_fiche("n1", "Bus numérique", resume="Un bus équipé.")
    desk = make_fiche("n2", "Démarches en ligne", resume="Un accès aux droits en ligne.")
    hits = [_hit(desk, 2.0), _hit(bus, 1.0)]
    assert rank_scope.group_ids(["acces"], hits, titled_only=True) == set()
    assert rank_scope.group_ids(["acces"], hits) == {"n2"}


def test_kin_of_a_facet_shares_the_stem_of_its_words():
    facet = FacetMatch(field="public", values=["familles"], trigger="parents")
    postings = {"mots_cles": {"Parentalité": {"k1"}, "Environnement": {"k2"}}, "public": {"familles": {"k3"}}}
    assert rank_scope.kin_of_facets([facet], postings) == {"k1"}


def _budgets():
    return [
        make_fiche("p1", "Goûter des familles", mots_cles=["Parentalité"], public=["familles"],
                   ressources_financieres="Total : 1 200 €", resume="Un goûter entre parents et enfants."),
        make_fiche("p2", "Cercle des mamans", mots_cles=["Parentalité"],
                   ressources_financieres="Total : 30 000 €", resume="Un groupe de mères du quartier."),
        make_fiche("p3", "Club de football", mots_cles=["Sport"], public=["Jeunesse"],
                   ressources_financieres="Total : 90 000 €", resume="Du football pour les jeunes."),
    ]  # fmt: skip


def test_ranking_on_a_facet_includes_the_fiches_of_its_kin_keyword():
    """End to end: « soutien aux parents » (public familles) also ranks the Parentalité fiche without that
    public, and not the unrelated fiche with the biggest budget."""
    answer = memory_assistant(_budgets()).ask(
        "Quelle action de soutien aux parents a eu le plus gros budget ?"
    )
    assert cited_titles(answer)[:1] == ["Cercle des mamans"]
    assert "30 000" in answer_text(answer)


# -- comparisons --------------------------------------------------------------------------------------


def _places():
    return [
        make_fiche("l1", "Lieu d'accueil enfants-parents", departement="Isère", departement_code="38",
                   region="Auvergne-Rhône-Alpes", resume="Un LAEP ouvert deux matinées."),
        make_fiche("l2", "Cuisine du monde", departement="Isère", departement_code="38",
                   region="Auvergne-Rhône-Alpes", resume="Cuisiner ensemble."),
        make_fiche("c1", "Café des parents du lundi", departement="Nord", departement_code="59",
                   region="Hauts-de-France", resume="Un café entre parents."),
    ]  # fmt: skip


def test_an_acronym_names_the_fiche_whose_title_words_it_spells():
    refs = ReferenceResolver(_places()).resolve("Combien de bénévoles au LAEP et au café des parents ?")
    assert [r.fiche_id for r in refs] == ["l1", "c1"]


def test_an_acronym_with_its_place_names_its_side():
    question = "Combien pour le café des parents du Nord et pour le LAEP de l'Isère ?"
    refs = ReferenceResolver(_places()).resolve(question)
    assert {r.fiche_id for r in refs} == {"l1", "c1"}


def test_an_unknown_acronym_names_nothing():
    assert ReferenceResolver(_places()).resolve("Combien au XYZW ?") == []


def test_two_demonstratives_set_two_things_apart():
    question = "Les deux ateliers, celui avec les bénévoles et celui de la ludothèque : à quel rythme ?"
    assert intents.detect(normalise(question))[0] == intents.COMPARE
    alone = intents.detect(normalise("Celui qui a le plus de bénévoles, c'est lequel ?"))
    assert alone is None or alone[0] != intents.COMPARE


def test_a_question_on_what_a_project_consists_of_presents_it():
    assert presents(normalise("« Les marmites », ça consiste en quoi ?"), "Les marmites")
    assert presents(normalise("Les marmites, ça se passe comment concrètement ?"), "Les marmites")
    assert not presents(normalise("Les marmites, ça coûte combien ?"), "Les marmites")


def test_a_budget_compared_shows_the_lines_it_is_made_of():
    fiche = make_fiche("s1", "Sorties", ressources_financieres="Caf : 500 €\nCommune : 400 €")
    fiche = fiche.model_copy(
        update={"budget": Amount(value=900, sentence="", source="ressources_financieres")}
    )
    line = LONG_ROWS["Budget"](fiche)
    assert "900" in line and "Caf : 500 €" in line and "Commune : 400 €" in line


def test_a_place_word_prefers_the_fiche_at_that_place_over_a_title_word():
    corpus = [
        *_places(),
        make_fiche("c2", "Café des parents de Plateau-Nord", departement="Var", departement_code="83",
                   region="Provence-Alpes-Côte d'Azur", resume="Un café entre parents."),
        make_fiche("e1", "Épicerie solidaire de Plaine-Haute", departement="Gard", departement_code="30",
                   resume="Une épicerie."),
        make_fiche("e2", "Épicerie solidaire du quartier", departement="Haute-Vienne", departement_code="87",
                   region="Nouvelle-Aquitaine", resume="Une épicerie."),
    ]  # fmt: skip
    refs = ReferenceResolver(corpus).resolve("Le café des parents du Nord et le LAEP de l'Isère ?")
    assert [r.fiche_id for r in refs] == ["c1", "l1"]
    refs = ReferenceResolver(corpus).resolve("L'épicerie solidaire de Haute-Vienne et le LAEP, quel budget ?")
    assert [r.fiche_id for r in refs] == ["e2", "l1"]


def test_namesake_titles_name_no_side_of_a_comparison():
    """Titles several centres share (« Ateliers mémoire ») name none of them: a comparison's sides are
    the fiches their descriptions name (« tenu par trois bénévoles », « de la ludothèque »)."""
    from assistant import naming

    corpus = [
        make_fiche("m1", "Ateliers mémoire", departement="Var", resume="Des exercices pour seniors."),
        make_fiche("m2", "Ateliers mémoire", departement="Gard", resume="Des exercices de mémoire."),
        make_fiche("d1", "Chaque semaine trois bénévoles préparent une séance",
                   resume="Une séance de mémoire animée par trois bénévoles formées."),
        make_fiche("d2", "Ateliers jeux pour la mémoire à la ludothèque",
                   resume="Des jeux de mémoire un vendredi sur deux à la ludothèque."),
    ]  # fmt: skip
    question = "Différence entre l'atelier mémoire tenu par trois bénévoles et les ateliers mémoire de la ludothèque ?"
    assert {f.id for f in naming.linked_titles(question, corpus, partial=True)} & {"m1", "m2"}
    assert not {f.id for f in naming.linked_titles(question, corpus, partial=True, unique=True)} & {
        "m1",
        "m2",
    }
    answer = memory_assistant(corpus).ask(question)
    assert set(cited_titles(answer)[:2]) == {corpus[2].title, corpus[3].title}


def test_a_departement_after_du_is_no_title_word():
    from assistant import naming

    corpus = [
        make_fiche("c2", "Café des parents de Plateau-Nord", departement="Var"),
        make_fiche("e1", "Épicerie solidaire de Plaine-Haute", departement="Gard"),
    ]
    assert naming.linked_titles("le café des parents du Nord, quel budget ?", corpus) == []
    assert naming.linked_titles("l'épicerie solidaire de Haute-Vienne, quel budget ?", corpus) == []
    written = naming.linked_titles("le Café des parents de Plateau-Nord, quel budget ?", corpus)
    assert [f.id for f in written] == ["c2"]


def test_a_side_at_a_crowded_place_is_named_by_its_theme_words():
    """More fiches at the place than POOL: the side's theme words are read from the text index."""
    from assistant.references import POOL

    gard = dict(departement="Gard", departement_code="30", region="Occitanie")
    filler = [make_fiche(f"g{i}", f"Atelier {i}", **gard, resume="Des rencontres.") for i in range(POOL + 5)]
    corpus = [
        *_places(),
        *filler,
        make_fiche("t1", "Petits et grands ensemble", **gard, resume="Une journée pour manger et bouger."),
    ]
    refs = ReferenceResolver(corpus).resolve(
        "Le café des parents du Nord ou la journée manger bouger du Gard ?"
    )
    assert [r.fiche_id for r in refs] == ["c1", "t1"]


def test_a_departement_named_after_du_places_its_side_though_centres_share_the_word():
    """« du Nord »: the fiches of the Nord département, though « Nord » is also in centres' names elsewhere."""
    corpus = [
        *_places(),
        make_fiche("c2", "Café des parents de Plateau-Nord", departement="Yvelines", departement_code="78",
                   region="Île-de-France", resume="Un café entre parents."),
        make_fiche("n1", "Jardin du quartier", centre="CENTRE SOCIAL NORD", departement="Var", resume="Un jardin."),
        make_fiche("n2", "Fête des voisins", centre="MAISON NORD", departement="Gard", resume="Une fête."),
    ]  # fmt: skip
    refs = ReferenceResolver(corpus).resolve(
        "Combien dans le café des parents du Nord et dans le LAEP de l'Isère ?"
    )
    assert [r.fiche_id for r in refs] == ["c1", "l1"]
