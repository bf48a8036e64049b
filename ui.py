"""Gradio app: chat over the fiches, sources panel, facet filters, fiche pages, feedback and exports.

    python ui.py [--host H] [--port P] [--index-dir DIR]

The only module that imports gradio (lazily, so that importing `ui` stays instant). A browser tab's
conversation is an `assistant.conversation.Conversation` kept in a `gr.State`; `Controller` (plain Python,
unit-tested without a server) turns its steps into what the chat shows; `build_blocks` lays out the
components (header, filters panel, chat column, sources column) and wires their events to the controller;
`create_app` mounts the Blocks on a FastAPI app that also serves the fiche pages `/fiche/<id>`.
The filter dropdowns are the schema's `ingest.fields.filter_fields()`.
"""

# No `from __future__ import annotations` here: gradio reads the handlers' annotations
# (gr.LikeData, gr.Request) with typing.get_type_hints, which needs them evaluated.
import argparse
import logging
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant import present
from assistant.conversation import Conversation, facet_key, removal_note
from assistant.feedback import FeedbackEntry, FeedbackStore
from assistant.limits import (
    ExportFolder,
    LoginThrottle,
    SecurityMiddleware,
    WebLimits,
    clipped,
    question_refusal,
)
from assistant.records import Answer, Turn
from assistant.service import AssistantAPI
from config import Settings, get_settings
from ingest import fields
from ingest.text import lt_entities

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent
SAMPLE_CORPUS = ROOT / "ingest" / "sample" / "fiches_exemple.txt"

EXAMPLES: tuple[str, ...] = (
    "Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?",
    "Combien d'actions de parentalité par département ?",
    "Quel est le budget annuel du repair café de La Passerelle ?",
    "Quelles actions ont été menées en Occitanie ?",
)


@dataclass
class View:
    """What the chat shows after a handler step; `answer` is set on the final step only."""

    messages: list[dict]
    conversation: Conversation
    answer: Answer | None = None
    sources: str = ""


def filters_from(values: Sequence[Sequence[str] | None]) -> dict[str, list[str]] | None:
    """Dropdown values (in `filter_fields()` order) → the `filters` of the façade, None when nothing is selected."""
    filters = {name: list(v) for name, v in zip(fields.filter_fields(), values, strict=False) if v}
    return filters or None


def answer_markdown_message(answer: Answer) -> str:
    """The chat message of an answer: its Markdown with raw HTML shown as text, then its warnings."""
    warnings = "\n".join(f"> ⚠️ {w}" for w in answer.warnings)
    text = lt_entities(answer.text.strip())  # fiche text quoted in answers is data, not markup
    return text + (f"\n\n{lt_entities(warnings)}" if warnings else "")


def chat_messages(turns: Iterable[Turn]) -> list[dict]:
    messages: list[dict] = []
    for turn in turns:
        messages.append({"role": "user", "content": turn.shown})
        messages.append({"role": "assistant", "content": answer_markdown_message(turn.answer)})
    return messages


