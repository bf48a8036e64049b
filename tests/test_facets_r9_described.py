"""Facet values described in other words (round 9): a value named by its own head word when the base says the
word is its (`FacetPhrases._compile_heads`), the other side of an alternative with a found topic (« le brassage
des habitants / la mixité »: `facet_glosses._alternatives`) and a stage of school after people named (« les
enfants du primaire »: `facet_glosses._stage_complements`). Invented corpus; known answers."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from tests.helpers_retrieval import facet_pairs, make_fiche


def _corpus():
    return [
        make_fiche(
            "a", "Rencontres du quartier", mots_cles=["Mixité sociale", "Culture"], public=["Tous publics"],
            resume="Favoriser la mixité entre les habitants des deux résidences, avec un repas partagé.",
        ),
        make_fiche(
            "b", "Fête des voisins", mots_cles=["Mixité sociale"], public=["familles"],
            resume="Une fête pour la mixité des familles du quartier, avec un concert.",
        ),
        make_fiche(
            "c", "Aide aux devoirs", mots_cles=["éducation / scolarité"], public=["Enfance"],
            partenaires=["Éducation Nationale"], resume="Les enfants font leurs devoirs avec des bénévoles; aide sociale.",
        ),
        make_fiche(
            "d", "Insertion sociale", mots_cles=["Emploi"], public=["Adultes"],
            resume="Un accompagnement social et un atelier de développement personnel pour retrouver un emploi.",
        ),
        make_fiche(
            "e", "Jardin durable", mots_cles=["développement durable"], public=["Adultes"],
            resume="Un jardin et le développement de la vie sociale du quartier, des pratiques durables.",
        ),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


MIXITE = ("mots_cles", ("Mixité sociale",))


def _free(vocabulary: FacetVocabulary, question: str) -> list[str]:
    scan = vocabulary.scan(question)
    return [t.norm for i, t in enumerate(scan.tokens) if i not in scan.used]


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Des actions sur la mixité ?", True),  # every fiche writing « mixité » holds the value
        ("les projets de mixité du quartier", True),
        ("des actions sociales", False),  # « sociale »: 2 of the 5 fiches using it hold the value
    ],
)
def test_a_value_is_named_by_its_head_word(vocabulary: FacetVocabulary, question: str, named: bool) -> None:
    assert (MIXITE in facet_pairs(vocabulary, question)) is named


def test_a_word_the_other_fiches_use_as_much_names_no_value(vocabulary: FacetVocabulary) -> None:
    assert not {p for p in facet_pairs(vocabulary, "des ateliers de développement") if p[0] == "mots_cles"}


@pytest.mark.parametrize(
    ("question", "unused"),
    [
        # the other side of « / » or « ou » with a topic named alone: its words no fiche uses are no topic
        ("le brassage des habitants / la mixité", ["le", "des", "habitants", "la"]),
        ("la mixité ou le brassage", ["la", "ou", "le"]),
        # a disjunction of two unknown topics, beside a public: both stay topics
        (
            "des ateliers de sophrologie ou de yoga pour les familles",
            ["des", "ateliers", "de", "sophrologie", "ou", "de", "yoga", "pour", "les"],
        ),
        ("ils travaillaient la mixité / le brassage", ["ils", "travaillaient", "la", "le"]),
        (
            "de l'escrime ou de la mixité des quartiers",
            ["de", "l", "escrime", "ou", "de", "la", "des", "quartiers"],
        ),
        # a side holding more than the topic (« la mixité des quartiers »): no alternative of the topic
        ("la sophrologie / la mixité des quartiers", ["la", "sophrologie", "la", "des", "quartiers"]),
    ],
)
def test_alternative_of_a_found_topic(vocabulary: FacetVocabulary, question: str, unused: list[str]) -> None:
    assert _free(vocabulary, question) == unused


@pytest.mark.parametrize(
    ("question", "unused"),
    [
        ("pour les enfants du primaire", ["pour", "les"]),
        ("les enfants de maternelle et leurs parents", ["les", "et", "leurs"]),  # « parents »: a public
        ("rapprocher les parents de l'école", ["rapprocher", "les", "de", "l", "ecole"]),  # people of no age
        ("des activités après le collège", ["des", "activites", "apres", "le", "college"]),  # no people named
        ("les enfants, du collège au lycée", ["les", "du", "college", "au", "lycee"]),  # a break between
    ],
)
def test_a_stage_of_school_after_people_says_which(
    vocabulary: FacetVocabulary, question: str, unused: list[str]
) -> None:
    assert _free(vocabulary, question) == unused


def _generations_corpus(topic: str):
    return [
        make_fiche("g", "Goûter des aînés et des écoliers", mots_cles=[topic], public=["Seniors", "Enfance"],
                   resume="Les aînés reçoivent les enfants de l'école voisine."),
        make_fiche("h", "Club des seniors", mots_cles=["Solidarité"], public=["Seniors"], resume="Un club."),
        make_fiche("i", "Aide aux devoirs", mots_cles=["Solidarité"], public=["Enfance"], resume="Des devoirs."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def generations_vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_generations_corpus("Liens entre générations"))


TOGETHER = {("mots_cles", ("Liens entre générations",))}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("des rencontres entre les seniors et les enfants", TOGETHER),
        ("les enfants avec les personnes âgées", TOGETHER),
        ("enfants et seniors ensemble", TOGETHER),
        # no word of relation: the publics, as they were (one of the field named twice: either)
        ("pour les seniors et pour les enfants", {("public", ("Seniors", "Enfance"))}),
        # a break between them: two clauses
        ("les seniors, avec les enfants", {("public", ("Seniors",)), ("public", ("Enfance",))}),
    ],
)
def test_generations_brought_together_name_the_intergenerational_topic(
    generations_vocabulary: FacetVocabulary, question: str, expected: set
) -> None:
    assert facet_pairs(generations_vocabulary, question) == expected


def test_no_intergenerational_topic_keeps_the_publics() -> None:
    vocabulary = FacetVocabulary.from_fiches(_generations_corpus("Culture"))
    pairs = facet_pairs(vocabulary, "des rencontres entre les seniors et les enfants")
    assert pairs == {("public", ("Seniors",)), ("public", ("Enfance",))}
