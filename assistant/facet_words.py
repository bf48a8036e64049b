"""The words people use for facet values: synonyms of corpus values, organisations, former and English
région names, the corpus values too vague or too ordinary to trigger a facet alone, and the words derived by
rule rather than listed: adjectives of the values' nouns (« culture » → « culturel(le)s », `ingest.morphology`),
the forms of the verbs that say an action stopped or goes on (« arrêtées », « ne tournent plus », « tournent
encore »), and age ranges (« moins de 3 ans », « 11-16 ans ») → publics. Read by `assistant.facets` when it
compiles a corpus's vocabulary.
"""

from __future__ import annotations

from collections import defaultdict

from assistant.records import FacetField
from ingest.morphology import adjectives as adjectives
from ingest.morphology import genders as genders
from ingest.morphology import is_adjective as is_adjective
from ingest.morphology import relation_nouns as relation_nouns
from ingest.text import GENERIC, STOPWORDS, phrase_key, plural_key, word_set

# -- synonym tables ----------------------------------------------------------------------------------
# Each entry: (fields in priority order, canonical value, phrases). The canonical value is looked up
# among the corpus values of those fields (accent/case/plural-insensitive); when no fiche has it, the
# phrases produce nothing, except for the organisations of ENTITIES, which are then reported absent.
# A phrase "partner:words" needs a partner cue: a definite article and « avec / par / financé... » before.

_PEOPLE = ("public", "mots_cles")
_TOPIC = ("mots_cles", "dimension", "public")
_PARTNER = ("partenaires",)

# -- statut: the verbs that say an action stopped, or goes on -----------------------------------------
# Verbs of ending (their participles: « arrêtées », « stoppée », « s'arrêter »), verbs of running (« ne tournent
# plus », « existent encore ») and the adjectives of an action that runs (« toujours actives », « plus en place »).
_ENDING_VERBS = (
    "terminer",
    "arreter",
    "stopper",
    "achever",
    "abandonner",
    "suspendre",
)  # not « cesse », « clôture »: nouns
_ENDED_IRREGULAR = ("fini", "finie", "interrompu", "interrompue", "clos", "close", "revolu", "revolue")
_RUNNING_VERBS = ("tourner", "fonctionner", "exister", "marcher", "continuer", "perdurer", "durer")
_RUNNING_STATES = (
    "active",
    "actif",
    "en cours",
    "en place",
    "en activite",
    "en fonctionnement",
    "d actualite",
)


def _participles(verb: str) -> list[str]:
    """Past participles (masculine, feminine; plurals are plural keys) of a verb in -er or -re."""
    stem = verb[:-2]
    return [stem + "u", stem + "ue"] if verb.endswith("re") else [stem + "e", stem + "ee"]


def _present(verb: str) -> list[str]:
    """Third persons of the present of a verb in -er (« tourne », « tournent »)."""
    return [verb[:-2] + "e", verb[:-2] + "ent"]


def ended_phrases() -> list[str]:
    """Phrases saying an action has stopped: participles, « s'arrêter », « ne tourne(nt) plus », « n'est plus
    active »."""
    out = [p for verb in _ENDING_VERBS for p in _participles(verb)] + list(_ENDED_IRREGULAR)
    out += [f"s {verb}" for verb in _ENDING_VERBS if verb.endswith("er")]
    # « des actions qui ont pris fin »; « elle a pris fin » asks about one action
    out += ["ont pris fin", "ont cesse"]
    out += ["en sommeil", "mise en sommeil", "mises en sommeil"]
    out += [f"{ne} {form} plus" for verb in _RUNNING_VERBS for form in _present(verb) for ne in ("ne", "n")]
    out += [f"{ne} plus {state}" for state in _RUNNING_STATES for ne in ("ne sont", "n est")]
    return out + negated_running()


def negated_running() -> list[str]:
    """A state of running under a negation says the action stopped: « plus en cours » (spoken French drops
    the « ne »), « pas actives », « non actives », « ne sont pas en place ». The cue « negation » refuses
    the superlative (« les plus actives »)."""
    nots = ("plus", "pas", "non", "ne sont pas", "n est pas", "plus du tout", "pas du tout")
    return [f"negation:{no} {state}" for state in _RUNNING_STATES for no in nots]


def running_phrases() -> list[str]:
    """Phrases saying an action goes on: « tourne(nt) encore », « toujours actives », « encore en place »."""
    out = [
        f"{form} {still}"
        for verb in _RUNNING_VERBS
        for form in _present(verb)
        for still in ("encore", "toujours")
    ]
    out += [f"{still} {state}" for state in _RUNNING_STATES for still in ("encore", "toujours")]
    ended = [p for p in ended_phrases() if " " not in p]
    return out + [
        f"{no} {p}" for p in ended for no in ("pas", "pas encore", "non")
    ]  # « pas encore terminées »