class Controller:
    """The app's handlers, free of gradio: each returns plain values or yields `View`s."""

    def __init__(
        self,
        assistant: AssistantAPI,
        feedback: FeedbackStore,
        export_dir: Path,
        limits: WebLimits | None = None,
    ):
        self.assistant = assistant
        self.feedback_store = feedback
        self.export_dir = export_dir
        self.limits = limits or WebLimits()
        self.exports = ExportFolder(export_dir, self.limits.export_seconds)
        self._choices: tuple[Any, dict[str, list[tuple[str, str]]]] | None = None

    def respond(
        self,
        question: str,
        conversation: Conversation,
        filters: dict | None,
        client: tuple[str, str] = ("", ""),
    ) -> Iterator[View]:
        """Stream the answer to a new question, keeping the conversation as history. `client`: (session, address)
        for the per-client limits; a refused question is answered in the chat but not kept in the conversation."""
        question = (question or "").strip()
        if not question:
            yield View(chat_messages(conversation.turns), conversation, None, present.sources_html(None))
            return
        if refusal := question_refusal(question, self.limits.max_question_chars):
            yield self._refused(conversation, question, refusal)
            return
        with self.limits.clients.admit(*client) as refusal:
            if refusal:
                yield self._refused(conversation, question, refusal)
                return
            steps = conversation.ask(self.assistant, question, filters)
            yield from self._views(conversation, conversation.turns, question, steps)

    @staticmethod
    def _refused(conversation: Conversation, question: str, refusal: str) -> View:
        shown = lt_entities(clipped(question, 300))
        messages = [*chat_messages(conversation.turns), {"role": "user", "content": shown}]
        return View([*messages, {"role": "assistant", "content": refusal}], conversation)

    def new_conversation(self) -> View:
        """« Nouvelle conversation »: empty chat, fresh state, empty sources panel."""
        return View([], Conversation(), None, present.sources_html(None))

    def refine(self, kept: Sequence[str], conversation: Conversation, filters: dict | None) -> Iterator[View]:
        """Re-answer the last question without the detected facets that were unchecked (replaces its turn)."""
        if not conversation.turns:
            return
        note = removal_note(conversation.removed(kept))
        shown = conversation.turns[-1].model_copy(update={"note": note}).shown
        steps = conversation.refine(self.assistant, kept, filters)
        yield from self._views(conversation, conversation.turns[:-1], shown, steps)

    @staticmethod
    def _views(conversation: Conversation, before: list[Turn], shown: str, steps) -> Iterator[View]:
        """The chat while the answer streams (`before`, the question, the text so far), then the final view."""
        messages = [*chat_messages(before), {"role": "user", "content": shown}]
        text, new = "", conversation
        for step in steps:
            if isinstance(step, str):
                text += step
                yield View([*messages, {"role": "assistant", "content": text}], conversation)
            else:
                new = step
        yield View(chat_messages(new.turns), new, new.answer, present.sources_html(new.answer))

    def feedback(
        self, conversation: Conversation, message_index: int, liked: bool | str, session: str = ""
    ) -> FeedbackEntry | None:
        """Store a 👍/👎 on the assistant message at `message_index` of the chat (user, assistant, ...): the
        first vote of this session on this message only, question and answer cut to `feedback_chars`."""
        if liked not in (True, False):
            return None  # vote withdrawn
        turn_index = message_index // 2
        if not 0 <= turn_index < len(conversation.turns):
            logger.warning("Feedback on unknown message %s ignored", message_index)
            return None
        turn = conversation.turns[turn_index]
        if not self.limits.votes.first(session, f"{turn_index}:{hash((turn.shown, turn.answer.text))}"):
            logger.info("Second vote on message %s of session %s ignored", message_index, session[:8])
            return None
        size = self.limits.feedback_chars
        answer = turn.answer.model_copy(update={"text": clipped(turn.answer.text, size)})
        return self.feedback_store.record(clipped(turn.shown, size), answer, liked=bool(liked))

    def export_answer(self, conversation: Conversation, base_url: str = "") -> Path | None:
        """Markdown file of the last answer and its sources, or None when there is no answer yet."""
        if conversation.answer is None:
            return None
        text = present.answer_markdown(conversation.question, conversation.answer, base_url)
        return self._write("reponse", ".md", text)

    def export_selection(self, filters: dict | None, base_url: str = "") -> Path:
        """CSV of every fiche matching the filters."""
        fiches = self.selection(filters)
        return self._write("fiches", ".csv", present.fiches_csv(fiches, base_url))

    def selection(self, filters: dict | None) -> list:
        """Every fiche matching the filters (all fiches without filters)."""
        return self.assistant.list_fiches(filters)

    def _write(self, stem: str, suffix: str, text: str) -> Path:
        return self.exports.write(stem, suffix, text)  # deleted after `export_seconds`

    def fiche_page(self, fiche_id: str) -> tuple[int, str]:
        fiche = self.assistant.get_fiche(fiche_id)
        if fiche is None:
            return 404, present.not_found_html(fiche_id)
        try:
            similar = self.assistant.similar(fiche_id, k=5)
        except Exception:
            logger.exception("Similar fiches of %s failed", fiche_id)
            similar = None
        return 200, present.fiche_page_html(fiche, similar)

    def facet_choices(self) -> dict[str, list[tuple[str, str]]]:
        """Choices of the filter dropdowns, computed again when the index was reloaded (`LiveAssistant`)."""
        getattr(self.assistant, "check", lambda: None)()
        version = getattr(self.assistant, "version", None)
        if self._choices is None or version is None or self._choices[0] != version:
            names = fields.filter_fields()
            counts = self.assistant.facet_counts(fields=names)
            self._choices = (version, {name: present.facet_choices(counts.get(name, [])) for name in names})
        return self._choices[1]

    def choices_version(self) -> int:
        """Changes when the filter choices may have: the index's reload count (-1 for a fixed assistant)."""
        getattr(self.assistant, "check", lambda: None)()
        return getattr(self.assistant, "version", -1)


