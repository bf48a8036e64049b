"""Facet values named by paraphrase, generalised (round 7, wave B): truncations of the alias table's words, people
joined by « et » as one public, everyone named by a verb of welcoming, value adjectives and nouns derived through the
French lemma table, stages of life glossing people, gloss markers, common words never typo-matched to a value,
areas and « du » before a town."""

from __future__ import annotations

import pytest

from assistant.facet_words import adjectives, relation_nouns, stage_ranges
from assistant.facets import FacetVocabulary
from tests.helpers_retrieval import facet_pairs, make_fiche


def _corpus():
    return [
        make_fiche(
            "a", "Goûters du mercredi", centre="CENTRE SOCIAL LES ROSEAUX", departement="Gironde",
            mots_cles=["Parentalité", "intergénérationnel"], public=["familles", "Tous publics"],
            partenaires=["Bailleur social", "Éducation Nationale", "Association locale"],
        ),
        make_fiche(
            "b", "Potager collectif", centre="CENTRE SOCIAL DU VERGER", departement="Seine-Saint-Denis",
            mots_cles=["Environnement", "Alimentation", "Sport"], public=["Petite enfance", "Seniors"],
            partenaires=["Regroupement de communes"],
        ),
        make_fiche(
            "c", "Ados en scène", centre="MAISON DES GENÊTS", departement="Rhône",
            mots_cles=["Culture", "Précarité"], public=["Jeunesse", "Enfance"], partenaires=["Commune"],
        ),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


facets = facet_pairs


EN = ("partenaires", ("Éducation Nationale",))
EVERYONE = ("public", ("Tous publics",))
INTERGEN = ("mots_cles", ("intergénérationnel",))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # truncations of an alias's words (never a dictionary word, never a word some fiche uses)
        ("des actions montées avec l'éducation nat ?", {EN}),
        ("des projets avec l'éduc nat", {EN}),
        ("des actions avec l'asso du quartier", {("partenaires", ("Association locale",))}),
        ("des projets menés avec l'interco", {("partenaires", ("Regroupement de communes",))}),
        ("des projets avec la com", set()),  # three letters begin several words: no value alone
        # an adjective qualifying people (« ménages précaires »), multi-word entries of the alias table
        ("des actions pour les ménages précaires", {("mots_cles", ("Précarité",))}),
        ("pour les plus démunis", {("mots_cles", ("Précarité",))}),
        ("des projets avec les parents", {("public", ("familles",))}),  # a French word, no truncation
        ("des exemples qui vont dans ce sens", set()),  # « sens » (key « sen ») is a French word, no « seniors »
        # a common word is never one typo from a value (« ailleurs » / « bailleurs »)
        ("qu'est-ce qui a marché ailleurs ?", set()),
        ("avec des baileurs sociaux", {("partenaires", ("Bailleur social",))}),
        # everyone
        ("à Bordeaux, quelles actions sont ouvertes à n'importe qui ?", {EVERYONE}),
        ("seulement celles qui accueillent tout le monde", {EVERYONE}),
        ("des projets qui touchent tout le monde", {EVERYONE}),
        ("où tout le monde peut venir", {EVERYONE}),
        ("tout le monde a aimé", set()),
        ("des actions où tout le monde est bienvenu", {EVERYONE}),
        ("tout le monde est content", set()),
        # « les anciens » before a participle: the noun (« les anciens locaux »: an adjective)
        ("les anciens isolés, qu'est-ce qui se fait ?", {("public", ("Seniors",))}),
        ("les anciens locaux du centre", set()),
        ("des animations pour petits et grands", {EVERYONE}),
        # value nouns and adjectives through the lemma table
        ("un projet qui mélange les générations ?", {INTERGEN}),
        ("la nouvelle génération", set()),  # singular: no relation between generations
        ("des actions alimentaires", {("mots_cles", ("Alimentation",))}),
        ("des projets sportifs", {("mots_cles", ("Sport",))}),
        ("pour sauver la planète", {("mots_cles", ("Environnement",))}),
    ],
)  # fmt: skip
def test_paraphrased_values(vocabulary, question, expected):
    found = facets(vocabulary, question)
    assert {f for f in found if f[0] not in ("departement", "region", "centre")} == expected


