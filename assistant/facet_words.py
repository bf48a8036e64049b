"""The words people use for facet values: synonyms of corpus values, organisations, former and English
région names, and the corpus values too vague or too ordinary to trigger a facet alone. Pure data, read by
`assistant.facets` when it compiles a corpus's vocabulary.
"""

from __future__ import annotations

from collections import defaultdict

from assistant.records import FacetField
from ingest.text import GENERIC, STOPWORDS, phrase_key

# -- synonym tables ----------------------------------------------------------------------------------
# Each entry: (fields in priority order, canonical value, phrases). The canonical value is looked up
# among the corpus values of those fields (accent/case/plural-insensitive); when no fiche has it, the
# phrases produce nothing, except for the organisations of ENTITIES, which are then reported absent.
# A phrase "partner:words" needs a partner cue: a definite article and « avec / par / financé... » before.

_PEOPLE = ("public", "mots_cles")
_TOPIC = ("mots_cles", "dimension", "public")
_PARTNER = ("partenaires",)

_OVERSEAS = ("Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte")

SYNONYMS: list[tuple[tuple[FacetField, ...], str | tuple[str, ...], list[str]]] = [
    # Partners
    (_PARTNER, "Bailleur social", [
        "bailleur social", "bailleurs", "bailleur", "hlm", "office hlm", "offices hlm", "organisme hlm",
        "oph", "opac", "office public de l habitat", "logeur social", "logeurs sociaux", "social landlord",
        "social landlords", "social housing", "social housing provider", "housing association"]),
    (_PARTNER, "Caf", ["caf", "caisse d allocations familiales", "caisse d allocation familiale",
                       "caisse des allocations familiales", "family allowance fund"]),
    (_PARTNER, "ARS", ["ars", "agence regionale de sante", "regional health agency"]),
    (_PARTNER, "Commune", ["mairie", "municipalite", "town hall", "city hall", "municipality",
                           "partner:ville", "partner:commune", "partner:city", "partner:town"]),
    (_PARTNER, "Etat", ["partner:etat", "prefecture", "partner:state"]),
    (_PARTNER, "DDCS", ["ddcs", "direction departementale de la cohesion sociale", "ddets"]),
    (_PARTNER, "Conseil départemental", ["conseil departemental", "conseil general", "county council"]),
    (_PARTNER, "Conseil régional", ["conseil regional", "regional council"]),
    (_PARTNER, "Éducation Nationale", ["education nationale", "rectorat", "ministry of education"]),
    (_PARTNER, "Regroupement de communes", [
        "regroupement de communes", "intercommunalite", "communaute de communes",
        "communaute d agglomeration", "agglomeration", "epci", "metropole"]),
    (_PARTNER, "Association locale", ["association locale", "associations du quartier",
                                      "association de quartier", "local association", "local associations"]),
    (_PARTNER, "Entreprise", ["entreprise", "entreprises privees", "company", "companies", "business"]),
    (_PARTNER, "MSA", ["msa", "mutualite sociale agricole"]),
    (_PARTNER, "CCAS", ["ccas", "centre communal d action sociale"]),
    (_PARTNER, "CPAM", ["cpam", "assurance maladie", "caisse primaire d assurance maladie"]),
    (_PARTNER, "Pôle emploi", ["pole emploi", "france travail", "job centre"]),
    (_PARTNER, "Mission locale", ["mission locale", "missions locales"]),
    (_PARTNER, "PMI", ["pmi", "protection maternelle et infantile"]),
    # Publics
    (_PEOPLE, "Jeunesse", ["jeunes", "jeunesse", "ados", "adolescents", "adolescent", "adolescence",
                           "youth", "young people", "teenagers", "teens"]),
    (_PEOPLE, "familles", ["familles", "famille", "parents", "families", "family"]),
    (_PEOPLE, "Petite enfance", ["petite enfance", "tout petits", "tout petit", "0 3 ans", "bebes",
                                 "jeunes enfants", "toddlers", "early childhood"]),
    (_PEOPLE, "Enfance", ["enfants", "enfance", "children", "kids", "childhood"]),
    (_PEOPLE, "Seniors", ["seniors", "personnes agees", "aines", "retraites", "elderly", "older people"]),
    (_PEOPLE, "Adultes", ["adultes", "adults"]),
    (_PEOPLE, "Tous publics", ["tout public", "tous publics", "all ages", "general public"]),
    (_PEOPLE, "Femmes", ["femmes", "women"]),
    # Keywords and dimensions
    (_TOPIC, "Parentalité", ["parentalite", "soutien a la parentalite", "parenting", "parenthood"]),
    (_TOPIC, "intergénérationnel", ["intergenerationnel", "intergenerationnelle", "intergenerationnelles",
                                    "intergenerations", "intergenerational", "entre generations"]),
    (_TOPIC, "Solidarité", ["solidarite", "solidarity", "entraide"]),
    (_TOPIC, "Santé", ["sante", "health"]),
    (_TOPIC, "Environnement", ["environnement", "environment", "ecologie", "ecology"]),
    (_TOPIC, "développement durable", ["developpement durable", "sustainable development", "sustainability"]),
    (_TOPIC, "Mixité sociale", ["mixite sociale", "social mix", "social diversity"]),
    (_TOPIC, "vacances / loisirs", ["holidays", "leisure"]),
    (_TOPIC, "éducation / scolarité", ["scolarite", "soutien scolaire", "accompagnement scolaire",
                                       "schooling", "homework help"]),
    (_TOPIC, "Emploi, économie", [
        "employment", "jobs", "economy", "unemployment", "insertion professionnelle", "retour a l emploi",
        "retour au travail", "trouver un travail", "retrouver un travail", "trouver un emploi",
        "retrouver un emploi", "recherche d emploi", "demandeurs d emploi", "chomage", "chomeurs"]),
    (_TOPIC, "Culture", ["culture", "culturel", "culturelle", "culturelles", "cultural", "arts"]),
    (_TOPIC, "Sport", ["sport", "sportif", "sportive", "sportives", "activite physique", "physical activity"]),
    (_TOPIC, "Alimentation", ["alimentation", "nutrition", "food"]),
    (_TOPIC, "Logement", ["logement", "housing", "habitat"]),
    (_TOPIC, "Précarité", ["precarite", "pauvrete", "poverty", "precariousness"]),
    (_TOPIC, "Numérique", ["numerique", "digital", "informatique", "internet"]),
    (_TOPIC, "Handicap", ["handicap", "disability", "disabled", "personnes handicapees"]),
    (_TOPIC, "Accès aux droits", ["acces aux droits", "access to rights"]),
    (_TOPIC, "Démocratie & citoyenneté", ["democratie", "democracy"]),
    (_TOPIC, "Citoyenneté", ["citoyennete", "citizenship", "civic"]),
    (_TOPIC, "alphabétisation & apprentissage du français", [
        "alphabetisation", "apprentissage du francais", "cours de francais", "fle", "literacy",
        "french lessons", "french classes"]),
    (_TOPIC, "Accompagnement de projets", ["accompagnement de projets", "project support"]),
    # Places
    (("region",), _OVERSEAS, ["outre mer", "outremer", "dom", "dom tom", "drom", "overseas"]),
    (("departement",), _OVERSEAS, ["outre mer", "outremer", "dom", "dom tom", "drom", "overseas"]),
    # Statut
    (("statut",), "Terminée", ["terminee", "terminees", "termine", "termines", "finies", "finie", "fini",
                               "achevee", "achevees", "arretee", "arretees", "passees", "finished",
                               "completed", "ended", "past"]),
    (("statut",), "En cours", ["en cours", "actuelles", "actuellement", "toujours actives", "encore actives",
                               "ongoing", "current", "currently", "running"]),
    # Initiative and territory (need a cue word elsewhere in the question)
    (("initiative",), "Un groupe d'habitants", ["initiative:habitants", "initiative:residents"]),
    (("initiative",), "Le centre social", ["initiative:centre social", "initiative:centre"]),
]  # fmt: skip