def chart_frame(answer: Answer | None):
    """(DataFrame 'Valeur', 'Fiches' for the bar chart, the field counted by in words) — (None, '') without a table."""
    import pandas as pd

    if answer is None or not answer.table:
        return None, ""
    rows = [(row.valeur, row.fiches) for row in answer.table]
    field = answer.query.group_by if answer.query and answer.query.group_by else ""
    return pd.DataFrame(rows, columns=["Valeur", "Fiches"]), fields.group_label(field) if field else "valeur"


CSS = """
.sources { display: flex; flex-direction: column; gap: .6rem; }
.source-card { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .6rem .8rem;
  background: var(--block-background-fill); }
.source-card .card-title { font-size: 1rem; margin-bottom: .15rem; }
.source-card .card-place, .source-card .card-statut, .source-card .card-why { color: var(--body-text-color-subdued); font-size: .88rem; }
.source-card .card-keywords { margin: .3rem 0; }
.source-card .chip { display: inline-block; border: 1px solid var(--border-color-primary); border-radius: 999px;
  padding: 0 .5rem; margin: 0 .15rem .15rem 0; font-size: .8rem; }
.source-card .chip.match { background: #fde68a; color: #1f2937; border-color: #f59e0b; font-weight: 600; }
.source-card .card-excerpt { margin: .3rem 0; padding-left: .6rem; border-left: 3px solid #93c5fd;
  font-size: .88rem; }
.source-card .card-links .btn { margin-right: .8rem; font-size: .88rem; }
.sources-empty { color: var(--body-text-color-subdued); }
"""


def _base_url(request: Any) -> str:
    """The app's root URL as the browser sees it (for absolute links in exports)."""
    try:
        return str(request.base_url)
    except Exception:  # no HTTP request behind this call (e.g. API use)
        return ""


# ---------------------------------------------------------------- layout: the named parts of the page


@dataclass
class FiltersPanel:
    dropdowns: list[Any]  # one per `filter_fields()`, in that order
    csv_button: Any
    csv_file: Any


@dataclass
class ChatColumn:
    chatbot: Any
    question: Any
    send: Any
    new_chat: Any
    md_download: Any
    detected: Any  # the facets the question triggered, as checkboxes
    chart: Any

    def outputs(self, conversation: Any, sources: Any) -> list[Any]:
        """The components every chat step updates, in `chat_updates` order."""
        return [self.chatbot, conversation, sources, self.detected, self.chart, self.md_download]


def _header(gr, notice: str) -> None:
    gr.Markdown(
        "## Assistant de recherche — fiches action des centres sociaux\n"
        "Posez votre question en français : chaque réponse cite ses fiches sources [n], "
        "détaillées dans le panneau de droite."
    )
    if notice:
        gr.Markdown(f"ℹ️ {notice}", elem_id="notice")


def _filters_panel(gr, choices: dict[str, list[tuple[str, str]]]) -> FiltersPanel:
    names = fields.filter_fields()
    with gr.Accordion(f"Filtres ({', '.join(fields.facet_word(n) for n in names)})", open=False):
        with gr.Row():
            dropdowns = [
                gr.Dropdown(
                    choices=choices[name],
                    value=[],
                    multiselect=True,
                    label=fields.facet_label(name),
                    min_width=180,
                )
                for name in names
            ]
        with gr.Row():
            csv_button = gr.Button("Exporter les fiches de la sélection (CSV)", size="sm", scale=0)
            csv_file = gr.File(label="Fiches de la sélection (CSV)", visible=False, elem_id="csv-export")
    return FiltersPanel(dropdowns, csv_button, csv_file)


