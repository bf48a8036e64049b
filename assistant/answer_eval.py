"""`python -m assistant eval-answers QUESTIONS.jsonl [...] --corpus FILE... [--among FILE...] [--index-dir DIR] [--json]
[--fail-under PCT]`.

Answer-level evaluation through the same `Assistant` the UI uses (`build_assistant`, one process): the corpus is
synced into the index (a temporary one by default; idempotent, so a re-run on the same `--index-dir` is fast, and
the index is made to hold exactly the corpus), then every gold line's `history` is replayed as earlier turns
(`Assistant.ask(question, history)`, each answer kept as a `Turn`) before its question is asked and its `expect`
keys are checked (`assistant/expectations.py`). Gold line format: `{"id", "question", "history": [...], "kind",
"shape"?, "expect": {...}, "note"?}`.

Figures, per file and overall: % of lines whose expectations all hold, per kind; abstention on out-of-corpus lines
(`expect.abstain` true: no citation); false abstention on answerable lines (`abstain` absent or false, yet no
citation); latency p50/p95 of the answer call (the line's own question, not the replayed history).
`--among FILE...` hides the corpus among background fiches (e.g. 20,000 from `python -m benchmarks.generate`): they
are indexed with it, and the gold lines — written for the corpus alone — are judged at scale (`expectations.Scale`):
a fiche counts as reached when cited or listed behind the answer's « Voir toutes les fiches (N) » (the same set as
the UI's button), cited background fiches are neither right nor wrong, « aucune fiche » stays strict; lines whose
truth depends on the whole base (`count`, `rank`) are not judged and are counted apart, and so are out-of-corpus
lines whose topic the background does hold (some background fiche has every content word of the question — the
grep by which a gold writer checks that a topic is absent): such a question is out of the gold corpus, not out of
the base.
Exit status: 0, or 1 when `--fail-under` is not reached or the index is empty, 2 on a usage or gold-file error.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import re
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.expectations import Expect, Failure, Scale, check, fold
from assistant.records import Answer, Turn

logger = logging.getLogger(__name__)

WARM_UP = "Quelles actions de parentalité ?"
SCALE_DEPENDENT_KINDS = ("count", "rank")  # their expected figures hold for the gold corpus alone
# Kinds whose fiche references name one particular fiche (its detail, its title, the previous turn's): a background
# fiche on the same topic never stands in for it. In the other kinds (lists, ideas, lessons) it may.
ONE_FICHE_KINDS = ("lookup", "named_project", "followup", "compare", "count", "rank", "out_of_corpus")
# Indefinite pronouns (« quelqu'un a fait ça ? », « quelque part ») name no topic: a grep never looks for them.
MIN_STEM = (
    5  # a shorter stem is ambiguous (« café » and « Caf » → « caf »): such a word matches as itself only
)
# A question word in more than this share of the background fiches (« habitants », « parents », « lien ») tells
# no topic apart there: it never makes a background fiche equivalent to a gold one (`ref_topics`).
COMMON_SHARE = 0.10
INDEFINITE_PRONOUNS = re.compile(r"\bquelqu ?'? ?une?s?\b|\bquelque (?:part|chose)\b")


def content_keys(text: str) -> set[str]:
    """The words a gold writer greps for: normalised, plural-insensitive, no function/discourse/generic word, no
    bare number (« Nord (59) » is checked by its name)."""
    from ingest.text import DISCOURSE, GENERIC, STOPWORDS, normalised_words, plural_key

    skip = STOPWORDS | DISCOURSE | GENERIC
    text = INDEFINITE_PRONOUNS.sub(" ", fold(text))
    return {plural_key(w) for w in normalised_words(text) if w not in skip and not w.isdigit() and len(w) > 2}


@lru_cache(maxsize=65536)
def stem_form(key: str) -> str:
    """The Snowball stem of one word key, marked so it never equals a key: « réparation » and « réparer » →
    « ~repar » (a gold writer's grep finds a topic by its word family, not one inflection)."""
    from ingest.text import search_terms

    stems = search_terms(key)
    return "~" + stems[0] if len(stems) == 1 and len(stems[0]) >= MIN_STEM else key


def word_forms(keys: Iterable[str]) -> frozenset[str]:
    """Every key and its stem form: what a fiche is matched against."""
    keys = set(keys)
    return frozenset(keys | {stem_form(k) for k in keys})


def has_word(forms: frozenset[str], key: str) -> bool:
    """The fiche whose `forms` these are carries the question word `key` (the same word or its family)."""
    return key in forms or stem_form(key) in forms


def fiche_keys(fiche) -> frozenset[str]:
    """Every content key of a fiche's fields (titles, places, lists, texts)."""
    from ingest.text import normalised_words, plural_key

    parts = []
    for value in fiche.model_dump(
        exclude={"id", "content_hash", "source_file", "source_line", "warnings"}
    ).values():
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, list):
            parts += [v if isinstance(v, str) else " ".join(map(str, dict(v).values())) for v in value]
    return frozenset(plural_key(w) for w in normalised_words(" ".join(parts)))


