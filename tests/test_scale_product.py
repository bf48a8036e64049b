"""Product failures that appear only among many fiches, reproduced on small invented corpora (known answers).

- Namesakes: thirty fiches titled « Écrivain public » and the one « Permanences de l'écrivain public » that works
  at Sablon-sud; a question naming Sablon-sud is answered from that one (`assistant.distinctive`, step 3).
- The rare word outside the ranked candidates: a fiche holding a word few fiches use (« grossesses ») ranks below
  a crowd of fiches matching the question's common words; « aucune fiche » is decided after reading it too
  (`assistant.distinctive`, step 2).
"""

from __future__ import annotations

import pytest

from assistant import distinctive
from assistant.answerability import Term
from assistant.retrieval import POOL, HybridRetriever
from tests.helpers_retrieval import MemoryIndex, make_fiche

TOWNS = ["Lorient", "Vannes", "Brest", "Quimper", "Rennes", "Nantes", "Angers", "Tours", "Blois", "Caen"]


def _namesakes(n: int) -> list:
    return [
        make_fiche(
            f"ecrivain-{i}", "Écrivain public", centre=f"Centre social des Tilleuls {i}",
            mots_cles=["Accès aux droits"], public=["Adultes"],
            resume=f"Un écrivain public reçoit les habitants de {TOWNS[i % len(TOWNS)]} pour leurs courriers "
            "administratifs, une permanence par semaine.",
        )
        for i in range(n)
    ]  # fmt: skip


SABLON = make_fiche(
    "sablon", "Permanences de l'écrivain public", centre="Centre social Pioche",
    mots_cles=["Accès aux droits"], public=["Adultes"],
    resume="L'écrivain public tient des permanences dans chaque quartier : Sablon-sud, Borny et Patrotte, "
    "douze heures par mois dans chaque quartier.",
)  # fmt: skip


@pytest.fixture(scope="module")
def namesakes() -> HybridRetriever:
    return HybridRetriever(MemoryIndex([*_namesakes(30), SABLON]))


@pytest.mark.parametrize(
    "question",
    [
        "Quels sont les horaires de l'écrivain public à Sablon-sud ?",
        "l'écrivain public de Sablon-sud, c'est quand ?",
    ],
)
def test_a_question_naming_a_district_is_answered_by_the_namesake_working_there(namesakes, question):
    result = namesakes.search(question)
    assert not result.no_match
    assert result.hits[0].fiche.id == "sablon"
    assert result.named is not None and result.named.fiche_ids[0] == "sablon"


def test_without_the_district_a_namesake_still_answers(namesakes):
    result = namesakes.search("Quels sont les horaires de l'écrivain public ?")
    assert not result.no_match
    assert result.hits[0].fiche.id == "ecrivain-0"


def test_a_rival_needs_the_first_hits_title_words(namesakes):
    """A fiche holding the rare word but not the title words that chose the first hit never replaces it."""
    judge = namesakes.judge
    first, sablon = namesakes.fiches["ecrivain-0"], namesakes.fiches["sablon"]
    terms = [Term("écrivain", ("ecrivain",), 1.0), Term("Sablon", ("sablon",), 5.0)]
    assert distinctive.title_terms(first, terms) == {"ecrivain"}
    assert distinctive.rare_weight(judge, sablon, terms[1:]) == 5.0
    assert distinctive.rare_weight(judge, first, terms[1:]) == 0.0


def test_a_title_linked_alone_gives_way_to_the_namesake_retrieval_put_first(namesakes):
    result = namesakes.search("l'écrivain public de Sablon-sud, c'est quand ?")
    plain, sablon = namesakes.fiches["ecrivain-0"], namesakes.fiches["sablon"]
    assert distinctive.retrieved_namesake(plain, result.hits) is sablon
    other = namesakes.search("Quels sont les horaires de l'écrivain public ?")
    assert distinctive.retrieved_namesake(sablon, other.hits) is sablon  # a shorter title never replaces it


# -- a rare word outside the ranked candidates ----------------------------------------------------------


def _crowd(n: int) -> list:
    return [
        make_fiche(
            f"film-{i}", f"Ciné-débat des jeunes {i}", centre=f"Maison des jeunes {i}",
            mots_cles=["Culture"], public=["Jeunesse"],
            resume="Les ados choisissent un film, le regardent ensemble puis en débattent avec un animateur : "
            "un film par mois, des ados du quartier, un débat sur le film.",
        )
        for i in range(n)
    ]  # fmt: skip


GROSSESSES = make_fiche(
    "grossesses", "Parler de la maternité précoce", centre="Centre social Les Lilas",
    mots_cles=["Santé"], public=["Jeunesse"],
    resume="Des rencontres sur les grossesses précoces avec des lycéennes, une sage-femme et une infirmière "
    "scolaire ; support : un long métrage de fiction suivi d'un échange.",
)  # fmt: skip


@pytest.fixture(scope="module")
def crowd() -> HybridRetriever:
    return HybridRetriever(MemoryIndex([*_crowd(3 * POOL), GROSSESSES]))


