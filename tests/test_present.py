"""Presentation helpers: fiche page, source cards, exports — and the escaping of fiche text everywhere."""

from __future__ import annotations

import html

from assistant import present
from assistant.answer import citation
from assistant.records import Answer, FacetMatch, Hit
from ingest import fields
from ingest.amounts import Amount
from ingest.models import Chunk, Fiche
from tests.helpers_ui import EVIL_RESUME, FakeAssistant, sample_fiches


def full_fiche() -> Fiche:
    """A fiche with every labelled field filled with a recognisable value."""
    values: dict = {}
    for field in fields.fiche_fields():
        if field in fields.list_fields():
            values[field] = [f"{field}-a", f"{field}-b"]
        elif field == "annee":
            values[field] = 2021
        elif fields.get(field).measure is not None:  # a typed figure shows its sentence
            values[field] = Amount(value=7, sentence=f"valeur de {field}", source="resume")
        else:
            values[field] = f"valeur de {field}"
    return Fiche(id="senacs-1", source_url="https://www.senacs.fr/fiche/1", **values)


def evil_fiche() -> Fiche:
    return next(f for f in sample_fiches() if f.id == "senacs-666")


def test_fiche_page_shows_every_field_with_its_label():
    fiche = full_fiche()
    page = present.fiche_page_html(fiche, similar=[])
    for field, label in fields.labels().items():
        assert html.escape(label) in page, field
        if field in fields.list_fields():
            assert f"<li>{field}-a</li><li>{field}-b</li>" in page
        elif field == "annee":
            assert "<dd>2021</dd>" in page
        else:
            assert f"valeur de {field}" in page
    assert '<a href="/">← Retour à l’assistant</a>' in page
    assert 'href="https://www.senacs.fr/fiche/1" target="_blank" rel="noopener noreferrer"' in page
    assert '<section id="similaires">' in page


def test_fiche_page_omits_empty_fields():
    page = present.fiche_page_html(Fiche(id="f-1", title="Seul titre", centre="CS"), similar=[])
    assert "Titre" in page
    assert html.escape(fields.label("limites")) not in page
    assert html.escape(fields.label("mots_cles")) not in page


def test_fiche_page_escapes_html_and_never_links_fiche_text():
    page = present.fiche_page_html(evil_fiche(), similar=[])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page
    assert "[clic](http://evil.example)" in page
    assert '<a href="http://evil.example"' not in page
    assert "Atelier &lt;b&gt;piégé&lt;/b&gt;" in page
    assert "javascript:" not in page  # its source_url is not an http(s) URL: no link at all


def test_source_card_escapes_html_and_never_links_fiche_text():
    fiche = evil_fiche()
    hit = Hit(fiche=fiche, score=1.0, passage=Chunk(id="senacs-666#resume#0", text=EVIL_RESUME))
    card = present.source_card_html(citation(1, fiche), hit)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in card
    assert "<script" not in card
    assert '<a href="http://evil.example"' not in card
    assert "[clic](http://evil.example)" in card
    assert "javascript:" not in card
    assert "Page SENACS" not in card


def test_fiche_text_keeps_line_breaks_and_bullets():
    assert present.text_html("Étapes :\n- accueil\n- bilan\n\nFin <ok>") == (
        "<p>Étapes :</p><ul><li>accueil</li><li>bilan</li></ul><p>Fin &lt;ok&gt;</p>"
    )
    assert present.text_html("ligne 1\nligne 2") == "<p>ligne 1<br>ligne 2</p>"