# Régions before 2016, by their départements' codes: « en Lorraine » is an OR of these départements.
FORMER_REGIONS = {
    "Alsace": "67 68", "Aquitaine": "24 33 40 47 64", "Auvergne": "03 15 43 63", "Basse-Normandie": "14 50 61",
    "Bourgogne": "21 58 71 89", "Champagne-Ardenne": "08 10 51 52", "Franche-Comté": "25 39 70 90",
    "Haute-Normandie": "27 76", "Languedoc-Roussillon": "11 30 34 48 66", "Limousin": "19 23 87",
    "Lorraine": "54 55 57 88", "Midi-Pyrénées": "09 12 31 32 46 65 81 82", "Nord-Pas-de-Calais": "59 62",
    "Picardie": "02 60 80", "Poitou-Charentes": "16 17 79 86", "Rhône-Alpes": "01 07 26 38 42 69 73 74",
}  # fmt: skip
# English names of régions (questions in English: « projects in Normandy »).
REGION_EXONYMS = {
    "Normandy": "Normandie",
    "Brittany": "Bretagne",
    "Corsica": "Corse",
    "French Guiana": "Guyane",
}

# Organisations: named in a question but absent from every fiche, they mean « aucune fiche ».
ENTITIES = {
    "MSA", "CCAS", "CPAM", "Pôle emploi", "Mission locale", "PMI", "ARS", "Caf", "DDCS", "Bailleur social",
    "Conseil départemental", "Conseil régional", "Éducation Nationale", "Regroupement de communes",
}  # fmt: skip


def entity_phrases() -> dict[str, tuple[str, ...]]:
    """Organisation → the plural keys of its names (label and synonyms)."""
    out: dict[str, set[str]] = defaultdict(set)
    for _names, canonical, phrases in SYNONYMS:
        if isinstance(canonical, str) and canonical in ENTITIES:
            out[canonical].update(phrase_key(p.rpartition(":")[2]) for p in [canonical, *phrases])
    return {label: tuple(sorted(p for p in found if p)) for label, found in out.items()}


ENTITY_PHRASES = entity_phrases()
_MULTIWORD_ENTITIES = [(label, p) for label, ps in ENTITY_PHRASES.items() for p in ps if " " in p]


def entities_in(text: str) -> set[str]:
    """Organisations whose multi-word name is in `text` (plural keys, spaces around)."""
    return {label for label, phrase in _MULTIWORD_ENTITIES if f" {phrase} " in text}


# Corpus values too vague to act as facets when named alone.
NEVER_TRIGGER = {
    "autre", "autres", "non renseigne", "un", "une", "le", "la", "partenaire s", "un ou plusieurs", "services",
}  # fmt: skip
# Corpus values that are also ordinary words: they need their cue.
CUED_WORDS = {"commune": "partner", "etat": "partner", "ville": "partner", "departement": "partner"}
# Words never corrected as typos: function words, the field's own generic words, and a few more.
NEVER_CORRECTED = STOPWORDS | GENERIC | {"lesquelles", "lesquels", "habitants", "people", "through"}
