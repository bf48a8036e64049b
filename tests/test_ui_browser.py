"""End to end: `python ui.py` on a fresh index folder (it serves the sample corpus from its own index),
driven by headless Chromium at 1366×768 and at a phone's 390×844.

Real everything: the sample corpus, the real index and embedder from the settings, the real Gradio
server, Debian's `chromium` through Playwright. Skipped only when /usr/bin/chromium is absent
(`apt-get install chromium`). Asserted from the rendered boxes: each answer's first line is in the viewport,
the chart's 24 département names do not overlap, the sources column fits the screen. The time from
« Envoyer » to the first line visible is printed (`-s`), not asserted. `UPDATE_SCREENSHOTS=1` also writes
the two screenshots to docs/ (docs/screenshot.png, docs/screenshot-mobile.png).
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

import pytest

from ingest.text import normalise
from tests.conftest import ROOT
from tests.helpers_badinput import app_env
from tests.helpers_server import free_port, serving

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
QUESTION = "Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?"
# The gold answer of this question on the sample corpus (tests/data/sample_questions.jsonl, s03).
EXPECTED_TITLES = {
    "Café des parents du mercredi",
    "Ludothèque au pied des immeubles",
    "Ateliers parents-enfants en pied d'immeuble",
}
BY_DEPARTEMENT = "Combien d'actions par département ?"
SAMPLE_DEPARTEMENTS = 24  # départements of the 34 sample fiches
START_TIMEOUT_S = 300  # first start ingests and embeds the sample corpus, on a shared CPU

# The newest answer's first block (its first line) and the viewport height, read from the page.
FIRST_LINE_JS = """() => {
  const rows = document.querySelectorAll('#chat .message-row.bot-row');
  const row = rows[rows.length - 1];
  if (!row) return null;
  const first = row.querySelector('.message-content .md > *') || row.querySelector('.message-content');
  const box = first.getBoundingClientRect();
  return {rows: rows.length, top: box.top, bottom: box.bottom, height: innerHeight, text: first.innerText};
}"""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium absent: apt-get install chromium"),
]


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    """(url, data dir, index dir) of `python ui.py` started on an index folder that does not exist yet."""
    root = tmp_path_factory.mktemp("browser")
    port = free_port()
    env = app_env(root)
    # As after a fresh clone: the default index folder (data/index, relative), absent; run from `root`.
    cmd = [sys.executable, str(ROOT / "ui.py"), "--port", str(port), "--index-dir", "data/index"]
    url = f"http://127.0.0.1:{port}"
    with serving(cmd, url + "/", root / "ui.log", timeout=START_TIMEOUT_S, cwd=root, env=env, grace=30):
        yield url, root / "data", root / "data" / "index"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def ask(page, question: str, timeout_s: float = 120) -> tuple[float, dict]:
    """Send a question; (ms from the click on « Envoyer » to the new answer's first line in the viewport,
    that line's box). Fails when the first line never shows."""
    before = page.evaluate(FIRST_LINE_JS)
    count = before["rows"] if before else 0
    page.locator("#question textarea").fill(question)
    started = time.perf_counter()
    page.locator("#send").click()
    return wait_first_line(page, started, lambda box: box["rows"] > count, timeout_s)


def wait_first_line(page, started: float, is_new, timeout_s: float = 120) -> tuple[float, dict]:
    deadline = time.monotonic() + timeout_s
    box = None
    while time.monotonic() < deadline:
        box = page.evaluate(FIRST_LINE_JS)
        if box and box["text"].strip() and is_new(box) and box["top"] >= 0 and box["bottom"] <= box["height"]:
            return 1000 * (time.perf_counter() - started), box
        page.wait_for_timeout(10)
    pytest.fail(f"the answer's first line never showed in the viewport: {box}")


def boxes(page, selector: str) -> list[dict]:
    return page.locator(selector).evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect();"
        " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, text: e.textContent}; })"
    )


