"""Questions that are not a search: compare named fiches, rank fiches on a typed figure, gather the lessons
(difficulties, success factors, perspectives) of a set of fiches — which of the three a question asks.

    detect("quelle action a coute le plus cher")                  # ("rank", "budget", "")
    detect("compare le repair cafe et l atelier velo")             # ("compare", "", "")
    detect("quelles difficultes pour les actions de parentalite")  # ("lessons", "limites", "")
    compare_cue("difference")                                      # True

Detection is by mechanisms, not phrasings:
- rank: a superlative next to the words of a typed figure of the schema (`ranking.rank_spec`);
- compare: a comparison cue (« compare », « différence », « vs », « par rapport à », « de chaque côté »), or
  the structure of a choice between named things (« entre X et Y, lequel… », « X ou Y, laquelle… ») — the
  answer then needs two to four fiches: named by their titles (`naming.linked_titles`), cited in the
  previous answer, or designated (`naming.designated`); a comparative between them names the figure
  (`ranking.compare_spec`: « lequel a plus de bénévoles »);
- lessons: the cue words of the `limites`, `facteurs_reussite` and `perspectives` fields
  (`lesson_cues.lesson_fields`) — not a cue noun with a definite article that « qui » does something to
  (« qui avait repéré le problème ? », « qui a soulevé ces difficultés ? »): that asks an actor, the origin of
  one project, not its lessons (« qui a rencontré des difficultés ? » still asks lessons).
Everything works on the normalised question (`ingest.text.normalise`).
"""

from __future__ import annotations

import re

from assistant.lesson_cues import lesson_fields
from assistant.ranking import rank_spec

COMPARE, RANK, LESSONS = "compare", "rank", "lessons"
# « qui (a|avait) <verbe> le/la/ce … <nom> »: the actor of a definite thing asked, never a lesson of it.
# Not « ce qui » (« qu'est-ce qui coince le plus ? »: what, not who) nor a superlative (« le plus », « le moins »).
_ACTOR_OF_DEFINITE = re.compile(
    r"(?<!\bce )\bqui (?:(?:a|avait|ont|avaient|aurait|auraient) )?(?:deja |d abord |en premier )?[a-z]{4,} "
    r"(?:le|la|les|l|ce|cet|cette|ces) (?!plus\b|moins\b|mieux\b)[a-z]+\b"
)


# Comparison cues, by word family: « compare/comparaison/comparées », « différence/diffèrent/se différencient »,
# « distingue », juxtaposition (« côte à côte », « en parallèle », « face à », « mettre en regard »), « écarts »,
# « points communs », « de part et d'autre », « l'un et l'autre », « celui … et celui … ».
_COMPARE = re.compile(
    r"\b(compar\w*|differen(ce|ci)\w*|differ(e|ent|er) (ils|elles|entre|de|d|du|des)|vs|versus|par rapport (a|au|aux)|points? communs?|en commun|ecarts?"
    r"|(lequel|laquelle) des (deux|trois|quatre|2|3|4)|les (rapproche|oppose)\w*|dans (les deux|chaque|l un et l autre) cas|(se )?distingu\w*|cote a cote|en parallele|parallele"
    r"|face (a|au|aux)|a cote (de|d|du|des)|en regard|confront\w*|de part et d autre|l (un|une) et l autre|respectivement|chacun|chacune"
    r"|tableau comparatif|side by side|de chaque cote|des deux cotes|pour (les deux|l un comme pour l autre))\b"
    # Two fiches and a choice between them: « entre X et Y, lequel… », « X ou Y, laquelle… ».
    r"|\b(entre|ou)\b.{3,120}\b(lequel|laquelle)\b|\b(les|ces) (deux|2)\b.{3,120}\b(lequel|laquelle)\b|\b(lequel|laquelle)\b.{0,60}\bentre\b.{3,}\bet\b"
    r"|\bentre (?!\d)[^,;:?]{3,80}\bet\b.{3,80}\bqui\b.{0,30}\b(plus|moins|mieux|davantage)\b|\bwhich (one|of the two|of both)\b"
    r"|\bbetween\b.{3,80}\band\b.{3,80}\bwhich\b|\bwhich\b.{3,60}\bbetween\b.{3,80}\band\b"
    # Two things set apart by demonstratives: « celui avec les bénévoles et celui de la ludothèque ».
    r"|\b(celui|celle|ceux|celles)\b.{3,100}\b(et|ou)( puis)? (celui|celle|ceux|celles)\b"
)


# -- detection -------------------------------------------------------------------------------------


def detect(norm: str) -> tuple[str, str, str] | None:
    """(intent, field, "") for compare / rank / lessons questions (normalised text), else None. `field`:
    the typed figure ranked on (rank; compare when it asks « lequel a coûté le plus »), or the lessons
    field asked ("" for all three)."""
    spec = rank_spec(norm)
    if _COMPARE.search(norm):
        return COMPARE, spec.field if spec else "", ""
    if spec is not None:
        return RANK, spec.field, ""
    asked = lesson_fields(_ACTOR_OF_DEFINITE.sub(" ", norm))
    if asked:
        return LESSONS, asked[0] if len(asked) == 1 else "", ""
    return None


def compare_cue(word: str) -> bool:
    """Is this one word a comparison cue (« différence », « compare », « vs »)?"""
    return bool(_COMPARE.fullmatch(word))
