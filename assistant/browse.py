"""HTML of the app's browsing views: the bar chart of a count, the paged sortable list of every matching
fiche, and the chips of the active filters.

Pure Python (no gradio), escaped like `assistant.present`. The interactive pieces carry `data-key`
attributes (`sort:<column>`, `page:<n>`, `remove:<field>=<value>`); the app turns a click on one into an
event (`ui.py`), so the views stay plain HTML that the tests read.

    bar_chart_html(rows, "département")                  # horizontal bars, top 25 + « autres »
    page = listing_page(fiches, Listing(sort="centre"))   # the fiches of one page, sorted
    listing_html(page, "Fiches …")                        # table with sortable headers and a pager
    filter_chips_html({"departement": ["Nord"]})          # « Département : Nord × »
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from assistant.present import esc
from ingest import fields
from ingest.models import Fiche
from ingest.text import fiche_path, normalise, safe_url

TOP_BARS = 25  # bars shown (the 24 départements of a région-wide count fit); the others are summed in one row
PAGE_SIZE = 20  # fiches per page of the list
MAX_TICKS = 6  # integer ticks on the count axis

# sortable column (a Fiche field) → its header
COLUMNS: dict[str, str] = {
    "title": "Titre",
    "centre": "Centre",
    "departement": "Département",
    "region": "Région",
    "statut": "Statut",
    "annee": "Année",
}


# ---------------------------------------------------------------- bar chart


def top_rows(rows: Sequence[tuple[str, int]], top: int = TOP_BARS) -> tuple[list[tuple[str, int]], int, int]:
    """(the `top` largest rows by count desc then value, number of other values, their summed count)."""
    ranked = sorted(rows, key=lambda row: (-row[1], normalise(row[0])))
    if len(ranked) <= top:
        return ranked, 0, 0
    rest = ranked[top:]
    return ranked[:top], len(rest), sum(count for _, count in rest)


def integer_ticks(maximum: int, most: int = MAX_TICKS) -> list[int]:
    """0 and whole-number steps (1, 2, 5, 10, 20…) up to at least `maximum`, at most `most` steps."""
    maximum = max(1, maximum)
    for exponent in range(12):
        for unit in (1, 2, 5):
            step = unit * 10**exponent
            if math.ceil(maximum / step) <= most:
                return list(range(0, step * math.ceil(maximum / step) + 1, step))
    return [0, maximum]


def bar_chart_html(rows: Sequence[tuple[str, int]], label: str, top: int = TOP_BARS) -> str:
    """Horizontal bars of (value, number of fiches), longest first: one row per value (its name never
    overlaps another), the count written at the end of each bar, an integer axis and both axis titles.
    Beyond `top` values, one last row gives the others' number and total, without a bar (it would dwarf
    the others and say nothing about any of them)."""
    shown, others, other_count = top_rows(rows, top)
    if not shown:
        return ""
    ticks = integer_ticks(max(count for _, count in shown))
    scale = ticks[-1]
    items = [
        f'<li class="bar-row"><span class="bar-label" title="{esc(value)}">{esc(value)}</span>'
        f'<span class="bar-track"><span class="bar" style="width:{100 * count / scale:.1f}%"></span>'
        f'<span class="bar-value">{count}</span></span></li>'
        for value, count in shown
    ]
    if others:
        word = "autre valeur" if others == 1 else "autres valeurs"
        items.append(
            f'<li class="bar-row other"><span class="bar-label" title="{others} {word}">{others} {word}</span>'
            f'<span class="bar-track"><span class="bar-value">{other_count} au total</span></span></li>'
        )
    axis = "".join(f'<span class="tick" style="left:{100 * t / scale:.1f}%">{t}</span>' for t in ticks)
    title = f"Nombre de fiches par {label}"
    return (
        f'<figure class="bars" aria-label="{esc(title)}"><figcaption>{esc(title)}</figcaption>'
        f'<div class="bars-head"><span class="axis-title y">{esc(label.capitalize())}</span>'
        f'<span class="axis-title x">Nombre de fiches</span></div>'
        f'<ol class="bars-list">{"".join(items)}</ol>'
        f'<div class="bars-axis"><span class="bar-label"></span><span class="ticks">{axis}</span></div></figure>'
    )


# ---------------------------------------------------------------- the list of every matching fiche


@dataclass(frozen=True)
class Listing:
    """How the list is shown: sort column and order, and the page (0-based)."""

    sort: str = "departement"
    descending: bool = False
    page: int = 0

    def clicked(self, key: str) -> Listing:
        """The listing after a click on `sort:<column>` (twice: reversed) or `page:<n>`."""
        kind, _, value = key.partition(":")
        if kind == "sort" and value in COLUMNS:
            descending = not self.descending if value == self.sort else False
            return Listing(sort=value, descending=descending, page=0)
        if kind == "page" and value.isdigit():
            return replace(self, page=int(value))
        return self


@dataclass
class ListingPage:
    fiches: list[Fiche]  # this page's fiches
    total: int
    listing: Listing
    pages: int
    first: int = 0  # 0-based position of the page's first fiche


def sort_key(fiche: Fiche, column: str) -> tuple:
    """Sort key of a fiche on a column; empty values last in both orders (see `sorted_fiches`)."""
    if column == "annee":
        value: object = fiche.annee if fiche.annee is not None else -1
    else:
        value = normalise(str(getattr(fiche, column, "") or ""))
    return (value, normalise(fiche.title), fiche.id)


def sorted_fiches(fiches: Sequence[Fiche], listing: Listing) -> list[Fiche]:
    """The fiches in the listing's order, those without a value in the sort column last."""
    column = listing.sort if listing.sort in COLUMNS else "departement"
    empty = [f for f in fiches if _is_empty(f, column)]
    full = sorted((f for f in fiches if not _is_empty(f, column)), key=lambda f: sort_key(f, column))
    if listing.descending:
        full.reverse()
    return full + sorted(empty, key=lambda f: sort_key(f, "title"))


