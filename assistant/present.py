"""Presentation of fiches and answers: HTML (source cards, fiche page), Markdown and CSV exports.

Pure Python (no gradio): `ui.py` calls these helpers and the tests check them directly.
Every piece of fiche text goes through `html.escape`; fiche text is data, so a URL written inside a
fiche is shown as text and never turned into a link. Only the fiche's own `source_url` becomes a link,
and only when it is an http(s) URL.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterable, Sequence

from assistant.answer import excerpt
from assistant.limits import neutralise_row
from assistant.records import Answer, Citation, FacetMatch, Hit
from ingest import fields
from ingest.models import Fiche
from ingest.text import fiche_path, md_escape, safe_url

CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "titre",
    "centre",
    "departement",
    "region",
    "statut",
    "annee",
    "mots_cles",
    "partenaires",
    "public",
    "url",
)

_BULLET = re.compile(r"^\s*[-•*–·]\s+")
_EXCERPT_CHARS = 420


def esc(text: object) -> str:
    """HTML-escape any value (quotes included, so it is safe in attributes too)."""
    return html.escape("" if text is None else str(text), quote=True)


def text_html(text: str) -> str:
    """Escaped free text, readable: blank lines make paragraphs, line breaks kept, bullet lines become lists."""
    blocks: list[str] = []
    for para in re.split(r"\n\s*\n", (text or "").strip()):
        lines = [line for line in para.splitlines() if line.strip()]
        start = 0
        while start < len(lines):
            bullet = bool(_BULLET.match(lines[start]))
            end = start
            while end < len(lines) and bool(_BULLET.match(lines[end])) == bullet:
                end += 1
            run = lines[start:end]
            if bullet:
                blocks.append(
                    "<ul>" + "".join(f"<li>{esc(_BULLET.sub('', line))}</li>" for line in run) + "</ul>"
                )
            else:
                blocks.append("<p>" + "<br>".join(esc(line.strip()) for line in run) + "</p>")
            start = end
    return "".join(blocks)


def _marked(values: Sequence[str], highlight: Iterable[str]) -> list[tuple[str, bool]]:
    """(escaped value, is it one of `highlight`?) for each value, case-insensitively."""
    marked = {v.casefold() for v in highlight}
    return [(esc(value), value.casefold() in marked) for value in values]


def list_html(values: Sequence[str], highlight: Iterable[str] = ()) -> str:
    match = ' class="match"'
    items = (f"<li{match if hit else ''}>{value}</li>" for value, hit in _marked(values, highlight))
    return f"<ul>{''.join(items)}</ul>"


def chips_html(values: Sequence[str], highlight: Iterable[str] = ()) -> str:
    chips = (
        f'<span class="chip{" match" if hit else ""}">{value}</span>'
        for value, hit in _marked(values, highlight)
    )
    return " ".join(chips)


def facet_label(facet: FacetMatch) -> str:
    """'Mots clés : Parentalité (« parentalité »)' — for the detected-facets checkboxes."""
    field = fields.facet_label(facet.field)
    return f"{field} : {', '.join(facet.values)} (« {facet.trigger} »)"


def matched_text(facets: Sequence[FacetMatch]) -> str:
    """'Mots clés : Parentalité · Partenaires : Bailleur social'."""
    return " · ".join(f"{fields.facet_label(m.field)} : {', '.join(m.values)}" for m in facets if m.values)


def why_similar(hit: Hit) -> str:
    """Plain text: what a similar fiche shares with the reference one."""
    parts = [
        f"{fields.facet_label(m.field)} en commun : {', '.join(m.values)}"
        for m in hit.matched_facets
        if m.values
    ]
    return " · ".join(parts) or "Contenu proche"


def _excerpt(hit: Hit | None, terms: str = "") -> str:
    """The sentences of the hit's passage nearest the question (same excerpt as in the answer text)."""
    if hit is None:
        return ""
    return excerpt(hit, limit=_EXCERPT_CHARS, terms=terms)


def _place(centre: str, departement: str) -> str:
    return " — ".join(esc(p) for p in (centre, departement) if p)


def _links(fiche_id: str, source_url: str) -> str:
    links = [
        f'<a class="btn" href="{esc(fiche_path(fiche_id))}" target="_blank" rel="noopener">Voir la fiche</a>',
        f'<a class="btn" href="{esc(fiche_path(fiche_id))}#similaires" target="_blank" rel="noopener">'
        "Projets similaires</a>",
    ]
    url = safe_url(source_url)
    if url:
        links.append(
            f'<a class="btn" href="{esc(url)}" target="_blank" rel="noopener noreferrer">Page SENACS</a>'
        )
    return " ".join(links)


