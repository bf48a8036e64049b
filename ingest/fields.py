"""The one field schema: every fact about a fiche field lives in its `FicheField` entry of `FIELDS`.

    from ingest import fields
    fields.list_fields()               # ('dimension', 'mots_cles', ...)   list-valued Fiche fields
    fields.label("ressources_financieres")   # 'Ressources financières mobilisées'
    fields.facet_fields()              # facets in tie-break priority order
    fields.filter_fields()             # the UI dropdowns, in display order
    fields.lookup_patterns()           # [(regex, field), ...]: question words asking for one field

An entry says the field's kind, its French display label, the labels SENACS prints for it per page
layout, and what the assistant does with it: facet (how questions name it, its labels), UI filter,
group-by of a count, lookup target (question words), chunk section, Chroma metadata. Parsing
(`layouts.py`), chunking, facet matching, query analysis, answers and the UI derive their tables from
here, so adding a facet or a lookup field is one entry. Pure data: importing it is instant.
Entries are in `Fiche` order, which is also the order of the fiche page and of the listing layout.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

# Kinds: free text, a one-line value, a list of labels, a number, a label whose value is dropped.
TEXT, VALUE, LIST, NUMBER, IGNORE = "text", "value", "list", "number", "ignore"
# How a question names a facet value: by the corpus values, by the geography table, by centre names.
VALUES, PLACES, CENTRES = "values", "places", "centres"


@dataclass(frozen=True)
class Facet:
    """A field the assistant filters and matches questions on."""

    rank: int  # priority when phrases of two fields tie (1 wins)
    label: str  # capitalised, for filters and facet chips: « Mots clés »
    word: str  # inside a sentence: « mots-clés Parentalité », « partenaire Caf »
    named_by: str = VALUES
    cue: str = ""  # a cue word the question must hold elsewhere (facets.py `_cue_ok`)
    filter: int = 0  # position of its UI dropdown (0: no dropdown)
    also_reads: tuple[
        str, ...
    ] = ()  # other Fiche fields whose values count as this facet's (`facet_sources`)


@dataclass(frozen=True)
class Lookup:
    """A field a question can ask for about one fiche (« le budget de… »)."""

    rank: int  # the first matching field wins
    pattern: str = ""  # regex on the normalised question (`query.detect_intent`)
    # Bare words enough once a follow-up points at one fiche (« le public de la 2 ») — too vague in a
    # fresh question, hence not in `pattern`.
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class GroupBy:
    """A field an aggregate answer can count by."""

    label: str  # « Répartition par mot-clé »
    nouns: str = ""  # regex of the nouns asking for it (« par département »); "" = none
    rank: int = 0  # the first matching noun pattern wins


@dataclass(frozen=True)
class Measure:
    """A typed figure read at ingest (`ingest/amounts.py`) that questions rank and compare on."""

    rank: int  # when a question names several measures, the lowest rank wins
    words: (
        str  # regex of the words naming it after a superlative (« le plus de bénévoles », « le plus cher »)
    )
    verbs: str = ""  # regex of the verbs naming it before one (« a coûté le plus », « a mobilisé le plus »)
    unit: str = ""  # « € » for money, "" for a count of people
    noun: str = ""  # how an answer names it: « budget total », « nombre de bénévoles »


@dataclass(frozen=True)
class FicheField:
    name: str
    kind: str
    label: str  # French display label: fiche page, chunk text (`Label : value`), lookup answers
    listing: str = ""  # label in the listing layouts (seed)
    legacy: str = ""  # label in the legacy /action/show page
    aliases: tuple[str, ...] = ()  # other spellings the parser accepts
    identity: bool = False  # says which fiche (title, centre, place): chunk header, not body
    facet: Facet | None = None
    lookup: Lookup | None = None
    group: GroupBy | None = None
    section: str = ""  # chunk section holding it ("" : none)
    section_rank: int = 0  # position inside the section
    metadata: bool = False  # copied into each chunk's (Chroma) metadata
    # Filled by the parser from the fiche's own text or centre line (`ingest/enrich.py`), never read from
    # a label nor written back by `render.py`: partners cited in the text, an inferred département, a
    # stand-in title.
    derived: bool = False
    measure: Measure | None = None  # a typed figure questions can rank on (kind NUMBER)


_F = FicheField
FIELDS: tuple[FicheField, ...] = (
    _F("title", VALUE, "Titre", identity=True, metadata=True),
    # Where a stand-in title comes from when the page was cut before its title (« titre repris de … »).
    _F("titre_manquant", VALUE, "Titre manquant", identity=True, derived=True),
    _F("centre", VALUE, "Structure organisatrice", listing="Structure organisatrice", identity=True,
       facet=Facet(10, "Centre", "centre", named_by=CENTRES),
       group=GroupBy("centre", r"centres?|structures?|centers?", 9), metadata=True),
    _F("departement", VALUE, "Département", identity=True,
       facet=Facet(9, "Département", "département", named_by=PLACES, filter=2),
       group=GroupBy("département", r"departements?|departments?", 4), metadata=True),
    _F("region", VALUE, "Région", identity=True,
       facet=Facet(8, "Région", "région", named_by=PLACES, filter=1),
       group=GroupBy("région", r"regions?", 5), metadata=True),
    # The town the département was inferred from (« Ecully »), when the centre line gave none.
    _F("departement_infere", VALUE, "Département déduit de la ville", identity=True, derived=True),
    _F("fichiers", IGNORE, "Fichier(s) associé(s)", listing="Fichier(s) associé(s)"),
    # The legacy page's tail: `Structure organisatrice` / centre line / `Publié par` / a (masked) person's name,
    # never kept; a date there gives the year when nothing else does (`parser._set_year`).
    _F("publie_par", IGNORE, "Publié par", legacy="Publié par"),
    _F("statut", VALUE, "Statut de l'action", listing="Statut de l'action",
       facet=Facet(5, "Statut", "statut", filter=6), lookup=Lookup(14, words=("statut",)),
       group=GroupBy("statut", r"statuts?|status", 6), section="resume", section_rank=1, metadata=True),
    _F("raison_fin", TEXT, "Raisons pour lesquelles l'action est terminée",
       listing="Raisons pour lesquelles l'action est terminée",
       lookup=Lookup(4, r"(pourquoi|pour quelles? raisons?) .*\b(termine|arrete|fini|stoppe|cesse|pris fin)\w*"
                    r"|(termine|arrete|fini|stoppe|cesse|pris fin)\w* pour quelles? raisons?"
                    r"|raisons? de (la )?fin|why .*(ended|stopped)"),
       section="resume", section_rank=2),
    _F("dimension", LIST, "Dimension", listing="Dimension", facet=Facet(4, "Dimension", "dimension"),
       group=GroupBy("dimension", r"dimensions?", 7), section="resume", section_rank=3, metadata=True),
    _F("mots_cles", LIST, "Mots clés", listing="Mots clés associés à l'action",
       legacy="Mots clés associés à l'actions", facet=Facet(1, "Mots clés", "mots-clés", filter=3),
       group=GroupBy("mot-clé", r"themes?|mots? cles?|sujets?|thematiques?|topics?|keywords?", 3),
       metadata=True),
    _F("resume", TEXT, "Résumé", listing="Résumé",
       lookup=Lookup(13, r"resume|en quoi consiste|de quoi s agit|summary|what is"),
       section="resume", section_rank=5),
    _F("initiative", LIST, "Qui est à l'initiative de l'action ?",
       listing="Qui est à l'initiative de l'action ?",
       facet=Facet(7, "Initiative", "initiative", cue="initiative"),
       lookup=Lookup(3, r"qui est a l initiative|a l initiative de qui|a l origine|qui a (lance|initie|eu l idee)"
                     r"|who started|who initiated"),
       group=GroupBy("initiative"), section="acteurs", section_rank=1, metadata=True),
    _F("initiative_precision", TEXT, "Précision (si autre)", listing="Précision ( si autre )",
       section="acteurs", section_rank=2),
    _F("territoire", LIST, "Territoire concerné", listing="Territoire concerné",
       facet=Facet(6, "Territoire", "territoire", cue="territory"),
       group=GroupBy("territoire", r"territoires?", 8), section="acteurs", section_rank=3, metadata=True),
    _F("description_experience", TEXT, "Description de l'expérience",
       listing="Description de l'expérience, ses objectifs, ses acteurs et ses différentes phases.",
       lookup=Lookup(12, r"objectifs?|deroulement|comment s est deroule|phases|etapes|goals?|objectives?|how did"),
       section="resume", section_rank=7),
    _F("public", LIST, "Public", listing="Public", facet=Facet(2, "Public", "public", filter=5),
       lookup=Lookup(11, r"pour qui|a qui s adresse|quel (est le )?public|public (vise|cible)|audience|target",
                     ("public",)),
       group=GroupBy("public", r"publics?|audiences?", 2), section="acteurs", section_rank=4, metadata=True),
    _F("partenaires", LIST, "Partenaires d'action", listing="Avec qui cette action a-t-elle été menée ?",
       facet=Facet(3, "Partenaires", "partenaire", filter=4, also_reads=("partenaires_cites",)),
       lookup=Lookup(10, r"partenaires|avec qui|partners|with whom", ("partenaires",)),
       group=GroupBy("partenaire", r"partenaires?|partners?", 1), section="acteurs", section_rank=5,
       metadata=True),
    # Partners named in the text (canonical names, `ingest/partners.py`); each one's sentence is in
    # `Fiche.partenaires_cites_phrases`.
    _F("partenaires_cites", LIST, "Partenaires cités dans le texte", derived=True),
    _F("description_generale", TEXT, "Description générale", listing="Description générale",
       section="resume", section_rank=6),
    _F("ressources_financieres", TEXT, "Ressources financières mobilisées",
       listing="Ressources financières mobilisées pour cette action",
       lookup=Lookup(1, r"budget|cout(?!ur)\w*|montant|subventions?|argent|euros?|ressources financieres"
                     r"|combien (a|a t il|a t elle) coute|financement|financeurs?|qui finance|cost|costs|funding"
                     r"|money|spent|funders?",
                     ("budget", "financement", "cout")),
       section="acteurs", section_rank=6),
    _F("personnes_mobilisees", TEXT, "Nombre de personnes mobilisées",
       listing="Nombre de personnes mobilisés pour cette action",
       aliases=("Nombre de personnes mobilisées pour cette action",),
       lookup=Lookup(2, r"benevoles?|salaries?|personnes mobilisees|professionnels|volunteers?|staff"
                     r"|moyens humains|how many people|combien (de|d) (personnes|familles|participants"
                     r"|habitants|jeunes|enfants|beneficiaires|adherents)",
                     ("benevoles", "personnes", "salaries")),
       section="acteurs", section_rank=7),
    # Typed figures read from the two fields above — or, when they give none, from the text — by
    # `ingest/amounts.py` when a `Fiche` is built: an `Amount` (value, sentence, source field, basis).
    _F("budget", NUMBER, "Budget total (€)", derived=True, metadata=True,
       measure=Measure(1, r"budgets?|cher|chere|chers|cheres|couteu\w*|onereu\w*|cout(?!ur)\w*|depenses?|montants?"
                       r"|argent|dote\w*|financ\w*|expensive|costly|cost",
                       r"coute|coutent|coutait|depense\w*|cost", "€",
                       "budget total")),
    _F("nb_benevoles", NUMBER, "Bénévoles mobilisés", derived=True, metadata=True,
       measure=Measure(2, r"benevoles?|volontaires?|volunteers?", noun="nombre de bénévoles")),
    _F("nb_salaries", NUMBER, "Salariés et professionnels mobilisés", derived=True, metadata=True,
       measure=Measure(3, r"salaries?|professionnels?|permanents?|etp|employes?|staff|employees",
                       noun="nombre de salariés et professionnels")),
    _F("nb_mobilises", NUMBER, "Personnes mobilisées (total)", derived=True, metadata=True,
       measure=Measure(4, r"personnes mobilisees|moyens humains", r"mobilise\w*", noun="nombre de personnes mobilisées")),
    _F("nb_participants", NUMBER, "Participants et personnes touchées", derived=True, metadata=True,
       measure=Measure(5, r"participants?|beneficiaires?|inscrits?|monde|personnes|gens|habitants|familles|jeunes"
                       r"|enfants|public|frequentation|people|participants|attendance",
                       r"touche\w*|accueilli\w*|reuni\w*|attire\w*|rassemble\w*|venu\w*|reached|attracted",
                       noun="nombre de participants")),
    _F("resultat_territoire", TEXT, "Résultat sur le territoire", listing="Résultat sur le territoire",
       lookup=Lookup(7, r"resultats?|impacts?|effets|bilan|qu a donne|ca a donne|outcomes?|results?"),
       section="resultats", section_rank=2),
    _F("resultat_centre", TEXT, "Résultat pour le centre social", listing="Résultat pour le centre social",
       lookup=Lookup(6, r"resultats? pour le centre"), section="resultats", section_rank=3),
    _F("resultat_habitants", TEXT, "Résultat pour les habitants", listing="Résultat pour les habitants",
       lookup=Lookup(5, r"resultats? pour les habitants|effets? sur les habitants", ("resultats",)),
       section="resultats", section_rank=4),
    _F("limites", TEXT, "Limites", listing="Suite de l'action : Limites",
       legacy="Quelles sont les limites de cette expérience ?",
       lookup=Lookup(8, r"limites?|difficultes|freins?|obstacles?|limits?|difficulties|weaknesses", ("limites",)),
       section="resultats", section_rank=7),
    _F("perspectives", TEXT, "Perspectives", listing="Suite de l'action : Perspectives",
       lookup=Lookup(9, r"perspectives?|suites?|avenir|prochaines etapes|next steps|future", ("perspectives",)),
       section="resultats", section_rank=8),
    _F("themes", LIST, "Thèmes", legacy="Thèmes", section="resume", section_rank=4),
    _F("diagnostic", TEXT, "Éléments de diagnostic",
       legacy="Quels furent les éléments de diagnostic à l'origine de l'expérience ?",
       section="resultats", section_rank=1),
    _F("impacts", TEXT, "Impacts",
       legacy="Quels sont les impacts ou effets positifs produits par cette expérience au niveau du public,"
       " du centre social ou de l'environnement ?",
       section="resultats", section_rank=5),
    _F("facteurs_reussite", TEXT, "Facteurs de réussite",
       legacy="Quels furent les facteurs de réussite de cette expérience ?", section="resultats", section_rank=6),
    # No SENACS page prints « Année » as a label: `render.py` writes it so that `annee` survives a round trip.
    _F("annee", NUMBER, "Année", aliases=("Année",), group=GroupBy("année"), metadata=True),
)  # fmt: skip
BY_NAME: dict[str, FicheField] = {f.name: f for f in FIELDS}


def get(name: str) -> FicheField:
    """The entry of a field; KeyError naming the known fields when there is none."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown fiche field {name!r}; known: {', '.join(BY_NAME)}") from None


