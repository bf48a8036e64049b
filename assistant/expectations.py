"""The expectations of an answer-level gold line, checked on one `Answer` (see `assistant/answer_eval.py`).

    expect = Expect.model_validate({"first": "Café des parents du mercredi", "mentions": ["3800"]})
    failures = check(expect, answer, previous)       # [] when every given key holds

A fiche reference is a fiche id (`senacs-1861`, `f-7a1b8506e28e`) or a title, matched case-, accent-,
punctuation- and space-insensitively against the cited fiche's title. Strings of `mentions`, `mentions_any` and
`line_with` match whole words of the answer (a trailing plural s/x/es allowed), case- and accent-insensitively;
numbers match with or without thousands separators (« 34985 » matches « 34 985 € »).

At scale (`Scale`: the gold corpus hidden among background fiches the gold lines know nothing about), a fiche is
*reached* when it is cited or listed behind the answer's « Voir toutes les fiches (N) » (a list of hundreds cannot
cite them all); `cites_all`, `cites_only` and `cites_at_least` ask for reached fiches, `cites_only` ignores cited
background fiches (their relevance is unknown, not wrong), and `first`/`first_in` look at the first citation that is
not a background fiche. In a list line (ideas, lessons, facets: not a line about one particular fiche), a cited
background fiche that carries every question word an accepted gold fiche carries (`Scale.equivalent`) is as right
as that gold fiche: it may be citation [1] for `first`/`first_in`, and counts for one missing fiche in
`cites_at_least` (never for `cites_all`/`cites_only`, which name a set). Every other key (`abstain` above all) is
judged as at 1×.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pydantic import BaseModel, ConfigDict, Field

from assistant.records import Answer, Citation
from ingest.text import normalise as fold

_GROUPED_NUMBER = re.compile(r"(?<!\d)\d{1,3}(?: \d{3})+(?!\d)")


class Expect(BaseModel):
    """Every key is optional; all the given ones must hold. Unknown keys are an error (a typo never passes)."""

    model_config = ConfigDict(extra="forbid")

    abstain: bool | None = None
    cites_all: list[str] | None = None
    cites_only: list[str] | None = None
    cites_at_least: tuple[int, list[str]] | None = None
    cites_none: list[str] | None = None
    first: str | None = None
    first_in: list[str] | None = None
    mentions: list[str] | None = None
    mentions_any: list[str] | None = None
    max_citations: int | None = None
    first_is_prev_citation: int | None = None
    line_with: list[str] | None = None

    def refs(self) -> list[str]:
        """Every fiche reference the expectations name."""
        out = [*(self.cites_all or []), *(self.cites_only or []), *(self.cites_none or [])]
        out += [*(self.cites_at_least[1] if self.cites_at_least else []), *(self.first_in or [])]
        return out + ([self.first] if self.first else [])


class Scale(BaseModel):
    """How one answer is judged when the gold corpus is hidden among background fiches (see the module doc)."""

    background: frozenset[str] = frozenset()  # ids of the background fiches
    listed: dict[str, str] = Field(default_factory=dict)  # id -> title of every fiche the answer lists
    # ids of cited background fiches as right as a gold one for this list line (they carry every question word
    # an accepted gold fiche carries; computed by `answer_eval.equivalents`)
    equivalent: frozenset[str] = frozenset()


class Failure(BaseModel):
    key: str
    why: str  # French, for the report


# -- matching ----------------------------------------------------------------------------------------


def text_key(text: str) -> str:
    """Folded text (case, accents, punctuation, spaces) with digit groups joined: « 34 985 € » → « 34985 »."""
    return _GROUPED_NUMBER.sub(lambda m: m.group().replace(" ", ""), fold(text))


def contains(text: str, needle: str) -> bool:
    """`needle` occurs in `text` as whole words (plural s/x/es allowed), folded, numbers ungrouped; a number may be
    glued to its unit (« 11 » in « de 11h à 16h », « 3 » in « 3e »), never to another digit."""
    key = text_key(needle)
    end = "(?![0-9])" if key.isdigit() else "(?:s|x|es)?(?![0-9a-z])"
    return bool(key) and re.search(rf"(?<![0-9a-z]){re.escape(key)}{end}", text_key(text))


def matches(ref: str, citation: Citation) -> bool:
    """`ref` names this cited fiche: its id, or its title folded."""
    return ref == citation.fiche_id or fold(ref) == fold(citation.title)


def is_cited(ref: str, answer: Answer) -> bool:
    return any(matches(ref, c) for c in answer.citations)


def is_reached(ref: str, answer: Answer, scale: Scale | None) -> bool:
    """Cited, or (at scale) listed behind the answer's « voir toutes les fiches »."""
    if is_cited(ref, answer):
        return True
    listed = scale.listed if scale else {}
    return ref in listed or fold(ref) in {fold(title) for title in listed.values()}


def own_citations(answer: Answer, scale: Scale | None) -> list[Citation]:
    """The citations of gold-corpus fiches (all of them at 1×)."""
    background = scale.background if scale else frozenset()
    return sorted((c for c in answer.citations if c.fiche_id not in background), key=lambda c: c.n)


def judged_citations(answer: Answer, scale: Scale | None) -> list[Citation]:
    """The citations of gold-corpus fiches and of background fiches equivalent to a gold one (at scale)."""
    same = scale.equivalent if scale else frozenset()
    own = {c.fiche_id for c in own_citations(answer, scale)}
    return sorted((c for c in answer.citations if c.fiche_id in own | same), key=lambda c: c.n)


