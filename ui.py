"""Gradio app: chat over the fiches, sources panel, facet filters, fiche pages, feedback and exports.

    python ui.py [--host H] [--port P] [--index-dir DIR]

The only module that imports gradio (lazily, so that importing `ui` stays instant). The logic lives in
`Controller` (plain Python, unit-tested without a server); `build_blocks` only wires it to components;
`create_app` mounts the Blocks on a FastAPI app that also serves the fiche pages `/fiche/<id>`.

Removing a facet the question triggered re-asks the same question with the facet's trigger words
taken out of the text, and the facets still checked passed as explicit `filters` (merged with the
user's filters), replacing the last turn of the conversation.
"""

# No `from __future__ import annotations` here: gradio reads the handlers' annotations
# (gr.LikeData, gr.Request) with typing.get_type_hints, which needs them evaluated.
import argparse
import logging
import os
import re
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from assistant import present
from assistant.feedback import FeedbackEntry, FeedbackStore
from assistant.records import Answer, FacetMatch, Turn
from config import Settings, get_settings

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent
SAMPLE_CORPUS = ROOT / "ingest" / "sample" / "fiches_exemple.txt"

FILTER_FIELDS: tuple[str, ...] = ("region", "departement", "mots_cles", "partenaires", "public", "statut")

EXAMPLES: tuple[str, ...] = (
    "Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?",
    "Combien d'actions de parentalité par département ?",
    "Quel est le budget annuel du repair café de La Passerelle ?",
    "Quelles actions ont été menées en Occitanie ?",
)


class Session(BaseModel):
    """Per-browser-tab conversation state (kept in a `gr.State`)."""

    turns: list[Turn] = Field(default_factory=list)
    shown: list[str] = Field(default_factory=list, description="Question as displayed, one per turn")
    original: str = Field("", description="Last question as typed, before any facet removal")
    standalone: str = Field("", description="Last question after follow-up resolution (Query.text)")
    detected: list[FacetMatch] = Field(default_factory=list, description="Facets the last question triggered")


@dataclass
class View:
    """What the chat shows after a handler step; `answer` is set on the final step only."""

    messages: list[dict]
    session: Session
    answer: Answer | None = None
    sources: str = ""


def facet_key(facet: FacetMatch) -> str:
    return f"{facet.field}={'|'.join(facet.values)}"


def filters_from(values: Sequence[Sequence[str] | None]) -> dict[str, list[str]] | None:
    """Dropdown values (in FILTER_FIELDS order) → the `filters` of the façade, None when nothing is selected."""
    filters = {field: list(v) for field, v in zip(FILTER_FIELDS, values, strict=False) if v}
    return filters or None


def merge_filters(filters: dict[str, list[str]] | None, facets: Sequence[FacetMatch]) -> dict | None:
    merged = {field: list(values) for field, values in (filters or {}).items()}
    for facet in facets:
        values = merged.setdefault(facet.field, [])
        values.extend(v for v in facet.values if v not in values)
    return merged or None


def strip_triggers(text: str, facets: Sequence[FacetMatch]) -> str:
    """The question without the words that triggered `facets` (case-insensitive, whole words)."""
    for facet in facets:
        if facet.trigger.strip():
            text = re.sub(rf"(?i)(?<!\w){re.escape(facet.trigger.strip())}(?!\w)", " ", text)
    return " ".join(text.split())


def answer_markdown_message(answer: Answer) -> str:
    """The chat message of an answer: its Markdown with raw HTML shown as text, then its warnings."""
    warnings = "\n".join(f"> ⚠️ {w}" for w in answer.warnings)
    text = _raw_lt(answer.text.strip())  # fiche text quoted in answers is data, not markup
    return text + (f"\n\n{_raw_lt(warnings)}" if warnings else "")


def _raw_lt(text: str) -> str:
    """Every '<' not already escaped as '\\<' becomes '&lt;' (escaping it twice would show '&lt;' to the user)."""
    return re.sub(r"(?<!\\)((?:\\\\)*)<", r"\1&lt;", text)


