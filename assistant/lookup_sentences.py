"""Which sentence of a fiche answers a detail question, by the TYPE of answer the question word asks
(`assistant.answer_types`: « à quelle heure » a time, « quand » a date, « où » a place, « qui a eu l'idée » a
role…): the sentence holding an entity of that type and most words of the question. Otherwise, by the kind of
question (`assistant.lookup_asks`): a count (« combien de N ») needs a number followed by N (a count of kinds,
« combien de sortes de graines », any noun of kinds: « une cinquantaine de variétés »); a dimension
(« surface », « taux », « durée ») a number with its unit; a bare « combien » a figure; else the sentence
sharing most content words with the question (one typo allowed; the title's words only break ties; a short
heading line counts with the line under it). A question asking two things (« où et dans quel hébergement »)
gets a sentence per part.

    answer_sentences(fiche, "Combien de personnes sont venues ?", "personnes_mobilisees", "personne")
    # [("description_generale", "Environ 800 personnes sur la journée.")]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from assistant.answer_types import (
    INTERROGATIVES,
    ORGANISATION_ASKED,
    AnswerType,
    interrogative_words,
    lookup_type,
    masked,
    place_names,
)
from assistant.lookup_asks import (
    _ASKING,
    _SET_APART_COUNTED,
    START_WORDS,
    Ask,
    _asked_kinds,
    _asks_amount,
    _matcher,
    _position,
    _unit,
    ask_of,
    count_noun,
)
from ingest import amounts
from ingest.lemmas import readings
from ingest.models import Fiche
from ingest.text import GENERIC, STOPWORDS, fold, normalise, one_typo, plural_key, split_sentences, word_set

ITEM_CHARS = 260


# Where a sentence is looked for, after the asked field: the structured fields first, then the text.
TEXT_ORDER = (
    "personnes_mobilisees", "ressources_financieres", "resume", "description_generale", "description_experience",
    "resultat_habitants", "resultat_territoire", "resultat_centre", "impacts", "limites", "perspectives",
    "facteurs_reussite", "diagnostic", "raison_fin", "initiative_precision",
)  # fmt: skip


# Adjectives between a count and its noun (« 42 jeunes différents » needs none, « 12 nouvelles familles » one).
_ADJECTIVES = (
    r"(?:nouve(?:aux|lles?)|autres|petite?s|grande?s|jeunes|ancien(?:ne)?s|premier(?:e)?s|differents?)"
)
_NUMBER_WORDS = "|".join(sorted(amounts.NUMBER_WORDS, key=len, reverse=True))


# « combien » asked of a sum of money (« les jeunes touchent combien », « a rapporté combien »).
_MONEY_VERB = re.compile(
    r"\b(?:cout\w*|rapport\w*|touch\w*|pay\w*|paie\w*|gagn\w*|percoi\w*|percu\w*|recoi\w*|recu\w*"
    r"|vers\w*|depens\w*|coute\w*|donn\w*)\b"
)


def _count_at(sentence: str, noun: str) -> int:
    """Where a number (digits or a French number word) followed within three words by `noun` starts in the
    folded sentence, else -1."""
    stem = re.escape(noun[:5] if len(noun) >= 5 else noun)
    numbers = "|".join(sorted(amounts.NUMBER_WORDS, key=len, reverse=True))
    match = re.search(rf"\b(\d+|{numbers})\W+(?:(?:de|d)\W+)?(?:{_ADJECTIVES}\W+)?{stem}", fold(sentence))
    return match.start() if match else -1


# Nouns counting people: a count of one (« combien de gens / de parents ») is answered by a count of people
# when the fiche counts none of that noun.
# Nouns counting people: a count of one (« combien de gens / de parents ») is answered by a count of people
# (« 97 personnes », « 20 adultes ») when the fiche counts none of that noun; never families (households).
_PEOPLE = {"gen", "gens", "monde", "personne", "parent", "habitant", "adulte", "participant"}
_PEOPLE_WORDS = "personnes?|adultes?|participant(?:e)?s?"


def _people_at(sentence: str) -> int:
    """Where a number of people (« 97 personnes », « 20 adultes ») starts in the folded sentence, else -1."""
    match = re.search(
        rf"\b(\d+|{_NUMBER_WORDS})\W+(?:(?:de|d)\W+)?(?:{_ADJECTIVES}\W+)?(?:{_PEOPLE_WORDS})", fold(sentence)
    )
    return match.start() if match else -1


# Any public the fiches count (« 48 élèves », « 42 jeunes », « 14 habitants »), households apart: a count of one
# people noun (« combien d'enfants », « combien d'ados ») is answered by a count of another when the fiche
# counts none of it (the figure is quoted with its own noun).
_HOUSEHOLDS = word_set("famille foyer menage")
_PUBLICS = sorted(amounts.PUBLIC_WORDS - _HOUSEHOLDS, key=len, reverse=True)
_PUBLIC_COUNT = re.compile(
    rf"\b(\d+|{_NUMBER_WORDS})\W+(?:(?:de|d)\W+)?(?:{_ADJECTIVES}\W+)?(?:{'|'.join(_PUBLICS)})(?:e|es|s|x)?\b"
)


@cache
def _public_aliases() -> frozenset[str]:
    """Plural keys of the one-word aliases of the public facets (`facet_words.SYNONYMS`: « écoliers », « ados »
    → Enfance, Jeunesse): people a fiche counts under another noun of its public (« 48 élèves »)."""
    from assistant.facet_words import SYNONYMS

    return frozenset(
        plural_key(w) for fields, _, words in SYNONYMS if "public" in fields for w in words if w.isalpha()
    )


def _public_alias(noun: str) -> bool:
    return bool(noun) and plural_key(noun) in _public_aliases() - _HOUSEHOLDS  # « 6 parents » are no families


def _public_at(sentence: str) -> int:
    """Where a count of any public but households (« 48 élèves ») starts in the folded sentence, else -1."""
    match = _PUBLIC_COUNT.search(fold(sentence))
    return match.start() if match else -1


# Nouns counting kinds of a thing (« combien de sortes / de types / de variétés de graines »): any of them,
# or the thing itself, counted in a sentence answers.
KIND_NOUNS = frozenset(
    plural_key(w)
    for w in word_set("sorte type genre espece variete categorie modele forme kind sort variety")
)
_KIND_OF = re.compile(r"\b(?:combien|nombre) (?:de|d) \w+ (?:de|d) (?P<thing>\w+)")


def _kinds_at(sentence: str, norm: str) -> int:
    """Where a count of kinds (« une cinquantaine de variétés ») or of the thing the question counts kinds of
    (« 40 graines ») starts in the sentence, else -1."""
    found = [p for n in KIND_NOUNS if (p := _count_at(sentence, n)) >= 0]
    if (match := _KIND_OF.search(norm)) and (thing := plural_key(match.group("thing"))):
        counted = re.search(
            rf"\b(?:\d+|{_NUMBER_WORDS})\W+(?:(?:de|d)\W+)?{re.escape(thing)}[sx]?\b", fold(sentence)
        )
        found += [counted.start()] if counted else []
    return min(found, default=-1)


def fiche_counts(fiche: Fiche, noun: str) -> bool:
    """Does one of the fiche's fields state a number of `noun` (« 30 jardiniers »)? A noun counting people
    (« combien de monde ») is counted by a number of people too (« 120 personnes »)."""
    people = plural_key(noun) in _PEOPLE
    texts = [value for name in TEXT_ORDER if isinstance(value := getattr(fiche, name, ""), str)]
    return any(
        _counted(value, noun) or (people and any(_people_at(s) >= 0 for s in _sentences(value)))
        for value in texts
    )


def _spelt_by(fiche: Fiche, noun: str) -> str:
    """The counted noun as the fiche spells it, when the question misspells it by one letter (« aprenants »
    → « apprenant »); the noun itself when the fiche counts it or has no such word."""
    if len(noun) < 6 or fiche_counts(fiche, noun):
        return noun
    texts = [v for n in TEXT_ORDER if isinstance(v := getattr(fiche, n, ""), str)]
    words = sorted({plural_key(w) for w in normalise(" ".join(texts)).split() if len(w) >= 6})
    return next((w for w in words if one_typo(noun, w) and fiche_counts(fiche, w)), noun)


def _counted(text: str, noun: str) -> bool:
    return any(_count_at(s, noun) >= 0 for s in _sentences(text))


def _sentences(text: str) -> list[str]:
    return [s for line in (text or "").splitlines() if line.strip() for s in _split(line.strip(" -•*"))]


def _split(line: str) -> list[str]:
    """The line's sentences, one cut after a dotted acronym (« la C.A.F. avec un référent ») mended: the next
    piece opening in lower case goes on with it."""
    pieces: list[str] = []
    for piece in split_sentences(line):
        if pieces and re.search(r"(?:\b[A-Za-z]\.){2,}$", pieces[-1]) and piece[:1].islower():
            pieces[-1] = f"{pieces[-1]} {piece}"
        else:
            pieces.append(piece)
    return pieces


def answer_sentences(fiche: Fiche, question: str, field: str = "", noun: str = "") -> list[tuple[str, str]]:
    """(field, sentence) of the fiche answering the question (see the module docstring), cut around the
    figure when long: for a count or a quantity, the best two sentences that have one (a reader sees when
    the fiche gives two figures); else the one sharing most words with the question; [] when none does.
    A question asking several things (« partent où et dans quel hébergement ») gets the best sentence of
    each part."""
    parts = _PARTS.split(normalise(question))
    if len(parts) > 1:
        ranked = [_best_sentences(fiche, part, field, count_noun(part), every=True) for part in parts]
        chosen: dict[int, tuple[str, str]] = {}
        for n in sorted(
            range(len(parts)), key=lambda n: len(ranked[n])
        ):  # the part with fewest answers first
            if item := next((it for it in ranked[n] if it not in chosen.values()), None):
                chosen[n] = item
        if chosen:
            return [chosen[n] for n in sorted(chosen)]
    return _best_sentences(fiche, question, field, noun)


# « … et dans quel hébergement ? »: a second question joined by « et ».
_PARTS = re.compile(
    r"\s+et\s+(?=(?:(?:dans|avec|a|pour|de|en|par|sur) )?(?:quel|quelle|quels|quelles|qui|ou|quand|comment"
    r"|combien|pourquoi)\b)"
)
# Types whose question verb names the aspect asked (« qui a lancé », « qui organisait »), never the topic; the
# verb of a place or a date (« ils partent où ») may be what the sentence tells.
_ASPECT_TYPES = ("initiative", "running", "cause", "public")
TITLE_WEIGHT = 0.25  # a word of the title the question repeats only breaks ties between sentences


def _best_sentences(
    fiche: Fiche, question: str, field: str, noun: str, *, every: bool = False
) -> list[tuple[str, str]]:
    names = [n for n in dict.fromkeys([field, *TEXT_ORDER]) if n and isinstance(getattr(fiche, n, None), str)]
    candidates = [(n, s, ctx) for n in names for s, ctx in _sentences_in_context(getattr(fiche, n))]
    norm = normalise(question)
    ask = ask_of(norm)
    named = " ".join((fiche.title, fiche.centre, *place_names(question)))
    stems = _question_stems(_uncued(norm, ask), named)  # the words naming the fiche answer nothing alone…
    if (kind := lookup_type(norm)) is ORGANISATION_ASKED:
        stems = _organisation_stems(kind, question, norm, stems)
    if kind is not None and kind.name in _ASPECT_TYPES:
        stems -= {w[:5] for w in interrogative_words(norm)}  # … nor the verb asking who (« lancé »)
    if kind is not None and kind.name == "doer":  # « qui y tient des permanences »: what is done decides
        stems |= _done(kind, norm)
    stems |= _measured(norm)  # « combien d'heures de permanence »: hours OF that, a title word or not
    titled = _question_stems(norm, "") & _stems(named)  # … but break ties
    whole = set(stems)  # what a sentence sharing no word of the asking clause is still found by
    left = stems - (apart := _set_apart(question))  # « Pour l'atelier mémoire …, la formation … par qui ? »
    if left and any(_shared(left, _stems(f"{ctx} {s}")) for _, s, ctx in candidates):
        titled |= stems & apart  # the clause naming the fiche breaks ties; the asking clause decides
        stems -= apart

    def content(sentence: str, ctx: str) -> float:
        have = _stems(f"{ctx} {sentence}")
        return _shared(stems, have) + TITLE_WEIGHT * len(titled & have)

    def asked(sentence: str, ctx: str) -> int:
        return _shared(stems, _stems(f"{ctx} {sentence}"))

    asking = interrogative_words(norm)
    said = {plural_key(w) for w in norm.split() if w not in STOPWORDS | asking}
    told = [c for c in candidates if kind is None or not kind.reads or c[0] in kind.reads]
    if ask is not None and ask.name == "price":  # what the people pay, not the funders' sums
        told = [c for c in told if ask.says.search(fold(c[1]))] or told
    if kind is not None and (typed := _typed(kind, told, asked, content, said, every)):
        anchor = _entity_after_asked(kind, stems)
        return [
            (n, _with_items(_with_context(s, ctx, anchor, stems), getattr(fiche, n))) for n, s, ctx in typed
        ]
    if ask is not None and ask.name == "achieved" and (means := _means(candidates, norm, ask)):
        return [(n, _with_context(s, ctx, lambda _: 0, stems)) for n, s, ctx in means]
    return _untyped(fiche, candidates, norm, noun, ask, stems, whole, content)


def _means(candidates: list[tuple[str, str, str]], norm: str, ask: Ask) -> list[tuple[str, str, str]]:
    """How an outcome was obtained (« comment elles ont fait venir une prof »): the sentence telling the outcome
    (« une professeur vient leur faire cours », by the words after the cue, their lemmas and standard words),
    and, when it tells no means itself, the sentence beside it in its field that does (« Elles ont pour cela
    fait une demande de Fonds de Participation des Habitants ») first; [] when no sentence tells the outcome."""
    match = ask.cue.search(norm)
    outcome = _word_forms(norm[match.end() :]) if match else []
    if not outcome:
        return []
    said = [sum(1 for forms in outcome if forms & _sentence_forms(s)) for _, s, _ in candidates]
    best = max(range(len(candidates)), key=lambda i: (said[i], -i), default=-1)
    if best < 0 or not said[best]:
        return []
    told = candidates[best]
    if ask.answered_by(told[1]):
        return [told]
    beside = [
        candidates[j]
        for j in (best - 1, best + 1)
        if 0 <= j < len(candidates) and candidates[j][0] == told[0] and ask.answered_by(candidates[j][1])
    ]
    return [beside[0], told] if beside else [told]


def _word_forms(text: str) -> list[set[str]]:
    """Per content word of the text, the stems of its forms: itself, its lemmas, its standard words (« prof »
    → profe, ensei, inter)."""
    from assistant.glossary import familiar_standard

    skip = STOPWORDS | GENERIC | _ASKING | START_WORDS
    return [
        {w[:5], *(r[:5] for r in readings(w)), *_stems(" ".join(familiar_standard(w)))}
        for w in normalise(text).split()
        if len(w) > 2 and w not in skip
    ]


def _sentence_forms(sentence: str) -> set[str]:
    """The stems of the sentence's words and of their lemmas (« vient » → venir)."""
    words = [w for w in normalise(sentence).split() if len(w) > 2 and w not in STOPWORDS]
    return {w[:5] for w in words} | {r[:5] for w in words for r in readings(w)}


