"""A detail of one fiche: the asked field when it holds the answer, else the sentence of the fiche's text that
does — citing that fiche only, the first line answering.

    lookup_answer(fiche, "Combien de personnes sont venues à la Fête ?", "personnes_mobilisees", query)
    # « … : « Environ 800 personnes sur la journée. » (Description générale) [1]. _(Le champ … ne le dit pas…)_ »

What the asked field means is widened by the schema and by the fiche's own derived fields: « résultats »
reads every result field (unless the question names one), « à l'initiative » adds its « Précision », empty
partners fall back to the partners the text cites (with their sentence), a budget question gets the typed
budget (`ingest/amounts.py`) and a funders question the financing text.
Which sentence answers, by the kind of question: a count (« combien de N ») needs a number followed by N — in
the field, else in the text, the one sharing most words with the question; a dimension (« surface »,
« taux », « durée ») needs a number with its unit (m², %, jours); « où » a place; otherwise the sentence
sharing most words with the question (the title's words left out).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.answer import field_summary, key_figures, link, md, plural, where
from assistant.comparison import Built, built_answer, figure_with_basis
from assistant.query import translations
from assistant.records import Query
from ingest import amounts, fields
from ingest.models import Fiche
from ingest.places import PlacesUnavailable, communes, find_places
from ingest.text import GENERIC, STOPWORDS, fold, normalise, plural_key, split_sentences, word_set

ITEM_CHARS = 260
LIST_COMMAS = 3  # a sentence listing things (« igname, madère, giraumon, pois d'angole »)
FUNDING_CHARS = 500
# Where a sentence is looked for, after the asked field: the structured fields first, then the text.
TEXT_ORDER = (
    "personnes_mobilisees", "ressources_financieres", "resume", "description_generale", "description_experience",
    "resultat_habitants", "resultat_territoire", "resultat_centre", "impacts", "limites", "perspectives",
    "facteurs_reussite", "diagnostic", "raison_fin", "initiative_precision",
)  # fmt: skip
RESULTS = ("resultat_habitants", "resultat_territoire", "resultat_centre", "impacts")
_RESULT_WORDS = {
    "resultat_habitants": "habitant",
    "resultat_territoire": "territoire",
    "resultat_centre": "centre",
}
_COMPANIONS = {"initiative": "initiative_precision", "statut": "raison_fin"}
_COUNT_QUESTION = re.compile(
    r"\b(?:combien (?:de|d)|nombre (?:de|d)|how many|number of)\s+(?:\w+ )??(?P<noun>\w+)"
)
# Adjectives between a count and its noun (« 42 jeunes différents » needs none, « 12 nouvelles familles » one).
_ADJECTIVES = (
    r"(?:nouve(?:aux|lles?)|autres|petite?s|grande?s|jeunes|ancien(?:ne)?s|premier(?:e)?s|differents?)"
)
_NUMBER_WORDS = "|".join(sorted(amounts.NUMBER_WORDS, key=len, reverse=True))
_HOW_MANY_PEOPLE = re.compile(
    r"\b(?:etaient|etait|sont|ont ete|etiez|seront) combien\b|\bcombien (?:sont|etaient|ont) (?:venu|participe|present)"
)
_FUNDERS = re.compile(
    r"\b(qui finance\w*|financeurs?|financ\w* par|funders?|who funds?|qui paie|qui a paye)\b"
)
_AREA, _TIME = (
    r"m2|m 2|metres? carres?|hectares?|ha|ares?",
    r"jours?|semaines?|mois|ans|annees?|heures?|h|minutes?",
)
# A question's dimension noun → the units of a sentence answering it.
_DIMENSIONS = {
    "surface": _AREA, "superficie": _AREA, "taille": _AREA, "duree": _TIME, "temp": _TIME, "horaire": r"h|heures?",
    "taux": r"%|pour ?cent", "part": r"%|pour ?cent", "pourcentage": r"%|pour ?cent", "proportion": r"%|pour ?cent", "age": r"ans",
    "distance": r"km|kilometres?|metres?", "frequence": r"fois|par (jour|semaine|mois|an)",
}  # fmt: skip
_WHERE = re.compile(
    r"^(ou|where)\b|\b(ou (a|se|s est|ont|avait)|quel (lieu|endroit|quartier)|quelle ville)\b"
)
# What a question word asks for (folded question): a date, a day of the week, a place.
_WHEN = re.compile(
    r"\b(?:quand|quelle (?:date|annee|periode)|en quelle annee|depuis combien|when|what year)\b"
)
_YEAR = re.compile(
    r"\b(?:19[5-9]\d|20[0-4]\d)\b|\b(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre"
    r"|novembre|decembre)\b"
)
_WEEKDAY = re.compile(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?\b")
_WHICH = re.compile(r"\b(?:quel|quelle|quels|quelles|which|what)\s+(?P<noun>[a-z]{3,})\b")
_DAY_NOUNS = word_set("jour jours day days")
_PLACE_NOUNS = word_set("ville villes commune communes lieu lieux endroit quartier quartiers town city")
# Words of a question that ask rather than say what is asked about.
_ASKING = word_set(
    """quel quelle quels quelles qui quoi combien comment pourquoi ou quand est ce qu que dont lequel laquelle
    donne donner dispose disposait concerne concernes sont venus venue venues ete eu fait faire projet action
    fiche sais savez dire peux pouvez"""
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

    def answered_by(self, sentence: str) -> bool:
        return bool(self.says.search(fold(sentence))) or (self.lists and sentence.count(",") >= LIST_COMMAS)


_WEEKDAYS = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
ASKS = (
    Ask("funders",
        re.compile(r"\b(?:qui (?:paie|paye|finance|subventionne|a paye|a finance)|financ\w* par|par qui \w+ financ"
                   r"|avec quel (?:argent|financement)|d ou vient l argent|who (?:funds|pays))\b"),
        re.compile(r"\b(?:co)?financ|\bsubvention|\bpai|\bpay|pris en charge|\bfonds\b|\bdotation|€|\beuros?\b"),
        amounts.MONEY_FIELD),
    Ask("price",
        re.compile(r"\b(?:reste a charge|tarifs?|prix|participation (?:demandee|financiere)|combien (?:ca|cela) coute)\b"),
        re.compile(r"reste a charge|\btarif|\bparticipation|\bprix\b|\bgratuit|€|\beuros?\b")),
    Ask("partners",
        re.compile(r"\b(?:avec qui|avec quel(?:le)?s? (?:structure|partenaire|association|organisme|acteur)s?"
                   r"|en partenariat avec|qui (?:les|l|leur) a aide)\b"),
        re.compile(r"\b(?:partenari\w*|partenaires?|en lien avec|en collaboration|avec (?:l|le|la|les|un|une|des)\b"
                   r"|soutien (?:de|du|des)\b|aupres (?:de|du|des)\b)"),
        "partenaires"),
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
    Ask("results",
        re.compile(r"\b(?:qu est ce que (?:ca|cela|ce) a donne|ca a donne quoi|ca donne quoi|ca a marche|quels? (?:resultats?|bilan)"
                   r"|qu est ce qui en est (?:sorti|ressorti)|qu en est il ressorti)\b"),
        re.compile(r"\d"), "resultat_habitants"),
)  # fmt: skip


def ask_of(norm: str) -> Ask | None:
    """The kind of detail the normalised question asks for (`ASKS`), else None."""
    return next((ask for ask in ASKS if ask.cue.search(norm)), None)


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
    if ask_of(norm) is not None or any(_unit(w) for w in norm.split()):
        return True
    return bool(_WHERE.search(norm) or _asked_kinds(norm))


def lookup_answer(fiche: Fiche, question: str, field: str, query: Query, near: Sequence[Fiche] = ()) -> Built:
    """One fiche's answer to `question` (see the module docstring). Only that fiche is cited — and its
    `near` duplicates (same centre, near-identical title), answered the same way and flagged, so that the
    reader sees both figures instead of one picked silently."""
    first = lookup_line(fiche, question, field, 1)
    text = first
    if near:
        names = " et ".join(f"« {md(f.title or f.id)} »" for f in (fiche, *near))
        text += f"\n\n{plural(len(near) + 1, 'fiche proche', 'fiches proches')} du même centre ({names}) :"
        text += "".join(f"  \n{lookup_line(f, question, field, n)}" for n, f in enumerate(near, 2))
    sources = "".join(f"\n\n**[{n}]** {link(f)} — {where(f)}" for n, f in enumerate((fiche, *near), 1))
    return Built(
        built_answer(text + sources, [fiche, *near], query), facts=f"Réponse lue dans la fiche [1] : {first}"
    )


def lookup_line(fiche: Fiche, question: str, field: str, n: int = 1) -> str:
    """The answer line of one fiche, citing it as [n]."""
    norm = normalise(question)
    ask = ask_of(norm)
    field = field or (ask.field if ask else "")
    value = field_text(fiche, field, norm)
    noun = count_noun(norm)
    title = f"« {md(fiche.title or fiche.id)} » — {where(fiche)}"
    asked = _asked_kinds(norm)
    # The citation ends the sentence: « [1] : 150 » would read as one number.
    answers = not asked or any(test(s) for test, _ in asked for s in _sentences(value))
    if value and answers and (not noun or _counted(value, noun)):
        return (
            _field_line(fiche, field, value, title, norm, n)
            + _figures(fiche, field, value)
            + _told(fiche, field)
        )
    if found := answer_sentences(fiche, question, field, noun):
        (name, sentence), *more = found
        note = "" if name == field or not field else _empty_note(fields.label(field), value)
        line = f"{title} : « {md(sentence)} » ({md(fields.label(name))}) [{n}].{note}"
        return line + "".join(f"  \nAussi : « {md(s)} » ({md(fields.label(k))})." for k, s in more)
    if value and noun:  # the field says something else than the count asked
        counted = _COUNT_QUESTION.search(norm).group("noun")
        summary = md(field_summary(field, value))
        return f"{title} ne donne pas de nombre de {counted} ; {md(fields.label(field))} : {summary} [{n}]."
    if value:
        return _field_line(fiche, field, value, title, norm, n)
    if ask and ask.fallback and (told := _plain(fiche, ask.fallback)):
        return _field_line(fiche, ask.fallback, told, title, norm, n)
    if _WHERE.search(norm) and fiche.centre:
        place = ", ".join(p for p in (fiche.departement, fiche.region) if p)
        return f"{title} : action menée par {md(fiche.centre)}{f' ({md(place)})' if place else ''} [{n}]."
    name = "Résultats" if field in RESULTS and not any(w in norm for w in _RESULT_WORDS.values()) else field
    label = f" ({md(fields.label(name))})" if field else ""
    return f"La fiche {title} ne renseigne pas ce point{label} [{n}]."


# -- the asked field ---------------------------------------------------------------------------------


def field_text(fiche: Fiche, field: str, norm: str = "") -> str:
    """The text answering for `field`, widened as the module docstring says ("" when empty)."""
    if field in RESULTS and not any(w in norm for w in _RESULT_WORDS.values()):
        parts = [(name, _plain(fiche, name)) for name in RESULTS]
        return "\n".join(f"{fields.label(name)} : {text}" for name, text in parts if text)
    value = _plain(fiche, field)
    if field in _COMPANIONS and (extra := _plain(fiche, _COMPANIONS[field])):
        value = f"{value}\n{fields.label(_COMPANIONS[field])} : {extra}".strip()
    if not value and fields.is_facet(field):
        value = _cited(fiche, field)
    return value


def _plain(fiche: Fiche, field: str) -> str:
    value = getattr(fiche, field, "") if field else ""
    if isinstance(value, list):
        return "\n".join(v for v in value if v)
    return value.strip() if isinstance(value, str) else ""


def _cited(fiche: Fiche, field: str) -> str:
    """The values of the facet's other sources (partners cited in the text), with their first sentence."""
    for other in fields.facet_sources(field)[1:]:
        values = _plain(fiche, other)
        if values:
            phrases = getattr(fiche, f"{other}_phrases", [])
            where_ = f" (« {phrases[0].phrase} »)" if phrases else ""
            return f"{', '.join(values.splitlines())} — {fields.label(other).lower()}{where_}"
    return ""


