"""The answer-level gold files: every line well formed, every fiche reference a real fiche of its corpus."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from ingest.errors import IngestError
from ingest.parser import parse_file
from tests.conftest import ROOT, SAMPLE_CORPUS, SEED, SHARED

DATA = ROOT / "tests" / "data"
REAL_PAGES = SHARED / "real_pages"
KINDS = {
    "facet", "facets_combined", "inspiration", "lookup", "count", "compare", "rank", "followup",
    "lessons", "named_project", "misspelling", "english", "out_of_corpus",
}  # fmt: skip
SHAPES = {"topic", "partner", "place", "project", "mixed"}
LINE_KEYS = {"id", "question", "history", "kind", "expect", "note", "shape"}
REF_LIST_KEYS = ("cites_all", "cites_only", "cites_none", "first_in")
STRING_LIST_KEYS = ("mentions", "mentions_any", "line_with")
INT_KEYS = ("max_citations", "first_is_prev_citation")
EXPECT_KEYS = {"abstain", "cites_at_least", "first", *REF_LIST_KEYS, *STRING_LIST_KEYS, *INT_KEYS}
LATER_FILES = ("dev", *(f"dev{n}" for n in range(2, 18)), "test", *(f"test{n}" for n in range(2, 10)))
SHOW_URL = re.compile(r"^URL: \S*/action/show/(\d+)")


def fold(text: str) -> str:
    """Case, accents, punctuation and spaces removed: how a gold title is matched."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


def read_lines(name: str) -> list[dict]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def refs(expect: dict) -> list[str]:
    """Every fiche reference an expectation names."""
    found = [ref for key in REF_LIST_KEYS for ref in expect.get(key, [])]
    if "cites_at_least" in expect:
        found += expect["cites_at_least"][1]
    if "first" in expect:
        found.append(expect["first"])
    return found


def known_refs(paths: list[Path]) -> set[str]:
    """Folded titles and ids of the parsed fiches; a real page the parser cannot read yet counts by its URL id."""
    known: set[str] = set()
    for path in paths:
        try:
            fiches = parse_file(path).fiches
        except IngestError:
            match = SHOW_URL.match(path.read_text(encoding="utf-8"))
            assert match, f"{path.name}: no fiche parsed and no /action/show/ URL"
            known.add(f"senacs-{match.group(1)}")
            continue
        known.update(fold(fiche.title) for fiche in fiches)
        known.update(fiche.id for fiche in fiches)
    return known


def line_problems(line: dict, prefix: str) -> list[str]:
    """What is wrong with one gold line (empty when it is well formed)."""
    problems = [f"unknown key {key}" for key in set(line) - LINE_KEYS]
    expect = line.get("expect", {})
    problems += [f"unknown expect key {key}" for key in set(expect) - EXPECT_KEYS]
    if not re.fullmatch(rf"{prefix}-\d{{3}}", str(line.get("id"))):
        problems.append("bad id")
    if not isinstance(line.get("question"), str) or not line["question"].strip():
        problems.append("empty question")
    if line.get("kind") not in KINDS:
        problems.append(f"unknown kind {line.get('kind')}")
    if not expect:
        problems.append("no expectation")
    return problems + kind_problems(line) + type_problems(expect)


def kind_problems(line: dict) -> list[str]:
    """History only on follow-ups; shape and abstention exactly on out-of-corpus lines."""
    problems = []
    expect, kind, history = line.get("expect", {}), line.get("kind"), line.get("history", [])
    if not (isinstance(history, list) and all(isinstance(turn, str) for turn in history)):
        problems.append("history must be a list of questions")
    if (kind == "followup") != bool(history):
        problems.append("a followup, and only a followup, has a history")
    if "first_is_prev_citation" in expect and not history:
        problems.append("first_is_prev_citation needs a history")
    if (kind == "out_of_corpus") != ("shape" in line):
        problems.append("shape goes with out_of_corpus only")
    if kind == "out_of_corpus" and (line.get("shape") not in SHAPES or expect != {"abstain": True}):
        problems.append("out_of_corpus: shape in SHAPES and expect {'abstain': true}")
    return problems


