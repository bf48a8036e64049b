"""Limits of the web app, free of gradio: what one client may ask, and what the app writes or keeps.

- `question_refusal`: the French message for a question longer than the limit (None when it is fine);
- `ClientLimiter`: one question at a time per browser session, and a rate per session and per address
  (token buckets), with a French message saying how long to wait;
- `LoginThrottle`: wrong passwords per address are counted; past the limit the login answers 429 until the
  bucket refills;
- `lighter`: a conversation kept small (last `MAX_TURNS` turns, whole fiches on the last answer only);
- `VoteBook`: one 👍/👎 per message and session; `WebLimits`: all of the above, from the settings;
- `ExportFolder`: export files (answer Markdown, selection CSV) deleted after a while;
- `neutralise_cell` / `neutralise_row`: the OWASP rule against CSV (formula) injection;
- `SecurityMiddleware`: a plain ASGI middleware adding security headers to every response, refusing
  uploads (the app has none) and throttling logins.

Every table keyed by client is bounded (least recently used keys are dropped), so that a flood of new
sessions or addresses cannot grow the process.
"""

from __future__ import annotations

import contextlib
import logging
import math
import shutil
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

Clock = Callable[[], float]
MAX_KEYS = 10_000  # clients remembered per table (least recently seen dropped first)
FEEDBACK_CHARS = 20_000  # characters of an answer (and of its question) kept in a feedback line


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")


def question_refusal(question: str, limit: int) -> str | None:
    """French message when `question` is longer than `limit` characters (after stripping), else None."""
    size = len((question or "").strip())
    if limit <= 0 or size <= limit:
        return None
    return (
        f"Question trop longue ({_thousands(size)} caractères) : {_thousands(limit)} caractères au plus. "
        "Raccourcissez-la, ou posez plusieurs questions plus courtes."
    )


def clipped(text: str, limit: int) -> str:
    """`text` cut to `limit` characters (an ellipsis marks the cut)."""
    return text if len(text) <= limit else text[: max(0, limit - 1)] + "…"


# ---------------------------------------------------------------- bounded tables


class _Bounded(OrderedDict):
    """A dict that forgets its least recently used keys beyond `size` (callers hold the lock)."""

    def __init__(self, size: int = MAX_KEYS):
        super().__init__()
        self.size = size

    def touch(self, key: Any, default: Callable[[], Any]) -> Any:
        if key in self:
            self.move_to_end(key)
        else:
            self[key] = default()
            while len(self) > self.size:
                self.popitem(last=False)
        return self[key]


class RateLimiter:
    """Token bucket per key: `burst` requests at once, then `per_minute` on average. `per_minute` <= 0: no limit."""

    def __init__(self, per_minute: float, burst: int, clock: Clock = time.monotonic, size: int = MAX_KEYS):
        self.rate = per_minute / 60.0
        self.burst = max(1, burst)
        self.clock = clock
        self._buckets: _Bounded = _Bounded(size)
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """Take one token: 0.0 when allowed, else the seconds to wait for the next one (nothing taken)."""
        if self.rate <= 0:
            return 0.0
        with self._lock:
            bucket = self._bucket(key)
            if bucket[0] >= 1.0:
                bucket[0] -= 1.0
                return 0.0
            return (1.0 - bucket[0]) / self.rate

    def wait(self, key: str) -> float:
        """Seconds before `key` has a token again (0.0: it has one now); nothing taken."""
        if self.rate <= 0:
            return 0.0
        with self._lock:
            if key not in self._buckets:
                return 0.0
            tokens = self._bucket(key)[0]
            return 0.0 if tokens >= 1.0 else (1.0 - tokens) / self.rate

    def refund(self, key: str) -> None:
        """Give back a token (a request that was refused for another reason)."""
        with self._lock:
            if key in self._buckets:
                self._buckets[key][0] = min(self.burst, self._buckets[key][0] + 1.0)

    def forget(self, key: str) -> None:
        with self._lock:
            self._buckets.pop(key, None)

    def _bucket(self, key: str) -> list[float]:
        """[tokens, time] of `key`, refilled up to now (the caller holds the lock)."""
        now = self.clock()
        bucket = self._buckets.touch(key, lambda: [float(self.burst), now])
        bucket[0] = min(self.burst, bucket[0] + (now - bucket[1]) * self.rate)
        bucket[1] = now
        return bucket


