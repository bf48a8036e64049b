"""The kinds of structure the base's centres are, with their usual abbreviations — one table.

SENACS records centres sociaux and espaces de vie sociale: their abbreviations (« CSC », « EVS ») name every fiche's
centre, never a partner or a topic. The other kinds (« la MPT de Kervénanec », « la MJC ») are what some centres are
called, and may also be a partner of another centre.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StructureKind:
    abbreviation: str  # folded
    name: str
    recorded: bool  # a kind SENACS records: every fiche's centre is one


KINDS = (
    StructureKind("cs", "centre social", True),
    StructureKind("csc", "centre socioculturel", True),
    StructureKind("evs", "espace de vie sociale", True),
    StructureKind("mpt", "maison pour tous", False),
    StructureKind("mjc", "maison des jeunes et de la culture", False),
    StructureKind("mdh", "maison des habitants", False),
    StructureKind("mdq", "maison de quartier", False),
)
# Abbreviation → name of every kind.
NAMES = {kind.abbreviation: kind.name for kind in KINDS}
# Abbreviations of the kinds SENACS records.
RECORDED = frozenset(kind.abbreviation for kind in KINDS if kind.recorded)
