"""Towns named in a question (« à Bagnolet », « au Havre »), resolved against the corpus.

    towns = CorpusTowns(fiches)
    towns.resolve(["Le Havre"])   # TownFacet(field="centre", values=[centres located in Le Havre])

A town (a commune of `ingest.places`, the official list) becomes, in this order:
1. the centres located there: a centre line naming the town (`places_in_centre`) or a fiche text naming it
   (« à Millau », « la Ville de Millau » in its results) in the fiche's own département — facet `centre`;
2. else its département when some fiche is there — facet `departement` (« Bagnolet » → Seine-Saint-Denis);
   `assistant.facets` keeps it only when some fiche writes the town's words: a town no fiche is located in nor
   names is an absent place (« à Rouen »: the fiches of Le Havre are not cited as Rouen's);
3. else an absent place: no fiche is there, the question is answered « aucune fiche » (`assistant.facets`
   reads it as a plain word instead when some fiche writes it: a fiche with no centre line may be there).
A name written short (« à Champigny ») also names the town of 10,000 inhabitants or more it begins
(Champigny-sur-Marne: `places.communes_headed`), after the communes of that exact name.
An ordinary word that is also a small commune (« Mars », « Marie », `ingest.places.COMMON_WORDS`) names a town only
when the town has 10,000 inhabitants or more (« au Port », La Réunion).
The town table is built lazily, at the first town a question names (reading the communes list takes ~2 s).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ingest import places
from ingest.lemmas import is_french
from ingest.models import Fiche
from ingest.text import normalise

logger = logging.getLogger(__name__)

# A town in a lowercase question (no capital to tell a name from a word: « a eu lieu », « a la mer ») must be
# this big.
LOWERCASE_POPULATION = places.BIG_TOWN


@dataclass(frozen=True)
class TownFacet:
    field: str  # "centre" or "departement"; "" when no fiche is there (absent place)
    values: tuple[str, ...]
    town: str  # official name of the town


class CorpusTowns:
    """Where the corpus's fiches are, town by town (see the module docstring)."""

    def __init__(self, fiches: Iterable[Fiche]):
        self._fiches = list(fiches)
        self._centres: dict[str, set[str]] | None = None
        self._departements = {f.departement_code: f.departement for f in self._fiches if f.departement_code}

    def communes(self, name: str, capitalised: bool) -> list[places.Commune]:
        """Communes called `name` (normalised words); [] when none, or when the list is unavailable."""
        try:
            found = places.communes(name) + _headed(name)
        except places.PlacesUnavailable as err:
            logger.warning("towns in questions ignored: %s", err)
            return []
        if not capitalised:
            found = [c for c in found if c.population >= LOWERCASE_POPULATION]
        if (
            places.key(name) in places.COMMON_WORDS
        ):  # « vers Mars », « du côté de Marie »: a word, not a village
            found = [c for c in found if c.population >= places.TOWN]
        return found

    def resolve(self, communes: list[places.Commune]) -> TownFacet:
        """The facet a town names (see the module docstring); `communes` are its homonyms, largest first."""
        town = communes[0].name
        centres = set().union(*(self.centres().get(places.key(c.name), set()) for c in communes))
        if centres:
            return TownFacet("centre", tuple(sorted(centres)), town)
        for commune in sorted(communes, key=lambda c: -c.population):
            name = self._departements.get(commune.departement)
            if name:
                return TownFacet("departement", (name,), town)
        return TownFacet("", (), town)

    def written(
        self, words: list[str], capitals: list[bool], longest: int = 3
    ) -> list[tuple[int, int, TownFacet]]:
        """Towns written with capitals in a run of normalised words (« Saint-Étienne », « Agen »): (start, end,
        département facet) of each, the longest name first at each word (« Le Havre »). A centre named after
        its town (« … PIOCHE, METZ ») is found by its name's words (`assistant.references`)."""
        found, i = [], 0
        while i < len(words):
            end = next(
                (
                    e
                    for e in range(min(len(words), i + longest), i, -1)
                    if capitals[i] and capitals[e - 1] and self.communes(" ".join(words[i:e]), True)
                ),
                None,
            )
            if end is None:
                i += 1
                continue
            found.append((i, end, self.departement(self.communes(" ".join(words[i:end]), True))))
            i = end
        return found

    def written_in_base(
        self, communes: list[places.Commune], known: Callable[[str], bool]
    ) -> TownFacet | None:
        """The facet of a town a question names without a preposition (« the Millau health day »), or None: only
        a town the base writes (`known`), never an ordinary word (« Place », « Mars »); its centres, else its
        département when the town has 10,000 inhabitants or more and some fiche is there."""
        town = communes[0].name
        words = normalise(town).split()
        if places.key(town) in places.COMMON_WORDS or (len(words) == 1 and is_french(words[0])):
            return None
        if not known(town):
            return None
        centres = set().union(*(self.centres().get(places.key(c.name), set()) for c in communes))
        if centres:
            return TownFacet("centre", tuple(sorted(centres)), town)
        if max(c.population for c in communes) < places.TOWN:
            return None
        facet = self.departement(communes)
        return facet if facet.field else None

    def departement(self, communes: list[places.Commune]) -> TownFacet:
        """The département of a town when some fiche is there (largest homonym first), without reading the
        fiches' texts (`resolve` builds the town table: seconds at 20,000 fiches)."""
        for commune in sorted(communes, key=lambda c: -c.population):
            name = self._departements.get(commune.departement)
            if name:
                return TownFacet("departement", (name,), commune.name)
        return TownFacet("", (), communes[0].name)

    def centres(self) -> dict[str, set[str]]:
        """Town key → the centres located there (centre line, or a town of the fiche's département in its text)."""
        if self._centres is None:
            table: dict[str, set[str]] = defaultdict(set)
            for fiche in self._fiches:
                for town in _towns_of(fiche):
                    table[places.key(town)].add(fiche.centre)
            self._centres = dict(table)
            logger.info("town table: %d towns", len(table))
        return self._centres


def _headed(name: str) -> list[places.Commune]:
    """The town a name writes short (« à Champigny » → Champigny-sur-Marne), when all such towns of 10,000
    inhabitants or more are in one département (« Noisy »: both in Seine-Saint-Denis; « Neuilly »: none)."""
    headed = places.communes_headed(name)
    return headed if len({c.departement for c in headed}) == 1 else []


def _towns_of(fiche: Fiche) -> set[str]:
    if not fiche.centre or not fiche.departement_code:
        return set()
    mentions = places.places_in_centre(fiche.centre)
    text = " ".join(
        [fiche.title, fiche.resume, fiche.description_experience, fiche.description_generale]
        + [fiche.resultat_territoire, fiche.resultat_centre, fiche.resultat_habitants]
    )
    mentions += [m for m in places.find_places(text) if m.kind == "ville"]
    # « Financement CAF et mairie de St Etienne » in its resources: a town's municipality as a partner, as the
    # partner extraction wrote it, places the centre there (only the written name is read: cheap at scale)
    written = {cite.ecrit for cite in fiche.partenaires_cites_phrases}
    mentions += [m for name in written for m in places.find_places(name) if m.kind == "ville"]
    towns = set()
    for mention in mentions:
        if fiche.departement_code in (mention.candidates or (mention.departement,)):
            towns.add(mention.town)
        else:  # « la mairie de Champigny » in a centre of the Val-de-Marne: Champigny-sur-Marne
            towns.update(
                c.name
                for c in places.communes_headed(mention.town)
                if c.departement == fiche.departement_code
            )
    return towns
