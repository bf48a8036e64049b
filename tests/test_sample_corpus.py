"""The bundled sample corpus and its gold questions: layout, originality, and agreement with each other.

The corpus is read here with the small listing scanner of `benchmarks.vocabulary` (independent of the
parser under test); when `ingest.parser` is importable, the parser must agree with it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

from benchmarks.vocabulary import DEPARTEMENT_BY_NAME, LABELS, ListingBlock, read_listing, split_sentences
from tests.conftest import SAMPLE_CORPUS, SAMPLE_QUESTIONS

EXPECTED_FICHES = 34
KINDS = {"facet", "semantic", "lookup", "negative", "english", "noaccent", "typo"}
MIN_PER_KIND = {
    "facet": 12,
    "semantic": 6,
    "lookup": 4,
    "negative": 4,
    "english": 3,
    "noaccent": 3,
    "typo": 3,
}

CONTROLLED = {
    "statut": {"En cours", "Terminée"},
    "dimension": {"Citoyenneté", "Accompagnement de projets", "Services"},
    "territoire": {"Un quartier", "Plusieurs quartiers", "Une commune", "Plusieurs communes", "Autre"},
    "initiative": {
        "Le centre social",
        "Un ou plusieurs partenaire(s)",
        "Un groupe d'habitants",
        "Un habitant",
        "Autre",
    },
    "public": {"Tous publics", "Adultes", "familles", "Jeunesse", "Petite enfance", "Seniors", "Enfance"},
    "partenaires": {
        "Bailleur social",
        "Caf",
        "Commune",
        "Conseil départemental",
        "Association locale",
        "ARS",
        "Éducation Nationale",
        "Etat",
        "DDCS",
        "Regroupement de communes",
        "Autre",
    },
    "mots_cles": {
        "Parentalité",
        "Solidarité",
        "intergénérationnel",
        "Mixité sociale",
        "Santé",
        "Environnement",
        "développement durable",
        "éducation / scolarité",
        "Emploi, économie",
        "Logement",
        "Précarité",
        "Culture",
        "vacances / loisirs",
        "alphabétisation & apprentissage du français",
        "Démocratie & citoyenneté",
        "numérique",
    },
}

# Facet questions: the facets each one names. `must` must be exactly the fiches having all of them.
# departement_code: one of the codes; region/statut: equal; list fields: the value is among the fiche's values.
FACET_SPECS: dict[str, dict] = {
    "s01": {"departement_code": {"59"}},
    "s02": {"departement_code": {"59"}},
    "s03": {"mots_cles": "Parentalité", "partenaires": "Bailleur social"},
    "s04": {"partenaires": "ARS"},
    "s05": {"mots_cles": "Logement"},
    "s06": {"region": "Occitanie"},
    "s07": {"public": "Seniors"},
    "s08": {"statut": "Terminée"},
    "s09": {"region": "Auvergne-Rhône-Alpes"},
    "s10": {"mots_cles": "numérique"},
    "s11": {"public": "familles", "partenaires": "Caf"},
    "s12": {"public": "Jeunesse"},
    "s13": {"departement_code": {"971", "972", "973", "974", "976"}},
    "s14": {"region": "Corse"},
    "s15": {"public": "Petite enfance"},
    "s16": {"mots_cles": "alphabétisation & apprentissage du français"},
    "s17": {"region": "Bretagne"},
    "s18": {"mots_cles": "Environnement", "partenaires": "Regroupement de communes"},
    "s19": {"partenaires": "Éducation Nationale"},
    "s20": {"mots_cles": "Parentalité", "statut": "Terminée"},
    "s41": {"mots_cles": "Parentalité", "partenaires": "Bailleur social"},
    "s45": {"mots_cles": "Parentalité", "partenaires": "Bailleur social"},
    "s46": {"public": "Seniors"},
    "s48": {"region": "Occitanie", "statut": "Terminée"},
}

# What each negative question asks about, which no fiche may mention (regex, case-insensitive).
NEGATIVE_TERMS = {
    "s36": r"\bMSA\b|mutualité sociale agricole",
    "s37": r"pêche|\bpeche",
    "s38": r"crypto|blockchain|bitcoin",
    "s39": r"lozère|lozere",
    "s40": r"équitation|equitation|équestre|cheval|chevaux|poney",
}


@lru_cache(maxsize=1)
def blocks() -> tuple[ListingBlock, ...]:
    return tuple(read_listing(SAMPLE_CORPUS))


@lru_cache(maxsize=1)
def questions() -> tuple[dict, ...]:
    lines = SAMPLE_QUESTIONS.read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


def key_of(ref: dict) -> tuple[str, str]:
    return ref["title"], ref["structure"]


def facets_of_block(block: ListingBlock) -> dict:
    code, _name, region = DEPARTEMENT_BY_NAME[block.departement]
    view: dict = {name: block.values(name) for name in CONTROLLED}
    view.update(departement_code=code, region=region, statut=block.values("statut")[0])
    return view


def matches(view: dict, spec: dict) -> bool:
    for name, wanted in spec.items():
        if name == "departement_code" and view[name] not in wanted:
            return False
        if name in ("region", "statut") and view[name] != wanted:
            return False
        if name in CONTROLLED and name != "statut" and wanted not in view[name]:
            return False
    return True


def corpus_sentences(min_chars: int) -> set[str]:
    """Normalised sentences of the fiche texts (label lines excluded) of at least min_chars."""
    lines = SAMPLE_CORPUS.read_text(encoding="utf-8").splitlines()
    text = "\n".join(line for line in lines if line not in LABELS)
    return {norm(s) for s in split_sentences(text) if len(s) >= min_chars}


def norm(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


# --- The corpus ---------------------------------------------------------------------------------------


def test_corpus_has_header_and_expected_blocks():
    lines = SAMPLE_CORPUS.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Les actions des centres sociaux"
    assert lines.count("Actions") == EXPECTED_FICHES
    assert len(blocks()) == EXPECTED_FICHES
    assert all(block.structure.count(" - ") >= 1 for block in blocks())


def test_fiches_are_distinct_and_titles_unique_per_centre():
    keys = [(b.structure, b.title) for b in blocks()]
    assert len(set(keys)) == EXPECTED_FICHES
    texts = SAMPLE_CORPUS.read_text(encoding="utf-8").split("\nActions\n")[1:]
    assert len(set(texts)) == len(texts) == EXPECTED_FICHES


def test_list_fields_use_only_the_site_vocabulary():
    for block in blocks():
        for name, allowed in CONTROLLED.items():
            assert set(block.values(name)) <= allowed, (block.title, name, block.values(name))
        assert len(block.values("statut")) == 1
        assert block.departement in DEPARTEMENT_BY_NAME, block.structure


def test_fiche_lengths_are_realistic():
    text = SAMPLE_CORPUS.read_text(encoding="utf-8")
    lengths = [len(part) for part in re.split(r"(?m)^(?=Actions$)", text)[1:]]
    assert len(lengths) == EXPECTED_FICHES
    assert min(lengths) >= 900 and max(lengths) <= 5000
    assert sorted(lengths)[len(lengths) // 2] > 1800


def test_corpus_spread_supports_the_gold_questions():
    depts = Counter(b.departement for b in blocks())
    regions = {DEPARTEMENT_BY_NAME[d][2] for d in depts}
    centres = Counter(b.structure for b in blocks())
    partners = [set(b.values("partenaires")) for b in blocks()]
    with_landlord = [b for b, p in zip(blocks(), partners, strict=True) if "Bailleur social" in p]
    assert len(depts) >= 20 and len(regions) >= 12
    assert {"La Réunion", "Guadeloupe", "Haute-Corse"} <= set(depts)
    assert depts["Nord"] == 3 and centres.most_common(1)[0][1] == 2
    assert len(with_landlord) >= 5
    assert sum("Parentalité" in b.values("mots_cles") for b in with_landlord) == 3
    assert {"En cours", "Terminée"} == {b.values("statut")[0] for b in blocks()}


def test_corpus_has_empty_fields_and_a_budget_table():
    assert any(not b.text("resume") for b in blocks())
    assert any(not b.values("partenaires") for b in blocks())
    assert any(not b.values("public") for b in blocks())
    assert any(b.text("ressources_financieres").count("\n- ") >= 4 for b in blocks())


def test_no_sentence_shared_with_the_seed(seed_path: Path):
    seed = norm(seed_path.read_text(encoding="utf-8"))
    shared = [s for s in corpus_sentences(60) if s in seed]
    assert shared == []


def test_no_sentence_shared_with_the_fixtures(fixtures_dir: Path):
    fixtures = " ".join(norm(p.read_text(encoding="utf-8")) for p in sorted(fixtures_dir.iterdir()))
    shared = [s for s in corpus_sentences(60) if s in fixtures]
    assert shared == []


# --- The gold questions -------------------------------------------------------------------------------


def test_questions_are_well_formed():
    qs = questions()
    ids = [q["id"] for q in qs]
    assert len(ids) == len(set(ids)) >= 34
    counts = Counter(q["kind"] for q in qs)
    assert set(counts) == KINDS
    assert all(counts[kind] >= n for kind, n in MIN_PER_KIND.items()), counts
    for q in qs:
        assert q["question"].strip() and isinstance(q["also_relevant"], list)
        assert (q["must"] == []) == (q["kind"] == "negative"), q["id"]
        assert ("answer_contains_any" in q) == (q["kind"] == "lookup"), q["id"]


def test_question_references_exist_in_the_corpus():
    known = {(b.title, b.structure) for b in blocks()}
    for q in questions():
        refs = [key_of(r) for r in q["must"] + q["also_relevant"]]
        assert set(refs) <= known, (q["id"], set(refs) - known)
        assert len(refs) == len(set(refs)), q["id"]


def test_lookup_answers_are_in_the_target_fiche():
    by_key = {(b.title, b.structure): b for b in blocks()}
    for q in (q for q in questions() if q["kind"] == "lookup"):
        (target,) = q["must"]
        block = by_key[key_of(target)]
        text = "\n".join("\n".join(lines) for lines in block.fields.values())
        assert any(answer in text for answer in q["answer_contains_any"]), q["id"]


def test_negative_questions_name_something_no_fiche_mentions():
    text = SAMPLE_CORPUS.read_text(encoding="utf-8")
    negatives = {q["id"] for q in questions() if q["kind"] == "negative"}
    assert negatives == set(NEGATIVE_TERMS)
    for qid, pattern in NEGATIVE_TERMS.items():
        assert re.search(pattern, text, flags=re.IGNORECASE) is None, qid


def test_every_facet_question_has_a_spec():
    facet_ids = {q["id"] for q in questions() if q["kind"] == "facet"}
    assert facet_ids <= set(FACET_SPECS)


def test_facet_must_sets_are_exact_and_complete():
    by_id = {q["id"]: q for q in questions()}
    views = [((b.title, b.structure), facets_of_block(b)) for b in blocks()]
    for qid, spec in FACET_SPECS.items():
        expected = {key for key, view in views if matches(view, spec)}
        assert {key_of(r) for r in by_id[qid]["must"]} == expected, qid


# --- Agreement with the parser (when it exists) -------------------------------------------------------


def test_parser_reads_the_sample_corpus_cleanly():
    parser = pytest.importorskip("ingest.parser")
    result = parser.parse_file(SAMPLE_CORPUS)
    assert result.warnings == []
    assert len(result.fiches) == EXPECTED_FICHES
    assert [(f.title, f.structure) for f in result.fiches] == [(b.title, b.structure) for b in blocks()]


def test_parser_facets_give_the_gold_must_sets():
    parser = pytest.importorskip("ingest.parser")
    fiches = parser.parse_file(SAMPLE_CORPUS).fiches
    by_id = {q["id"]: q for q in questions()}
    for qid, spec in FACET_SPECS.items():
        expected = {(f.title, f.structure) for f in fiches if matches(parser_view(f), spec)}
        assert {key_of(r) for r in by_id[qid]["must"]} == expected, qid


def parser_view(fiche) -> dict:
    view = {name: getattr(fiche, name) for name in CONTROLLED if name != "statut"}
    view.update(departement_code=fiche.departement_code, region=fiche.region, statut=fiche.statut)
    return view
