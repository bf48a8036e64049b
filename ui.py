"""Gradio app: chat over the fiches, sources panel, facet filters, fiche pages, feedback and exports.

    python ui.py [--host H] [--port P] [--index-dir DIR]

The only module that imports gradio (lazily, so that importing `ui` stays instant). A browser tab's
conversation is an `assistant.conversation.Conversation` kept in a `gr.State`; `assistant.webapp.Controller`
(plain Python, unit-tested without a server) does what each event asks; `build_blocks` lays out the page —
header, filters panel, the chat column (active filter chips, chat, « Voir toutes les fiches (N) », the
« merci » of a vote, the chart) beside the sources column, then the list of every fiche of the answer — and
wires the events to the controller; `create_app` mounts the Blocks on a FastAPI app that also serves the
fiche pages `/fiche/<id>`. The filter dropdowns are the schema's `ingest.fields.filter_fields()`, filled at
page load. Styles and the little JavaScript the page needs are in `assistant.page_style`.

The index served is the user's (`INDEX_DIR`, default `data/index`) as soon as it holds fiches; until then the
sample corpus, in its own index beside it (`data/index-exemple`), with a notice saying so (`choose_index`).
"""

# No `from __future__ import annotations` here: gradio reads the handlers' annotations
# (gr.LikeData, gr.Request) with typing.get_type_hints, which needs them evaluated.
import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant import browse, page_style, present
from assistant.conversation import Conversation, facet_key
from assistant.feedback import MAX_COMMENT, FeedbackStore
from assistant.limits import LoginThrottle, SecurityMiddleware, WebLimits
from assistant.service import AssistantAPI
from assistant.service import warm_up as service_warm_up
from assistant.webapp import (  # noqa: F401 - re-exported: the app's handlers, used by the tests as ui.*
    Controller,
    View,
    answer_markdown_message,
    chart_html,
    chat_messages,
    filters_from,
)
from config import Settings, get_settings
from ingest import fields

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent
SAMPLE_CORPUS = ROOT / "ingest" / "sample" / "fiches_exemple.txt"
SAMPLE_SUFFIX = (
    "-exemple"  # the sample corpus's index: beside the user's, `data/index` → `data/index-exemple`
)
CHAT_HEIGHT = "calc(100vh - 260px)"  # the chat fills the screen below the header (min_height on small ones)

EXAMPLES: tuple[str, ...] = (
    "Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?",
    "Combien d'actions de parentalité par département ?",
    "Quel est le budget annuel du repair café de La Passerelle ?",
    "Quelles actions ont été menées en Occitanie ?",
)
THANKS = "✅ Merci pour votre avis ! Un commentaire pour nous aider à améliorer la réponse ? (facultatif)"
THANKS_AGAIN = "✅ Merci : votre avis sur cette réponse est déjà enregistré."
THANKS_COMMENT = "✅ Merci, votre commentaire est enregistré."
THANKS_EMPTY = "Écrivez votre commentaire avant de l'envoyer."


def notice_html(notice: str) -> str:
    """The start-up notice as HTML: escaped, `code` spans kept, with a × that hides it."""
    parts = present.esc(notice).split("`")
    text = "".join(f"<code>{p}</code>" if i % 2 else p for i, p in enumerate(parts))
    return f'<span>ℹ️ {text}</span><button class="close" title="Masquer" aria-label="Masquer">×</button>'


def _base_url(request: Any) -> str:
    """The app's root URL as the browser sees it (for absolute links in exports)."""
    try:
        return str(request.base_url)
    except Exception:  # no HTTP request behind this call (e.g. API use)
        return ""


def _client(request: Any) -> tuple[str, str]:
    """(browser session, client address) of a Gradio request, for the per-client limits."""
    session = getattr(request, "session_hash", None) or ""
    address = getattr(getattr(request, "client", None), "host", None) or ""
    return session, address