def fiche_forms(fiche) -> frozenset[str]:
    return word_forms(fiche_keys(fiche))


def covered_out_of_corpus(gold: list[GoldLine], background: list, forms: list | None = None) -> list[str]:
    """Ids of the out-of-corpus lines whose distinctive content words all occur in one background fiche (each
    word as itself or by its word family: « réparation de vélos » is covered by a fiche « Réparer son vélo »);
    `forms`: the background fiches' `fiche_forms`, when already computed."""
    wanted = {line.id: content_keys(line.question) for line in gold if not line.answerable}
    wanted = {id_: words for id_, words in wanted.items() if words}
    if not wanted:
        return []
    forms = forms if forms is not None else [fiche_forms(fiche) for fiche in background]
    parts = {line.id: compound_parts(line.question) for line in gold}
    topics = {id_: distinctive(words, forms, parts[id_]) for id_, words in wanted.items()}
    return [id_ for id_, words in topics.items() if any(all(has_word(f, w) for w in words) for f in forms)]


def compound_parts(text: str) -> set[str]:
    """The keys of the words joined by hyphens (« Seine-Maritime », « bucco-dentaire »): parts of one name."""
    from ingest.text import normalised_words, plural_key

    compounds = re.findall(r"\w+(?:-\w+)+", text)
    return {plural_key(w) for c in compounds for w in normalised_words(c)}


def distinctive(words: set[str], forms: list[frozenset[str]], keep: set[str] = frozenset()) -> set[str]:
    """The words that tell topics apart in the background (in at most `COMMON_SHARE` of its fiches), or all of
    them when none does: a grep for « prévention bucco-dentaire chez les enfants » looks for « bucco-dentaire »; a word absent
    from the background is always kept, so a topic no fiche has is never covered; so is a part of a hyphenated
    name (`keep`: « Seine » of « Seine-Maritime » is not dropped as common, leaving « Maritime » to any fiche of
    the Alpes-Maritimes)."""
    limit = COMMON_SHARE * len(forms)
    rare = {w for w in words if w in keep or sum(1 for f in forms if has_word(f, w)) <= limit}
    return rare or set(words)


class GoldLine(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str
    question: str
    history: list[str] = Field(default_factory=list)
    kind: str = ""
    shape: str = ""
    expect: Expect
    file: str = ""  # set by the loader: the gold file's name

    @property
    def answerable(self) -> bool:
        return self.expect.abstain is not True


class LineResult(BaseModel):
    file: str
    id: str
    kind: str
    shape: str = ""
    question: str
    ok: bool
    failures: list[Failure]
    cited: list[tuple[int, str]]  # (n, title)
    first_line: str
    text: str  # the whole answer (JSON output only)
    answerable: bool
    abstained: bool  # no citation
    mode: str
    ms: float  # the answer call of the line's own question
    by_equivalent: bool = False  # right only because a background fiche stood for a gold one (at scale)


class GoldFileError(ValueError):
    """A gold line that does not parse (French message naming the file and line)."""


def load_gold(path: Path) -> list[GoldLine]:
    lines = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            lines.append(GoldLine.model_validate_json(raw).model_copy(update={"file": str(path)}))
        except ValidationError as err:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))} : {e['msg']}" for e in err.errors())
            raise GoldFileError(f"{path}:{number} : ligne invalide ({problems})") from err
    return lines


def unknown_refs(gold: Iterable[GoldLine], fiches: Iterable) -> list[str]:
    """Warnings for the references that name no indexed fiche (a typo would make `cites_none` pass)."""
    ids, titles = set(), set()
    for fiche in fiches:
        ids.add(fiche.id)
        titles.add(fold(fiche.title))
    return [
        f"{line.file} {line.id} : aucune fiche de l'index ne s'appelle « {ref} »"
        for line in gold
        for ref in dict.fromkeys(line.expect.refs())
        if ref not in ids and fold(ref) not in titles
    ]