def _chat_column(gr) -> ChatColumn:
    chatbot = gr.Chatbot(
        label="Conversation",
        height=440,
        allow_tags=False,
        examples=[{"text": q} for q in EXAMPLES],
        placeholder="**Exemples de questions** — cliquez pour essayer :",
        buttons=["copy"],
        elem_id="chat",
    )
    with gr.Row():
        question = gr.Textbox(
            placeholder="Votre question, par ex. : quelles actions avec les jeunes en Bretagne ?",
            show_label=False,
            scale=5,
            elem_id="question",
        )
        send = gr.Button("Envoyer", variant="primary", scale=1, elem_id="send")
    with gr.Row():
        new_chat = gr.Button("Nouvelle conversation", size="sm")
        md_download = gr.DownloadButton("Exporter la réponse (Markdown)", size="sm", visible=False)
    detected = gr.CheckboxGroup(
        label="Filtres détectés dans la question — décochez pour les retirer",
        visible=False,
        elem_id="detected",
    )
    chart = gr.BarPlot(x="Valeur", y="Fiches", sort="-y", y_lim=[0, None], visible=False, label="Répartition")
    return ChatColumn(chatbot, question, send, new_chat, md_download, detected, chart)


def _sources_column(gr):
    gr.Markdown("### Sources")
    return gr.HTML(present.sources_html(None), elem_id="sources", max_height=780)


# ---------------------------------------------------------------- events


def chat_updates(gr, ctrl: Controller, view: View, request: Any, refresh_detected: bool) -> tuple:
    """Values of `ChatColumn.outputs` for one step: the chat always, the rest on the final step only."""
    if view.answer is None:
        return (view.messages, view.conversation, *([gr.skip()] * 4))
    facets = view.conversation.detected
    detected = (
        gr.update(
            choices=[(present.facet_label(f), facet_key(f)) for f in facets],
            value=[facet_key(f) for f in facets],
            visible=bool(facets),
        )
        if refresh_detected
        else gr.skip()
    )
    frame, label = chart_frame(view.answer)
    chart = (
        gr.update(value=frame, visible=True, label=f"Nombre de fiches par {label}")
        if frame is not None
        else gr.update(visible=False)
    )
    md_path = ctrl.export_answer(view.conversation, _base_url(request))
    md = gr.update(value=str(md_path), visible=md_path is not None)
    return (view.messages, view.conversation, view.sources, detected, chart, md)


def _wire_chat(gr, ctrl: Controller, chat: ChatColumn, filters: FiltersPanel, state, sources) -> None:
    """Questions (typed, sent, or an example clicked), facet removal, votes, new conversation."""
    pending = gr.State("")
    outputs = chat.outputs(state, sources)

    def ask_fn(request: gr.Request, text, conversation, *values):
        for view in ctrl.respond(text, conversation, filters_from(values), client=_client(request)):
            yield chat_updates(gr, ctrl, view, request, refresh_detected=True)

    def refine_fn(request: gr.Request, kept, conversation, *values):
        for view in ctrl.refine(kept or [], conversation, filters_from(values)):
            yield chat_updates(gr, ctrl, view, request, refresh_detected=False)

    def take_question(text: str):
        return "", text

    def take_example(evt: gr.SelectData):
        return evt.value.get("text", "") if isinstance(evt.value, dict) else str(evt.value)

    def on_like(request: gr.Request, conversation: Conversation, data: gr.LikeData):
        index = data.index[0] if isinstance(data.index, list | tuple) else data.index
        ctrl.feedback(conversation, int(index), data.liked, session=_client(request)[0])

    def on_new():
        view = ctrl.new_conversation()
        hidden = gr.update(visible=False)
        cleared = gr.update(choices=[], value=[], visible=False)
        return (
            view.messages,
            view.conversation,
            view.sources,
            cleared,
            hidden,
            gr.update(value=None, visible=False),
            "",
        )

    ask_inputs = [pending, state, *filters.dropdowns]
    for trigger in (chat.question.submit, chat.send.click):
        trigger(take_question, chat.question, [chat.question, pending], queue=False).then(
            ask_fn, ask_inputs, outputs
        )
    chat.chatbot.example_select(take_example, None, pending, queue=False).then(ask_fn, ask_inputs, outputs)
    chat.detected.input(refine_fn, [chat.detected, state, *filters.dropdowns], outputs)
    chat.chatbot.like(on_like, [state], None, queue=False)
    chat.new_chat.click(on_new, None, [*outputs, pending], queue=False)
    chat.chatbot.clear(on_new, None, [*outputs, pending], queue=False)


