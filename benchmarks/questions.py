"""Varied benchmark questions drawn from an indexed corpus (deterministic for a seed)."""

from __future__ import annotations

import random

from ingest.models import Fiche

_TEMPLATES = (
    "Quels centres ont mené des actions de {kw} ?",
    "Des actions de {kw} avec {partner} ?",
    "Quelles actions ont été menées en {dep} ?",
    "actions {kw} pour le public {public} en {region}",
    "Combien d'actions de {kw} par département ?",
    "Quel était le budget du projet {title} ?",
    "Des idées pour {phrase}",
    "which centres ran {kw} actions with {partner}",
    "Quelles actions terminées dans le {code} ?",
    "Avez-vous des fiches sur {negative} ?",
)
_NEGATIVES = (
    "la pêche en mer",
    "la crypto-monnaie",
    "des actions avec la MSA",
    "le ski alpin de compétition",
)


def benchmark_questions(fiches: list[Fiche], n: int = 200, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    pick = lambda values: rng.choice(values) if values else ""  # noqa: E731
    keywords = sorted({k for f in fiches for k in f.mots_cles}) or ["parentalité"]
    partners = sorted({p for f in fiches for p in f.partenaires}) or ["la Caf"]
    publics = sorted({p for f in fiches for p in f.public}) or ["familles"]
    deps = sorted(
        {(f.departement or f.departement_ecrit, f.departement_code) for f in fiches if f.departement}
    )
    regions = sorted({f.region for f in fiches if f.region}) or ["Occitanie"]
    titles = sorted({f.title for f in fiches if f.title})
    phrases = [f.resume.split(".")[0][:80] for f in fiches if f.resume]
    out = []
    for i in range(n):
        dep, code = pick(deps) or ("Nord", "59")
        out.append(
            _TEMPLATES[i % len(_TEMPLATES)].format(
                kw=pick(keywords).lower(),
                partner=pick(partners),
                dep=dep,
                code=code,
                public=pick(publics),
                region=pick(regions),
                title=pick(titles),
                phrase=pick(phrases) or "créer du lien social",
                negative=pick(list(_NEGATIVES)),
            )
        )
    return out