# -- fields of the Fiche ---------------------------------------------------------------------------


@cache
def fiche_fields() -> tuple[str, ...]:
    """Every content field of `Fiche` that has a label, in `Fiche` order (ignored labels excluded)."""
    return tuple(f.name for f in FIELDS if f.kind != IGNORE)


@cache
def list_fields() -> tuple[str, ...]:
    """Fields whose value is a list of labels (never "-", an empty list when absent)."""
    return tuple(f.name for f in FIELDS if f.kind == LIST)


@cache
def text_fields() -> tuple[str, ...]:
    """Free-text and one-line fields of the fiche's body (not the title, centre or place)."""
    return tuple(f.name for f in FIELDS if f.kind in (TEXT, VALUE) and not f.identity)


@cache
def derived_fields() -> tuple[str, ...]:
    """Fields the parser computes from the fiche's text (see `FicheField.derived`)."""
    return tuple(f.name for f in FIELDS if f.derived)


@cache
def labels() -> dict[str, str]:
    """Field → French display label, for every Fiche field of `fiche_fields()`."""
    return {name: BY_NAME[name].label for name in fiche_fields()}


def label(name: str) -> str:
    """French display label of a field (the name itself when unknown)."""
    entry = BY_NAME.get(name)
    return entry.label if entry else name