# -- running ----------------------------------------------------------------------------------------


def listed_fiches(assistant, answer: Answer) -> dict[str, str]:
    """id -> title of every fiche behind the answer's « Voir toutes les fiches (N) » (the UI's rule, no filter)."""
    from assistant.webapp import NO_LIST_INTENTS

    query = answer.query
    if not answer.citations or query is None or query.intent in NO_LIST_INTENTS:
        return {}
    if not (query.facets or query.intent == "aggregate"):
        return {}
    return {fiche.id: fiche.title for fiche in assistant.matching_fiches(query)}


class CorpusForms:
    """The word forms of the gold corpus's fiches, by id and by folded title (how gold lines name them), and of
    the background fiches an answer cites (read from the index once each)."""

    def __init__(self, corpus: Iterable = (), background: list[frozenset[str]] = ()) -> None:
        self.background = background  # the word forms of every background fiche (document frequencies)
        self._common: dict[str, bool] = {}
        self.by_ref: dict[str, frozenset[str]] = {}
        for fiche in corpus:
            forms = fiche_forms(fiche)
            self.by_ref[fiche.id] = forms
            self.by_ref.setdefault(fold(fiche.title), forms)
        self._cited: dict[str, frozenset[str]] = {}

    def common(self, key: str) -> bool:
        """`key` occurs in more than `COMMON_SHARE` of the background fiches."""
        if key not in self._common:
            df = sum(1 for forms in self.background if has_word(forms, key))
            self._common[key] = df > COMMON_SHARE * len(self.background)
        return self._common[key]

    def of_ref(self, ref: str) -> frozenset[str] | None:
        return self.by_ref.get(ref) or self.by_ref.get(fold(ref))

    def of_cited(self, assistant, fiche_id: str) -> frozenset[str]:
        if fiche_id not in self._cited:
            fiche = assistant.index.get_fiche(fiche_id)
            self._cited[fiche_id] = fiche_forms(fiche) if fiche is not None else frozenset()
        return self._cited[fiche_id]


def ref_topics(line: GoldLine, forms: CorpusForms) -> list[set[str]]:
    """For each fiche the line accepts in a list (`first`, `first_in`, `cites_at_least`), the question's content
    words that this fiche carries: what made the gold writer choose it. Only words that tell topics apart in the
    background count (not `CorpusForms.common`); too few (fewer than two, or than the question has) and the
    fiche is not described well enough to stand for a topic: left out."""
    if line.kind in ONE_FICHE_KINDS or line.history:
        return []
    expect = line.expect
    refs = [*([expect.first] if expect.first else []), *(expect.first_in or [])]
    refs += expect.cites_at_least[1] if expect.cites_at_least else []
    words = {w for w in content_keys(line.question) if not forms.common(w)}
    topics = []
    for ref in dict.fromkeys(refs):
        ref_forms = forms.of_ref(ref)
        carried = {w for w in words if ref_forms is not None and has_word(ref_forms, w)}
        if carried and len(carried) >= min(2, len(words)):
            topics.append(carried)
    return topics


def equivalents(assistant, line: GoldLine, answer: Answer, background: frozenset[str], forms: CorpusForms):
    """Ids of the cited background fiches that carry every question word one accepted gold fiche carries: as
    right for that list line as the gold fiche (the gold writer, who saw the gold corpus only, could not name
    them). Never for lines about one particular fiche (`ONE_FICHE_KINDS`, follow-ups)."""
    topics = ref_topics(line, forms)
    if not topics:
        return frozenset()
    cited = [c.fiche_id for c in answer.citations if c.fiche_id in background]
    return frozenset(
        fid
        for fid in cited
        if any(all(has_word(forms.of_cited(assistant, fid), w) for w in topic) for topic in topics)
    )


