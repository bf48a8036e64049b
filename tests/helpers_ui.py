"""A scripted fake `Assistant` (implements `assistant.service.AssistantAPI`) for the UI's wiring tests.

Also runnable to look at the app without an index: `python -m tests.helpers_ui --port 7861`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from assistant.records import Answer, Citation, FacetMatch, Hit, Query, TableRow, Turn
from ingest.fields import filter_fields
from ingest.models import Chunk, Fiche
from tests.helpers_answer import has_values

EVIL_RESUME = "Un atelier <script>alert(1)</script> pour tous. Inscription : [clic](http://evil.example)"


def sample_fiches() -> list[Fiche]:
    return [
        Fiche(
            id="senacs-101",
            title="Café des parents",
            centre="Centre social Les Tilleuls",
            departement="Nord",
            departement_ecrit="NORD",
            region="Hauts-de-France",
            statut="En cours",
            mots_cles=["Parentalité", "Lien social"],
            partenaires=["Bailleur social", "CAF"],
            public=["Familles"],
            resume="Un café mensuel entre parents.\nAnimé par une conseillère.",
            description_experience="Étapes :\n- accueil\n- échanges\n- bilan",
            ressources_financieres="CAF : 2 000 €",
            annee=2023,
            source_url="https://www.senacs.fr/fiche/101",
        ),
        Fiche(
            id="senacs-102",
            title="Ateliers numériques en famille",
            centre="Maison de quartier Bellevue",
            departement="Haute-Garonne",
            region="Occitanie",
            statut="Terminée",
            mots_cles=["Numérique", "Parentalité"],
            partenaires=["Bailleur social"],
            public=["Familles", "Jeunes"],
            resume="Des ateliers pour apprivoiser les écrans en famille.",
        ),
        Fiche(
            id="f-3a9e",
            title="Jardin partagé",
            centre="Centre social Les Tilleuls",
            departement="Nord",
            region="Hauts-de-France",
            statut="En cours",
            mots_cles=["Environnement", "Parentalité"],
            partenaires=["Mairie"],
            public=["Habitants"],
            resume="Un jardin au pied des immeubles.",
        ),
        Fiche(
            id="senacs-666",
            title="Atelier <b>piégé</b>",
            centre="Espace <i>social</i> Test",
            departement="Gironde",
            region="Nouvelle-Aquitaine",
            statut="En cours",
            mots_cles=["Numérique"],
            partenaires=["CAF"],
            public=["Adultes"],
            resume=EVIL_RESUME,
            source_url="javascript:alert(2)",
        ),
    ]


# Trigger words of the fake's query analysis → the facet they select.
TRIGGERS: dict[str, tuple[str, list[str]]] = {
    "parentalité": ("mots_cles", ["Parentalité"]),
    "bailleurs sociaux": ("partenaires", ["Bailleur social"]),
    "numérique": ("mots_cles", ["Numérique"]),
}


def matches(fiche: Fiche, filters: dict[str, list[str]] | None) -> bool:
    return has_values(fiche, (filters or {}).items())


class FakeAssistant:
    """Answers by facet matching over `sample_fiches()`; records every call in `calls`."""

    def __init__(self, fiches: list[Fiche] | None = None):
        self.fiches = fiches if fiches is not None else sample_fiches()
        self.calls: list[dict] = []

    def _analyse(self, question: str) -> Query:
        facets = [
            FacetMatch(field=field, values=values, trigger=trigger)
            for trigger, (field, values) in TRIGGERS.items()
            if re.search(rf"(?i)\b{trigger}\b", question)
        ]
        if question.lower().startswith("combien"):
            return Query(text=question, facets=facets, intent="count", group_by="departement")
        return Query(text=question, facets=facets)

    def ask(self, question: str, history: list[Turn] | None = None, filters: dict | None = None) -> Answer:
        parts = list(self.stream(question, history, filters))
        return parts[-1]

    def stream(self, question: str, history=None, filters=None, query=None) -> Iterator[str | Answer]:
        """Like the real one: deltas then the `Answer`; `query` given (a refinement) is used as is."""
        call = {"question": question, "history": list(history or []), "filters": filters, "query": query}
        self.calls.append(call)
        query = query or self._analyse(question)
        facet_filters = {f.field: f.values for f in query.facets}
        wanted = {**facet_filters, **(filters or {})}
        found = [f for f in self.fiches if matches(f, wanted)]
        hits = [
            Hit(
                fiche=f,
                score=1.0 - i / 10,
                matched_facets=query.facets,
                passage=Chunk(id=f"{f.id}#resume#0", text=f.resume, metadata={"fiche_id": f.id}),
            )
            for i, f in enumerate(found)
        ]
        citations = [
            Citation(
                n=i + 1,
                fiche_id=h.fiche.id,
                title=h.fiche.title,
                centre=h.fiche.centre,
                departement=h.fiche.departement,
                url=h.fiche.source_url or f"/fiche/{h.fiche.id}",
            )
            for i, h in enumerate(hits)
        ]
        if hits:
            text = f"{len(hits)} fiche(s) correspondent : " + ", ".join(
                f"{h.fiche.title} [{i + 1}]" for i, h in enumerate(hits)
            )
        else:
            text = "Aucune fiche ne correspond à cette question."
        for word in text.split(" "):
            yield word + " "
        table = []
        if query.intent == "count":
            table = [TableRow(valeur=d, fiches=n) for d, n in Counter(f.departement for f in found).items()]
        warnings = ["Filtre « bailleurs sociaux » appliqué."] if "bailleurs" in question else []
        yield Answer(text=text, citations=citations, query=query, hits=hits, table=table, warnings=warnings)

    def similar(self, fiche_id: str, k: int = 5) -> list[Hit]:
        ref = self.get_fiche(fiche_id)
        if ref is None:
            return []
        hits = []
        for other in self.fiches:
            if other.centre == ref.centre:
                continue
            shared = [
                FacetMatch(
                    field=field,
                    values=sorted(set(getattr(ref, field)) & set(getattr(other, field))),
                    trigger="",
                )
                for field in ("mots_cles", "partenaires", "public")
            ]
            shared = [m for m in shared if m.values]
            if shared:
                hits.append(Hit(fiche=other, score=float(len(shared)), matched_facets=shared))
        return sorted(hits, key=lambda h: -h.score)[:k]

    def get_fiche(self, fiche_id: str) -> Fiche | None:
        return next((f for f in self.fiches if f.id == fiche_id), None)

    def list_fiches(self, filters: dict | None = None) -> list[Fiche]:
        return [f for f in self.fiches if matches(f, filters)]

    def matching_fiches(self, query: Query, filters: dict | None = None) -> list[Fiche]:
        wanted = {**{f.field: f.values for f in query.facets}, **(filters or {})}
        return [f for f in self.fiches if matches(f, wanted)]

    def facet_counts(self, filters=None, fields=None) -> dict[str, list[tuple[str, int]]]:
        fields = fields or filter_fields()
        result = {}
        for field in fields:
            counter: Counter[str] = Counter()
            for f in self.list_fiches(filters):
                value = getattr(f, field)
                counter.update(value if isinstance(value, list) else [value] if value else [])
            result[field] = counter.most_common()
        return result


def main() -> None:  # pragma: no cover - manual preview
    import argparse

    import uvicorn

    import ui
    from config import get_settings

    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=7861)
    args = parser.parse_args()
    app = ui.create_app(FakeAssistant(), get_settings(), notice="Démonstration avec un assistant factice.")
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":  # pragma: no cover
    main()