def source_card_html(citation: Citation, hit: Hit | None, terms: str = "") -> str:
    """One card of the sources panel: [n], title, centre, département, statut, mots-clés, excerpt, links."""
    fiche = hit.fiche if hit else None
    matched = [v for m in (hit.matched_facets if hit else []) for v in m.values]
    rows = [f'<div class="card-title"><b>[{citation.n}]</b> {esc(citation.title)}</div>']
    rows.append(f'<div class="card-place">{_place(citation.centre, citation.departement)}</div>')
    if fiche and fiche.statut:
        rows.append(f'<div class="card-statut">Statut : {esc(fiche.statut)}</div>')
    if fiche and fiche.mots_cles:
        rows.append(f'<div class="card-keywords">{chips_html(fiche.mots_cles, matched)}</div>')
    if hit and hit.matched_facets:
        rows.append(f'<div class="card-why">Correspond à : {esc(matched_text(hit.matched_facets))}</div>')
    if passage := _excerpt(hit, terms):
        rows.append(f'<blockquote class="card-excerpt">{esc(passage)}</blockquote>')
    rows.append(
        f'<div class="card-links">{_links(citation.fiche_id, fiche.source_url if fiche else "")}</div>'
    )
    return f'<div class="source-card" data-fiche-id="{esc(citation.fiche_id)}">{"".join(rows)}</div>'


def sources_html(answer: Answer | None) -> str:
    """The sources panel for an answer: one card per citation, in citation order."""
    if answer is None:
        return '<div class="sources-empty">Les fiches citées s’afficheront ici.</div>'
    if not answer.citations:
        return '<div class="sources-empty">Aucune fiche citée pour cette réponse.</div>'
    hits = {hit.fiche.id: hit for hit in answer.hits}
    terms = answer.query.text if answer.query else ""
    cards = [source_card_html(c, hits.get(c.fiche_id), terms) for c in answer.citations]
    return '<div class="sources">' + "".join(cards) + "</div>"


def similar_html(hits: Sequence[Hit]) -> str:
    """List of similar projects (other centres), each with why it is similar."""
    if not hits:
        return "<p>Aucun projet similaire d’un autre centre.</p>"
    items = []
    for hit in hits:
        fiche = hit.fiche
        items.append(
            f'<li><a href="{esc(fiche_path(fiche.id))}">{esc(fiche.title)}</a>'
            f' <span class="place">{_place(fiche.centre, fiche.departement)}</span>'
            f'<div class="why">{esc(why_similar(hit))}</div></li>'
        )
    return f'<ul class="similar">{"".join(items)}</ul>'


# Short fields shown as a facts table at the top of the fiche page; the others get a section each.
FACT_FIELDS: tuple[str, ...] = ("title", "centre", "departement", "region", "statut", "annee")


def _is_empty(value: object) -> bool:
    return value is None or value == "" or value == []


def _facts_html(fiche: Fiche) -> str:
    rows = [
        f"<dt>{esc(fields.label(field))}</dt><dd>{esc(getattr(fiche, field))}</dd>"
        for field in FACT_FIELDS
        if not _is_empty(getattr(fiche, field))
    ]
    return f'<dl class="facts">{"".join(rows)}</dl>'


def _field_html(fiche: Fiche, field: str) -> str:
    value = getattr(fiche, field)
    if _is_empty(value):
        return ""
    if fields.kind(field) == fields.LIST:
        body = list_html(value)
    elif isinstance(value, str):
        body = text_html(value)
    else:
        body = f"<p>{esc(value)}</p>"
    return f'<section class="field field-{field}"><h2>{esc(fields.label(field))}</h2>{body}</section>'


