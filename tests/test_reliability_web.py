"""The web app under abuse (issue 16): long questions, one client holding the queue, spreadsheet formulas in
exports, feedback floods, uploads, wrong-password floods, unbounded sessions and export files, missing security
headers — and reloading the index between questions when another process changed it.

Fast tests use the scripted `FakeAssistant` and fake clocks; the ones marked `slow` use the real index, the
real embedder, `python -m ingest` in another process and the app in Chromium.
"""

from __future__ import annotations

import csv
import io
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import ui
from assistant import facet_merge, facets, limits
from assistant.conversation import Conversation
from assistant.feedback import FeedbackStore
from assistant.limits import (
    BUSY,
    ClientLimiter,
    ExportFolder,
    LoginThrottle,
    RateLimiter,
    VoteBook,
    WebLimits,
    neutralise_cell,
    question_refusal,
)
from assistant.present import CSV_COLUMNS, fiches_csv
from assistant.service import Assistant
from assistant.serving import LiveAssistant, ReloadGate
from config import Settings, get_settings
from ingest.models import Fiche
from ingest.parser import parse_files
from tests.conftest import SAMPLE_CORPUS
from tests.helpers_answer import FICHES, FakeIndex
from tests.helpers_ui import FakeAssistant, sample_fiches

NORMAL = "Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?"


class Clock:
    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


def _controller(tmp_path: Path, assistant=None, **limit_options) -> ui.Controller:
    web = WebLimits(**limit_options)
    return ui.Controller(
        assistant or FakeAssistant(), FeedbackStore(tmp_path / "data"), tmp_path / "exp", web
    )


def _final(views) -> ui.View:
    return list(views)[-1]


# ---------------------------------------------------------------- 1. question length and cost


def test_question_refusal_names_the_size_and_the_limit():
    assert question_refusal("x" * 1000, 1000) is None
    assert question_refusal("  " + "x" * 1000 + "  ", 1000) is None  # counted after stripping
    assert question_refusal("x" * 1001, 1000) == (
        "Question trop longue (1\u202f001 caractères) : 1\u202f000 caractères au plus. "
        "Raccourcissez-la, ou posez plusieurs questions plus courtes."
    )
    assert question_refusal("x" * 5000, 0) is None  # 0: no limit


class _Untouchable:
    """A retriever/index that fails the test if the assistant reads it."""

    def __getattr__(self, name):
        raise AssertionError(f"the assistant analysed a refused question ({name})")


def test_assistant_refuses_a_long_question_before_analysing_it():
    assistant = Assistant(_Untouchable(), _Untouchable(), settings=Settings(max_question_chars=1000))
    answer = assistant.ask("é" * 100_000)
    assert answer.text.startswith(
        "Question trop longue (100\u202f000 caractères) : 1\u202f000 caractères au plus."
    )
    assert answer.citations == [] and answer.query is None


def test_the_limit_comes_from_the_settings(monkeypatch):
    monkeypatch.setenv("MAX_QUESTION_CHARS", "50")
    get_settings.cache_clear()
    assistant = Assistant(_Untouchable(), FakeIndex(FICHES))
    assert assistant.ask("y" * 51).text.startswith("Question trop longue (51 caractères) : 50 caractères")


def test_ui_refuses_a_long_question_without_keeping_it(tmp_path):
    fake = FakeAssistant()
    ctrl = _controller(tmp_path, fake, max_question_chars=1000)
    before = _final(ctrl.respond(NORMAL, Conversation(), None)).conversation
    view = _final(ctrl.respond(("parentalité " * 10_000).strip(), before, None))
    assert [c["question"] for c in fake.calls] == [NORMAL]  # the long one never reached the assistant
    assert view.conversation is before and len(view.conversation.turns) == 1  # not kept in the session
    user, answer = view.messages[-2:]
    assert len(user["content"]) == 300 and user["content"].endswith("…")  # shown cut
    assert answer["content"].startswith("Question trop longue (119\u202f999 caractères)")