def run_line(
    assistant, line: GoldLine, background: frozenset[str] | None = None, forms: CorpusForms | None = None
) -> LineResult:
    """Replay the history as turns, ask the question, check the expectations (at scale when `background` holds
    the ids of background fiches; `forms`, the gold corpus's words, lets a background fiche stand for a gold
    one in a list line, see `equivalents`)."""
    turns: list[Turn] = []
    for earlier in line.history:
        turns.append(Turn(question=earlier, answer=assistant.ask(earlier, list(turns))))
    started = time.perf_counter()
    answer: Answer = assistant.ask(line.question, list(turns))
    ms = (time.perf_counter() - started) * 1000
    scale = None
    if background is not None:
        same = equivalents(assistant, line, answer, background, forms) if forms is not None else frozenset()
        scale = Scale(background=background, listed=listed_fiches(assistant, answer), equivalent=same)
    previous = turns[-1].answer if turns else None
    failures = check(line.expect, answer, previous, scale)
    by_equivalent = bool(scale and scale.equivalent) and not failures
    if by_equivalent:
        by_equivalent = bool(
            check(line.expect, answer, previous, scale.model_copy(update={"equivalent": frozenset()}))
        )
    return LineResult(
        file=line.file,
        id=line.id,
        kind=line.kind,
        shape=line.shape,
        question=line.question,
        ok=not failures,
        failures=failures,
        cited=[(c.n, c.title) for c in answer.citations],
        first_line=next((s.strip() for s in answer.text.splitlines() if s.strip()), ""),
        text=answer.text,
        answerable=line.answerable,
        abstained=not answer.citations,
        mode=answer.mode,
        ms=round(ms, 1),
        by_equivalent=by_equivalent,
    )


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def _rate(part: int, whole: int) -> dict:
    return {"n": whole, "count": part, "pct": round(100 * part / whole, 1) if whole else None}


def summarise(results: list[LineResult]) -> dict:
    """% correct overall and per kind, abstention on out-of-corpus, false abstention, latency."""
    kinds: dict[str, list[LineResult]] = defaultdict(list)
    for r in results:
        kinds[r.kind or "?"].append(r)
    out_of_corpus = [r for r in results if not r.answerable]
    answerable = [r for r in results if r.answerable]
    ms = [r.ms for r in results]
    return {
        "correct": _rate(sum(r.ok for r in results), len(results)),
        "kinds": {k: _rate(sum(r.ok for r in rs), len(rs)) for k, rs in sorted(kinds.items())},
        "abstention": _rate(sum(r.abstained for r in out_of_corpus), len(out_of_corpus)),
        "false_abstention": _rate(sum(r.abstained for r in answerable), len(answerable)),
        "latency_ms": {"p50": percentile(ms, 50), "p95": percentile(ms, 95)},
    }


def evaluate(
    assistant,
    gold: list[GoldLine],
    background: frozenset[str] | None = None,
    covered: Iterable[str] = (),
    corpus: Iterable = (),
    background_forms: list[frozenset[str]] = (),
) -> dict:
    """The whole report: per-file and overall summaries, and every line's result (at scale when `background`
    is given: lines of `SCALE_DEPENDENT_KINDS` and the out-of-corpus lines `covered` by the background are
    skipped and listed in `skipped`; `corpus`, the gold corpus's fiches, lets background fiches stand for gold
    ones in list lines)."""
    covered = set(covered)
    skipped = [
        line
        for line in gold
        if background is not None and (line.kind in SCALE_DEPENDENT_KINDS or line.id in covered)
    ]
    forms = CorpusForms(corpus, background_forms) if background is not None else None
    results = [run_line(assistant, line, background, forms) for line in gold if line not in skipped]
    by_file: dict[str, list[LineResult]] = defaultdict(list)
    for r in results:
        by_file[r.file].append(r)
    return {
        "files": {name: summarise(rs) for name, rs in by_file.items()},
        "overall": summarise(results),
        "questions": [r.model_dump() for r in results],
        "skipped": [line.id for line in skipped],
    }


# -- text report ------------------------------------------------------------------------------------


def _pct(rate: dict) -> str:
    if not rate["n"]:
        return "—"
    return f"{rate['count']}/{rate['n']} ({rate['pct']:.1f} %)".replace(".", ",")


def _headline(name: str, s: dict) -> str:
    latency = f"{s['latency_ms']['p50']:.0f} / {s['latency_ms']['p95']:.0f} ms"
    cells = (_pct(s["correct"]), _pct(s["abstention"]), _pct(s["false_abstention"]), latency)
    return f"{Path(name).name:<32} {cells[0]:<17} {cells[1]:<19} {cells[2]:<19} {cells[3]}"


