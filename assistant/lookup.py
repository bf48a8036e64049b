"""A detail of one fiche: the asked field when it holds the answer, else the sentence of the fiche's text that
does — citing that fiche only, the first line answering.

    lookup_answer(fiche, "Combien de personnes sont venues à la Fête ?", "personnes_mobilisees", query)
    # « … : « Environ 800 personnes sur la journée. » (Description générale) [1]. _(Le champ … ne le dit pas…)_ »

What the asked field means is widened by the schema and by the fiche's own derived fields: « résultats »
reads every result field (unless the question names one), « à l'initiative » adds its « Précision », empty
partners fall back to the partners the text cites (with their sentence), a budget question gets the typed
budget (`ingest/amounts.py`) and a funders question the financing text.
Which sentence answers, by the TYPE of answer the question word asks (`assistant.answer_types`: « à quelle
heure » a time, « quel jour » a weekday, « quand » a date, « où » a place, « d'où venaient » a provenance,
« touchent combien » a sum, « à quel rythme » a frequency, « qui a eu l'idée / qui s'en occupait » a role or
an organisation): the sentence holding an entity of that type (one the question states itself is none) and
most words of the question; a structured field answers first only when it holds one (« Un habitant »), the
text's richer sentence added (« Un retraité électricien … a proposé … »); when no sentence has one, the
closest sentence is quoted and the lack said. Otherwise, by the kind of question: a count (« combien de N »)
needs a number followed by N — in the field, else in the text, the one sharing most words with the question;
a dimension (« surface », « taux », « durée ») needs a number with its unit (m², %, jours); otherwise the
sentence sharing most words with the question (the title's words left out).
The sentence is the best of the whole fiche: among those of the kind asked (a bare « combien » wants a
figure; « comment ça marche » how it works), the one sharing most content words with the question (one typo allowed; the title's words only
break ties; a short heading line counts with the line under it: « Sablon-sud » above its opening hours);
« ne renseigne pas ce point » only when no sentence shares a word with the question. A question asking two
things (« où et dans quel hébergement ») gets a sentence per part. « Qui finance », « financé comment »
(typos read: « finnance ») list the budget lines that fund the action, with their amounts and the total.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.answer import field_summary, key_figures, link, md, plural, where
from assistant.answer_types import WHERE as _WHERE
from assistant.answer_types import AnswerType, answer_type, interrogative_words, masked, place_names
from assistant.comparison import Built, built_answer, figure_with_basis
from assistant.query import translations
from assistant.records import Query
from ingest import amounts, fields
from ingest.models import Fiche
from ingest.text import GENERIC, STOPWORDS, fold, normalise, one_typo, plural_key, split_sentences, word_set

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
    "surface": _AREA, "superficie": _AREA, "taille": _AREA, "duree": _TIME, "temp": _TIME, "horaire": r"h\d\d|h",
    "taux": r"%|pour ?cent", "part": r"%|pour ?cent", "pourcentage": r"%|pour ?cent", "proportion": r"%|pour ?cent", "age": r"ans",
    "distance": r"km|kilometres?|metres?", "frequence": r"fois|par (jour|semaine|mois|an)",
}  # fmt: skip
# « combien » asked of a sum of money (« les jeunes touchent combien », « a rapporté combien »).
_MONEY_VERB = re.compile(
    r"\b(?:cout\w*|rapport\w*|touch\w*|pay\w*|paie\w*|gagn\w*|percoi\w*|percu\w*|recoi\w*|recu\w*"
    r"|vers\w*|depens\w*|coute\w*|donn\w*)\b"
)
_WHICH = re.compile(r"\b(?:quel|quelle|quels|quelles|which|what)\s+(?P<noun>[a-z]{3,})\b")
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
    Ask("how",
        re.compile(r"\b(?:comment (?:ca |cela |c |il |elle |ils |elles |on )?(?:marche|fonctionne|se passe|se deroule"
                   r"|s organise)|(?:ca|cela|il|elle) (?:marche|fonctionne|se passe|se deroule) comment"
                   r"|quel (?:est|etait) (?:le|son|leur) (?:principe|fonctionnement|deroulement))\b"),
        re.compile(r"\bfonctionn|\bderoul|\bconsist|\bd abord\b|\bpuis\b|\bensuite\b|\bchaque\b|\betapes?\b"
                   r"|\bune fois par\b|\bpar (?:mois|semaine)\b|\bchacun\b"),
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
    if found is None and (spelt := _spelt(norm)) != norm:
        found = next((ask for ask in ASKS if ask.cue.search(spelt)), None)
    return found


# Words of the cues (six letters or more), which a typo of the question is read as.
_CUE_WORDS = frozenset(w for ask in ASKS for w in re.findall(r"[a-z]{6,}", ask.cue.pattern)) | word_set(
    "finance financent financee financees financement financeur financeurs subventionne"
)
_FUNDING_WORD = re.compile(r"\b(?:financ\w*|cofinanc\w*|subventionn\w*|funded|funding|funds?)\b")


def _spelt(norm: str) -> str:
    """The question with each word one typo away from a cue word (`_CUE_WORDS`) replaced by it."""
    words = norm.split()
    for i, word in enumerate(words):
        if len(word) >= 6 and word not in _CUE_WORDS:
            words[i] = next((c for c in sorted(_CUE_WORDS) if one_typo(word, c)), word)
    return " ".join(words)


def asks_funders(norm: str) -> bool:
    """Does the question ask who funds the action (« qui a financé », « il est financé comment », « quel
    financement », a typo of them) rather than what it cost? Then the budget lines are listed, funders first."""
    if (ask := ask_of(norm)) is not None and ask.name == "funders":
        return True
    return bool(_FUNDING_WORD.search(_spelt(norm)))


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
    return bool(answer_type(norm) or _asked_kinds(norm))


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
    kind = answer_type(norm)
    field = field or (ask.field if ask else "") or (kind.field if kind else "")
    field = field or (amounts.MONEY_FIELD if asks_funders(norm) else "")
    value = field_text(fiche, field, norm)
    noun = _spelt_by(fiche, count_noun(norm))
    title = f"« {md(fiche.title or fiche.id)} » — {where(fiche)}"
    asked = _asked_kinds(norm)
    # The citation ends the sentence: « [1] : 150 » would read as one number.
    answers = not asked or any(test(s) for test, _ in asked for s in _sentences(value))
    if kind is not None:  # the field answers only with an entity of the type asked
        answers = answers and any(kind.strength(s) for s in _sentences(value))
    if value and answers and (not noun or _counted(value, noun)):
        told = _told(fiche, field) or _richer(fiche, kind, value, question)
        return _field_line(fiche, field, value, title, norm, n) + _figures(fiche, field, value) + told
    if found := answer_sentences(fiche, question, field, noun):
        (name, sentence), *more = found
        note = "" if name == field or not field else _empty_note(fields.label(field), value)
        if kind is not None and not any(kind.strength(s) for _, s in found):
            note += (
                f" _(La fiche ne donne pas {kind.missing} ; voici sa phrase la plus proche de la question.)_"
            )
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
    if value and len(value) <= SHORT_VALUE:  # a short value of the field is shown beside the text's answer
        state += f" (« {md(value.strip())} »)"
    return f" _(Le champ « {md(label)} » {state} ; la réponse vient du texte de la fiche.)_"


def _field_line(fiche: Fiche, field: str, value: str, title: str, norm: str, n: int = 1) -> str:
    label = md("Résultats" if field in RESULTS and "\n" in value else fields.label(field))
    if field == amounts.MONEY_FIELD:
        if asks_funders(norm) and (lines := funder_lines(value)):
            total = f" — budget : {md(figure_with_basis('budget', fiche.budget))}" if fiche.budget else ""
            return f"Financeurs de {title} : {md(_cut(chr(10).join(lines), FUNDING_CHARS))}{total} [{n}]."
        if _FUNDERS.search(norm) or fiche.budget is None:
            return f"{label} de {title} : {md(_cut(value, FUNDING_CHARS))} [{n}]."
        typed = re.sub(r"\D", "", amounts.format_number(fiche.budget.value))
        others = [f for f in key_figures(value) if re.sub(r"\D", "", f.rpartition(":")[2]) != typed]
        rest = f" — {md(' ; '.join(others))}" if others else ""
        return f"Budget de {title} : {md(figure_with_basis('budget', fiche.budget))}{rest} [{n}]."
    if label.endswith("?"):  # « Qui est à l'initiative de l'action ? » is asked of the fiche, not « de » it
        return f"{title} — {label} {md(field_summary(field, value))} [{n}]."
    return f"{label} de {title} : {md(field_summary(field, value))} [{n}]."


SHORT_VALUE = 80


def _told(fiche: Fiche, field: str) -> str:
    """For a list of categories (« Partenaires : Association locale »), the text's sentence naming them
    (« en partenariat avec l'Epicerie Solidaire de Trévoux »)."""
    ask = next((a for a in ASKS if a.field == field), None)
    if ask is None or field in (amounts.MONEY_FIELD, *RESULTS):
        return ""
    if fields.kind(field) == fields.TEXT and len(_plain(fiche, field)) > SHORT_VALUE:
        return ""  # a short text (« Nouvelles orientations ») is completed by the text's sentence on it
    names = [n for n in TEXT_ORDER if n != field and isinstance(getattr(fiche, n, None), str)]
    found = [(n, s) for n in names for s in _sentences(getattr(fiche, n)) if ask.says.search(fold(s))]
    if not found:
        return ""
    name, sentence = max(found, key=lambda t: _says(ask, t[1]) - 0.001 * found.index(t))
    return f"  \nDans le texte : « {md(_around(sentence, 0))} » ({md(fields.label(name))})."


def _richer(fiche: Fiche, kind: AnswerType | None, value: str, question: str) -> str:
    """For a short field of the type asked (« Qui est à l'initiative : Un habitant »), the text's best
    sentence of that type saying that aspect (« Un retraité électricien … a proposé … »), if any."""
    if kind is None or kind.says is None or len(value) > 2 * SHORT_VALUE:
        return ""
    found = [
        s for _, s in _best_sentences(fiche, question, "", "") if kind.saying(s) and s.strip("…") not in value
    ]
    return f"  \nDans le texte : « {md(found[0])} »." if found else ""


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


# Lines of a budget that fund it: the products side of a table (after « Produits : »), else every line
# but its totals, charges and results.
_PRODUCTS_HEAD = re.compile(r"^\W*(?:total (?:des |de )?)?(?:produits|recettes|ressources)\b")
_CHARGES_HEAD = re.compile(r"^\W*(?:total (?:des |de )?)?(?:charges|depenses)\b")
_NOT_FUNDER = re.compile(r"^\W*(?:total|resultat|benefice|excedent|deficit|valorisation)\b")


def funder_lines(text: str) -> list[str]:
    """The lines of a financial-resources field naming who funds the action, with their amounts
    (« Subvention REAAP : 500 euros », « CCAS : 1800 euros »): a table's products side, else its lines
    that are no total, charge or result; [] when none is left."""
    lines = [line.strip(" -•*\t") for line in text.splitlines() if line.strip(" -•*\t")]
    heads = [i for i, line in enumerate(lines) if _PRODUCTS_HEAD.match(_head(line))]
    if heads:
        side = lines[heads[0] + 1 :]
        side = side[: next((i for i, x in enumerate(side) if _CHARGES_HEAD.match(_head(x))), len(side))]
        return [line for line in side if not _NOT_FUNDER.match(_head(line))]
    return [
        line for line in lines if not (_CHARGES_HEAD.match(_head(line)) or _NOT_FUNDER.match(_head(line)))
    ]


def _head(line: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(line)).split())


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


