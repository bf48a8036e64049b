"""`python -m assistant eval QUESTIONS.jsonl [--corpus FILE ...] [--k 5] [--json] [--index-dir DIR]`.

Runs every gold question through three systems over the same index, in the same run:
- `hybrid`: the full `HybridRetriever` (facets, fusion, « aucune fiche »);
- `bm25`: keyword search only, fiches ranked by their best chunk, never says « aucune fiche »;
- `dense`: vector search only, same.

Gold fiches (`must`, `also_relevant`, each a `title` + `structure`) are matched to indexed fiches on
those two strings, case- and whitespace-insensitive (`structure` = `Fiche.structure`). Metrics: recall@1/5/10
and MRR on `must`, nDCG@10 (must = 2, also_relevant = 1), negatives answered with nothing, and per kind;
for facet questions, precision@k over must + also_relevant and exact-set accuracy (shown set == must).
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel, Field

from assistant.retrieval import HybridRetriever
from ingest.models import Fiche
from vectorstore.base import ScoredChunk, SearchIndex

logger = logging.getLogger(__name__)

DEPTH = 10  # fiches ranked per question for the metrics (recall@10, nDCG@10)
CHUNK_DEPTH = 200  # chunks read by the baselines to find DEPTH distinct fiches


class GoldFiche(BaseModel):
    title: str
    structure: str


class Question(BaseModel):
    id: str
    question: str
    kind: str = "semantic"
    must: list[GoldFiche] = Field(default_factory=list)
    also_relevant: list[GoldFiche] = Field(default_factory=list)


class Run(BaseModel):
    """One system's answer to one question."""

    id: str
    kind: str
    system: str
    ranked: list[str]  # fiche ids, best first, up to DEPTH (empty when the system says « aucune fiche »)
    must: list[str]
    also: list[str]
    ranks: list[int | None]  # rank of each must fiche in `ranked` (None: not found)


def load_questions(path: str | Path) -> list[Question]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [Question.model_validate_json(line) for line in lines if line.strip()]


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def gold_ids(questions: list[Question], fiches: list[Fiche]) -> dict[str, tuple[list[str], list[str]]]:
    """question id -> (must ids, also_relevant ids); unknown gold fiches are logged loudly and skipped."""
    by_key: dict[tuple[str, str], str] = {}
    for fiche in fiches:
        by_key.setdefault((_key(fiche.title), _key(fiche.structure)), fiche.id)
    out = {}
    for q in questions:
        ids = []
        for group in (q.must, q.also_relevant):
            found = []
            for gold in group:
                fid = by_key.get((_key(gold.title), _key(gold.structure)))
                if fid is None:
                    logger.warning(
                        "question %s: gold fiche not in the index: %r / %r", q.id, gold.title, gold.structure
                    )
                    print(
                        f"ATTENTION : {q.id} : fiche attendue absente de l'index : « {gold.title} » ({gold.structure})",
                        file=sys.stderr,
                    )
                elif fid not in found:
                    found.append(fid)
            ids.append(found)
        out[q.id] = (ids[0], ids[1])
    return out


# -- systems -----------------------------------------------------------------------------------------


def _by_fiche(chunks: list[ScoredChunk], depth: int) -> list[str]:
    ranked: list[str] = []
    for scored in chunks:
        if scored.chunk.fiche_id not in ranked:
            ranked.append(scored.chunk.fiche_id)
        if len(ranked) == depth:
            break
    return ranked


def systems(index: SearchIndex, retriever: HybridRetriever) -> dict[str, Callable[[str], list[str]]]:
    """name -> function(question) -> ranked fiche ids (empty = « aucune fiche »)."""

    def hybrid(text: str) -> list[str]:
        result = retriever.search(text, k=DEPTH)
        return [] if result.no_match else [h.fiche.id for h in result.hits]

    return {
        "hybrid": hybrid,
        "bm25": lambda text: _by_fiche(index.keyword_search(text, CHUNK_DEPTH), DEPTH),
        "dense": lambda text: _by_fiche(index.dense_search(text, CHUNK_DEPTH), DEPTH),
    }