def _untyped(
    fiche: Fiche,
    candidates: list[tuple[str, str, str]],
    norm: str,
    noun: str,
    ask: Ask | None,
    stems: set[str],
    whole: set[str],
    content: Callable[[str, str], float],
) -> list[tuple[str, str]]:
    """The sentence answering a question asking no type: by its kind of detail, a count, else shared words."""
    per = _per_units(norm)
    for test, anchor in _answer_kinds(norm, noun):
        passing = [(i, n, s, ctx) for i, (n, s, ctx) in enumerate(candidates) if test(s)]
        passing.sort(key=lambda t: (-content(t[2], t[3]) - _distributed(per, t[2]), -_says(ask, t[2]), t[0]))
        if passing:
            chosen = [
                (n, _with_context(s, ctx, anchor, stems)) for _, n, s, ctx in passing[: 3 if ask else 2]
            ]
            if done := _predicate_figure(candidates, norm, noun, passing, stems):
                return done + chosen[:1]  # what they did first, the count of them after
            return chosen
    if noun:  # « viennent de combien de pays ? » and no « N pays »: a count beside the asking clause's words
        figured = [(i, n, s, ctx) for i, (n, s, ctx) in enumerate(candidates) if _counts_something(s)]
        said_by = {t: len(stems & _stems(f"{t[3]} {t[2]}")) for t in figured}  # as written, no typo
        figured = sorted(
            (t for t in figured if said_by[t]), key=lambda t: (-said_by[t], -content(t[2], t[3]), t[0])
        )
        if figured:
            return [(n, _with_context(s, ctx, _position(_ANY_FIGURE), stems)) for _, n, s, ctx in figured[:1]]
    scored = [
        (_shared(whole, _stems(f"{ctx} {s}")), -i, n, s, ctx) for i, (n, s, ctx) in enumerate(candidates)
    ]
    best = max(scored, default=None)
    if best and best[0] > 0:
        return [(best[2], _with_context(best[3], best[4], lambda s: 0, stems))]
    return []


