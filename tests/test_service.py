"""The `Assistant` façade over a fake retriever/index, and the `ask` command (fake wiring, then the real one)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from assistant import ask_cli
from assistant.answer import NO_MATCH
from assistant.records import Answer, TableRow, Turn
from assistant.service import EMPTY_INDEX, Assistant, fiche_url
from config import Settings
from tests.conftest import ROOT
from tests.fake_chat import ScriptedChatModel
from tests.helpers_answer import FICHES, FakeIndex, FakeRetriever, fiche

FIRST = "Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?"


def make(llm=None, k=5, fiches=FICHES) -> Assistant:
    return Assistant(FakeRetriever(fiches), FakeIndex(fiches), llm=llm, settings=Settings(retrieval_k=k))


def test_extractive_list_answer_without_llm():
    answer = make().ask(FIRST)
    assert answer.mode == "extractive" and answer.warnings == []
    assert [(c.n, c.fiche_id, c.url) for c in answer.citations] == [
        (1, "f-1", "/fiche/f-1"),
        (2, "f-2", "/fiche/f-2"),
    ]
    assert answer.query.intent == "list"


def test_stream_yields_deltas_then_exactly_one_answer():
    llm = ScriptedChatModel(script=["Les Pins [1] et Metz [2] accueillent des parents."])
    items = list(make(llm).stream(FIRST))
    assert [type(i) for i in items].count(Answer) == 1 and isinstance(items[-1], Answer)
    assert (
        "".join(i for i in items if isinstance(i, str)) == "Les Pins [1] et Metz [2] accueillent des parents."
    )
    assert items[-1].mode == "llm" and [c.fiche_id for c in items[-1].citations] == ["f-1", "f-2"]


def test_extractive_stream_is_just_the_answer():
    items = list(make().stream(FIRST))
    assert len(items) == 1 and isinstance(items[0], Answer)


def test_no_match_never_calls_the_llm():
    llm = ScriptedChatModel(script=[])
    answer = make(llm).ask("Avez-vous des fiches sur des actions avec la MSA ?")
    assert answer.text.startswith(NO_MATCH) and answer.citations == [] and llm.received == []


def test_count_is_exact_over_all_matching_fiches_and_extractive():
    llm = ScriptedChatModel(script=[])
    answer = make(llm, k=1).ask("Combien d'actions de parentalité ?")
    assert answer.text.startswith("4 fiches correspondent à vos critères (mots-clés Parentalité).\n")
    assert len(answer.citations) == 4 and llm.received == []  # every fiche counted is cited (`COUNT_CITED`)


def test_aggregate_question_gives_a_table_over_all_fiches():
    answer = make(k=1).ask("Quels partenaires reviennent le plus ?")
    assert answer.table[:2] == [
        TableRow(valeur="Bailleur social", fiches=3),
        TableRow(valeur="CAF", fiches=3),
    ]
    assert len(answer.citations) == 6


def test_followup_on_a_cited_fiche_answers_its_budget():
    assistant = make()
    first = assistant.ask(FIRST)
    answer = assistant.ask("donne-moi le budget de la première", history=[Turn(question=FIRST, answer=first)])
    assert answer.text.startswith(
        "Budget de « Permanences hors les murs » — Centre social Les Pins (Haute-Garonne) : 12\u00a0500\u00a0€ "
        "(total des charges) [1]."
    )
    assert [c.fiche_id for c in answer.citations] == ["f-1"]


def test_followup_with_a_new_place_searches_with_the_merged_facets():
    assistant = make()
    first = assistant.ask("Quelles actions de parentalité ?")
    answer = assistant.ask(
        "et en Seine-Maritime ?", history=[Turn(question="Quelles actions de parentalité ?", answer=first)]
    )
    assert [c.fiche_id for c in answer.citations] == ["f-4", "f-6"]
    assert [f.field for f in answer.query.facets] == ["mots_cles", "departement"]


def test_filters_restrict_the_search_and_the_counts():
    assistant = make()
    answer = assistant.ask("Quelles actions de parentalité ?", filters={"departement": ["Moselle"]})
    assert [c.fiche_id for c in answer.citations] == ["f-2"]
    counts = assistant.facet_counts({"mots_cles": ["Parentalité"]}, fields=("departement", "statut"))
    assert counts == {
        "departement": [("Seine-Maritime", 2), ("Haute-Garonne", 1), ("Moselle", 1)],
        "statut": [("En cours", 3), ("Terminée", 1)],
    }
    assert assistant.facet_counts()["partenaires"] == [("Bailleur social", 3), ("CAF", 3), ("Ville", 2)]


def test_browsing_helpers():
    assistant = make()
    assert [h.fiche_id for h in assistant.similar("f-1", k=2)] == ["f-2", "f-3"]
    assert assistant.get_fiche("f-3").title == "Jardin partagé" and assistant.get_fiche("nope") is None
    assert fiche_url(fiche(2)) == "/fiche/f-2"


def test_empty_index_and_empty_question_are_explained():
    assert make(fiches=[]).ask("Quelles actions ?").text == EMPTY_INDEX
    assert make().ask("   ").text.startswith("Posez une question")


def test_llm_failure_in_the_facade_is_a_warning_not_an_exception():
    llm = ScriptedChatModel(script=[TimeoutError("timed out")])
    answer = make(llm).ask(FIRST)
    assert answer.mode == "extractive"
    assert answer.warnings == ["Le modèle de langage n'a pas répondu (délai dépassé) : réponse extractive."]


# ---------------------------------------------------------------- the ask command


def test_ask_json_prints_one_object(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr("assistant.service.build_assistant", lambda settings: make())
    code = ask_cli.main([FIRST, "--json", "--index-dir", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"answer", "citations", "mode", "warnings"}
    assert data["mode"] == "extractive" and data["citations"][0]["fiche_id"] == "f-1"
    assert data["citations"][0]["url"] == "/fiche/f-1"


def test_ask_text_prints_the_markdown_and_warnings(monkeypatch, tmp_path, capsys):
    llm = ScriptedChatModel(script=[ConnectionRefusedError(111, "refused")])
    monkeypatch.setattr("assistant.service.build_assistant", lambda settings: make(llm))
    assert ask_cli.main([FIRST, "--index-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 centres ont mené des actions")
    assert "**[1]** [Permanences hors les murs](/fiche/f-1)" in out
    assert "⚠ Le modèle de langage n'a pas répondu (connexion impossible) : réponse extractive." in out


def test_ask_several_questions_is_one_conversation(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr("assistant.service.build_assistant", lambda settings: make())
    questions = ["Quelles actions de parentalité ?", "et en Moselle ?", "le budget de la première"]
    assert ask_cli.main([*questions, "--json", "--index-dir", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    cited = [[c["fiche_id"] for c in json.loads(line)["citations"]] for line in lines]
    assert cited == [["f-1", "f-2", "f-4", "f-6"], ["f-2"], ["f-2"]]  # the follow-ups were resolved

    assert ask_cli.main([*questions[:2], "--index-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("» Quelles actions de parentalité ?\n\n4 ")
    assert "\n\n» et en Moselle ?\n\n1 " in out


def test_ask_exits_3_when_an_answer_failed(monkeypatch, tmp_path, capsys):
    assistant = make()
    monkeypatch.setattr(assistant.retriever, "search", lambda *a, **k: 1 / 0)
    monkeypatch.setattr("assistant.service.build_assistant", lambda settings: assistant)
    assert ask_cli.main([FIRST, "--index-dir", str(tmp_path)]) == 3
    assert capsys.readouterr().out.startswith("Désolé, la réponse a échoué : division by zero.")


def test_ask_on_a_missing_or_empty_index_says_to_ingest(monkeypatch, tmp_path, capsys):
    assert ask_cli.main(["question", "--index-dir", str(tmp_path / "absent")]) == 1
    assert "python -m ingest fichier.txt" in capsys.readouterr().err
    monkeypatch.setattr("assistant.service.build_assistant", lambda settings: make(fiches=[]))
    assert ask_cli.main(["question", "--index-dir", str(tmp_path)]) == 1
    assert "Index vide" in capsys.readouterr().err


def test_ask_with_a_bad_llm_configuration_exits_2(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("LLM_PROVIDER", "mistral")
    monkeypatch.setenv("LLM_MODEL", "m")
    pytest.importorskip("vectorstore.index")
    pytest.importorskip("assistant.retrieval")
    assert ask_cli.main(["question", "--index-dir", str(tmp_path)]) == 2
    assert "none, openai, ollama" in capsys.readouterr().err


def test_llm_failing_on_the_followup_rewrite_is_not_called_again():
    llm = ScriptedChatModel(script=["Les Pins [1].", ConnectionRefusedError(111, "refused")])
    assistant = make(llm)
    first = assistant.ask(FIRST)
    answer = assistant.ask("et en Moselle ?", history=[Turn(question=FIRST, answer=first)])
    assert len(llm.received) == 2  # the answer, the failed rewrite — and no third call
    assert answer.mode == "extractive" and [c.fiche_id for c in answer.citations] == ["f-2"]
    assert answer.warnings == [
        "Le modèle de langage n'a pas répondu (connexion impossible) : réponse extractive."
    ]


# ---------------------------------------------------------------- the real wiring, on the seed export


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory):
    """The seed export parsed and indexed with the default embedder (real Chroma + BM25 on disk)."""
    from tests.conftest import SEED

    if not SEED.exists():
        pytest.skip("../shared/seeds absent")
    pytest.importorskip("vectorstore.index")
    pytest.importorskip("assistant.retrieval")
    from ingest.parser import parse_file
    from vectorstore.index import FicheIndex

    directory = tmp_path_factory.mktemp("seed_index")
    index = FicheIndex.open(directory, settings=Settings(index_dir=directory))
    index.sync(parse_file(SEED).fiches)
    index.close()
    return directory


def ask_json(question: str, index_dir, capsys) -> dict:
    assert ask_cli.main([question, "--json", "--index-dir", str(index_dir)]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.slow
@pytest.mark.shared
def test_seed_parentalite_with_bailleurs_cites_bellefontaine_first(seed_index, capsys):
    data = ask_json(FIRST, seed_index, capsys)
    first = data["citations"][0]
    assert (first["n"], first["centre"], first["departement"]) == (
        1,
        "CENTRE SOCIAL BELLEFONTAINE - LAFOURGUETTE",
        "Haute-Garonne",
    )
    assert first["url"] == f"/fiche/{first['fiche_id']}" and f"]({first['url']})" in data["answer"]
    assert data["mode"] == "extractive" and data["warnings"] == []


@pytest.mark.slow
@pytest.mark.shared
def test_seed_msa_cites_nothing(seed_index, capsys):
    data = ask_json("Avez-vous des fiches sur des actions avec la MSA ?", seed_index, capsys)
    # No citation, and the first line says which entity no fiche has (closest fiches follow as plain links).
    assert data["citations"] == [] and data["answer"].split("\n")[0] == "Aucune fiche ne mentionne « MSA »."


@pytest.mark.slow
@pytest.mark.shared
def test_seed_budget_of_place_des_femmes(seed_index, capsys):
    data = ask_json("Quel était le budget du projet Place des femmes à Kervénanec ?", seed_index, capsys)
    # Two fiches of the same centre bear near-identical titles: the one named is answered first (its stated
    # 40 000 €), the other beside it (its budget table: total des charges 34 985 €), both cited, never one
    # picked silently.
    digits = re.sub(r"(?<=\d)[\s\u00a0\u202f](?=\d)", "", data["answer"])
    opening = digits.split("\n\n")[0]
    assert "40000" in opening and "34985" in digits
    assert [c["title"] for c in data["citations"]] == ["Place des femmes", "Place de femmes"]


def test_list_answer_adds_near_misses_as_links_not_citations():
    answer = make().ask(FIRST)
    exact, see_also = answer.text.split("\n\nÀ voir aussi (tous les critères sauf un) :\n")
    assert see_also.splitlines() == [
        "- [Repair café](/fiche/f-5) — CENTRE SOCIAL DU BAN, METZ (Moselle) · sans : Parentalité",
        "- [Ateliers parents-enfants](/fiche/f-4) — Espace famille des Hauts (Seine-Maritime) · sans : Bailleur social",
        "- [Ludothèque familiale](/fiche/f-6) — Centre social Les Tilleuls (Seine-Maritime) · sans : Bailleur social",
    ]
    assert [c.fiche_id for c in answer.citations] == ["f-1", "f-2"]  # near misses are not citations
    single = make().ask("Quels centres ont mené des actions de parentalité ?")
    assert "À voir aussi" not in single.text  # one criterion: nothing to relax


def test_filters_are_named_with_the_criteria_but_not_kept_in_the_query():
    assistant = make(k=1)
    filters = {"departement": ["Seine-Maritime"]}
    answer = assistant.ask("Quelles actions de parentalité ?", filters=filters)
    assert answer.text.startswith(
        "2 fiches correspondent à vos critères (mots-clés Parentalité, département Seine-Maritime) ; "
    )
    assert [f.field for f in answer.query.facets] == ["mots_cles"]  # follow-ups see the question only
    count = assistant.ask("Combien d'actions de parentalité ?", filters={"statut": ["En cours"]})
    assert count.text.startswith(
        "3 fiches correspondent à vos critères (mots-clés Parentalité, statut En cours)."
    )
    table = assistant.ask("Combien d'actions par département ?", filters={"statut": ["En cours"]})
    assert table.text.startswith("4 fiches correspondent à vos critères (statut En cours). Répartition")
    same = assistant.ask("Quelles actions en Moselle ?", filters={"departement": ["Moselle"]})
    assert "(département Moselle)" in same.text.splitlines()[0]  # named once


def test_matching_fiches_lists_every_fiche_the_answer_counts():
    assistant = make(k=1)
    answer = assistant.ask("Quelles actions de parentalité ?", filters={"statut": ["En cours"]})
    matching = assistant.matching_fiches(answer.query, {"statut": ["En cours"]})
    assert [f.id for f in matching] == ["f-1", "f-4", "f-6"]
    assert answer.text.startswith("3 fiches correspondent") and len(answer.citations) == 1
    assert [f.id for f in assistant.matching_fiches(answer.query)] == ["f-1", "f-2", "f-4", "f-6"]


def test_ask_questions_file_answers_each_question_on_its_own(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr("assistant.service.build_assistant", lambda settings: make())
    plain = tmp_path / "questions.txt"
    plain.write_text(
        "# essai\nQuelles actions de parentalité ?\n\nQuelles actions en Moselle ?\n", encoding="utf-8"
    )
    assert ask_cli.main(["--questions", str(plain), "--json", "--index-dir", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["question"] for r in records] == [
        "Quelles actions de parentalité ?",
        "Quelles actions en Moselle ?",
    ]
    assert [[c["fiche_id"] for c in r["citations"]] for r in records] == [
        ["f-1", "f-2", "f-4", "f-6"],
        ["f-2", "f-5"],
    ]
    assert all(r["seconds"] >= 0 for r in records)
    assert err.splitlines()[-1].startswith("2 questions en ") and "médiane" in err

    gold = tmp_path / "gold.jsonl"
    rows = [
        {"id": "q1", "question": "et en Moselle ?", "history": ["Quelles actions de parentalité ?"]},
        {"id": "q2", "question": "Quelles actions en Moselle ?"},
    ]
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    assert ask_cli.main(["--questions", str(gold), "--json", "--index-dir", str(tmp_path)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["id"], [c["fiche_id"] for c in r["citations"]]) for r in records] == [
        ("q1", ["f-2"]),  # the history was replayed: « et en Moselle ? » refines the parentalité list
        ("q2", ["f-2", "f-5"]),
    ]

    assert ask_cli.main(["--questions", str(plain), "--index-dir", str(tmp_path)]) == 0
    text = capsys.readouterr().out
    assert (
        text.startswith("» Quelles actions de parentalité ?\n\n4 ")
        and "\n\n» Quelles actions en Moselle ?\n\n" in text
    )


def test_ask_questions_file_errors(monkeypatch, tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"question": "ok ?"}\n{"pas de question": 1}\n', encoding="utf-8")
    assert ask_cli.main(["--questions", str(bad), "--index-dir", str(tmp_path)]) == 1
    assert f"{bad}:2 : ligne illisible" in capsys.readouterr().err
    assert ask_cli.main(["--questions", str(tmp_path / "absent.txt"), "--index-dir", str(tmp_path)]) == 1
    with pytest.raises(SystemExit) as exit_info:
        ask_cli.main(["question", "--questions", str(bad)])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit):
        ask_cli.main([])


def test_ask_loads_neither_gradio_nor_the_llm_stack(tmp_path):
    """The extractive path imports only what it needs (the cold start of `ask`)."""
    code = (
        "import sys; from assistant import ask_cli; from assistant.service import build_assistant; "
        "import assistant.retrieval, vectorstore.index; "
        "heavy = ('gradio', 'torch', 'sentence_transformers', 'langchain_chroma', 'langchain_openai', "
        "'langchain_ollama', 'openai', 'pandas', 'transformers'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