def test_source_cards_follow_citation_order_and_highlight_matched_keywords():
    fiches = {f.id: f for f in sample_fiches()}
    facet = FacetMatch(field="mots_cles", values=["Parentalité"], trigger="parentalité")
    hits = [
        Hit(fiche=fiches["senacs-102"], score=0.9, matched_facets=[facet]),
        Hit(fiche=fiches["senacs-101"], score=0.8, matched_facets=[facet]),
    ]
    answer = Answer(
        text="…",
        citations=[citation(1, fiches["senacs-102"]), citation(2, fiches["senacs-101"])],
        hits=hits,
    )
    panel = present.sources_html(answer)
    first, second = panel.index("[1]</b> Ateliers numériques"), panel.index("[2]</b> Café des parents")
    assert first < second
    assert panel.count('<span class="chip match">Parentalité</span>') == 2
    assert '<span class="chip">Lien social</span>' in panel
    assert 'href="/fiche/senacs-101" target="_blank" rel="noopener"' in panel
    assert 'href="/fiche/senacs-101#similaires"' in panel
    assert panel.count("Page SENACS") == 1  # only senacs-101 has a source_url
    assert 'href="https://www.senacs.fr/fiche/101" target="_blank" rel="noopener noreferrer"' in panel
    assert "Statut : Terminée" in panel
    assert panel.count("Correspond à : Mots clés : Parentalité</div>") == 2
    assert "Un café mensuel entre parents. Animé par une conseillère." in panel


def test_similar_list_says_why():
    fake = FakeAssistant()
    hits = fake.similar("senacs-101")
    block = present.similar_html(hits)
    assert [h.fiche.id for h in hits] == ["senacs-102", "senacs-666"]
    assert "Mots clés en commun : Parentalité · Partenaires en commun : Bailleur social" in block
    assert "Atelier &lt;b&gt;piégé&lt;/b&gt;" in block


def test_csv_export_exact():
    fiches = [f for f in sample_fiches() if f.id in ("senacs-101", "senacs-102")]
    text = present.fiches_csv(fiches, base_url="http://127.0.0.1:7860/")
    assert text.splitlines() == [
        "id,titre,centre,departement,region,statut,annee,mots_cles,partenaires,public,url",
        "senacs-101,Café des parents,Centre social Les Tilleuls,Nord,Hauts-de-France,En cours,2023,"
        "Parentalité ; Lien social,Bailleur social ; CAF,Familles,https://www.senacs.fr/fiche/101",
        "senacs-102,Ateliers numériques en famille,Maison de quartier Bellevue,Haute-Garonne,Occitanie,"
        "Terminée,,Numérique ; Parentalité,Bailleur social,Familles ; Jeunes,"
        "http://127.0.0.1:7860/fiche/senacs-102",
    ]


def test_markdown_export_lists_sources_with_urls():
    fiches = {f.id: f for f in sample_fiches()}
    answer = Answer(
        text="Deux fiches [1] [2].",
        citations=[citation(1, fiches["senacs-101"]), citation(2, fiches["senacs-666"])],
        warnings=["Corpus d'exemple."],
    )
    text = present.answer_markdown("Parentalité ?", answer, base_url="http://localhost:7860/")
    assert text.splitlines() == [
        "# Parentalité ?",
        "",
        "Deux fiches [1] [2].",
        "",
        "## Avertissements",
        "",
        "- Corpus d'exemple.",
        "",
        "## Sources",
        "",
        "1. Café des parents — Centre social Les Tilleuls, Nord — <https://www.senacs.fr/fiche/101>",
        "2. Atelier \\<b\\>piégé\\</b\\> — Espace \\<i\\>social\\</i\\> Test, Gironde — "
        "<http://localhost:7860/fiche/senacs-666>",  # a non-http source URL is replaced by the app's page
    ]


def test_facet_choices_and_table_columns():
    assert present.facet_choices([("Nord", 3), ("", 1), ("Gironde", 1)]) == [
        ("Nord (3)", "Nord"),
        ("Gironde (1)", "Gironde"),
    ]
    assert present.table_columns([{"departement": "Nord", "fiches": 2}]) == ("departement", "fiches")
    assert present.table_columns([{"a": 1}]) is None
    assert present.table_columns([]) is None