# A quantity asked per unit (« combien d'heures par quartier ») is answered by the sentence giving it per that
# unit (« 4 permanences de 3 heures dans chaque quartier ») before one giving it per another (« 24 heures
# hebdomadaires »): the unit after « par » / « chaque », a period said by its adjective, a weekday a week's.
_PER = re.compile(r"\b(?:par|chaque|per|each|every) (?P<unit>[a-z]{2,})\b")
_NOT_UNITS = word_set("exemple contre ailleurs rapport consequent suite ici la cette ce cet fois moment")
_PERIOD_ADJECTIVES = (
    ("hebdomadaire", "semaine"), ("mensuel", "moi"), ("quotidien", "jour"), ("journalier", "jour"),
    ("annuel", "an"), ("trimestriel", "trimestre"),
)  # fmt: skip
_WEEKDAY = re.compile(r"^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?$")


def _per_units(text: str) -> set[str]:
    """The plural keys of the units a quantity is given per in the text (« par quartier », « chaque
    vendredi » → semaine, « hebdomadaires » → semaine)."""
    norm = normalise(text)
    units = {
        "semaine" if _WEEKDAY.match(unit) else plural_key(unit)
        for m in _PER.finditer(norm)
        if (unit := m.group("unit")) not in STOPWORDS | _NOT_UNITS
    }
    return units | {unit for adjective, unit in _PERIOD_ADJECTIVES if re.search(rf"\b{adjective}", norm)}