# ---------------------------------------------------------------- layout: the named parts of the page


@dataclass
class FiltersPanel:
    dropdowns: list[Any]  # one per `filter_fields()`, in that order
    csv_button: Any
    csv_file: Any


@dataclass
class ChatColumn:
    chips: Any  # the active filters, each removable
    chatbot: Any
    question: Any
    send: Any
    new_chat: Any
    md_download: Any
    see_all: Any  # « Voir toutes les fiches (N) »
    feedback: Any  # the « merci » box: thanks, comment, its button
    thanks: Any
    comment: Any
    send_comment: Any
    detected: Any  # the facets the question triggered, as checkboxes
    chart: Any


@dataclass
class ListingPanel:
    box: Any
    table: Any
    csv_button: Any
    csv_file: Any


def _header(gr, notice: str) -> None:
    gr.Markdown(
        "## Assistant de recherche — fiches action des centres sociaux\n"
        "Posez votre question en français : chaque réponse cite ses fiches [n], détaillées dans les sources.",
        elem_id="header",
    )
    if notice:
        gr.HTML(notice_html(notice), elem_id="notice", js_on_load=page_style.CLOSE_JS)


def _filters_panel(gr) -> FiltersPanel:
    """The filter dropdowns, without choices: they are filled at page load (`_wire_choices`), so that the
    anonymous login page never carries the base's values."""
    names = fields.filter_fields()
    with gr.Accordion(f"Filtres ({', '.join(fields.facet_word(n) for n in names)})", open=False):
        with gr.Row():
            dropdowns = [
                gr.Dropdown(
                    choices=[],
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
    chips = gr.HTML("", visible=False, elem_id="filter-chips", js_on_load=page_style.CLICK_JS)
    chatbot = gr.Chatbot(
        show_label=False,
        height=CHAT_HEIGHT,
        min_height=360,
        autoscroll=False,  # REVEAL_JS shows each new answer from its first line instead
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
        see_all = gr.Button("Voir toutes les fiches", size="sm", visible=False, elem_id="see-all")
        md_download = gr.DownloadButton("Exporter la réponse (Markdown)", size="sm", visible=False)
    with gr.Group(visible=False, elem_id="feedback") as feedback:
        thanks = gr.Markdown(elem_id="feedback-thanks")
        comment = gr.Textbox(
            label=f"Un commentaire ? (facultatif, {MAX_COMMENT} caractères au plus)",
            max_length=MAX_COMMENT,
            lines=2,
            elem_id="feedback-comment",
        )
        send_comment = gr.Button("Envoyer le commentaire", size="sm", elem_id="feedback-send")
    detected = gr.CheckboxGroup(
        label="Filtres détectés dans la question — décochez pour les retirer",
        visible=False,
        elem_id="detected",
    )
    chart = gr.HTML("", visible=False, elem_id="chart")
    return ChatColumn(
        chips, chatbot, question, send, new_chat, md_download, see_all, feedback, thanks, comment,
        send_comment, detected, chart,
    )  # fmt: skip


def _sources_column(gr):
    gr.Markdown("### Sources", elem_id="sources-title")
    return gr.HTML(present.sources_html(None), elem_id="sources")


def _listing_panel(gr) -> ListingPanel:
    with gr.Column(visible=False, elem_id="listing-box") as box:
        gr.Markdown("### Toutes les fiches de la réponse")
        table = gr.HTML("", elem_id="listing", js_on_load=page_style.CLICK_JS)
        with gr.Row():
            csv_button = gr.Button(
                "Exporter cette liste (CSV)", size="sm", scale=0, elem_id="listing-csv-button"
            )
            csv_file = gr.File(label="Liste (CSV)", visible=False, elem_id="listing-csv")
    return ListingPanel(box, table, csv_button, csv_file)


# ---------------------------------------------------------------- events


def chat_outputs(chat: ChatColumn, conversation: Any, sources: Any, listing: ListingPanel) -> list[Any]:
    """The components every chat step updates, in `chat_updates` order (the first six are the public API's)."""
    return [
        chat.chatbot, conversation, sources, chat.detected, chat.chart, chat.md_download,
        chat.see_all, listing.box, chat.feedback,
    ]  # fmt: skip


def chat_updates(gr, ctrl: Controller, view: View, request: Any, refresh_detected: bool) -> tuple:
    """Values of `chat_outputs` for one step: the chat always, the rest on the final step only."""
    if view.answer is None:
        return (view.messages, view.conversation, *([gr.skip()] * 7))
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
    chart = chart_html(view.answer)
    md_path = ctrl.export_answer(view.conversation, _base_url(request))
    count = ctrl.see_all_count(view.conversation)
    return (
        view.messages,
        view.conversation,
        view.sources,
        detected,
        gr.update(value=chart, visible=bool(chart)),
        gr.update(value=str(md_path) if md_path else None, visible=md_path is not None),
        gr.update(value=f"Voir toutes les fiches ({count})", visible=count > 0),
        gr.update(visible=False),  # a list of the previous answer's fiches is stale
        gr.update(visible=False),  # so is the « merci » of a vote on it
    )


def _wire_chat(gr, ctrl: Controller, chat: ChatColumn, filters: FiltersPanel, state, outputs) -> None:
    """Questions (typed, sent, or an example clicked), facet removal, new conversation."""
    pending = gr.State("")

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

    def on_new():
        view = ctrl.new_conversation()
        hidden = gr.update(visible=False)
        cleared = gr.update(choices=[], value=[], visible=False)
        empty = gr.update(value=None, visible=False)
        return (
            view.messages,
            view.conversation,
            view.sources,
            cleared,
            hidden,
            empty,
            hidden,
            hidden,
            hidden,
            "",
        )

    ask_inputs = [pending, state, *filters.dropdowns]
    for trigger in (chat.question.submit, chat.send.click):
        trigger(take_question, chat.question, [chat.question, pending], queue=False).then(
            ask_fn, ask_inputs, outputs
        ).then(None, js=page_style.REVEAL_NOW_JS)
    chat.chatbot.example_select(take_example, None, pending, queue=False).then(
        ask_fn, ask_inputs, outputs
    ).then(None, js=page_style.REVEAL_NOW_JS)
    chat.detected.input(refine_fn, [chat.detected, state, *filters.dropdowns], outputs).then(
        None, js=page_style.REVEAL_NOW_JS
    )
    chat.new_chat.click(on_new, None, [*outputs, pending], queue=False)
    chat.chatbot.clear(on_new, None, [*outputs, pending], queue=False)


def _wire_chips(gr, ctrl: Controller, chat: ChatColumn, filters: FiltersPanel, state, outputs) -> None:
    """The active filters shown as chips above the chat; removing one re-asks the last question without it."""

    def chips(filters: dict | None):
        html = browse.filter_chips_html(filters)
        return gr.update(value=html, visible=bool(html))

    def show(*values):
        return chips(filters_from(values))

    def remove(request: gr.Request, evt: gr.SelectData, conversation, *values):
        kept, views = ctrl.remove_filter(str(evt.value), conversation, filters_from(values))
        head = [*(gr.update(value=kept.get(n, [])) for n in fields.filter_fields())]
        head.append(chips(kept))
        shown = False
        for view in views:
            shown = True
            yield (*head, *chat_updates(gr, ctrl, view, request, refresh_detected=False))
        if not shown:
            yield (*head, *([gr.skip()] * len(outputs)))

    for dropdown in filters.dropdowns:
        dropdown.change(show, filters.dropdowns, chat.chips, queue=False, show_progress="hidden")
    chat.chips.select(remove, [state, *filters.dropdowns], [*filters.dropdowns, chat.chips, *outputs]).then(
        None, js=page_style.REVEAL_NOW_JS
    )


def _wire_feedback(gr, ctrl: Controller, chat: ChatColumn, state) -> None:
    """👍/👎 on an answer: a visible « merci » and an optional comment, stored with the vote."""
    vote = gr.State(None)
    outputs = [chat.feedback, chat.thanks, chat.comment, chat.send_comment, vote]

    def on_like(request: gr.Request, conversation: Conversation, data: gr.LikeData):
        index = data.index[0] if isinstance(data.index, list | tuple) else data.index
        entry = ctrl.feedback(conversation, int(index), data.liked, session=_client(request)[0])
        if data.liked not in (True, False):
            return [gr.update(visible=False), gr.skip(), gr.skip(), gr.skip(), None]
        if entry is None:
            return [
                gr.update(visible=True),
                THANKS_AGAIN,
                gr.update(visible=False),
                gr.update(visible=False),
                None,
            ]
        show = gr.update(value="", visible=True)
        return [gr.update(visible=True), THANKS, show, gr.update(visible=True), entry]

    def on_comment(entry, text: str):
        stored = ctrl.comment(entry, text)
        if stored is None:
            return [gr.skip(), THANKS_EMPTY if entry else THANKS_AGAIN, gr.skip(), gr.skip(), entry]
        hidden = gr.update(value="", visible=False)
        return [gr.update(visible=True), THANKS_COMMENT, hidden, gr.update(visible=False), None]

    chat.chatbot.like(on_like, [state], outputs, queue=False)
    chat.send_comment.click(on_comment, [vote, chat.comment], outputs, queue=False)
    chat.comment.submit(on_comment, [vote, chat.comment], outputs, queue=False)


def _wire_listing(gr, ctrl: Controller, chat: ChatColumn, listing: ListingPanel, state) -> None:
    """« Voir toutes les fiches (N) »: the paged, sortable list of the last answer's fiches, and its CSV."""
    current = gr.State(browse.Listing())

    def show(conversation):
        view = ctrl.listing(conversation)
        return gr.update(visible=True), view.html, view.listing, gr.update(value=None, visible=False)

    def click(evt: gr.SelectData, conversation, shown: browse.Listing):
        view = ctrl.listing(conversation, shown.clicked(str(evt.value)))
        return view.html, view.listing

    def export(request: gr.Request, conversation, shown: browse.Listing):
        path = ctrl.export_listing(conversation, shown, _base_url(request))
        return gr.update(value=str(path) if path else None, visible=path is not None)

    chat.see_all.click(
        show, [state], [listing.box, listing.table, current, listing.csv_file], scroll_to_output=True
    )
    listing.table.select(click, [state, current], [listing.table, current])
    listing.csv_button.click(export, [state, current], listing.csv_file)


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
    """The page: header, filters panel, chat column and sources column, then the list of every fiche of the
    answer (shown on demand), with their events wired to `ctrl`."""
    import gradio as gr

    with gr.Blocks(title="Assistant fiches action", analytics_enabled=False) as demo:
        state = gr.State(Conversation(), time_to_live=ctrl.limits.session_seconds)
        _header(gr, notice)
        filters = _filters_panel(gr)
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=320):
                chat = _chat_column(gr)
            with gr.Column(scale=2, min_width=300, elem_id="sources-col"):
                sources = _sources_column(gr)
        listing = _listing_panel(gr)
        outputs = chat_outputs(chat, state, sources, listing)
        _wire_chat(gr, ctrl, chat, filters, state, outputs)
        _wire_chips(gr, ctrl, chat, filters, state, outputs)
        _wire_feedback(gr, ctrl, chat, state)
        _wire_listing(gr, ctrl, chat, listing, state)
        _wire_csv(gr, ctrl, filters)
        _wire_choices(gr, demo, ctrl, filters)
        demo.load(None, js=page_style.REVEAL_JS)
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
        run_history=False,  # no « runs » page: nothing recorded, no offer to copy runs to a Hugging Face bucket
        ssr_mode=False,
        mcp_server=False,
        css=page_style.CSS,
    )
    app.state.gradio_app = next(r.app for r in app.routes if isinstance(r, Mount))
    return app


def sample_index_dir(index_dir: Path) -> Path:
    """Where the sample corpus is indexed: beside the user's index (`data/index` → `data/index-exemple`)."""
    index_dir = Path(index_dir)
    return index_dir.with_name(index_dir.name + SAMPLE_SUFFIX)


class IndexUnusable(SystemExit):
    """The user's index is damaged or read-only: the app does not start (and never serves the sample instead)."""


def served_settings(settings: Settings) -> Settings:
    """The settings of the index to serve: the user's (`INDEX_DIR`) when it holds fiches, the sample corpus's
    (`sample_index_dir`) while it is absent or empty. Raises `IndexUnusable` (its French message says how to
    repair) when it is damaged or read-only: a user's base is never silently replaced by the sample corpus."""
    from vectorstore.index import FicheIndex

    index = FicheIndex.open(settings.index_dir, settings=settings)
    try:
        health = index.health()
    finally:
        index.close()
    if health.state in ("absent", "empty"):
        logger.info("Index %s %s: serving the sample corpus", settings.index_dir, health.state)
        return settings.model_copy(update={"index_dir": sample_index_dir(settings.index_dir)})
    if not getattr(health, "usable", health.ok):
        raise IndexUnusable(health.message)
    if not health.ok:
        logger.warning("Index %s degraded: %s", settings.index_dir, "; ".join(health.problems))
    return settings


def is_sample_index(index_dir: Path) -> bool:
    return Path(index_dir).name.endswith(SAMPLE_SUFFIX)


def ensure_index(settings: Settings) -> str:
    """The notice for the index `settings` point at ('' for the user's own). The sample corpus's index is built
    (or rebuilt, when damaged) on first use; it holds nothing else."""
    if not is_sample_index(settings.index_dir):
        return ""
    from vectorstore.index import FicheIndex

    index = FicheIndex.open(settings.index_dir, settings=settings)
    try:
        count = index.fiche_count() if index.health().ok else 0
        if not count:
            from ingest.parser import parse_files

            logger.info("Indexing the sample corpus %s into %s", SAMPLE_CORPUS, settings.index_dir)
            report = index.sync(parse_files([SAMPLE_CORPUS]).fiches, prune=True, reset=True)
            logger.info("Sample corpus indexed: %d fiches in %.1f s", report.fiches_total, report.seconds)
            count = report.fiches_total
    finally:
        index.close()
    return sample_notice(count, settings.index_dir)


def sample_notice(count: int, sample_dir: Path) -> str:
    """What the app says while it serves the sample corpus: which it is, and the command that indexes the
    user's own export (into the index the app will then use: `--index-dir` when it is not the default)."""
    user_dir = Path(sample_dir).with_name(Path(sample_dir).name.removesuffix(SAMPLE_SUFFIX))
    option = "" if user_dir == Settings.model_fields["index_dir"].default else f" --index-dir {user_dir}"
    return (
        f"Corpus d'exemple ({count} fiches inventées), en attendant les vôtres : indexez votre export avec "
        f"`.venv/bin/python -m ingest votre_export.txt{option}`, puis relancez l'application."
    )


def warm_up(assistant: AssistantAPI) -> None:
    """Run one search before serving (`assistant.service.warm_up`): N simultaneous first requests would otherwise
    each load the embedding model, and the first English question or comparison would wait for its tables."""
    service_warm_up(assistant, EXAMPLES[0])


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

    try:
        settings = served_settings(settings)  # the user's index, or the sample corpus's while there is none
    except IndexUnusable as unusable:
        print(unusable, file=sys.stderr)
        return 1
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
