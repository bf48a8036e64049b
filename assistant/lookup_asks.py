"""What a detail question asks, before any fiche is read: the kind of detail (`ASKS`: who funds, the price,
the partners, how often, where from, what is grown, what for, who runs it, how it works, why it ended, the
results), a count's noun, a dimension's units, « quel <nom> » — typos of the cue words read.

    ask_of(normalise("Qui finnance le projet ?")).name  # "funders"
    count_noun(normalise("Combien de personnes sont venues ?"))  # "personne"
    asks_detail(normalise("À quelle heure ça commence ?"))  # True
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.answer_types import answer_type, interrogative_words, organisation_complement
from assistant.query import translations
from assistant.question_clauses import funders_clause
from ingest import amounts, fields
from ingest.text import GENERIC, STOPWORDS, fold, normalise, one_typo, plural_key, word_set

LIST_COMMAS = 3  # a sentence listing things (« igname, madère, giraumon, pois d'angole »)


_COUNT_QUESTION = re.compile(
    r"\b(?:combien (?:de|d)|nombre (?:de|d)|how many|number of)\s+(?:\w+ )??(?P<noun>\w+)"
)


_HOW_MANY_PEOPLE = re.compile(
    r"\b(?:etaient|etait|sont|ont ete|etiez|seront) combien\b|\bcombien (?:sont|etaient|ont) (?:venu|participe|present)"
)
# People set apart before the count of them (« et les gamins, ils étaient combien à y participer ? », « les
# salariés, combien étaient mobilisés ? »): the noun counted, whatever kind of people it names.
_SET_APART_COUNTED = re.compile(
    r"\b(?:les|ces|leurs|nos|vos) (?P<noun>[a-z]{3,}) (?:(?:ils|elles) (?:etaient|etait|sont|ont ete|seront)"
    r" combien|combien (?:etaient|sont|ont ete|ont|y avait|y en avait)|(?:il y en avait|y en avait|y en a) combien)\b"
)


_AREA, _TIME = (
    r"m2|m 2|metres? carres?|hectares?|ha|ares?",
    r"jours?|semaines?|mois|ans|annees?|heures?|h|minutes?",
)
# A question's dimension noun → the units of a sentence answering it.
_DIMENSIONS = {
    "surface": _AREA, "superficie": _AREA, "taille": _AREA, "duree": _TIME, "temp": _TIME, "horaire": r"h\d\d|h",
    "taux": r"%|pour ?cent", "part": r"%|pour ?cent", "pourcentage": r"%|pour ?cent", "proportion": r"%|pour ?cent", "age": r"ans",
    "distance": r"km|kilometres?|metres?", "frequence": r"fois|par (jour|semaine|mois|an)",
}  # fmt: skip


_WHICH = re.compile(r"\b(?:quel|quelle|quels|quelles|which|what)\s+(?P<noun>[a-z]{3,})\b")
# Words of a question that ask rather than say what is asked about.
_ASKING = word_set(
    """quel quelle quels quelles qui quoi combien comment pourquoi ou quand est ce qu que dont lequel laquelle
    donne donner dispose disposait concerne concernes sont venus venue venues ete eu fait faire projet action
    fiche sais savez dire peux pouvez"""
)


# Locutions of a start (« l'idée de départ », « au début », « à la base »): when an action began, no topic.
START_WORDS = frozenset(
    {"depart", "debut", "base", "commencement", "lancement", "origine", "initialement", "start"}
)


@dataclass(frozen=True)
class Ask:
    """A kind of detail a question asks for, whatever its wording: its `cue` (in the normalised question),
    what a sentence answering it `says` (folded), the `field` read first when the question names none, and
    whether a list of things (three commas: « courgettes, haricots, fraises, menthe ») answers it too."""

    name: str
    cue: re.Pattern[str]
    says: re.Pattern[str]
    field: str = ""
    lists: bool = False
    fallback: str = ""  # the field answering when no sentence does (« à quoi sert X » → its résumé)
    names: bool = (
        False  # its answer names organisations (« Les Amis du Parc », « la CAF », « une association »)
    )

    def answered_by(self, sentence: str) -> bool:
        return bool(self.says.search(fold(sentence))) or (self.lists and sentence.count(",") >= LIST_COMMAS)


_WEEKDAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_SUBJECTS = r"ils|elles|il|elle|on|vous|tu|les \w+"
_AUXILIARIES = r"ont|a|avez|as|avaient|avait|avons|se sont|s y sont|s y est|s y prennent|s y prend"
_ACHIEVING = r"fait|pu|reussi|obtenu|trouve|decroche|eu|pris|arrive|fini par"
ASKS = (
    Ask("funders",
        re.compile(r"\b(?:qui (?:paie|paye|finance|subventionne|a paye|a finance)|financ\w* par|par qui \w+ financ"
                   r"|avec quel (?:argent|financement)|d ou vient l argent|who (?:funds|pays))\b"),
        re.compile(r"\b(?:co)?financ|\bsubvention|\bpai|\bpay|pris en charge|\bfonds\b|\bdotation|€|\beuros?\b"),
        amounts.MONEY_FIELD),
    Ask("price",
        re.compile(r"\b(?:reste a charge|tarifs?|prix|participation (?:demandee|financiere)|combien (?:ca|cela) coute)\b"),
        re.compile(r"reste a charge|\btarif|\bparticipation|\bprix\b|\bgratuit|(?:€|\beuros?) par\b")),
    Ask("partners",
        re.compile(r"\b(?:avec qui|avec quel(?:le)?s? (?:structure|partenaire|association|organisme|acteur)s?"
                   r"|en partenariat avec|qui (?:les|l|leur) a aide)\b"),
        re.compile(r"\b(?:partenari\w*|partenaires?|en lien avec|en collaboration|avec (?:l|le|la|les|un|une|des)\b"
                   r"|soutien (?:de|du|des)\b|aupres (?:de|du|des)\b)"),
        "partenaires", names=True),
    Ask("frequency",
        re.compile(r"\b(?:tous les combien|toutes les combien|a quelle frequence|(?:a )?quel rythme|combien de fois"
                   r"|quels jours|quelle periodicite|how often)\b"),
        re.compile(rf"\b(?:{_WEEKDAYS})s?\b|\btous les\b|\btoutes les\b|\bchaque\b|\bpar (?:jour|semaine|mois|an)\b"
                   r"|hebdomadaire|mensuel|quotidien|\bfois\b|\bsur (?:deux|2|trois|3)\b")),
    Ask("provenance",
        re.compile(r"\b(?:d ou (?:vien|ven|prov)\w*|provenance|origine|qui (?:a|ont) (?:donne|fourni|offert|prete)"
                   r"|(?:fourni|donne|offert)\w* par)\b"),
        re.compile(r"\b(?:donn\w*|fourni\w*|offert\w*|achet\w*|invendus?|recup\w*|proven\w*|provien\w*|issue?s?"
                   r"|chez|dons?|prete\w*|magasins?|fermes?|commer\w*)\b")),
    Ask("grown",
        re.compile(r"\b(?:pousser|poussent|cultiv\w*|plantent|planter|plantez|semer|sement)\b"),
        re.compile(r"\b(?:plant\w*|cultur\w*|cultiv\w*|legum\w*|semis|semence\w*|recolt\w*|potag\w*|fruit\w*"
                   r"|arbres?|fleurs?|aromat\w*|graines?)\b"), lists=True),
    Ask("purpose",
        re.compile(r"\b(?:a quoi (?:ca |cela )?ser(?:t|vent|vait)|dans quel but|quel(?:s)? (?:est|sont|etait|etaient) (?:le|les|leur|leurs|son|ses) (?:but|objectif)s?)\b"),
        re.compile(r"\bobjectif|\bbut\b|\bafin de|\bvis(?:e|ent|ait)\b|\bpermet|\bpour (?:permettre|favoriser|creer|lutter|rompre|aider|que|developper|rendre)"),
        fallback="resume"),
    Ask("staff",
        re.compile(r"\bqui (?:anime|animent|animait|encadre|encadrent|s occupe|s en occupe|intervient|interviennent)\b"
                   r"|\bqui sont les (?:animateurs|animatrices|intervenants|benevoles)\b"),
        re.compile(r"\banim\w*|\bencadr\w*|\bbenevol\w*|\bsalarie\w*|\bintervenant|\bprofessionn\w*|\breferent"
                   r"|\bcoordinat\w*|\beducat\w*|\bdieteticien\w*|\bpsycholog\w*")),
    Ask("how",
        re.compile(r"\b(?:comment (?:ca |cela |c |il |elle |ils |elles |on )?(?:marche|fonctionne|se passe|se deroule"
                   r"|s organise)|(?:ca|cela|il|elle) (?:marche|fonctionne|se passe|se deroule) comment"
                   r"|quel (?:est|etait) (?:le|son|leur) (?:principe|fonctionnement|deroulement))\b"),
        re.compile(r"\bfonctionn|\bderoul|\bconsist|\bd abord\b|\bpuis\b|\bensuite\b|\bchaque\b|\betapes?\b"
                   r"|\bune fois par\b|\bpar (?:mois|semaine)\b|\bchacun\b"),
        fallback="description_experience"),
    # « comment elles ont fait venir une prof », « comment ils ont réussi à avoir un local »: how an outcome was
    # obtained — the text's sentence telling the means (a request, a grant, a partner) beside the outcome.
    Ask("achieved",
        re.compile(rf"\bcomment (?:est ce qu )?(?:(?:{_SUBJECTS}) )?(?:(?:{_AUXILIARIES})(?: t)? )?(?:(?:{_SUBJECTS}) )?"
                   rf"(?:{_ACHIEVING})\b|\b(?:{_AUXILIARIES}) (?:fait|pu|reussi) comment\b"),
        re.compile(r"\b(?:grace (?:a|au|aux)|pour (?:cela|ce faire|y arriver|y parvenir)|a cet effet|demand\w*|sollicit\w*"
                   r"|obten\w*|obtenu\w*|(?:co)?financ\w*|subvention\w*|fonds|appels? a projets?|par le biais|via|en passant par"
                   r"|s appuy\w*|en s appuyant|avec l aide|aide (?:de|du|des)|soutien|partenari\w*|recrut\w*|contact\w*)\b"),
        fallback="description_experience"),
    Ask("ended",
        re.compile(r"\bpris fin\b|\b(?:pourquoi|pour quelles? raisons?)\b.*\b(?:terminee?s?|arretee?s?|finie?s?|stoppee?s?"
                   r"|cessee?s?)\b|\b(?:terminee?s?|arretee?s?|finie?s?|stoppee?s?|cessee?s?) pour quelles? raisons?\b"),
        re.compile(r"\b(?:arret\w*|termin\w*|pris fin|stopp\w*|cess\w*|plus reconduit\w*|fin de l action)"),
        "raison_fin"),
    Ask("results",
        re.compile(r"\b(?:qu est ce que (?:ca|cela|ce) a donne|ca a donne quoi|ca donne quoi|ca a marche|quels? (?:resultats?|bilan)"
                   r"|qu est ce qui en est (?:sorti|ressorti)|qu en est il ressorti)\b"),
        re.compile(r"\d"), "resultat_habitants"),
)  # fmt: skip


def ask_of(norm: str) -> Ask | None:
    """The kind of detail the normalised question asks for (`ASKS`), read again with the question's words
    one typo away from a word of the cues spelt right (« qui les finnance » → « finance »), else None."""
    found = next((ask for ask in ASKS if ask.cue.search(norm)), None)
    if found is None and (whole := unclipped(norm)) != norm:  # « avec quelles assos »
        found = next((ask for ask in ASKS if ask.cue.search(whole)), None)
    if found is None and (spelt := _spelt(norm)) != norm:
        found = next((ask for ask in ASKS if ask.cue.search(spelt)), None)
    if (found is None or found.name == "funders") and _public_pays(norm):
        found = next(ask for ask in ASKS if ask.name == "price")
    return found


# Who takes part in an action: the payer of a price (« pour les participants », « par personne »).
_TAKING_PART = word_set("participant personne usager inscrit adherent beneficiaire membre famille")
_PAYING = word_set("payer couter revenir debourser facturer monter regler")  # what a participant spends


def payer_word(word: str) -> bool:
    """A word naming who pays a price: a people word or one taking part (« participants », « personne »)."""
    from assistant.people_words import people_keys

    return plural_key(word) in people_keys() | _TAKING_PART


def _public_pays(norm: str) -> bool:
    """A sum asked (« combien » near a verb of money: `money_clause`) of the people who take part (« ça revient
    à combien pour les participants », « les seniors paient combien », « par personne »): what they pay, the
    price, not the action's budget nor its funders — unless the question asks who pays."""
    from assistant.question_clauses import money_clause
    from ingest.lemmas import readings

    paid = [
        w for w in money_clause(norm) if {w, *readings(w)} & _PAYING
    ]  # « la Caf verse aux familles »: a grant
    if not paid or re.search(r"\bqui\b", norm):
        return False
    return any(payer_word(w) for w in norm.split())