def test_the_question_box_has_the_limit_too(tmp_path):
    blocks = ui.build_blocks(_controller(tmp_path, max_question_chars=1000))
    box = next(b for b in blocks.blocks.values() if getattr(b, "elem_id", None) == "question")
    assert box.max_length == 1000


class _CountingTokens(list):
    """A token list that counts how many tokens the scan reads (by index, slice or iteration)."""

    reads = 0

    def __getitem__(self, item):
        got = super().__getitem__(item)
        _CountingTokens.reads += len(got) if isinstance(item, slice) else 1
        return got

    def __iter__(self):
        _CountingTokens.reads += len(self)
        return super().__iter__()


@pytest.fixture(scope="module")
def vocabulary() -> facets.FacetVocabulary:
    return facets.FacetVocabulary.from_fiches(parse_files([SAMPLE_CORPUS]).fiches)


def test_facet_scan_reads_each_word_a_bounded_number_of_times(vocabulary, monkeypatch):
    """The scan was quadratic: `_cue_ok` copied every word of the question for every candidate phrase
    (40k characters 3 s, 160k 32 s). Now each word is read a bounded number of times, whatever the length."""
    real_tokens = facets.tokens
    monkeypatch.setattr(facets, "tokens", lambda text: _CountingTokens(real_tokens(text)))
    per_word = {}
    for repeats in (10, 100, 400):
        question = " ".join([NORMAL, "Et en Gironde dans le 59 ou le Nord ?"] * repeats)
        _CountingTokens.reads = 0
        scan = vocabulary.scan(question)
        per_word[repeats] = _CountingTokens.reads / len(scan.tokens)
    # before the fix: 48 reads per word at 10 repeats, 1,700 at 400. What matters is that it does not grow with the
    # length; the constant grows with each pass of the tagger (~22 in round 12, when « le français » was added).
    assert max(per_word.values()) < 1.05 * min(per_word.values()), per_word
    assert max(per_word.values()) < 30, per_word


def test_a_repeated_value_is_one_facet_and_the_text_is_searched_once_per_value(vocabulary, monkeypatch):
    calls = []
    real = facet_merge._joined_by_or
    monkeypatch.setattr(facet_merge, "_joined_by_or", lambda *a: calls.append(a) or real(*a))
    counts = []
    for repeats in (30, 300):
        calls.clear()
        scan = vocabulary.scan(" ".join(["Quelles actions en Gironde puis dans le Nord ?"] * repeats))
        places = [f.values for f in scan.facets if f.field == "departement"]
        assert places == [["Gironde", "Nord"]]  # before: « Nord » 300 times; a fiche has one place: an OR
        counts.append(len(calls))
    # only mentions a few words apart are compared (« A ou B »): before, one search of the whole text per repetition
    assert counts[0] == counts[1] <= 3


# ---------------------------------------------------------------- 1b. per-client limits


def test_rate_limiter_allows_a_burst_then_the_rate():
    clock = Clock()
    limiter = RateLimiter(per_minute=6, burst=2, clock=clock)
    assert [limiter.take("a"), limiter.take("a")] == [0.0, 0.0]
    assert limiter.take("a") == pytest.approx(10.0)  # one token every 10 s
    assert limiter.take("b") == 0.0  # another client is not affected
    clock.now += 10
    assert limiter.take("a") == 0.0 and limiter.take("a") > 0
    assert RateLimiter(per_minute=0, burst=1).take("x") == 0.0  # 0: no limit


def test_rate_limiter_forgets_the_oldest_clients_beyond_its_size():
    limiter = RateLimiter(per_minute=1, burst=1, size=3)
    for key in "abcd":
        limiter.take(key)
    assert list(limiter._buckets) == ["b", "c", "d"]