def _kinds_table(report: dict) -> list[str]:
    columns = (
        {**report["files"], "ensemble": report["overall"]} if len(report["files"]) > 1 else report["files"]
    )
    names = list(columns)
    lines = [f"  {'type':<16} " + " ".join(f"{Path(n).stem[:22]:<22}" for n in names)]
    for kind in report["overall"]["kinds"]:
        cells = []
        for name in names:
            rate = columns[name]["kinds"].get(kind)
            cells.append(f"{rate['count']}/{rate['n']} ({rate['pct']:.0f} %)" if rate else "—")
        lines.append(f"  {kind:<16} " + " ".join(f"{c:<22}" for c in cells))
    return lines


def _failure(q: dict) -> list[str]:
    kind = "/".join(part for part in (q["kind"], q["shape"]) if part)
    lines = [f"- {q['file']} {q['id']} · {kind} · « {q['question']} »"]
    lines += [f"    {f['key']} : {f['why']}" for f in q["failures"]]
    cited = " ; ".join(f"[{n}] {title}" for n, title in q["cited"][:5])
    more = f" ; … (+{len(q['cited']) - 5})" if len(q["cited"]) > 5 else ""
    lines.append(f"    cité : {cited + more if cited else 'rien'}")
    first = q["first_line"]
    lines.append(f"    réponse : {first[:160] + '…' if len(first) > 160 else first}")
    return lines


def format_report(report: dict) -> str:
    """The French text report: headline per file (and overall), per kind, then every failure with why."""
    mode = "réponses du LLM" if report["llm"] != "none" else "réponses extractives (sans LLM)"
    n = report["overall"]["correct"]["n"]
    fiches = report["index"]["fiches"]
    head = f"{'fichier':<32} {'réponses justes':<17} {'« aucune fiche »*':<19} {'fausses abstent.**':<19} latence p50 / p95"
    lines = [f"Évaluation des réponses : {n} questions, {fiches} fiches indexées, {mode}."]
    if report.get("background"):
        lines.append(
            f"À l'échelle : corpus caché parmi {report['background']} fiches de fond ; "
            f"{len(report['skipped'])} questions non jugées : count/rank (leurs chiffres valent pour le corpus seul) "
            f"et hors corpus dont le sujet est dans le fond ({', '.join(report.get('covered', [])) or 'aucune'})."
        )
        same = [q["id"] for q in report["questions"] if q.get("by_equivalent")]
        lines.append(
            f"{len(same)} questions justes grâce à une fiche de fond équivalente (elle porte tous les mots de la "
            f"question que porte la fiche attendue) : {', '.join(same) or 'aucune'}."
        )
    lines += ["", head]
    lines += [_headline(name, s) for name, s in report["files"].items()]
    if len(report["files"]) > 1:
        lines.append(_headline("ensemble", report["overall"]))
    lines += [
        "* questions hors corpus auxquelles l'assistant répond « aucune fiche » (aucune citation)",
        "** questions qui ont une réponse dans le corpus, mais sans aucune citation",
        "",
        "Par type de question (justes/n) :",
        *_kinds_table(report),
    ]
    failed = [q for q in report["questions"] if not q["ok"]]
    lines += ["", f"Échecs ({len(failed)}) :" if failed else "Aucun échec."]
    lines += [line for q in failed for line in _failure(q)]
    lines += [f"avertissement : {w}" for w in report["warnings"]]
    lines.append(
        f"\n{report['seconds']:.1f} s (indexation {report['index']['sync_seconds']:.1f} s)".replace(".", ",")
    )
    return "\n".join(lines)