@cache
def field_of_label(text: str) -> str | None:
    """The field whose display label is `text` (as written in chunk texts), else None."""
    return next((f.name for f in FIELDS if f.kind != IGNORE and f.label == text), None)


# -- facets, filters, group-by ---------------------------------------------------------------------


@cache
def facet_fields() -> tuple[str, ...]:
    """Facet fields, highest priority first."""
    facets = [f for f in FIELDS if f.facet is not None]
    return tuple(f.name for f in sorted(facets, key=lambda f: f.facet.rank))


def facet_fields_named_by(how: str) -> tuple[str, ...]:
    """Facet fields (priority order) that questions name by VALUES, PLACES or CENTRES."""
    return tuple(name for name in facet_fields() if BY_NAME[name].facet.named_by == how)


@cache
def filter_fields() -> tuple[str, ...]:
    """Facet fields offered as UI filters (dropdowns), in display order."""
    shown = [f for f in FIELDS if f.facet is not None and f.facet.filter]
    return tuple(f.name for f in sorted(shown, key=lambda f: f.facet.filter))


def is_facet(name: str) -> bool:
    entry = BY_NAME.get(name)
    return entry is not None and entry.facet is not None


def require_facet(name: str) -> str:
    """`name` when it is a facet field, else ValueError (the validator of `records.FacetField`)."""
    if not is_facet(name):
        raise ValueError(f"not a facet field: {name!r}; expected one of {', '.join(facet_fields())}")
    return name


