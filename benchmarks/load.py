"""Load test of the running app on loopback: does one abusive client slow everyone down, and does a steady load
leak memory?

    python -m benchmarks.load [--index-dir DIR] [--users 20] [--questions 5] [--soak 60] [--rate 5]

Starts `python ui.py` on a free 127.0.0.1 port (over DIR, or over a fresh index of the sample corpus) and runs,
through `gradio_client` (one client = one browser session):
1. baseline: `--users` sessions each ask `--questions` sample questions (tests/data/sample_questions.jsonl), with
   a pause between two questions of a session (a person reading the answer);
2. attack: the same, while one more client sends 100 KB questions back to back, each from a new session;
3. soak: `--soak` seconds at `--rate` questions per second (open loop, spread over enough sessions to stay
   under the per-session limit), the server's RSS read from /proc every second.
Prints the figures and writes them to benchmarks/results/<date>_load.json. Everything is bounded: each request
times out, each phase has a deadline, the server is stopped at the end (also on error or Ctrl-C).
All sessions come from 127.0.0.1, so the per-address limit is switched off for the run (UI_IP_QUESTIONS_PER_MINUTE=0);
the per-session limits stay as configured.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
QUESTIONS = ROOT / "tests" / "data" / "sample_questions.jsonl"
SAMPLE_CORPUS = ROOT / "ingest" / "sample" / "fiches_exemple.txt"
NO_FILTERS = ([], [], [], [], [], [])  # the six filter dropdowns of `ask_fn`
REQUEST_TIMEOUT_S = 120
START_TIMEOUT_S = 300
ATTACK_CHARS = 100_000
FAILED = ("Désolé", "Trop de questions", "encore en cours")  # an error, or a refusal of a normal user


@dataclass
class Sample:
    seconds: float
    ok: bool
    error: str = ""
    text: str = ""  # the start of the answer


@dataclass
class Phase:
    name: str
    samples: list[Sample] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    def summary(self) -> dict:
        times = [s.seconds for s in self.samples if s.ok]
        errors = [s.error for s in self.samples if not s.ok]
        return {
            "phase": self.name,
            "requests": len(self.samples),
            "errors": len(errors),
            "first_errors": errors[:3],
            "p50_s": round(statistics.median(times), 3) if times else None,
            "p95_s": round(_percentile(times, 95), 3) if times else None,
            "max_s": round(max(times), 3) if times else None,
            **self.extra,
        }


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]


def _questions() -> list[str]:
    rows = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["question"] for r in rows]


# ---------------------------------------------------------------- the server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@contextlib.contextmanager
def running_app(index_dir: Path, work: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """`python ui.py` on a free loopback port; always stopped."""
    port = _free_port()
    env = {
        **os.environ,
        "DATA_DIR": str(work / "data"),
        "HF_HUB_OFFLINE": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "ANONYMIZED_TELEMETRY": "False",
        "UI_IP_QUESTIONS_PER_MINUTE": "0",  # every simulated user is 127.0.0.1
    }
    for name in ("UI_USERNAME", "UI_PASSWORD", "UI_HOST", "LLM_PROVIDER", "CHROMA_HOST"):
        env.pop(name, None)
    log = (work / "ui.log").open("wb")
    cmd = [sys.executable, "ui.py", "--host", "127.0.0.1", "--port", str(port), "--index-dir", str(index_dir)]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, proc)
        yield url, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=20)
        log.close()


def _wait_until_up(url: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"ui.py exited with {proc.returncode}")
        with contextlib.suppress(OSError), urllib.request.urlopen(url + "/", timeout=5) as response:
            if response.status == 200:
                return
        time.sleep(1)
    raise SystemExit(f"ui.py did not answer on {url} within {START_TIMEOUT_S} s")


def _sample_index(work: Path) -> Path:
    index_dir = work / "index"
    cmd = [sys.executable, "-m", "ingest", str(SAMPLE_CORPUS), "--index-dir", str(index_dir)]
    subprocess.run(
        cmd, cwd=ROOT, check=True, capture_output=True, timeout=900, env={**os.environ, "HF_HUB_OFFLINE": "1"}
    )
    return index_dir


# ---------------------------------------------------------------- clients


class Session:
    """One browser session (a `gradio_client.Client`)."""

    def __init__(self, url: str):
        from gradio_client import Client

        self.client = Client(url + "/", verbose=False, download_files=False)

    def ask(self, question: str) -> Sample:
        began = time.perf_counter()
        try:
            self.client.predict(question, api_name="/take_question")
            outputs = self.client.submit(*NO_FILTERS, api_name="/ask_fn").result(timeout=REQUEST_TIMEOUT_S)
            answer = outputs[0][-1]["content"]
            text = answer if isinstance(answer, str) else "".join(p.get("text", "") for p in answer)
            failed = next((f for f in FAILED if f in text), "")
            return Sample(time.perf_counter() - began, not failed, text[:120] if failed else "", text[:120])
        except Exception as exc:  # counted, the run goes on
            return Sample(time.perf_counter() - began, False, f"{type(exc).__name__}: {exc}"[:200])

    def new_conversation(self) -> str:
        """« Nouvelle conversation »: the session's conversation starts again (a new topic); '' or the error."""
        try:
            self.client.predict(api_name="/on_new")
            return ""
        except Exception as exc:  # counted as a failed request of the phase
            return f"on_new: {type(exc).__name__}: {exc}"[:200]

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.client.close()


