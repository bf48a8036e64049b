"""The app's handlers with the fake assistant (no server), and its HTTP routes through `TestClient`."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

import ui
from assistant.conversation import Conversation, facet_key
from assistant.feedback import FeedbackStore
from config import get_settings
from tests.helpers_ui import FakeAssistant, sample_fiches

BAILLEURS = "Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?"


@pytest.fixture
def fake() -> FakeAssistant:
    return FakeAssistant()


@pytest.fixture
def ctrl(fake, tmp_path) -> ui.Controller:
    return ui.Controller(fake, FeedbackStore(get_settings().data_dir), tmp_path / "exports")


def ask(
    ctrl: ui.Controller, question: str, conversation: Conversation | None = None, filters=None
) -> list[ui.View]:
    return list(ctrl.respond(question, conversation or Conversation(), filters))


def test_chat_streams_then_shows_sources(ctrl):
    views = ask(ctrl, BAILLEURS)
    *streaming, final = views
    assert streaming and all(v.answer is None and v.conversation == Conversation() for v in streaming)
    partials = [v.messages[-1]["content"] for v in streaming]
    assert all(v.messages[:-1] == [{"role": "user", "content": BAILLEURS}] for v in streaming)
    assert all(later.startswith(earlier) for earlier, later in zip(partials, partials[1:], strict=False))
    assert partials[-1].strip() == final.answer.text  # the text grew to the whole answer
    assert (
        final.answer.text
        == "2 fiche(s) correspondent : Café des parents [1], Ateliers numériques en famille [2]"
    )
    assert final.answer is not None and [c.fiche_id for c in final.answer.citations] == [
        "senacs-101",
        "senacs-102",
    ]
    assert "<b>[1]</b> Café des parents" in final.sources
    assert 'href="/fiche/senacs-101"' in final.sources
    assert final.messages[-1]["content"].endswith("> ⚠️ Filtre « bailleurs sociaux » appliqué.")
    assert [t.question for t in final.conversation.turns] == [BAILLEURS]
    assert [f.field for f in final.conversation.detected] == ["mots_cles", "partenaires"]


def test_follow_up_passes_history(ctrl, fake):
    first = ask(ctrl, BAILLEURS)[-1]
    second = ask(ctrl, "Et avec la CAF ?", first.conversation)[-1]
    assert fake.calls[0]["history"] == []
    assert [t.question for t in fake.calls[1]["history"]] == [BAILLEURS]
    assert fake.calls[1]["history"][0].answer.citations == first.answer.citations
    assert [m["role"] for m in second.messages] == ["user", "assistant", "user", "assistant"]
    assert [t.shown for t in second.conversation.turns] == [BAILLEURS, "Et avec la CAF ?"]


def test_filters_are_passed_to_the_assistant(ctrl, fake):
    filters = ui.filters_from([[], ["Nord"], [], [], [], []])
    assert filters == {"departement": ["Nord"]}
    final = ask(ctrl, "Quelles actions de parentalité ?", filters=filters)[-1]
    assert fake.calls[0]["filters"] == {"departement": ["Nord"]}
    assert [c.fiche_id for c in final.answer.citations] == ["senacs-101", "f-3a9e"]
    assert ui.filters_from([[], [], [], [], [], []]) is None


def test_new_conversation_clears(ctrl):
    final = ask(ctrl, BAILLEURS)[-1]
    assert final.conversation.turns
    view = ctrl.new_conversation()
    assert view.messages == []
    assert view.conversation == Conversation()
    assert "[1]" not in view.sources and "Les fiches citées s’afficheront ici." in view.sources


def test_feedback_writes_one_json_line(ctrl):
    final = ask(ctrl, BAILLEURS)[-1]
    entry = ctrl.feedback(final.conversation, 1, False)
    lines = (get_settings().data_dir / "feedback.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["liked"] is False
    assert record["question"] == BAILLEURS
    assert record["answer"] == final.answer.text
    assert [c["fiche_id"] for c in record["citations"]] == ["senacs-101", "senacs-102"]
    assert record["citations"][0]["url"] == "https://www.senacs.fr/fiche/101"
    assert entry is not None and entry.question == BAILLEURS
    assert ctrl.feedback(final.conversation, 1, "") is None  # vote withdrawn: nothing written
    assert ctrl.feedback(final.conversation, 7, True) is None  # unknown message
    assert len((get_settings().data_dir / "feedback.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_removing_a_detected_facet_re_asks_without_it(ctrl, fake):
    first = ask(ctrl, BAILLEURS)[-1]
    assert [c.fiche_id for c in first.answer.citations] == ["senacs-101", "senacs-102"]
    keys = [facet_key(f) for f in first.conversation.detected]
    assert keys == ["mots_cles=Parentalité", "partenaires=Bailleur social"]

    *streaming, final = list(ctrl.refine(["mots_cles=Parentalité"], first.conversation, None))
    call = fake.calls[-1]
    # The same question, answered as its query minus the unchecked facet.
    assert call["question"] == BAILLEURS and call["filters"] is None and call["history"] == []
    assert call["query"] == first.answer.query.model_copy(update={"facets": first.answer.query.facets[:1]})
    # The last turn is replaced, not appended; the detected facets stay offered for re-checking.
    assert len(final.conversation.turns) == 1
    assert [c.fiche_id for c in final.answer.citations] == ["senacs-101", "senacs-102", "f-3a9e"]
    assert final.conversation.detected == first.conversation.detected
    shown = BAILLEURS + "\n\n*(filtre retiré : « bailleurs sociaux »)*"
    assert final.messages[0]["content"] == shown
    assert streaming and all(v.messages[0]["content"] == shown for v in streaming)

    again = list(ctrl.refine(keys, final.conversation, None))[-1]
    assert fake.calls[-1]["question"] == BAILLEURS and fake.calls[-1]["query"] is None  # asked afresh
    assert [c.fiche_id for c in again.answer.citations] == ["senacs-101", "senacs-102"]
    assert again.messages[0]["content"] == BAILLEURS
    assert list(ctrl.refine(keys, Conversation(), None)) == []  # nothing to refine yet


def test_count_answer_gives_a_bar_chart(ctrl):
    final = ask(ctrl, "Combien d'actions de parentalité ?")[-1]
    chart = ui.chart_html(final.answer)
    assert "Nombre de fiches par département" in chart
    assert re.findall(r'class="bar-label" title="([^"]+)"', chart) == ["Nord", "Haute-Garonne"]
    assert re.findall(r'class="bar-value">(\d+)<', chart) == ["2", "1"]
    assert ui.chart_html(ask(ctrl, BAILLEURS)[-1].answer) == ""


def test_exports(ctrl):
    final = ask(ctrl, BAILLEURS)[-1]
    md = ctrl.export_answer(final.conversation, "http://127.0.0.1:7860/").read_text(encoding="utf-8")
    assert md.startswith(f"# {BAILLEURS}\n")
    assert "1. Café des parents — Centre social Les Tilleuls, Nord — <https://www.senacs.fr/fiche/101>" in md
    assert "2. Ateliers numériques en famille — Maison de quartier Bellevue, Haute-Garonne — " in md
    assert "<http://127.0.0.1:7860/fiche/senacs-102>" in md
    assert ctrl.export_answer(Conversation()) is None

    csv_path = ctrl.export_selection({"departement": ["Nord"]}, "")
    rows = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert [r.split(",")[0] for r in rows] == ["id", "senacs-101", "f-3a9e"]


def test_assistant_error_is_shown_in_the_chat(ctrl, fake, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("index illisible")
        yield  # pragma: no cover

    monkeypatch.setattr(fake, "stream", broken)
    final = ask(ctrl, "Bonjour ?")[-1]
    assert final.messages[-1]["content"].startswith("Désolé, la réponse a échoué : index illisible.")
    assert "Aucune fiche citée" in final.sources
    assert final.conversation.turns[-1].error == "RuntimeError: index illisible"


# --- HTTP routes of the real app built with the fake assistant ---------------------------------


@pytest.fixture
def client(fake) -> TestClient:
    return TestClient(ui.create_app(fake, get_settings()))


def test_fiche_route_known_and_unknown(client):
    page = client.get("/fiche/senacs-101")
    assert page.status_code == 200
    assert "<h1>Café des parents</h1>" in page.text
    assert 'id="similaires"' in page.text and "Ateliers numériques en famille" in page.text
    assert "Partenaires en commun : Bailleur social" in page.text

    missing = client.get("/fiche/senacs-999")
    assert missing.status_code == 404
    assert "Fiche introuvable" in missing.text and "senacs-999" in missing.text

    evil = client.get("/fiche/senacs-666")
    assert evil.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in evil.text and "<script" not in evil.text


def test_app_page_is_served_with_filters_and_examples(client):
    page = client.get("/")
    assert page.status_code == 200
    config = client.get("/config").json()
    labels = {c["props"].get("label") for c in config["components"]}
    assert {"Région", "Département", "Mots clés", "Partenaires", "Public", "Statut"} <= labels
    # The page carries no value of the base: the choices come with the load event, after any login.
    dropdowns = [c for c in config["components"] if c["type"] == "dropdown"]
    assert len(dropdowns) == 6 and all(c["props"]["choices"] == [] for c in dropdowns)
    assert "Parentalité" not in page.text and "Parentalité" not in json.dumps(config, ensure_ascii=False)
    loads = [d for d in config["dependencies"] if any(event == "load" for _, event in d["targets"])]
    assert any({c["id"] for c in dropdowns} <= set(d["outputs"]) for d in loads), (dropdowns, loads)
    assert ("Parentalité (3)", "Parentalité") in client.app.state.controller.facet_choices()["mots_cles"]
    chatbot = next(c for c in config["components"] if c["type"] == "chatbot")
    assert chatbot["props"]["examples"][0]["text"] == BAILLEURS


def test_auth_refuses_anonymous_requests(fake, monkeypatch):
    monkeypatch.setenv("UI_USERNAME", "federation")
    monkeypatch.setenv("UI_PASSWORD", "s3cret")
    get_settings.cache_clear()
    client = TestClient(ui.create_app(fake, get_settings()))

    assert client.get("/config").status_code == 401
    assert '"auth_required":true' in client.get("/").text.replace(" ", "")
    anonymous = client.get("/fiche/senacs-101")
    assert anonymous.status_code == 401
    assert "Café des parents" not in anonymous.text and "Connexion requise" in anonymous.text

    assert client.post("/login", data={"username": "federation", "password": "faux"}).status_code == 400
    assert client.post("/login", data={"username": "federation", "password": "s3cret"}).status_code == 200
    assert client.get("/config").status_code == 200
    page = client.get("/fiche/senacs-101")
    assert page.status_code == 200 and "<h1>Café des parents</h1>" in page.text


# --- « Voir toutes les fiches », chips, feedback comments, sample index -------------------------------


def many_fiches(n: int) -> list:
    base = sample_fiches()[0]
    return [
        base.model_copy(
            update={"id": f"f-{i:02d}", "title": f"Action {i:02d}", "departement": f"Dép {i % 3}"}
        )
        for i in range(n)
    ]


def test_see_all_lists_every_matching_fiche_paged_and_sorted(tmp_path):
    fake = FakeAssistant(many_fiches(45))
    ctrl = ui.Controller(fake, FeedbackStore(tmp_path), tmp_path / "exports")
    final = ask(ctrl, "Quelles actions de parentalité ?")[-1]
    assert ctrl.see_all_count(final.conversation) == 45
    first = ctrl.listing(final.conversation)
    assert first.total == 45 and "Fiches 1–20 sur 45 · page 1/3" in first.html
    assert first.html.count("<tr data-fiche-id=") == 20
    last = ctrl.listing(final.conversation, first.listing.clicked("page:2"))
    assert last.html.count("<tr data-fiche-id=") == 5 and "Fiches 41–45 sur 45" in last.html
    by_title = ctrl.listing(final.conversation, first.listing.clicked("sort:title"))
    ids = re.findall(r'data-fiche-id="([^"]+)"', by_title.html)
    assert ids[:3] == ["f-00", "f-01", "f-02"] and 'href="/fiche/f-00"' in by_title.html
    reverse = ctrl.listing(final.conversation, by_title.listing.clicked("sort:title"))
    assert re.findall(r'data-fiche-id="([^"]+)"', reverse.html)[:2] == ["f-44", "f-43"]
    csv_rows = ctrl.export_listing(final.conversation, reverse.listing, "http://h/").read_text("utf-8-sig")
    lines = csv_rows.splitlines()
    assert len(lines) == 46 and lines[1].startswith("f-44,Action 44,")


def test_see_all_is_offered_only_for_a_set(ctrl):
    assert ctrl.see_all_count(ask(ctrl, BAILLEURS)[-1].conversation) == 2
    assert ctrl.see_all_count(ask(ctrl, "Bonjour")[-1].conversation) == 0  # no facet, no filter: no « all »
    filtered = ask(ctrl, "Bonjour", filters={"departement": ["Nord"]})[-1]
    assert ctrl.see_all_count(filtered.conversation) == 2
    assert ctrl.see_all_count(Conversation()) == 0


def test_removing_a_filter_chip_re_asks_without_it(ctrl, fake):
    filters = {"departement": ["Nord"], "statut": ["En cours"]}
    first = ask(ctrl, "Quelles actions de parentalité ?", filters=filters)[-1]
    assert [c.fiche_id for c in first.answer.citations] == ["senacs-101", "f-3a9e"]
    kept, views = ctrl.remove_filter("remove:statut=En cours", first.conversation, filters)
    assert kept == {"departement": ["Nord"]}
    *_, final = list(views)
    assert fake.calls[-1]["filters"] == {"departement": ["Nord"]}
    assert fake.calls[-1]["question"] == "Quelles actions de parentalité ?"
    assert len(final.conversation.turns) == 1  # the turn replaced
    assert final.messages[0]["content"].endswith("*(filtre retiré : « Statut : En cours »)*")
    assert final.conversation.filters == {"departement": ["Nord"]}

    kept, views = ctrl.remove_filter("remove:departement=Nord", final.conversation, kept)
    *_, wider = list(views)
    assert kept == {} and fake.calls[-1]["filters"] is None
    assert [c.fiche_id for c in wider.answer.citations] == ["senacs-101", "senacs-102", "f-3a9e"]
    unchanged, nothing = ctrl.remove_filter("remove:departement=Gironde", wider.conversation, kept)
    assert unchanged == kept and list(nothing) == []


def test_filter_chips_name_each_active_value():
    chips = ui.browse.filter_chips_html({"departement": ["Nord", "Gironde"], "statut": ["En cours"]})
    assert re.findall(r'data-key="([^"]+)"', chips) == [
        "remove:departement=Nord",
        "remove:departement=Gironde",
        "remove:statut=En cours",
    ]
    assert "Département : Nord" in chips and ui.browse.filter_chips_html(None) == ""


def test_a_vote_then_a_comment(ctrl):
    final = ask(ctrl, BAILLEURS)[-1]
    vote = ctrl.feedback(final.conversation, 1, False, session="s1")
    assert vote is not None and ctrl.feedback(final.conversation, 1, True, session="s1") is None
    stored = ctrl.comment(vote, "Il manque la fiche de Lille.")
    assert stored is not None and stored.comment == "Il manque la fiche de Lille."
    assert ctrl.comment(vote, "encore") is None and ctrl.comment(None, "x") is None
    [entry] = ctrl.feedback_store.entries()
    assert (entry.liked, entry.question, entry.comment) == (False, BAILLEURS, "Il manque la fiche de Lille.")


def test_markdown_export_links_are_absolute(ctrl, fake):
    fake.fiches[0] = fake.fiches[0].model_copy(update={"source_url": ""})
    final = ask(ctrl, BAILLEURS)[-1]
    final.conversation.turns[-1].answer.text += "\n\n- [Café des parents](/fiche/senacs-101)"
    md = ctrl.export_answer(final.conversation, "http://127.0.0.1:7860/").read_text(encoding="utf-8")
    assert "[Café des parents](http://127.0.0.1:7860/fiche/senacs-101)" in md and "](/fiche/" not in md


def test_notice_html_escapes_and_keeps_code():
    html = ui.notice_html("Lancez `python -m ingest <export>` puis relancez.")
    assert "<code>python -m ingest &lt;export&gt;</code>" in html and 'class="close"' in html
