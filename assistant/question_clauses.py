"""The words of a question that ask a type of answer, read through the French lemma table in any of their forms
(`assistant.answer_types` tells the type, these clauses find its verbs): « combien » near a verb of money asks
a sum (`money_clause`: « il verse combien », « elle reçoit combien de l'ARS »), « qu'est-ce qui a déclenché » or
« pourquoi ont-ils lancé » what made an action start (`cause_clause`), « qui s'occupait / la tenait » who ran it
before (`running_clause`), « qui met de l'argent dedans » who funds it (`funders_clause`).

    cause_clause(normalise("Qu'est-ce qui les a poussés à monter ça ?"))   # ["qu", "est", "ce", "qui", "pousses"]
    funders_clause(normalise("Qui met des sous dedans ?"))               # ["met", "sous"]
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.text import STOPWORDS, word_set

# Verbs of causing (« qu'est-ce qui a déclenché / poussé / motivé … ») and of starting an action (« pourquoi
# ont-ils lancé / monté / créé … »), read through the lemma table in any of their forms.
CAUSE_VERBS = word_set(
    "declencher pousser motiver amener conduire inciter decider provoquer susciter entrainer justifier expliquer"
)
START_VERBS = word_set(
    "lancer creer monter demarrer commencer initier ouvrir fonder naitre imaginer concevoir organiser proposer"
    " instaurer installer inventer"
)
ENDED = re.compile(r"\b(?:termin\w*|arret\w*|finie?s?|stopp\w*|cesse\w*|pris fin|(?:la|sa|leur) fin)\b")
CAUSE_WINDOW = 5  # words between « qu'est-ce qui » and its verb (« qu'est-ce qui les a vraiment poussés »)


# Verbs by which a sum changes hands (lemmas: every conjugated form is read through the French lemma table,
# « verse », « versait », « reçoit », « ont touché », « perçoivent »): « combien » near one asks a sum in €.
MONEY_VERBS = word_set(
    """verser reverser payer toucher recevoir percevoir gagner couter rapporter depenser donner allouer attribuer
    octroyer accorder financer cofinancer subventionner obtenir apporter investir remunerer indemniser facturer
    debourser mettre"""
)
MONEY_WINDOW = 4  # words between « combien » and its verb (« combien le conseil départemental verse-t-il »)
# « combien de N » counts N (« combien de familles touchées »); « combien de l'ARS / de la Caf » says from whom.
# « combien ont reçu une aide » counts who received (« combien » the subject of a plural auxiliary);
# « combien ont-ils reçu » asks a sum.
_PEOPLE_SUBJECT = re.compile(r"^(?:ont|sont|avaient|etaient) (?!(?:ils|elles|t|on)\b)")
_COUNTED_AFTER = re.compile(r"^(?:de|d) (?!(?:l|la|le|les)\b)")


def money_clause(norm: str) -> list[str]:
    """« combien » and the verb of money within `MONEY_WINDOW` words of it (« il verse combien aux jeunes »,
    « elle reçoit combien de l'ARS »), [] when the question asks no sum (a count « combien de jeunes »)."""
    words = norm.split()
    for i, word in enumerate(words):
        after = " ".join(words[i + 1 : i + 3])
        if word != "combien" or _COUNTED_AFTER.match(after) or _PEOPLE_SUBJECT.match(after):
            continue
        near = words[max(0, i - MONEY_WINDOW) : i] + words[i + 1 : i + 1 + MONEY_WINDOW]
        if verb := next((w for w in near if _money_verb(w)), ""):
            return ["combien", verb]
        if i >= 2 and words[i - 1] == "a" and _level_verb(words[i - 2]):
            return [words[i - 2], "a", "combien"]  # « ça revient à combien », « ça s'élève à combien »
    return []


# Verbs of reaching a level: before « à combien » they ask a sum (« ça revient à combien », « ça monte à
# combien »), never a count (« combien sont revenus » counts people: no « à » between).
LEVEL_VERBS = word_set("revenir elever monter chiffrer")


def _level_verb(word: str) -> bool:
    from ingest.lemmas import readings

    return bool({word, *readings(word)} & LEVEL_VERBS)


_WHAT = re.compile(r"\b(?:qu est ce (?:qui|qu|que)|quoi|what)\b")
_WHY = re.compile(r"\b(?:pourquoi|why)\b")


def cause_clause(norm: str) -> list[str]:
    """What made an action start, asked by a verb of causing after « qu'est-ce qui » (« qu'est-ce qui a
    déclenché / les a poussés à »), or by « pourquoi » before a verb of starting (« pourquoi ont-ils lancé /
    monté / mis en place »), in any form of the lemma table; [] otherwise, and for an action's end
    (« pourquoi l'ont-ils arrêté »: the ended field says it)."""
    if ENDED.search(norm):
        return []
    for what in _WHAT.finditer(norm):
        after = norm[what.end() :].split()[:CAUSE_WINDOW]
        if verb := next((w for w in after if verb_of(w, CAUSE_VERBS)), ""):
            return [*what.group().split(), verb]
    if why := _WHY.search(norm):
        after = norm[why.end() :]
        if placed := re.search(r"\b(?:mise?s? en place|vu le jour)\b", after):
            return [why.group(), *placed.group().split()]
        if verb := next((w for w in after.split() if verb_of(w, START_VERBS)), ""):
            return [why.group(), verb]
    return []


# Verbs of running an action (« qui s'en occupait », « qui la tenait », « qui gérait »): who ran it before, asked
# in a past form or with a word of before (« avant que le centre la reprenne, qui s'occupe de … »).
RUNNING_VERBS = word_set(
    "occuper charger gerer porter mener piloter organiser tenir assurer coordonner diriger administrer"
)
_BEFORE = re.compile(
    r"\b(?:avant|auparavant|au depart|au debut|a l origine|initialement|d abord|precedemment|jusqu alors"
    r"|anciennement|a l epoque|before|previously|originally)\b"
)
_CLITICS = word_set("s se en le la les l lui leur y t il elle ils elles")
_AUXILIARIES = word_set("a avait ont avaient eu ete etait etaient")


def running_clause(norm: str) -> list[str]:
    """« qui » and a verb of running in a past form (« qui s'occupait », « qui l'a géré », « qui la tenait »)
    or with a word of before in the question, a few clitics between them, or its participle before « par qui »
    (« c'était géré par qui »); [] otherwise, and for a list of
    centres (« qui a organisé des sorties »: the word after the verb is an indefinite article)."""
    words = norm.split()
    for i, word in enumerate(words):
        if word == "par" and words[i + 1 : i + 2] == ["qui"] and i and verb_of(words[i - 1], RUNNING_VERBS):
            return words[i - 1 : i + 2]  # « c'était géré par qui ? »
        if word not in ("qui", "who"):
            continue
        j, past = i + 1, False
        while j < len(words) and j <= i + 4 and words[j] in _CLITICS | _AUXILIARIES:
            past = past or words[j] in _AUXILIARIES
            j += 1
        verb = words[j] if j < len(words) else ""
        listed = j + 1 < len(words) and words[j + 1] in ("des", "d", "un", "une")
        past = past or verb.endswith(("ait", "aient"))
        if verb and not listed and (past or _BEFORE.search(norm)) and verb_of(verb, RUNNING_VERBS):
            return words[i : j + 1]
    return []


@lru_cache(maxsize=4096)
def verb_of(word: str, verbs: frozenset[str]) -> bool:
    """Is the normalised word a form of one of `verbs`, by any of its dictionary readings — a participle
    agreed in gender or number read as its masculine singular (« poussés », « montée »: the table may lack them)?"""
    from ingest.lemmas import readings

    if len(word) <= 2 or word in STOPWORDS:
        return False
    forms = (
        {word, re.sub(r"(?<=[ei])e?s?$", "", word)}
        if word.endswith(("es", "ees", "ee", "is", "ies"))
        else {word}
    )
    return any({form, *readings(form)} & verbs for form in forms)


# Who funds, asked by a verb of money after « qui » (« qui met de l'argent dedans », « qui a mis des sous »,
# « qui paie », « c'est payé par qui », « who paid »): a verb that only money takes, or any verb of money with a
# noun of money; « combien » asks a sum instead.
MONEY_NOUNS = word_set(
    "argent sous sou fric thune thunes pognon fonds financement financements subvention subventions euros"
    " budget money funds funding cash"
)
PAYING_VERBS = word_set("payer verser financer cofinancer subventionner debourser remunerer paie paient")
_ENGLISH_PAYING = word_set("pay pays paid paying fund funds funded financed subsidised subsidized")
_ENGLISH_MONEY = word_set("give gives gave given put puts spend spent provide provides provided")
_ASKING_WHO = re.compile(
    r"^(?:(?:et|mais|alors|donc|ok|sinon|bon|du coup|au fait|d accord) )*(?:qui|who)\b"
    r"|\b(?:par|de|a) qui\b|\bc (?:est|etait) qui\b|\bqui$"
    r"|\bqui (?:a |avait )?\w+$"  # « les randos en Corse, qui payait ? »: « qui » and its verb end the question
)


_MONEY_NOUN = r"(?:argent|sous|fric|fonds|financements?|subventions?|budget|money|funds|funding)"
_MONEY_FROM = re.compile(
    rf"\b{_MONEY_NOUN} (?:\w+ ){{0,2}}(?:vien\w*|venai\w*|provien\w*|provenai\w*) d ou\b"
    rf"|\bd ou (?:vien\w*|venai\w*|provien\w*|provenai\w*) (?:l |les |le |ce |cet |cette )?{_MONEY_NOUN}\b"
    rf"|\bwhere (?:does|did) the {_MONEY_NOUN} come from\b"
)


def funders_clause(norm: str) -> list[str]:
    """« qui » asking (first, or « par qui », « c'est qui ») and its verb of money (see above), or where the
    money comes from (« et l'argent, il vient d'où ? »), else []."""
    if money_from := _MONEY_FROM.search(norm):
        return money_from.group().split()
    words = norm.split()
    if not _ASKING_WHO.search(norm) or "combien" in words or "how much" in norm:
        return []
    paying = [w for w in words if w in _ENGLISH_PAYING or verb_of(w, PAYING_VERBS)]
    if paying:
        return paying[:1]
    nouns = [w for w in words if w in MONEY_NOUNS]
    verbs = [w for w in words if w in _ENGLISH_MONEY or _money_verb(w)]
    return [verbs[0], nouns[0]] if nouns and verbs else []


@lru_cache(maxsize=4096)
def _money_verb(word: str) -> bool:
    """Is the normalised word a form of a verb of money (`MONEY_VERBS`), by any of its dictionary readings?"""
    from ingest.lemmas import readings

    return len(word) > 2 and word not in STOPWORDS and bool({word, *readings(word)} & MONEY_VERBS)


# « Vous avez une action où … ? », « Y a-t-il un projet qui … ? »: a question about an indefinite action asks
# whether one exists (a list of fiches), never a detail of one — its « où » or « qui » opens a relative clause.
_EXISTENCE = re.compile(
    r"^(?:(?:bonjour|salut|bonsoir|dites|dis|alors|et) )*(?:est ce qu (?:il|on|y)? ?|est ce que )?"
    r"(?:vous avez|avez vous|auriez vous|vous auriez|tu as|as tu|t as|on a|y a t il|il y a|y aurait il"
    r"|il y aurait|existe t il|il existe|connaissez vous|vous connaissez|tu connais|connais tu|y en a t il)"
    r"(?: pas)?(?: deja)? (?:une?|des|d|quelques?|deja) (?:\w+ ){0,2}?(?:actions?|projets?|fiches?|initiatives?"
    r"|experiences?|exemples?|activites?|dispositifs?|trucs?|choses?|structures?|centres?)"
    r"(?: \w+){0,3}? (?:ou|qui|que|dans laquelle|dans lequel|avec|pour|sur)\b"
)


def asks_existence(norm: str) -> bool:
    """Does the normalised question ask whether an action of a kind exists (`_EXISTENCE`)?"""
    return bool(_EXISTENCE.search(norm))


_SENTENCE_END = re.compile(r"(?<=[.?!;])\s+")


def existence_asked(question: str) -> bool:
    """Does a sentence of the question ask whether an action of a kind exists — its first, or one after the
    asker's own setting (« Notre conseil d'administration souhaite que … Auriez-vous des exemples d'actions
    qui … ? »: the sentence before tells who asks, the last one what)?"""
    from ingest.text import normalise

    return any(asks_existence(normalise(part)) for part in _SENTENCE_END.split(question.strip()))


# -- the noun a « quel » asks, by its semantic class ------------------------------------------------------

_WHICH_NOUN = re.compile(
    r"\b(?P<which>quel|quelle|quels|quelles|which|what) (?P<noun>[a-z]{3,}(?: [a-z]{3,})?)\b"
)
_PLACE_PREPOSITIONS = word_set("dans a au aux en sur sous devant derriere vers chez pres pendant")


def noun_keys(word: str) -> set[str]:
    """The word, its plural key and its dictionary lemmas (« locaux » → local, « soirées » → soirée)."""
    from ingest.lemmas import readings
    from ingest.text import plural_key

    return {word, plural_key(word), *readings(word), word.replace(" ", "-")}


def asked_noun_clause(norm: str, nouns: frozenset[str], bare: frozenset[str] | None = None) -> list[str]:
    """« quel / quelle(s) N » whose noun N, in any form, is one of the semantic class `nouns` (« dans quel
    local », « quels soirs »): the words asking, else []. With `bare`, a noun outside it asks only after a
    preposition (« dans quelle maison » asks a place, « quelle maison de quartier » a name)."""
    for match in _WHICH_NOUN.finditer(norm):
        phrase = match.group("noun")  # « sous sol », « apres midi »: two words, else the first
        noun = phrase if noun_keys(phrase) & nouns else phrase.split()[0]
        keys = noun_keys(noun)
        if not keys & nouns:
            continue
        before = norm[: match.start()].split()[-1:]
        if bare is not None and not keys & bare and not set(before) & _PLACE_PREPOSITIONS:
            continue
        return [*before, match.group("which"), *noun.split()]
    return []


# Nouns of an event or a situation an action came from (« c'est parti de quel événement », « né de quel
# constat ») — asking what made it start only with a word or verb of origin in the question (« quel problème
# au départ », « venu de quel constat »), unless the noun says a cause itself (« quel déclencheur »).
EVENT_NOUNS = word_set(
    """evenement episode fait constat probleme situation contexte declencheur raison motif motivation origine
    besoin difficulte demande drame crise accident incident occasion circonstance circonstances experience
    element elements observation inquietude alerte catastrophe sinistre"""
)
_CAUSAL_NOUNS = word_set("declencheur raison motif motivation origine")
ORIGIN_VERBS = word_set(
    "partir naitre venir provenir decouler resulter sortir emerger germer declencher motiver susciter provoquer"
)
_ORIGIN_WORDS = re.compile(
    r"\b(?:au depart|a l origine|au debut|a la base|initialement|au commencement|a la source|d abord)\b"
)


def origin_event_clause(norm: str) -> list[str]:
    """« quel événement / constat / problème » with a word or verb of origin (`ORIGIN_VERBS`, read by lemma:
    « c'est parti de », « né de », « venu de »): what made the action start; [] otherwise, and for its end."""
    if ENDED.search(norm):
        return []
    asked = asked_noun_clause(norm, EVENT_NOUNS)
    if not asked:
        return []
    if set(asked) & _CAUSAL_NOUNS or _ORIGIN_WORDS.search(norm):
        return asked
    words = norm.split()
    born = any(w in _BORN and words[k + 1 : k + 2] in (["de"], ["d"], ["du"]) for k, w in enumerate(words))
    return asked if born or any(_origin_verb(w) for w in words) else []


_BORN = word_set(
    "ne nee nes nees issu issue issus issues"
)  # « né de » (« ne » also a function word: before « de »)


def _origin_verb(word: str) -> bool:
    """A form of a verb of origin, a participle agreed or in -i read as its verb (« venue », « parti » → partir)."""
    base = re.sub(r"(?<=[iu])e?s?$", "", word)
    return verb_of(word, ORIGIN_VERBS) or verb_of(base, ORIGIN_VERBS) or f"{base}r" in ORIGIN_VERBS


# Predicates of initiative (« qui a lancé », « qui en a eu l'idée », « c'est qui qui l'a proposé », « qui en
# est à l'origine »), read by lemma after « qui » and its clitics and auxiliaries: who started the action.
INITIATIVE_VERBS = word_set(
    """lancer relancer initier proposer impulser creer fonder imaginer inventer suggerer monter demarrer amorcer
    concevoir instiguer porter"""
)
_IDEA_NOUNS = word_set("idee initiative")
_HAVING = word_set("eu pris avait eu ont eu")
_INITIATIVE_SKIP = _CLITICS | _AUXILIARIES | word_set("qui est sont c ce premier premiere d abord")
_AT_ORIGIN = re.compile(r"^(?:a l origine|a l initiative|derriere|a la base|a l impulsion)\b")


def initiative_clause(norm: str) -> list[str]:
    """« qui » (« c'est qui qui », « qui est-ce qui ») and a predicate of initiative: a verb of starting
    (`INITIATIVE_VERBS`) in a past form, « eu / pris l'idée / l'initiative », or « à l'origine »; [] otherwise,
    and for a list of centres (« qui a lancé des ateliers »: an indefinite article after the verb)."""
    words = norm.split()
    for i, word in enumerate(words):
        if word not in ("qui", "who") or words[i - 1 : i] == ["ce"]:  # « qu'est-ce qui » asks what, not who
            continue
        j, past = i + 1, False
        while j < len(words) and j <= i + 6 and words[j] in _INITIATIVE_SKIP | _HAVING:
            if origin := _AT_ORIGIN.match(" ".join(words[j:])):
                return words[i:j] + origin.group().split()
            past = past or words[j] in _AUXILIARIES | _HAVING
            j += 1
        if origin := _AT_ORIGIN.match(" ".join(words[j:])):
            return words[i:j] + origin.group().split()
        verb = words[j] if j < len(words) else ""
        listed = j + 1 < len(words) and words[j + 1] in ("des", "d", "un", "une")
        if verb in _IDEA_NOUNS and set(words[i:j]) & _HAVING:
            return words[i : j + 1]
        if verb and not listed and past and verb_of(verb, INITIATIVE_VERBS):
            return words[i : j + 1]
    return []


# -- who asks what of which scope: a set of fiches, never one fiche's detail ---------------------------------

# « dans vos fiches », « dans la base », « parmi vos actions »: a locative phrase whose noun is the collection
# itself sets the question's scope to every fiche.
_BASE_SCOPE = re.compile(
    r"\b(?:dans|parmi|sur|in) (?:la|le|les|vos|votre|nos|notre|ta|tes|the|your) (?:\w+ )?"
    r"(?:base|bases|fiches|corpus|donnees|repertoire|catalogue|database|records)\b"
    r"|\b(?:dans|parmi|chez) (?:vos|nos|your) (?:actions|projets|experiences)\b"  # the asked's own, whole
)
# « qui travaille avec … », « qui fait quelque chose pour … »: « qui » opening a clause (sentence start, after
# a greeting or a comma), not « avec qui / à qui / ce qui », asks who acts — the actors, a list.
_ACTOR_QUI = re.compile(
    r"(?:^|, )(?:(?:bonjour|salut|alors|et|mais|du coup|dites moi|dis moi) )*qui (?P<verb>\w+)"
)
_NOT_ACTOR_VERBS = word_set("est etait sont etaient c")  # « qui est la référente … »: an identity asked


def base_scope(norm: str) -> bool:
    """Does the normalised question set its scope to the whole collection (`_BASE_SCOPE`)?"""
    return bool(_BASE_SCOPE.search(norm))


def actors_asked(norm: str) -> bool:
    """Does the normalised question ask who acts (« qui » subject of a verb of action, `_ACTOR_QUI`)?"""
    from ingest.lemmas import is_verb_form

    match = _ACTOR_QUI.search(norm)
    if match is None or match.group("verb") in _NOT_ACTOR_VERBS:
        return False
    verb = match.group("verb")
    return verb in _AUXILIARIES or verb in ("fait", "font", "bosse", "bossent") or is_verb_form(verb)


# « comment d'autres centres ont fait ? », « comment font les autres », « qui a déjà fait ça et comment »,
# « ailleurs, comment ils s'y sont pris » : « comment » whose subject is others (plural or indefinite) asks how
# others did it — ideas over several fiches, not one fiche's detail.
_OTHERS = r"(?:d autres|les autres|des autres|quelqu un|certains|certaines|ailleurs)"
_OTHERS_HOW = re.compile(
    r"\bcomment (?:(?:ont|font|ont fait|s y sont pris|s y prennent|ca se passe|ca marche) )?"
    + _OTHERS
    + r"\b"
    r"|\bqui (?:a|ont) (?:deja )?(?:\w+ ){0,2}?(?:fait|mis en place|monte|lance|essaye|tente|reussi)\b.*\bcomment\b"
    r"|\b" + _OTHERS + r"\b.*\bcomment (?:ils|elles|on|ca) (?:ont|font|s y|a|fait|fonctionne|marche)\b"
)


def others_asked(norm: str) -> bool:
    """Does the normalised question ask how others did it (`_OTHERS_HOW`)?"""
    return bool(_OTHERS_HOW.search(norm))


def asks_a_set(question: str) -> bool:
    """Does the question ask a set of fiches — whether an action of a kind exists, who acts, how others did
    it, or anything over the whole collection — rather than one fiche's detail?"""
    from ingest.text import normalise

    norm = normalise(question)
    return existence_asked(question) or base_scope(norm) or actors_asked(norm) or others_asked(norm)


# « combien sont partis … », « combien d'entre eux ont … », « combien reviennent … »: « combien » subject of a
# plural verb counts people — a figure of the fiche asked, whatever else the sentence says (« ensuite »).
_PEOPLE_COUNTED = re.compile(
    r"\bcombien (?:d entre (?:eux|elles) )?(?:(?:se|s|en|y|l) )?(?:sont|ont|etaient|avaient|seront|\w{3,}ent)\b"
)


def people_counted(norm: str) -> bool:
    """Does the normalised question count people with « combien » as the subject of a verb?"""
    return bool(_PEOPLE_COUNTED.search(norm))
