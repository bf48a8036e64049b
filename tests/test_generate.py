"""Synthetic corpus generator: determinism, block count, lengths, centres, near-duplicates, CLI."""

from __future__ import annotations

import random
import re
import statistics
import subprocess
import sys
from collections import Counter
from functools import lru_cache

import pytest

from benchmarks.generate import (
    MAX_CHARS,
    MIN_CHARS,
    generate_fiches_text,
    make_centres,
)
from benchmarks.vocabulary import (
    CENTRE_KINDS,
    CENTRE_NAMES,
    DEPARTEMENT_BY_NAME,
    HEADER,
    LIST_FIELDS,
    TOWN_SUFFIXES,
    load_vocabulary,
    scan_listing,
)
from tests.conftest import ROOT


@lru_cache(maxsize=4)
def blocks(n: int, seed: int = 0) -> tuple[str, ...]:
    return tuple(generate_fiches_text(n, seed))


def scanned(n: int, seed: int = 0):
    return list(scan_listing("".join(blocks(n, seed)).splitlines()))


def test_same_seed_same_text_other_seed_other_text():
    first = "".join(generate_fiches_text(300, seed=1))
    assert first == "".join(generate_fiches_text(300, seed=1))
    assert first != "".join(generate_fiches_text(300, seed=2))


@pytest.mark.parametrize("n", [0, 1, 7, 500])
def test_exactly_n_blocks(n: int):
    out = blocks(n)
    assert len(out) == n
    assert all(block.startswith("Actions\n") and block.endswith("\n") for block in out)
    assert len(scanned(n)) == n


def test_lengths_are_bounded_with_a_realistic_median():
    lengths = [len(block) for block in blocks(2000)]
    assert min(lengths) >= MIN_CHARS and max(lengths) <= MAX_CHARS
    assert 2200 <= statistics.median(lengths) <= 2800
    assert sum(length > 5000 for length in lengths) >= 20  # a long tail exists


def test_about_one_percent_near_duplicates_differing_by_one_line():
    out = blocks(2000)
    first_seen: dict[tuple[str, str], str] = {}
    pairs = []
    for block, fiche in zip(out, scanned(2000), strict=True):
        key = (fiche.structure, fiche.title)
        if key in first_seen:
            pairs.append((first_seen[key], block))
        else:
            first_seen[key] = block
    assert 8 <= len(pairs) <= 40
    for original, duplicate in pairs:
        a, b = original.splitlines(), duplicate.splitlines()
        assert len(a) == len(b)
        assert sum(x != y for x, y in zip(a, b, strict=True)) == 1


def test_about_n_over_3_centres_over_all_departements():
    fiches = scanned(3000)
    centres = {f.structure for f in fiches}
    assert 800 <= len(centres) <= 1000
    assert {f.departement for f in fiches} == set(DEPARTEMENT_BY_NAME)


def test_list_values_come_from_the_sample_vocabulary():
    vocab = load_vocabulary()
    for fiche in scanned(500):
        for name in LIST_FIELDS:
            assert set(fiche.values(name)) <= set(vocab.values[name]), (name, fiche.values(name))
        assert fiche.values("statut")[0] in {"En cours", "Terminée"}


def test_centres_stay_distinct_beyond_the_name_combinations():
    space = len(CENTRE_KINDS) * len(CENTRE_NAMES) * len(TOWN_SUFFIXES)
    centres = make_centres(random.Random(0), space + 5)
    names = [c.rsplit(" - ", 1)[0] for c in centres]
    assert len(set(names)) == space + 5


def test_cli_writes_the_header_and_the_same_blocks(tmp_path):
    out = tmp_path / "fiches.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.generate", "--fiches", "40", "--seed", "3", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"^40 fiches, \d+ characters", proc.stderr, flags=re.MULTILINE)
    assert out.read_text(encoding="utf-8") == HEADER + "\n" + "".join(generate_fiches_text(40, 3))


def test_parser_reads_generated_fiches_with_one_warning_per_near_duplicate():
    parser = pytest.importorskip("ingest.parser")
    text = HEADER + "\n" + "".join(blocks(500))
    result = parser.parse_text(text)
    repeated = sum(c - 1 for c in Counter((f.structure, f.title) for f in scanned(500)).values())
    assert len(result.fiches) == 500
    assert len(result.warnings) == repeated >= 1
