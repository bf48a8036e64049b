"""The app's handlers with the fake assistant (no server), and its HTTP routes through `TestClient`."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

import ui
from assistant.conversation import Conversation, facet_key
from assistant.feedback import FeedbackStore
from config import get_settings
from tests.helpers_ui import FakeAssistant

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


def test_count_answer_gives_a_chart(ctrl):
    final = ask(ctrl, "Combien d'actions de parentalité ?")[-1]
    frame, label = ui.chart_frame(final.answer)
    assert label == "département"
    assert frame.to_dict("records") == [
        {"Valeur": "Nord", "Fiches": 2},
        {"Valeur": "Haute-Garonne", "Fiches": 1},
    ]
    assert ui.chart_frame(ask(ctrl, BAILLEURS)[-1].answer) == (None, "")


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
    dropdown = next(c for c in config["components"] if c["props"].get("label") == "Mots clés")
    assert ["Parentalité (3)", "Parentalité"] in dropdown["props"]["choices"]
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