def _distributed(asked: set[str], sentence: str) -> int:
    """+1 when the sentence gives its quantity per the unit asked, -1 per another only, 0 when either says none."""
    if not asked or not (have := _per_units(sentence)):
        return 0
    return 1 if {u[:5] for u in asked} & {u[:5] for u in have} else -1  # « par quartié »: its stem


PREDICATE_WORDS = 2  # words of a count's predicate a figure's sentence must say to go before the noun's count


def _predicate_figure(
    candidates: list[tuple[str, str, str]],
    norm: str,
    noun: str,
    passing: list[tuple[int, str, str, str]],
    stems: set[str],
) -> list[tuple[str, str]]:
    """The sentence with a figure saying what the counted ones DID (« combien de femmes ont décroché un boulot
    ou une formation » : « Sur 34 participantes, 14 ont trouvé un emploi ou une formation »), when it says at
    least `PREDICATE_WORDS` words of the question's predicate (a familiar word read as the standard ones) and
    more of them than the sentence counting the noun (« une douzaine de femmes chaque vendredi »); else []."""
    words = _predicate_words(norm, noun)
    if sum(weight for _, weight in words) < PREDICATE_WORDS:
        return []

    def said(sentence: str, ctx: str) -> int:
        have = _stems(f"{ctx} {sentence}")
        return sum(weight for forms, weight in words if forms & have)

    best_count = max((said(s, ctx) for _, _, s, ctx in passing), default=0)
    figured = [(said(s, ctx), -i, n, s, ctx) for i, (n, s, ctx) in enumerate(candidates) if _digits_count(s)]
    top = max(figured, default=None)
    if top is None or top[0] < PREDICATE_WORDS or top[0] <= best_count:
        return []
    return [(top[2], _with_context(top[3], top[4], _position(_ANY_FIGURE), stems))]