def test_one_question_at_a_time_per_session_and_a_rate_per_address():
    clock = Clock()
    clients = ClientLimiter(per_minute=60, burst=5, ip_per_minute=60, ip_burst=3, clock=clock)
    with clients.admit("s1", "10.0.0.1") as first:
        assert first is None
        with clients.admit("s1", "10.0.0.1") as second:
            assert second == BUSY
        with clients.admit("s2", "10.0.0.1") as other:
            assert other is None
    with clients.admit("s1", "10.0.0.1") as again:
        assert again is None
    with clients.admit("s3", "10.0.0.1") as fourth:  # 4th question from the address within a second
        assert fourth == "Trop de questions en peu de temps : réessayez dans 1 s."
    with clients.admit("s3", "10.0.0.2") as elsewhere:
        assert elsewhere is None
    assert clients.refused == 2


def test_an_abandoned_question_stops_blocking_its_session():
    clock = Clock()
    clients = ClientLimiter(clock=clock)
    held = clients.admit("s1")
    assert held.__enter__() is None  # never exited: a stream nobody reads any more
    with clients.admit("s1") as refusal:
        assert refusal == BUSY
    clock.now += limits.BUSY_EXPIRY_S + 1
    with clients.admit("s1") as refusal:
        assert refusal is None


def test_ui_refuses_a_second_question_while_the_first_streams(tmp_path):
    fake = FakeAssistant()
    ctrl = _controller(tmp_path, fake)
    first = ctrl.respond(NORMAL, Conversation(), None, client=("tab-1", "127.0.0.1"))
    next(first)  # the first answer is streaming
    second = _final(ctrl.respond("Et le numérique ?", Conversation(), None, client=("tab-1", "127.0.0.1")))
    assert second.messages[-1]["content"] == BUSY and second.conversation.turns == []
    other_tab = _final(ctrl.respond("Et le numérique ?", Conversation(), None, client=("tab-2", "127.0.0.1")))
    assert len(other_tab.conversation.turns) == 1
    assert len(_final(first).conversation.turns) == 1
    assert [c["question"] for c in fake.calls] == [NORMAL, "Et le numérique ?"]