def _wait_words(seconds: float) -> str:
    seconds = max(1, math.ceil(seconds))
    return f"{seconds} s" if seconds < 120 else f"{math.ceil(seconds / 60)} min"


BUSY_EXPIRY_S = 600.0  # a question still « in flight » after this (an abandoned stream) no longer blocks
BUSY = "Une question de cette session est encore en cours : attendez sa réponse avant d'en poser une autre."
TOO_FAST = "Trop de questions en peu de temps : réessayez dans {wait}."


class ClientLimiter:
    """One question at a time per session; `per_minute` questions per session and `ip_per_minute` per address
    (bursts of `burst` and `ip_burst`). `admit` is a context manager yielding None (go) or a French refusal;
    a call without a session (not from a browser) is not counted."""

    def __init__(
        self,
        per_minute: float = 20,
        burst: int = 5,
        ip_per_minute: float = 0,
        ip_burst: int = 60,
        clock: Clock = time.monotonic,
    ):
        self.sessions = RateLimiter(per_minute, burst, clock)
        self.addresses = RateLimiter(ip_per_minute, ip_burst, clock)
        self.clock = clock
        self._running: dict[str, float] = {}  # session -> start of its question in flight
        self._lock = threading.Lock()
        self.refused = 0  # refusals so far (for the logs and the load test)

    @contextlib.contextmanager
    def admit(self, session: str, address: str = "") -> Iterator[str | None]:
        refusal = self._enter(session, address)
        if refusal:
            self.refused += 1
            logger.info("question refused for session %s (%s): %s", session[:8], address, refusal)
            yield refusal
            return
        try:
            yield None
        finally:
            with self._lock:
                self._running.pop(session, None)

    def _enter(self, session: str, address: str) -> str | None:
        if not session:
            return None  # no client identity (a direct call, not a browser session): nothing to count
        with self._lock:
            if self.clock() - self._running.get(session, -math.inf) < BUSY_EXPIRY_S:
                return BUSY
            wait = self.sessions.take(session)
            if not wait and address:
                wait = self.addresses.take(address)
                if wait:
                    self.sessions.refund(session)
            if wait:
                return TOO_FAST.format(wait=_wait_words(wait))
            self._running[session] = self.clock()
            return None


class LoginThrottle:
    """Wrong logins per address: `burst` allowed, then one every 60/`per_minute` s; while none is allowed the
    login route answers 429 without checking the password. A success forgets the address."""

    def __init__(self, per_minute: float = 5, burst: int = 5, clock: Clock = time.monotonic):
        self.failures = RateLimiter(per_minute, burst, clock)

    def retry_after(self, address: str) -> float:
        """Seconds before this address may try again (0.0: it may)."""
        return self.failures.wait(address)

    def failed(self, address: str) -> None:
        self.failures.take(address)
        if wait := self.failures.wait(address):
            logger.warning("too many failed logins from %s: next attempt in %.0f s", address, wait)

    def succeeded(self, address: str) -> None:
        self.failures.forget(address)


class VoteBook:
    """Which (session, message) pairs have voted; the first vote counts, later ones are ignored."""

    def __init__(self, size: int = MAX_KEYS * 10):
        self._seen: _Bounded = _Bounded(size)
        self._lock = threading.Lock()

    def first(self, session: str, message: str) -> bool:
        key = (session, message)
        with self._lock:
            if key in self._seen:
                return False
            self._seen.touch(key, lambda: True)
            return True


@dataclass
class WebLimits:
    """What the app's handlers enforce, built from the settings (`from_settings`)."""

    max_question_chars: int = 1000
    clients: ClientLimiter = field(default_factory=ClientLimiter)
    votes: VoteBook = field(default_factory=VoteBook)
    session_seconds: float = 12 * 3600.0
    export_seconds: float = 3600.0
    feedback_chars: int = FEEDBACK_CHARS

    @classmethod
    def from_settings(cls, settings: Any) -> WebLimits:
        return cls(
            max_question_chars=settings.max_question_chars,
            clients=ClientLimiter(
                per_minute=settings.ui_questions_per_minute,
                ip_per_minute=settings.ui_ip_questions_per_minute,
            ),
            session_seconds=settings.ui_session_hours * 3600.0,
            export_seconds=settings.ui_export_minutes * 60.0,
        )


MAX_TURNS = 50  # turns a conversation keeps (the chat shows these); older ones are dropped


