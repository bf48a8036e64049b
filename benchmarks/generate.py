"""Synthetic SENACS listing export for scale tests.

    python -m benchmarks.generate --fiches 20000 [--seed 0] [--out fiches_20k.txt]

Writes N fiches in the listing layout of the real export, deterministically for a seed (one
`random.Random(seed)`, no other source of randomness). Each fiche is one of the 240 action themes of
`benchmarks.themes` (a repair café, a carers' café, a driving-licence scheme…): its title, résumé,
description, results, limits and perspectives come from that theme, with invented towns and quartiers,
then topic-neutral organisational sentences (`theme_data/common.py`) fill it up to a length drawn from a
log-normal law (median about 2,500 characters, bounded 900-9,400). List fields hold the SENACS form's own
values (the theme's mots clés, public and partners, with some noise). Centres are invented name
combinations (about N/3 of them) spread over the 101 départements of `ingest.geo`. About 1 % of fiches are
near-duplicates: an earlier fiche again (same centre and title) with one sentence changed, as happens when a
fiche is edited and exported twice. Other (centre, title) pairs are unique. Fiches are streamed one by one:
memory stays flat whatever N (only the set of (centre, title) keys grows, a few MB at 20,000).
No generated text contains the key words of `themes.EXCLUDED_TOPICS` (the out-of-corpus gold topics).
"""

from __future__ import annotations

import argparse
import copy
import logging
import math
import random
import sys
import time
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from benchmarks.theme_data.common import GENERIC, RESUME_OPENINGS
from benchmarks.themes import Theme, load_themes
from benchmarks.vocabulary import (
    BLOCK_START,
    CENTRE_KINDS,
    CENTRE_NAMES,
    CHARGES,
    DEPARTEMENTS,
    FINANCEURS,
    HEADER,
    JOURS,
    LABEL_OF,
    NARRATIVE_FIELDS,
    QUARTIERS,
    SITE_VALUES,
    TOWN_HEADS,
    TOWN_SUFFIXES,
    TOWN_TAILS,
)
from ingest.geo import normalise

logger = logging.getLogger(__name__)

MIN_CHARS = 900
MAX_CHARS = 9400
MEDIAN_CHARS = 2500
LENGTH_SIGMA = 0.45
NEAR_DUPLICATE_RATE = 0.01
_RECENT = 64  # near-duplicates copy one of the last originals: bounded memory
_FILL_FIELDS = NARRATIVE_FIELDS
_FILL_WEIGHTS = (0, 6, 6, 1, 1, 1, 2, 1)  # the résumé is never padded
_RESULT_FIELDS = ("resultat_territoire", "resultat_centre", "resultat_habitants")


@dataclass
class Draft:
    """A fiche before rendering: list fields hold values, text fields hold lines."""

    title: str
    structure: str
    statut: str
    lists: dict[str, list[str]]
    texts: dict[str, list[str]] = field(default_factory=dict)
    theme: Theme | None = None
    places: dict[str, str] = field(default_factory=dict)
    repeated: bool = False  # a near-duplicate of an earlier draft


@dataclass
class CorpusStats:
    """What a generation produced: fiches per theme, distinct titles, near-duplicates."""

    themes: Counter[str] = field(default_factory=Counter)
    titles: set[str] = field(default_factory=set)
    near_duplicates: int = 0

    def summary(self) -> str:
        return (
            f"{len(self.themes)} themes, {len(self.titles)} distinct titles, "
            f"{self.near_duplicates} near-duplicates"
        )


# --- Rendering -----------------------------------------------------------------------------------------


def render_block(d: Draft) -> str:
    """The fiche in the listing layout, starting with the `Actions` line, ending with a newline."""
    out = [BLOCK_START, d.title, LABEL_OF["structure"], f"- {d.structure}", LABEL_OF["fichiers"]]
    out += [LABEL_OF["statut"], f"- {d.statut}"]
    if d.statut == "Terminée":
        _text(out, d, "raison_fin")
    _values(out, d, "dimension")
    out += [LABEL_OF["mots_cles"], "-"] + [f"- {v}" for v in d.lists["mots_cles"]]
    _text(out, d, "resume")
    out += [LABEL_OF["initiative"], "-"] + [f"- {v}" for v in d.lists["initiative"]]
    if d.texts.get("initiative_precision"):
        _text(out, d, "initiative_precision")
    _values(out, d, "territoire")
    _text(out, d, "description_experience")
    _values(out, d, "public")
    out += [LABEL_OF["partenaires"], "-", "Partenaires d'action:"] + [
        f"- {v}" for v in d.lists["partenaires"]
    ]
    _values(out, d, "territoire")
    for name in (
        "description_generale",
        "ressources_financieres",
        "personnes_mobilisees",
        *NARRATIVE_FIELDS[3:],
    ):
        _text(out, d, name)
    return "\n".join(out) + "\n"