# Words of the cues (six letters or more), which a typo of the question is read as.
_CUE_WORDS = frozenset(w for ask in ASKS for w in re.findall(r"[a-z]{6,}", ask.cue.pattern)) | word_set(
    "finance financent financee financees financement financeur financeurs subventionne"
)
_FUNDING_WORD = re.compile(r"\b(?:financ\w*|cofinanc\w*|subventionn\w*|funded|funding|funds?)\b")


CLIPPED = 4  # letters a clipped noun keeps at least (« asso », « orga »)


def unclipped(norm: str) -> str:
    """The question with a clipped noun after « quel(le)(s) » (« avec quelles assos ») written whole, when it
    begins exactly one cue word of eight letters or more (« associations »)."""

    def whole(match: re.Match[str]) -> str:
        clipped = match.group("noun").removesuffix("s")
        words = {w for w in _CUE_WORDS if len(w) >= 8 and w.startswith(clipped) and w != clipped}
        return f"{match.group('which')} {words.pop()}" if len(words) == 1 else match.group()

    return _AFTER_WHICH.sub(whole, norm)


_AFTER_WHICH = re.compile(rf"\b(?P<which>quel(?:le)?s?) (?P<noun>[a-z]{{{CLIPPED},7}})\b")


def _spelt(norm: str) -> str:
    """The question with each word one typo away from a cue word (`_CUE_WORDS`) replaced by it."""
    words = norm.split()
    for i, word in enumerate(words):
        if len(word) >= 6 and word not in _CUE_WORDS:
            words[i] = next((c for c in sorted(_CUE_WORDS) if one_typo(word, c)), word)
    return " ".join(words)