def type_problems(expect: dict) -> list[str]:
    problems = []
    for key in (*REF_LIST_KEYS, *STRING_LIST_KEYS):
        value = expect.get(key, ["ok"])
        if not (isinstance(value, list) and value and all(isinstance(v, str) and v for v in value)):
            problems.append(f"{key} must be a non-empty list of strings")
    for key in INT_KEYS:
        if key in expect and not (isinstance(expect[key], int) and expect[key] >= 1):
            problems.append(f"{key} must be a positive integer")
    if "first" in expect and not isinstance(expect["first"], str):
        problems.append("first must be a string")
    if "abstain" in expect and not isinstance(expect["abstain"], bool):
        problems.append("abstain must be a boolean")
    at_least = expect.get("cites_at_least")
    if at_least is not None and not (
        isinstance(at_least, list) and len(at_least) == 2 and isinstance(at_least[0], int)
        and 1 <= at_least[0] <= len(at_least[1])
    ):  # fmt: skip
        problems.append("cites_at_least must be [n, refs] with 1 <= n <= len(refs)")
    return problems


def check_split(stem: str, prefixes: tuple[str, str], minimum: int) -> dict[str, list[dict]]:
    """Both files of one corpus well formed, disjoint, about a third in test; returns them by name."""
    files = {name: read_lines(f"answers_{stem}_{name}.jsonl") for name in ("dev", "test")}
    for (name, lines), prefix in zip(files.items(), prefixes, strict=True):
        errors = {line.get("id"): problems for line in lines if (problems := line_problems(line, prefix))}
        assert errors == {}, f"{stem}_{name}: {errors}"
        assert [line["id"] for line in lines] == [f"{prefix}-{n:03d}" for n in range(1, len(lines) + 1)]
    dev, test = files["dev"], files["test"]
    assert len(dev) + len(test) >= minimum
    assert 0.25 <= len(test) / (len(dev) + len(test)) <= 0.4
    assert not {line["question"] for line in dev} & {line["question"] for line in test}
    assert {line["kind"] for line in dev + test} == KINDS
    assert {line["shape"] for line in dev + test if "shape" in line} == SHAPES
    return files


def unresolved(lines: list[dict], known: set[str]) -> dict[str, list[str]]:
    missing = {}
    for line in lines:
        bad = [ref for ref in refs(line["expect"]) if ref not in known and fold(ref) not in known]
        if bad:
            missing[line["id"]] = bad
    return missing


def test_line_checker_flags_a_bad_line():
    line = {
        "id": "sd-1",
        "question": "?",
        "kind": "followup",
        "expect": {"first": 3, "cites_at_least": [4, ["a"]]},
    }
    assert line_problems(line, "sd") == [
        "bad id",
        "a followup, and only a followup, has a history",
        "first must be a string",
        "cites_at_least must be [n, refs] with 1 <= n <= len(refs)",
    ]


def test_fold_matches_titles_case_accent_and_punctuation_insensitively():
    assert fold("Épicerie solidaire du Trait d'Union") == fold("epicerie SOLIDAIRE du trait d union")
    assert fold("Place de femmes") != fold("Place des femmes")


def test_sample_gold_files_are_well_formed_and_cite_sample_fiches():
    files = check_split("sample", ("sd", "st"), minimum=80)
    known = known_refs([SAMPLE_CORPUS])
    assert unresolved(files["dev"] + files["test"], known) == {}


@pytest.mark.shared
def test_real_gold_files_are_well_formed_and_cite_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    files = check_split("real", ("rd", "rt"), minimum=90)
    known = known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])
    assert unresolved(files["dev"] + files["test"], known) == {}


