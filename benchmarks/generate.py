"""Synthetic SENACS listing export for scale tests.

    python -m benchmarks.generate --fiches 20000 [--seed 0] [--out fiches_20k.txt]

Writes N fiches in the listing layout of the real export, deterministically for a seed (one
`random.Random(seed)`, no other source of randomness). Text, titles and list values come from the sample
corpus `ingest/sample/fiches_exemple.txt`; centres are invented name combinations (about N/3 of them)
spread over the 101 départements. Lengths follow a log-normal law (median about 2,500 characters, bounded
900-9,400). About 1 % of fiches are near-duplicates: an earlier fiche again (same centre and title) with
one sentence changed, as happens when a fiche is edited and exported twice. Other (centre, title) pairs
are unique. Blocks are streamed: memory stays flat whatever N.
"""

from __future__ import annotations

import argparse
import copy
import logging
import math
import random
import sys
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from benchmarks.vocabulary import (
    BLOCK_START,
    CENTRE_KINDS,
    CENTRE_NAMES,
    CHARGES,
    DEPARTEMENTS,
    FINANCEURS,
    HEADER,
    LABEL_OF,
    NARRATIVE_FIELDS,
    SAMPLE_CORPUS,
    THEME_COMPLEMENTS,
    TITLE_HEADS,
    TOWN_SUFFIXES,
    Source,
    Vocabulary,
    load_vocabulary,
)

logger = logging.getLogger(__name__)

MIN_CHARS = 900
MAX_CHARS = 9400
MEDIAN_CHARS = 2500
LENGTH_SIGMA = 0.45
NEAR_DUPLICATE_RATE = 0.01
_RECENT = 64  # near-duplicates copy one of the last originals: bounded memory
_FILL_FIELDS = NARRATIVE_FIELDS
_FILL_WEIGHTS = (3, 6, 5, 1, 1, 1, 1, 1)


@dataclass
class Draft:
    """A fiche before rendering: list fields hold values, text fields hold lines."""

    title: str
    structure: str
    statut: str
    lists: dict[str, list[str]]
    texts: dict[str, list[str]] = field(default_factory=dict)


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


# --- Centres, titles, numbers --------------------------------------------------------------------------


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


def _title(rng: random.Random, src: Source, keywords: list[str]) -> str:
    if rng.random() < 0.3:
        title = src.title
    else:
        theme = rng.choice(keywords) if keywords else rng.choice(list(THEME_COMPLEMENTS))
        complements = THEME_COMPLEMENTS.get(theme) or THEME_COMPLEMENTS["Mixité sociale"]
        title = f"{rng.choice(TITLE_HEADS)} {rng.choice(complements)}"
    if rng.random() < 0.25:
        title += f" {rng.randrange(2012, 2025)}"
    return title


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


# --- One fiche -----------------------------------------------------------------------------------------


def _pick(rng: random.Random, values: tuple[str, ...], low: int, high: int) -> list[str]:
    """Between low and high distinct values, kept in vocabulary order (as the site lists them)."""
    chosen = set(rng.sample(values, min(len(values), rng.randint(low, high))))
    return [v for v in values if v in chosen]


def _lists(rng: random.Random, vocab: Vocabulary, src: Source) -> dict[str, list[str]]:
    v = vocab.values
    keywords = list(src.lists["mots_cles"]) or _pick(rng, v["mots_cles"], 1, 2)
    keywords = [k for k in keywords if rng.random() < 0.8] or keywords[:1]
    if rng.random() < 0.3:
        keywords += [k for k in _pick(rng, v["mots_cles"], 1, 1) if k not in keywords]
    public = list(src.lists["public"]) if rng.random() < 0.6 else _pick(rng, v["public"], 0, 2)
    return {
        "dimension": _pick(rng, v["dimension"], 0 if rng.random() < 0.1 else 1, 1),
        "mots_cles": keywords,
        "initiative": _pick(rng, v["initiative"], 1, 2),
        "territoire": _pick(rng, v["territoire"], 0 if rng.random() < 0.05 else 1, 1),
        "public": public,
        "partenaires": _pick(rng, v["partenaires"], 0 if rng.random() < 0.1 else 1, 4),
    }


def _sentence(rng: random.Random, vocab: Vocabulary, src: Source, name: str, used: set[str]) -> str:
    own = src.sentences.get(name, ())
    pool = own if own and rng.random() < 0.5 else vocab.sentences.get(name) or vocab.sentences["resume"]
    sentence = rng.choice(pool)
    for _ in range(3):
        if sentence not in used:
            break
        sentence = rng.choice(vocab.sentences.get(name) or vocab.sentences["resume"])
    used.add(sentence)
    return sentence