def fiche_counts(fiche: Fiche, noun: str) -> bool:
    """Does one of the fiche's fields state a number of `noun` (« 30 jardiniers »)?"""
    return any(
        _counted(value, noun) for name in TEXT_ORDER if isinstance(value := getattr(fiche, name, ""), str)
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
    return [
        s for line in (text or "").splitlines() if line.strip() for s in split_sentences(line.strip(" -•*"))
    ]


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
    titled = _question_stems(norm, "") & _stems(named)  # … but break ties

    def content(sentence: str, ctx: str) -> float:
        have = _stems(f"{ctx} {sentence}")
        return _shared(stems, have) + TITLE_WEIGHT * len(titled & have)

    def asked(sentence: str, ctx: str) -> int:
        return _shared(stems, _stems(f"{ctx} {sentence}"))

    asking = interrogative_words(norm)
    said = {plural_key(w) for w in norm.split() if w not in STOPWORDS | asking}
    if (kind := answer_type(norm)) is not None and (
        typed := _typed(kind, candidates, asked, content, said, every)
    ):
        return [(n, _with_context(s, ctx, kind.entity_at, stems)) for n, s, ctx in typed]
    for test, anchor in _answer_kinds(norm, noun):
        passing = [(i, n, s, ctx) for i, (n, s, ctx) in enumerate(candidates) if test(s)]
        passing.sort(key=lambda t: (-content(t[2], t[3]), -_says(ask, t[2]), t[0]))
        if passing:
            return [(n, _with_context(s, ctx, anchor, stems)) for _, n, s, ctx in passing[: 3 if ask else 2]]
    scored = [
        (_shared(stems, _stems(f"{ctx} {s}")), -i, n, s, ctx) for i, (n, s, ctx) in enumerate(candidates)
    ]
    best = max(scored, default=None)
    if best and best[0] > 0:
        return [(best[2], _with_context(best[3], best[4], lambda s: 0, stems))]
    return []


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
    strong = next((t for t in rest if t[1] == 2), None) if best[1] < 2 else None
    close = next(
        (t for t in rest if t[0] >= max(1, best[0] - 1) and t[1] >= best[1] and best[4] not in (t[4], t[5])),
        None,
    )  # not the best again, nor the line it heads
    chosen = [t for t in (best, strong or close) if t is not None]
    return [t[3:] for t in chosen + ([t for t in rest if t not in chosen] if every else [])]


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
        found += [(s, heading if n == 0 else "") for n, s in enumerate(split_sentences(line))]
        previous = line
    return found


HEADING_CHARS = 80


def _with_context(sentence: str, ctx: str, anchor: Callable[[str], int], stems: set[str]) -> str:
    """The sentence cut around its answer, after its heading line when the heading has the question's words."""
    piece = _around(sentence, anchor(sentence))
    return f"{ctx.rstrip(' :')} : {piece}" if ctx and _shared(stems, _stems(ctx)) else piece


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
    if (ask := ask_of(norm)) is not None:
        kinds.append((ask.answered_by, _position(ask.says)))
    for word in norm.split():
        if unit := _unit(word):
            regex = re.compile(rf"(?:\d[\d ,.]*|\b(?:{_NUMBER_WORDS}))\s*(?:{unit})\b")
            kinds.append((lambda s, r=regex: bool(r.search(normalise(s))), lambda s: 0))
    if _asks_amount(norm):  # « les jeunes touchent combien » : a sum; « combien ont été reprises » : a number
        figure = _MONEY if _MONEY_VERB.search(norm) else _ANY_FIGURE
        kinds.append((_matcher(figure), _position(figure)))
    kinds += _asked_kinds(norm)
    return kinds


_MONEY = re.compile(r"\d[\d  .,]*\s*(?:€|euros?\b|k€)")
_ANY_FIGURE = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b")


def _asks_amount(norm: str) -> bool:
    """A « combien » counting no noun and no fiche (« touchent combien », « combien ont été reprises »)."""
    from assistant.answer import COUNTED_FICHES

    words = norm.split()
    return (
        "combien" in words
        and not count_noun(norm)
        and not any(_unit(w) for w in words)
        and not any(plural_key(w) in COUNTED_FICHES or w in _LIST_REFERENCES for w in words)
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


def _around(sentence: str, at: int) -> str:
    """The sentence, or `ITEM_CHARS` of it around position `at` (words kept whole, « … » where cut)."""
    if len(sentence) <= ITEM_CHARS:
        return sentence
    start = max(0, at - ITEM_CHARS // 3)
    piece = sentence[start : start + ITEM_CHARS]
    if start:
        piece = "…" + piece.split(" ", 1)[-1]
    return piece.rsplit(" ", 1)[0] + "…" if start + ITEM_CHARS < len(sentence) else piece


def _stems(text: str) -> set[str]:
    return {w[:5] for w in normalise(text).split() if len(w) > 2 and w not in STOPWORDS}


def _question_stems(norm: str, title: str) -> set[str]:
    skip = STOPWORDS | GENERIC | _ASKING
    return {w[:5] for w in norm.split() if len(w) > 2 and w not in skip} - _stems(title)