def everyone_phrases() -> list[str]:
    """« ouvert à tous », « accessibles à toutes et à tous », « destinée à tout le monde », « ouvertes à n'importe
    qui »: an action for everyone (« à tous » alone is no public: « merci à tous »). « tout le monde » and
    « n'importe qui » are everyone after a verb of welcoming or aiming (« qui accueillent tout le monde », read
    through the lemma table: `assistant.facet_cues`), or before « peut » (« où n'importe qui peut venir »);
    « n'importe qui » names no one else."""
    opened = [f"{w}{e}" for w in ("ouvert", "destine", "adresse") for e in ("", "e")] + ["accessible"]
    everyone = ("tous", "tout le monde", "toutes et a tous", "tous et a toutes", "n importe qui")
    out = [f"{w} a {who}" for w in opened for who in everyone]
    return out + ["n importe qui", "welcome:tout le monde", "welcome:tous les publics"]


_OVERSEAS = ("Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte")

SYNONYMS: list[tuple[tuple[FacetField, ...], str | tuple[str, ...], list[str]]] = [
    # Partners
    (_PARTNER, "Bailleur social", [
        "bailleur social", "bailleurs", "bailleur", "hlm", "office hlm", "offices hlm", "organisme hlm",
        "oph", "opac", "office public de l habitat", "logeur social", "logeurs sociaux", "social landlord",
        "social landlords", "social housing", "social housing provider", "housing association"]),
    (_PARTNER, "Caf", ["caf", "caisse d allocations familiales", "caisse d allocation familiale",
                       "caisse des allocations familiales", "allocations familiales", "family allowance fund"]),
    (_PARTNER, "ARS", ["ars", "agence regionale de sante", "regional health agency"]),
    (_PARTNER, "Commune", ["mairie", "municipalite", "town hall", "city hall", "municipality",
                           "partner:ville", "partner:commune", "partner:city", "partner:town"]),
    (_PARTNER, "Etat", ["partner:etat", "prefecture", "partner:state"]),
    (_PARTNER, "DDCS", ["ddcs", "direction departementale de la cohesion sociale", "ddets"]),
    (_PARTNER, "Conseil départemental", ["conseil departemental", "conseil general", "county council",
                                          "partner:departement"]),
    (_PARTNER, "Conseil régional", ["conseil regional", "regional council", "partner:region"]),
    # the institutions of the Éducation nationale name it as a partner (« avec les écoles du quartier »)
    (_PARTNER, "Éducation Nationale", ["education nationale", "rectorat", "ministry of education",
                                       "inspection academique", "etablissements scolaires", "partner:ecoles",
                                       "partner:colleges", "partner:lycees", "partner:groupe scolaire",
                                       "partner:enseignants", "partner:equipes enseignantes"]),
    (_PARTNER, "Regroupement de communes", [
        "regroupement de communes", "intercommunalite", "communaute de communes",
        "communaute d agglomeration", "agglomeration", "epci", "metropole", "communaute urbaine", "agglo",
        "interco", "comcom", "com com"]),
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
    (_PEOPLE, "Jeunesse", ["jeunes", "jeunesse", "ados", "adolescents", "adolescent", "adolescente",
                           "adolescence", "jeunes adultes", "preados", "pre ados", "preadolescents", "collegiens",
                           "lyceens", "youth", "young people", "teenagers", "teens"]),
    (_PEOPLE, "familles", ["familles", "famille", "parents", "mamans", "papas", "meres", "peres", "couples",
                           "families", "family"]),
    (_PEOPLE, "Petite enfance", ["petite enfance", "tout petits", "tout petit", "bebes", "jeunes enfants",
                                 "nourrissons", "noun:petits", "toddlers", "early childhood"]),
    (_PEOPLE, "Enfance", ["enfants", "enfance", "ecoliers", "children", "kids", "childhood"]),
    # « Viellissement » (sic) is a mot-clé of the real export: corpus values are looked up with one typo
    (_PEOPLE, ("Seniors", "Vieillissement"), [
        "seniors", "personnes agees", "aines", "retraites", "noun:anciens", "vieillissement", "bien vieillir",
        "vieillesse", "troisieme age", "grand age", "elderly", "older people"]),
    (_PEOPLE, "Adultes", ["adultes", "adults"]),
    # « tout le monde » is everyone only after « à / pour » (« tout le monde a aimé » is no public)
    (_PEOPLE, "Tous publics", ["tout public", "tous publics", "grand public", "a tout le monde",
                               "pour tout le monde", *everyone_phrases(), "a toutes et a tous", "a tous et a toutes",
                               "pour toutes et tous", "pour tous et toutes", "tous les ages", "tous ages", "toutes generations", "all ages", "general public",
                               "everyone", "petits et grands", "grands et petits", "de 7 a 77 ans", "toutes les generations",
                               "anyone"]),
    (_PEOPLE, "Femmes", ["femmes", "women"]),
    # Keywords and dimensions
    (_TOPIC, "Parentalité", ["parentalite", "soutien a la parentalite", "parenting", "parenthood"]),
    (_TOPIC, "intergénérationnel", ["intergenerationnel", "intergenerations", "intergenerational",
                                    "entre generations"]),
    (_TOPIC, "Solidarité", ["solidarite", "solidarity", "entraide"]),
    (_TOPIC, "Santé", ["sante", "health"]),
    (_TOPIC, "Environnement", ["environnement", "environment", "ecologie", "ecology", "head:vert", "head:verte",
                               "planete", "planet", "climat", "climate", "biodiversite"]),
    (_TOPIC, "développement durable", ["developpement durable", "sustainable development", "sustainability"]),
    (_TOPIC, "Mixité sociale", ["mixite sociale", "social mix", "social diversity"]),
    (_TOPIC, "vacances / loisirs", ["holidays", "leisure"]),
    (_TOPIC, "éducation / scolarité", ["scolarite", "soutien scolaire", "accompagnement scolaire",
                                       "aide aux devoirs", "clas",
                                       "schooling", "homework help"]),
    (_TOPIC, "Emploi, économie", [
        "employment", "jobs", "economy", "unemployment", "insertion professionnelle", "retour a l emploi",
        "retour au travail", "trouver un travail", "retrouver un travail", "trouver un emploi",
        "retrouver un emploi", "recherche d emploi", "demandeurs d emploi", "chomage", "chomeurs", "boulot",
        "insertion pro"]),
    (_TOPIC, "Culture", ["culture", "cultural", "arts"]),
    (_TOPIC, "Sport", ["sport", "activite physique", "physical activity"]),
    (_TOPIC, "Alimentation", ["alimentation", "nutrition", "food"]),
    (_TOPIC, "Logement", ["logement", "housing", "habitat"]),
    (_TOPIC, "Précarité", ["precarite", "pauvrete", "poverty", "precariousness", "demunis", "plus demunis",
                           "personnes en difficulte", "familles en difficulte", "pauvres", "faibles revenus",
                           "bas revenus", "petits revenus", "fins de mois difficiles"]),
    (_TOPIC, "Intégration", ["integration", "nouveaux arrivants", "primo arrivants"]),
    (_TOPIC, "discriminations", ["discriminations", "discrimination", "racisme", "antiracisme", "sexisme",
                                 "egalite femmes hommes", "egalite hommes femmes"]),
    (_TOPIC, "Numérique", ["numerique", "digital", "informatique", "internet", "fracture numerique",
                           "inclusion numerique", "exclusion numerique", "mediation numerique"]),
    (_TOPIC, "Handicap", ["handicap", "disability", "disabled", "personnes handicapees"]),
    (_TOPIC, "Accès aux droits", ["acces aux droits", "access to rights"]),
    (_TOPIC, "Démocratie & citoyenneté", ["democratie", "democracy"]),
    (_TOPIC, "Citoyenneté", ["citoyennete", "citizenship", "civic"]),
    (_TOPIC, "alphabétisation & apprentissage du français", [
        "alphabetisation", "apprentissage du francais", "cours de francais", "fle", "francais langue etrangere",
        "apprendre le francais", "apprendre a lire", "parler francais", "ateliers sociolinguistiques", "asl",
        "literacy",
        "french lessons", "french classes"]),
    (_TOPIC, "Accompagnement de projets", ["accompagnement de projets", "project support"]),
    # Places
    (("region",), _OVERSEAS, ["outre mer", "outremer", "dom", "dom tom", "drom", "overseas"]),
    (("departement",), _OVERSEAS, ["outre mer", "outremer", "dom", "dom tom", "drom", "overseas"]),
    # Statut
    # « clôturé(e)s » after a head noun only: the noun « clôture » folds alike (« la clôture du projet »)
    (("statut",), "Terminée", [*ended_phrases(), "head:passee", "head:passe", "head:cloturee", "head:cloture", "finished", "completed", "ended",
                               "past", "no longer running", "no longer active"]),
    (("statut",), "En cours", [*running_phrases(), "en cours", "actuelles", "actuellement", "en ce moment",
                               "a l heure actuelle", "ongoing", "current", "currently", "running",
                               "still running", "still active"]),
    # Initiative and territory (need a cue word elsewhere in the question)
    (("initiative",), "Un groupe d'habitants", ["initiative:habitants", "initiative:residents"]),
    (("initiative",), "Le centre social", ["initiative:centre social", "initiative:centre"]),
]  # fmt: skip