def run_all(
    questions: list[Question], index: SearchIndex, retriever: HybridRetriever | None = None
) -> list[Run]:
    retriever = retriever or HybridRetriever(index)
    gold = gold_ids(questions, index.all_fiches())
    runs = []
    for name, system in systems(index, retriever).items():
        for q in questions:
            must, also = gold[q.id]
            ranked = system(q.question)
            ranks = [ranked.index(fid) + 1 if fid in ranked else None for fid in must]
            runs.append(
                Run(id=q.id, kind=q.kind, system=name, ranked=ranked, must=must, also=also, ranks=ranks)
            )
    return runs


# -- metrics -----------------------------------------------------------------------------------------


def recall_at(run: Run, k: int) -> float:
    return sum(1 for r in run.ranks if r is not None and r <= k) / len(run.must) if run.must else 0.0


def reciprocal_rank(run: Run) -> float:
    found = [r for r in run.ranks if r is not None]
    return 1.0 / min(found) if found else 0.0


def ndcg_at(run: Run, k: int = 10) -> float:
    """Graded nDCG: must fiches gain 2, also_relevant 1; log2(rank + 1) discount."""
    gains = {fid: 1 for fid in run.also} | {fid: 2 for fid in run.must}
    dcg = sum(gains.get(fid, 0) / math.log2(i + 2) for i, fid in enumerate(run.ranked[:k]))
    ideal = sorted(gains.values(), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def precision_at(run: Run, k: int) -> float:
    """Share of the shown fiches (up to k) that are must or also_relevant; 0 when nothing is shown."""
    shown = run.ranked[:k]
    relevant = set(run.must) | set(run.also)
    return sum(1 for fid in shown if fid in relevant) / len(shown) if shown else 0.0


def exact_set(run: Run, k: int) -> bool:
    return bool(run.must) and set(run.ranked[:k]) == set(run.must)


def summarise(runs: Sequence[Run], k: int = 5) -> dict:
    """Metrics of one system's runs (positives for recall/MRR/nDCG, negatives apart)."""
    positives = [r for r in runs if r.must]
    negatives = [r for r in runs if not r.must]

    def mean(values: list[float]) -> float:
        return round(sum(values) / len(values), 4) if values else 0.0

    out = {
        "recall@1": mean([recall_at(r, 1) for r in positives]),
        f"recall@{k}": mean([recall_at(r, k) for r in positives]),
        "recall@10": mean([recall_at(r, 10) for r in positives]),
        "mrr": mean([reciprocal_rank(r) for r in positives]),
        "ndcg@10": mean([ndcg_at(r, 10) for r in positives]),
        "negatives_correct": sum(1 for r in negatives if not r.ranked),
        "negatives_total": len(negatives),
        "positives": len(positives),
        f"precision@{k}": mean([precision_at(r, k) for r in positives]),
        "exact_set": sum(1 for r in positives if exact_set(r, k)),
    }
    out.setdefault("recall@5", mean([recall_at(r, 5) for r in positives]))
    return out


def report(runs: list[Run], k: int = 5) -> dict:
    """{"systems": {name: metrics}, "kinds": {kind: {name: metrics}}, "questions": [...]}"""
    by_system: dict[str, list[Run]] = defaultdict(list)
    by_kind: dict[str, dict[str, list[Run]]] = defaultdict(lambda: defaultdict(list))
    for run in runs:
        by_system[run.system].append(run)
        by_kind[run.kind][run.system].append(run)
    return {
        "systems": {name: summarise(rs, k) for name, rs in by_system.items()},
        "kinds": {
            kind: {name: summarise(rs, k) for name, rs in systems_.items()}
            for kind, systems_ in by_kind.items()
        },
        "questions": [],
    }


def question_rows(runs: list[Run], fiches: dict[str, Fiche], k: int) -> list[dict]:
    rows = []
    for run in runs:
        returned = [
            {
                "fiche_id": fid,
                "title": fiches[fid].title,
                "centre": fiches[fid].centre,
                "departement": fiches[fid].departement,
            }
            for fid in run.ranked[:k]
            if fid in fiches
        ]
        rows.append(
            {"id": run.id, "kind": run.kind, "system": run.system, "ranks": run.ranks, "returned": returned}
        )
    return rows


# -- command -----------------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m assistant eval", description="Compare hybrid, bm25 et dense."
    )
    parser.add_argument("questions", type=Path, help="fichier JSONL de questions de référence")
    parser.add_argument(
        "--corpus", type=Path, nargs="+", default=[], help="export(s) à indexer avant l'évaluation"
    )
    parser.add_argument("--k", type=int, default=5, help="nombre de fiches montrées (recall@k, précision@k)")
    parser.add_argument("--json", action="store_true", help="un seul objet JSON sur la sortie standard")
    parser.add_argument(
        "--index-dir", type=Path, default=None, help="dossier de l'index (défaut : INDEX_DIR)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    from config import get_settings

    args = _parser().parse_args(argv)
    logging.basicConfig(level=get_settings().log_level, format="%(levelname)s %(name)s: %(message)s")
    if not args.questions.exists():
        print(f"Fichier de questions introuvable : {args.questions}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    index = _open_index(args.index_dir, args.corpus)
    if index is None:
        return 1
    questions = load_questions(args.questions)
    runs = run_all(questions, index)
    result = report(runs, args.k)
    result["questions"] = question_rows(runs, {f.id: f for f in index.all_fiches()}, args.k)
    result["seconds"] = round(time.perf_counter() - started, 2)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(format_table(result, args.k))
    return 0


def _open_index(index_dir: Path | None, corpus: list[Path]) -> SearchIndex | None:
    from vectorstore.index import FicheIndex

    index = FicheIndex.open(index_dir=index_dir)
    if corpus:
        from ingest.parser import parse_files

        missing = [str(p) for p in corpus if not p.exists()]
        if missing:
            print(f"Corpus introuvable : {', '.join(missing)}", file=sys.stderr)
            return None
        parsed = parse_files(corpus)
        for warning in parsed.warnings:
            print(f"avertissement : {warning}", file=sys.stderr)
        sync = index.sync(parsed.fiches, prune=True)
        print(
            f"Index : {sync.added} ajoutées, {sync.updated} mises à jour, {sync.unchanged} inchangées, "
            f"{sync.removed} retirées ({sync.fiches_total} fiches, {sync.seconds:.1f} s)",
            file=sys.stderr,
        )
    if index.fiche_count() == 0:
        print(
            "Index vide : lancez `python -m ingest fichier.txt` ou passez --corpus FICHIER.", file=sys.stderr
        )
        return None
    return index


def format_table(result: dict, k: int) -> str:
    cols = ["recall@1", f"recall@{k}", "recall@10", "mrr", "ndcg@10"]
    head = f"{'système':<8} " + " ".join(f"{c:>9}" for c in cols) + "  négatifs"
    lines = [head, "-" * len(head)]
    for name, m in result["systems"].items():
        cells = " ".join(f"{m[c]:>9.3f}" for c in cols)
        lines.append(f"{name:<8} {cells}  {m['negatives_correct']}/{m['negatives_total']}")
    lines += ["", f"Par type de question (recall@1 / recall@{k} / MRR ; négatifs : corrects/total) :"]
    for kind, by_system in sorted(result["kinds"].items()):
        n = next(iter(by_system.values()))
        count = n["positives"] or n["negatives_total"]
        parts = []
        for name, m in by_system.items():
            if m["positives"]:
                parts.append(f"{name} {m['recall@1']:.2f}/{m[f'recall@{k}']:.2f}/{m['mrr']:.2f}")
            else:
                parts.append(f"{name} {m['negatives_correct']}/{m['negatives_total']}")
        lines.append(f"  {kind:<9} ({count:>2})  " + "   ".join(parts))
    facet = result["kinds"].get("facet")
    if facet:
        parts = [
            f"{name} {m[f'precision@{k}']:.2f} (exact {m['exact_set']}/{m['positives']})"
            for name, m in facet.items()
        ]
        lines.append(f"\nQuestions à facettes, précision@{k} (ensemble exact) : " + "   ".join(parts))
    lines.append(f"\n{result['seconds']} s")
    return "\n".join(lines)