_PAGE_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:860px;margin:2rem auto;
padding:0 1rem;line-height:1.55;color:#1f2937}
a{color:#1d4ed8} h1{margin:.2rem 0 .3rem;font-size:1.6rem} h2{font-size:1.05rem;margin:1.4rem 0 .3rem;
color:#374151;border-bottom:1px solid #e5e7eb;padding-bottom:.2rem}
.meta{color:#4b5563} .back{font-size:.95rem} ul{margin:.2rem 0 .2rem 1.2rem;padding:0}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:1rem 0;
padding:.8rem 1rem;background:#f3f4f6;border-radius:8px} .facts dt{font-weight:600;color:#374151} .facts dd{margin:0}
.similar li{margin:.5rem 0} .why,.place{color:#4b5563;font-size:.92rem} .links a{margin-right:1rem}
"""


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{_PAGE_CSS}</style></head><body>{body}</body></html>"
    )


def fiche_page_html(fiche: Fiche, similar: Sequence[Hit] | None, back_url: str = "/") -> str:
    """The whole fiche as a page: every non-empty field with its French label, then similar projects.

    `similar=None` means similar projects could not be computed (shown as such).
    """
    header = [
        f'<p class="back"><a href="{esc(back_url)}">← Retour à l’assistant</a></p>',
        f"<h1>{esc(fiche.title or fiche.id)}</h1>",
        f'<p class="meta">{_place(fiche.centre, fiche.departement)}'
        + (f" ({esc(fiche.region)})" if fiche.region else "")
        + "</p>",
    ]
    url = safe_url(fiche.source_url)
    if url:
        header.append(
            f'<p class="links"><a href="{esc(url)}" target="_blank" rel="noopener noreferrer">'
            "Page SENACS de la fiche</a></p>"
        )
    body = _facts_html(fiche) + "".join(
        _field_html(fiche, field) for field in fields.fiche_fields() if field not in FACT_FIELDS
    )
    if similar is None:
        similar_body = "<p>Projets similaires indisponibles (voir les journaux du serveur).</p>"
    else:
        similar_body = similar_html(similar)
    similar_section = (
        f'<section id="similaires"><h2>Projets similaires d’autres centres</h2>{similar_body}</section>'
    )
    return _page(fiche.title or fiche.id, "".join(header) + body + similar_section)


def not_found_html(fiche_id: str, back_url: str = "/") -> str:
    body = (
        f'<p class="back"><a href="{esc(back_url)}">← Retour à l’assistant</a></p>'
        "<h1>Fiche introuvable</h1>"
        f"<p>Aucune fiche n’a l’identifiant « {esc(fiche_id)} » dans l’index. "
        "Elle a peut-être été retirée lors du dernier import : relancez la recherche depuis l’assistant.</p>"
    )
    return _page("Fiche introuvable", body)


def unauthorized_html(login_url: str = "/") -> str:
    body = (
        "<h1>Connexion requise</h1>"
        f'<p>Cette page est réservée aux utilisateurs connectés. <a href="{esc(login_url)}">Se connecter</a>, '
        "puis rouvrez le lien de la fiche.</p>"
    )
    return _page("Connexion requise", body)


def absolute_url(url: str, base_url: str = "") -> str:
    if url.startswith("/") and base_url:
        return base_url.rstrip("/") + url
    return url


def answer_markdown(question: str, answer: Answer, base_url: str = "") -> str:
    """A self-contained Markdown export of one answer and its sources (with their URLs)."""
    lines = [f"# {md_escape(question)}", "", answer.text.strip(), ""]
    if answer.warnings:
        lines += ["## Avertissements", ""] + [f"- {md_escape(w)}" for w in answer.warnings] + [""]
    lines += ["## Sources", ""]
    if not answer.citations:
        lines.append("Aucune fiche citée.")
    for c in answer.citations:
        place = ", ".join(md_escape(p) for p in (c.centre, c.departement) if p)
        url = safe_url(c.url) or absolute_url(fiche_path(c.fiche_id), base_url)
        lines.append(f"{c.n}. {md_escape(c.title)} — {place} — <{url}>")
    return "\n".join(lines).rstrip() + "\n"


def fiches_csv(fiches: Iterable[Fiche], base_url: str = "") -> str:
    """CSV (comma-separated, lists joined by ' ; ') of fiches, columns `CSV_COLUMNS`."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for f in fiches:
        url = safe_url(f.source_url) or absolute_url(fiche_path(f.id), base_url)
        writer.writerow(
            neutralise_row(  # a cell starting with = + - @ is text, never a spreadsheet formula
                [
                    f.id,
                    f.title,
                    f.centre,
                    f.departement,
                    f.region,
                    f.statut,
                    "" if f.annee is None else f.annee,
                    " ; ".join(f.mots_cles),
                    " ; ".join(f.partenaires),
                    " ; ".join(f.public),
                    url,
                ]
            )
        )
    return out.getvalue()


def facet_choices(counts: Sequence[tuple[str, int]]) -> list[tuple[str, str]]:
    """Dropdown choices '(label, value)' with the number of fiches: ('Parentalité (12)', 'Parentalité')."""
    return [(f"{value} ({count})", value) for value, count in counts if value]


def table_columns(table: Sequence[dict]) -> tuple[str, str] | None:
    """(label column, count column) of a count table: the first text column and the first numeric one."""
    if not table:
        return None
    first = table[0]
    text_cols = [k for k, v in first.items() if isinstance(v, str)]
    num_cols = [k for k, v in first.items() if isinstance(v, int | float) and not isinstance(v, bool)]
    if not text_cols or not num_cols:
        return None
    return text_cols[0], num_cols[0]