def citation(answer: Answer, n: int) -> Citation | None:
    return next((c for c in answer.citations if c.n == n), None)


def _quoted(refs: list[str]) -> str:
    return ", ".join(f"« {r} »" for r in refs)


# -- one function per key: (value, answer, previous answer) → why it failed, or None -------------------


def _abstain(value: bool, answer: Answer, previous: Answer | None, scale: Scale | None = None) -> str | None:
    n = len(answer.citations)
    if value and n:
        return f"attendu « aucune fiche », {n} citation(s)"
    return "attendu au moins une citation, aucune" if not value and not n else None


def _cites_all(
    refs: list[str], answer: Answer, previous: Answer | None, scale: Scale | None = None
) -> str | None:
    missing = [r for r in refs if not is_reached(r, answer, scale)]
    return f"non cité(s) : {_quoted(missing)}" if missing else None


def _cites_only(
    refs: list[str], answer: Answer, previous: Answer | None, scale: Scale | None = None
) -> str | None:
    extra = [c.title for c in own_citations(answer, scale) if not any(matches(r, c) for r in refs)]
    why = [_cites_all(refs, answer, previous, scale) or ""] + (
        [f"cité(s) en trop : {_quoted(extra)}"] if extra else []
    )
    return " ; ".join(w for w in why if w) or None


def _cites_at_least(
    value: tuple[int, list[str]], answer: Answer, previous: Answer | None, scale: Scale | None = None
) -> str | None:
    n, refs = value
    found = sum(1 for r in refs if is_reached(r, answer, scale))
    same = len(scale.equivalent) if scale else 0
    if found + min(same, len(refs) - found) >= n:
        return None
    also = f" (+ {same} fiche(s) de fond équivalente(s))" if same else ""
    return f"{found} citée(s) sur {len(refs)}{also}, attendu au moins {n}"


def _cites_none(
    refs: list[str], answer: Answer, previous: Answer | None, scale: Scale | None = None
) -> str | None:
    cited = [r for r in refs if is_cited(r, answer)]
    return f"cité(s) à tort : {_quoted(cited)}" if cited else None


def _first(ref: str, answer: Answer, previous: Answer | None, scale: Scale | None = None) -> str | None:
    return _first_in([ref], answer, previous, scale)


def _first_in(
    refs: list[str], answer: Answer, previous: Answer | None, scale: Scale | None = None
) -> str | None:
    judged = judged_citations(answer, scale)
    first = judged[0] if judged else None
    if first is None:
        return f"aucune citation [1], attendu {_quoted(refs)}"
    if scale is not None and first.fiche_id in scale.equivalent:
        return None
    return (
        None if any(matches(r, first) for r in refs) else f"[1] = « {first.title} », attendu {_quoted(refs)}"
    )


def _mentions(
    needles: list[str], answer: Answer, previous: Answer | None, scale: Scale | None = None
) -> str | None:
    missing = [s for s in needles if not contains(answer.text, s)]
    return f"absent(s) de la réponse : {_quoted(missing)}" if missing else None


def _mentions_any(
    needles: list[str], answer: Answer, previous: Answer | None, scale: Scale | None = None
) -> str | None:
    found = any(contains(answer.text, s) for s in needles)
    return None if found else f"aucun de {_quoted(needles)} dans la réponse"


def _max_citations(n: int, answer: Answer, previous: Answer | None, scale: Scale | None = None) -> str | None:
    count = len(answer.citations)
    return f"{count} citations, au plus {n} attendues" if count > n else None


def _first_is_prev_citation(
    k: int, answer: Answer, previous: Answer | None, scale: Scale | None = None
) -> str | None:
    before = citation(previous, k) if previous is not None else None
    if before is None:
        return f"le tour précédent n'a pas de citation [{k}]"
    first = citation(answer, 1)
    if first is None:
        return f"aucune citation [1], attendu « {before.title} » ([{k}] du tour précédent)"
    if first.fiche_id != before.fiche_id:
        return f"[1] = « {first.title} », attendu « {before.title} » ([{k}] du tour précédent)"
    return None


def _line_with(
    needles: list[str], answer: Answer, previous: Answer | None, scale: Scale | None = None
) -> str | None:
    lines = answer.text.splitlines()
    if any(all(contains(line, s) for s in needles) for line in lines):
        return None
    return f"aucune ligne ne contient à la fois {_quoted(needles)}"


CHECKS: dict[str, Callable[..., str | None]] = {
    "abstain": _abstain,
    "cites_all": _cites_all,
    "cites_only": _cites_only,
    "cites_at_least": _cites_at_least,
    "cites_none": _cites_none,
    "first": _first,
    "first_in": _first_in,
    "mentions": _mentions,
    "mentions_any": _mentions_any,
    "max_citations": _max_citations,
    "first_is_prev_citation": _first_is_prev_citation,
    "line_with": _line_with,
}
assert set(CHECKS) == set(Expect.model_fields), "one check per Expect key"


def check(
    expect: Expect, answer: Answer, previous: Answer | None = None, scale: Scale | None = None
) -> list[Failure]:
    """The failed keys of `expect` on `answer` (`previous`: the answer of the turn before, if any; `scale`: how
    background fiches count, see the module doc)."""
    failures = []
    for key, value in expect.model_dump(exclude_none=True).items():
        why = CHECKS[key](value, answer, previous, scale)
        if why:
            failures.append(Failure(key=key, why=why))
    return failures
