"""Synthetic corpus generator: determinism, block count, lengths, centres, near-duplicates, themes, CLI."""

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
from benchmarks.questions import _NEGATIVES
from benchmarks.theme_data.common import GENERIC
from benchmarks.themes import (
    EXCLUDED_TOPICS,
    PLACEHOLDERS,
    excluded_words_in,
    load_themes,
    parse_themes,
)
from benchmarks.vocabulary import (
    CENTRE_KINDS,
    CENTRE_NAMES,
    DEPARTEMENT_BY_NAME,
    HEADER,
    LIST_FIELDS,
    QUARTIERS,
    SITE_VALUES,
    TOWN_HEADS,
    TOWN_SUFFIXES,
    TOWN_TAILS,
    scan_listing,
)
from ingest.geo import normalise
from tests.conftest import ROOT


@lru_cache(maxsize=4)
def blocks(n: int, seed: int = 0) -> tuple[str, ...]:
    return tuple(generate_fiches_text(n, seed))


def scanned(n: int, seed: int = 0):
    return list(scan_listing("".join(blocks(n, seed)).splitlines()))


# --- Stream shape ----------------------------------------------------------------------------------------


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


def test_without_near_duplicates_every_centre_and_title_pair_is_unique():
    fiches = list(scan_listing("".join(generate_fiches_text(2000, 0, near_duplicates=False)).splitlines()))
    assert len({(f.structure, f.title) for f in fiches}) == 2000


def test_about_n_over_3_centres_over_all_departements():
    fiches = scanned(3000)
    centres = {f.structure for f in fiches}
    assert 800 <= len(centres) <= 1000
    assert {f.departement for f in fiches} == set(DEPARTEMENT_BY_NAME)


def test_list_values_are_the_site_values_in_the_site_order():
    for fiche in scanned(500):
        for name in LIST_FIELDS:
            values = fiche.values(name)
            assert values == [v for v in SITE_VALUES[name] if v in values], (name, values)
        assert fiche.values("statut")[0] in {"En cours", "Terminée"}


def test_centres_stay_distinct_beyond_the_name_combinations():
    space = len(CENTRE_KINDS) * len(CENTRE_NAMES) * len(TOWN_SUFFIXES)
    centres = make_centres(random.Random(0), space + 5)
    names = [c.rsplit(" - ", 1)[0] for c in centres]
    assert len(set(names)) == space + 5


# --- Themes --------------------------------------------------------------------------------------------


def _title_patterns() -> list[tuple[re.Pattern[str], str]]:
    """One regex per title pattern of every theme (placeholders match any text, year suffixes allowed)."""
    out = []
    for theme in load_themes():
        for title in theme.titles:
            body = ".+".join(re.escape(normalise(part)) for part in re.split(r"\{[a-z]+\}", title))
            out.append((re.compile(rf"^{body}(?: \d{{4}})?(?: edition \d+)?$"), theme.key))
    return out


def _theme_of(title: str, patterns) -> set[str]:
    key = normalise(title)
    return {theme for pattern, theme in patterns if pattern.match(key)}


def test_every_generated_title_comes_from_exactly_one_theme_and_200_themes_show_up():
    patterns = _title_patterns()
    per_fiche = [_theme_of(f.title, patterns) for f in scanned(2000)]
    assert [t for t in per_fiche if len(t) != 1] == []
    themes = Counter(next(iter(t)) for t in per_fiche)
    assert len(themes) >= 200
    assert themes.most_common(1)[0][1] <= 60  # no topic floods the base
    stems = {re.sub(r"( \d{4})?( - édition \d+)?$", "", f.title.lower()) for f in scanned(2000)}
    assert len(stems) >= 600


def test_themes_are_many_and_genuinely_distinct():
    themes = load_themes()
    assert len(themes) >= 200
    sentences = Counter(s for t in themes for s in set(t.sentences()))
    assert [s for s, count in sentences.items() if count > 1] == []
    titles = Counter(normalise(title) for t in themes for title in t.titles)
    assert [title for title, count in titles.items() if count > 1] == []
    words = {t.key: _content_words(" ".join(t.resume + t.description)) for t in themes}
    close = [
        (a.key, b.key)
        for i, a in enumerate(themes)
        for b in themes[i + 1 :]
        if len(words[a.key] & words[b.key]) / len(words[a.key] | words[b.key]) > 0.25
    ]
    assert close == []