def session_messages(session: Session) -> list[dict]:
    messages: list[dict] = []
    for shown, turn in zip(session.shown, session.turns, strict=True):
        messages.append({"role": "user", "content": shown})
        messages.append({"role": "assistant", "content": answer_markdown_message(turn.answer)})
    return messages


class Controller:
    """The app's handlers, free of gradio: each returns plain values or yields `View`s."""

    def __init__(self, assistant: Any, feedback: FeedbackStore, export_dir: Path):
        self.assistant = assistant
        self.feedback_store = feedback
        self.export_dir = export_dir

    def respond(self, question: str, session: Session, filters: dict | None) -> Iterator[View]:
        """Stream the answer to a new question, keeping the conversation as history."""
        question = (question or "").strip()
        if not question:
            yield View(session_messages(session), session, None, present.sources_html(None))
            return
        yield from self._ask(question, question, session, session.turns, filters, refine=False)

    def new_conversation(self) -> View:
        """« Nouvelle conversation »: empty chat, fresh state, empty sources panel."""
        return View([], Session(), None, present.sources_html(None))

    def refine(self, kept: Sequence[str], session: Session, filters: dict | None) -> Iterator[View]:
        """Re-ask the last question without the detected facets that were unchecked."""
        if not session.turns:
            return
        removed = [f for f in session.detected if facet_key(f) not in kept]
        remaining = [f for f in session.detected if facet_key(f) in kept]
        base = session.original
        if any(f.trigger.lower() not in base.lower() for f in removed) and session.standalone:
            base = session.standalone  # the trigger came from follow-up resolution
        question = strip_triggers(base, removed) if removed else session.original
        shown = session.original
        if removed:
            shown += "\n\n*(filtre retiré : " + ", ".join(f"« {f.trigger} »" for f in removed) + ")*"
            filters = merge_filters(filters, remaining)
        history = session.turns[:-1]
        yield from self._ask(question, shown, session, history, filters, refine=True)

    def _ask(self, question, shown, session, history, filters, refine: bool) -> Iterator[View]:
        kept = len(history)
        before = session_messages(
            session.model_copy(update={"turns": history, "shown": session.shown[:kept]})
        )
        user = {"role": "user", "content": shown}
        text, answer = "", None
        try:
            for part in self.assistant.stream(question, history=list(history), filters=filters):
                if isinstance(part, str):
                    text += part
                    yield View([*before, user, {"role": "assistant", "content": text}], session)
                else:
                    answer = part
        except Exception as exc:  # shown in the chat, with the traceback in the server log
            logger.exception("Answering %r failed", question)
            answer = Answer(text=f"Désolé, la réponse a échoué : {exc}. Consultez les journaux du serveur.")
        if answer is None:
            answer = Answer(text=text, warnings=["Réponse incomplète : le flux s'est arrêté avant la fin."])
        new = self._next_session(session, question, shown, answer, history, refine)
        yield View(session_messages(new), new, answer, present.sources_html(answer))

    @staticmethod
    def _next_session(session, question, shown, answer, history, refine: bool) -> Session:
        update: dict[str, Any] = {
            "turns": [*history, Turn(question=question, answer=answer)],
            "shown": [*session.shown[: len(history)], shown],
        }
        if not refine:
            update["original"] = question
            update["standalone"] = answer.query.text if answer.query else question
            update["detected"] = list(answer.query.facets) if answer.query else []
        return session.model_copy(update=update)

    def feedback(self, session: Session, message_index: int, liked: bool | str) -> FeedbackEntry | None:
        """Store a 👍/👎 on the assistant message at `message_index` of the chat (user, assistant, ...)."""
        if liked not in (True, False):
            return None  # vote withdrawn
        turn_index = message_index // 2
        if not 0 <= turn_index < len(session.turns):
            logger.warning("Feedback on unknown message %s ignored", message_index)
            return None
        turn = session.turns[turn_index]
        return self.feedback_store.record(session.shown[turn_index], turn.answer, liked=bool(liked))

    def export_answer(self, session: Session, base_url: str = "") -> Path | None:
        """Markdown file of the last answer and its sources, or None when there is no answer yet."""
        if not session.turns:
            return None
        text = present.answer_markdown(session.original, session.turns[-1].answer, base_url)
        return self._write("reponse", ".md", text)

    def export_selection(self, filters: dict | None, base_url: str = "") -> Path:
        """CSV of every fiche matching the filters."""
        fiches = self.selection(filters)
        return self._write("fiches", ".csv", present.fiches_csv(fiches, base_url))

    def selection(self, filters: dict | None) -> list:
        """Every fiche matching the filters (all fiches without filters)."""
        return self.assistant.list_fiches(filters)

    def _write(self, stem: str, suffix: str, text: str) -> Path:
        folder = self.export_dir / uuid.uuid4().hex[:12]
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{stem}{suffix}"
        path.write_text(text, encoding="utf-8-sig" if suffix == ".csv" else "utf-8")
        return path

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
        counts = self.assistant.facet_counts(fields=FILTER_FIELDS)
        return {field: present.facet_choices(counts.get(field, [])) for field in FILTER_FIELDS}