def lighter(conversation: Any, max_turns: int = MAX_TURNS) -> Any:
    """The conversation with at most `max_turns` turns, and the hits (whole fiches, ~10 KB each) kept on its
    last answer only: older answers keep their text, citations and query, all that follow-ups, votes and the
    chat use. Without this a session grew by ~50 KB per question for as long as it lived."""
    turns = conversation.turns[-max_turns:]
    older = [
        t.model_copy(update={"answer": t.answer.model_copy(update={"hits": []})}) if t.answer.hits else t
        for t in turns[:-1]
    ]
    if len(turns) == len(conversation.turns) and all(a is b for a, b in zip(older, turns, strict=False)):
        return conversation
    return conversation.model_copy(update={"turns": [*older, *turns[-1:]]})


# ---------------------------------------------------------------- exports


class ExportFolder:
    """Files offered for download, one folder each, deleted `max_age` seconds after they were written
    (checked at every write) and all of them at `clear()` (the app's shutdown)."""

    def __init__(self, root: Path, max_age: float = 3600.0, clock: Clock = time.time):
        self.root = Path(root)
        self.max_age = max_age
        self.clock = clock

    def write(self, stem: str, suffix: str, text: str) -> Path:
        self.prune()
        folder = self.root / uuid.uuid4().hex[:12]
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{stem}{suffix}"
        path.write_text(text, encoding="utf-8-sig" if suffix == ".csv" else "utf-8")
        return path

    def prune(self) -> int:
        """Delete the folders older than `max_age`; how many were deleted."""
        if not self.root.is_dir():
            return 0
        limit = self.clock() - self.max_age
        old = [d for d in self.root.iterdir() if d.is_dir() and d.stat().st_mtime < limit]
        for folder in old:
            shutil.rmtree(folder, ignore_errors=True)
        return len(old)

    def clear(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: Any) -> Any:
    """OWASP CSV injection rule: a text cell starting with = + - @ tab or CR gets a leading apostrophe, so
    that a spreadsheet shows it as text instead of running it as a formula. Other values are unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def neutralise_row(row: Iterable[Any]) -> list[Any]:
    return [neutralise_cell(v) for v in row]


# ---------------------------------------------------------------- HTTP: headers, uploads, logins

# Gradio's page needs inline scripts and styles (its config is an inline <script>), and Gradio 6's gr.HTML compiles
# its templates with `new Function` ('unsafe-eval': without it the sources panel stays empty); it loads its fonts
# from Google Fonts. Everything else comes from the app itself: no foreign script, connection, frame or form.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline' https://fonts.googleapis.com",
        "font-src 'self' data: https://fonts.gstatic.com",
        "img-src 'self' data: blob:",
        "media-src 'self' data: blob:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}
NO_UPLOAD = "Cette application n'accepte aucun fichier."
TOO_MANY_LOGINS = "Trop de tentatives de connexion : réessayez dans {wait}."


class SecurityMiddleware:
    """ASGI middleware: `SECURITY_HEADERS` on every HTTP response, 403 on upload routes, and the login route
    throttled per client address (`LoginThrottle`: a 400/401 answer counts as a wrong password)."""

    def __init__(
        self, app: Any, throttle: LoginThrottle | None = None, headers: dict[str, str] | None = None
    ):
        self.app = app
        self.throttle = throttle or LoginThrottle()
        self.headers = [(k.lower().encode(), v.encode()) for k, v in (headers or SECURITY_HEADERS).items()]

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path, method = scope.get("path", ""), scope.get("method", "GET")
        address = (scope.get("client") or ("?", 0))[0]
        if path.rstrip("/").endswith("/upload"):
            await self._refuse(send, 403, NO_UPLOAD)
            return
        login = method == "POST" and path.rstrip("/").endswith("/login")
        if login and (wait := self.throttle.retry_after(address)):
            await self._refuse(send, 429, TOO_MANY_LOGINS.format(wait=_wait_words(wait)), wait)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
                if login:
                    self._count_login(address, message["status"])
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _count_login(self, address: str, status: int) -> None:
        if status in (400, 401):
            self.throttle.failed(address)
        elif status < 300:
            self.throttle.succeeded(address)

    async def _refuse(self, send: Any, status: int, text: str, retry_after: float = 0.0) -> None:
        body = text.encode()
        headers = [
            (b"content-type", b"text/plain; charset=utf-8"),
            (b"content-length", str(len(body)).encode()),
        ]
        if retry_after:
            headers.append((b"retry-after", str(math.ceil(retry_after)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": [*headers, *self.headers]})
        await send({"type": "http.response.body", "body": body})