def asks_funders(norm: str) -> bool:
    """Does the question ask who funds the action (« qui a financé », « il est financé comment », « quel
    financement », a typo of them, « qui met de l'argent dedans »: `funders_clause`) rather than what it cost? Then the budget lines are listed, funders first."""
    if (ask := ask_of(norm)) is not None and ask.name == "funders":
        return True
    return bool(_FUNDING_WORD.search(_spelt(norm)) or funders_clause(norm))


def asks_figure(norm: str) -> bool:
    """Does the question ask a figure (« quel taux de réussite », « combien d'heures »), whatever else it
    says (« réussite » is no success factor there)?"""
    from assistant.dialogue import FICHE_NOUNS

    noun = count_noun(norm)
    return bool(noun and noun not in FICHE_NOUNS) or any(_unit(w) for w in norm.split())


def asks_detail(norm: str) -> bool:
    """Does the question ask one detail (a kind of `ASKS`, a count of something else than fiches, a
    quantity in a unit) — what a fiche described rather than named can answer?"""
    from assistant.dialogue import FICHE_NOUNS

    noun = count_noun(norm)
    if noun and noun not in FICHE_NOUNS:
        return True
    if ask_of(norm) is not None or any(_unit(w) for w in norm.split()) or asks_funders(norm):
        return True
    if _asks_amount(norm):
        return True
    return bool(answer_type(norm) or _asked_kinds(norm) or organisation_complement(norm))