def chart_frame(answer: Answer | None):
    """A two-column DataFrame ('Valeur', 'Fiches') for the bar chart, or None without a count table."""
    import pandas as pd

    columns = present.table_columns(answer.table) if answer else None
    if not columns:
        return None, ""
    label, count = columns
    rows = [(str(r.get(label, "")), r.get(count, 0)) for r in answer.table]
    field = answer.query.group_by if answer.query and answer.query.group_by else label
    return pd.DataFrame(rows, columns=["Valeur", "Fiches"]), present.FACET_LABELS.get(field, field)


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


def build_blocks(ctrl: Controller, notice: str = ""):
    """The Gradio layout and its events, wired to `ctrl`."""
    import gradio as gr

    choices = ctrl.facet_choices()
    with gr.Blocks(title="Assistant fiches action", analytics_enabled=False) as demo:
        session = gr.State(Session())
        pending = gr.State("")
        gr.Markdown(
            "## Assistant de recherche — fiches action des centres sociaux\n"
            "Posez votre question en français : chaque réponse cite ses fiches sources [n], "
            "détaillées dans le panneau de droite."
        )
        if notice:
            gr.Markdown(f"ℹ️ {notice}", elem_id="notice")
        with gr.Accordion("Filtres (région, département, mot-clé, partenaire, public, statut)", open=False):
            with gr.Row():
                dropdowns = [
                    gr.Dropdown(
                        choices=choices[field],
                        value=[],
                        multiselect=True,
                        label=present.FACET_LABELS[field],
                        min_width=180,
                    )
                    for field in FILTER_FIELDS
                ]
            with gr.Row():
                csv_button = gr.Button("Exporter les fiches de la sélection (CSV)", size="sm", scale=0)
                csv_file = gr.File(label="Fiches de la sélection (CSV)", visible=False, elem_id="csv-export")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
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
                    md_download = gr.DownloadButton(
                        "Exporter la réponse (Markdown)", size="sm", visible=False
                    )
                detected = gr.CheckboxGroup(
                    label="Filtres détectés dans la question — décochez pour les retirer",
                    visible=False,
                    elem_id="detected",
                )
                chart = gr.BarPlot(
                    x="Valeur",
                    y="Fiches",
                    sort="-y",
                    y_lim=[0, None],
                    visible=False,
                    label="Répartition",
                )
            with gr.Column(scale=2):
                gr.Markdown("### Sources")
                sources = gr.HTML(present.sources_html(None), elem_id="sources", max_height=780)

        chat_outputs = [chatbot, session, sources, detected, chart, md_download]

        def final_updates(view: View, request: Any, refresh_detected: bool) -> tuple:
            if view.answer is None:
                return (view.messages, view.session, *([gr.skip()] * 4))
            facets = view.session.detected
            detected_update = (
                gr.update(
                    choices=[(present.facet_label(f), facet_key(f)) for f in facets],
                    value=[facet_key(f) for f in facets],
                    visible=bool(facets),
                )
                if refresh_detected
                else gr.skip()
            )
            frame, label = chart_frame(view.answer)
            chart_update = (
                gr.update(value=frame, visible=True, label=f"Nombre de fiches par {label.lower()}")
                if frame is not None
                else gr.update(visible=False)
            )
            md_path = ctrl.export_answer(view.session, _base_url(request))
            md_update = gr.update(value=str(md_path), visible=md_path is not None)
            return (view.messages, view.session, view.sources, detected_update, chart_update, md_update)

        def ask_fn(text, state, f1, f2, f3, f4, f5, f6, request: gr.Request):
            for view in ctrl.respond(text, state, filters_from([f1, f2, f3, f4, f5, f6])):
                yield final_updates(view, request, refresh_detected=True)

        def refine_fn(kept, state, f1, f2, f3, f4, f5, f6, request: gr.Request):
            for view in ctrl.refine(kept or [], state, filters_from([f1, f2, f3, f4, f5, f6])):
                yield final_updates(view, request, refresh_detected=False)

        def take_question(text: str):
            return "", text

        def take_example(evt: gr.SelectData):
            return evt.value.get("text", "") if isinstance(evt.value, dict) else str(evt.value)

        def on_like(state: Session, data: gr.LikeData):
            index = data.index[0] if isinstance(data.index, list | tuple) else data.index
            ctrl.feedback(state, int(index), data.liked)

        def on_new():
            view = ctrl.new_conversation()
            return (
                view.messages,
                view.session,
                view.sources,
                gr.update(choices=[], value=[], visible=False),
                gr.update(visible=False),
                gr.update(value=None, visible=False),
                "",
            )

        def on_csv(f1, f2, f3, f4, f5, f6, request: gr.Request):
            path = ctrl.export_selection(filters_from([f1, f2, f3, f4, f5, f6]), _base_url(request))
            return gr.update(value=str(path), visible=True)

        ask_inputs = [pending, session, *dropdowns]
        for trigger in (question.submit, send.click):
            trigger(take_question, question, [question, pending], queue=False).then(
                ask_fn, ask_inputs, chat_outputs
            )
        chatbot.example_select(take_example, None, pending, queue=False).then(
            ask_fn, ask_inputs, chat_outputs
        )
        detected.input(refine_fn, [detected, session, *dropdowns], chat_outputs)
        chatbot.like(on_like, [session], None, queue=False)
        new_chat.click(on_new, None, [*chat_outputs, pending], queue=False)
        chatbot.clear(on_new, None, [*chat_outputs, pending], queue=False)
        csv_button.click(on_csv, dropdowns, csv_file)
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