def _user(url: str, questions: list[str], count: int, pause: float, rng: random.Random) -> list[Sample]:
    session = Session(url)
    try:
        samples = []
        for _ in range(count):
            samples.append(session.ask(rng.choice(questions)))
            time.sleep(pause * (0.5 + rng.random()))
        return samples
    finally:
        session.close()


def _attacker(url: str, stop: threading.Event, deadline: float) -> list[Sample]:
    """100 KB questions back to back, each from a new session (so no per-session limit applies)."""
    question = ("Quelles actions de parentalité avec des bailleurs sociaux en Gironde ? " * 2000)[
        :ATTACK_CHARS
    ]
    samples = []
    while not stop.is_set() and time.monotonic() < deadline:
        session = Session(url)
        try:
            samples.append(session.ask(question))
        finally:
            session.close()
    return samples


def _warm(url: str) -> None:
    """Every sample question once: what loads lazily (models, caches) is loaded before timing. A new session
    every 5 questions (the per-session burst)."""
    questions = _questions()
    for start in range(0, len(questions), 5):
        session = Session(url)
        try:
            for question in questions[start : start + 5]:
                session.ask(question)
        finally:
            session.close()


def users_phase(url: str, args: argparse.Namespace, attack: bool) -> Phase:
    phase = Phase("attaque" if attack else "référence")
    questions = _questions()
    stop = threading.Event()
    deadline = time.monotonic() + args.phase_timeout
    with ThreadPoolExecutor(max_workers=args.users + 1) as pool:
        attacker = pool.submit(_attacker, url, stop, deadline) if attack else None
        if attacker:
            time.sleep(2)  # the attack is running before the users arrive
        users = [
            pool.submit(_user, url, questions, args.questions, args.pause, random.Random(i))
            for i in range(args.users)
        ]
        for user in users:
            phase.samples.extend(user.result(timeout=args.phase_timeout))
        stop.set()
        if attacker:
            attacks = attacker.result(timeout=REQUEST_TIMEOUT_S + 30)
            phase.extra["attaquant"] = {
                "requetes": len(attacks),
                "refusees_pour_longueur": sum("Question trop longue" in s.text for s in attacks),
                "p50_s": round(statistics.median(s.seconds for s in attacks), 3) if attacks else None,
            }
    return phase