def check_later_dev(stem: str, name: str, prefix: str, minimum: int) -> list[dict]:
    """A later file of one corpus (dev2 to dev16, test2 to test7: each written blind after a tuning round): well formed, every
    kind and shape, no conversation of another file repeated (a short follow-up may recur after other questions)."""
    lines = read_lines(f"answers_{stem}_{name}.jsonl")
    errors = {line.get("id"): problems for line in lines if (problems := line_problems(line, prefix))}
    assert errors == {}, f"{stem}_{name}: {errors}"
    assert [line["id"] for line in lines] == [f"{prefix}-{n:03d}" for n in range(1, len(lines) + 1)]
    assert len(lines) >= minimum
    assert {line["kind"] for line in lines} == KINDS
    assert {line["shape"] for line in lines if "shape" in line} == SHAPES
    others = [other for other in LATER_FILES if other != name]
    earlier = {
        (*line["history"], line["question"])
        for other in others
        if (DATA / f"answers_{stem}_{other}.jsonl").exists()
        for line in read_lines(f"answers_{stem}_{other}.jsonl")
    }
    repeated = [line["id"] for line in lines if (*line["history"], line["question"]) in earlier]
    assert repeated == [], f"{name} repeats other files' questions"  # ids only: a test line is never printed
    return lines


def test_sample_dev2_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "dev2", "sd2", minimum=60)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_dev3_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "dev3", "sd3", minimum=60)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_dev4_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "dev4", "sd4", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_dev5_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "dev5", "sd5", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_dev6_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "dev6", "sd6", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_test2_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "test2", "st2", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_dev7_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "dev7", "sd7", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_test3_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "test3", "st3", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_dev8_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "dev8", "sd8", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_test4_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "test4", "st4", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_dev9_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "dev9", "sd9", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_test5_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "test5", "st5", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_dev10_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "dev10", "sd10", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_dev11_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "dev11", "sd11", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_dev12_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "dev12", "sd12", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_dev13_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "dev13", "sd13", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_dev14_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "dev14", "sd14", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_dev15_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "dev15", "sd15", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


def test_sample_test6_is_well_formed_and_cites_sample_fiches():
    lines = check_later_dev("sample", "test6", "st6", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


@pytest.mark.shared
def test_real_dev2_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "dev2", "rd2", minimum=70)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_dev3_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "dev3", "rd3", minimum=65)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_dev4_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "dev4", "rd4", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_dev5_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "dev5", "rd5", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_dev6_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "dev6", "rd6", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_test2_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "test2", "rt2", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_dev7_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "dev7", "rd7", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_test3_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "test3", "rt3", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_dev8_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "dev8", "rd8", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_test4_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "test4", "rt4", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_dev9_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "dev9", "rd9", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_test5_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "test5", "rt5", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_dev10_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "dev10", "rd10", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_dev11_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "dev11", "rd11", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_dev12_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "dev12", "rd12", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_dev13_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "dev13", "rd13", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_dev14_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "dev14", "rd14", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_dev15_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "dev15", "rd15", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


@pytest.mark.shared
def test_real_test6_is_well_formed_and_cites_real_fiches():
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", "test6", "rt6", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


ROUND13_FILES = [
    ("dev16", "16"),
    ("test7", "7"),
    ("dev17", "17"),
    ("test8", "8"),
    ("test9", "9"),
]  # (file, id number): sd16/rd16, st7/rt7…


@pytest.mark.parametrize(("name", "number"), ROUND13_FILES)
def test_round13_sample_file_is_well_formed_and_cites_sample_fiches(name, number):
    lines = check_later_dev("sample", name, f"s{name[0]}{number}", minimum=50)
    assert unresolved(lines, known_refs([SAMPLE_CORPUS])) == {}


@pytest.mark.shared
@pytest.mark.parametrize(("name", "number"), ROUND13_FILES)
def test_round13_real_file_is_well_formed_and_cites_real_fiches(name, number):
    if not (SEED.exists() and REAL_PAGES.exists()):
        pytest.skip("../shared absent")
    lines = check_later_dev("real", name, f"r{name[0]}{number}", minimum=50)
    assert unresolved(lines, known_refs([SEED, *sorted(REAL_PAGES.glob("*.txt"))])) == {}


def test_gold_set_has_enough_out_of_corpus_questions():
    kinds = Counter(
        line["kind"]
        for name in DATA.glob("answers_*_*.jsonl")
        if "tiny" not in name.name
        for line in read_lines(name.name)
    )
    assert kinds["out_of_corpus"] >= 45 and sum(kinds.values()) >= 170
