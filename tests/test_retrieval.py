"""Hybrid retrieval on the sample corpus: exact facet answer sets, named fiches first, « aucune fiche ».

The index is the real one (Chroma on disk + bm25s) with the deterministic fake embedder: facet answers
do not depend on the embedder, and the text ranking still goes through both lists.
"""

from __future__ import annotations

import json

import pytest

from assistant.records import FacetMatch, Query
from assistant.retrieval import HybridRetriever
from ingest.parser import parse_files
from tests.conftest import SAMPLE_CORPUS, SAMPLE_QUESTIONS
from tests.fakes import FakeEmbeddings
from tests.helpers_retrieval import MemoryIndex, make_fiche
from vectorstore.index import FicheIndex


@pytest.fixture(scope="module")
def retriever(tmp_path_factory) -> HybridRetriever:
    index = FicheIndex.open(index_dir=tmp_path_factory.mktemp("sample-index"), embeddings=FakeEmbeddings())
    index.sync(parse_files([SAMPLE_CORPUS]).fiches)
    return HybridRetriever(index)


def titles(result) -> list[str]:
    return [h.fiche.title for h in result.hits]


FACET_SETS = [
    # keyword
    ("Quelles actions portent sur le logement ?", {"Prévention des impayés de loyer", "Diagnostic en marchant avec les locataires"}),
    # partner
    ("Y a-t-il des actions soutenues par l'ARS ?", {"Cuisine santé à petit budget", "Atelier cuisine lontan"}),
    # public
    ("Quelles actions pour les tout-petits ?", {"Ateliers parents-enfants en pied d'immeuble", "Lieu d'accueil enfants-parents"}),
    # département name, département code
    ("Quelles actions ont été menées dans le Nord ?", {"Café des parents du mercredi", "Jardin partagé des Hautes-Rives", "Repair café de la Passerelle"}),
    ("Quelles sont les actions dans le 59 ?", {"Café des parents du mercredi", "Jardin partagé des Hautes-Rives", "Repair café de la Passerelle"}),
    # région
    ("Quelles actions ont été menées en Bretagne ?", {"Conseil des habitants", "Ciné-débat des jeunes"}),
    # statut + région
    ("actions terminees en Occitanie", {"Défi familles zéro déchet", "Fête de quartier des Oliviers", "Soutien aux aidants familiaux"}),
    # conjunction keyword + partner, in English
    ("which centres ran parenting activities with social landlords?", {"Café des parents du mercredi", "Ludothèque au pied des immeubles", "Ateliers parents-enfants en pied d'immeuble"}),
    # conjunction keyword + statut
    ("Des actions de parentalité qui sont terminées ?", {"Séjour familles à l'océan", "Sorties familiales en montagne"}),
]  # fmt: skip


@pytest.mark.parametrize(("question", "expected"), FACET_SETS)
def test_facet_questions_return_exactly_the_facet_set(retriever, question, expected):
    result = retriever.search(question, k=5)
    assert not result.no_match
    assert set(titles(result)) == expected
    assert result.total_matching == len(expected)
    assert all(len(h.matched_facets) == len(result.query.facets) for h in result.hits)


def test_large_facet_set_is_cut_at_k_but_counted_exactly(retriever):
    result = retriever.search("Quelles actions sont terminées ?", k=5)
    assert len(result.hits) == 5
    assert result.total_matching == 7
    assert {h.fiche.statut for h in result.hits} == {"Terminée"}
    everything = retriever.facet_matches(result.query)
    assert [(f.departement, f.title) for f in everything] == [
        ("Gard", "Défi familles zéro déchet"),
        ("Haute-Corse", "Sorties familiales en montagne"),
        ("Haute-Garonne", "Soutien aux aidants familiaux"),
        ("Hérault", "Fête de quartier des Oliviers"),
        ("Loire-Atlantique", "Accueil ados de l'été"),
        ("Loiret", "Séjour familles à l'océan"),
        ("Seine-Saint-Denis", "Diagnostic en marchant avec les locataires"),
    ]


