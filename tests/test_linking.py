"""Named projects: titles linked from questions (fuzzy), near-duplicates of one centre, « aucune fiche intitulée »."""

from __future__ import annotations

import pytest

from assistant.answer import extractive_answer
from assistant.facets import FacetVocabulary
from assistant.linking import Link, TitleLinker, apply_link
from assistant.query import analyse_scan
from assistant.records import Hit, Query, SearchResult
from assistant.retrieval import HybridRetriever
from tests.helpers_retrieval import MemoryIndex, make_fiche

KERVIN = "Maison des Tilleuls - centre social"


def _corpus():
    return [
        make_fiche("f1", "Place des femmes", centre=KERVIN, departement="Morbihan", departement_code="56",
                   region="Bretagne", resume="Un lieu d'échange pour les femmes du quartier.",
                   ressources_financieres="TOTAL DES CHARGES : 1 200 €"),
        make_fiche("f2", "Place de femmes", centre=KERVIN, departement="Morbihan", departement_code="56",
                   region="Bretagne", resume="Des ateliers de langue pour les femmes."),
        make_fiche("f3", "Place en Place", centre=KERVIN, departement="Morbihan", departement_code="56",
                   region="Bretagne", resume="La place du marché animée par les habitants."),
        make_fiche("f4", "Goûter des voisins du jeudi", centre="CENTRE SOCIAL LES ORMES", mots_cles=["Parentalité"],
                   resume="Un goûter entre parents chaque jeudi."),
        make_fiche("f5", "Semencier partagé", centre="CENTRE SOCIAL LE VERGER", mots_cles=["Environnement"],
                   resume="Échange de graines entre habitants."),
        make_fiche("f6", "Chantier ados : rénovation du préau", centre="CENTRE SOCIAL LES SAULES",
                   public=["Jeunesse"], resume="Des adolescents rénovent le préau de l'école."),
        make_fiche("f7", "contes d'iciet d'ailleurs", centre="CENTRE SOCIAL DU PORT", resume="Des contes du monde."),
        make_fiche("f8", "Permenance logement", centre="MAISON DU CENTRE-VILLE", departement="Lot-et-Garonne",
                   departement_code="47", region="Nouvelle-Aquitaine", mots_cles=["Logement"],
                   resume="Une permanence pour les locataires."),
        make_fiche("f9", "ALLEZ LES FILLES", centre="CENTRE SOCIOCULTUREL DES DUNES", public=["Jeunesse"],
                   resume="Du sport pour les filles."),
        make_fiche("f10", "Place des femmes", centre="CENTRE SOCIAL DE LA GARE", departement="Gironde",
                   departement_code="33", region="Nouvelle-Aquitaine", resume="Un café des femmes à la gare."),
        make_fiche("f11", "Le centre a réuni les familles pour évaluer leurs…", centre="CENTRE SOCIAL DU LAC",
                   resume="Le petit guide « Bien manger pas cher » a été écrit avec les familles du lac."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def corpus():
    fiches = _corpus()
    vocabulary = FacetVocabulary.from_fiches(fiches)
    return fiches, vocabulary, TitleLinker(fiches, vocabulary.word_df)


def link(corpus, question: str) -> Link | None:
    _, vocabulary, linker = corpus
    query, scan = analyse_scan(question, vocabulary)
    return linker.link(question, scan, query.intent)


LINKED = [
    ("Parle-moi du Semencier partagé", ["f5"]),
    ("semencier partage", ["f5"]),
    ("Présente-moi le projet « Chantier ados »", ["f6"]),  # the main part of « Chantier ados : rénovation… »
    ("Goûter des voisins du jeudi : de quoi s'agit-il ?", ["f4"]),
    ("contes d'ici et d'ailleurs", ["f7"]),  # « iciet » written as two words
    ("permanence logement", ["f8"]),  # two letters swapped in the title
    ("alez les filles", ["f9"]),  # one letter missing
    ("le semansier partagé", ["f5"]),  # two letters wrong in a long word
    ("Combien a coûté le semencier partagé ?", ["f5"]),  # « combien a coûté » asks, it names nothing
    ("Quel est le budget du Goûter des voisins du jeudi ?", ["f4"]),
]


@pytest.mark.parametrize(("question", "expected"), LINKED)
def test_a_named_title_is_linked_and_is_the_focus(corpus, question, expected):
    found = link(corpus, question)
    assert found is not None
    assert (found.fiche_ids, found.focus, found.near_duplicates) == (expected, True, [])


def test_near_duplicate_titles_of_one_centre_are_linked_together_the_exact_one_first(corpus):
    des = link(corpus, "Quel est le budget de Place des femmes dans le Morbihan ?")
    assert (des.fiche_ids, des.near_duplicates, des.focus) == (["f1", "f2"], ["f1", "f2"], True)
    de = link(corpus, "Le projet « Place de femmes », c'est quoi ?")
    assert de.fiche_ids[:2] == ["f2", "f1"]


def test_a_place_named_with_the_title_picks_the_fiche_there(corpus):
    assert link(corpus, "Place des femmes en Gironde").fiche_ids == ["f10"]
    assert link(corpus, "Parle-moi de Place des femmes à Lorient").fiche_ids == ["f1", "f2"]  # Lorient: 56
    elsewhere = link(corpus, "Parle-moi de Place des femmes à Marseille")  # no fiche in Marseille
    assert elsewhere.fiche_ids == [] and set(elsewhere.closest) >= {"f1", "f10"}
    both = link(
        corpus, "Parle-moi de Place des femmes"
    )  # the same title in two centres: both, near-dups together
    assert (both.fiche_ids, both.near_duplicates) == (["f1", "f2", "f10"], ["f1", "f2"])


ABSENT = [
    ("Quel est le budget du Goûter des voisins du samedi ?", "Goûter des voisins du samedi", "f4"),
    ("Présente-moi le projet Semencier collectif des Lilas", "Semencier collectif des Lilas", "f5"),
    (
        "Quel est le budget de Place des hommes ?",
        "Place des hommes",
        "f1",
    ),  # by letters: not « Place en Place »
    ("Parle-moi du goûter des voisins du mardi", "goûter des voisins du mardi", "f4"),  # a near miss
    ("Qui sont les partenaires de l'Atelier tricot des Lilas ?", "Atelier tricot des Lilas", None),
]


@pytest.mark.parametrize(("question", "mention", "closest"), ABSENT)
def test_a_strong_mention_no_title_matches_abstains_with_the_closest_titles(
    corpus, question, mention, closest
):
    found = link(corpus, question)
    assert found is not None
    assert (found.fiche_ids, found.mention) == ([], mention)
    assert (found.closest[0] if found.closest else None) == closest


NOT_NAMED = [
    "Quelles actions pour les jeunes ?",
    "Des actions de parentalité ?",
    "Parle-moi de la parentalité",  # a facet, not a title
    "Des idées pour animer le marché ?",
    "Quelles actions sur le logement ?",  # a list: only an explicit mention links
]


@pytest.mark.parametrize("question", NOT_NAMED)
def test_topic_questions_name_no_project(corpus, question):
    assert link(corpus, question) is None


def test_a_title_inside_a_set_question_is_first_not_alone(corpus):
    found = link(corpus, "Des actions comme le semencier partagé pour les familles ?")
    assert (found.fiche_ids, found.focus) == (["f5"], False)


def test_linking_stays_correct_on_a_long_question(corpus):
    question = (
        "Bonjour, je prépare une réunion et je voudrais comprendre " * 18 + "le projet Semencier partagé."
    )
    assert len(question) > 1000
    assert link(corpus, question).fiche_ids == ["f5"]


def _result(hits: list[Hit]) -> SearchResult:
    return SearchResult(
        query=Query(text="q", intent="lookup", lookup_field="ressources_financieres"), hits=hits
    )


def test_apply_link_focus_absent_and_boost(corpus):
    fiches, _, _ = corpus
    by_id = {f.id: f for f in fiches}
    other = Hit(fiche=by_id["f4"], score=1.0)
    focus = apply_link(_result([other]), Link("Place", ["f1", "f2"], ["f1", "f2"], True), lambda _: [], by_id)
    assert [h.fiche_id for h in focus.hits] == ["f1", "f2"] and focus.named.near_duplicates == ["f1", "f2"]
    boost = apply_link(_result([other]), Link("Semencier", ["f5"]), lambda _: [], by_id)
    assert [h.fiche_id for h in boost.hits] == ["f5", "f4"]
    absent = apply_link(_result([other]), Link("Place des hommes", closest=["f1"]), lambda _: [], by_id)
    assert (absent.no_match, absent.hits, [h.fiche_id for h in absent.suggestions]) == (True, [], ["f1"])
    filtered = apply_link(
        _result([other]), Link("Semencier", ["f5"], focus=True), lambda _: [], by_id, allowed={"f4"}
    )
    assert filtered.no_match


@pytest.fixture(scope="module")
def retriever():
    return HybridRetriever(MemoryIndex(_corpus()))


def test_retrieval_answers_the_named_project_and_flags_near_duplicates(retriever):
    result = retriever.search("Quel est le budget du projet Place des femmes dans le Morbihan ?")
    assert [h.fiche_id for h in result.hits] == ["f1", "f2"]
    answer = extractive_answer(result)
    assert [c.fiche_id for c in answer.citations] == ["f1", "f2"]
    assert answer.text.startswith("Ressources financières mobilisées de « Place des femmes »")
    assert "Deux fiches proches du même centre (Maison des Tilleuls - centre social) :" in answer.text


def test_retrieval_abstains_on_a_title_no_fiche_has(retriever):
    result = retriever.search("Quel est le budget du Goûter des voisins du samedi ?")
    assert result.no_match and result.hits == []
    answer = extractive_answer(result)
    assert answer.citations == []
    assert answer.text.startswith("Aucune fiche intitulée « Goûter des voisins du samedi ».")
    assert "Titres les plus proches :\n- [Goûter des voisins du jeudi]" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Le guide « Bien manger pas cher » a été écrit avec qui ?",  # a quote from a fiche's text
        "Présente-moi le projet petit guide",  # a page whose title was cut: named by its content
    ],
)
def test_a_mention_no_title_matches_names_the_fiche_whose_text_has_it(corpus, question):
    found = link(corpus, question)
    assert found is not None
    assert (found.fiche_ids, found.focus) == (["f11"], True)