def _client(request: Any) -> tuple[str, str]:
    """(browser session, client address) of a Gradio request, for the per-client limits."""
    session = getattr(request, "session_hash", None) or ""
    address = getattr(getattr(request, "client", None), "host", None) or ""
    return session, address


def _wire_choices(gr, demo, ctrl: Controller, filters: FiltersPanel) -> None:
    """Filter choices from the index as it is now: at page load, then each minute if it was reloaded."""
    seen = gr.State(-2)
    names = fields.filter_fields()

    def refresh(version: int):
        current = ctrl.choices_version()
        if current == version:
            return [gr.skip()] * len(names) + [version]
        choices = ctrl.facet_choices()
        return [gr.update(choices=choices[name]) for name in names] + [current]

    outputs = [*filters.dropdowns, seen]
    demo.load(refresh, seen, outputs, queue=False, show_progress="hidden")
    gr.Timer(60).tick(refresh, seen, outputs, queue=False, show_progress="hidden")


def _wire_csv(gr, ctrl: Controller, filters: FiltersPanel) -> None:
    def on_csv(request: gr.Request, *values):
        path = ctrl.export_selection(filters_from(values), _base_url(request))
        return gr.update(value=str(path), visible=True)

    filters.csv_button.click(on_csv, filters.dropdowns, filters.csv_file)


def build_blocks(ctrl: Controller, notice: str = ""):
    """The page: header, filters panel, chat column and sources column, with their events wired to `ctrl`."""
    import gradio as gr

    with gr.Blocks(title="Assistant fiches action", analytics_enabled=False) as demo:
        state = gr.State(Conversation(), time_to_live=ctrl.limits.session_seconds)
        _header(gr, notice)
        filters = _filters_panel(gr, ctrl.facet_choices())
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                chat = _chat_column(gr)
            with gr.Column(scale=2):
                sources = _sources_column(gr)
        _wire_chat(gr, ctrl, chat, filters, state, sources)
        _wire_csv(gr, ctrl, filters)
        _wire_choices(gr, demo, ctrl, filters)
        chat.question.max_length = ctrl.limits.max_question_chars  # the server checks it too
    return demo


def _auth(settings: Settings) -> tuple[str, str] | None:
    if settings.ui_username and settings.ui_password:
        return (settings.ui_username, settings.ui_password)
    if settings.ui_username or settings.ui_password:
        logger.warning("UI_USERNAME and UI_PASSWORD must both be set to require a login; login disabled")
    return None


def _logged_in(request: Any, gradio_app: Any) -> bool:
    """Whether the request carries the session cookie of a user logged in to the mounted Gradio app."""
    tokens = getattr(gradio_app, "tokens", {})
    cookie_id = getattr(gradio_app, "cookie_id", "")
    for name in (f"access-token-{cookie_id}", f"access-token-unsecure-{cookie_id}"):
        token = request.cookies.get(name)
        if token and token in tokens:
            return True
    return False


