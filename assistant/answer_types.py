"""The type of answer a question word asks, and a recogniser per type over a fiche's sentence.

    kind = answer_type(normalise("C'est à quelle heure le café des parents ?"))   # TIME
    kind.strength("Le café a lieu tous les mercredis de 9 h à 11 h 30.")        # 2: a time of day

« à quelle heure » asks a time (« 11 h 30 », « 9h00 »), « quel jour » a weekday, « quand / en quelle année » a
date (a year, a month; a weekday or a time of day answers it less well), « où » a place (a département, a
région, a town; a place noun after a preposition less well: « en camping »), « d'où venaient » a provenance
(an organisation's name: « l'Atelier du Gobelet »), « combien » near a verb of money in any of its forms
(« touchent », « il verse », « elle reçoit … de l'ARS », read through the lemma table: `assistant.question_clauses`,
like the verbs of the cause and of who ran it) a sum in €, « qu'est-ce qui a déclenché / pourquoi ont-ils lancé »
what made the action start (a connective of cause, a finding, its « Éléments de diagnostic »), « à quel
rythme / tous les combien » a frequency, « qui a eu l'idée / qui s'en occupait avant » a person's role or an
organisation (« un retraité électricien », « le CCAS »). Each type has a STRONG recogniser (what the question
word asks, exactly) and a WEAK one (what answers it vaguely), and the words of a sentence that SAY that
aspect (« a proposé », « à l'initiative de » for a role). `INTERROGATIVES` matches the question words of every
type: phrasing, never the topic of a question (« Aucune fiche ne porte sur « heure » » is wrong).
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from assistant.question_clauses import (
    ENDED,
    asked_noun_clause,
    cause_clause,
    funders_clause,
    initiative_clause,
    money_clause,
    origin_event_clause,
    running_clause,
)
from ingest import geo
from ingest.places import PlacesUnavailable, communes, find_places
from ingest.text import GENERIC, STOPWORDS, fold, plural_key, word_set

NONE = -1


def _regex_at(pattern: str) -> Callable[[str], int]:
    """Where `pattern` first matches the folded sentence, else NONE."""
    regex = re.compile(pattern)
    return lambda s: m.start() if (m := regex.search(fold(s))) else NONE


def _first(*finders: Callable[[str], int]) -> Callable[[str], int]:
    """The earliest position any finder gives, else NONE."""

    def found(sentence: str) -> int:
        positions = [p for f in finders if (p := f(sentence)) >= 0]
        return min(positions, default=NONE)

    return found


def _never(sentence: str) -> int:
    return NONE


# -- recognisers ----------------------------------------------------------------------------------------

_WEEKDAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_MONTHS = r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
# « 9 h », « 11 h 30 », « 9h00 », « 14:30 », « à 10 heures » — not a duration (« 6 heures », « 24 h par semaine »,
# « de 3 heures »).
TIME_OF_DAY = _regex_at(
    r"\b(?:[01]?\d|2[0-3]) ?h(?: ?[0-5]\d)?\b(?! ?(?:par|hebdo|/|de (?:cours|travail|benevolat)))"
    r"|\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:a|vers|des|jusqu a|entre) (?:[01]?\d|2[0-3]) heures?\b(?! ?(?:par|hebdo|/|de ))"
    r"|\bde (?:[01]?\d|2[0-3]) heures? (?:a|jusqu)\b"  # « de 10 heures à midi », never « séances de 3 heures »
    r"|\b(?:[01]?\d|2[0-3]) heures? [0-5]\d\b"
)
MOMENT = _regex_at(r"\b(?:midi|matin(?:ee)?s?|soir(?:ee)?s?|apres[ -]midi|journee)\b")
WEEKDAY = _regex_at(rf"\b(?:{_WEEKDAYS})s?\b")
WEEKEND = _regex_at(r"\bweek[ -]?ends?\b|\btous les jours\b|\bchaque jour\b")
# A year (not a sum: « 2 040 € »), a month, a date written with slashes.
DATE = _regex_at(
    rf"\b(?:19[5-9]\d|20[0-4]\d)\b(?! ?(?:€|euros?))|\b(?:{_MONTHS})\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b"
)
# A day of the calendar (« le 24 juin », « 1er mars »): « c'était quel jour ? » asked of a one-day event.
CALENDAR_DAY = _regex_at(rf"\b(?:1er|[12]?\d|3[01]) (?:{_MONTHS})\b")
SEASON = _regex_at(
    r"\b(?:printemps|automne|hiver|rentree|vacances scolaires|depuis \d+ ans|il y a \d+ ans)\b"
)
MONEY = _regex_at(r"\d[\d  .,]*\s*(?:€|euros?\b|k€)")
_PERIODS = r"jours?|semaines?|mois|ans?|annees?|trimestres?|matins?|soirs?|apres[ -]midi|week[ -]?ends?|vacances|seances?"
_FREQUENCY = re.compile(
    rf"\b(?:tous|toutes) les (?:(?:deux|trois|quatre|six|quinze|\d+) )?(?:{_PERIODS}|(?:{_WEEKDAYS})s)\b"
    rf"|\bchaque (?:{_PERIODS}|{_WEEKDAYS})\b|\bpar (?:jour|semaine|mois|an|annee|trimestre)\b|\bhebdomadaire"
    r"|\bmensuel|\bquotidien|\bbimensuel|\btrimestriel|\bannuel|\bfois\b|\bquinzaine\b|\bun \w+ sur (?:deux|trois|2|3)\b"
)


def FREQUENCY(sentence: str) -> int:  # noqa: N802 — a recogniser, like the regex-made ones
    """Where a frequency (« tous les deux mois », « une fois par mois ») starts, else NONE; a rate of money
    (« 5 000 € par an ») is none."""
    folded = fold(sentence)
    for match in _FREQUENCY.finditer(folded):
        if not re.search(r"(?:€|euros?)\s*$", folded[max(0, match.start() - 12) : match.start()]):
            return match.start()
    return NONE


# A role or an organisation: who someone is (« un habitant électricien », « l'élu du secteur », « le CCAS »).
ROLE = _regex_at(
    r"\b(?:habitante?s?|electricien\w*|retraitee?s?|elue?s?|conseill\w+|benevoles?|adherente?s?|parents?|meres?"
    r"|peres?|mamans?|papas?|familles?|animat\w+|direct(?:eur|rice)s?|president\w*|salariee?s?|enseignant\w*"
    r"|institut\w+|professeur\w*|infirmi\w+|medecins?|assistante?s? soci\w+|travailleu\w+ soci\w+|educat\w+"
    r"|referente?s?|coordinat\w+|agents?|usagers?|associations?|collectifs?|mairie|municipalite|ville|commune"
    r"|conseil (?:departemental|municipal|citoyen)|departement|bailleurs?|ecoles?|colleges?|service\w*"
    r"|centre social|centres sociaux|equipe|commission|comite|groupe d \w+|habitants?|jeunes|lyceen(?:ne)?s?"
    r"|collegien(?:ne)?s?|etudiante?s?|adolescente?s?|ados|voisine?s?|locataires?|seniors?|femmes)\b"
)
ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,6}\b|\b(?:[A-Z]\.){2,}[A-Z]?")  # « CCAS », « C.A.F. »
_CAPITAL_NAME = re.compile(r"(?<=[\s'’(«\"])[A-ZÀ-ÖØ-Þ][\w’'-]{2,}")


def acronym_at(sentence: str) -> int:
    """Where an acronym (« CCAS », « CAF ») stands in the sentence, else NONE."""
    return m.start() if (m := ACRONYM.search(sentence)) else NONE


def name_at(sentence: str) -> int:
    """Where a capitalised name stands after the sentence's first word (« l'Atelier du Gobelet »), else NONE;
    weekdays and months written with a capital are no names."""
    for match in _CAPITAL_NAME.finditer(sentence):
        if not re.fullmatch(rf"(?:{_WEEKDAYS}|{_MONTHS})s?", fold(match.group())):
            return match.start()
    return NONE


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _geo_names() -> re.Pattern[str]:
    """The départements' and régions' names, capitalised as written (« Vendée », « Côte-d'Or »), accents off."""
    names = [d.name for d in geo.DEPARTEMENTS] + list(geo.REGIONS)
    spelt = sorted({_strip_accents(n) for n in names}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\-", r"[- ]").replace(r"\ ", r"[- ]") for n in spelt)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def geo_at(sentence: str) -> int:
    """Where a département or région is named in the sentence, else NONE."""
    return m.start() if (m := _geo_names().search(_strip_accents(sentence))) else NONE


def town_at(sentence: str) -> int:
    """Where a town is named: by the place finder (« à Bagnolet »), or a capitalised word after the first
    that is a commune's name (« une entreprise d'Orvault »); NONE when none or the commune list is missing."""
    try:
        if found := find_places(sentence):
            return max(0, sentence.find(found[0].town))
        for match in _CAPITAL_NAME.finditer(sentence):
            if len(match.group()) >= 4 and communes(match.group()):
                return match.start()
    except PlacesUnavailable:
        return NONE
    return NONE


_AFTER_PREPOSITION = re.compile(
    r"(?<!\w)(?:à|au|aux|de|d['’]|sur|vers|près de)\s*(?P<word>[a-zà-ÿ][a-zà-ÿ-]{4,})\b"
)
SMALL_TOWN = 2_000  # a town written in lower case is read only above this size (« montagne » is a hamlet too)


def lowercase_town_at(sentence: str) -> int:
    """Where a town written in lower case follows a preposition (« au nord de wimereux »), else NONE."""
    try:
        for match in _AFTER_PREPOSITION.finditer(sentence.lower()):
            word = match.group("word")
            if fold(word) in STOPWORDS | GENERIC:
                continue
            if any(c.population >= SMALL_TOWN for c in communes(word)):
                return match.start("word")
    except PlacesUnavailable:
        return NONE
    return NONE


# The semantic class of places: the nouns of a room, a building, an open space or a settlement. One source for
# the place recogniser (« dans l'ancienne loge ») and the place question (« dans quel local / quelle salle »).
# No « lieu »: « a lieu » (« avoir lieu », folded « a ») is no place after a preposition; « quel lieu » asks where.
PLACE_NOUNS = word_set(
    """quartier loge hall piece cuisine appartement immeuble batiment cour preau halle foyer garage terrain aire
    espace pole bureau jardin parc salle rue place local locaux ecole college lycee gymnase mairie maison centre
    residence cite plage mer montagne campagne camping foret bibliotheque mediatheque marche ville village commune
    carriere gite ferme stade square lac ile cote bord bivouac chalet refuge auberge hotel base endroit site
    emplacement secteur etage parking eglise chapelle cantine refectoire entrepot hangar cave grenier couloir
    sous-sol rez-de-chaussee quai port gare plateau esplanade parvis verger potager serre cabane roulotte
    pavillon annexe antenne dojo piscine patinoire theatre cinema musee ludotheque galerie hameau bourg
    lotissement domaine coin zone pelouse prairie pre champ berge rive littoral trottoir dalle colline"""
)
# Where a question naming one of them asks a place only after a preposition (« dans quelle maison » asks
# where; « quelle maison de quartier porte … » asks a name; « quelle école » may ask which partner).
_NAMED_PLACES = word_set(
    "maison centre ecole college lycee mairie commune ville village base antenne pole foyer"
)
_MULTIWORD_PLACES = r"sous sol|rez de chaussee|mobil home|centre de vacances|village vacances|salle des fetes"
PLACE_NOUN = _regex_at(
    r"\b(?:a|au|aux|dans|sur|en|chez|pres|devant|vers)\s+(?:(?:l|la|le|les|un|une|des|du|de)\s+|l')?"
    r"(?:(?:ancien|nouvel|nouveau|petit|grand|vieux|vieil|meme|propre)\w*\s+)?"
    rf"(?:{_MULTIWORD_PLACES}|{'|'.join(sorted((n.replace('-', ' ') for n in PLACE_NOUNS), key=len, reverse=True))})s?\b"
)
_ORGANISATION_WORDS = (
    r"\b(?:entreprises?|associations?|magasins?|supermarches?|epiceries?|fermes?|boutiques?|recycleries?"
    r"|ressourceries?|fondations?|banque alimentaire|commer\w+|marches?|producteurs?|fournisseurs?|bailleurs?"
    r"|mairie|ville|artisans?|usines?)\b"
)
ORGANISATION = _regex_at(_ORGANISATION_WORDS)


def organisations_named(sentence: str, most: int = 3) -> int:
    """How many organisations a sentence names, at most `most`: capitalised names after its first word
    (weekdays and months apart), acronyms and organisation nouns (« association », « mairie »)."""
    capitals = [
        m
        for m in _CAPITAL_NAME.finditer(sentence)
        if not re.fullmatch(rf"(?:{_WEEKDAYS}|{_MONTHS})s?", fold(m.group()))
    ]
    nouns = re.findall(_ORGANISATION_WORDS, fold(sentence))
    return min(most, len(capitals) + len(ACRONYM.findall(sentence)) + len(nouns))


# -- the types --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerType:
    """A type of answer: the question words asking it (`cue`, over the normalised question), where a
    sentence holds an entity of that type exactly (`strong`) or vaguely (`weak`), and the words by which a
    sentence says that aspect (`says`, folded sentence: « a proposé » for who had the idea)."""

    name: str
    cue: re.Pattern[str]
    strong: Callable[[str], int]
    weak: Callable[[str], int] = _never
    says: re.Pattern[str] | None = None
    field: str = ""  # the structured field holding that type, read first (« Qui est à l'initiative »)
    reads: tuple[str, ...] = ()  # the only fields telling that type, when not every field does
    # The field answers by itself, whatever its words (« Éléments de diagnostic » tells what started the
    # action), and its absence goes unsaid (most fiches have none).
    whole_field: bool = False
    # What makes an exact entity fuller (a day or a date with its hours or its rhythm: « le mardi de 14 h à 17 h »).
    fuller: Callable[[str], bool] | None = None

    def strength(self, sentence: str) -> int:
        """2 for an entity of the type (3 when `fuller`), 1 for a vague one, 0 for none."""
        if self.strong(sentence) >= 0:
            return 3 if self.fuller is not None and self.fuller(sentence) else 2
        return 1 if self.weak(sentence) >= 0 else 0

    def entity_at(self, sentence: str) -> int:
        """Where the sentence's entity of that type starts (the strong one first), else NONE."""
        strong = self.strong(sentence)
        return strong if strong >= 0 else self.weak(sentence)

    @property
    def missing(self) -> str:
        """What a fiche lacks when no sentence holds that type (« La fiche ne donne pas d'heure »)."""
        return _MISSING[self.name]

    def saying(self, sentence: str) -> int:
        """How many words of the sentence say the aspect asked."""
        return len(self.says.findall(fold(sentence))) if self.says is not None else 0


_MISSING = {
    "cause": "ce qui a déclenché l'action", "initiative": "qui en a eu l'idée", "running": "qui s'en occupait", "provenance": "de provenance",
    "time": "d'heure", "weekday": "de jour de la semaine", "frequency": "de fréquence", "amount": "de montant",
    "date": "de date", "schedule": "de jour ni d'horaire", "place": "de lieu précis", "percent": "de pourcentage", "agent": "qui le fait", "age": "d'âge",
    "public": "de public", "doer": "qui le fait", "organisation": "de structure nommée",
}  # fmt: skip
# « où » (folded « ou », also « or »): first, last, or before a word « or » never precedes; « quel genre / type de
# lieu » asks the kind of place, a place all the same.
WHERE = re.compile(
    r"^(?:ou|where)\b|\b(?:ou (?:a|se|s est|ont|avait|est|sont|exactement|precisement|ca|cela|et|ils|elles|on)"
    r"|dans quel(?:le)? (?:(?:genre|type|sorte|style) (?:de |d )?)?(?:ville|commune|departement|region|quartier|lieu"
    r"|endroit|pays)|quel(?:le)? (?:(?:genre|type|sorte|style) (?:de |d )?)?(?:lieu|endroit|quartier|ville|commune"
    r"|destination)"
    r"|(?:lieu|passe|passent|deroule|deroulent|partent|part|parties|partis|partaient|va|vont|allez|alles|allees"
    r"|allaient|font|fait|tient|tiennent|trouve|trouvent|situe|situent|installee?s?|implantee?s?|c est) ou)\b|\bou$"
)
# Said of who started it, in a past form (« a proposé », « proposé par », « à la demande de »), not an aim
# (« proposer ») nor a present habit (« la référente propose un rendez-vous »).
_PAST = r"(?:a|ont|avait|avaient|ete|etait|etaient|avons|avions)"
_STARTED = (
    r"propose|lance|initie|impulse|sollicite|cree|fonde|suggere|constate|alerte|interpelle|exprime|imagine|monte"
    r"|demarre|souhaite|releve|repere"
)
_STARTED_BY = _regex_at(rf"\b{_PAST} (?:\w+ )?(?:{_STARTED})e?s?\b|\b(?:{_STARTED})ee?s? par\b")
_INITIATIVE_SAYS = re.compile(
    rf"\b{_PAST} (?:\w+ )?(?:{_STARTED})e?s?\b|\b(?:{_STARTED})ee?s? par\b|\b(?:idees?|origine|initiative|besoins?"
    r"|a la demande|demandes? (?:de|des|du|d))\b|\bvoulai\w*|\bsouhaitai\w*"
)
_RUNNING_SAYS = re.compile(
    r"\b(?:men\w* par|port\w* par|ger\w* par|assur\w* par|organis\w*|pilot\w*|coordonn\w*|occup\w*|charg\w*"
    r"|responsab\w*|relais|repris\w*|ensuite|avant|auparavant)\b"
)
# « qui a eu l'idée » (who started it) and « qui s'en occupait avant » (who ran it): a role or an organisation.
INITIATIVE = AnswerType(
    "initiative",
    re.compile(
        r"\bqui (?:a|avait|ont|avaient) eu (?:l|cette) idee\b|\bd ou (?:vient|venait) (?:l|cette) idee\b"
        r"|\bqui (?:(?:est|etait|sont|etaient) )?(?:a l origine|a l initiative|derriere)\b|\ba l initiative de qui\b"
        r"|\bqui (?:l |les |la )?(?:a|avait|ont) (?:lance|initie|propose|impulse|monte|cree|fonde|demarre"
        r"|sollicite|interpelle|demande)\w*(?! (?:des|d|une?) )|\b(?:venue?s?|vient|venait|partie?s?) de qui\b"
        r"|\bde qui (?:vient|venait|est venue?|est partie?) (?:l idee|le projet|l action|la demande|l initiative)\b"
        r"|\bwho (?:started|initiated|had the idea)\b"
    ),
    _first(ROLE, acronym_at),
    name_at,
    _INITIATIVE_SAYS,
    "initiative",
)
RUNNING = AnswerType(
    "running",
    re.compile(
        r"\bqui (?:etait|etaient|est|sont|a ete|avait ete) (?:en charge|responsable|aux commandes|a la tete)\b"
        r"|\bqui s en (?:occupait|chargeait|occupe|charge)\b|\bqui (?:le |la |les |l )?(?:portait|menait|gerait"
        r"|pilotait|organisait)\b|\bqui (?:le|la|les|l) (?:porte|mene|gere|pilote|organise)\b"
        r"|\bqui (?:l |les |la )?(?:a|avait|ont) (?:organise|coordonne|pilote|porte|mene|gere)\w*\b(?! (?:des|d|une?) )"
        r"|\bwho (?:runs|ran|organi[sz]ed)\b"
    ),
    _first(ROLE, acronym_at),
    name_at,
    _RUNNING_SAYS,
)
_PROVENANCE_SAYS = re.compile(
    r"\b(?:donn\w*|fourni\w*|offert\w*|achet\w*|command\w*|aupres|invendus?|recup\w*|proven\w*|provien\w*"
    r"|issue?s?|chez|dons?|prete\w*|fabriqu\w*|vend\w*|approvision\w*|livr\w*|collect\w*)\b"
)
# Said of a moment in the life of an action: its start, its phases, its end (« débuté en 2012 »).
_LIFE_SAYS = re.compile(
    r"\b(?:depuis|debut\w*|commenc\w*|demarr\w*|lance\w*|creee?s?|ouvert\w*|ouverture|mise? en place|arret\w*"
    r"|termin\w*|fin|phase|premiere?s?|installee?s?|inaugur\w*)\b"
)
# What made an action start, said by a connective of cause (« suite à », « face à », « en raison de »,
# « une demande récurrente », « ont exprimé le besoin », never a list's « la demande de logements »), a finding (« a constaté », « ont alerté », « le diagnostic … a mis en évidence »)
# or a verb of causing in a past form (« a suscité », « a provoqué »); vaguely, by an aim (« afin de »), an
# event the action came after (« après la fermeture de … ») or a lack told by a negation (« aucune ligne de bus
# ne circule le mardi », « beaucoup de familles ne franchissent pas la porte »).
_OF = r"(?:de|du|des|d)"  # « faute de », « faute d'argent » (folded: « faute d argent »)
_CAUSE_CONNECTIVE = _regex_at(
    rf"\b(?:suite (?:a|au|aux)|a la suite {_OF}|face (?:a|au|aux)|en raison {_OF}|a cause {_OF}|du fait {_OF}"
    rf"|parce qu\w*|puisqu\w*|faute {_OF}|compte tenu {_OF}|etant donne|en reponse (?:a|au|aux)"
    r"|pour (?:repondre|faire face) (?:a|au|aux)|repond\w* (?:a|au|aux)|constat\w*|alert\w*"
    r"|(?:s est|se sont) (?:apercue?s?|rendue?s? compte)|(?:a|ont|avait|avaient) (?:remarque|note|observe|releve"
    rf"|repere)|mise? en evidence|manque {_OF}|absence {_OF}|diagnostic\w*|se heurt\w*"
    r"|(?:demandes?|besoins?) (?:\w+ )?(?:recurrente?s?|croissante?s?|forte?s?|importante?s?|exprimee?s?"
    r"|identifiee?s?|reperee?s?)|(?:a|ont|avait|avaient) exprime)\b"
)
_CAUSED = _regex_at(
    rf"\b{_PAST} (?:\w+ )?(?:suscite|provoque|entraine|declenche|pousse|conduit|amene|motive|incite|genere)e?s?\b"
    r"|\b(?:ne|nee|nes|nees) (?:d|de|du|des|a la suite|apres)\b"
)
_CAUSE_WEAK = _regex_at(
    rf"\b(?:afin {_OF}|dans le but {_OF}|(?:le|leur|notre|son) but|objectifs?|tenai\w* a coeur|(?:a|ont|avait|avaient) souhaite|aucune?|peu {_OF}"
    r"|(?:ne|n) (?:\w+ ){1,3}?(?:pas|plus|jamais|guere|rien|personne)|apres (?:l|la|le|les|un|une|des) \w{{4,}}|pour (?:permettre|favoriser"
    r"|lutter|rompre|repondre|eviter|aider|creer|developper|renforcer|lever))\b"
)
_CAUSE_SAYS = re.compile(
    r"\b(?:constat\w*|alert\w*|suite|face|besoins?|manque|aucune?|jamais|absence|origine|apres|depuis|probleme\w*"
    r"|difficult\w*|inquietude\w*|suscit\w*|provoqu\w*|declench\w*"
    rf"|{_PAST} (?:\w+ )?(?:{_STARTED})e?s?)\b"  # « une maman a proposé de créer … »: how it was born
)
# Where an action's start is told: never its results, limits or prospects (« Besoin important de bénévoles »
# is a limit, no cause).
CAUSE_FIELDS = (
    "diagnostic",
    "description_experience",
    "description_generale",
    "resume",
    "initiative_precision",
)
_CAUSE_NOUN = r"(?:origine|raisons?|declencheur|elements? declencheurs?|motivations?|point de depart|genese)"
CAUSE = AnswerType(
    "cause",
    re.compile(
        r"\b(?:(?:a la )?suite|en reponse|face|a cause|en raison|nee?s?|partie?s?) (?:a|de|d) quoi\b"
        r"|\bqu est ce qui (?:est|etait|a ete|avait ete) a l origine\b"
        rf"|\b(?:quel(?:le)?s?|c est quoi|c etait quoi) (?:est |sont |etait |etaient |a ete )?(?:l |la |le |les )?{_CAUSE_NOUN}\b"
        rf"|\b{_CAUSE_NOUN} (?:c est|c etait|c etaient|ce sont|ce sont) (?:quoi|lesquelles|lequel)\b"
        r"|\bpour quelles? raisons?\b|\bdans quel contexte\b|\bcomment (?:\w+ ){0,3}?(?:est|sont) (?:nee?s?|venue?s?)\b"
        r"|\bwhy (?:did|was|were|do|does|is|are) (?:\w+ ){0,4}?(?:start|launch|create|set up|begin|found|open)\w*"
        r"|\bwhat (?:made|led|prompted|triggered|sparked)\b"
    ),
    _first(_CAUSE_CONNECTIVE, _CAUSED),
    _first(_CAUSE_WEAK, _STARTED_BY),  # « un adhérent a proposé de créer … »
    _CAUSE_SAYS,
    "diagnostic",
    reads=CAUSE_FIELDS,
    whole_field=True,
)
AMOUNT = AnswerType(
    "amount",
    re.compile(
        r"\bcombien (?!de |d )(?:\w+ ){0,2}?(?:cout\w*|touch\w*|gagn\w*|percoi\w*|percu\w*|recoi\w*|rapport\w*|depens\w*"
        r"|paie\w*|paye\w*)\b|\b(?:cout\w*|touch\w*|gagn\w*|percoi\w*|percu\w*|recoi\w*|rapport\w*|depens\w*"
        r"|paie\w*|paye\w*) (?:\w+ )?combien\b(?! (?:de|d) )|\bquel (?:est |etait )?(?:le )?(?:montant|cout|prix)\b"
        r"|\b(?:c est|c etait|ca fait) combien\b(?! (?:de|d) )|\bcombien par (?:personne|famille|enfant|participant|mois|an"
        r"|annee|seance|semaine|jour)\b|\bhow much\b"
        r"|\bwhat (?:was|is|were|are) the (?:total |overall )?(?:spending|cost|costs|budget|price|expenses?|amount)\b"
    ),
    MONEY,
)
# A share (« taux de réussite », « quel pourcentage », « quelle part des participants »): a percentage,
# vaguely a fraction said in words (« la moitié », « 3 sur 10 »). Before `AMOUNT`: « son taux, c'est
# combien ? » asks a rate, no sum.
PERCENT = AnswerType(
    "percent",
    re.compile(
        r"\b(?:taux|pourcentages?|pour cent|proportion)\b|\bquel(?:le)?s? (?:est |etait )?(?:la )?part\b"
        r"|\bcombien (?:de |d )?(?:%|pour cent)|\b(?:what|which) (?:percentage|share|proportion)\b|\brate\b"
    ),
    _regex_at(r"\d+(?:[.,]\d+)?\s?%|\bpour ?cent\b"),
    _regex_at(
        r"\b(?:moitie|tiers|quart|majorite|la plupart|(?:\d+|un|une|deux|trois) sur (?:\d+|deux|trois|quatre"
        r"|cinq|dix))\b"
    ),
)
# « animé par qui ? », « envoyés par qui ? »: the agent of the question's verb — a phrase « par » + a determiner
# (« orientés par les enseignants », « animé par une psychologue »), vaguely a role or an organisation. The
# question's verb itself is a content word: the sentence telling that act is the one sharing it.
AGENT = AnswerType(
    "agent",
    re.compile(r"\bpar qui\b|\bby whom\b"),
    _regex_at(r"\bpar (?:un|une|des|le|la|les|l|leur|leurs|son|sa|ses|d|deux|trois|quelques)\b"),
    _first(
        ROLE, acronym_at, _regex_at(r"\b(?:avec|aupres d|grace a) (?:un|une|des|le|la|les|l|leur|son|sa)\b")
    ),
)
# « qui y tient des permanences ? », « qui les reçoit ? », « et qui y assure les ateliers ? »: the subject of the
# question's verb, asked of the fiche in focus (a clitic « y / les / l' / en » stands for it, or « qui » opens
# the question): a role or an organisation, vaguely a capitalised name. Never a relative « qui » after a noun
# (« les actions qui tiennent … » lists fiches), nor « qui » and a verb with an indefinite object and no clitic
# (« qui a organisé des sorties ? » asks which centres), nor a verb another type reads (« qui finance »).
_DOER_CLITICS = r"(?:(?:y|en|les|l|la|le|lui|leur|s|se|nous|vous) )"
_OPENER = r"(?:(?:et|mais|alors|donc|ok|sinon) )?"
_AUX = r"(?:a |ont |avait |avaient )?"
_NOT_DONE = r"(?:est|sont|etait|etaient|c)\b"  # « qui est … » asks who someone is: a role, read elsewhere
DOER = AnswerType(
    "doer",
    re.compile(
        rf"^{_OPENER}qui {_DOER_CLITICS}+{_AUX}(?!{_NOT_DONE})[a-z]{{3,}}"
        rf"|^{_OPENER}qui {_AUX}(?!{_NOT_DONE})[a-z]{{3,}}\b(?! (?:des|d|un|une|de)\b)"
        rf"|\bqui (?:y|en) {_AUX}(?!{_NOT_DONE}|a\b)[a-z]{{3,}}"
        r"|^who (?:\w+ )?(?:does|did|runs|ran|holds|held|leads|led|gives|gave|hosts|hosted)\b"
    ),
    _first(ROLE, acronym_at),
    name_at,
    re.compile(
        r"\bpar (?:un|une|des|le|la|les|l|leur|son|sa|ses)\b|\banim\w*|\bencadr\w*|\bassur\w*|\bintervi\w*"
        r"|\btenue?s?\b|\bpermanences? (?:de|du|des|d)\b"
    ),
)


# « pour quelle tranche d'âge ? », « à partir de quel âge ? »: an age or a range of ages (« de 6-17 ans », « âgés
# entre 16 et 18 ans », « les plus de 60 ans »), not a duration (« il y a 2 ans », « depuis 10 ans»); vaguely a
# public named by its age (« les tout-petits », « les collégiens »).
_AGES = r"(?:\d{1,2} ?(?:-|a|/) ?\d{1,2}|entre \d{1,2} et \d{1,2}|\d{1,2} et \d{1,2}) ans\b"
AGE = AnswerType(
    "age",
    re.compile(
        r"\b(?:quel(?:le)?s?|de|a partir de|jusqu a) (?:est |sont )?(?:l |la |les )?(?:age|ages|tranches? d ages?"
        r"|classes? d ages?)\b|\bhow old\b|\b(?:what|which) age\b|\bage (?:range|group)\b"
    ),
    _regex_at(
        rf"\b{_AGES}|\b(?:agee?s? de|ages de|a partir de|des|de plus de|de moins de|les plus de|les moins de"
        r"|enfants de|jeunes de) \d{1,2} ans\b"
    ),
    _regex_at(
        r"\b(?:tout[ -]petits|bebes|petite enfance|maternelles?|elementaires?|collegiens?|lyceens?|adolescents?"
        r"|ados|preados|jeunes adultes|seniors|retraitee?s?|aines|personnes agees)\b"
    ),
)
# « il s'adresse à qui ? », « c'est destiné à qui ? », « quel public vise-t-il ? »: whom the action is for — a
# public named (« Tous publics », « les jeunes filles », « les parents »), vaguely a person's role; its
# sentence says it by a word of address (« destiné aux », « s'adresse à », « en direction des »).
_PUBLICS = (
    r"publics?|jeunes(?:se)?|enfan\w+|familles?|parents?|adultes?|seniors?|aine\w*|personnes?|habitante?s?"
    r"|femmes|filles|gar[cç]ons|adolescente?s?|adoslecents?|ados|preados|tout[ -]petits|bebes|collegien\w*"
    r"|lyceen\w*|etudiante?s?|retraitee?s?|usagers?|locataires?|demandeurs? d emploi|beneficiaires?"
    r"|menages?|mamans|papas|meres|peres|apprenante?s?|allocataires?|salariee?s?|aidante?s?|benevoles?"
)
PUBLIC = AnswerType(
    "public",
    re.compile(
        r"\b(?:s adress\w*|destinee?s?|dedie\w*|reserve\w*|ouverte?s?) (?:a|aux) qui\b|\ba qui (?:est ce que )?"
        r"(?:s adress\w*|(?:est |sont |etait |etaient )?(?:destine|dedie|reserve|ouvert)\w*|ca s adresse)\b"
        r"|\bqui (?:est|sont|etait|etaient) (?:vise|concerne|cible)e?s?\b|\bqui (?:vise|cible)\w*(?! (?:a|d) )"
        r"|\b(?:quel|quels) (?:est |sont |etait )?(?:le |les )?publics?\b"
        r"|\bc est pour qui\b|\bfor whom\b|\bwho is (?:it|this|the \w+) (?:for|aimed at|targeted at)\b"
    ),
    _regex_at(rf"\b(?:{_PUBLICS})\b"),
    ROLE,
    re.compile(
        r"\b(?:destine\w*|s adress\w*|dedie\w*|public\w*|vis(?:e|ent|ait|ant)\b|aupres (?:de|des|du)|pour les"
        r"|en direction (?:de|des|du)|a destination|beneficiaire\w*|reserve\w*|ouverte? a)"
    ),
    "public",
)
# « la conteuse venait de quelle structure ? », « quel organisme oriente les candidats ? »: the organisation
# named in the text — an acronym (« MJC »), a capitalised name (« Centre des Arts du Récit »), a noun of an
# organisation (« la mission locale », « l'auto-école associative »); vaguely a person's role. Read only by a
# detail question (`lookup_type`), never in `TYPES`: « quelle structure fait du jardinage ? » asks which fiches.
_ORGANISATION_NOUNS = (
    r"structure|organisme|service|association|institution|compagnie|entreprise|etablissement|organisation"
    r"|club|collectif|federation|reseau|agence|administration"
)
ORGANISATION_WORDS = _regex_at(
    r"\b(?:associations?|associati\w+|compagnies?|organismes?|services? (?:de|d|des|du)|mission locale|fondations?"
    r"|entreprises?|federations?|reseaux?|agences?|offices?|instituts?|etablissements?|mairie|municipalite"
    r"|conseil (?:departemental|regional|municipal)|caisses?|banque alimentaire|auto[ -]ecoles?|ecoles?"
    r"|colleges?|lycees?|centres? (?:de|d|des|du|social|sociaux|communal)|maisons? (?:de|des|du)|mediatheques?"
    r"|bibliotheques?|bailleurs?|clubs?|cooperatives?|syndicats?|collectifs?)\b"
)
ORGANISATION_ASKED = AnswerType(
    "organisation",
    re.compile(rf"\bquel(?:le)?s? (?:{_ORGANISATION_NOUNS})s?\b|\bwhich (?:organi[sz]ation|body|agency)\b"),
    _first(acronym_at, name_at, ORGANISATION_WORDS),
    ROLE,
)
# Where what an action does now is told (« Événement annuel » in the ending field too): never its prospects (« ouvrir un point relais une fois par semaine »
# is a plan), its limits, or the findings before it.
SCHEDULE_FIELDS = (
    "resume", "description_generale", "description_experience", "personnes_mobilisees", "resultat_habitants",
    "resultat_territoire", "resultat_centre", "impacts", "initiative_precision", "raison_fin",
)  # fmt: skip
# « elle ouvre quand ? », « ça se passe quand ? », « il se réunit quand ? »: « quand » asked of an action told in
# the present asks its schedule — a weekday, a time of day, a frequency (« trois demi-journées par semaine »), a
# day of the calendar; a date answers it vaguely. Told in the past, the future, or of a start or an end (« c'était
# quand », « a ouvert quand », « depuis quand », « ça reprend quand ») it asks a date (`told_once`).
SCHEDULE = AnswerType(
    "schedule",
    re.compile(r"\bquand\b|\bwhen (?:does|do|is|are)\b"),
    _first(WEEKDAY, TIME_OF_DAY, FREQUENCY, CALENDAR_DAY),
    _first(DATE, SEASON, MOMENT, WEEKEND),
    reads=SCHEDULE_FIELDS,
    fuller=lambda s: _first(WEEKDAY, CALENDAR_DAY, DATE)(s) >= 0 and _first(TIME_OF_DAY, FREQUENCY)(s) >= 0,
)
_PARTICIPLE = r"(?!(?:une|lieu|le|la|les|des|du|de|un|l|quel\w*|qui|quoi)\b)\w{2,}(?:e|es|ee|ees|i|is|ie|u|us|ue|it|ert|erte)"
_MOTION = (
    r"(?:partie?s?|venue?s?|allee?s?|nee?s?|arrivee?s?|sortie?s?|revenue?s?|rentree?s?|passee?s?|devenue?s?)"
)
_TOLD_ONCE = re.compile(
    rf"\b(?:a|ont|avait|avaient|aura|auront|eut) (?:(?:ete|bien|deja|donc|elle|il|ils|elles|t) )*(?:eu|{_PARTICIPLE})\b"
    rf"|\b\w{{2,}}(?:ait|aient)\b|\b(?:s est|se sont|s etait|s etaient) \w+|\b(?:est|sont) (?:\w+ )?{_MOTION}\b"
    r"|\b(?:va|vont) (?:\w+ )?\w+(?:er|ir|re)\b|\b\w{2,}(?:ra|ront)\b|\bdepuis quand\b|\bde quand\b"
    r"|\b(?:commenc|demarr|debut|lanc|cree|creat|fond|inaugur|termin|fini|arret|repri|repren|nee?s?\b|premiere fois)\w*"
    r"|\b(?:when (?:did|was|were|will)|since when)\b"
)


TENSE_WINDOW = 5  # words either side of « quand » where its verb is read (« trait » of a name is no verb)


def told_once(norm: str) -> bool:
    """Does a « quand » question tell its verb in the past, the future, or of a start or an end (a date)?
    Read within `TENSE_WINDOW` words of « quand » (the whole question when it has none)."""
    words = norm.split()
    at = next((i for i, w in enumerate(words) if w in ("quand", "when")), None)
    if at is not None:
        words = words[max(0, at - TENSE_WINDOW) : at + TENSE_WINDOW + 1]
    return bool(_TOLD_ONCE.search(" ".join(words)))


TYPES = (
    PERCENT,
    AGE,
    PUBLIC,
    CAUSE,
    INITIATIVE,
    RUNNING,
    AnswerType(
        "provenance",
        re.compile(
            r"\bd ou (?:(?:il|elle|ils|elles|ca|cela) )?(?:vien|ven|prov)\w*(?! l argent)|\b(?:vien|ven|prov)\w* d ou\b"
            r"|\bprovenance\b|\bwhere did\b"
            r"|\bqui (?:les |l |la |leur |leurs |lui )?(?:a|avait|ont|avaient) (?:donne|fourni|offert|prete|vendu"
            r"|fabrique)\w*|\b(?:achete|commande|trouve)e?s? (?:ou|chez qui|aupres de qui)\b"
        ),
        _first(name_at, acronym_at),
        _first(ORGANISATION, _regex_at(_PROVENANCE_SAYS.pattern)),
        _PROVENANCE_SAYS,
    ),
    AnswerType(
        "time",
        re.compile(
            r"\b(?:(?:a|de|jusqu a|vers|avant|apres) )?quelle heure\b|\bquels? (?:sont les |est l )?horaires?\b"
            r"|\bheures? d ouverture\b|\bwhat time\b|\bopening hours\b"
        ),
        TIME_OF_DAY,
        MOMENT,
    ),
    AnswerType(
        "weekday",
        re.compile(r"\bquels? jours?\b|\bquelle journee\b|\bjour de la semaine\b|\b(?:which|what) days?\b"),
        _first(WEEKDAY, CALENDAR_DAY),
        _first(WEEKEND, FREQUENCY),
    ),
    AnswerType(
        "frequency",
        re.compile(
            r"\b(?:tous les combien|toutes les combien|tous les quand|(?:a )?quelle frequence|(?:a )?quel rythme"
            r"|combien de fois|quelle periodicite|how often)\b"
            r"|\b(?:le|son|leur|de|du|meme) (?:rythme|frequence|periodicite)\b"
        ),
        FREQUENCY,
        WEEKDAY,
    ),
    AMOUNT,
    SCHEDULE,
    AnswerType(
        "date",
        re.compile(
            r"\bquand\b|\bquelle (?:date|annee|periode|epoque)\b|\bquels? mois\b|\bdepuis combien de temps\b|\bde quand date\b"
            r"|\bdate de (?:debut|creation|lancement|fin)\b|\bwhen\b|\bwhat year\b|\bsince when\b"
        ),
        DATE,
        _first(SEASON, WEEKDAY, TIME_OF_DAY),
        _LIFE_SAYS,
    ),
    AnswerType("place", WHERE, _first(geo_at, town_at), _first(PLACE_NOUN, lowercase_town_at)),
    AGENT,  # « c'était géré par qui ? » asks who ran it, « lancé par qui ? » who started it
    DOER,  # last: any other « qui y tient des permanences ? »
)
INTERROGATIVES = re.compile("|".join(f"(?:{t.cue.pattern})" for t in TYPES))


def answer_type(norm: str) -> AnswerType | None:
    """The type of answer the normalised question asks (the first of `TYPES` whose cue it has, « combien »
    with a verb of money asking a sum: `money_clause`) and not ruled out (`_ruled_out`), else None."""
    return next(
        (t for t in TYPES if (t.cue.search(norm) or _clause(t, norm)) and not _ruled_out(t, norm)),
        None,
    )


# The organisation asked as a complement (« venait de quelle structure », « assurée par quel organisme »,
# « auprès de quel service »): a detail of a fiche, never « quelle structure fait … » (which fiches' centres).
_ORGANISATION_COMPLEMENT = re.compile(
    rf"\b(?:de|d|du|par|avec|aupres de|aupres d|chez|pour) quel(?:le)?s? (?:{_ORGANISATION_NOUNS})s?\b"
)


def organisation_complement(norm: str) -> bool:
    """Does the question ask, as a complement, which organisation a detail of a fiche comes from?"""
    return bool(_ORGANISATION_COMPLEMENT.search(norm)) and lookup_type(norm) is ORGANISATION_ASKED


def lookup_type(norm: str) -> AnswerType | None:
    """`answer_type`, or, for a detail question asking no other kind of detail (`lookup_asks.ASKS`: « avec
    quel organisme » asks the partners), the organisation named by the text (`ORGANISATION_ASKED`)."""
    from assistant.lookup_asks import ask_of

    if (kind := answer_type(norm)) is not None:
        return kind
    if ORGANISATION_ASKED.cue.search(norm) and ask_of(norm) is None and not funders_clause(norm):
        return ORGANISATION_ASKED
    return None


def _ruled_out(kind: AnswerType, norm: str) -> bool:
    """Why an action ENDED is no cause of its start (« elle a pris fin pour quelle raison ? »: the ended field
    says it); where money comes from is its funders (« l'argent vient d'où ? »), no provenance of things."""
    if kind is CAUSE:
        return bool(ENDED.search(norm))
    if kind is SCHEDULE:
        return told_once(norm)
    if (
        kind is DOER
    ):  # « qui animait les ateliers ? »: a kind of detail reads it (`lookup_asks.ASKS`: the staff)
        from assistant.lookup_asks import ask_of

        return ask_of(norm) is not None or bool(funders_clause(norm))
    return kind.name in ("provenance", "place", "agent") and bool(funders_clause(norm))


# Nouns of a time of the week (« quels soirs de la semaine », « quelle matinée »): asking a weekday.
WEEK_TIMES = word_set(
    "jour jours soir soiree matin matinee apres-midi journee nuit weekend week-end demi-journee"
)


def _place_clause(norm: str) -> list[str]:
    return asked_noun_clause(norm, PLACE_NOUNS, bare=PLACE_NOUNS - _NAMED_PLACES)


# The words asking a type read through the lemma table or a semantic class of the asked noun, when its cue
# regex does not say it all.
_CLAUSES: dict[str, tuple[Callable[[str], list[str]], ...]] = {
    "amount": (money_clause,),
    "cause": (cause_clause, origin_event_clause),
    "running": (running_clause,),
    "initiative": (initiative_clause,),
    "place": (_place_clause,),
    "weekday": (lambda norm: asked_noun_clause(norm, WEEK_TIMES),),
}


def _clause(kind: AnswerType, norm: str) -> list[str]:
    """The words asking `kind` by a clause (`_CLAUSES`: a verb by lemma, a noun by its class), else []."""
    return next((found for clause in _CLAUSES.get(kind.name, ()) if (found := clause(norm))), [])


def interrogative_words(norm: str) -> set[str]:
    """The words of the normalised question inside a question word of a type (« a quelle heure »,
    « tous les combien », « ou exactement », « verse combien », « dans quel local »): they ask, never what is
    asked about."""
    clauses = [w for kinds in _CLAUSES.values() for clause in kinds for w in clause(norm)]
    return {w for m in INTERROGATIVES.finditer(norm) for w in m.group().split()} | set(clauses)


def place_names(text: str) -> list[str]:
    """The capitalised names of `text` (its first word aside) that are a town, a département or a région
    (« le pique-nique de Saint-Herblain » → ["Saint-Herblain"]): they say where, not what is asked."""
    found = [m.group() for m in _geo_names().finditer(_strip_accents(text))]
    with contextlib.suppress(PlacesUnavailable):
        found += [
            m.group() for m in _CAPITAL_NAME.finditer(text) if len(m.group()) >= 4 and communes(m.group())
        ]
    return found


_TOKEN = re.compile(r"[^\W_]+")


def masked(sentence: str, keys: set[str]) -> str:
    """The sentence with its words whose plural key is in `keys` blanked out (same length): an entity the
    question states itself (« les ateliers se font où dans les villages ? » — « dans les villages ») is
    no answer to it."""
    return _TOKEN.sub(
        lambda m: "_" * len(m.group()) if plural_key(fold(m.group())) in keys else m.group(), sentence
    )