def facet_sources(name: str) -> tuple[str, ...]:
    """The Fiche fields whose values a facet matches: its own, then its `also_reads` (partners: declared ∪
    cited in the text)."""
    entry = BY_NAME.get(name)
    return (name, *entry.facet.also_reads) if entry and entry.facet else (name,)


def facet_values(fiche: object, name: str) -> list[str]:
    """A fiche's values for a facet, read from every field of `facet_sources`, in order, without repeats."""
    values: list[str] = []
    for source in facet_sources(name):
        raw = getattr(fiche, source, None)
        values += raw if isinstance(raw, list) else [raw] if raw else []
    return list(dict.fromkeys(values))


def facet_label(name: str) -> str:
    """Capitalised label of a facet: « Mots clés » (filters, chips); the name itself when unknown."""
    entry = BY_NAME.get(name)
    return entry.facet.label if entry and entry.facet else name


def facet_word(name: str) -> str:
    """A facet named inside a sentence: « mots-clés », « partenaire »; the name itself when unknown."""
    entry = BY_NAME.get(name)
    return entry.facet.word if entry and entry.facet else name


@cache
def facet_labels() -> dict[str, str]:
    """Facet field → capitalised label (`facet_label`), in priority order."""
    return {name: facet_label(name) for name in facet_fields()}