def create_app(assistant: AssistantAPI, settings: Settings | None = None, notice: str = ""):
    """FastAPI app serving the Gradio UI at '/' and the fiche pages at '/fiche/<id>'."""
    import gradio as gr
    from fastapi import FastAPI, Request
    from fastapi.responses import HTMLResponse
    from starlette.routing import Mount

    settings = settings or get_settings()
    export_dir = Path(tempfile.mkdtemp(prefix="fiches-ui-"))
    limits = WebLimits.from_settings(settings)
    ctrl = Controller(assistant, FeedbackStore(settings.data_dir), export_dir, limits)
    auth = _auth(settings)
    app = FastAPI(title="Assistant fiches action", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.controller = ctrl
    # Security headers on every response, no upload route, wrong logins throttled per address.
    app.add_middleware(SecurityMiddleware, throttle=LoginThrottle(settings.ui_login_attempts_per_minute))

    @app.get("/fiche/{fiche_id}", response_class=HTMLResponse)
    def fiche_page(fiche_id: str, request: Request) -> HTMLResponse:
        if auth and not _logged_in(request, app.state.gradio_app):
            return HTMLResponse(present.unauthorized_html("/"), status_code=401)
        status, body = ctrl.fiche_page(fiche_id)
        return HTMLResponse(body, status_code=status)

    blocks = build_blocks(ctrl, notice)
    # Questions answered `ui_concurrency` at a time, at most `ui_queue_size` waiting; sessions kept: LRU-bounded;
    # files Gradio copied for download deleted hourly once older than the export lifetime.
    blocks.queue(default_concurrency_limit=settings.ui_concurrency, max_size=settings.ui_queue_size)
    blocks.state_session_capacity = settings.ui_max_sessions
    blocks.delete_cache = (3600, max(60, int(limits.export_seconds)))
    gr.mount_gradio_app(
        app,
        blocks,
        path="/",
        max_file_size="1kb",
        auth=auth,
        auth_message="Connectez-vous pour accéder à l'assistant.",
        server_name=settings.ui_host,
        server_port=settings.ui_port,
        footer_links=[],
        ssr_mode=False,
        mcp_server=False,
        css=CSS,
    )
    app.state.gradio_app = next(r.app for r in app.routes if isinstance(r, Mount))
    return app


def ensure_index(settings: Settings) -> str:
    """Open the index; when it is empty, ingest the sample corpus. Returns a notice for the app ('' if none)."""
    from vectorstore.index import FicheIndex

    index = FicheIndex.open(settings.index_dir, settings=settings)
    try:
        count = index.fiche_count()
        if count:
            logger.info("Index %s: %d fiches", settings.index_dir, count)
            return ""
        from ingest.parser import parse_files

        logger.info("Index %s is empty: ingesting the sample corpus %s", settings.index_dir, SAMPLE_CORPUS)
        report = index.sync(parse_files([SAMPLE_CORPUS]).fiches)
        logger.info("Sample corpus indexed: %d fiches in %.1f s", report.fiches_total, report.seconds)
    finally:
        index.close()
    return (
        f"Index vide : le corpus d'exemple ({report.fiches_total} fiches) vient d'être indexé. "
        "Pour chercher dans vos fiches : `python -m ingest votre_export.txt`, puis relancez l'application."
    )


def warm_up(assistant: AssistantAPI) -> None:
    """Run one search before serving. The embedding model, Chroma client, BM25 index and retriever caches load
    lazily: without this, N simultaneous first requests would each load them (N copies of the model at once)."""
    retriever = getattr(assistant, "retriever", None)
    if retriever is None:  # an assistant without a retriever (test fakes) has nothing to load
        return
    try:
        retriever.search(EXAMPLES[0], k=1)
    except Exception:  # the app still starts; the first request will load what is missing
        logger.exception("Warm-up search failed")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Assistant de recherche sur les fiches action (Gradio).")
    parser.add_argument("--host", help="Adresse d'écoute (défaut : UI_HOST, 127.0.0.1)")
    parser.add_argument("--port", type=int, help="Port (défaut : UI_PORT, 7860)")
    parser.add_argument("--index-dir", type=Path, help="Dossier de l'index (défaut : INDEX_DIR)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    args = parse_args(argv)
    settings = get_settings()
    update = {
        k: v
        for k, v in {"ui_host": args.host, "ui_port": args.port, "index_dir": args.index_dir}.items()
        if v
    }
    settings = settings.model_copy(update=update)
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    import uvicorn

    from assistant.service import build_assistant
    from assistant.serving import LiveAssistant

    notice = ensure_index(settings)
    assistant = LiveAssistant.over(build_assistant(settings))  # reloaded when an ingest changes the index
    warm_up(assistant)
    app = create_app(assistant, settings, notice=notice)
    print(f"Démarrage de l'assistant sur http://{settings.ui_host}:{settings.ui_port}", flush=True)
    try:
        uvicorn.run(app, host=settings.ui_host, port=settings.ui_port, log_level="warning")
    finally:
        app.state.controller.exports.clear()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