def create_app(assistant: Any, settings: Settings | None = None, notice: str = ""):
    """FastAPI app serving the Gradio UI at '/' and the fiche pages at '/fiche/<id>'."""
    import gradio as gr
    from fastapi import FastAPI, Request
    from fastapi.responses import HTMLResponse
    from starlette.routing import Mount

    settings = settings or get_settings()
    export_dir = Path(tempfile.mkdtemp(prefix="fiches-ui-"))
    ctrl = Controller(assistant, FeedbackStore(settings.data_dir), export_dir)
    auth = _auth(settings)
    app = FastAPI(title="Assistant fiches action", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.controller = ctrl

    @app.get("/fiche/{fiche_id}", response_class=HTMLResponse)
    def fiche_page(fiche_id: str, request: Request) -> HTMLResponse:
        if auth and not _logged_in(request, app.state.gradio_app):
            return HTMLResponse(present.unauthorized_html("/"), status_code=401)
        status, body = ctrl.fiche_page(fiche_id)
        return HTMLResponse(body, status_code=status)

    gr.mount_gradio_app(
        app,
        build_blocks(ctrl, notice),
        path="/",
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


def warm_up(assistant: Any) -> None:
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

    notice = ensure_index(settings)
    assistant = build_assistant(settings)
    warm_up(assistant)
    app = create_app(assistant, settings, notice=notice)
    print(f"Démarrage de l'assistant sur http://{settings.ui_host}:{settings.ui_port}", flush=True)
    uvicorn.run(app, host=settings.ui_host, port=settings.ui_port, log_level="warning")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