def _add(texts: dict[str, list[str]], name: str, sentence: str, rng: random.Random) -> int:
    """Append a sentence to a field (same line or new line); return the characters added."""
    lines = texts.setdefault(name, [])
    glue = lines and not lines[-1].startswith("- ") and not sentence.startswith("- ") and len(lines[-1]) < 600
    if glue and rng.random() < 0.6:
        lines[-1] += " " + sentence
    else:
        lines.append(sentence)
    return len(sentence) + 1


def _target_length(rng: random.Random) -> int:
    length = int(rng.lognormvariate(math.log(MEDIAN_CHARS), LENGTH_SIGMA))
    return min(max(length, MIN_CHARS + 50), MAX_CHARS - 600)


def new_draft(rng: random.Random, vocab: Vocabulary, structure: str) -> Draft:
    """A fresh fiche for a centre, filled with sentences up to a random target length."""
    src = rng.choice(vocab.sources)
    lists = _lists(rng, vocab, src)
    statut = "Terminée" if rng.random() < 0.25 else "En cours"
    draft = Draft(_title(rng, src, lists["mots_cles"]), structure, statut, lists)
    used: set[str] = set()
    if statut == "Terminée":
        _add(draft.texts, "raison_fin", _sentence(rng, vocab, src, "raison_fin", used), rng)
    if "Autre" in lists["initiative"]:
        _add(
            draft.texts, "initiative_precision", _sentence(rng, vocab, src, "initiative_precision", used), rng
        )
    draft.texts["ressources_financieres"] = _budget(rng)
    draft.texts["personnes_mobilisees"] = _people(rng)
    for name in NARRATIVE_FIELDS:
        if rng.random() < (0.9 if name in NARRATIVE_FIELDS[:3] else 0.7):
            _add(draft.texts, name, _sentence(rng, vocab, src, name, used), rng)
    length, target = len(render_block(draft)), _target_length(rng)
    while length < target:
        name = rng.choices(_FILL_FIELDS, _FILL_WEIGHTS)[0]
        length += _add(draft.texts, name, _sentence(rng, vocab, src, name, used), rng)
    return draft


def near_duplicate(rng: random.Random, vocab: Vocabulary, original: Draft) -> Draft:
    """The same fiche (same centre and title) with one narrative sentence replaced by another one."""
    draft = copy.deepcopy(original)
    filled = [name for name in NARRATIVE_FIELDS if draft.texts.get(name)]
    name = rng.choice(filled)
    lines = draft.texts[name]
    row = rng.randrange(len(lines))
    old = lines[row]
    candidates = [s for s in vocab.sentences.get(name, ()) if s != old and abs(len(s) - len(old)) < 200]
    lines[row] = rng.choice(candidates) if candidates else old + " (mise à jour)"
    return draft


# --- Stream --------------------------------------------------------------------------------------------


def generate_fiches_text(n: int, seed: int = 0, vocabulary: Vocabulary | None = None) -> Iterator[str]:
    """Yield n fiche blocks in the listing layout (without the file header), deterministic for a seed."""
    vocab = vocabulary or load_vocabulary(SAMPLE_CORPUS)
    rng = random.Random(seed)
    centres = make_centres(rng, max(1, n // 3))
    recent: deque[Draft] = deque(maxlen=_RECENT)
    taken: set[tuple[str, str]] = set()
    for _ in range(n):
        if recent and rng.random() < NEAR_DUPLICATE_RATE:
            yield render_block(near_duplicate(rng, vocab, rng.choice(recent)))
            continue
        draft = new_draft(rng, vocab, rng.choice(centres))
        draft.title = _unique_title(draft, taken)
        recent.append(draft)
        yield render_block(draft)


def _unique_title(draft: Draft, taken: set[tuple[str, str]]) -> str:
    title, edition = draft.title, 2
    while (draft.structure, title) in taken:
        title, edition = f"{draft.title} - édition {edition}", edition + 1
    taken.add((draft.structure, title))
    return title


def write_corpus(out: TextIO, n: int, seed: int = 0) -> int:
    """Write the header and n fiches to `out`; return the number of characters written."""
    out.write(HEADER + "\n")
    written = len(HEADER) + 1
    for block in generate_fiches_text(n, seed):
        out.write(block)
        written += len(block)
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
    start = time.perf_counter()
    if args.out is None:
        chars = write_corpus(sys.stdout, args.fiches, args.seed)
    else:
        with args.out.open("w", encoding="utf-8") as handle:
            chars = write_corpus(handle, args.fiches, args.seed)
    elapsed = time.perf_counter() - start
    logger.info("%d fiches, %d characters, %.1f s -> %s", args.fiches, chars, elapsed, args.out or "stdout")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
