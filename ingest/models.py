"""Typed records that flow through the pipeline: `Fiche` (one SENACS action) and `Chunk`.

These records are the contract between `ingest/`, `vectorstore/` and `assistant/`:
field names are snake_case ASCII and are also the JSON keys of `python -m ingest parse --jsonl`.
"""

from __future__ import annotations

import hashlib
import json

from pydantic import BaseModel, Field, model_validator

from ingest import amounts, fields
from ingest.amounts import Amount
from ingest.text import fiche_id_of

# Human labels (French) of every content field, derived from the schema (`ingest/fields.py`).
FIELD_LABELS: dict[str, str] = fields.labels()

# Fields that are bookkeeping, not content: excluded from the content hash.
_NON_CONTENT = {"id", "content_hash", "source_file", "source_line", "warnings"}


class PartenaireCite(BaseModel):
    """A partner named in a fiche's text: its canonical name (a value of `Fiche.partenaires_cites`), the words
    written and the sentence it came from (`ingest/partners.py`)."""

    nom: str = Field(
        description="Canonical name: 'Caf', 'Commune', 'Bailleur social', or the organisation's own"
    )
    ecrit: str = Field("", description="As written: 'CAF', 'Ville de Montreuil'")
    phrase: str = Field("", description="The sentence it came from, clipped around the mention when long")


class Fiche(BaseModel):
    """One fiche action, every field of every SENACS layout (empty when the layout lacks it)."""

    id: str = Field("", description="Stable id: 'senacs-<n>' or 'f-<hash of centre+title>'")
    title: str = ""
    titre_manquant: str = Field(
        "", description="When the page had no title: where the stand-in title comes from"
    )
    centre: str = Field("", description="Centre name, without the département suffix")
    departement: str = Field("", description="Normalised département name, e.g. 'Haute-Garonne'")
    departement_ecrit: str = Field("", description="Département as written in the source")
    departement_code: str = Field("", description="INSEE code: '31', '2A', '974'")
    region: str = Field("", description="2016 région, e.g. 'Occitanie'")
    departement_infere: str = Field("", description="Town the département was inferred from, e.g. 'Ecully'")
    statut: str = ""
    raison_fin: str = ""
    dimension: list[str] = Field(default_factory=list)
    mots_cles: list[str] = Field(default_factory=list)
    resume: str = ""
    initiative: list[str] = Field(default_factory=list)
    initiative_precision: str = ""
    territoire: list[str] = Field(default_factory=list)
    description_experience: str = ""
    public: list[str] = Field(default_factory=list)
    partenaires: list[str] = Field(default_factory=list)
    partenaires_cites: list[str] = Field(default_factory=list, description="Partners named in the text")
    partenaires_cites_phrases: list[PartenaireCite] = Field(
        default_factory=list, description="Each cited partner with the sentence it came from"
    )
    description_generale: str = ""
    ressources_financieres: str = ""
    personnes_mobilisees: str = ""
    # Typed figures (`ingest/amounts.py`), derived from the fields above when the fiche is built.
    budget: Amount | None = Field(None, description="Total budget in €, with its sentence and basis")
    nb_benevoles: Amount | None = Field(None, description="Volunteers mobilised")
    nb_salaries: Amount | None = Field(None, description="Salaried staff and professionals mobilised")
    nb_mobilises: Amount | None = Field(None, description="All the people mobilised")
    nb_participants: Amount | None = Field(None, description="Participants, people reached")
    resultat_territoire: str = ""
    resultat_centre: str = ""
    resultat_habitants: str = ""
    limites: str = ""
    perspectives: str = ""
    themes: list[str] = Field(default_factory=list)
    diagnostic: str = ""
    impacts: str = ""
    facteurs_reussite: str = ""
    annee: int | None = None
    source_url: str = Field("", description="SENACS page of the fiche when known")
    source_file: str = ""
    source_line: int = 0
    content_hash: str = ""

    @model_validator(mode="after")
    def _typed_figures(self) -> Fiche:
        """Fill the typed figures from the text unless they were given (a fiche read back from the store)."""
        if not self.model_fields_set.intersection(amounts.AMOUNT_FIELDS):
            for name, value in amounts.derive_from(lambda field: getattr(self, field)).items():
                setattr(self, name, value)
        return self

    def compute_hash(self) -> str:
        """sha256 over the content fields only (not id, file, line), stable across re-exports."""
        data = self.model_dump(exclude=_NON_CONTENT)
        raw = json.dumps(data, ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]

    def with_hash(self) -> Fiche:
        return self.model_copy(update={"content_hash": self.compute_hash()})

    @property
    def structure(self) -> str:
        """The centre line as SENACS prints it: 'CENTRE - Département'."""
        if self.departement_ecrit:
            return f"{self.centre} - {self.departement_ecrit}"
        return self.centre


class Chunk(BaseModel):
    """A self-contained passage of one fiche. `metadata` carries the fiche's facets unchanged."""

    id: str = Field(description="'<fiche id>#<section>#<n>'")
    text: str
    metadata: dict = Field(default_factory=dict)

    @property
    def fiche_id(self) -> str:
        return self.metadata.get("fiche_id", fiche_id_of(self.id))