def test_a_preposition_before_the_title_words_does_not_make_the_mention_absent(corpus):
    found = link(corpus, "Qui finance l'action contre le semencier partagé ?")
    assert found is not None and found.fiche_ids == ["f5"]


def _small_linker(*fiches):
    vocabulary = FacetVocabulary.from_fiches(list(fiches))
    return vocabulary, TitleLinker(list(fiches), vocabulary.word_df)


def _link_in(small, question: str) -> Link | None:
    vocabulary, linker = small
    query, scan = analyse_scan(question, vocabulary)
    return linker.link(question, scan, query.intent)


def test_a_shortened_word_after_l_action_describes_the_action_it_does_not_name_it():
    small = _small_linker(
        make_fiche("a1", "Apprendre ensemble", resume="Des cours d'alphabétisation en deux groupes du soir."),
        make_fiche("a2", "Jardin des voisins", resume="Un potager partagé."),
    )
    assert _link_in(small, "Dans l'action alpha, combien d'heures de cours par semaine ?") is None
    absent = _link_in(small, "Dans l'action zorglub, combien d'heures de cours par semaine ?")
    assert absent is not None and absent.fiche_ids == []  # no fiche has the word: a name no title has


def test_a_count_of_people_at_a_named_project_links_it():
    small = _small_linker(
        make_fiche(
            "h1", "petites histoires d'ici et d'ailleurs", resume="23 adultes et 18 enfants aux séances."
        ),
        make_fiche("h2", "Jardin des voisins", resume="Un potager partagé."),
    )
    found = _link_in(small, "Combien d'adultes ont participé à petites histoires d'ici et d'ailleurs ?")
    assert found is not None and found.fiche_ids == ["h1"]
    assert _link_in(small, "Combien d'actions de jardin ?") is None