def _empty_note(label: str, value: str) -> str:
    state = "ne le dit pas" if value else "n'est pas renseigné"
    return f" _(Le champ « {md(label)} » {state} ; la réponse vient du texte de la fiche.)_"


def _field_line(fiche: Fiche, field: str, value: str, title: str, norm: str, n: int = 1) -> str:
    label = md("Résultats" if field in RESULTS and "\n" in value else fields.label(field))
    if field == amounts.MONEY_FIELD:
        if _FUNDERS.search(norm) or fiche.budget is None:
            return f"{label} de {title} : {md(_cut(value, FUNDING_CHARS))} [{n}]."
        typed = re.sub(r"\D", "", amounts.format_number(fiche.budget.value))
        others = [f for f in key_figures(value) if re.sub(r"\D", "", f.rpartition(":")[2]) != typed]
        rest = f" — {md(' ; '.join(others))}" if others else ""
        return f"Budget de {title} : {md(figure_with_basis('budget', fiche.budget))}{rest} [{n}]."
    return f"{label} de {title} : {md(field_summary(field, value))} [{n}]."


def _told(fiche: Fiche, field: str) -> str:
    """For a list of categories (« Partenaires : Association locale »), the text's sentence naming them
    (« en partenariat avec l'Epicerie Solidaire de Trévoux »)."""
    ask = next((a for a in ASKS if a.field == field), None)
    if ask is None or fields.kind(field) == fields.TEXT:
        return ""
    names = [n for n in TEXT_ORDER if n != field and isinstance(getattr(fiche, n, None), str)]
    found = [(n, s) for n in names for s in _sentences(getattr(fiche, n)) if ask.says.search(fold(s))]
    if not found:
        return ""
    name, sentence = max(found, key=lambda t: _says(ask, t[1]) - 0.001 * found.index(t))
    return f"  \nDans le texte : « {md(_around(sentence, 0))} » ({md(fields.label(name))})."


