"""Exposure: the app listens on 127.0.0.1 unless told otherwise, and with UI_USERNAME/UI_PASSWORD set the real
running server refuses every anonymous request — Gradio's API (config, info, queue, call, upload, files) and
the fiche pages `/fiche/<id>` — while a logged-in user gets everything.

The in-process version of the login test (TestClient, fake assistant) is
tests/test_ui_handlers.py::test_auth_refuses_anonymous_requests; this one is the real server over HTTP.
"""

from __future__ import annotations

import html
import json
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import pytest

import ui
from config import get_settings
from ingest.parser import parse_files
from tests.conftest import SAMPLE_CORPUS
from tests.helpers_badinput import running_app, sample_index_fixture
from tests.helpers_ui import FakeAssistant

pytestmark = pytest.mark.slow
USER, PASSWORD = "federation", "S3cret-centres"
QUESTION = "Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?"


def _listening(port: int) -> set[str]:
    """Local addresses (IPv4 hex or IPv6 hex) listening on `port`, from /proc/net/tcp and tcp6."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(address)
    return found


sample_index = sample_index_fixture()


@pytest.fixture(scope="module")
def fiche():
    return next(f for f in parse_files([SAMPLE_CORPUS]).fiches if f.title == "Café des parents du mercredi")


def test_default_bind_is_loopback_only(sample_index, tmp_path):
    with running_app(sample_index, tmp_path) as (url, _):
        port = int(url.rsplit(":", 1)[1])
        assert _listening(port) == {"0100007F"}  # 127.0.0.1, not 0.0.0.0, not [::]


def _captured_run(monkeypatch, argv: list[str]) -> dict:
    calls: dict = {}
    monkeypatch.setattr("ui.ensure_index", lambda settings: "")
    monkeypatch.setattr("assistant.service.build_assistant", lambda settings: FakeAssistant())
    monkeypatch.setattr("uvicorn.run", lambda app, **kwargs: calls.update(kwargs))
    get_settings.cache_clear()
    assert ui.main(argv) == 0
    return calls


def test_host_comes_from_the_settings_or_the_command_line(monkeypatch):
    monkeypatch.delenv("UI_HOST", raising=False)
    assert _captured_run(monkeypatch, [])["host"] == "127.0.0.1"
    monkeypatch.setenv("UI_HOST", "0.0.0.0")
    assert _captured_run(monkeypatch, [])["host"] == "0.0.0.0"
    calls = _captured_run(monkeypatch, ["--host", "192.0.2.10", "--port", "8123"])
    assert (calls["host"], calls["port"]) == ("192.0.2.10", 8123)


# --- login required ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def protected(sample_index, tmp_path_factory):
    with running_app(
        sample_index, tmp_path_factory.mktemp("auth"), UI_USERNAME=USER, UI_PASSWORD=PASSWORD
    ) as running:
        yield running[0]


def _status(
    url: str, data: bytes | None = None, opener=None, content_type="application/json"
) -> tuple[int, str]:
    request = urllib.request.Request(url, data=data, headers={"Content-Type": content_type} if data else {})
    try:
        with (opener or urllib.request.build_opener()).open(request, timeout=60) as response:
            return response.status, response.read().decode("utf-8", errors="replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", errors="replace")


def _logged_in():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))


def test_anonymous_requests_are_refused(protected, fiche):
    join = json.dumps({"data": [QUESTION], "fn_index": 0, "session_hash": "anon", "trigger_id": 1}).encode()
    refused = {
        "GET /config": _status(f"{protected}/config"),
        "GET /gradio_api/info": _status(f"{protected}/gradio_api/info"),
        "POST /gradio_api/queue/join": _status(f"{protected}/gradio_api/queue/join", join),
        "GET /gradio_api/queue/data": _status(f"{protected}/gradio_api/queue/data?session_hash=anon"),
        "POST /gradio_api/call/ask_fn": _status(f"{protected}/gradio_api/call/ask_fn", b'{"data": []}'),
        "GET /gradio_api/file=": _status(f"{protected}/gradio_api/file={SAMPLE_CORPUS}"),
        "GET /fiche/<id>": _status(f"{protected}/fiche/{fiche.id}"),
        "GET /fiche/<inconnue>": _status(f"{protected}/fiche/inconnue"),
    }
    assert {name: status for name, (status, _) in refused.items()} == dict.fromkeys(refused, 401)
    # No upload at all (the app has none): 403 before any login check.
    assert _status(f"{protected}/gradio_api/upload", b"x", content_type="text/plain")[0] == 403
    page = refused["GET /fiche/<id>"][1]
    assert "Connexion requise" in page and fiche.title not in page
    # The fiche pages do not even tell which ids exist.
    assert refused["GET /fiche/<inconnue>"][1] == page


def test_login_page_shows_no_fiche_text(protected, fiche):
    status, page = _status(f"{protected}/")
    assert status == 200 and '"auth_required":true' in page.replace(" ", "")
    for text in (fiche.title, fiche.centre, fiche.resume[:60], "Jardin partagé des Hautes-Rives"):
        assert html.escape(text) not in page and json.dumps(text)[1:-1] not in page


def test_login_page_shows_no_filter_values(protected):
    # The dropdowns' choices are filled by a load event, after the login (ui._filters_panel).
    _, page = _status(f"{protected}/")
    assert "Bailleur social" not in page and "Parentalit" not in page


def test_gradio_client_needs_the_password(protected, fiche):
    from gradio_client import Client

    with pytest.raises(Exception, match="(?i)auth|login|401|credentials"):
        Client(protected + "/", verbose=False)
    client = Client(protected + "/", auth=(USER, PASSWORD), verbose=False, download_files=False)
    client.predict(QUESTION, api_name="/take_question")
    outputs = client.predict([], [], [], [], [], [], api_name="/ask_fn")
    client.close()
    assert f'data-fiche-id="{fiche.id}"' in outputs[1]
    # The Markdown export of that answer is a server file: only a logged-in user may fetch it.
    export = outputs[4]["value"]["path"]
    anonymous = _status(f"{protected}/gradio_api/file={urllib.parse.quote(export)}")
    assert anonymous[0] == 401


def test_logged_in_user_gets_the_api_and_the_fiche_pages(protected, fiche):
    opener = _logged_in()
    wrong = urllib.parse.urlencode({"username": USER, "password": "faux"}).encode()
    assert _status(f"{protected}/login", wrong, opener, "application/x-www-form-urlencoded")[0] == 400
    assert _status(f"{protected}/fiche/{fiche.id}", opener=opener)[0] == 401
    right = urllib.parse.urlencode({"username": USER, "password": PASSWORD}).encode()
    assert _status(f"{protected}/login", right, opener, "application/x-www-form-urlencoded")[0] == 200
    assert _status(f"{protected}/config", opener=opener)[0] == 200
    status, page = _status(f"{protected}/fiche/{fiche.id}", opener=opener)
    assert status == 200 and f"<h1>{html.escape(fiche.title)}</h1>" in page


# --- issue 16: uploads, headers and login floods on the real server -----------------------------------------

SECURITY_HEADERS = ("content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy")


def _headers(url: str, data: bytes | None = None, content_type: str = "text/plain") -> tuple[int, dict]:
    request = urllib.request.Request(url, data=data, headers={"Content-Type": content_type} if data else {})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}
    except urllib.error.HTTPError as err:
        return err.code, {k.lower(): v for k, v in err.headers.items()}


def _upload_status(url: str, size: int) -> int:
    """POST a `size`-byte upload announced with `Expect: 100-continue`: the server answers before the body is
    sent (what a refusal looks like to a client; a body pushed regardless would meet a closed connection)."""
    import http.client

    host, port = urllib.parse.urlsplit(url).netloc.split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=60)
    try:
        conn.putrequest("POST", "/gradio_api/upload")
        conn.putheader("Content-Type", "multipart/form-data; boundary=b")
        conn.putheader("Content-Length", str(size))
        conn.putheader("Expect", "100-continue")
        conn.endheaders()
        return conn.getresponse().status
    finally:
        conn.close()


def test_open_app_refuses_uploads_and_sends_security_headers(sample_index, tmp_path, fiche):
    """Without a login, /gradio_api/upload took 50 MB files although the app has no upload."""
    with running_app(sample_index, tmp_path) as (url, _):
        assert _upload_status(url, 50_000_000) == 403
        for path in ("/", "/config", f"/fiche/{fiche.id}", "/fiche/inconnue"):
            status, headers = _headers(url + path)
            assert status in (200, 404) and all(h in headers for h in SECURITY_HEADERS), path
            assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff"


def test_wrong_password_floods_are_throttled(protected):
    """229 wrong logins per second were answered; now the 6th within a minute gets 429 and a Retry-After,
    even with the right password. (Last test of the module: it leaves 127.0.0.1 blocked for a few seconds.)"""
    wrong = urllib.parse.urlencode({"username": USER, "password": "faux"}).encode()
    form = "application/x-www-form-urlencoded"
    statuses = [_status(f"{protected}/login", wrong, _logged_in(), form)[0] for _ in range(5)]
    assert statuses == [400] * 5
    right = urllib.parse.urlencode({"username": USER, "password": PASSWORD}).encode()
    status, headers = _headers(f"{protected}/login", right, form)
    assert status == 429 and 1 <= int(headers["retry-after"]) <= 12