def _is_empty(fiche: Fiche, column: str) -> bool:
    value = getattr(fiche, column, None)
    return value is None or value == ""


def listing_page(fiches: Sequence[Fiche], listing: Listing, size: int = PAGE_SIZE) -> ListingPage:
    """One page of the sorted fiches (the page number clamped to the pages there are)."""
    pages = max(1, math.ceil(len(fiches) / size))
    listing = replace(listing, page=min(max(0, listing.page), pages - 1))
    first = listing.page * size
    ordered = sorted_fiches(fiches, listing)
    return ListingPage(ordered[first : first + size], len(fiches), listing, pages, first)


def _header(column: str, listing: Listing) -> str:
    name = COLUMNS[column]
    if column == listing.sort:
        arrow, order = ("▼", "descending") if listing.descending else ("▲", "ascending")
        return (
            f'<th aria-sort="{order}"><button data-key="sort:{column}" '
            f'title="Inverser l’ordre">{name} {arrow}</button></th>'
        )
    return f'<th><button data-key="sort:{column}" title="Trier par {name.lower()}">{name}</button></th>'


def _row(fiche: Fiche) -> str:
    url = fiche_path(fiche.id)
    link = f'<a href="{esc(url)}" target="_blank" rel="noopener">{esc(fiche.title or fiche.id)}</a>'
    senacs = safe_url(fiche.source_url)
    if senacs:
        link += f' <a class="senacs" href="{esc(senacs)}" target="_blank" rel="noopener" title="Page SENACS">↗</a>'
    cells = [
        link,
        esc(fiche.centre),
        esc(fiche.departement),
        esc(fiche.region),
        esc(fiche.statut),
        "" if fiche.annee is None else str(fiche.annee),
    ]
    return f'<tr data-fiche-id="{esc(fiche.id)}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def _pager(page: ListingPage) -> str:
    current = page.listing.page
    last = page.first + len(page.fiches)
    info = f"Fiches {page.first + 1}–{last} sur {page.total} · page {current + 1}/{page.pages}"
    prev_attr = " disabled" if current == 0 else ""
    next_attr = " disabled" if current + 1 >= page.pages else ""
    return (
        f'<nav class="pager" aria-label="Pages"><button data-key="page:{max(0, current - 1)}"{prev_attr}>'
        f'‹ Précédentes</button><span class="pager-info">{info}</span>'
        f'<button data-key="page:{current + 1}"{next_attr}>Suivantes ›</button></nav>'
    )


def listing_html(page: ListingPage, title: str = "") -> str:
    """The table of one page: sortable headers (click: sort, again: reverse), links, pager."""
    if not page.total:
        return '<p class="listing-empty">Aucune fiche à lister.</p>'
    head = "".join(_header(column, page.listing) for column in COLUMNS)
    body = "".join(_row(f) for f in page.fiches)
    caption = f"<caption>{esc(title)}</caption>" if title else ""
    return (
        f'<div class="listing">{_pager(page)}<div class="listing-scroll"><table>{caption}'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div></div>"
    )


# ---------------------------------------------------------------- active filters


def filter_chips_html(filters: dict[str, list[str]] | None) -> str:
    """One chip per active filter value, each with a × that removes it ('' when no filter is active)."""
    chips = [
        f'<button class="filter-chip" data-key="remove:{esc(name)}={esc(value)}" '
        f'title="Retirer ce filtre" aria-label="Retirer le filtre {esc(fields.facet_label(name))} : {esc(value)}">'
        f'{esc(fields.facet_label(name))} : {esc(value)} <span aria-hidden="true">×</span></button>'
        for name, values in (filters or {}).items()
        for value in values
    ]
    if not chips:
        return ""
    return (
        '<div class="filter-chips"><span class="chips-title">Filtres actifs :</span>'
        + "".join(chips)
        + "</div>"
    )


def without_filter(filters: dict[str, list[str]] | None, key: str) -> dict[str, list[str]]:
    """The filters without the value of a `remove:<field>=<value>` chip key."""
    kind, _, rest = key.partition(":")
    name, _, value = rest.partition("=")
    kept = {n: list(v) for n, v in (filters or {}).items()}
    if kind == "remove" and value in kept.get(name, []):
        kept[name].remove(value)
    return {n: v for n, v in kept.items() if v}