# The determiner of a verb's object is no part of its sense (« retrouver un travail » / « retrouver du travail »,
# « trouver une formation » / « trouver de la formation »): a topic phrase naming it after its verb is also read
# with the other determiner of the same gender (indefinite <-> partitive).
_OTHER_DETERMINER = {"un": "du", "du": "un", "une": "de la"}


def _with_other_determiners(phrases: list[str]) -> list[str]:
    """The phrases and their forms with the object's other determiner (only after the phrase's first word)."""
    out = list(phrases)
    for phrase in phrases:
        words = phrase.split()
        for i, word in enumerate(words[1:-1], 1):
            if word in _OTHER_DETERMINER and words[i + 1][0] not in "aeiouyh":  # « d'emploi » is elided
                out.append(" ".join([*words[:i], _OTHER_DETERMINER[word], *words[i + 1 :]]))
    return list(dict.fromkeys(out))


SYNONYMS = [
    (fields, value, _with_other_determiners(phrases) if fields == _TOPIC else phrases)
    for fields, value, phrases in SYNONYMS
]

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
# Corpus values that are also ordinary words: they need their cue (« services »: the question names its field,
# « la dimension services », or a kind of action, « les actions de service »). « Habitants » (a mot-clé) names
# the people of every centre social: « les petits déjeuners habitants », « tenu par les habitants » say who
# takes part, not a filter, unless the field is named (« le mot-clé habitants »).
CUED_WORDS = {
    "commune": "partner", "etat": "partner", "ville": "partner", "departement": "partner", "services": "field",
    "habitants": "field",
}  # fmt: skip
# Words never corrected as typos: function words, the field's own generic words, and a few more.
NEVER_CORRECTED = STOPWORDS | GENERIC | {"lesquelles", "lesquels", "habitants", "people", "through"}