def keep_screenshot(page, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    page.screenshot(path=str(path))
    assert path.stat().st_size > 10_000
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        (ROOT / "docs" / name).write_bytes(path.read_bytes())
    return path


def test_desktop_answer_in_view_all_fiches_chips_chart_feedback(app, browser, tmp_path):
    from playwright.sync_api import expect

    url, data_dir, index_dir = app
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(url + "/")
    notice = page.locator("#notice")
    expect(notice).to_contain_text("Corpus d'exemple", timeout=60_000)
    indexed = int(re.search(r"\((\d+) fiches inventées\)", notice.inner_text()).group(1))
    expect(notice.locator("code")).to_have_text(".venv/bin/python -m ingest votre_export.txt")
    assert (index_dir.parent / "index-exemple" / "fiches.sqlite3").exists() and not index_dir.exists()
    expect(page.locator("#filter-chips")).to_be_hidden()

    timings = []
    for question in (QUESTION, "Quelles actions ont été menées en Occitanie ?", QUESTION):
        ms, first = ask(page, question)
        timings.append(ms)
    assert first["text"].startswith("3 centres ont mené des actions")
    print(f"\n« Envoyer » → first line visible (1366×768): {', '.join(f'{t:.0f}' for t in timings)} ms")

    cards = page.locator("#sources .source-card")
    titles = [t.split("] ", 1)[1] for t in cards.locator(".card-title").all_inner_texts()]
    assert set(titles) == EXPECTED_TITLES
    expect(cards.first.locator(".chip.match")).to_have_text(["Parentalité"])
    sources = page.locator("#sources").bounding_box()
    assert sources["x"] + sources["width"] <= 1366 and sources["y"] + sources["height"] <= 768
    keep_screenshot(page, tmp_path, "screenshot.png")

    # Unchecking a detected facet re-answers without it (every parentalité fiche: 7), the turn replaced.
    started = time.perf_counter()
    page.locator("#detected").get_by_label(re.compile("Bailleur social")).uncheck()
    wait_first_line(page, started, lambda box: box["text"].startswith("7 fiches"))
    chat = page.locator("#chat")
    expect(chat).to_contain_text("filtre retiré")
    assert chat.inner_text().count(QUESTION) == 2  # the first and the refined third question

    # « Voir toutes les fiches (7) »: the 7, not the 5 cited; sortable; exported as CSV.
    see_all = page.locator("#see-all")
    expect(see_all).to_have_text("Voir toutes les fiches (7)")
    see_all.click()
    rows = page.locator("#listing tbody tr")
    expect(rows).to_have_count(7, timeout=30_000)
    expect(page.locator("#listing .pager-info")).to_have_text("Fiches 1–7 sur 7 · page 1/1")
    page.locator("#listing th button", has_text="Titre").click()
    expect(page.locator("#listing th[aria-sort] button")).to_contain_text("Titre ▲")
    listed = page.locator("#listing tbody tr td:first-child a:first-child").all_inner_texts()
    assert listed == sorted(listed, key=normalise) and len(listed) == 7  # accents folded: « Sé » < « So »
    page.locator("#listing-csv-button").click()
    csv_link = page.locator("#listing-csv a[download]")
    expect(csv_link).to_be_visible(timeout=30_000)
    lines = page.request.get(csv_link.get_attribute("href")).text().lstrip("\ufeff").splitlines()
    assert len(lines) == 8 and [line.split(",")[1] for line in lines[1:]] == listed

    # A filter shows as a chip above the chat and in the answer's criteria; removing the chip re-asks.
    page.get_by_text("Filtres (région").click()
    page.get_by_label("Département", exact=True).click()
    page.keyboard.type("Nord")
    page.get_by_role("option", name=re.compile(r"^Nord \(")).click()
    page.keyboard.press("Escape")
    chip = page.locator("#filter-chips .filter-chip")
    expect(chip).to_have_text(re.compile("Département : Nord"))
    ms, first = ask(page, "Quelles actions de parentalité ?")
    assert "département Nord" in first["text"]
    started = time.perf_counter()
    chip.click()
    ms, first = wait_first_line(page, started, lambda box: "département Nord" not in box["text"])
    assert first["text"].startswith("7 fiches correspondent à vos critères (mots-clés Parentalité)")
    expect(chat).to_contain_text("filtre retiré : « Département : Nord »")
    expect(page.locator("#filter-chips")).to_be_hidden()

    # The count by département: 24 names, one per row, none overlapping; whole-number ticks.
    ask(page, BY_DEPARTEMENT)
    chart = page.locator("#chart .bars")
    expect(chart).to_be_visible(timeout=30_000)
    labels = boxes(page, "#chart .bar-label[title]")
    assert len(labels) == SAMPLE_DEPARTEMENTS
    assert all(a["bottom"] <= b["top"] + 0.5 for a, b in zip(labels, labels[1:], strict=False))
    ticks = boxes(page, "#chart .tick")
    assert all(a["right"] <= b["left"] for a, b in zip(ticks, ticks[1:], strict=False))
    assert [t["text"] for t in ticks] == [str(i) for i in range(len(ticks))]  # 0, 1, 2, 3: whole fiches
    counts = [int(v) for v in page.locator("#chart .bar-value").all_inner_texts()]
    assert counts == sorted(counts, reverse=True) and sum(counts) == indexed
    expect(chart).to_contain_text("Nombre de fiches par département")
    page.locator("#chart").screenshot(path=str(tmp_path / "chart.png"))

    # 👎 → a visible « merci » and an optional comment, stored with the vote.
    page.locator("#chat .message-row.bot-row").last.hover()
    page.locator("#chat button[aria-label='Dislike']").last.click()
    expect(page.locator("#feedback-thanks")).to_contain_text("Merci pour votre avis")
    page.locator("#feedback-comment textarea").fill("Il manque la carte des régions.")
    page.locator("#feedback-send").click()
    expect(page.locator("#feedback-thanks")).to_contain_text("commentaire est enregistré")
    stored = [json.loads(line) for line in (data_dir / "feedback.jsonl").read_text("utf-8").splitlines()]
    assert (stored[-1]["question"], stored[-1]["liked"], stored[-1]["comment"]) == (
        BY_DEPARTEMENT,
        False,
        "Il manque la carte des régions.",
    )

    # CSV export of the (empty) filter selection: every indexed fiche, through the real façade.
    page.get_by_role("button", name="Exporter les fiches de la sélection (CSV)").click()
    csv_link = page.locator("#csv-export a[download]")
    expect(csv_link).to_be_visible(timeout=30_000)
    rows = page.request.get(csv_link.get_attribute("href")).text().lstrip("\ufeff").splitlines()
    assert rows[0] == "id,titre,centre,departement,region,statut,annee,mots_cles,partenaires,public,url"
    assert len(rows) == indexed + 1
    page.close()


def test_fiche_page_and_similar_projects(app, browser):
    from playwright.sync_api import expect

    url, _, _ = app
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(url + "/")
    ask(page, QUESTION)
    link = page.locator("#sources .source-card").first.get_by_role("link", name="Voir la fiche")
    href = link.get_attribute("href")
    assert href is not None and href.startswith("/fiche/") and link.get_attribute("target") == "_blank"
    title = page.locator("#sources .source-card .card-title").first.inner_text().split("] ", 1)[1]
    page.goto(url + href)
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator("#similaires")).to_contain_text("Projets similaires")
    expect(page.locator("#similaires .why").first).to_contain_text("en commun")
    expect(page.get_by_role("link", name="← Retour à l’assistant")).to_have_attribute("href", "/")
    assert page.request.get(url + "/fiche/inconnue").status == 404
    page.close()


def test_phone_answer_in_view_and_sources_within_the_screen(app, browser, tmp_path):
    url, _, _ = app
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page.goto(url + "/")
    page.locator("#question textarea").wait_for()
    timings = [ask(page, question)[0] for question in (QUESTION, "Quelles actions de parentalité ?")]
    print(f"\n« Envoyer » → first line visible (390×844): {', '.join(f'{t:.0f}' for t in timings)} ms")
    keep_screenshot(page, tmp_path, "screenshot-mobile.png")
    for selector in ("#chat", "#sources", "#question"):
        box = page.locator(selector).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390, selector
    cards = boxes(page, "#sources .source-card")
    assert cards and all(c["left"] >= 0 and c["right"] <= 390 for c in cards)
    page.close()
