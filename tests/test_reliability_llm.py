"""LLM outages end-to-end: the real `ChatOpenAI` (from `make_chat_model`) against misbehaving local endpoints,
through the whole `Assistant.stream` path (real index of the sample corpus, real retriever) and through the
UI handler (`ui.Controller.respond`). Every failure gives exactly the extractive answer plus one warning.

Not repeated here: each failure on `stream_llm_answer` alone, with the scripted fake and with real sockets
(tests/test_llm.py), and a `TimeoutError` in the façade (tests/test_service.py). Added here: HTTP 500,
a stream that stops mid-answer (hang, or connection cut), follow-ups, the UI's chat message and sources.
"""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from assistant.feedback import FeedbackStore
from assistant.llm import fallback_warning, make_chat_model
from assistant.records import Answer, Turn
from assistant.service import Assistant, build_assistant
from config import Settings
from prompts import load_prompts
from tests.helpers_badinput import sample_index_fixture

pytestmark = pytest.mark.slow
QUESTION = "Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?"
FOLLOW_UP = "et en Gironde ?"
PARTIAL = "Les centres Les Genêts [1] et "
TIMEOUT_S = 1.0


def _chunk(text: str) -> bytes:
    body = {
        "id": "x",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "m",
        "choices": [{"index": 0, "delta": {"role": "assistant", "content": text}, "finish_reason": None}],
    }
    return f"data: {json.dumps(body)}\n\n".encode()


class _Endpoint(BaseHTTPRequestHandler):
    """One misbehaviour per server: `mode` in 500, malformed, partial_hang, partial_cut."""

    protocol_version = "HTTP/1.1"
    mode = "500"
    requests: list[str] = []
    stop: threading.Event = threading.Event()

    def do_POST(self):  # noqa: N802 (http.server API)
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.requests.append(self.path)
        if self.mode == "500":
            body = b'{"error": {"message": "internal error"}}'
            self.send_response(500)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        first = b"data: {not json\n\n" if self.mode == "malformed" else _chunk(PARTIAL)
        self.wfile.write(b"%x\r\n%s\r\n" % (len(first), first))
        self.wfile.flush()
        if self.mode == "partial_hang":
            self.stop.wait(timeout=30)  # never finishes the answer (bounded for the test's sake)
        elif self.mode == "partial_cut":
            self.connection.shutdown(socket.SHUT_RDWR)  # cut without the end of the chunked body
        else:
            self.wfile.write(b"0\r\n\r\n")

    def log_message(self, *args):
        pass


class Endpoint:
    """A local LLM endpoint that fails in one way; `requests` counts the calls it received."""

    def __init__(self, mode: str):
        self.mode = mode
        self.requests: list[str] = []
        self.stop = threading.Event()
        self._server = None
        self._socket = None
        if mode == "refused":  # a port nobody listens on
            with socket.socket() as sock:
                sock.bind(("127.0.0.1", 0))
                self.port = sock.getsockname()[1]
        elif mode == "hang":  # accepts connections, never answers
            self._socket = socket.socket()
            self._socket.bind(("127.0.0.1", 0))
            self._socket.listen(8)
            self._socket.settimeout(0.2)
            self.port = self._socket.getsockname()[1]
            threading.Thread(target=self._accept, daemon=True).start()
        else:
            handler = type("H", (_Endpoint,), {"mode": mode, "requests": self.requests, "stop": self.stop})
            self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
            self._server.daemon_threads = True
            threading.Thread(target=self._server.serve_forever, daemon=True).start()
            self.port = self._server.server_address[1]

    def _accept(self) -> None:
        held = []
        while not self.stop.is_set():
            try:
                conn, _ = self._socket.accept()
            except OSError:  # timeout, or closed
                continue
            held.append(conn)
            self.requests.append("connection")
        for conn in held:
            conn.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def close(self) -> None:
        self.stop.set()
        if self._server:
            self._server.shutdown()
            self._server.server_close()
        if self._socket:
            self._socket.close()


# mode → the French reason of the warning
OUTAGES = {
    "refused": "connexion impossible",
    "hang": "délai dépassé",
    "500": "erreur HTTP 500",
    "malformed": "réponse invalide : JSONDecodeError",
    "partial_hang": "délai dépassé",
    "partial_cut": "connexion impossible",
}


index_dir = sample_index_fixture()


@pytest.fixture(scope="module")
def extractive(index_dir) -> Assistant:
    """The same wiring without an LLM: the answers every outage must fall back to."""
    return build_assistant(Settings(index_dir=index_dir, llm_provider="none"))