# -- adjectives of the values' nouns -------------------------------------------------------------------
# The derivations themselves (« culture » → « culturel(le)s », « intergénérationnel » → « génération ») are
# `ingest.morphology`'s, re-exported for the compiler of the vocabulary (`assistant.facet_phrases`).
# Nouns an adjective qualifies when it names a facet value (« actions culturelles », « public précaire »), and the
# words that may stand between (« actions culturelles et sportives », « projets plutôt éducatifs »).
ADJECTIVE_HEADS = frozenset(plural_key(w) for w in word_set(
    """action projet initiative experience fiche activite atelier animation sortie sejour evenement manifestation
    dispositif programme pratique temps offre chose truc lieu public personne habitant famille jeune enfant femme
    adulte parent enjeu theme thematique domaine volet axe dimension caractere plan question sujet menage foyer
    gens population"""
))  # fmt: skip
ADJECTIVE_LINKS = word_set("et ou plutot plus tres aussi a")


# -- ages → publics ------------------------------------------------------------------------------------
# Age bands of the publics, in years [from, to): a range names the bands it mostly falls in (« 11-16 ans »:
# Jeunesse), or that it covers mostly (« 0-25 ans »: all three). Keys of `SYNONYMS` canonical names.
AGE_BANDS = (("Petite enfance", 0, 6), ("Enfance", 6, 12), ("Jeunesse", 11, 25), ("Adultes", 25, 60),
             ("Seniors", 60, 120))  # fmt: skip
_AGE_UNITS = {"ans": 1.0, "an": 1.0, "years": 1.0, "year": 1.0, "mois": 1 / 12, "months": 1 / 12}
_OPEN_SPAN = 30  # « plus de 60 ans »: 60 to 90
_BELOW = {("moins", "de"), ("under",), ("jusqu", "a"), ("less", "than"), ("below",)}
_ABOVE = {("plus", "de"), ("over",), ("au", "dela", "de"), ("more", "than"), ("above",)}
_RANGE_LINKS = {"a", "et", "ou", "to", "and", "or"}  # « 17 ou 18 ans »: a range too
_RANGE_OPENERS = {"de", "entre", "from", "between", "aged", "ages"}
# Words before a number of years that make it a duration, not an age (« depuis plus de 10 ans »).
_DURATION_CUES = {
    "depuis",
    "pendant",
    "durant",
    "dure",
    "durent",
    "duree",
    "durer",
    "sur",
    "for",
    "since",
    "il",
    "y",
}