def _predicate_words(norm: str, noun: str) -> list[tuple[set[str], int]]:
    """The content words after a count's noun (« … de femmes ont décroché un boulot ou une formation ») or after
    the « combien » of people set apart (« les femmes, combien ont trouvé un travail »), each as the set of its
    stem and its standard words' stems (« boulot » → boulo, emplo, trava), with its weight: the participle
    opening the predicate names the outcome counted (« trouvé ») and weighs `PREDICATE_WORDS` — unless it
    only says they came (`_ATTENDING`: « combien de jeunes sont venus » is the count of them)."""
    from assistant.glossary import familiar_standard

    match = re.search(r"\b(?:combien|nombre) (?:de|d) (?:\w+ )??(\w+)\b", norm)
    if not match and _SET_APART_COUNTED.search(norm):
        match = re.search(r"\bcombien\b", norm)
    if not match or not noun:
        return []
    after = norm[match.end() :]
    verb = _VERB_AFTER_NOUN.match(after)
    if not verb:  # « combien de binômes bénévole / personne âgée … »: no predicate
        return []
    skip = STOPWORDS | GENERIC | _ASKING | START_WORDS
    participle = next(iter(after[verb.end() :].split()), "")
    outcome = PREDICATE_WORDS if participle and not {participle, *readings(participle)} & _ATTENDING else 1
    return [
        ({w[:5], *(_stems(" ".join(familiar_standard(w))))}, outcome if w == participle else 1)
        for w in after.split()
        if len(w) > 2 and w not in skip
    ]