def count_noun(norm: str) -> str:
    """The noun a count question counts (« combien de personnes sont venues » → « personne »; an English
    noun in the corpus's French: « volunteers » → « benevole »; « ils étaient combien » → « personne »),
    else ""."""
    match = _COUNT_QUESTION.search(norm)
    if not match and (apart := _SET_APART_COUNTED.search(norm)):
        return _standard_noun(apart.group("noun"))
    if not match:
        return "personne" if _HOW_MANY_PEOPLE.search(norm) else ""
    noun = _head_noun(norm, match)
    if _unit(noun):
        return ""  # « combien de temps »: a duration, in its units
    english = match.group(0).startswith(("how", "number"))  # « personnes » is no English word to translate
    french = translations(noun) if english else []
    return plural_key(normalise(french[0]) if french else noun)


# Determiners between « combien de » and the noun counted (« combien de leurs propositions », « combien de ces
# familles »): they say whose, never what is counted.
_COUNT_DETERMINERS = word_set("leur leurs ses son sa ces cette ce cet vos nos tes mes ton ta mon ma")


def _head_noun(norm: str, match: re.Match[str]) -> str:
    """The noun a « combien de » match counts, past a determiner (« combien de leurs propositions »)."""
    noun = match.group("noun")
    if noun not in _COUNT_DETERMINERS:
        return noun
    after = norm[match.end() :].split()
    return after[0] if after else noun