# Stages of life by the age they start at (French schooling starts at 3): « avant l'école » is under 3.
_STAGES = {"ecole": 3, "maternelle": 3, "scolarisation": 3, "primaire": 6, "college": 11, "lycee": 15}
# Words between « avant » and the stage (« avant l'âge de l'école », « avant l'entrée en maternelle »)
_STAGE_ARTICLES = word_set("l la le les d de du a en age entrer entree rentrer rentree")
_STAGE_GAP = 5


def stage_ranges(norms: list[str]) -> list[tuple[int, int, list[str]]]:
    """(start, end, publics) of « avant l'école », « avant la maternelle », « avant le collège »: the ages below a
    stage of life. Only a gloss of people named (« les tout-petits, avant l'école »): alone it may be a time of
    day (« un petit déjeuner avant l'école »)."""
    out = []
    for i, word in enumerate(norms):
        if word not in ("avant", "before"):
            continue
        j = i + 1
        while j < len(norms) and j - i <= _STAGE_GAP and norms[j] in _STAGE_ARTICLES:
            j += 1
        if j < len(norms) and norms[j] in _STAGES and (publics := age_publics(0, _STAGES[norms[j]])):
            out.append((i, j + 1, publics))
    return out


def age_ranges(norms: list[str]) -> list[tuple[int, int, list[str]]]:
    """(start, end, publics) of the age ranges among normalised words: « moins de 3 ans » (0-3), « 11-16 ans »,
    « de 6 à 17 ans », « entre 16 et 25 ans », « plus de 60 ans », « 60 ans et plus », « 0 à 36 mois »."""
    out = []
    for unit, word in enumerate(norms):
        if word in _AGE_UNITS and unit > 0 and norms[unit - 1].isdigit():
            found = _age_before(norms, unit)
            if found is not None:
                start, end, low, high = found
                scale = _AGE_UNITS[word]
                publics = age_publics(low * scale, high * scale)
                if publics:
                    out.append((start, end, publics))
    return out


def _age_before(norms: list[str], unit: int) -> tuple[int, int, float, float] | None:
    """(start, end, from, to) of the age expression whose unit is at `unit`, or None (a duration, a year)."""
    high = int(norms[unit - 1])
    start, low, end = unit - 1, None, unit + 1
    two, three = tuple(norms[max(0, unit - 3) : unit - 1]), tuple(norms[max(0, unit - 4) : unit - 1])
    if unit >= 2 and norms[unit - 2].isdigit():  # « 11-16 ans »
        start, low = unit - 2, int(norms[unit - 2])
    elif unit >= 3 and norms[unit - 2] in _RANGE_LINKS and norms[unit - 3].isdigit():  # « 6 à 17 ans »
        start, low = unit - 3, int(norms[unit - 3])
    elif two in _BELOW or two[-1:] in _BELOW or three in _BELOW:
        start, low, high = unit - 1 - len(next(c for c in (three, two, two[-1:]) if c in _BELOW)), 0, high - 1
    elif two in _ABOVE or two[-1:] in _ABOVE or three in _ABOVE:
        start = unit - 1 - len(next(c for c in (three, two, two[-1:]) if c in _ABOVE))
        low, high = high, high + _OPEN_SPAN - 1
    elif norms[unit + 1 : unit + 3] == ["et", "plus"]:  # « 60 ans et plus »
        low, high, end = high, high + _OPEN_SPAN - 1, unit + 3
    if low is None or not low <= high <= 120:
        return None
    if start > 0 and norms[start - 1] in _RANGE_OPENERS:
        start -= 1
    if (start > 0 and norms[start - 1] in _DURATION_CUES) or norms[max(0, start - 2) : start] == ["y", "a"]:
        return None  # « depuis plus de 10 ans », « il y a 5 ans »
    return start, end, float(low), float(high + 1)


def age_publics(low: float, high: float) -> list[str]:
    """Publics (canonical names) of the age range [low, high): the bands holding 40 % of the range, or half
    their own span inside it."""
    span = max(high - low, 1e-9)
    out = []
    for name, start, end in AGE_BANDS:
        inside = max(0.0, min(high, end) - max(low, start))
        if inside / span >= 0.4 or inside / (end - start) >= 0.5:
            out.append(name)
    return out