# Verbs saying that people came or took part: a count asked with them is the count of the people.
_ATTENDING = word_set(
    "venir venue aller partir parti participer assister inscrire inscrit etre present rester"
)


# A predicate after the counted noun opens with a verb (« … de femmes ont décroché », « … de jeunes y sont
# partis »), its clitics first.
_VERB_AFTER_NOUN = re.compile(
    r"\s*(?:(?:y|en|se|s|ne|n) )*(?:ont|a|sont|est|avaient|avait|etaient|etait|auront|seront|vont|peuvent"
    r"|ont pu|ont ete)\b"
)


def _digits_count(sentence: str) -> bool:
    """Does the sentence count something in digits (a sum, a share or a year is none)?"""
    return bool(re.search(r"\d", _NOT_COUNTS.sub(" ", fold(sentence))))


def _organisation_stems(kind: AnswerType, question: str, norm: str, stems: set[str]) -> set[str]:
    """The stems an organisation's sentence is found by: not the cue (« quelle structure »), and, when a clause
    names the fiche apart (« Pour Place aux parents, la conteuse venait de quelle structure ? »), every word
    of the asking clause, a word of the title included (« conteuse »: whose organisation is asked)."""
    cued = _question_stems(kind.cue.sub(" ", norm), "")
    if apart := _set_apart(question):
        return cued - apart or stems
    return stems & cued or stems


def _done(kind: AnswerType, norm: str) -> set[str]:
    """The stems of what the asked doer does, after the question's verb (« qui y tient des permanences » →
    perma), a word of the title included: the sentence telling who does THAT is the answer."""
    match = kind.cue.search(norm)
    after = norm[match.end() :].split() if match else []
    return {w[:5] for w in after if len(w) > 2 and w not in STOPWORDS | GENERIC | _ASKING}


_MEASURED = re.compile(
    r"\b(?:combien|nombre) (?:de|d) (?P<unit>\w+) (?:de|d|du|des) (?:la |l |le |les )?(?P<noun>\w+)"
)


def _measured(norm: str) -> set[str]:
    """The stem of what a count asked is of (« combien d'heures de permanence » → perma, « combien de kilos
    de légumes » → legum): the figure's sentence, or the line heading it, says it, a word of the title or not."""
    match = _MEASURED.search(norm)
    if not match or match.group("noun") in STOPWORDS | GENERIC | _ASKING:
        return set()
    return {match.group("noun")[:5]}


_ASKING_WORD = re.compile(
    r"\b(?:combien|qui|quel|quelle|quels|quelles|ou|quand|comment|pourquoi|quoi|lequel|laquelle)\b"
)


def _set_apart(question: str) -> set[str]:
    """The stems of the clauses a question sets apart by a comma or a colon around the one clause that asks
    (« Pour l'atelier mémoire avec les bénévoles formés, la formation a été faite par qui ? »: atelier,
    mémoire, bénévoles, formés): they name the fiche, the asking clause names the detail. Empty when the
    question has one clause, or not exactly one asking clause."""
    unquoted = re.sub(r"«[^»]*»|\"[^\"]*\"", " ", question)  # « Mon loyer, mes charges » is one name
    clauses = [c for part in re.split(r"[,:;]", unquoted) if (c := normalise(part))]
    asking = [c for c in clauses if INTERROGATIVES.search(c) or _ASKING_WORD.search(c)]
    if len(clauses) < 2 or len(asking) != 1:
        return set()
    kept = {w[:5] for w in asking[0].split()}
    return {w[:5] for c in clauses if c != asking[0] for w in c.split() if len(w) > 2} - kept


# The order a reader tells an action in: ties between typed sentences go to the narrative, not to the figures.
_TOLD_FIRST = ("resume", "description_generale", "description_experience", "initiative_precision")
_NARRATIVE = {n: i for i, n in enumerate(dict.fromkeys((*_TOLD_FIRST, *TEXT_ORDER)))}  # the asked field: -1