def _values(out: list[str], d: Draft, name: str) -> None:
    out.append(LABEL_OF[name])
    out.extend(f"- {v}" for v in d.lists[name])


def _text(out: list[str], d: Draft, name: str) -> None:
    out.append(LABEL_OF[name])
    out.extend(d.texts.get(name, []))


# --- Centres, places, titles, numbers ------------------------------------------------------------------


def make_centres(rng: random.Random, count: int) -> list[str]:
    """`count` distinct 'CENTRE - Département' lines from name parts (numbered beyond the combinations)."""
    sizes = (len(CENTRE_KINDS), len(CENTRE_NAMES), len(TOWN_SUFFIXES))
    space = sizes[0] * sizes[1] * sizes[2]
    picks = rng.sample(range(space), min(count, space))
    picks += [space + k for k in range(count - len(picks))]
    return [f"{_centre_name(i, sizes)} - {rng.choice(DEPARTEMENTS)[1]}" for i in picks]


def _centre_name(index: int, sizes: tuple[int, int, int]) -> str:
    rank, index = divmod(index, sizes[0] * sizes[1] * sizes[2])
    kind = CENTRE_KINDS[index % sizes[0]]
    name = CENTRE_NAMES[index // sizes[0] % sizes[1]]
    town = TOWN_SUFFIXES[index // (sizes[0] * sizes[1])]
    words = " ".join(w for w in (name, town) if w)
    if not kind.isupper():
        words = _title_case(words)
    return f"{kind} {words}" + (f" {rank + 1}" if rank else "")


def _title_case(words: str) -> str:
    """'DE LA GARE DE NEUVILLE' -> 'de la Gare de Neuville' (particles stay lower case)."""
    out: list[str] = []
    for word in words.title().split(" "):
        after_de = bool(out) and out[-1] in {"de", "du", "des"}
        if word in {"De", "Du", "Des"} or (after_de and word in {"La", "Le", "Les"}):
            word = word.lower()
        elif after_de and word.startswith("L'"):
            word = "l'" + word[2:]
        out.append(word)
    return " ".join(out)


def _places(rng: random.Random, structure: str) -> dict[str, str]:
    """One value per placeholder, shared by every sentence of the fiche; the département is the centre's."""
    return {
        "quartier": rng.choice(QUARTIERS),
        "ville": rng.choice(TOWN_HEADS) + rng.choice(TOWN_TAILS),
        "dep": structure.rsplit(" - ", 1)[-1],
        "jour": rng.choice(JOURS),
        "n": str(rng.randint(8, 45)),
        "p": str(rng.randint(2, 9)),
        "annee": str(rng.randrange(2014, 2024)),
    }


def _title(rng: random.Random, theme: Theme, places: dict[str, str]) -> str:
    title = rng.choice(theme.titles).format(**places)
    if rng.random() < 0.25 and not title[-1].isdigit():
        title += f" {rng.randrange(2012, 2025)}"
    return title.upper() if rng.random() < 0.08 else title


def _euros(rng: random.Random, low: int, high: int) -> str:
    return f"{rng.randrange(low, high, 50):,}".replace(",", " ") + " €"


def _budget(rng: random.Random) -> list[str]:
    style = rng.random()
    if style < 0.15:
        return []
    if style < 0.45:
        return [rng.choice(("", "Budget annuel : ", "Environ ", "Coût total : ")) + _euros(rng, 100, 60000)]
    if style < 0.9:
        payers = rng.sample(FINANCEURS, rng.randint(2, 4))
        return [f"{p} : {_euros(rng, 300, 25000)}" for p in payers]
    return _budget_table(rng)


def _budget_table(rng: random.Random) -> list[str]:
    charges = [(c, rng.randrange(200, 20000, 100)) for c in rng.sample(CHARGES, rng.randint(2, 4))]
    total = sum(amount for _, amount in charges)
    payers = rng.sample(FINANCEURS, 2)
    first = rng.randrange(total // 4, total // 2 + 1, 50) if total >= 400 else total
    lines = ["Charges"] + [f"- {c} : {a:,} €".replace(",", " ") for c, a in charges]
    lines += [f"Total des charges : {total:,} €".replace(",", " "), "Produits"]
    lines += [
        f"- {payers[0]} : {first:,} €".replace(",", " "),
        f"- {payers[1]} : {total - first:,} €".replace(",", " "),
    ]
    return lines


def _people(rng: random.Random) -> list[str]:
    staff, volunteers = rng.randint(1, 6), rng.randint(0, 40)
    style = rng.random()
    if style < 0.1:
        return []
    if style < 0.6:
        return [f"{staff} salarié{'s' * (staff > 1)}, {volunteers} bénévole{'s' * (volunteers > 1)}"]
    if style < 0.8:
        return [f"{staff} professionnel{'s' * (staff > 1)}", f"{volunteers} bénévole{'s' * (volunteers > 1)}"]
    return [str(staff + volunteers)]


# --- List fields ---------------------------------------------------------------------------------------


def _pick(rng: random.Random, values: tuple[str, ...], low: int, high: int) -> list[str]:
    """Between low and high distinct values, kept in the site's order."""
    chosen = set(rng.sample(values, min(len(values), rng.randint(low, high))))
    return [v for v in values if v in chosen]


def _noisy(rng: random.Random, own: tuple[str, ...], name: str, drop: float, add: float) -> list[str]:
    """The theme's values, one sometimes dropped and one sometimes added, in the site's order."""
    chosen = set(own)
    if len(chosen) > 1 and rng.random() < drop:
        chosen.discard(rng.choice(own))
    if rng.random() < add:
        chosen.add(rng.choice(SITE_VALUES[name]))
    return [v for v in SITE_VALUES[name] if v in chosen]


def _lists(rng: random.Random, theme: Theme) -> dict[str, list[str]]:
    partners = _noisy(rng, theme.partenaires, "partenaires", 0.2, 0.4) if rng.random() > 0.08 else []
    return {
        "dimension": _pick(rng, SITE_VALUES["dimension"], 0 if rng.random() < 0.1 else 1, 1),
        "mots_cles": _noisy(rng, theme.mots_cles, "mots_cles", 0.15, 0.15),
        "initiative": _pick(rng, SITE_VALUES["initiative"], 1, 2),
        "territoire": _pick(rng, SITE_VALUES["territoire"], 0 if rng.random() < 0.05 else 1, 1),
        "public": _noisy(rng, theme.public, "public", 0.2, 0.1) if rng.random() > 0.08 else [],
        "partenaires": partners,
    }


# --- Texts ---------------------------------------------------------------------------------------------


def _add(texts: dict[str, list[str]], name: str, sentence: str, rng: random.Random) -> int:
    """Append a sentence (or a block of lines) to a field, on the same line or a new one; return its size."""
    lines = texts.setdefault(name, [])
    if "\n" in sentence:
        lines.extend(sentence.split("\n"))
        return len(sentence) + 1
    glue = lines and not lines[-1].startswith("- ") and not lines[-1].endswith(":") and len(lines[-1]) < 600
    if glue and rng.random() < 0.6:
        lines[-1] += " " + sentence
    else:
        lines.append(sentence)
    return len(sentence) + 1


def _target_length(rng: random.Random) -> int:
    length = int(rng.lognormvariate(math.log(MEDIAN_CHARS), LENGTH_SIGMA))
    return min(max(length, MIN_CHARS + 50), MAX_CHARS - 600)


def _theme_texts(rng: random.Random, theme: Theme) -> dict[str, list[str]]:
    """The theme's own sentences spread over the narrative fields (some fields left empty, as in real fiches)."""
    first = theme.resume[0]  # the sentence that says what the action is: always there
    if rng.random() < 0.5:
        first = rng.choice(RESUME_OPENINGS) + first[0].lower() + first[1:]
    resume = [first] + [s for s in theme.resume[1:] if rng.random() < 0.6]
    if rng.random() < 0.6:
        resume.append(rng.choice(GENERIC["resume"]))
    description = rng.sample(theme.description, len(theme.description))
    split = rng.randint(1, max(1, len(description) - 1))
    out = {
        "resume": resume if rng.random() > 0.03 else [],
        "description_experience": description[:split],
        "description_generale": description[split:],
        "limites": [s for s in theme.limits if rng.random() < 0.8],
        "perspectives": [s for s in theme.perspectives if rng.random() < 0.8],
    }
    for sentence in theme.results:
        if rng.random() < 0.85:
            out.setdefault(rng.choice(_RESULT_FIELDS), []).append(sentence)
    return out


def _fill(rng: random.Random, draft: Draft, target: int) -> None:
    """Add topic-neutral sentences, none twice in a fiche, until the fiche reaches `target` characters."""
    length = len(render_block(draft))
    pools = {name: list(GENERIC.get(name, ())) for name in _FILL_FIELDS}
    while length < target:
        open_fields = [(f, w) for f, w in zip(_FILL_FIELDS, _FILL_WEIGHTS, strict=True) if w and pools[f]]
        if not open_fields:
            return
        name = rng.choices([f for f, _ in open_fields], [w for _, w in open_fields])[0]
        sentence = pools[name].pop(rng.randrange(len(pools[name])))
        length += _add(draft.texts, name, sentence.format(**draft.places), rng)


def new_draft(rng: random.Random, themes: tuple[Theme, ...], weights: list[int], structure: str) -> Draft:
    """A fresh fiche of a random theme for a centre, filled up to a random target length."""
    theme = rng.choices(themes, weights)[0]
    places = _places(rng, structure)
    statut = "Terminée" if rng.random() < 0.25 else "En cours"
    draft = Draft(
        _title(rng, theme, places), structure, statut, _lists(rng, theme), theme=theme, places=places
    )
    if statut == "Terminée":
        _add(draft.texts, "raison_fin", rng.choice(GENERIC["raison_fin"]).format(**places), rng)
    if "Autre" in draft.lists["initiative"]:
        precision = rng.choice(GENERIC["initiative_precision"]).format(**places)
        _add(draft.texts, "initiative_precision", precision, rng)
    for name, sentences in _theme_texts(rng, theme).items():
        for sentence in sentences:
            _add(draft.texts, name, sentence.format(**places), rng)
    draft.texts["ressources_financieres"] = _budget(rng)
    draft.texts["personnes_mobilisees"] = _people(rng)
    _fill(rng, draft, _target_length(rng))
    return draft


def near_duplicate(rng: random.Random, original: Draft) -> Draft:
    """The same fiche (same centre and title) with one narrative line replaced by another sentence."""
    draft = copy.deepcopy(original)
    draft.repeated = True
    filled = [name for name in NARRATIVE_FIELDS if draft.texts.get(name)]
    name = rng.choice(filled)
    lines = draft.texts[name]
    row = rng.randrange(len(lines))
    old = lines[row]
    own = draft.theme.sentences() if draft.theme else ()
    pool = [s.format(**draft.places) for s in GENERIC.get(name) or own if "\n" not in s]
    candidates = [s for s in pool if s not in old and abs(len(s) - len(old)) < 200]
    lines[row] = rng.choice(candidates) if candidates else old + " (mise à jour)"
    return draft


# --- Stream --------------------------------------------------------------------------------------------


def generate_drafts(n: int, seed: int = 0, near_duplicates: bool = True) -> Iterator[Draft]:
    """Yield n drafts, deterministic for a seed; `near_duplicates=False` makes every (centre, title) unique."""
    themes = load_themes()
    weights = [t.weight for t in themes]
    rng = random.Random(seed)
    centres = make_centres(rng, max(1, n // 3))
    recent: deque[Draft] = deque(maxlen=_RECENT)
    taken: set[tuple[str, str]] = set()
    for _ in range(n):
        if near_duplicates and recent and rng.random() < NEAR_DUPLICATE_RATE:
            yield near_duplicate(rng, rng.choice(recent))
            continue
        draft = new_draft(rng, themes, weights, rng.choice(centres))
        draft.title = _unique_title(draft, taken)
        recent.append(draft)
        yield draft


def generate_fiches_text(n: int, seed: int = 0, near_duplicates: bool = True) -> Iterator[str]:
    """Yield n fiche blocks in the listing layout (without the file header), deterministic for a seed."""
    for draft in generate_drafts(n, seed, near_duplicates):
        yield render_block(draft)


def _unique_title(draft: Draft, taken: set[tuple[str, str]]) -> str:
    """The title, with « - édition N » when the centre already has it (compared as the parser does: case, accents, punctuation)."""
    title, edition = draft.title, 2
    while (draft.structure, normalise(title)) in taken:
        title, edition = f"{draft.title} - édition {edition}", edition + 1
    taken.add((draft.structure, normalise(title)))
    return title


def write_corpus(out: TextIO, n: int, seed: int = 0, stats: CorpusStats | None = None) -> int:
    """Write the header and n fiches to `out`; return the number of characters written."""
    out.write(HEADER + "\n")
    written = len(HEADER) + 1
    for draft in generate_drafts(n, seed):
        block = render_block(draft)
        out.write(block)
        written += len(block)
        if stats is not None:
            stats.near_duplicates += draft.repeated
            stats.themes[draft.theme.key if draft.theme else ""] += 1
            stats.titles.add(draft.title)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generate",
        description="Génère un export SENACS synthétique (format liste) pour les tests de charge.",
    )
    parser.add_argument("--fiches", type=int, required=True, help="nombre de fiches à générer")
    parser.add_argument("--seed", type=int, default=0, help="graine (même graine = même fichier)")
    parser.add_argument("--out", type=Path, help="fichier de sortie (défaut : sortie standard)")
    args = parser.parse_args(argv)
    if args.fiches < 0:
        parser.error("--fiches doit être positif ou nul")
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    start, stats = time.perf_counter(), CorpusStats()
    if args.out is None:
        chars = write_corpus(sys.stdout, args.fiches, args.seed, stats)
    else:
        with args.out.open("w", encoding="utf-8") as handle:
            chars = write_corpus(handle, args.fiches, args.seed, stats)
    elapsed = time.perf_counter() - start
    logger.info("%d fiches, %d characters, %.1f s -> %s", args.fiches, chars, elapsed, args.out or "stdout")
    logger.info("%s", stats.summary())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