def test_unmet_conjunction_abstains_with_the_fiches_matching_most_facets_as_suggestions(retriever):
    result = retriever.search("Quelles actions de parentalité avec l'ARS ?", k=10)
    assert (result.no_match, result.hits, result.missing_kind) == (True, [], "criteria")
    assert result.total_matching == 0  # no fiche has both
    parentalite_or_ars = {
        "Café des parents du mercredi",
        "Cuisine santé à petit budget",
        "Atelier cuisine lontan",
    }
    assert len(result.suggestions) == 3
    assert {h.fiche.title for h in result.suggestions} <= parentalite_or_ars | {
        f.title for f in retriever.fiches.values() if "Parentalité" in f.mots_cles
    }
    assert all(len(h.matched_facets) == 1 for h in result.suggestions)


def test_ui_filters_are_strict(retriever):
    result = retriever.search("des ateliers", k=10, filters={"region": ["Grand Est"]})
    assert sorted(h.fiche.title for h in result.hits) == [
        "Atelier vélo et remise en selle",
        "Ateliers sociolinguistiques du soir",
        "Théâtre forum contre les discriminations",
    ]
    assert retriever.search("des ateliers", filters={"region": ["Corse"], "statut": ["En cours"]}).no_match


def test_named_fiche_comes_first(retriever):
    for question, title in [
        ("Quel est le budget annuel du repair café de La Passerelle ?", "Repair café de la Passerelle"),
        ("Combien de bénévoles font tourner l'épicerie solidaire du Trait d'Union ?", "Épicerie solidaire du Trait d'Union"),
        ("ludotheque au pied des imeubles", "Ludothèque au pied des immeubles"),
    ]:  # fmt: skip
        assert titles(retriever.search(question))[0] == title


def test_incidental_facet_word_only_boosts(retriever):
    """« un parent malade » names no family action: the public facet must not filter the answer."""
    result = retriever.search("soulager les proches qui s'occupent d'un parent malade", k=10)
    assert [f.values for f in result.query.facets] == [["familles"]]
    assert result.total_matching == 10
    assert "Soutien aux aidants familiaux" in titles(result)  # public « Adultes, Seniors »
    listed = retriever.search("Quelles actions pour les parents ?", k=20)
    assert len(listed.hits) == 10 and "Soutien aux aidants familiaux" not in titles(listed)