# Where a result's figures are told when the result fields give none.
FIGURE_FIELDS = ("description_generale", "resume", "description_experience")
MAX_FIGURES = 2


def _figures(fiche: Fiche, field: str, value: str) -> str:
    """For results without a figure, the text's sentences that give one (« 31 propositions intégrées »)."""
    if field not in RESULTS or re.search(r"\d", value):
        return ""
    found = [(n, s) for n in FIGURE_FIELDS for s in _sentences(getattr(fiche, n)) if re.search(r"\d", s)]
    return "".join(
        f"  \nEn chiffres : « {md(_around(s, 0))} » ({md(fields.label(n))})." for n, s in found[:MAX_FIGURES]
    )


def _cut(text: str, limit: int) -> str:
    flat = " ; ".join(line.strip(" -•*") for line in text.splitlines() if line.strip(" -•*"))
    return flat if len(flat) <= limit else flat[: limit - 1].rsplit(" ", 1)[0] + "…"


# -- the sentence that answers -------------------------------------------------------------------------


def count_noun(norm: str) -> str:
    """The noun a count question counts (« combien de personnes sont venues » → « personne »; an English
    noun in the corpus's French: « volunteers » → « benevole »; « ils étaient combien » → « personne »),
    else ""."""
    match = _COUNT_QUESTION.search(norm)
    if not match:
        return "personne" if _HOW_MANY_PEOPLE.search(norm) else ""
    noun = match.group("noun")
    if _unit(noun):
        return ""  # « combien de temps »: a duration, in its units
    english = match.group(0).startswith(("how", "number"))  # « personnes » is no English word to translate
    french = translations(noun) if english else []
    return plural_key(normalise(french[0]) if french else noun)