def _typed(
    kind: AnswerType,
    candidates: list[tuple[str, str, str]],
    asked: Callable[[str, str], int],
    content: Callable[[str, str], float],
    said: set[str],
    every: bool = False,
) -> list[tuple[str, str, str]]:
    """The sentences holding an entity of the type asked (`answer_types`), the best first: most words of the
    question (`asked`) and words saying the aspect (« a proposé » for who had the idea), then an exact entity
    (« Vendée ») before a vague one (« en camping »), then the title's words (`content`), then text order.
    When the best is vague, the best exact one follows it; when the next is nearly as good (one word less),
    it follows too: a second source, a second time (and `every` other one after them: a part of a question
    asking two things). An entity the question `said` itself (« … où dans les villages ? ») is none."""
    scored = [
        (asked(s, ctx) + kind.saying(s), kind.strength(masked(s, said)), content(s, ctx), n, s, ctx)
        for n, s, ctx in candidates
    ]
    ranked = sorted(
        (t for t in scored if t[1]), key=lambda t: (-t[0], -t[1], -t[2], _NARRATIVE.get(t[3], -1))
    )
    if not ranked:
        return []
    best, rest = ranked[0], ranked[1:]
    strong = next((t for t in rest if t[1] >= 2), None) if best[1] < 2 else None
    close = next(
        (t for t in rest if t[0] >= max(1, best[0] - 1) and t[1] >= best[1] and best[4] not in (t[4], t[5])),
        None,
    )  # not the best again, nor the line it heads
    chosen = [t for t in (best, strong or close) if t is not None]
    return [t[3:] for t in chosen + ([t for t in rest if t not in chosen] if every else [])]


def _entity_after_asked(kind: AnswerType, stems: set[str]) -> Callable[[str], int]:
    """Where a long sentence is cut around: the first entity of the type asked after a word of the question
    (« … pour 7 000 €, la Ville de Metz (7 000 € … » asked « combien de la ville de Metz »), else its first."""

    def at(sentence: str) -> int:
        folded = fold(sentence)
        said = [m.start() for stem in stems if (m := re.search(rf"\b{re.escape(stem)}", folded))]
        start = min(said, default=-1)
        if start >= 0 and len(folded) == len(sentence) and (after := kind.entity_at(sentence[start:])) >= 0:
            return start + after
        return kind.entity_at(sentence)

    return at


def _sentences_in_context(text: str) -> list[tuple[str, str]]:
    """(sentence, the short line heading it or ""): « Sur le QPV « Sablon-sud » : soit 12 heures » heads
    the line of its opening hours."""
    found: list[tuple[str, str]] = []
    previous = ""
    for line in (text or "").splitlines():
        line = line.strip(" -•*\t")
        if not line:
            continue
        heading = previous if len(previous) <= HEADING_CHARS and not previous.endswith(".") else ""
        found += [(s, heading if n == 0 else "") for n, s in enumerate(_split(line))]
        previous = line
    return found


HEADING_CHARS = 80


def _with_items(piece: str, text: str) -> str:
    """A sentence announcing a list (« Ce souhait faisait suite à certains constats faits : ») with the lines
    after it, joined by « ; » up to `ITEM_CHARS` (the list is what it says)."""
    if not piece.rstrip().endswith(":"):
        return piece
    lines = [line.strip(" -•*\t") for line in (text or "").splitlines()]
    at = next((i for i, line in enumerate(lines) if line.endswith(piece.strip())), -1)
    items = [line.rstrip(" ,;") for line in lines[at + 1 :] if line][:LIST_ITEMS] if at >= 0 else []
    told = f"{piece.rstrip()} {' ; '.join(items)}".strip()
    return told if len(told) <= ITEM_CHARS or not items else _around(told, 0)


LIST_ITEMS = 3  # the lines after a sentence announcing a list that are quoted with it


def _with_context(sentence: str, ctx: str, anchor: Callable[[str], int], stems: set[str]) -> str:
    """The sentence cut around its answer, after its heading line when the heading has the question's words, or
    when the sentence has none (« Mardi 14h00 – 17h00 / … » under « Sur le QPV « Sablon-sud » » : what the
    hours are of is in the heading)."""
    piece = _around(sentence, anchor(sentence))
    headed = ctx and (_shared(stems, _stems(ctx)) or not _shared(stems, _stems(sentence)))
    return f"{ctx.rstrip(' :')} : {piece}" if headed else piece