# -- command ----------------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m assistant eval-answers",
        description="Évalue les réponses de l'assistant (citations, mentions, « aucune fiche ») sur des questions de référence.",
    )
    parser.add_argument("questions", type=Path, nargs="+", help="fichier(s) JSONL de questions de référence")
    parser.add_argument("--corpus", type=Path, nargs="+", required=True, help="export(s) à indexer")
    parser.add_argument(
        "--among",
        type=Path,
        nargs="+",
        default=[],
        help="fiches de fond parmi lesquelles cacher le corpus (jugement « à l'échelle »)",
    )
    parser.add_argument(
        "--index-dir",
        type=Path,
        default=None,
        help="dossier de l'index, aligné sur le corpus (défaut : dossier temporaire)",
    )
    parser.add_argument(
        "--kind",
        nargs="+",
        default=[],
        metavar="KIND",
        help="seulement les lignes de ces types (« followup », « out_of_corpus » couvre toutes ses formes)",
    )
    parser.add_argument("--json", action="store_true", help="un seul objet JSON sur la sortie standard")
    parser.add_argument(
        "--fail-under",
        type=float,
        default=None,
        metavar="PCT",
        help="code 1 si moins de PCT %% de réponses justes",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    from config import get_settings

    args = _parser().parse_args(argv)
    settings = get_settings()
    _quiet_logs(settings.log_level)
    missing = [str(p) for p in [*args.questions, *args.corpus, *args.among] if not p.exists()]
    if missing:
        print(f"Fichier introuvable : {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        gold = [line for path in args.questions for line in load_gold(path)]
    except GoldFileError as err:
        print(f"Erreur : {err}", file=sys.stderr)
        return 2
    if args.kind:
        gold = [line for line in gold if of_kinds(line, args.kind)]
    if args.index_dir is not None:
        return _run(args, gold, settings, args.index_dir)
    with tempfile.TemporaryDirectory(prefix="eval-answers-") as tmp:
        return _run(args, gold, settings, Path(tmp))


def of_kinds(line: GoldLine, kinds: list[str]) -> bool:
    """The line is of one of `kinds`: its kind, or the kind before « / » (« out_of_corpus/topic » is out_of_corpus)."""
    return line.kind in kinds or line.kind.split("/")[0] in kinds


def _quiet_logs(level: str) -> None:
    """Warnings only (one INFO line per question would bury the report), unless LOG_LEVEL=DEBUG."""
    level = "DEBUG" if level.upper() == "DEBUG" else "WARNING"
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.setLevel(level)  # bm25s sets its own logger to DEBUG at import


def parse_corpus(paths: list[Path]) -> tuple[list, list[str]]:
    """Fiches of every file that parses, and warnings; a file the parser cannot read is skipped with a warning
    (the gold lines naming its fiches then fail, and their references are reported unknown)."""
    from ingest.errors import IngestError
    from ingest.parser import parse_files

    try:
        parsed = parse_files(paths)
        return parsed.fiches, list(parsed.warnings)
    except IngestError:
        readable, skipped = [], []
        for path in paths:
            try:
                parse_files([path])
                readable.append(path)
            except IngestError as err:
                skipped.append(f"fichier ignoré : {err}")
        if not readable:
            raise
    parsed = parse_files(readable)
    return parsed.fiches, [*skipped, *parsed.warnings]


def _run(args: argparse.Namespace, gold: list[GoldLine], settings, index_dir: Path) -> int:
    from assistant.llm import LLMConfigError
    from assistant.service import build_assistant, warm_up
    from ingest.errors import IngestError

    started = time.perf_counter()
    try:
        fiches, warnings = parse_corpus(args.corpus)
        among, _ = parse_corpus(args.among) if args.among else ([], [])
        background = frozenset(f.id for f in among) - {f.id for f in fiches} if args.among else None
        corpus = fiches
        fiches = [*fiches, *among]
        assistant = build_assistant(settings.model_copy(update={"index_dir": index_dir}))
    except (IngestError, LLMConfigError) as err:
        print(f"Erreur : {err}", file=sys.stderr)
        return 2
    sync = assistant.index.sync(fiches, prune=True)
    if sync.fiches_total == 0:
        print("Index vide : le corpus ne contient aucune fiche.", file=sys.stderr)
        return 1
    assistant.ask(WARM_UP)  # loads the embedding model: the first line's latency is not the model's loading
    warm_up(assistant, WARM_UP)  # and what the UI loads before serving (the title linker's text index…)
    background_forms = [fiche_forms(fiche) for fiche in among]
    covered = covered_out_of_corpus(gold, among, background_forms) if args.among else []
    report = evaluate(assistant, gold, background, covered, corpus, background_forms)
    report["background"] = len(background) if background is not None else 0
    report["covered"] = covered
    report["warnings"] = [*warnings, *unknown_refs(gold, assistant.index.all_fiches())]
    report["index"] = {"dir": str(index_dir), "fiches": sync.fiches_total, "sync_seconds": sync.seconds}
    report["llm"] = settings.llm_provider
    report["seconds"] = round(time.perf_counter() - started, 2)
    assistant.index.close()
    print(json.dumps(report, ensure_ascii=False) if args.json else format_report(report))
    pct = report["overall"]["correct"]["pct"] or 0.0
    return 1 if args.fail_under is not None and pct < args.fail_under else 0