def test_people_joined_by_et_are_one_public(vocabulary):
    (facet,) = vocabulary.match("Pour les parents et les enfants, qu'est-ce qui se fait ?")
    assert facet.field == "public" and set(facet.values) == {"familles", "Enfance"}
    assert len(vocabulary.match("pour les familles, et avec la Caf")) == 1  # one public, no partner Caf here
    (jeunes, seniors) = vocabulary.match("pour les jeunes, et les seniors ?")  # a comma: two requirements
    assert jeunes.values == ["Jeunesse"] and seniors.values == ["Seniors"]
    # made to meet, a young and an old public are the intergenerational topic (round 11, `facet_relations`)
    together = vocabulary.match("un jardin qui fasse se rencontrer enfants et anciens")
    assert [(f.field, tuple(f.values)) for f in together] == [INTERGEN]
    # « entre » ties two generations: the intergenerational topic (round 9, `assistant.facet_generations`)
    assert [(f.field, tuple(f.values)) for f in vocabulary.match("entre jeunes et anciens")] == [INTERGEN]


def test_stage_of_life_glosses_people_named(vocabulary):
    scan = vocabulary.scan("des choses pensées pour les tout-petits, avant l'école ?")
    assert [(f.field, f.values) for f in scan.facets] == [("public", ["Petite enfance"])]
    assert {t.norm for i, t in enumerate(scan.tokens) if i in scan.used} >= {"avant", "ecole"}
    assert vocabulary.match("un petit déjeuner avant l'école") == []  # a time of day
    assert stage_ranges(["avant", "le", "college"]) == [(0, 3, ["Petite enfance", "Enfance"])]


def test_gloss_marker_naming_the_field_again(vocabulary):
    scan = vocabulary.scan("Des projets écolos, genre respect de la planète ?")
    assert [(f.field, f.values) for f in scan.facets] == [("mots_cles", ["Environnement"])]
    assert {"respect", "planete"} <= {t.norm for i, t in enumerate(scan.tokens) if i in scan.used}
    scan = vocabulary.scan("Des projets écolos, genre jardins partagés ?")
    assert "jardins" not in {
        t.norm for i, t in enumerate(scan.tokens) if i in scan.used
    }  # an example: a topic


def test_derivations_through_the_lemma_table():
    assert "alimentaire" in adjectives("alimentation")
    assert adjectives("sante") == [] and "educateur" not in adjectives("education")
    assert relation_nouns("intergenerationnel") == ["generation"]
    assert relation_nouns("interculturelle") == ["culture"]
    assert relation_nouns("culturel") == []


def test_areas_and_du_before_a_town(vocabulary):
    scan = vocabulary.scan("Des projets en région parisienne ?")
    assert ("region", ["Île-de-France"]) in [(f.field, f.values) for f in scan.facets] or scan.absent == [
        "Île-de-France"
    ]
    assert scan.absent != ["Paris"]  # the area, wider than the demonym's town
    assert ("departement", ("Seine-Saint-Denis",)) not in facets(vocabulary, "les actions du Centre")
    scan = vocabulary.scan("les goûters du Havre")
    assert "Le Havre" in scan.absent  # a town no fiche is at


def test_a_facet_word_asks_no_detail():
    """« le troisième âge » names the Seniors public: its « âge » asks no age of one fiche (routing)."""
    from tests.helpers_retrieval import cited_titles, memory_assistant

    corpus = [
        make_fiche(
            str(n), title, centre=f"CENTRE {n}", departement="Gironde", public=["Seniors"],
            partenaires=["Caf", "Commune"] if n < 3 else ["Commune"],
            resume=f"{title} pour les personnes de plus de 60 ans." if n == 1 else f"{title} chaque semaine.",
        )
        for n, title in enumerate(["Ateliers mémoire", "Visites aux aînés", "Navette du marché"], 1)
    ]  # fmt: skip
    assistant = memory_assistant(corpus)
    assert len(cited_titles(assistant.ask("Qu'est-ce qui existe pour le troisième âge ?"))) == 3
    assert cited_titles(assistant.ask("Quel âge ont les participants des Ateliers mémoire ?")) == [
        "Ateliers mémoire"
    ]
    # the cue of a field just before the value it names asks no detail; « avec qui » does
    answer = assistant.ask("Actions en partenariat avec la Caf")
    assert sorted(cited_titles(answer)) == ["Ateliers mémoire", "Visites aux aînés"]
    assert cited_titles(assistant.ask("Avec qui la Caf a-t-elle monté les Visites aux aînés ?")) == [
        "Visites aux aînés"
    ]