def _shared(stems: set[str], have: set[str]) -> int:
    """How many of the question's stems the sentence has (one typo allowed: « finna » / « finan »)."""
    return sum(1 for s in stems if s in have or any(one_typo(s, h, min_len=5) for h in have))


def _uncued(norm: str, ask: Ask | None) -> str:
    """The question without the words of its cue (« ça marche comment » asks; « marche » is no topic)."""
    return ask.cue.sub(" ", norm) if ask is not None else norm


def _says(ask: Ask | None, sentence: str) -> float:
    """How much a sentence says what the question asks: its words of that kind, and half a point per item
    of a list (« igname, madère, giraumon… » answers « qu'est-ce qu'ils font pousser »)."""
    if ask is None:
        return 0.0
    return len(ask.says.findall(fold(sentence))) + sentence.count(",") / 2


def _answer_kinds(norm: str, noun: str) -> list[tuple[Callable[[str], bool], Callable[[str], int]]]:
    """(test, anchor) per kind of answer the question asks: a count of its noun, a quantity in the unit of
    the dimension it names."""
    kinds = []
    if noun:
        kinds.append((lambda s: _count_at(s, noun) >= 0, lambda s: _count_at(s, noun)))
    if plural_key(noun) in _PEOPLE:  # « combien de parents » when the fiche counts « 20 adultes »
        kinds.append((lambda s: _people_at(s) >= 0, _people_at))
    if plural_key(noun) in _PUBLICS or plural_key(noun) in _PEOPLE or _public_alias(noun):  # « 48 élèves »
        kinds.append((lambda s: _public_at(s) >= 0, _public_at))
    if plural_key(noun) in KIND_NOUNS:  # « combien de sortes de graines » : « une cinquantaine de variétés »
        kinds.append((lambda s: _kinds_at(s, norm) >= 0, lambda s: _kinds_at(s, norm)))
    if (ask := ask_of(norm)) is not None:
        kinds.append((ask.answered_by, _position(ask.says)))
    for word in norm.split():
        if unit := _unit(word):
            regex = re.compile(rf"(?:\d[\d ,.]*|\b(?:{_NUMBER_WORDS}))\s*(?:{unit})\b")
            kinds.append((lambda s, r=regex: bool(r.search(normalise(s))), _position(regex)))
    if _asks_amount(norm):  # « les jeunes touchent combien » : a sum; « combien ont été reprises » : a number
        figure = _MONEY if _MONEY_VERB.search(norm) else _ANY_FIGURE
        kinds.append((_matcher(figure), _position(figure)))
    kinds += _asked_kinds(norm)
    return kinds


_MONEY = re.compile(r"\d[\d  .,]*\s*(?:€|euros?\b|k€)")
_NOT_COUNTS = re.compile(r"\d[\d  .,]*\s*(?:€|euros?\b|k€|%|pour ?cent\b)|\b(?:19|20)\d\d\b")


def _counts_something(sentence: str) -> bool:
    """Does the sentence give a figure that may count things (a sum, a share or a year is none)?"""
    return bool(_ANY_FIGURE.search(_NOT_COUNTS.sub(" ", fold(sentence))))


_ANY_FIGURE = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b")


def _around(sentence: str, at: int) -> str:
    """The sentence, or `ITEM_CHARS` of it around position `at` (words kept whole, « … » where cut)."""
    if len(sentence) <= ITEM_CHARS:
        return sentence
    start = max(0, at - ITEM_CHARS // 3)
    piece = sentence[start : start + ITEM_CHARS]
    if start:
        piece = "…" + piece.split(" ", 1)[-1]
    return piece.rsplit(" ", 1)[0] + "…" if start + ITEM_CHARS < len(sentence) else piece


# An acronym written with dots (« C.A.F. », « P.M.I ») is the word « CAF » a question writes.
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}[A-Za-z]?\.?")


def _stems(text: str) -> set[str]:
    text = _DOTTED.sub(lambda m: m.group().replace(".", "") + " ", text)
    return {w[:5] for w in normalise(text).split() if len(w) > 2 and w not in STOPWORDS}


def _question_stems(norm: str, title: str) -> set[str]:
    """The question's content stems: no asking word, no locution of a start (« qui a eu l'idée au départ »:
    « départ » is no topic, and one typo from « réparer »), none of the title's words."""
    skip = STOPWORDS | GENERIC | _ASKING | START_WORDS
    return {w[:5] for w in norm.split() if len(w) > 2 and w not in skip} - _stems(title)
