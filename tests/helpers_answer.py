"""Hand-built fiches, a fake retriever and a fake index for the answer / LLM / follow-up / service tests.

The fiches are invented (no seed text). The fake retriever recognises a tiny fixed vocabulary, so that the
tests assert exact answers; the real retriever is tested by its own module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.records import FacetMatch, Hit, Query, SearchResult
from ingest.chunking import chunk_fiche
from ingest.models import Chunk, Fiche
from ingest.text import fold

BUDGET = "Achats\n1 200 €\nCharges de personnel\n9 800 €\nTOTAL DES CHARGES\n12 500 €\nTOTAL DES PRODUITS\n12 500 €"


def make_fiche(n: int, title: str, centre: str, departement: str, region: str, **fields) -> Fiche:
    return Fiche(id=f"f-{n}", title=title, centre=centre, departement=departement, region=region, **fields)


FICHES: list[Fiche] = [
    make_fiche(
        1,
        "Permanences hors les murs",
        "Centre social Les Pins",
        "Haute-Garonne",
        "Occitanie",
        statut="En cours",
        mots_cles=["Parentalité", "Accès aux droits"],
        partenaires=["Bailleur social", "CAF"],
        public=["Familles"],
        resume="Des permanences au pied des immeubles. Les familles rencontrent les référents avec le bailleur social.",
        ressources_financieres=BUDGET,
        personnes_mobilisees="2 salariés\n8 bénévoles",
    ),
    make_fiche(
        2,
        "Café des parents",
        "CENTRE SOCIAL DU BAN, METZ",
        "Moselle",
        "Grand Est",
        statut="Terminée",
        mots_cles=["Parentalité"],
        partenaires=["Bailleur social"],
        resume="Un café mensuel pour les parents du quartier. Les échanges portent sur l'école et le logement.",
    ),
    make_fiche(
        3,
        "Jardin partagé",
        "Maison de quartier Saint-Jacques",
        "Seine-Maritime",
        "Normandie",
        statut="Terminée",
        mots_cles=["Environnement"],
        partenaires=["Ville"],
        resume="Un jardin cultivé par les habitants. Les récoltes sont partagées.",
    ),
    make_fiche(
        4,
        "Ateliers parents-enfants",
        "Espace famille des Hauts",
        "Seine-Maritime",
        "Normandie",
        statut="En cours",
        mots_cles=["Parentalité"],
        partenaires=["CAF"],
        resume="Des ateliers du mercredi pour jouer en famille.",
    ),
    make_fiche(
        5,
        "Repair café",
        "CENTRE SOCIAL DU BAN, METZ",
        "Moselle",
        "Grand Est",
        statut="En cours",
        mots_cles=["Environnement"],
        partenaires=["Bailleur social"],
        resume="Réparer ensemble les objets du quotidien.",
    ),
    make_fiche(
        6,
        "Ludothèque familiale",
        "Centre social Les Tilleuls",
        "Seine-Maritime",
        "Normandie",
        statut="En cours",
        mots_cles=["Parentalité"],
        partenaires=["CAF", "Ville"],
        resume="Prêt de jeux et soirées jeux en famille.",
    ),
]

# trigger (folded) → (field, corpus value)
VOCABULARY: dict[str, tuple[str, str]] = {
    "parentalite": ("mots_cles", "Parentalité"),
    "environnement": ("mots_cles", "Environnement"),
    "bailleurs sociaux": ("partenaires", "Bailleur social"),
    "bailleur social": ("partenaires", "Bailleur social"),
    "caf": ("partenaires", "CAF"),
    "ville": ("partenaires", "Ville"),
    "seine-maritime": ("departement", "Seine-Maritime"),
    "moselle": ("departement", "Moselle"),
    "haute-garonne": ("departement", "Haute-Garonne"),
    "normandie": ("region", "Normandie"),
    "occitanie": ("region", "Occitanie"),
    "terminees": ("statut", "Terminée"),
    "en cours": ("statut", "En cours"),
}
GROUPS = {"par departement": "departement", "partenaires reviennent": "partenaires", "par region": "region"}


def facets_of(question: str) -> list[FacetMatch]:
    q = fold(question)
    found: dict[str, FacetMatch] = {}
    for trigger, (name, value) in VOCABULARY.items():
        if re.search(rf"\b{re.escape(trigger)}\b", q):
            facet = found.setdefault(name, FacetMatch(field=name, values=[], trigger=trigger))
            if value not in facet.values:
                facet.values.append(value)
    return list(found.values())


def has_values(fiche: Fiche, wanted: Iterable[tuple[str, list[str]]]) -> bool:
    """True when, for each (field, values) wanted, the fiche holds at least one of the values."""
    for name, values in wanted:
        own = getattr(fiche, name)
        own = own if isinstance(own, list) else [own]
        if not set(own) & set(values):
            return False
    return True


def matches(fiche: Fiche, facets: list[FacetMatch], filters: dict[str, list[str]] | None = None) -> bool:
    return has_values(fiche, [(f.field, f.values) for f in facets] + list((filters or {}).items()))


class FakeIndex:
    """`SearchIndex` over a list of fiches (only what the assistant calls)."""

    def __init__(self, fiches: list[Fiche]):
        self.fiches = {f.id: f for f in fiches}

    def get_fiche(self, fiche_id: str) -> Fiche | None:
        return self.fiches.get(fiche_id)

    def all_fiches(self) -> list[Fiche]:
        return list(self.fiches.values())

    def fiche_chunks(self, fiche_id: str) -> list[Chunk]:
        return chunk_fiche(self.fiches[fiche_id])

    def fiche_count(self) -> int:
        return len(self.fiches)


class FakeRetriever:
    """Facet filtering in corpus order over a fixed vocabulary; records the queries it was asked."""

    def __init__(self, fiches: list[Fiche] | None = None):
        self.fiches = list(FICHES if fiches is None else fiches)
        self.searched: list[Query] = []

    def analyse(self, question: str) -> Query:
        q = fold(question)
        intent, group_by, lookup = "search", "", ""
        if group := next((g for trigger, g in GROUPS.items() if trigger in q), ""):
            intent, group_by = "aggregate", group
        elif "combien" in q:
            intent = "count"
        elif "budget" in q:
            intent, lookup = "lookup", "ressources_financieres"
        elif re.search(r"\b(quels|quelles|lesquelles)\b", q):
            intent = "list"
        facets = facets_of(question)
        return Query(
            text=question,
            facets=facets,
            intent=intent,
            group_by=group_by,
            lookup_field=lookup,
            keywords=question,
        )

    def facet_matches(self, query: Query, filters: dict[str, list[str]] | None = None) -> list[Fiche]:
        return [f for f in self.fiches if matches(f, query.facets, filters)]

    def search(
        self, question: str | Query, k: int = 5, filters: dict[str, list[str]] | None = None
    ) -> SearchResult:
        query = self.analyse(question) if isinstance(question, str) else question
        self.searched.append(query)
        found = self.facet_matches(query, filters) if query.facets or filters else []
        if not found and not query.facets:
            found = [f for f in self.fiches if _shares_words(f, query.text)]
        if not found:
            return SearchResult(query=query, no_match=True, suggestions=[hit(f) for f in self.fiches[:2]])
        hits = [hit(f, query.facets) for f in found[:k]]
        return SearchResult(query=query, hits=hits, total_matching=len(found))

    def similar(self, fiche_id: str, k: int = 5) -> list[Hit]:
        return [hit(f) for f in self.fiches if f.id != fiche_id][:k]


def _shares_words(fiche: Fiche, text: str) -> bool:
    words = {w for w in re.findall(r"\w{5,}", fold(text))}
    return bool(words & set(re.findall(r"\w{5,}", fold(f"{fiche.title} {fiche.resume}"))))


def hit(fiche: Fiche, facets: list[FacetMatch] | None = None, passage: Chunk | None = None) -> Hit:
    """A Hit with the facets the fiche matches and its first chunk (header line + labelled fields) as passage."""
    own = [f for f in (facets or []) if matches(fiche, [f])]
    return Hit(fiche=fiche, score=1.0, matched_facets=own, passage=passage or chunk_fiche(fiche)[0])


def fiche(n: int) -> Fiche:
    return FICHES[n - 1]