def _named_corpus():
    return [
        make_fiche("a1", "Ateliers sociolinguistiques du soir", centre="CENTRE SOCIAL DES PRÉS",
                   departement="Bas-Rhin", departement_code="67", region="Grand Est",
                   resume="Des cours de français le mardi soir."),
        make_fiche("a2", "Atelier soupe du soir", centre="CENTRE SOCIAL DES PRÉS", departement="Bas-Rhin",
                   departement_code="67", region="Grand Est", resume="Une soupe partagée."),
        make_fiche("a3", "Bus numérique dans les hameaux", centre="CENTRE SOCIAL DU PLATEAU", departement="Doubs",
                   departement_code="25", region="Bourgogne-Franche-Comté", mots_cles=["Numérique"],
                   resume="Un minibus équipé d'ordinateurs."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def named_corpus():
    fiches = _named_corpus()
    vocabulary = FacetVocabulary.from_fiches(fiches)
    return fiches, vocabulary, TitleLinker(fiches, vocabulary.word_df)


@pytest.mark.parametrize(
    "question, expected",
    [
        (
            "Les ASL du soir ont lieu quels jours ?",
            ["a1"],
        ),  # Ateliers SocioLinguistiques: a compound's capital
        ("Parlez-moi des ASL du soir", ["a1"]),
    ],
)
def test_acronym_spells_title_initials(named_corpus, question, expected):
    found = link(named_corpus, question)
    assert found is not None and found.fiche_ids == expected


def test_acronym_matching_no_title_is_no_link(named_corpus):
    found = link(named_corpus, "Les ZZT du soir ont lieu quels jours ?")
    assert found is None or found.fiche_ids != ["a1"]


def test_quoted_whole_title_is_focus_despite_extra_words_and_a_town_name(named_corpus):
    # « sur Bus » reads as the town of Bus; between quotes it is the title's word
    found = link(named_corpus, "Infos sur « Bus numérique dans les hameaux » svp")
    assert found is not None and found.fiche_ids == ["a3"] and found.focus