def _count_at(sentence: str, noun: str) -> int:
    """Where a number (digits or a French number word) followed within three words by `noun` starts in the
    folded sentence, else -1."""
    stem = re.escape(noun[:5] if len(noun) >= 5 else noun)
    numbers = "|".join(sorted(amounts.NUMBER_WORDS, key=len, reverse=True))
    match = re.search(rf"\b(\d+|{numbers})\W+(?:(?:de|d)\W+)?(?:{_ADJECTIVES}\W+)?{stem}", fold(sentence))
    return match.start() if match else -1


def fiche_counts(fiche: Fiche, noun: str) -> bool:
    """Does one of the fiche's fields state a number of `noun` (« 30 jardiniers »)?"""
    return any(
        _counted(value, noun) for name in TEXT_ORDER if isinstance(value := getattr(fiche, name, ""), str)
    )


def _counted(text: str, noun: str) -> bool:
    return any(_count_at(s, noun) >= 0 for s in _sentences(text))


def _sentences(text: str) -> list[str]:
    return [
        s for line in (text or "").splitlines() if line.strip() for s in split_sentences(line.strip(" -•*"))
    ]


def answer_sentences(fiche: Fiche, question: str, field: str = "", noun: str = "") -> list[tuple[str, str]]:
    """(field, sentence) of the fiche answering the question (see the module docstring), cut around the
    figure when long: for a count or a quantity, the best two sentences that have one (a reader sees when
    the fiche gives two figures); else the one sharing most words with the question; [] when none does."""
    names = [n for n in dict.fromkeys([field, *TEXT_ORDER]) if n and isinstance(getattr(fiche, n, None), str)]
    candidates = [(n, s) for n in names for s in _sentences(getattr(fiche, n))]
    norm = normalise(question)
    stems = _question_stems(
        norm, f"{fiche.title} {fiche.centre}"
    )  # the words naming the fiche answer nothing
    ask = ask_of(norm)
    for test, anchor in _answer_kinds(norm, noun):
        passing = [(i, n, s) for i, (n, s) in enumerate(candidates) if test(s)]
        passing.sort(key=lambda t: (-len(stems & _stems(t[2])), -_says(ask, t[2]), t[0]))
        if passing:
            return [(n, _around(s, anchor(s))) for _, n, s in passing[: 3 if ask else 2]]
    scored = [(len(stems & _stems(s)), -i, n, s) for i, (n, s) in enumerate(candidates)]
    best = max(scored, default=None)
    if best and best[0] > 0:
        return [(best[2], _around(best[3], 0))]
    if _WHERE.search(norm):
        return [(n, _around(s, 0)) for n, s in candidates if _names_a_place(s)][:1]
    return []


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
    if (ask := ask_of(norm)) is not None:
        kinds.append((ask.answered_by, _position(ask.says)))
    for word in norm.split():
        if unit := _unit(word):
            regex = re.compile(rf"(?:\d[\d ,.]*|\b(?:{_NUMBER_WORDS}))\s*(?:{unit})\b")
            kinds.append((lambda s, r=regex: bool(r.search(normalise(s))), lambda s: 0))
    return kinds + _asked_kinds(norm)


