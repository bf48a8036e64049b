"""Query analysis: question -> `Query(text, facets, intent, lookup_field, group_by, keywords)`.

Deterministic, offline and explainable: facets come from `FacetVocabulary.scan` with their trigger words,
the intent from a few ordered patterns (similar > aggregate > lookup > count > list > search), and the
keywords are the question minus stop words, facet triggers and the field's generic words, with French
translations appended for English words (the corpus is French).
"""

from __future__ import annotations

import re

from assistant.facets import FacetScan, FacetVocabulary
from assistant.records import Intent, Query
from ingest.geo import normalise

_LIST = re.compile(
    r"\b(quel(le)?s? (sont les )?(centres?|actions?|structures?|projets?|fiches?|initiatives?|experiences?)"
    r"|which (centres?|centers?|actions?|projects?|structures?)|what (actions|projects|centres|centers)"
    r"|liste[rz]?|list|y a t il|existe t il|avez vous|are there|any (actions|projects)|show me)\b"
)
_COUNT = re.compile(r"\b(combien|nombre (de|d)|how many|number of)\b")
_COUNT_OBJECT = re.compile(
    r"\b(combien|nombre|how many|number of) (de |d )?(fiches?|actions?|centres?|projets?|structures?)\b"
)
_SIMILAR = re.compile(
    r"\b(similaires?|semblables?|ressembl\w*|comparables?|similar|du meme type|dans le meme esprit"
    r"|comme (celle|celui|cette action|ce projet|l action|le projet)|like (this|that|the))\b"
)
_AGGREGATE = re.compile(
    r"\b(reviennent|revient) le plus|\bles plus (frequents?|courants?|cites?|presents?|nombreux|representes?)"
    r"|\ble plus souvent|\bmost (common|frequent)|\brepartition|\bclassement|\bpalmares"
    r"|\b(par|by|per) (departement|department|region|partenaire|partner|public|theme|mot cle|mots cles|statut"
    r"|centre|dimension|territoire)"
)
# Nouns naming the field to count by, for aggregate questions.
_GROUP_NOUNS: list[tuple[str, str]] = [
    (r"partenaires?|partners?", "partenaires"),
    (r"publics?|audiences?", "public"),
    (r"themes?|mots? cles?|sujets?|thematiques?|topics?|keywords?", "mots_cles"),
    (r"departements?|departments?", "departement"),
    (r"regions?", "region"),
    (r"statuts?|status", "statut"),
    (r"dimensions?", "dimension"),
    (r"territoires?", "territoire"),
    (r"centres?|structures?|centers?", "centre"),
]
# Words asking for one field of a fiche (lookup), in priority order.
_LOOKUP: list[tuple[str, str]] = [
    (
        r"budget|cout\w*|montant|subventions?|argent|euros?|ressources financieres|combien (a|a t il|a t elle) coute"
        r"|financement|cost|costs|funding|money|spent",
        "ressources_financieres",
    ),
    (
        r"benevoles?|salaries?|personnes mobilisees|professionnels|volunteers?|staff|moyens humains|how many people"
        r"|combien (de|d) (personnes|familles|participants|habitants|jeunes|enfants|beneficiaires|adherents)",
        "personnes_mobilisees",
    ),
    (r"qui est a l initiative|a l initiative de qui|who started|who initiated", "initiative"),
    (r"pourquoi .*(termine|arrete|fini|stoppe)\w*|raisons? de (la )?fin|why .*(ended|stopped)", "raison_fin"),
    (r"resultats? pour les habitants|effets? sur les habitants", "resultat_habitants"),
    (r"resultats? pour le centre", "resultat_centre"),
    (r"resultats?|impacts?|effets|bilan|outcomes?|results?", "resultat_territoire"),
    (r"limites?|difficultes|freins?|obstacles?|limits?|difficulties|weaknesses", "limites"),
    (r"perspectives?|suites?|avenir|prochaines etapes|next steps|future", "perspectives"),
    (r"partenaires|avec qui|partners|with whom", "partenaires"),
    (r"pour qui|a qui s adresse|quel public|audience|target", "public"),
    (
        r"objectifs?|deroulement|comment s est deroule|phases|etapes|goals?|objectives?|how did",
        "description_experience",
    ),
    (r"resume|en quoi consiste|de quoi s agit|summary|what is", "resume"),
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _words(
    """a au aux avec ce ces cet cette dans de des du elle elles en et est etait etaient il ils je la le les leur
    leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te
    tes toi ton tu un une vos votre vous y d l j m n s t c qu quel quelle quels quelles quoi dont ont sont ete
    fait faire font avez avoir ai as a t il y ya comment pourquoi combien quand ou ca cela ceci tout tous toute
    toutes autre autres plus moins tres bien aussi entre vers chez sans sous lors afin ainsi donc alors
    the a an of in on at to for with and or is are was were be been by from which what who whom how why
    do does did have has had any some that this these those there their them they it its about into ran run
    me my we our you your can could would should will please show tell give list"""
)
# The field's own generic words: they name every fiche, so they carry no search meaning.
GENERIC = _words(
    """action actions fiche fiches centre centres social sociaux sociale sociales projet projets structure
    structures mene menee menees menes mener organise organisee organisees idee idees exemple exemples
    initiative initiatives experience experiences realise realisee realisees centers center centres
    activities activity projects project ideas idea examples example ran led carried out"""
)
# Words of question phrasing that say nothing about the topic (« des actions autour de... »).
SCAFFOLDING = _words(
    """autour existe existent exister monte montee montees monter montent activite activites porte portent
    portant concerne concernent concernant adresse adressent associe associes associee associees soutenu
    soutenue soutenues soutenus finance financee financees finances propose proposee proposees proposent
    proposer fait faite faites faire mis mise mettre sujet sujets theme themes thematique domaine type
    genre chose choses quelque connaissez connait trouver cherche recherche voudrais aimerais souhaite merci
    svp peut peuvent pouvez dire sait savoir parle parlent traite traitent vise visent cible ciblent destine
    destinee destinees destines deja eu ete avait avaient lieu cas exemple moment helping help people use
    using about things kind"""
)
_VERB_ENDINGS = ("ent", "er", "ez", "ait", "aient", "ant", "ee", "ees")
_ENGLISH_FUNCTION = _words(
    "the and of with for which what how who is are was were to in on any that this there"
)
_FRENCH_FUNCTION = _words(
    "le la les des du de et avec pour qui que quel quelle quels quelles est sont dans sur une un"
)
# English words of the field, with the French the corpus uses (appended to the keywords).
ENGLISH: dict[str, str] = {
    "garden": "jardin", "gardening": "jardinage jardin", "zero": "zéro", "waste": "déchet déchets",
    "women": "femmes", "woman": "femme", "breakfast": "petit déjeuner", "breakfasts": "petits déjeuners",
    "storytelling": "conte contes", "tales": "contes", "stories": "histoires", "story": "histoire",
    "picnic": "pique-nique", "neighbourhood": "quartier", "neighborhood": "quartier", "housing": "logement",
    "health": "santé", "elderly": "personnes âgées", "youth": "jeunesse jeunes", "children": "enfants",
    "volunteers": "bénévoles", "school": "école", "schools": "écoles", "paperwork": "démarches administratives",
    "administrative": "administratives démarches", "writer": "écrivain", "public": "public",
    "parents": "parents", "parenting": "parentalité", "families": "familles", "family": "famille",
    "budget": "budget", "sport": "sport", "food": "alimentation", "eating": "manger", "meal": "repas",
    "christmas": "noël", "party": "fête", "festival": "fête", "reading": "lecture", "books": "livres",
    "information": "information", "point": "point", "homework": "devoirs scolaire", "employment": "emploi",
    "job": "emploi", "jobs": "emploi", "digital": "numérique", "computer": "informatique", "isolation": "isolement",
    "lonely": "isolement", "loneliness": "isolement", "residents": "habitants", "inhabitants": "habitants",
    "street": "rue", "outreach": "hors les murs aller vers", "permanence": "permanence", "drop": "permanence",
    "advice": "conseil", "social": "social", "landlords": "bailleurs", "landlord": "bailleur",
    "environment": "environnement", "sustainable": "durable", "ideas": "idées", "workshops": "ateliers",
    "workshop": "ateliers", "cooking": "cuisine", "games": "jeux", "toddlers": "petite enfance",
    "sharing": "partage", "together": "ensemble", "intergenerational": "intergénérationnel",
    "computers": "informatique ordinateur", "grocery": "épicerie", "groceries": "épicerie courses",
    "shop": "boutique", "store": "magasin", "households": "ménages foyers", "household": "ménage foyer",
    "income": "revenus", "low": "faibles", "community": "collectif partagé", "mothers": "mères",
    "fathers": "pères", "repair": "réparation réparer", "bike": "vélo", "bicycle": "vélo", "theatre": "théâtre",
    "theater": "théâtre", "racism": "racisme", "discrimination": "discriminations", "driving": "conduire permis",
    "licence": "permis", "license": "permis", "seeds": "graines", "caregivers": "aidants", "carers": "aidants",
    "debt": "dettes impayés", "rent": "loyer", "tenants": "locataires", "trip": "sortie séjour",
    "trips": "sorties séjours", "holiday": "vacances", "mountain": "montagne", "sea": "mer", "literacy": "alphabétisation",
    "language": "langue", "french": "français", "memory": "mémoire", "transport": "transport navette",
    "isolated": "isolés", "visits": "visites", "citizens": "habitants", "council": "conseil", "film": "ciné",
}  # fmt: skip


def analyse(question: str, vocabulary: FacetVocabulary) -> Query:
    """The analysed question (see the module docstring)."""
    return analyse_scan(question, vocabulary)[0]


def analyse_scan(question: str, vocabulary: FacetVocabulary) -> tuple[Query, FacetScan]:
    """`analyse` plus the facet scan (absent entities, trigger positions) for the retriever."""
    scan = vocabulary.scan(question)
    norm = normalise(question)
    intent, lookup_field, group_by = detect_intent(norm)
    query = Query(
        text=question.strip(),
        facets=scan.facets,
        intent=intent,
        lookup_field=lookup_field,
        group_by=group_by,
        keywords=keywords(scan),
    )
    return query, scan


def detect_intent(norm: str) -> tuple[Intent, str, str]:
    """(intent, lookup_field, group_by) of a normalised question."""
    if _SIMILAR.search(norm):
        return "similar", "", ""
    if _AGGREGATE.search(norm):
        return "aggregate", "", _group_by(norm)
    lookup = _lookup_field(norm)
    if lookup and not _LIST.search(norm) and not _COUNT_OBJECT.search(norm):
        return "lookup", lookup, ""
    if _COUNT.search(norm):
        return "count", "", ""
    if _LIST.search(norm):
        return "list", "", ""
    return "search", "", ""


def _group_by(norm: str) -> str:
    after = re.search(r"\b(par|by|per) (\w+( \w+)?)", norm)
    candidates = [after.group(2)] if after else []
    candidates.append(norm)
    for text in candidates:
        for pattern, field_name in _GROUP_NOUNS:
            if re.search(rf"\b({pattern})\b", text):
                return field_name
    return "mots_cles"


def _lookup_field(norm: str) -> str:
    norm = re.sub(r"\bfinance\w* par\b", " ", norm)  # « financées par l'ARS » names a partner, not a budget
    for pattern, field_name in _LOOKUP:
        if re.search(rf"\b({pattern})\b", norm):
            return field_name
    return ""


def keywords(scan: FacetScan) -> str:
    """The question's content words (as written), without stop words, generic words and facet triggers,
    plus the French of English words."""
    words = [
        t.text
        for i, t in enumerate(scan.tokens)
        if i not in scan.used and t.norm not in STOPWORDS and t.norm not in GENERIC and len(t.norm) > 1
    ]
    french = [ENGLISH[w.lower()] for w in words if w.lower() in ENGLISH and ENGLISH[w.lower()] != w.lower()]
    return " ".join(words + french)


def content_words(scan: FacetScan) -> list[str]:
    """Normalised words that carry the question's meaning (for the « aucune fiche » check): no stop
    words, generic words, question scaffolding (« autour de », « existe-t-il »), nor facet triggers."""
    return [
        t.norm
        for i, t in enumerate(scan.tokens)
        if i not in scan.used
        and len(t.norm) > 2
        and not {t.norm, t.key} & (STOPWORDS | GENERIC | SCAFFOLDING)
        and not t.norm.isdigit()
    ]


def looks_like_verb(word: str) -> bool:
    """French verb forms (« adressent », « ciblent », « destinées »): weak evidence of a topic."""
    return word.endswith(_VERB_ENDINGS)


def is_english(scan: FacetScan) -> bool:
    """More English than French function words."""
    english = sum(1 for t in scan.tokens if t.norm in _ENGLISH_FUNCTION)
    french = sum(1 for t in scan.tokens if t.norm in _FRENCH_FUNCTION)
    return english > french


def translations(word: str) -> list[str]:
    """French words for an English word of the field (empty when unknown)."""
    french = ENGLISH.get(word.lower(), "")
    return [w for w in french.split() if w != word.lower()]
