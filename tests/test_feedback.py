"""Feedback store (votes, one comment each, bounded) and the `python -m assistant feedback` summary."""

from __future__ import annotations

import json
import subprocess
import sys

from assistant import feedback_cli
from assistant.feedback import MAX_COMMENT, FeedbackStore
from assistant.records import Answer, Citation
from config import get_settings
from tests.conftest import ROOT

CAF = "Quelles actions avec la CAF ?"
ANSWER = Answer(
    text="2 fiches [1] [2]",
    citations=[
        Citation(n=1, fiche_id="f-1", title="Café", centre="CS", departement="Nord", url="/fiche/f-1")
    ],
)


def test_a_vote_then_its_comment_is_one_entry_with_the_comment(tmp_path):
    store = FeedbackStore(tmp_path)
    vote = store.record(CAF, ANSWER, liked=False)
    commented = store.comment(vote, "  Il manque le centre de Lille.  ")
    assert commented is not None and commented.comment == "Il manque le centre de Lille."
    assert store.comment(vote, "deuxième commentaire") is None  # one comment per vote
    assert store.comment(vote, "   ") is None
    lines = store.path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and json.loads(lines[1])["id"] == vote.id
    [entry] = store.entries()
    assert (entry.id, entry.liked, entry.question, entry.comment) == (
        vote.id,
        False,
        CAF,
        "Il manque le centre de Lille.",
    )
    assert [c.fiche_id for c in entry.citations] == ["f-1"] and entry.answer == "2 fiches [1] [2]"


def test_a_long_comment_is_cut_and_bad_lines_are_skipped(tmp_path):
    store = FeedbackStore(tmp_path)
    commented = store.comment(store.record(CAF, ANSWER, liked=True), "x" * (MAX_COMMENT + 500))
    assert len(commented.comment) == MAX_COMMENT == 2000
    with store.path.open("a", encoding="utf-8") as fh:
        fh.write("{pas du json\n")
        fh.write(
            json.dumps({"time": "2025-01-01T00:00:00+00:00", "liked": True, "question": "q", "answer": "a"})
        )
        fh.write("\n")
    entries = store.entries()
    assert [e.question for e in entries] == [CAF, "q"]  # the legacy line without id is kept


def _vote(store: FeedbackStore, question: str, liked: bool, time: str, comment: str = "") -> None:
    entry = store.record(question, ANSWER, liked).model_copy(update={"time": time})
    store._append(entry)  # the same id again, with the chosen time (last line wins)
    if comment:
        store.comment(entry, comment)


def test_summary_counts_and_worst_rated_questions(tmp_path):
    store = FeedbackStore(tmp_path)
    _vote(store, "Quelles actions en Occitanie ?", False, "2025-03-01T10:00:00+00:00", "Il en manque.")
    _vote(store, "quelles  actions en OCCITANIE ?", False, "2025-03-02T10:00:00+00:00")
    _vote(store, "Quelles actions en Occitanie ?", True, "2025-03-03T10:00:00+00:00")
    _vote(store, CAF, False, "2025-03-04T10:00:00+00:00")
    _vote(store, "Budget du repair café ?", True, "2025-03-05T10:00:00+00:00")
    summary = feedback_cli.summarise(store.entries(), store.path)
    assert (summary.votes, summary.likes, summary.dislikes, summary.comments) == (5, 2, 3, 1)
    assert (summary.first[:10], summary.last[:10]) == ("2025-03-01", "2025-03-05")
    assert [(s.question, s.dislikes, s.likes, s.net) for s in summary.worst] == [
        ("Quelles actions en Occitanie ?", 2, 1, 1),
        (CAF, 1, 0, 1),
    ]
    text = feedback_cli.render_text(summary)
    assert text.splitlines()[0].startswith("Avis : 5 (👍 2, 👎 3), 1 commentaire — ")
    assert "  1. « Quelles actions en Occitanie ? » — 👎 2, 👍 1 (dernier avis : 2025-03-03)" in text
    assert "💬 « Il en manque. »" in text


def test_feedback_command_prints_the_summary_and_json(tmp_path, capsys):
    store = FeedbackStore(get_settings().data_dir)
    store.comment(store.record(CAF, ANSWER, liked=False), "Réponse incomplète")
    assert feedback_cli.main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Avis : 1 (👍 0, 👎 1), 1 commentaire") and "« Réponse incomplète »" in out
    assert feedback_cli.main(["--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["votes"], data["dislikes"], data["worst"][0]["question"], data["worst"][0]["net"]) == (
        1,
        1,
        CAF,
        1,
    )
    assert feedback_cli.main(["--data-dir", str(tmp_path / "vide")]) == 0
    assert capsys.readouterr().out.startswith("Aucun avis enregistré")


def test_python_m_assistant_feedback_runs(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "assistant", "feedback", "--data-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and done.stdout.startswith("Aucun avis enregistré"), done.stderr