def test_the_fiche_holding_a_rare_question_word_is_judged_beyond_the_ranked_pool(crowd):
    result = crowd.search("l'action sur les grossesses des ados, elle s'appuie sur quel film ?")
    assert not result.no_match
    assert "grossesses" in [h.fiche.id for h in result.hits]


def test_carriers_are_the_fiches_holding_the_rare_words(crowd):
    terms = crowd.judge.terms(crowd.vocabulary.scan("les grossesses des ados").tokens, set())
    rare = distinctive.rare_terms(crowd.judge, terms)
    assert [t.norm for t in rare] == ["grossesses"]
    assert list(distinctive.carriers(crowd.index, rare)) == ["grossesses"]


def test_a_word_no_fiche_uses_is_not_rare_and_has_no_carrier(crowd):
    terms = crowd.judge.terms(crowd.vocabulary.scan("un jumelage avec une ville allemande").tokens, set())
    assert distinctive.rare_terms(crowd.judge, terms) == []
    assert distinctive.carriers(crowd.index, []) == {}


# -- a town no fiche is at ------------------------------------------------------------------------------

TITLES = ["Café des parents", "Sortie familles", "Atelier cuisine", "Jardin partagé", "Fête de quartier"]
PROVENCE = [
    make_fiche(
        f"provence-{i}", TITLES[i % len(TITLES)], centre=f"Centre social des Tilleuls {i}, Aubagne",
        departement="Bouches-du-Rhône", departement_code="13", region="Provence-Alpes-Côte d'Azur",
        mots_cles=["Parentalité"], resume="Une action du centre social pour les familles d'Aubagne.",
    )
    for i in range(6)
] + [
    make_fiche(
        "lorient", "Jardin partagé", centre="Centre social de Kervénanec, Lorient", departement="Morbihan",
        departement_code="56", region="Bretagne", mots_cles=["Environnement"],
        resume="Un jardin partagé au pied des immeubles de Lorient.",
    )
]  # fmt: skip


@pytest.fixture(scope="module")
def provence() -> HybridRetriever:
    return HybridRetriever(MemoryIndex(PROVENCE))


def test_a_town_no_fiche_is_at_abstains_with_its_departements_fiches_as_links(provence):
    result = provence.search("Quelles actions à Marseille ?")
    assert result.no_match
    assert result.missing == ["Marseille"] and result.missing_kind == "entity"
    assert result.suggestions and all(h.fiche.id.startswith("provence") for h in result.suggestions)


@pytest.mark.parametrize(
    "text", ["Quelles actions à Vannes ?", "Des actions du côté de Vannes ?", "Et vers Vannes ?"]
)
def test_a_town_no_fiche_writes_abstains_even_when_its_departement_has_one_fiche(provence, text):
    """At 1× or among 20,000 fiches alike: the département's fiches are the closest, never an answer about the town
    (« du côté de », « vers » too: the links show the surroundings)."""
    result = provence.search(text)
    assert result.no_match and result.missing == ["Vannes"]
    assert [h.fiche.id for h in result.suggestions] == ["lorient"]


def test_a_town_a_fiche_writes_with_saint_abbreviated_is_answered(provence):
    fiches = [
        *PROVENCE,
        make_fiche(
            "valbenoite", "Petit déjeuner des habitants", centre="Espace social Valbenoite", departement="Loire",
            departement_code="42", region="Auvergne-Rhône-Alpes", mots_cles=["Lien social"],
            partenaires=["Mairie de St Etienne"], resume="Un petit déjeuner mensuel entre habitants du quartier.",
        ),
    ]  # fmt: skip
    result = HybridRetriever(MemoryIndex(fiches)).search("Quelles actions à Saint-Étienne ?")
    assert not result.no_match
    assert [h.fiche.id for h in result.hits] == ["valbenoite"]


def test_a_project_named_with_a_town_no_fiche_writes_is_still_linked(provence):
    result = provence.search("Le café des parents à Marseille, ça donne quoi ?")
    assert (
        not result.no_match
    )  # « Quelles actions à Marseille ? » abstains: the town does not name the project
    assert result.hits[0].fiche.title == "Café des parents"


def test_around_a_town_no_fiche_writes_links_its_departements_fiches(provence):
    result = provence.search("Des actions vers Marseille ?")
    assert result.no_match and result.missing == ["Marseille"]
    assert result.suggestions and all(h.fiche.id.startswith("provence") for h in result.suggestions)


def test_a_town_some_fiche_is_at_answers(provence):
    result = provence.search("Quelles actions à Aubagne ?")
    assert not result.no_match
    assert result.hits and all(h.fiche.id.startswith("provence") for h in result.hits)


def test_a_departement_named_by_its_name_answers(provence):
    result = provence.search("Quelles actions dans les Bouches-du-Rhône ?")
    assert not result.no_match
    assert result.hits and all(h.fiche.id.startswith("provence") for h in result.hits)
