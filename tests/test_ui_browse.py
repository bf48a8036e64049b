"""The browsing views' HTML (assistant/browse.py): bar chart, paged sortable list, filter chips."""

from __future__ import annotations

import re

from assistant import browse
from ingest.models import Fiche

DEPARTEMENTS = [(f"Département n°{i:02d}", 30 - i) for i in range(24)]
MANY = [(f"Valeur {i:02d}", 40 - i) for i in range(30)]


def test_top_rows_keep_the_largest_and_sum_the_rest():
    shown, others, total = browse.top_rows([("b", 2), ("a", 2), ("c", 5), ("d", 1)], top=3)
    assert shown == [("c", 5), ("a", 2), ("b", 2)] and (others, total) == (1, 1)
    assert browse.top_rows([("a", 1)], top=3) == ([("a", 1)], 0, 0)


def test_integer_ticks_are_whole_numbers_covering_the_maximum():
    assert browse.integer_ticks(3) == [0, 1, 2, 3]
    assert browse.integer_ticks(7) == [0, 2, 4, 6, 8]
    assert browse.integer_ticks(24) == [0, 5, 10, 15, 20, 25]
    assert browse.integer_ticks(0) == [0, 1]


def test_bar_chart_of_24_departements_shows_each_on_its_own_row():
    chart = browse.bar_chart_html(DEPARTEMENTS, "département")
    labels = re.findall(r'class="bar-label" title="([^"]+)"', chart)
    assert labels == [f"Département n°{i:02d}" for i in range(24)]
    assert "Nombre de fiches par département" in chart and ">Département</span>" in chart
    assert ">Nombre de fiches</span>" in chart and "Valeur" not in chart
    ticks = re.findall(r'class="tick"[^>]*>(\d+)<', chart)
    assert ticks == ["0", "5", "10", "15", "20", "25", "30"]  # whole numbers, up to the longest bar
    assert 'class="bar" style="width:100.0%"' in chart  # the longest bar spans the axis


def test_bar_chart_beyond_the_top_sums_the_other_values_without_a_bar():
    chart = browse.bar_chart_html(MANY, "mot-clé", top=25)
    labels = re.findall(r'class="bar-label" title="([^"]+)"', chart)
    assert labels == [f"Valeur {i:02d}" for i in range(25)] + ["5 autres valeurs"]
    counts = re.findall(r'class="bar-value">(\d+)', chart)
    assert counts == [str(40 - i) for i in range(25)] + [str(sum(40 - i for i in range(25, 30)))]
    assert "65 au total" in chart and chart.count('class="bar"') == 25


def test_bar_chart_escapes_values_and_is_empty_without_rows():
    chart = browse.bar_chart_html([("<b>x</b>", 2)], "mot-clé")
    assert "&lt;b&gt;x&lt;/b&gt;" in chart and "<b>x" not in chart
    assert browse.bar_chart_html([], "mot-clé") == ""


def fiche(n: int, **fields) -> Fiche:
    return Fiche(id=f"f-{n}", title=f"Titre {n}", centre=f"Centre {n}", **fields)


def test_listing_sorts_with_empty_values_last_and_pages():
    fiches = [fiche(1, annee=2021), fiche(2), fiche(3, annee=2019), fiche(4, annee=2023)]
    by_year = browse.sorted_fiches(fiches, browse.Listing(sort="annee"))
    assert [f.id for f in by_year] == ["f-3", "f-1", "f-4", "f-2"]
    newest = browse.sorted_fiches(fiches, browse.Listing(sort="annee", descending=True))
    assert [f.id for f in newest] == ["f-4", "f-1", "f-3", "f-2"]
    page = browse.listing_page(fiches, browse.Listing(sort="annee", page=9), size=3)
    assert (page.listing.page, page.pages, [f.id for f in page.fiches]) == (1, 2, ["f-2"])
    html = browse.listing_html(page, "Titre <i>")
    assert "Fiches 4–4 sur 4 · page 2/2" in html and "<caption>Titre &lt;i&gt;</caption>" in html
    assert 'data-key="page:0">' in html and 'data-key="page:2" disabled>' in html
    assert '<th aria-sort="ascending"><button data-key="sort:annee"' in html
    assert browse.listing_html(browse.listing_page([], browse.Listing())) == (
        '<p class="listing-empty">Aucune fiche à lister.</p>'
    )


def test_listing_clicks():
    listing = browse.Listing()
    assert listing.clicked("sort:title") == browse.Listing(sort="title")
    assert listing.clicked("sort:title").clicked("sort:title").descending is True
    assert listing.clicked("page:3") == browse.Listing(page=3)
    assert listing.clicked("sort:inconnu") == listing and listing.clicked("n'importe") == listing


def test_listing_rows_link_the_fiche_page_and_a_safe_senacs_url():
    evil = fiche(9, source_url="javascript:alert(1)")
    good = fiche(8, source_url="https://www.senacs.fr/fiche/8")
    html = browse.listing_html(browse.listing_page([evil, good], browse.Listing(sort="title")))
    assert 'href="/fiche/f-9"' in html and "javascript:" not in html
    assert 'href="https://www.senacs.fr/fiche/8"' in html


def test_without_filter_removes_one_value():
    filters = {"departement": ["Nord", "Gironde"], "statut": ["En cours"]}
    assert browse.without_filter(filters, "remove:departement=Nord") == {
        "departement": ["Gironde"],
        "statut": ["En cours"],
    }
    assert browse.without_filter(filters, "remove:statut=En cours") == {"departement": ["Nord", "Gironde"]}
    assert browse.without_filter(filters, "remove:statut=Terminée") == filters
    assert filters == {"departement": ["Nord", "Gironde"], "statut": ["En cours"]}  # not changed in place
