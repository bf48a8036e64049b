"""Partners named in free text: gazetteer variants, precision rules, named organisations, learning."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest import fields
from ingest.parser import parse_file
from ingest.partners import (
    PartnerMention,
    canonical_partner,
    default_gazetteer,
    find_partners,
    sentence_at,
)
from tests.helpers_parser import listing_block

REAL_PAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "real_pages"


def found(text: str, gazetteer=None) -> list[tuple[str, str]]:
    return [(m.name, m.canonical) for m in find_partners(text, gazetteer)]


# --- the usual partners, as people write them -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un atelier financé par la CAF.", [("CAF", "Caf")]),
        ("Avec la Caf du Gard.", [("Caf", "Caf")]),
        ("La caisse d’allocations familiales soutient le projet.", [("caisse d’allocations familiales", "Caf")]),
        ("En partenariat avec la MSA et l'ARS.", [("MSA", "MSA"), ("ARS", "ARS")]),
        ("Le CCAS et le CIAS orientent les familles.", [("CCAS", "CCAS"), ("CIAS", "CIAS")]),
        ("Relais Pôle Emploi, puis France Travail.", [("Pôle Emploi", "Pôle emploi")]),
        ("Les missions locales du secteur.", [("missions locales", "Mission locale")]),
        ("Une puéricultrice de la PMI ; un rendez-vous au CMP.", [("PMI", "PMI"), ("CMP", "CMP")]),
        ("Le Conseil Général a cofinancé.", [("Conseil Général", "Conseil départemental")]),
        ("Subvention du conseil régional.", [("conseil régional", "Conseil régional")]),
        ("Une communauté de communes rurale.", [("communauté de communes", "Regroupement de communes")]),
        ("Les Restos du Cœur et la Croix-Rouge.", [("Restos du Cœur", "Restos du Cœur"), ("Croix-Rouge", "Croix-Rouge")]),
        ("Le Secours Populaire, le Secours catholique.", [("Secours Populaire", "Secours populaire"), ("Secours catholique", "Secours catholique")]),
        ("Un représentant de l'Éducation nationale.", [("Éducation nationale", "Éducation Nationale")]),
        ("Le local prêté par l'office HLM.", [("HLM", "Bailleur social")]),
    ],
)  # fmt: skip
def test_gazetteer_variants(text, expected):
    assert found(text) == expected


def test_one_mention_per_partner_with_its_first_sentence():
    text = "Le projet est né avec la CAF. Ensuite la Caf a financé les sorties.\nLa CAF a suivi."
    assert find_partners(text) == [PartnerMention("CAF", "Caf", "Le projet est né avec la CAF.")]


# --- precision: ordinary words need a partnership context -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Quartier prioritaire - politique de la Ville.",
        "Les enfants jouent dans le centre-ville.",
        "Sur notre commune, les familles sont isolées.",
        "Il s'agit d'intervenir dans les trois écoles maternelles du quartier.",
        "État des lieux du quartier.",
        "Le département compte beaucoup de jeunes.",
        "Les bailleurs de fonds privés se retirent.",
        "Les enfants d'Ars-sur-Moselle ont un café des parents.",  # « Ars » and « café » are not ARS / Caf
        "Une métropole attractive ; la région est rurale.",
        "Le collège des habitants, en partenariat avec le conseil d'administration, a voté.",
        "Les jeunes fréquentent la médiathèque le mercredi.",
        "Cours de code en partenariat avec une auto-école du quartier.",  # a driving school, not a school
    ],
)
def test_ordinary_words_alone_are_not_partners(text):
    assert find_partners(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'action fonctionne en partenariat avec le collège.", [("collège", "Éducation Nationale")]),
        ("Mise en place avec la commune d'un jardin.", [("commune", "Commune")]),
        (
            "Financé par l'État et le Département.",
            [("État", "Etat"), ("Département", "Conseil départemental")],
        ),
        ("Un prêt de livres en lien avec la médiathèque.", [("médiathèque", "Médiathèque")]),
        ("Soutenu par la Métropole.", [("Métropole", "Regroupement de communes")]),
    ],
)
def test_ordinary_words_count_in_a_partnership_sentence(text, expected):
    assert found(text) == expected


def test_town_councils_carry_their_town():
    text = "Atelier financé par la CAF et la Ville de Montreuil ; accueil à la mairie de St. Étienne."
    assert found(text) == [
        ("CAF", "Caf"),
        ("Ville de Montreuil", "Commune"),
        ("mairie de St. Étienne", "Commune"),
    ]


# --- organisations outside the gazetteer ---------------------------------------------------------------


def test_named_organisations_after_a_partnership_cue():
    text = (
        "En partenariat avec le collège, l'AFEV et l'Association Trait d'Union (aide aux devoirs). "
        "Avec le soutien de la Fondation des Tilleuls et de Grand Val Habitat."
    )
    assert found(text) == [
        ("collège", "Éducation Nationale"),
        ("AFEV", "AFEV"),
        ("Association Trait d'Union", "Association Trait d'Union"),
        ("Fondation des Tilleuls", "Fondation des Tilleuls"),
        ("Grand Val Habitat", "Bailleur social"),
    ]


def test_quoted_names_after_a_category_take_its_canonical():
    text = 'Financement : les bailleurs sociaux "Rivière Habitat" et "Logis du Val" à parts égales.'
    assert found(text) == [
        ("bailleurs sociaux", "Bailleur social"),
        ("Rivière Habitat", "Bailleur social"),
        ("Logis du Val", "Bailleur social"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "En partenariat avec les habitants et le Centre Social.",  # generic words, capitalised or not
        "Avec le soutien de Marcel, bénévole.",  # one capitalised word that is not an acronym
        "Un travail mené avec Les Amis du quartier.",  # no partnership cue before the name
        "Opération programmée d'Amélioration de l'Habitat.",  # « Habitat » not preceded by a name
    ],
)
def test_no_named_organisation_without_evidence(text):
    assert find_partners(text) == []


# --- learning from the corpus -----------------------------------------------------------------------


def test_gazetteer_learns_the_corpus_partner_names():
    learned = default_gazetteer().extended(["Maison des Familles Rivière", "CSAPA", "Caf", "Autre", "Etat"])
    text = "Avec la maison des familles rivière et le CSAPA. Le Csapa voisin."
    assert found(text, learned) == [
        ("maison des familles rivière", "Maison des Familles Rivière"),
        ("CSAPA", "CSAPA"),
    ]
    assert found(text) == []  # the default gazetteer does not know them
    assert found("Une autre idée.", learned) == []  # vague values are not learned


def test_canonical_of_structured_values():
    assert canonical_partner("CAF") == "Caf"
    assert canonical_partner("caisse d'allocations familiales") == "Caf"
    assert canonical_partner("Bailleurs sociaux") == "Bailleur social"
    assert canonical_partner(" Association Ouvrir ") == "Association Ouvrir"


def test_long_sentences_are_clipped_around_the_mention():
    text = "mot " * 100 + "la CAF " + "fin " * 100 + "."
    sentence = find_partners(text)[0].sentence
    assert sentence.startswith("…") and sentence.endswith("…") and "la CAF" in sentence
    assert len(sentence) < 400
    assert sentence_at("Un. Deux trois. Quatre.", 5, 9) == "Deux trois."


# --- real pages (../shared) ----------------------------------------------------------------------------


def _page(name: str) -> str:
    if not REAL_PAGES.exists():
        pytest.skip("../shared/real_pages absent")
    return (REAL_PAGES / name).read_text(encoding="utf-8").split("\n", 1)[1]  # without the URL line


def _canonicals(name: str) -> set[str]:
    return {m.canonical for m in find_partners(_page(name))}


@pytest.mark.shared
def test_real_pages_that_mention_the_caf():
    if not REAL_PAGES.exists():
        pytest.skip("../shared/real_pages absent")
    pages = sorted(p.name for p in REAL_PAGES.glob("0*.txt") if "Caf" in _canonicals(p.name))
    assert pages == ["0034.txt", "0039.txt"]


@pytest.mark.shared
@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("0004.txt", {"Conseil départemental"}),
        ("0010.txt", {"Éducation Nationale", "AFEV", "ADSEA"}),
        ("0039.txt", {"Caf", "DDCS", "Commune", "Ligue de l'enseignement"}),
        ("0050.txt", {"Éducation Nationale", "PMI", "Mission locale"}),
        ("0061.txt", {"PMI"}),
        ("0011.txt", set()),
        ("0026.txt", set()),
    ],
)
def test_partners_of_real_pages(page, expected):
    assert _canonicals(page) == expected


@pytest.mark.shared
def test_real_page_town_council_and_sentence():
    mentions = [m for m in find_partners(_page("0039.txt")) if m.name == "Ville de Montreuil"]
    assert len(mentions) == 1 and mentions[0].sentence.startswith("Les acteurs : La CAF, la DDCS")


@pytest.mark.shared
def test_seed_text_adds_partners_to_the_structured_lists(seed_path):
    by_title = {f.title: f for f in parse_file(seed_path).fiches}

    def cited(title: str) -> set[str]:
        fiche = by_title[title]
        text = "\n".join(
            getattr(fiche, name) for name in fields.text_fields() if isinstance(getattr(fiche, name), str)
        )
        return {m.name for m in find_partners(text)}

    assert by_title["Petit Déj à idées"].partenaires == []
    assert cited("Petit Déj à idées") == {"CAF", "mairie de St Etienne"}
    assert {"Metz Habitat Territoire", "Logiest", "Ville de Metz"} <= cited(
        "Permanences de l'écrivain public"
    )
    assert {"CMS", "CAF", "PMI"} <= cited("petites histoires d'iciet d'ailleurs")


# --- at parse time: partenaires_cites, learned from the batch, kept with their sentence ---------------


def _export(*blocks: tuple[str, str, str, list[str]]) -> str:
    return "".join(listing_block(t, c, r, partners=ps) for t, c, r, ps in blocks)


DECLARES = ("Jardin", "CS Les Pins - Gers", "Un jardin partagé.", ["Caf", "Logis Lumière"])
CITES = (
    "Café des parents",
    "CS Les Lilas - Gers",
    'Un café avec la PMI du quartier. Salle prêtée par Logis Lumière. Les bailleurs sociaux "Toit Vert" aussi.',
    [],
)


def test_parse_fills_cited_partners_with_their_sentence():
    from ingest.parser import parse_text

    jardin, cafe = parse_text(_export(DECLARES, CITES)).fiches
    assert cafe.partenaires == [] and jardin.partenaires_cites == []
    assert cafe.partenaires_cites == ["PMI", "Logis Lumière", "Bailleur social", "Toit Vert"]
    by_name = {m.ecrit: m for m in cafe.partenaires_cites_phrases}
    assert by_name["PMI"].nom == "PMI" and by_name["PMI"].phrase == "Un café avec la PMI du quartier."
    assert by_name["Logis Lumière"].phrase == "Salle prêtée par Logis Lumière."  # learned from « Jardin »
    assert by_name["Toit Vert"].nom == "Bailleur social"
    assert cafe.content_hash == cafe.compute_hash()
    (alone,) = parse_text(
        _export(CITES)
    ).fiches  # without « Jardin », « Logis Lumière » is not a partner name
    assert alone.partenaires_cites == ["PMI", "Bailleur social", "Toit Vert"]
    assert alone.content_hash != cafe.content_hash  # the hash covers what the index stores


def test_cited_partners_survive_the_fiche_store_json():
    from ingest.models import Fiche
    from ingest.parser import parse_text

    cafe = parse_text(_export(DECLARES, CITES)).fiches[1]
    again = Fiche.model_validate_json(cafe.model_dump_json())
    assert again == cafe and again.partenaires_cites_phrases[0].phrase == "Un café avec la PMI du quartier."


def test_partner_facet_reads_declared_and_cited_and_the_answer_says_which():
    from assistant.answer import why
    from assistant.records import FacetMatch, Hit
    from ingest.parser import parse_text

    jardin, cafe = parse_text(_export(DECLARES, CITES)).fiches
    assert fields.facet_values(jardin, "partenaires") == ["Caf", "Logis Lumière"]
    assert fields.facet_values(cafe, "partenaires") == [
        "PMI",
        "Logis Lumière",
        "Bailleur social",
        "Toit Vert",
    ]
    lumiere = FacetMatch(field="partenaires", values=["Logis Lumière"], trigger="logis lumiere")
    assert why(Hit(fiche=jardin, score=1.0, matched_facets=[lumiere])) == "partenaire déclaré Logis Lumière"
    assert why(Hit(fiche=cafe, score=1.0, matched_facets=[lumiere])) == (
        "partenaire cité dans le texte Logis Lumière (« Salle prêtée par Logis Lumière. »)"
    )
    toit = FacetMatch(field="partenaires", values=["Toit Vert"], trigger="toit vert")
    assert why(Hit(fiche=cafe, score=1.0, matched_facets=[toit])) == (
        'partenaire cité dans le texte Toit Vert (« Les bailleurs sociaux "Toit Vert" aussi. »)'
    )


def test_a_batch_teaches_at_most_its_most_frequent_partner_names(monkeypatch):
    from ingest import enrich
    from ingest.models import Fiche

    monkeypatch.setattr(enrich, "MAX_LEARNED", 2)
    fiches = [
        Fiche(partenaires=names)
        for names in (["Toit Vert", "Logis Bleu"], ["Toit Vert", "Logis Bleu"], ["Rare Asso"])
    ]
    gazetteer = enrich.corpus_gazetteer(fiches)
    text = "En partenariat avec Toit Vert, Logis Bleu. Salle prêtée par la Rare Asso du coin."
    assert [m.name for m in gazetteer.find(text)] == ["Toit Vert", "Logis Bleu"]
