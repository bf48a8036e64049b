"""Facet recall through paraphrase (round 7): idioms of association, glosses in brackets, the field named next
to a word of several fields, institutions standing for a partner type, everyone as a public."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from assistant.query import content_words
from tests.helpers_retrieval import facet_pairs, make_fiche


def _corpus():
    return [
        make_fiche(
            "a", "Café des parents", centre="CENTRE SOCIAL LES GENÊTS", departement="Nord",
            mots_cles=["Parentalité", "Famille"], public=["familles"],
            partenaires=["Bailleur social", "Caf", "Commune"],
        ),
        make_fiche(
            "b", "Aide aux devoirs", centre="CENTRE SOCIAL DES IRIS", departement="Haute-Garonne",
            mots_cles=["éducation / scolarité", "Numérique"], public=["Enfance", "Petite enfance"],
            partenaires=["Éducation Nationale", "Regroupement de communes"],
            resume="Des ateliers dans les écoles du quartier, avec la fracture numérique en tête.",
        ),
        make_fiche(
            "c", "Fête du quartier", centre="MAISON DES OLIVIERS", departement="Morbihan",
            mots_cles=["Environnement"], public=["Tous publics"], partenaires=["Commune"], statut="Terminée",
        ),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


facets = facet_pairs


EN = ("partenaires", ("Éducation Nationale",))
COMMUNE = ("partenaires", ("Commune",))
INTERCO = ("partenaires", ("Regroupement de communes",))
EVERYONE = ("public", ("Tous publics",))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Des projets menés main dans la main avec l'Éducation nationale ?", {EN}),
        ("des actions où la ville est partenaire, main dans la main", {COMMUNE}),
        ("des actions avec la ville dans la boucle", {COMMUNE}),
        ("des projets aux côtés de la ville", {COMMUNE}),
        ("la ville dans la boucle, ça existe ?", {COMMUNE}),
        ("des fêtes dans la ville", set()),  # no association: the town, not the partner
        ("des projets en lien avec les écoles du quartier", {EN}),
        ("des ateliers dans les écoles", set()),  # a place, not a partner
        ("des projets verts portés avec une interco", {("mots_cles", ("Environnement",)), INTERCO}),
        ("montés avec l'agglo", {INTERCO}),
        ("Dans le Morbihan, lesquelles sont ouvertes à tout le monde ?",
         {("departement", ("Morbihan",)), EVERYONE}),
        ("tout le monde a aimé la fête", set()),  # « tout le monde » is everyone only after « à / pour »
        ("des actions pour les nourrissons", {("public", ("Petite enfance",))}),
        ("la fracture numérique", {("mots_cles", ("Numérique",))}),
        ("des actions accessibles à toutes et à tous", {EVERYONE}),
        ("merci à tous", set()),
        ("des actions qui ont pris fin", {("statut", ("Terminée",))}),
        ("elle a pris fin pour quelle raison ?", set()),  # one action asked about, not a set filtered
        ("des actions clôturées avec la Caf dans la boucle", {("statut", ("Terminée",)), ("partenaires", ("Caf",))}),
        ("la clôture du projet", set()),
        ("les projets clôturés", {("statut", ("Terminée",))}),
        ("des projets mis en sommeil", {("statut", ("Terminée",))}),
        ("des actions où la ville est impliquée", {COMMUNE}),
    ],
)  # fmt: skip
def test_paraphrased_values(vocabulary, question, expected):
    assert facets(vocabulary, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Des projets menés main dans la main avec l'Éducation nationale ?",
        "parentalité avec un bailleur HLM dans la boucle",
        "des actions de concert avec la Caf",
    ],
)
def test_association_idioms_name_no_topic(vocabulary, question):
    assert content_words(vocabulary.scan(question)) == []


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("des projets en lien avec les écoles du quartier", []),  # which schools, not a topic
        ("des fêtes du quartier avec la Caf", ["fetes", "quartier"]),  # no partner before: a topic
    ],
)
def test_where_a_partner_is_names_no_topic(vocabulary, question, words):
    assert content_words(vocabulary.scan(question)) == words


def test_concert_alone_is_a_topic(vocabulary):
    assert content_words(vocabulary.scan("un concert avec la Caf")) == ["concert"]


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("des actions pour les tout-petits (avant l'école maternelle) ?", []),  # a public: any gloss
        ("avec une intercommunalité (communauté de communes / agglo) ?", []),  # the same field again
        ("des actions Caf (goûters partagés) ?", ["gouters", "partages"]),  # another field: no gloss
        ("pour les enfants (jardinage numérique) ?", ["jardinage"]),  # naming another field: a topic
        ("des projets pour les enfants (jardin, cuisine)", ["jardin", "cuisine"]),  # an enumeration
    ],
)
def test_bracket_glosses(vocabulary, question, words):
    assert content_words(vocabulary.scan(question)) == words


@pytest.mark.parametrize(
    ("question", "field", "also"),
    [
        ("Combien d'actions ont pour public les familles ?", "public", {}),
        ("les familles comme public", "public", {}),
        ("les fiches avec le mot clé famille", "mots_cles", {}),
        ("des actions familles avec la Caf", "mots_cles", {"public": ["familles"]}),  # no field named: both
    ],
)
def test_named_field_chooses_among_fields(vocabulary, question, field, also):
    facet = next(f for f in vocabulary.match(question) if f.field in ("public", "mots_cles"))
    assert (facet.field, facet.also) == (field, also)


def test_people_declared_as_public_come_first():
    """« une action familles avec la Caf »: the fiche whose public is familles before those filed under the
    theme Famille only, whatever their title says."""
    from assistant.retrieval import HybridRetriever
    from tests.helpers_retrieval import MemoryIndex

    corpus = [
        make_fiche("t", "Accompagner les familles au courrier", mots_cles=["Famille"], partenaires=["Caf"]),
        make_fiche("u", "Sorties familles du mercredi", mots_cles=["Famille"], partenaires=["Caf"]),
        make_fiche("p", "Contes d'ici et d'ailleurs", public=["familles"], partenaires=["Caf"]),
        make_fiche("x", "Repas partagé", public=["Adultes"], partenaires=["Caf"]),
    ]
    result = HybridRetriever(MemoryIndex(corpus)).search("Une action familles faite avec la Caf ?", k=5)
    assert [hit.fiche_id for hit in result.hits][:1] == ["p"]
    assert {hit.fiche_id for hit in result.hits} == {"t", "u", "p"}