def _content_words(text: str) -> set[str]:
    return {w for w in normalise(text).split() if len(w) >= 6}


def test_themes_span_the_fields_of_centres_sociaux():
    domains = " ".join(t.domain for t in load_themes())
    for field in ("parentalité", "jeunesse", "seniors", "numérique", "alimentation", "santé", "culture"):
        assert field in domains
    for field in ("sport", "environnement", "logement", "emploi", "accès aux droits", "mobilité"):
        assert field in domains
    keywords = Counter(k for t in load_themes() for k in t.mots_cles)
    assert set(keywords) == set(SITE_VALUES["mots_cles"])


def test_every_theme_sentence_and_title_renders_with_the_known_placeholders():
    places = {name: "X" for name in PLACEHOLDERS}
    for theme in load_themes():
        for text in theme.titles + theme.sentences():
            assert "{" not in text.format(**places), (theme.key, text)
    for sentences in GENERIC.values():
        for text in sentences:
            assert "{" not in text.format(**places), text


def test_theme_format_errors_name_the_line():
    good = "%% d\n== k | PAR | FAM | CAF\nT A | B\nR r\nD d1\nD d2\nO o\nL l\nS s\n"
    assert parse_themes(good)[0].mots_cles == ("Parentalité",)
    with pytest.raises(ValueError, match="line 2: unknown codes"):
        parse_themes(good.replace("PAR", "XYZ"))
    with pytest.raises(ValueError, match="unknown placeholders"):
        parse_themes(good.replace("R r", "R à {commune}"))
    with pytest.raises(ValueError, match="at least 2"):
        parse_themes(good.replace("D d2\n", ""))


# --- Topics kept out for the out-of-corpus gold questions ----------------------------------------------


def test_excluded_words_are_found_whole_and_accent_insensitively():
    assert excluded_words_in("Un atelier d'ÉQUITATION et de Pêche.") == ["equitation", "peche"]
    assert excluded_words_in("On empêche le skieur") == ["skieur"]
    assert excluded_words_in("Ateliers de skate et tri des emballages") == []


def test_no_generated_fiche_mentions_an_excluded_topic():
    hits = {w for seed in (0, 5) for block in blocks(2000, seed) for w in excluded_words_in(block)}
    assert hits == set()


def test_no_text_the_generator_can_use_mentions_an_excluded_topic():
    texts = [s for t in load_themes() for s in (*t.titles, *t.sentences())]
    texts += [s for sentences in GENERIC.values() for s in sentences]
    texts += [*CENTRE_NAMES, *TOWN_SUFFIXES, *TOWN_HEADS, *TOWN_TAILS, *QUARTIERS]
    assert [(t, excluded_words_in(t)) for t in texts if excluded_words_in(t)] == []
    assert len(EXCLUDED_TOPICS) >= 29


def test_benchmark_negative_questions_ask_about_excluded_topics():
    assert all(excluded_words_in(question) for question in _NEGATIVES)


# --- Round trips ---------------------------------------------------------------------------------------


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
    assert re.search(
        r"^\d+ themes, \d+ distinct titles, \d+ near-duplicates$", proc.stderr, flags=re.MULTILINE
    )
    assert out.read_text(encoding="utf-8") == HEADER + "\n" + "".join(generate_fiches_text(40, 3))


def test_parser_reads_every_generated_fiche_without_warning():
    parser = pytest.importorskip("ingest.parser")
    text = HEADER + "\n" + "".join(generate_fiches_text(2000, 0, near_duplicates=False))
    result = parser.parse_text(text)
    expected = list(scan_listing(text.splitlines()))
    assert result.warnings == []
    assert [(f.title, f.resume) for f in result.fiches] == [(b.title, b.text("resume")) for b in expected]
    assert [f.mots_cles for f in result.fiches] == [b.values("mots_cles") for b in expected]


def test_parser_warns_once_per_near_duplicate():
    parser = pytest.importorskip("ingest.parser")
    text = HEADER + "\n" + "".join(blocks(500))
    result = parser.parse_text(text)
    repeated = sum(c - 1 for c in Counter((f.structure, f.title) for f in scanned(500)).values())
    assert len(result.fiches) == 500
    assert len(result.warnings) == repeated >= 1
    assert all("même centre et même titre" in w for w in result.warnings)