def _questions() -> list[dict]:
    return [
        json.loads(line) for line in SAMPLE_QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def test_no_match_on_every_negative_and_no_positive(retriever):
    verdicts = {q["id"]: retriever.search(q["question"]).no_match for q in _questions()}
    negatives = {q["id"] for q in _questions() if not q["must"]}
    assert {qid for qid, no_match in verdicts.items() if no_match} == negatives
    assert len(negatives) == 5


def test_no_match_gives_empty_hits_and_suggestions(retriever):
    result = retriever.search("Existe-t-il des activités d'équitation pour les jeunes ?")
    assert result.no_match and result.hits == []
    assert len(result.suggestions) == 3
    assert {h.fiche.public[0] for h in result.suggestions} <= {
        "Jeunesse",
        "familles",
        "Adultes",
        "Tous publics",
    }
    msa = retriever.search("Avez-vous des fiches sur des actions avec la MSA ?")
    assert msa.no_match and msa.hits == []


def test_similar_fiches_come_from_other_centres(retriever):
    origin = next(f for f in retriever.fiches.values() if f.title == "Café des parents du mercredi")
    hits = retriever.similar(origin.id, k=4)
    assert len(hits) == 4
    assert all(h.fiche.centre != origin.centre for h in hits)
    assert all(f.trigger == "fiche d'origine" for h in hits for f in h.matched_facets)
    shared = {v for h in hits for f in h.matched_facets for v in f.values}
    assert shared <= set(origin.mots_cles + origin.partenaires + origin.public)
    assert retriever.similar("f-inconnue") == []


def test_facet_matches_applies_query_facets_and_filters(retriever):
    query = Query(text="", facets=[FacetMatch(field="partenaires", values=["ARS"], trigger="ARS")])
    assert [f.title for f in retriever.facet_matches(query)] == [
        "Cuisine santé à petit budget",
        "Atelier cuisine lontan",
    ]
    assert (
        retriever.facet_matches(query, filters={"region": ["La Réunion"]})[0].title
        == "Atelier cuisine lontan"
    )
    assert len(retriever.facet_matches(Query(text=""))) == 34


def test_search_accepts_an_analysed_query(retriever):
    query = retriever.analyse("Quelles actions ont été menées en Bretagne ?")
    assert set(titles(retriever.search(query))) == {"Conseil des habitants", "Ciné-débat des jeunes"}


def test_seed_parentalite_bailleurs(seed_path, tmp_path):
    index = MemoryIndex(parse_files([seed_path]).fiches)
    result = HybridRetriever(index).search("which centres ran parentalité actions with bailleurs sociaux")
    first = result.hits[0]
    assert (first.fiche.title, first.fiche.centre) == (
        "permanences hors les murs du centre social",
        "CENTRE SOCIAL BELLEFONTAINE - LAFOURGUETTE",
    )
    assert {(f.field, f.trigger) for f in first.matched_facets} == {
        ("mots_cles", "parentalité"),
        ("partenaires", "bailleurs sociaux"),
    }


class SilentIndex(MemoryIndex):
    """An index whose text searches find nothing: only facets and titles rank the fiches."""

    def dense_search(self, text, k, fiche_ids=None):
        return []

    def keyword_search(self, text, k, fiche_ids=None):
        return []


def test_ties_alternate_centres():
    fiches = [
        make_fiche(fid, title, centre=centre, mots_cles=["Santé"])
        for fid, title, centre in [("a1", "Jardin", "A"), ("a2", "Cuisine", "A"), ("b1", "Lecture", "B")]
    ]
    retriever = HybridRetriever(SilentIndex(fiches))
    tied = retriever.search("Quelles actions sur la santé ?", k=3)
    assert [h.fiche.id for h in tied.hits] == ["a1", "b1", "a2"]  # all score 0: no two of A in a row
    named = retriever.search("Quelles actions sur la santé : jardin, cuisine ?", k=3)
    assert [h.fiche.id for h in named.hits] == ["a1", "a2"]  # named titles first; « Lecture » is off topic


def test_facet_sets_are_ranked_whole_in_a_larger_corpus():
    """Five fiches of 150 have the facet: all five come back, each scored by its text, and no other."""
    fiches = [
        make_fiche(f"f{i:03}", f"Atelier {i}", mots_cles=["Santé" if i % 30 == 7 else "Culture"])
        for i in range(150)
    ]
    result = HybridRetriever(MemoryIndex(fiches)).search("Quelles actions sur la santé ?", k=10)
    assert [h.fiche.id for h in sorted(result.hits, key=lambda h: h.fiche.id)] == [
        "f007", "f037", "f067", "f097", "f127",
    ]  # fmt: skip
    assert result.total_matching == 5
    assert all(h.passage is not None and h.passage.fiche_id == h.fiche.id for h in result.hits)


def test_search_command_on_an_empty_index(tmp_path, capsys):
    from assistant.search_cli import main

    assert main(["parentalité", "--index-dir", str(tmp_path / "vide")]) == 1
    assert "Index vide : lancez d'abord `python -m ingest fichier.txt`." in capsys.readouterr().err


@pytest.mark.slow
def test_search_command_text_and_json(tmp_path, capsys):
    """The command as users run it: default embedder, index synced from the sample corpus."""
    from assistant.search_cli import main

    FicheIndex.open(index_dir=tmp_path).sync(parse_files([SAMPLE_CORPUS]).fiches)
    assert main(["Quelles actions ont été menées en Bretagne ?", "--index-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "Facettes reconnues : région = Bretagne (« Bretagne »)" in out
    assert "Fiches ayant toutes ces facettes : 2" in out
    assert "1. " in out and "Conseil des habitants — CENTRE SOCIAL AN DOUR (Finistère)" in out
    assert main(["des actions avec la MSA ?", "--index-dir", str(tmp_path)]) == 0
    assert (
        "Aucune fiche ne correspond à cette question.\nAucune fiche ne mentionne : « MSA »."
        in capsys.readouterr().out
    )
    assert main(["des actions avec la MSA ?", "--json", "--k", "2", "--index-dir", str(tmp_path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["no_match"], result["hits"], len(result["suggestions"])) == (True, [], 2)


def test_unknown_filter_field_is_an_error(retriever):
    with pytest.raises(ValueError, match="unknown filter field 'annee'"):
        retriever.search("des ateliers", filters={"annee": ["2018"]})


# -- which fiches a list cites: questions naming facets and no topic ---------------------------------

LIST_CORPUS = [
    make_fiche(
        "s1",
        "Gym douce",
        mots_cles=["Santé"],
        public=["Seniors"],
        resume="Des séances référencées par la mutuelle.",
    ),
    make_fiche(
        "s2", "Marche bleue", mots_cles=["Santé"], public=["Seniors"], resume="Une marche chaque mardi."
    ),
    make_fiche(
        "s3",
        "Séjour à la mer",
        mots_cles=["Loisirs"],
        public=["Familles"],
        resume="Les familles choisissent la destination du séjour et préparent le budget.",
    ),
    make_fiche(
        "s4", "Atelier tablette", mots_cles=["Numérique"], public=["Seniors"], resume="Prise en main."
    ),
    make_fiche("s5", "Ciné-club", mots_cles=["Culture"], public=["Jeunesse"], resume="Des trucs à voir."),
    make_fiche(
        "s6", "Atelier vidéo", mots_cles=["Culture"], resume="Un atelier vidéo pour la jeunesse du quartier."
    ),
    make_fiche("s7", "Repas partagé", public=["Familles"], resume="Un repas où la jeunesse sert les aînés."),
    make_fiche("s8", "Permanence emploi", dimension=["Services"], resume="Une permanence chaque lundi."),
    make_fiche("s9", "Point relais", resume="Des services de proximité pour les habitants."),
]


def test_framing_locutions_and_ages_are_no_topic():
    from assistant.facets import FacetScan
    from assistant.retrieval import framed
    from ingest.text import tokens

    def used(question: str) -> list[str]:
        scan = framed(FacetScan(tokens=tokens(question)))
        return [scan.tokens[i].norm for i in sorted(scan.used)]

    assert used("Actions santé à destination des seniors") == ["a", "destination", "des"]
    assert used("en lien avec l'école") == ["en", "lien", "avec"]
    assert used("pour les moins de 3 ans") == ["moins", "de", "3", "ans"]
    assert used("les 16-25 ans") == ["16", "25", "ans"]
    assert used("Nombre d'actions terminées dans la base ?") == ["dans", "la", "base"]
    assert used("choisir la destination du séjour") == []  # a noun of the topic stays one


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Actions santé à destination des seniors", ["s1", "s2"]),  # not « destination » of s3
        ("y a des trucs sur le numérique ?", ["s4"]),  # « des trucs sur »: phrasing
        ("des actions toujours en cours pour les seniors, comme la santé", ["s1", "s2"]),  # general words
        ("Je m'intéresse à la santé, quelles actions sont référencées ?", ["s1", "s2"]),  # weak words: all
    ],
)
def test_a_question_naming_facets_and_no_topic_is_a_list_of_exactly_the_facet_set(question, expected):
    result = HybridRetriever(MemoryIndex(LIST_CORPUS)).search(question, k=5)
    assert result.query.intent == "list"
    assert sorted(h.fiche.id for h in result.hits) == expected
    assert result.total_matching == len(expected)


def test_a_question_with_a_topic_besides_its_facets_stays_a_search_the_facets_boosting():
    result = HybridRetriever(MemoryIndex(LIST_CORPUS)).search("de la gym pour les seniors", k=5)
    assert result.query.intent == "search"
    assert result.hits[0].fiche.id == "s1"


def test_a_fiche_leaving_a_facet_field_empty_is_in_the_set_when_its_text_says_it_after_those_declaring_it():
    """s6 has no public (unknown, not « no ») and its text says « jeunesse »: in the list, after s5 which declares
    it; s7 declares another public: out. The count stays that of the fiches declaring it."""
    result = HybridRetriever(MemoryIndex(LIST_CORPUS)).search("Quelles actions pour la jeunesse ?", k=5)
    assert [h.fiche.id for h in result.hits] == ["s5", "s6"]
    assert result.total_matching == 1


def test_a_form_category_is_never_met_by_the_text():
    """« services » in s9's text does not put it in the dimension Services (a category of the form)."""
    result = HybridRetriever(MemoryIndex(LIST_CORPUS)).search(
        "fiches rangées dans la dimension services", k=5
    )
    assert [h.fiche.id for h in result.hits] == ["s8"]
