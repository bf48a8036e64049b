"""Records of the assistant side: the analysed `Query`, a retrieval `Hit`, and the `Answer` with citations.

Citations are built from fiche metadata carried through unchanged, never re-parsed from generated text.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, Field

from ingest import fields
from ingest.models import Chunk, Fiche

# A facet field of the schema (`ingest/fields.py`): any other name is a validation error.
FacetField = Annotated[str, AfterValidator(fields.require_facet)]

Intent = Literal["list", "count", "lookup", "similar", "aggregate", "search", "compare", "rank", "lessons"]


class FacetMatch(BaseModel):
    """One facet recognised in a question: the field, the corpus value(s), and the words that triggered it."""

    field: FacetField
    values: list[str] = Field(description="Corpus values (exact strings as indexed); any of them matches")
    trigger: str = Field(description="The words of the question that triggered this facet")
    also: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Values of other fields the same words name (« familles »: public and mots-clés): "
        "one facet, a fiche having any value of any of its fields has it",
    )

    def pairs(self) -> list[tuple[str, list[str]]]:
        """(field, values) of every field this facet matches on, its own first."""
        return [(self.field, self.values), *self.also.items()]


class Query(BaseModel):
    text: str = Field(description="The question (standalone, after follow-up resolution)")
    facets: list[FacetMatch] = Field(default_factory=list)
    intent: Intent = "search"
    lookup_field: str = Field(
        "",
        description="For intent 'lookup': the Fiche field asked for, e.g. 'ressources_financieres'; "
        "'rank' (and 'compare'): the typed figure ranked on, e.g. 'budget'; 'lessons': the field asked",
    )
    group_by: str = Field(
        "", description="For intent 'aggregate': the facet field to count by, e.g. 'departement'"
    )
    keywords: str = Field(
        "", description="The question with facet and stop words removed, for the text search"
    )


class Hit(BaseModel):
    """One fiche returned by retrieval."""

    fiche: Fiche
    score: float
    matched_facets: list[FacetMatch] = Field(default_factory=list)
    passage: Chunk | None = Field(
        None, description="Best passage of the fiche for this query (for the snippet)"
    )

    @property
    def fiche_id(self) -> str:
        return self.fiche.id


class NamedLink(BaseModel):
    """A project named in the question (« le budget du projet X »), linked to fiche titles (`assistant.linking`)."""

    mention: str = Field(description="The words of the question naming it")
    fiche_ids: list[str] = Field(
        default_factory=list, description="Linked fiches, best first; empty: no fiche has that title"
    )
    near_duplicates: list[str] = Field(
        default_factory=list, description="Linked fiches of one centre with near-identical titles (flagged)"
    )
    focus: bool = Field(False, description="The question is about these fiches only")


class SearchResult(BaseModel):
    """Retrieval output: hits in rank order, or `no_match` when nothing is relevant."""

    query: Query
    hits: list[Hit] = Field(default_factory=list)
    no_match: bool = False
    suggestions: list[Hit] = Field(default_factory=list, description="Closest fiches when no_match is set")
    missing: list[str] = Field(
        default_factory=list, description="When no_match: what no fiche covers (topic words, absent entities)"
    )
    missing_kind: str = Field(
        "", description="When no_match: 'topic', 'entity', 'criteria' (no fiche has every facet) or 'title'"
    )
    total_matching: int = Field(0, description="Number of fiches matching all facets (exact, not top-k)")
    counts_by_value: dict[str, int] = Field(
        default_factory=dict,
        description="A count naming several values of one field: the fiches of each value",
    )
    named: NamedLink | None = Field(None, description="A project the question names by its title")


class Citation(BaseModel):
    n: int
    fiche_id: str
    title: str
    centre: str
    departement: str
    url: str = Field(description="SENACS page when known, else the app's page '/fiche/<id>'")


class TableRow(BaseModel):
    """One row of a count/aggregate table: a value of the grouped field and its number of fiches."""

    valeur: str = Field(description="A value of the field counted by (« (non renseigné) » when empty)")
    fiches: int = Field(description="Number of matching fiches having this value")


class Answer(BaseModel):
    text: str = Field(description="Markdown, French")
    citations: list[Citation] = Field(default_factory=list)
    mode: Literal["extractive", "llm"] = "extractive"
    warnings: list[str] = Field(default_factory=list)
    query: Query | None = None
    hits: list[Hit] = Field(
        default_factory=list, description="The hits the citations point to, in citation order"
    )
    table: list[TableRow] = Field(default_factory=list, description="Rows of a count/aggregate answer")


class Turn(BaseModel):
    """One exchange of a conversation, kept so that follow-ups can be resolved."""

    question: str = Field(description="The question as the user asked it")
    answer: Answer
    note: str = Field("", description="Shown after the question, e.g. « *(filtre retiré : « CAF »)* »")
    error: str = Field("", description="Why answering failed (the answer says so); empty if it did not")

    @property
    def shown(self) -> str:
        """The question as the chat shows it."""
        return f"{self.question}\n\n{self.note}" if self.note else self.question