def facet_cue(name: str) -> str:
    entry = BY_NAME.get(name)
    return entry.facet.cue if entry and entry.facet else ""


def group_label(name: str) -> str:
    """How an aggregate names the field it counts by: « mot-clé », « département »."""
    entry = BY_NAME.get(name)
    return entry.group.label if entry and entry.group else name


@cache
def group_nouns() -> tuple[tuple[str, str], ...]:
    """(regex of nouns, field) asking to count by a field, first match wins."""
    grouped = [f for f in FIELDS if f.group is not None and f.group.nouns]
    return tuple((f.group.nouns, f.name) for f in sorted(grouped, key=lambda f: f.group.rank))


# -- lookups ---------------------------------------------------------------------------------------


@cache
def _lookups() -> tuple[FicheField, ...]:
    return tuple(sorted((f for f in FIELDS if f.lookup is not None), key=lambda f: f.lookup.rank))


@cache
def lookup_patterns() -> tuple[tuple[str, str], ...]:
    """(regex on a normalised question, field) in priority order: the first match names the field asked."""
    return tuple((f.lookup.pattern, f.name) for f in _lookups() if f.lookup.pattern)


def lookup_field_for(words: Iterable[str]) -> str:
    """The field a follow-up's folded words ask for (« budget » → ressources_financieres), else ''."""
    present = set(words)
    return next((f.name for f in _lookups() if present.intersection(f.lookup.words)), "")


# -- typed figures ---------------------------------------------------------------------------------


@cache
def measure_fields() -> tuple[str, ...]:
    """Fields holding a typed figure questions rank on, in `Measure.rank` order."""
    measured = [f for f in FIELDS if f.measure is not None]
    return tuple(f.name for f in sorted(measured, key=lambda f: f.measure.rank))


def measure(name: str) -> Measure:
    """The `Measure` of a typed-figure field (KeyError when the field has none)."""
    entry = get(name)
    if entry.measure is None:
        raise KeyError(f"fiche field {name!r} is not a typed figure; known: {', '.join(measure_fields())}")
    return entry.measure


# -- chunks and layouts ----------------------------------------------------------------------------


@cache
def sections() -> dict[str, tuple[str, ...]]:
    """Chunk section → its fields in order; sections in the order of their first field's rank-1 entry."""
    out: dict[str, list[FicheField]] = {}
    for f in sorted((f for f in FIELDS if f.section), key=lambda f: f.section_rank):
        out.setdefault(f.section, []).append(f)
    return {name: tuple(f.name for f in members) for name, members in out.items()}


@cache
def metadata_fields() -> tuple[str, ...]:
    """Fields copied into chunk metadata (lists only when non-empty, a number only when set)."""
    return tuple(f.name for f in FIELDS if f.metadata)


@cache
def listing_labels() -> dict[str, str]:
    """Field → label in the listing layouts, in the listing's order."""
    return {f.name: f.listing for f in FIELDS if f.listing}


@cache
def legacy_labels() -> dict[str, str]:
    """Field → label in the legacy /action/show page."""
    return {f.name: f.legacy for f in FIELDS if f.legacy}


def kind(name: str) -> str:
    """Kind of a field (TEXT when unknown)."""
    entry = BY_NAME.get(name)
    return entry.kind if entry else TEXT
