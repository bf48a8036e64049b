"""End to end: `python ui.py` on a fresh index (it ingests the sample corpus), driven by headless Chromium.

Real everything: the sample corpus, the real index and embedder from the settings, the real Gradio
server, Debian's `chromium` through Playwright. Skipped only when /usr/bin/chromium is absent
(`apt-get install chromium`).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT

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
START_TIMEOUT_S = 300  # first start ingests and embeds the sample corpus, on a shared CPU

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium absent: apt-get install chromium"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"ui.py exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(1)
    pytest.fail(f"ui.py did not answer on {url} within {START_TIMEOUT_S} s:\n{log.read_text()[-3000:]}")


@pytest.fixture
def app_url(tmp_path):
    port = free_port()
    log = tmp_path / "ui.log"
    env = {
        **os.environ,
        "DATA_DIR": str(tmp_path / "data"),
        "HF_HUB_OFFLINE": "1",
        "GRADIO_ANALYTICS_ENABLED": "False",
        "ANONYMIZED_TELEMETRY": "False",
    }
    env.pop("UI_USERNAME", None)
    env.pop("UI_PASSWORD", None)
    cmd = [sys.executable, "ui.py", "--port", str(port), "--index-dir", str(tmp_path / "index")]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url + "/", proc, log)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_question_sources_and_fiche_page_in_chromium(app_url, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(app_url + "/")
            notice = page.locator("#notice")
            expect(notice).to_contain_text("corpus d'exemple", timeout=60_000)
            indexed = int(re.search(r"\((\d+) fiches\)", notice.inner_text()).group(1))

            page.locator("#question textarea").fill(QUESTION)
            page.locator("#send").click()
            cards = page.locator("#sources .source-card")
            expect(cards.first).to_be_visible(timeout=120_000)

            titles = [t.split("] ", 1)[1] for t in cards.locator(".card-title").all_inner_texts()]
            assert set(titles) == EXPECTED_TITLES
            first = cards.first
            expect(first.locator(".card-title")).to_contain_text("[1]")
            expect(first.locator(".chip.match")).to_have_text(["Parentalité"])
            link = first.get_by_role("link", name="Voir la fiche")
            href = link.get_attribute("href")
            assert href is not None and href.startswith("/fiche/")
            assert link.get_attribute("target") == "_blank"
            expect(page.locator("#chat")).to_contain_text(titles[0])
            expect(page.locator("#detected")).to_contain_text("Bailleur social")
            page.screenshot(path=str(tmp_path / "chat.png"))
            assert (tmp_path / "chat.png").stat().st_size > 10_000

            # Unchecking a detected facet re-answers the question without it: every parentalité fiche (7 in
            # the sample corpus, the 5 best shown), the question marked, the turn replaced.
            page.locator("#detected").get_by_label(re.compile("Bailleur social")).uncheck()
            expect(page.locator("#chat")).to_contain_text("filtre retiré", timeout=120_000)
            expect(cards).to_have_count(5, timeout=120_000)
            expect(page.locator("#chat")).to_contain_text("7 fiches")
            assert page.locator("#chat").inner_text().count(QUESTION) == 1  # replaced, not a second turn

            # CSV export of the (empty) filter selection: every indexed fiche, through the real façade.
            page.get_by_text("Filtres (région").click()
            page.get_by_role("button", name="Exporter les fiches de la sélection (CSV)").click()
            csv_link = page.locator("#csv-export a[download]")
            expect(csv_link).to_be_visible(timeout=30_000)
            rows = page.request.get(csv_link.get_attribute("href")).text().lstrip("\ufeff").splitlines()
            assert (
                rows[0] == "id,titre,centre,departement,region,statut,annee,mots_cles,partenaires,public,url"
            )
            assert len(rows) == indexed + 1

            page.goto(app_url + href)
            expect(page.locator("h1")).to_have_text(titles[0])
            expect(page.locator("#similaires")).to_contain_text("Projets similaires")
            expect(page.locator("#similaires .why").first).to_contain_text("en commun")
            expect(page.get_by_role("link", name="← Retour à l’assistant")).to_have_attribute("href", "/")
            assert page.request.get(app_url + "/fiche/inconnue").status == 404
        finally:
            browser.close()