def test_gradio_queue_and_sessions_are_set_from_the_settings(monkeypatch):
    for name, value in {"UI_CONCURRENCY": "3", "UI_QUEUE_SIZE": "17", "UI_MAX_SESSIONS": "42"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("UI_SESSION_HOURS", "2")
    get_settings.cache_clear()
    app = ui.create_app(FakeAssistant(), get_settings())
    blocks = app.state.gradio_app.get_blocks()
    assert blocks._queue.default_concurrency_limit == 3 and blocks._queue.max_size == 17
    assert blocks.state_session_capacity == 42 and app.state.gradio_app.state_holder.capacity == 42
    state = next(b for b in blocks.blocks.values() if type(b).__name__ == "State" and b.time_to_live)
    assert state.time_to_live == 2 * 3600


# ---------------------------------------------------------------- 3. output safety


@pytest.mark.parametrize(
    "cell", ['=HYPERLINK("http://evil.example")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]
)
def test_formula_cells_are_neutralised(cell):
    assert neutralise_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Café", "", "2023", " =pas au début", "Nord (59)"])
def test_ordinary_cells_are_unchanged(cell):
    assert neutralise_cell(cell) == cell


def test_csv_export_has_no_formula(tmp_path):
    evil = Fiche(
        id="f-evil",
        title='=HYPERLINK("http://evil.example";"clic")',
        centre="+cmd|' /C calc'!A0",
        departement="-1+1",
        region="@SUM(1+1)",
        statut="\tEn cours",
        mots_cles=["=1+2", "Parentalité"],
        partenaires=["Caf"],
        public=["Familles"],
        annee=2023,
    )
    rows = list(csv.reader(io.StringIO(fiches_csv([evil], "http://localhost/"))))
    assert rows[0] == list(CSV_COLUMNS)
    assert rows[1][:8] == [
        "f-evil",
        '\'=HYPERLINK("http://evil.example";"clic")',
        "'+cmd|' /C calc'!A0",
        "'-1+1",
        "'@SUM(1+1)",
        "'\tEn cours",
        "2023",
        "'=1+2 ; Parentalité",
    ]
    exported = _controller(tmp_path, FakeAssistant([evil])).export_selection(None)
    assert "'=HYPERLINK" in exported.read_text(encoding="utf-8-sig")


def test_one_vote_per_message_and_session_and_bounded_lines(tmp_path):
    ctrl = _controller(tmp_path, feedback_chars=2000)
    conversation = _final(ctrl.respond(NORMAL, Conversation(), None)).conversation
    long_answer = conversation.turns[0].answer.model_copy(update={"text": "x" * 1_000_000})
    conversation = conversation.model_copy(
        update={"turns": [conversation.turns[0].model_copy(update={"answer": long_answer})]}
    )
    assert ctrl.feedback(conversation, 1, True, session="tab-1") is not None
    for _ in range(100):
        assert ctrl.feedback(conversation, 1, False, session="tab-1") is None
    assert ctrl.feedback(conversation, 1, False, session="tab-2") is not None
    entries = ctrl.feedback_store.entries()
    assert [e.liked for e in entries] == [True, False]
    assert all(len(e.answer) == 2000 for e in entries)
    assert ctrl.feedback_store.path.stat().st_size < 10_000  # before: 100 × 1 MB


def test_vote_book_is_bounded():
    book = VoteBook(size=2)
    assert book.first("s", "1") and book.first("s", "2") and book.first("s", "3")
    assert not book.first("s", "3") and len(book._seen) == 2


def test_export_files_are_deleted_after_their_lifetime(tmp_path):
    clock = Clock(time.time())
    folder = ExportFolder(tmp_path / "exp", max_age=3600, clock=clock)
    old = folder.write("reponse", ".md", "ancienne")
    clock.now += 3601
    new = folder.write("reponse", ".md", "nouvelle")
    assert not old.exists() and not old.parent.exists() and new.read_text() == "nouvelle"
    folder.clear()
    assert not (tmp_path / "exp").exists()


def test_answers_do_not_pile_up_markdown_files(tmp_path):
    ctrl = _controller(tmp_path, export_seconds=-1)  # everything older than now is deleted at each write
    conversation = Conversation()
    for _ in range(5):
        conversation = _final(ctrl.respond(NORMAL, conversation, None)).conversation
        ctrl.export_answer(conversation)
    assert len(list((tmp_path / "exp").rglob("reponse.md"))) == 1  # before: one per answer, forever


def test_main_deletes_the_export_folder_at_shutdown(monkeypatch, tmp_path):
    apps = []
    monkeypatch.setattr("ui.ensure_index", lambda settings: "")
    monkeypatch.setattr("assistant.service.build_assistant", lambda settings: FakeAssistant())
    monkeypatch.setattr("uvicorn.run", lambda app, **kwargs: apps.append(app))
    get_settings.cache_clear()
    assert ui.main([]) == 0
    ctrl = apps[0].state.controller
    assert not ctrl.export_dir.exists()


SECURITY = {
    "content-security-policy",
    "x-frame-options",
    "x-content-type-options",
    "referrer-policy",
}


@pytest.fixture
def client(monkeypatch) -> TestClient:
    monkeypatch.delenv("UI_USERNAME", raising=False)
    monkeypatch.delenv("UI_PASSWORD", raising=False)
    get_settings.cache_clear()
    with TestClient(ui.create_app(FakeAssistant(), get_settings())) as test_client:
        yield test_client


@pytest.mark.parametrize(
    "path", ["/", "/config", "/gradio_api/info", "/fiche/senacs-101", "/fiche/inconnue", "/nulle-part"]
)
def test_security_headers_on_every_response(client, path):
    response = client.get(path)
    assert {k.lower() for k in response.headers} >= SECURITY, path
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "same-origin"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_upload_route_is_closed(client, tmp_path):
    response = client.post("/gradio_api/upload", files={"files": ("big.txt", b"x" * 5_000_000)})
    assert response.status_code == 403 and response.text == limits.NO_UPLOAD
    assert {k.lower() for k in response.headers} >= SECURITY


def test_wrong_logins_are_throttled(monkeypatch):
    monkeypatch.setenv("UI_USERNAME", "federation")
    monkeypatch.setenv("UI_PASSWORD", "s3cret")
    get_settings.cache_clear()
    client = TestClient(ui.create_app(FakeAssistant(), get_settings()))
    wrong = {"username": "federation", "password": "faux"}
    assert [client.post("/login", data=wrong).status_code for _ in range(5)] == [400] * 5
    blocked = client.post("/login", data={"username": "federation", "password": "s3cret"})
    assert blocked.status_code == 429  # even the right password waits: nothing is checked while blocked
    assert blocked.text.startswith("Trop de tentatives de connexion : réessayez dans")
    assert 1 <= int(blocked.headers["retry-after"]) <= 12
    assert client.get("/config").status_code == 401


def test_login_throttle_refills_and_a_success_forgets():
    clock = Clock()
    throttle = LoginThrottle(per_minute=5, burst=2, clock=clock)
    throttle.failed("a")
    assert throttle.retry_after("a") == 0.0
    throttle.failed("a")
    assert throttle.retry_after("a") == pytest.approx(12.0)
    assert throttle.retry_after("b") == 0.0
    clock.now += 12
    assert throttle.retry_after("a") == 0.0
    throttle.succeeded("a")
    throttle.failed("a")
    assert throttle.retry_after("a") == 0.0  # a fresh burst after a success


def test_a_long_session_keeps_a_bounded_conversation(tmp_path):
    """Each answer kept its hits (whole fiches) for the session's whole life: +50 KB per question (the soak of
    benchmarks/load.py grew 0.25 MB/s). Now: the last `MAX_TURNS` turns, fiches on the last answer only."""
    import pickle

    ctrl = _controller(tmp_path)
    conversation = Conversation()
    sizes = []
    for n in range(limits.MAX_TURNS + 10):
        conversation = _final(ctrl.respond(f"{NORMAL} ({n})", conversation, None)).conversation
        sizes.append(len(pickle.dumps(conversation)))
    assert len(conversation.turns) == limits.MAX_TURNS
    assert conversation.turns[0].question == f"{NORMAL} (10)"
    assert [bool(t.answer.hits) for t in conversation.turns] == [False] * (limits.MAX_TURNS - 1) + [True]
    cited = [len(t.answer.citations) for t in conversation.turns]
    assert cited == [2] * limits.MAX_TURNS  # citations kept: follow-ups use them
    assert sizes[-1] <= sizes[limits.MAX_TURNS - 1] * 1.05  # flat once full


def test_lighter_leaves_a_small_conversation_as_it_is(tmp_path):
    conversation = _final(_controller(tmp_path).respond(NORMAL, Conversation(), None)).conversation
    assert limits.lighter(conversation) is conversation


# ---------------------------------------------------------------- 2. reload between questions (fakes)


class _ChangingIndex:
    """A fake `FicheIndex`: a change counter another 'process' bumps, and reopen() recorded."""

    index_dir = Path("fake")

    def __init__(self):
        self.changes = 0
        self.reopened: list[int] = []

    def generation(self) -> int:
        return self.changes

    def reopen(self) -> None:
        self.reopened.append(self.changes)


class _SlowAssistant(FakeAssistant):
    """Streams word by word; each question records whether a reopen happened while it ran."""

    def __init__(self, index: _ChangingIndex):
        super().__init__(sample_fiches())
        self.index = index
        self.retriever = self
        self.during: list[tuple[int, int]] = []  # (reopens at start, reopens at end) per answer

    def stream(self, question, history=None, filters=None, query=None):
        start = len(self.index.reopened)
        yield from super().stream(question, history, filters, query)
        self.during.append((start, len(self.index.reopened)))

    def search(self, question, k=5, filters=None):
        return None


def test_live_assistant_reloads_between_questions_never_during_one():
    index = _ChangingIndex()
    inner = _SlowAssistant(index)
    live = LiveAssistant.over(inner)
    assert isinstance(live, LiveAssistant) and LiveAssistant.over(FakeAssistant()).__class__ is FakeAssistant

    live.ask(NORMAL)
    assert index.reopened == [] and live.version == 0
    first = live.stream(NORMAL)
    next(first)  # a question in flight...
    index.changes += 1  # ...when an ingest commits
    second_done = threading.Event()

    def second():
        live.ask("Et le numérique ?")
        second_done.set()

    thread = threading.Thread(target=second)
    thread.start()
    time.sleep(0.3)
    assert not second_done.is_set() and index.reopened == []  # the reload waits for the first question
    list(first)
    thread.join(timeout=10)
    assert second_done.is_set() and index.reopened == [1] and live.version == 1
    assert inner.during == [(0, 0), (0, 0), (1, 1)]  # no answer saw the index change under it
    live.ask(NORMAL)
    assert index.reopened == [1]  # nothing changed since: no reload


def test_reload_gives_up_waiting_for_a_stuck_question_then_retries_when_it_ends():
    index = _ChangingIndex()
    live = LiveAssistant(_SlowAssistant(index), index, wait_s=0.2)
    stuck = live.stream(NORMAL)
    next(stuck)
    index.changes += 1
    assert live.check() is False and index.reopened == []  # waited 0.2 s, postponed
    started = time.monotonic()
    assert live.check() is False and time.monotonic() - started < 0.1  # no second wait while it runs
    stuck.close()  # the abandoned stream is released
    assert live.check() is True and index.reopened == [1]


def test_reload_gate_lets_readers_share():
    gate = ReloadGate()
    with gate.reading(), gate.reading():
        assert gate.readers == 2
    with gate.reloading(timeout=0.1) as idle:
        assert idle


def test_filter_choices_follow_the_reloaded_index(tmp_path):
    index = _ChangingIndex()
    inner = _SlowAssistant(index)
    ctrl = _controller(tmp_path, LiveAssistant.over(inner))
    assert "Nièvre" not in [v for _, v in ctrl.facet_choices()["departement"]]
    version = ctrl.choices_version()
    inner.fiches = [
        *inner.fiches,
        sample_fiches()[0].model_copy(update={"id": "n-1", "departement": "Nièvre"}),
    ]
    assert "Nièvre" not in [v for _, v in ctrl.facet_choices()["departement"]]  # cached: index unchanged
    index.changes += 1
    assert ctrl.choices_version() == version + 1
    assert ("Nièvre (1)", "Nièvre") in ctrl.facet_choices()["departement"]


# ---------------------------------------------------------------- 2. reload between questions (real index)

NEW_CENTRE = "- CENTRE SOCIAL DU MORVAN - Nièvre"
NEW_TITLES = ("Atelier vélo solidaire des Amognes", "Potager partagé du Morvan")


def _new_export(path: Path) -> Path:
    """Two fiches of a centre in the Nièvre (a département the sample corpus lacks), from sample blocks."""
    from tests.helpers_badinput import sample_blocks

    blocks = []
    for block, title in zip(sample_blocks()[:2], NEW_TITLES, strict=True):
        lines = block.split("\n")
        lines[1] = title
        lines[3] = NEW_CENTRE
        blocks.append("\n".join(lines))
    path.write_text("Les actions des centres sociaux\n" + "".join(blocks), encoding="utf-8")
    return path


def _sample_questions() -> list[dict]:
    import json

    lines = (Path(__file__).parent / "data" / "sample_questions.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.slow
def test_ingest_into_the_served_index_then_every_sample_question_answers(tmp_path, capsys):
    """Issue 16: `python -m ingest` into the index the app serves broke every filtered question (« Error
    finding id », 26 of the 52 sample questions) and the filters never learnt the new values until restart."""
    import subprocess
    import sys

    from assistant.service import build_assistant
    from tests.conftest import ROOT
    from tests.helpers_badinput import build_sample_index

    index_dir = tmp_path / "idx"
    build_sample_index(index_dir)
    settings = get_settings().model_copy(update={"index_dir": index_dir, "llm_provider": "none"})
    live = LiveAssistant.over(build_assistant(settings))
    ctrl = ui.Controller(live, FeedbackStore(tmp_path / "data"), tmp_path / "exp")
    assert len(_final(ctrl.respond(NORMAL, Conversation(), None)).conversation.turns[0].answer.citations) == 3
    assert "Nièvre" not in [v for _, v in ctrl.facet_choices()["departement"]]

    export = _new_export(tmp_path / "nievre.txt")
    ingest = subprocess.run(
        [sys.executable, "-m", "ingest", str(export), "--index-dir", str(index_dir), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**__import__("os").environ, "HF_HUB_OFFLINE": "1"},
    )
    assert ingest.returncode == 0, ingest.stderr

    failures, answered = [], 0
    for question in _sample_questions():
        turn = _final(ctrl.respond(question["question"], Conversation(), None)).conversation.turns[0]
        if turn.error or "Désolé" in turn.answer.text:
            failures.append((question["id"], turn.error or turn.answer.text[:200]))
        answered += bool(turn.answer.citations) or "Aucune fiche" in turn.answer.text
    assert failures == []
    assert answered == len(_sample_questions())
    assert live.version == 1

    nievre = _final(ctrl.respond("Quelles actions dans la Nièvre ?", Conversation(), None)).conversation
    assert {c.title for c in nievre.turns[0].answer.citations} == set(NEW_TITLES)
    assert ("Nièvre (2)", "Nièvre") in ctrl.facet_choices()["departement"]
    filtered = _final(ctrl.respond(NORMAL, Conversation(), {"departement": ["Nièvre"]})).conversation
    assert filtered.turns[0].error == ""
    assert {f.title for f in ctrl.selection({"departement": ["Nièvre"]})} == set(NEW_TITLES)
    with capsys.disabled():
        print(
            f"\n[mesure] après indexation par un autre processus : {len(_sample_questions())} questions, 0 erreur"
        )


CSP_WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.mark.slow
def test_the_page_works_in_chromium_under_the_security_headers(tmp_path):
    """The Content-Security-Policy must not break Gradio: page, answer, sources, chart and fiche page render,
    and the browser reports no violation."""
    from tests.helpers_badinput import build_sample_index, running_app
    from tests.test_ui_browser import CHROMIUM, CHROMIUM_ARGS

    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium absent: apt-get install chromium")
    from playwright.sync_api import expect, sync_playwright

    build_sample_index(tmp_path / "idx")
    with running_app(tmp_path / "idx", tmp_path) as (url, _), sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.add_init_script(CSP_WATCH)
            console = []
            page.on("console", lambda m: console.append(m.text))
            response = page.goto(url + "/")
            assert response.headers["x-frame-options"] == "DENY"
            expect(page.get_by_text(ui.EXAMPLES[0]).first).to_be_visible(timeout=60_000)
            page.wait_for_timeout(1000)  # the page's load events (filter choices)
            page.locator("#question textarea").fill(NORMAL)
            page.locator("#send").click()
            expect(page.locator("#chat")).to_contain_text("3 centres", timeout=120_000)
            expect(page.locator("#sources .source-card")).to_have_count(3, timeout=60_000)
            page.locator("#question textarea").fill("Combien d'actions de parentalité par département ?")
            page.locator("#send").click()
            expect(page.locator("#chat")).to_contain_text("Gironde", timeout=120_000)
            violations = page.evaluate("window.__csp")
            page.goto(url + "/fiche/" + parse_files([SAMPLE_CORPUS]).fiches[0].id)
            expect(page.locator("h1")).to_be_visible()
            violations += page.evaluate("window.__csp")
        finally:
            browser.close()
    assert violations == []
    assert not [m for m in console if "Content Security Policy" in m]


def test_no_run_history_page(client):
    """Gradio 6 records runs and offers, on /gradio_api/runs, to copy them to a Hugging Face bucket: off."""
    assert client.app.state.gradio_app.get_blocks().run_history is False
    assert '"run_history":false' in client.get("/config").text.replace(" ", "")