def _unit(word: str) -> str:
    """The units answering a dimension noun (« taux » → %; its plural key « tal » would miss it), else ""."""
    return _DIMENSIONS.get(word) or _DIMENSIONS.get(plural_key(word), "")


def _asked_kinds(norm: str) -> list[tuple[Callable[[str], bool], Callable[[str], int]]]:
    """What the question word asks for: « quand » a date (a year or a month), « quel jour » a day of the
    week, « quelle ville » a town, « quel repas » a sentence with that noun (unless it names a field or a
    dimension, which say where to read)."""
    kinds: list[tuple[Callable[[str], bool], Callable[[str], int]]] = []
    if _WHEN.search(norm):
        kinds.append((_matcher(_YEAR), _position(_YEAR)))
    for match in _WHICH.finditer(norm):
        noun = match.group("noun")
        if noun in _DAY_NOUNS:
            kinds.append((_matcher(_WEEKDAY), _position(_WEEKDAY)))
        elif noun in _PLACE_NOUNS:
            kinds.append((_names_a_town, lambda s: 0))
        elif _content_noun(noun):
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


def _names_a_town(sentence: str) -> bool:
    """A place found by the place finder, or a word of the sentence that is a commune's name (« de wimereux »)."""
    if _names_a_place(sentence):
        return True
    words = {w for w in normalise(sentence).split() if len(w) >= 5 and w not in STOPWORDS | GENERIC}
    try:
        return any(communes(w) for w in words)
    except PlacesUnavailable:
        return False


def _around(sentence: str, at: int) -> str:
    """The sentence, or `ITEM_CHARS` of it around position `at` (words kept whole, « … » where cut)."""
    if len(sentence) <= ITEM_CHARS:
        return sentence
    start = max(0, at - ITEM_CHARS // 3)
    piece = sentence[start : start + ITEM_CHARS]
    if start:
        piece = "…" + piece.split(" ", 1)[-1]
    return piece.rsplit(" ", 1)[0] + "…" if start + ITEM_CHARS < len(sentence) else piece


def _names_a_place(sentence: str) -> bool:
    try:
        return bool(find_places(sentence))
    except PlacesUnavailable:
        return False


def _stems(text: str) -> set[str]:
    return {w[:5] for w in normalise(text).split() if len(w) > 2 and w not in STOPWORDS}


def _question_stems(norm: str, title: str) -> set[str]:
    skip = STOPWORDS | GENERIC | _ASKING
    return {w[:5] for w in norm.split() if len(w) > 2 and w not in skip} - _stems(title)
