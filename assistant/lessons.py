"""The lessons of a set of fiches: what to watch out for before starting a similar project.

    lessons_answer(fiches, ("limites",), query, scope)   # grouped by field, one cited bullet per fiche

The `limites`, `facteurs_reussite` and `perspectives` of every matching fiche (all three when the question
names none), one bullet per fiche, each cited; when no fiche fills the field asked, their results stand in,
said as such.
"""

from __future__ import annotations

from assistant.answer import join_fr, link, md, plural, where
from assistant.comparison import Built, built_answer
from assistant.intents import LESSON_FIELDS
from assistant.records import Query
from ingest import fields
from ingest.models import Fiche
from ingest.text import cut_sentences

ITEM_CHARS = 260
LESSON_FICHES = 6
STAND_IN = ("resultat_habitants", "resultat_centre", "resultat_territoire", "impacts")
_HEADINGS = {
    "limites": "Difficultés et limites",
    "facteurs_reussite": "Facteurs de réussite",
    "perspectives": "Perspectives",
}
# -- lessons ---------------------------------------------------------------------------------------


def lessons_answer(fiches: list[Fiche], asked: tuple[str, ...], query: Query, scope: str = "") -> Built:
    """Grouped, cited synthesis of the lessons fields `asked` (all three when empty) over `fiches`."""
    asked = asked or LESSON_FIELDS
    groups = {name: [f for f in fiches if getattr(f, name).strip()] for name in asked}
    stand_in = not any(groups.values())
    if stand_in:  # no fiche fills the field asked: their results say what worked
        groups = {"resultats": [f for f in fiches if any(getattr(f, s).strip() for s in STAND_IN)]}
    by_id = {f.id: f for members in groups.values() for f in members}
    used = list(by_id.values())[:LESSON_FICHES]
    if not used:
        return Built(built_answer(f"Aucune fiche{_scope(scope)} ne renseigne ce point.", [], query))
    numbers = {f.id: n for n, f in enumerate(used, 1)}
    topics = join_fr([_HEADINGS.get(name, "résultats").lower() for name in groups])
    first = f"{topics[0].upper()}{topics[1:]} selon {plural(len(used), 'fiche')}{_scope(scope)} :"
    if stand_in:
        first = (f"Aucune des fiches{_scope(scope)} ne renseigne « {fields.label(asked[0])} » ; "
                 f"voici ce que {plural(len(used), 'fiche')} "
                 f"{'dit de ses' if len(used) == 1 else 'disent de leurs'} résultats :")  # fmt: skip
    blocks, facts = [], []
    for name, members in groups.items():
        items = [(numbers[f.id], f, _lesson_text(f, name)) for f in members if f.id in numbers]
        if not items:
            continue
        heading = _HEADINGS.get(name, "Résultats")
        blocks.append(f"**{heading}**\n" + "\n".join(f"- {md(t)} — {md(f.title)} [{n}]" for n, f, t in items))
        facts.append(f"{heading} :\n" + "\n".join(f"[{n}] {t}" for n, _, t in items))
    sources = "\n".join(f"**[{n}]** {link(f)} — {where(f)}" for n, f in enumerate(used, 1))
    text = f"{first}\n\n" + "\n\n".join(blocks) + f"\n\nSources :\n\n{sources}"
    return Built(built_answer(text, used, query), facts="\n\n".join(facts))


def _scope(scope: str) -> str:
    return f" {scope}" if scope else ""


def _lesson_text(fiche: Fiche, name: str) -> str:
    text = getattr(fiche, name) if name in LESSON_FIELDS else " ".join(getattr(fiche, s) for s in STAND_IN)
    lines = [line.strip(" -•*\t") for line in text.splitlines() if line.strip(" -•*\t")]
    return cut_sentences(" ; ".join(line.rstrip(" .;") for line in lines), ITEM_CHARS)