def soak_phase(url: str, pid: int, args: argparse.Namespace) -> Phase:
    phase = Phase("endurance")
    questions = _questions()
    sessions_needed = max(2, int(args.rate * 60 / 10) + 1)  # ~10 questions per minute per session
    sessions = [Session(url) for _ in range(sessions_needed)]
    locks = [threading.Lock() for _ in sessions]
    rss: list[tuple[float, float]] = []
    stop = threading.Event()

    def sample_rss() -> None:
        start = time.monotonic()
        while not stop.wait(1.0):
            rss.append((round(time.monotonic() - start, 1), round(_rss_mb(pid), 1)))

    def one(i: int) -> Sample:
        session = sessions[i % len(sessions)]
        with locks[i % len(sessions)]:
            new_topic = (
                i >= len(sessions) and i // len(sessions) % args.topic == 0
            )  # every `--topic` questions
            if new_topic and (error := session.new_conversation()):
                return Sample(0.0, False, error)
            return session.ask(questions[i % len(questions)])

    sampler = threading.Thread(target=sample_rss, daemon=True)
    sampler.start()
    start = time.monotonic()
    futures = []
    with ThreadPoolExecutor(max_workers=sessions_needed) as pool:
        for i in range(int(args.soak * args.rate)):
            time.sleep(max(0.0, start + i / args.rate - time.monotonic()))
            futures.append(pool.submit(one, i))
        phase.samples = [f.result(timeout=REQUEST_TIMEOUT_S * 2) for f in futures]
    seconds = time.monotonic() - start
    stop.set()
    sampler.join(timeout=5)
    for session in sessions:
        session.close()
    warm = [mb for t, mb in rss if t >= args.warmup]
    phase.extra.update(
        {
            "duree_s": round(seconds, 1),
            "debit_req_s": round(len(phase.samples) / seconds, 2),
            "sessions": sessions_needed,
            "rss_apres_chauffe_mb": warm[0] if warm else None,
            "rss_fin_mb": warm[-1] if warm else None,
            "rss_max_mb": max(warm) if warm else None,
            "rss_par_seconde": rss,
        }
    )
    return phase


# ---------------------------------------------------------------- main


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--index-dir", type=Path, help="index served (default: the sample corpus, indexed anew)"
    )
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--questions", type=int, default=5, help="questions per user")
    parser.add_argument(
        "--pause", type=float, default=3.0, help="mean seconds between two questions of a user"
    )
    parser.add_argument("--soak", type=float, default=60.0, help="seconds of the steady phase (0: skip)")
    parser.add_argument("--rate", type=float, default=5.0, help="questions per second in the steady phase")
    parser.add_argument(
        "--warmup", type=float, default=20.0, help="seconds of the steady phase before RSS counts"
    )
    parser.add_argument(
        "--topic",
        type=int,
        default=3,
        help="steady phase: questions of a session between two new conversations",
    )
    parser.add_argument("--only-soak", action="store_true", help="skip the users phases")
    parser.add_argument("--phase-timeout", type=float, default=600.0, help="deadline of each users phase (s)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fiches-load-") as tmp:
        work = Path(tmp)
        index_dir = args.index_dir or _sample_index(work)
        with running_app(index_dir, work) as (url, proc):
            _warm(url)
            phases = [] if args.only_soak else [users_phase(url, args, False), users_phase(url, args, True)]
            if args.soak > 0:
                phases.append(soak_phase(url, proc.pid, args))
    report = {"date": dt.datetime.now().isoformat(timespec="seconds"), "args": _jsonable(vars(args))}
    report["phases"] = [p.summary() for p in phases]
    base, attack = (report["phases"] + [{}, {}])[:2]
    if base.get("p95_s") and attack.get("p95_s"):
        report["p95_attaque_sur_reference"] = round(attack["p95_s"] / base["p95_s"], 2)
    _print(report)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"{dt.date.today().isoformat()}_load.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"\nRésultats : {out.relative_to(ROOT)}")
    return 0 if all(p["errors"] == 0 for p in report["phases"]) else 1


def _jsonable(values: dict) -> dict:
    return {k: str(v) if isinstance(v, Path) else v for k, v in values.items()}


def _print(report: dict) -> None:
    for phase in report["phases"]:
        shown = {k: v for k, v in phase.items() if k != "rss_par_seconde"}
        print(json.dumps(shown, ensure_ascii=False))
    if "p95_attaque_sur_reference" in report:
        print(f"p95 avec l'attaquant / sans : {report['p95_attaque_sur_reference']}")


if __name__ == "__main__":
    raise SystemExit(main())
