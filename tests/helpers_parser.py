"""Hypothesis strategies for parser round trips: random but well-formed `Fiche` records.

Generated text never contains a *layout line*, i.e. a line the parser must read as structure
rather than content. `is_layout_line` rejects: any line whose text, with or without a leading
dash, normalises to a known label (accent/case/punctuation-insensitive, like the parser); lines
starting with `Actions`, `URL:` or equal to the `Les actions des centres sociaux` header; and the
bare `Partenaires d'action:` line. Everything else is fair game, including `- ` bullets, lone
`-` lines inside a text, `€`, accents, `(`, `:` and `|`.
"""

from __future__ import annotations

from hypothesis import strategies as st

from ingest import fields
from ingest.geo import DEPARTEMENTS, find_departement
from ingest.layouts import HEADER, LABELS
from ingest.models import Fiche
from ingest.text import normalise

_LABEL_KEYS = set(LABELS) | {normalise("Partenaires d'action:")}


def is_layout_line(line: str) -> bool:
    text = line.strip()
    bare = text[1:].strip() if text.startswith("-") else text
    return (
        normalise(text) in _LABEL_KEYS
        or normalise(bare) in _LABEL_KEYS
        or text.startswith(("Actions", "URL:"))
        or normalise(text) == normalise(HEADER)
    )


_WORD_CHARS = "abcdeéèêàçôùœ ABCDEÉÀ0123456789'’,.;:!?()&/€%«»|"
_TRICKY = ["Subvention CDV", "650€", "TOTAL DES CHARGES", "Public jeune", "CHARGES", "2.3", "Autre"]

_words = st.one_of(st.text(alphabet=_WORD_CHARS, min_size=1, max_size=25), st.sampled_from(_TRICKY))
_phrase = st.lists(_words, min_size=1, max_size=6).map(" ".join).map(str.strip).filter(bool)
# A content line: free text, or a bullet ("- foo") — never a layout line, never blank.
_content_line = st.one_of(_phrase, _phrase.map(lambda s: "- " + s)).filter(lambda s: not is_layout_line(s))
_inner_line = st.one_of(_content_line, _content_line, st.just(""), st.just("-"))


@st.composite
def texts(draw) -> str:
    """Multi-line free text: content lines first and last, blank or lone '-' lines allowed inside."""
    if draw(st.booleans()):
        return ""
    first = draw(_content_line)
    middle = draw(st.lists(_inner_line, max_size=4))
    last = [draw(_content_line)] if middle or draw(st.booleans()) else []
    return "\n".join([first, *middle, *last])


one_line = _phrase.filter(
    lambda s: not is_layout_line(s) and not s.startswith(("-", "•", "▪", "◦", "●", "*"))
)
items = st.lists(one_line, max_size=5, unique=True)
_written_departements = st.sampled_from(
    [""] + [d.name for d in DEPARTEMENTS] + ["seine maritime", "Cote d'Or", "31", "2A", "haute garonne"]
)


def _has_departement_suffix(centre: str) -> bool:
    parts = centre.split(" - ")
    return any(find_departement(" - ".join(parts[k:])) for k in range(1, len(parts)))


@st.composite
def fiches(draw) -> Fiche:
    """A Fiche as the parser would produce it (département fields consistent with geo)."""
    written = draw(_written_departements)
    dep = find_departement(written) if written else None
    centre = draw(one_line)
    if not written and _has_departement_suffix(centre):
        centre += " x"  # 'A - Ain' without a département is legitimately read as centre 'A' in Ain
    data = {name: draw(texts()) for name in _TEXT_FIELDS}
    data.update({name: draw(items) for name in _LIST_FIELDS})
    data.update(
        title=draw(one_line),
        centre=centre,
        departement_ecrit=written,
        departement=dep.name if dep else "",
        departement_code=dep.code if dep else "",
        region=dep.region if dep else "",
        statut=draw(st.one_of(st.just(""), one_line)),
        annee=draw(st.one_of(st.none(), st.integers(1990, 2030))),
    )
    return Fiche(**data)


_LIST_FIELDS = tuple(name for name in fields.list_fields() if name not in fields.derived_fields())
_TEXT_FIELDS = tuple(name for name in fields.text_fields() if name != "statut")  # statut has its own strategy


def listing_block(
    title: str,
    centre: str,
    resume: str,
    *,
    statut: str = "",
    public: str = "",
    partners: list[str] | None = None,
    territoire: str = "",
) -> str:
    """One fiche in the listing layout, for hand-made cases: the sections given, in the export's order."""
    lines = ["Actions", title, "- Structure organisatrice", f"- {centre}"]
    if statut:
        lines += ["- Statut de l'action", f"- {statut}"]
    lines += ["- Résumé", resume]
    if public:
        lines += ["- Public", f"- {public}"]
    if partners is not None:
        lines += ["- Avec qui cette action a-t-elle été menée ?", "-", "Partenaires d'action:"]
        lines.append("\n".join(f"- {p}" for p in partners))
    if territoire:
        lines += ["- Territoire concerné", f"- {territoire}"]
    return "\n".join(lines) + "\n"


# A minimal fiche, a template (shared by the parser, CLI and bad-input tests).
MINI = listing_block("{title}", "{centre}", "{resume}", statut="En cours", public="Tous publics")