def people_count_noun(norm: str, counts: Callable[[str], bool]) -> str:
    """`count_noun`, a familiar noun the fiche does not count read as the standard one it counts (`counts`:
    « combien de gosses » where the fiche counts « 19 enfants »); people set apart that the fiche does not
    count (« et les petits, ils étaient combien ? » where it counts « 41 enfants ») are counted as people
    (« personne »)."""
    noun = count_noun(norm)
    if noun and not counts(noun):
        noun = next((s for s in _standard_nouns(noun) if counts(s)), noun)
    if noun and not _COUNT_QUESTION.search(norm) and _SET_APART_COUNTED.search(norm) and not counts(noun):
        return "personne"
    return noun


def _standard_nouns(noun: str) -> list[str]:
    """The plural keys of the standard words of a familiar noun (« gosse » → enfant), [] for any other."""
    from assistant.glossary import familiar_standard

    return [plural_key(normalise(w)) for w in familiar_standard(noun) if " " not in normalise(w)]


def _standard_noun(noun: str) -> str:
    """The plural key of a counted noun, a familiar word read as the standard one (« gamins » → enfant)."""
    from assistant.glossary import familiar_standard

    standard = familiar_standard(noun)
    return plural_key(normalise(standard[0]) if standard else noun)


def _asks_amount(norm: str) -> bool:
    """A « combien » counting no noun and no fiche (« touchent combien », « combien ont été reprises »)."""
    from assistant.answer import COUNTED_FICHES

    words = norm.split()
    return (
        "combien" in words
        and not _PARTITIVE_COUNT.search(norm)
        and not count_noun(norm)
        and not any(_unit(w) for w in words)
        and not any(plural_key(w) in COUNTED_FICHES or w in _LIST_REFERENCES for w in words)
    )


# The partitive « en » before a verb of having or counting (« y en a combien », « vous en avez combien »,
# « combien en existe-t-il »): a count of the things spoken of (fiches, with no other antecedent), no figure.
_PARTITIVE_COUNT = re.compile(
    r"\b(?:y )?en (?:a|avait|aura|avez|aviez|as|ai|avons|existe|existent|existait|compte\w*|connai\w*|recens\w*"
    r"|trouve\w*|dispos\w*)\b(?! (?:lieu|cours|plus|besoin)\b)"
)
# Words referring to a list of fiches (« parmi elles, combien sont terminées ? » counts fiches).
_LIST_REFERENCES = word_set("parmi elles ils celles ceux lesquelles lesquels")


def _unit(word: str) -> str:
    """The units answering a dimension noun (« taux » → %; its plural key « tal » would miss it), else ""."""
    return _DIMENSIONS.get(word) or _DIMENSIONS.get(plural_key(word), "")


def _asked_kinds(norm: str) -> list[tuple[Callable[[str], bool], Callable[[str], int]]]:
    """What « quel <nom> » asks for besides a type of answer (`answer_types`: « quel jour » a weekday):
    « quel repas » a sentence with that noun (unless it names a field or a dimension, which say where to read)."""
    kinds: list[tuple[Callable[[str], bool], Callable[[str], int]]] = []
    asking = interrogative_words(norm)
    for match in _WHICH.finditer(norm):
        noun = match.group("noun")
        if noun not in asking and _content_noun(noun):
            word = re.compile(rf"\b{re.escape(noun[:5])}\w*" if len(noun) > 5 else rf"\b{noun}s?\b")
            kinds.append((_matcher(word), _position(word)))
    return kinds


def _matcher(regex: re.Pattern[str]) -> Callable[[str], bool]:
    return lambda s: bool(regex.search(fold(s)))


def _position(regex: re.Pattern[str]) -> Callable[[str], int]:
    return lambda s: m.start() if (m := regex.search(fold(s))) else 0


def _content_noun(noun: str) -> bool:
    """A noun saying what is asked (« repas », « langues »), not a field, dimension, fiche noun or function word."""
    from assistant.dialogue import FICHE_NOUNS, field_named_by

    if noun in STOPWORDS | GENERIC | _ASKING or plural_key(noun) in FICHE_NOUNS or _unit(noun):
        return False
    return not (fields.lookup_field_for([noun]) or field_named_by(noun))