@pytest.fixture
def endpoint(request):
    server = Endpoint(request.param)
    yield server
    server.close()


def _llm_settings(index_dir: Path, endpoint: Endpoint) -> Settings:
    """The OpenAI-compatible provider pointed at `endpoint`."""
    return Settings(
        index_dir=index_dir,
        llm_provider="openai",
        llm_model="m",
        llm_base_url=endpoint.url,
        llm_api_key="k",
        llm_timeout=TIMEOUT_S,
    )


def _with_llm(extractive: Assistant, endpoint: Endpoint) -> Assistant:
    settings = _llm_settings(extractive.settings.index_dir, endpoint)
    llm = make_chat_model(settings)
    return Assistant(
        extractive.retriever, extractive.index, llm=llm, prompts=load_prompts(), settings=settings
    )


def _split(items: list) -> tuple[list[str], Answer]:
    assert isinstance(items[-1], Answer) and all(isinstance(i, str) for i in items[:-1])
    return items[:-1], items[-1]


@pytest.mark.parametrize("endpoint", list(OUTAGES), indirect=True)
def test_outage_through_the_assistant_gives_the_extractive_answer_and_a_warning(endpoint, extractive):
    deltas, answer = _split(list(_with_llm(extractive, endpoint).stream(QUESTION)))
    expected = extractive.ask(QUESTION)
    assert (answer.mode, answer.citations) == ("extractive", expected.citations)
    assert expected.text.startswith(answer.text)  # without the « see also » links the no-LLM path appends
    assert answer.warnings == [fallback_warning(OUTAGES[endpoint.mode])]
    assert len(expected.citations) == 3
    # A stream that broke mid-answer showed its beginning; the final answer replaces it.
    assert "".join(deltas) == (PARTIAL if endpoint.mode.startswith("partial") else "")
    if endpoint.mode != "refused":
        assert len(endpoint.requests) == 1  # no retry


@pytest.mark.parametrize("endpoint", ["hang", "500"], indirect=True)
def test_outage_on_a_follow_up_waits_for_the_model_once(endpoint, extractive):
    """The follow-up is first rewritten by the LLM: when that fails, the answer does not call it again."""
    first = extractive.ask(QUESTION)
    history = [Turn(question=QUESTION, answer=first)]
    _, answer = _split(list(_with_llm(extractive, endpoint).stream(FOLLOW_UP, history=history)))
    expected = extractive.ask(FOLLOW_UP, history=history)
    assert (answer.mode, answer.citations) == ("extractive", expected.citations)
    assert [c.departement for c in answer.citations] == ["Gironde"] * len(answer.citations) != []
    assert answer.warnings == [fallback_warning(OUTAGES[endpoint.mode])]
    assert len(endpoint.requests) == 1  # the rewrite only: one timeout to wait, not two


@pytest.mark.parametrize("endpoint", ["refused", "partial_hang"], indirect=True)
def test_outage_through_the_ui_handler_shows_the_warning_and_the_sources(endpoint, extractive, tmp_path):
    import ui

    ctrl = ui.Controller(_with_llm(extractive, endpoint), FeedbackStore(tmp_path / "data"), tmp_path / "exp")
    *streaming, final = list(ctrl.respond(QUESTION, ui.Conversation(), None))
    expected = extractive.ask(QUESTION)
    message = final.messages[-1]["content"]
    assert final.answer.citations == expected.citations and expected.text.startswith(final.answer.text)
    assert message == ui.answer_markdown_message(final.answer)
    assert message.endswith(f"> ⚠️ {fallback_warning(OUTAGES[endpoint.mode])}")
    assert PARTIAL not in message  # the half-written LLM text is replaced by the extractive answer
    if endpoint.mode == "partial_hang":
        assert streaming and streaming[-1].messages[-1]["content"] == PARTIAL
    cards = [f'data-fiche-id="{c.fiche_id}"' for c in expected.citations]
    assert all(card in final.sources for card in cards) and final.sources.count("source-card") == 3
    assert final.conversation.turns[-1].answer.mode == "extractive"


def test_outage_with_the_real_wiring(extractive, tmp_path):
    """`build_assistant` with an OpenAI-compatible endpoint that is down: the app answers anyway."""
    down = Endpoint("refused")
    answer = build_assistant(_llm_settings(extractive.settings.index_dir, down)).ask(QUESTION)
    assert answer.mode == "extractive" and answer.citations == extractive.ask(QUESTION).citations
    assert answer.warnings == [fallback_warning("connexion impossible")]
