"""Partners named by a paraphrase of their expanded name or by its initials (round 8b, `facet_expansions`):
derivational morphology (adjective ~ noun, learned adjectives), any order, acronyms of the canonical name.
Invented corpus; known answers."""

from __future__ import annotations

import pytest

from assistant.facet_expansions import related
from assistant.facets import FacetVocabulary
from tests.helpers_retrieval import make_fiche


def _corpus():
    return [
        make_fiche("a", "Cuisine équilibrée", mots_cles=["Santé"], public=["Adultes"], partenaires=["ARS", "Caf"],
                   description="Des repas simples cuisinés ensemble."),
        make_fiche("b", "Visites aux aînés", mots_cles=["Solidarité"], public=["Seniors"],
                   partenaires=["Conseil départemental"], description="Des bénévoles rendent visite aux aînés."),
        make_fiche("c", "Aide aux devoirs", mots_cles=["éducation / scolarité"], public=["Enfance"],
                   partenaires=["Éducation Nationale"], description="Les écoliers font leurs devoirs au centre."),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


def _partners(vocabulary: FacetVocabulary, text: str) -> list[str]:
    scan = vocabulary.scan(text)
    return [v for f in scan.facets if f.field == "partenaires" for v in f.values]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("sanitaire", "sante", True), ("regionale", "region", True), ("departementaux", "departement", True),
     ("academique", "academie", True), ("scolaire", "ecole", True), ("agence", "agent", False),
     ("local", "locaux", True), ("mission", "missionnaire", False), ("conseil", "conseiller", False)],
)  # fmt: skip
def test_related_reads_adjective_and_noun(a: str, b: str, same: bool) -> None:
    assert related(a, b) is same


@pytest.mark.parametrize(
    ("text", "partner"),
    [("des actions avec l'agence sanitaire régionale ?", "ARS"),
     ("un projet soutenu par l'agence de santé de la région", "ARS"),
     ("ce qu'on fait avec le conseil du département", "Conseil départemental"),
     ("les actions avec l'inspection de l'académie", "Éducation Nationale"),
     ("des actions avec le Département (CD) ?", "Conseil départemental"),
     ("des projets financés par le CD", "Conseil départemental")],
)  # fmt: skip
def test_paraphrase_or_initials_name_the_partner(
    vocabulary: FacetVocabulary, text: str, partner: str
) -> None:
    assert _partners(vocabulary, text) == [partner]
    assert vocabulary.scan(text).absent == []


@pytest.mark.parametrize(
    "text",
    [
        "un atelier pour graver des CD ?",
        "la santé des agents de la région",
        "une agence de voyage régionale",
        "le conseil des habitants du quartier",
    ],
)
def test_no_partner_from_loose_words(vocabulary: FacetVocabulary, text: str) -> None:
    assert _partners(vocabulary, text) == []


def test_bracket_of_partners_glosses_the_noun_phrase_before(vocabulary: FacetVocabulary) -> None:
    scan = vocabulary.scan("les actions avec l'administration scolaire (rectorat, inspection académique) ?")
    assert [f.values for f in scan.facets] == [["Éducation Nationale"]]
    heads = {scan.tokens[i].norm for i in scan.used}
    assert {"administration", "scolaire"} <= heads
    other = vocabulary.scan("des ateliers cuisine (ARS) ?")
    assert "cuisine" not in {other.tokens[i].norm for i in other.used}


@pytest.mark.parametrize(
    ("text", "partner"),
    [("des projets avec la collectivité départementale", "Conseil départemental"),
     ("avec l'institution scolaire du secteur", "Éducation Nationale")],
)  # fmt: skip
def test_generic_head_stands_for_an_institution(vocabulary: FacetVocabulary, text: str, partner: str) -> None:
    assert _partners(vocabulary, text) == [partner]


def test_paraphrase_of_a_partner_no_fiche_has_is_absent(vocabulary: FacetVocabulary) -> None:
    scan = vocabulary.scan("des projets avec le conseil de la région ?")
    assert scan.absent == ["Conseil régional"] and scan.facets == []


@pytest.mark.parametrize(
    ("norms", "span"),
    [("les tout petits avant l age de l ecole", (3, 9)), ("avant l entree en maternelle", (0, 5)),
     ("avant le college", (0, 3)), ("avant de manger a l ecole", None)],
)  # fmt: skip
def test_stage_read_through_age_and_entry_words(norms: str, span: tuple[int, int] | None) -> None:
    from assistant.facet_words import stage_ranges

    found = [(a, b) for a, b, _ in stage_ranges(norms.split())]
    assert found == ([span] if span else [])


def test_acronym_a_fiche_uses_needs_a_word_of_partnership() -> None:
    corpus = [
        *_corpus(),
        make_fiche(
            "d", "Musique", mots_cles=["Culture"], partenaires=["Commune"], description="Un CD enregistré."
        ),
    ]
    vocabulary = FacetVocabulary.from_fiches(corpus)
    assert _partners(vocabulary, "les fiches qui ont le CD comme partenaire") == ["Conseil départemental"]
    assert _partners(vocabulary, "un atelier avec des CD") == []


def test_paraphrase_of_an_entity_no_fiche_has_is_absent(vocabulary: FacetVocabulary) -> None:
    scan = vocabulary.scan("des projets avec le conseil de la région ?")
    assert scan.absent == ["Conseil régional"]
    assert _partners(vocabulary, "des projets avec le conseil de la région ?") == []
