"""`python -m assistant search "question" [--k 5] [--json] [--index-dir DIR]`: ranked fiches, with the
facets recognised in the question (and the words that triggered them) and a snippet of each fiche."""

from __future__ import annotations

import argparse
import logging
import sys
import textwrap
from pathlib import Path

from assistant.records import FacetMatch, Hit, SearchResult
from ingest import fields

logger = logging.getLogger(__name__)

SNIPPET_CHARS = 240


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m assistant search", description="Chercher des fiches action."
    )
    parser.add_argument("question", help="la question, entre guillemets")
    parser.add_argument("--k", type=int, default=None, help="nombre de fiches (défaut : RETRIEVAL_K)")
    parser.add_argument("--json", action="store_true", help="le résultat complet en JSON")
    parser.add_argument(
        "--index-dir", type=Path, default=None, help="dossier de l'index (défaut : INDEX_DIR)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    from assistant.retrieval import HybridRetriever
    from config import get_settings
    from vectorstore.index import FicheIndex

    args = _parser().parse_args(argv)
    settings = get_settings()
    logging.basicConfig(level=settings.log_level, format="%(levelname)s %(name)s: %(message)s")
    index = FicheIndex.open(index_dir=args.index_dir)
    if index.fiche_count() == 0:
        print("Index vide : lancez d'abord `python -m ingest fichier.txt`.", file=sys.stderr)
        return 1
    retriever = HybridRetriever(index)
    result = retriever.search(args.question, k=args.k or settings.retrieval_k)
    absent = retriever.absent_terms(args.question) if result.no_match else []
    print(result.model_dump_json(indent=2) if args.json else render(result, absent))
    return 0


def render(result: SearchResult, absent: list[str] | None = None) -> str:
    """The result as text for a terminal (French); `absent`: the named entities no fiche has."""
    query = result.query
    lines = [f"Question : {query.text}", f"Intention : {query.intent}" + _intent_detail(query.intent, query)]
    lines.append("Facettes reconnues : " + ("; ".join(_facet(f) for f in query.facets) or "aucune"))
    if query.keywords:
        lines.append(f"Mots-clés de recherche : {query.keywords}")
    if query.facets:
        lines.append(f"Fiches ayant toutes ces facettes : {result.total_matching}")
    lines.append("")
    if result.no_match:
        lines.append("Aucune fiche ne correspond à cette question.")
        if absent:
            lines.append("Aucune fiche ne mentionne : " + ", ".join(f"« {term} »" for term in absent) + ".")
        if result.suggestions:
            lines += ["Fiches les plus proches :", ""]
            lines += [_hit(i, hit) for i, hit in enumerate(result.suggestions, 1)]
        return "\n".join(lines)
    lines += [_hit(i, hit) for i, hit in enumerate(result.hits, 1)]
    return "\n".join(lines)


def _intent_detail(intent: str, query) -> str:
    if intent == "lookup" and query.lookup_field:
        return f" (champ : {query.lookup_field})"
    if intent == "aggregate" and query.group_by:
        return f" (par {query.group_by})"
    return ""


def _facet(facet: FacetMatch) -> str:
    return f"{fields.facet_word(facet.field)} = {' ou '.join(facet.values)} (« {facet.trigger} »)"


def _hit(n: int, hit: Hit) -> str:
    fiche = hit.fiche
    where = f" ({fiche.departement})" if fiche.departement else ""
    out = [f"{n}. {fiche.title} — {fiche.centre}{where}   [score {hit.score:.4f}]"]
    if hit.matched_facets:
        out.append("   facettes : " + "; ".join(_facet(f) for f in hit.matched_facets))
    if hit.passage is not None:
        body = " ".join(hit.passage.text.split("\n", 1)[-1].split())
        out.append(
            textwrap.indent(
                textwrap.fill(textwrap.shorten(body, SNIPPET_CHARS, placeholder=" …"), 100), "   "
            )
        )
    if fiche.source_url:
        out.append(f"   {fiche.source_url}")
    return "\n".join(out) + "\n"
