"""Facet vocabulary: corpus values + synonyms matched in questions, with trigger words and cues."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from tests.helpers_retrieval import make_fiche


def _corpus():
    return [
        make_fiche(
            "a", "Café des parents", centre="CENTRE SOCIAL LES GENÊTS", departement="Nord",
            departement_code="59", region="Hauts-de-France", mots_cles=["Parentalité", "Solidarité"],
            public=["familles"], partenaires=["Bailleur social", "Caf", "Commune", "Autre"],
            territoire=["Un quartier"],
        ),
        make_fiche(
            "b", "Accueil ados", centre="CENTRE SOCIAL DES IRIS", departement="Haute-Garonne",
            departement_code="31", region="Occitanie", statut="Terminée",
            mots_cles=["vacances / loisirs", "Emploi, économie"], public=["Jeunesse"],
            partenaires=["ARS", "Etat", "Regroupement de communes"], territoire=["Une commune"],
        ),
        make_fiche(
            "c", "Ateliers sociolinguistiques", centre="Maison Pour Tous de Kervénanec - centre social",
            departement="Seine-Maritime", departement_code="76", region="Normandie",
            mots_cles=["alphabétisation & apprentissage du français", "intergénérationnel"],
            public=["Petite enfance", "Seniors"], partenaires=["Éducation Nationale"],
        ),
        make_fiche(
            "d", "Atelier cuisine lontan", centre="CASE DES FAMILLES", departement="La Réunion",
            departement_code="974", region="La Réunion", mots_cles=["Santé"], public=["Tous publics"],
            resume="Cuisine traditionnelle avec les habitants du quartier nord.",
        ),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


def facets(vocabulary: FacetVocabulary, question: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(f.field, tuple(f.values)) for f in vocabulary.match(question)}


PARENTALITE_BAILLEUR = {("mots_cles", ("Parentalité",)), ("partenaires", ("Bailleur social",))}

CASES = [
    ("Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?", PARENTALITE_BAILLEUR),
    ("parentalite avec bailleur social", PARENTALITE_BAILLEUR),
    ("which centres ran parenting activities with social landlords?", PARENTALITE_BAILLEUR),
    ("des actions de parantalité", {("mots_cles", ("Parentalité",))}),
    ("actions avec un office HLM", {("partenaires", ("Bailleur social",))}),
    ("projets menés avec l'OPH", {("partenaires", ("Bailleur social",))}),
    ("actions financées par la CAF", {("partenaires", ("Caf",))}),
    ("avec la caisse d'allocations familiales", {("partenaires", ("Caf",))}),
    ("soutenues par l'agence régionale de santé", {("partenaires", ("ARS",))}),
    ("en lien avec la mairie", {("partenaires", ("Commune",))}),
    ("des actions menées avec la commune", {("partenaires", ("Commune",))}),
    ("avec une intercommunalité", {("partenaires", ("Regroupement de communes",))}),
    ("Quelles actions dans le 31 ?", {("departement", ("Haute-Garonne",))}),
    ("Quelles actions ont été menées en Seine-Maritime ?", {("departement", ("Seine-Maritime",))}),
    ("les actions du Nord", {("departement", ("Nord",))}),
    ("et à La Réunion ?", {("departement", ("La Réunion",))}),
    ("974", {("departement", ("La Réunion",))}),
    ("Quelles actions en Occitanie ?", {("region", ("Occitanie",))}),
    ("Des actions en outre-mer ?", {("region", ("La Réunion",))}),
    ("Quelles actions sont terminées ?", {("statut", ("Terminée",))}),
    ("finished projects", {("statut", ("Terminée",))}),
    ("les actions en cours", {("statut", ("En cours",))}),
    ("pour les ados", {("public", ("Jeunesse",))}),
    ("projects for young people", {("public", ("Jeunesse",))}),
    ("jardinage avec les tout-petits", {("public", ("Petite enfance",))}),
    ("ateliers pour jeunes enfants", {("public", ("Petite enfance",))}),
    ("pour les personnes âgées", {("public", ("Seniors",))}),
    ("des projets intergénérationnels", {("mots_cles", ("intergénérationnel",))}),
    ("retrouver un emploi", {("mots_cles", ("Emploi, économie",))}),
    (
        "Quelles actions d'alphabétisation et d'apprentissage du français ?",
        {("mots_cles", ("alphabétisation & apprentissage du français",))},
    ),
    ("en Seine-Maritime ou dans le Nord", {("departement", ("Seine-Maritime", "Nord"))}),
    (
        "budget de la Maison pour tous de Kervénanec",
        {("centre", ("Maison Pour Tous de Kervénanec - centre social",))},
    ),
    ("actions terminées en Occitanie", {("statut", ("Terminée",)), ("region", ("Occitanie",))}),
    ("à l'échelle d'un quartier", {("territoire", ("Un quartier",))}),
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_facet_phrasings(vocabulary, question, expected):
    assert facets(vocabulary, question) == expected


NO_FACET = [
    "des actions dans une commune rurale",  # « une commune » is not the partner
    "animations au nord du quartier",  # a direction, not the département
    "Animations au Nord du quartier",
    "les crédits de la politique de la ville",
    "un local en centre-ville",
    "présentée à la réunion du conseil",
    "avec les autres partenaires",  # « Autre » is too vague to be a facet
    "les enfants du quartier",  # « Enfance » is not a value of this corpus
    "un projet qui dure un quartier d'heure",  # territory values need a territory cue
    "Quelles actions pour les femmes ?",  # « Femmes » is not a value of this corpus
]


@pytest.mark.parametrize("question", NO_FACET)
def test_no_false_facet(vocabulary, question):
    scan = vocabulary.scan(question)
    assert scan.facets == []
    assert scan.absent == []


def test_trigger_words_are_the_question_words(vocabulary):
    found = {
        f.field: f.trigger for f in vocabulary.match("Des actions de parantalité avec des HLM dans le 31 ?")
    }
    assert found == {"mots_cles": "parantalité", "partenaires": "HLM", "departement": "dans le 31"}


def test_entities_absent_from_the_corpus_are_reported_not_matched(vocabulary):
    msa = vocabulary.scan("Avez-vous des fiches sur des actions avec la MSA ?")
    assert (msa.facets, msa.absent) == ([], ["MSA"])
    var = vocabulary.scan("Quelles actions dans le Var ?")
    assert (var.facets, var.absent) == ([], ["Var"])
    code = vocabulary.scan("et dans le 83 ?")
    assert code.absent == ["Var"]
    acronym = vocabulary.scan("des actions avec la CPAM en cours")
    assert acronym.absent == ["CPAM"]
    assert [f.values for f in acronym.facets] == [["En cours"]]


def test_known_acronym_in_the_text_is_not_absent():
    vocab = FacetVocabulary.from_fiches([make_fiche("x", "PIJ (Point Information Jeunesse)")])
    assert vocab.scan("Que fait le PIJ ?").absent == []


def test_values_unknown_to_the_corpus_are_never_facets():
    vocab = FacetVocabulary.from_fiches([make_fiche("x", "Atelier", mots_cles=["Santé"], public=["Adultes"])])
    assert vocab.match("parentalité avec des bailleurs sociaux pour les jeunes") == []
    assert facets(vocab, "santé des adultes") == {("mots_cles", ("Santé",)), ("public", ("Adultes",))}


def test_vocabulary_values_and_counts(vocabulary):
    assert vocabulary.values("statut") == ["En cours", "Terminée"]
    assert vocabulary.counts["partenaires"]["Caf"] == 1
    assert vocabulary.values("region") == ["Hauts-de-France", "La Réunion", "Normandie", "Occitanie"]


def test_known_words_with_plural_and_typo(vocabulary):
    assert vocabulary.known("habitant")  # « habitants » in a résumé
    assert vocabulary.known("Traditionnelles")
    assert not vocabulary.known("tradtionnelle")
    assert vocabulary.known("tradtionnelle", typo=True)
    assert not vocabulary.known("équitation", typo=True)


