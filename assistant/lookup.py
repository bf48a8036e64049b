"""A detail of one fiche: the asked field when it holds the answer, else the sentence of the fiche's text that
does — citing that fiche only, the first line answering.

    lookup_answer(fiche, "Combien de personnes sont venues à la Fête ?", "personnes_mobilisees", query)
    # « … : « Environ 800 personnes sur la journée. » (Description générale) [1]. _(Le champ … ne le dit pas…)_ »

What the asked field means is widened by the schema and by the fiche's own derived fields: « résultats »
reads every result field (unless the question names one), « à l'initiative » adds its « Précision », empty
partners fall back to the partners the text cites (with their sentence), a budget question gets the typed
budget (`ingest/amounts.py`) and a funders question the financing text: « Qui finance », « financé comment »
(typos read: « finnance ») list the budget lines that fund the action, with their amounts and the total.
The field answers first when it holds what is asked (an entity of the type asked, a count of the noun asked);
a structured field of the type asked is completed by the text's richer sentence (« Un habitant » → « Un
retraité électricien … a proposé … »). Otherwise the sentence of the whole fiche that answers
(`assistant.lookup_sentences`), the lack of the field said beside it; « ne renseigne pas ce point » only when
no sentence shares a word with the question. What the question asks (its kind of detail, a count's noun, a
unit): `assistant.lookup_asks`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answer import field_summary, key_figures, link, md, plural, where
from assistant.answer_types import WHERE as _WHERE
from assistant.answer_types import AnswerType, lookup_type, organisations_named, place_names
from assistant.budget_lines import named_lines
from assistant.comparison import Built, built_answer, figure_with_basis
from assistant.lesson_cues import LESSON_FIELDS
from assistant.lookup_asks import (
    _ASKING,
    _COUNT_QUESTION,
    ASKS,
    _asked_kinds,
    ask_of,
    asks_funders,
    people_count_noun,
)
from assistant.lookup_sentences import (
    TEXT_ORDER,
    _around,
    _best_sentences,
    _counted,
    _says,
    _sentences,
    _spelt_by,
    _stems,
    _uncued,
    answer_sentences,
    fiche_counts,
)
from assistant.records import Query
from ingest import amounts, fields
from ingest.models import Fiche
from ingest.text import STOPWORDS, fold, normalise

FUNDING_CHARS = 500
SUMMED = "somme des montants"  # the basis of a budget the parser added up from the text's amounts
RESULTS = ("resultat_habitants", "resultat_territoire", "resultat_centre", "impacts")
_RESULT_WORDS = {
    "resultat_habitants": "habitant",
    "resultat_territoire": "territoire",
    "resultat_centre": "centre",
}
_DEFAULT_FIELDS = ("", "resume", "description_experience")  # a field read when no other is asked
_COMPANIONS = {"initiative": "initiative_precision", "statut": "raison_fin"}
_FUNDERS = re.compile(
    r"\b(qui finance\w*|financeurs?|financ\w* par|funders?|who funds?|qui paie|qui a paye)\b"
)


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
    kind = lookup_type(norm)
    if kind is not None and kind.field and field not in LESSON_FIELDS:
        field = kind.field  # « c'est qui à l'origine …, un salarié ? »: the type asked, not the noun guessed
    field = field or (ask.field if ask else "") or (kind.field if kind else "")
    norm = _funders_clause(question, norm)
    if asks_funders(norm) and field in _DEFAULT_FIELDS:  # « qui met des sous dans ce projet ? »
        field = amounts.MONEY_FIELD
    value = field_text(fiche, field, norm)
    noun = _spelt_by(fiche, people_count_noun(norm, lambda n: fiche_counts(fiche, n)))
    title = f"« {md(fiche.title or fiche.id)} » — {where(fiche)}"
    asked = _asked_kinds(norm)
    # The citation ends the sentence: « [1] : 150 » would read as one number.
    answers = not asked or any(test(s) for test, _ in asked for s in _sentences(value))
    whole = kind is not None and kind.whole_field and field == kind.field  # « Éléments de diagnostic »
    if kind is not None and not whole:  # the field answers only with an entity of the type asked
        answers = answers and any(kind.strength(s) for s in _sentences(value))
    if value and answers and (not noun or _counted(value, noun)):
        told = _told(fiche, field, question) or _richer(fiche, kind, value, question)
        return _field_line(fiche, field, value, title, norm, n) + _figures(fiche, field, value) + told
    if found := answer_sentences(fiche, question, field, noun):
        (name, sentence), *more = found
        note = "" if name == field or not field or whole else _empty_note(fields.label(field), value)
        if kind is not None and not any(kind.strength(s) for _, s in found):
            note += (
                f" _(La fiche ne donne pas {kind.missing} ; voici sa phrase la plus proche de la question.)_"
            )
        line = f"{title} : « {md(sentence)} » ({md(fields.label(name))}) [{n}].{note}"
        return line + "".join(f"  \nAussi : « {md(s)} » ({md(fields.label(k))})." for k, s in more)
    if value and noun:  # the field says something else than the count asked
        counted = (
            m.group("noun") if (m := _COUNT_QUESTION.search(norm)) else noun
        )  # « les gamins, … combien »
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


# A question after a topic set apart (« La journée manger-bouger à Millau, qui a mis des sous dedans ? »).
_LAST_CLAUSE = re.compile(r"[,:;]\s*(?P<clause>[^,:;]+)$")


# A second question coordinated to the first (« … a coûté combien et qui a payé ? », « … cost and who paid for
# it? »): the conjunction followed by an interrogative word opens a clause that asks on its own.
_COORDINATED_ASK = re.compile(
    r"\b(?:et|and|puis|mais)\s+(?P<clause>(?:qui|quel\w*|combien|comment|who|what|which|how)\b[^,:;]*)$", re.I
)


def _funders_clause(question: str, norm: str) -> str:
    """The normalised question, or its last clause when that one alone asks who funds (« …, qui a mis des
    sous dedans ? »: the comma tells the asking « qui » from a relative one; « … and who paid for it? »: a
    coordinated question)."""
    if asks_funders(norm):
        return norm
    for pattern in (_LAST_CLAUSE, _COORDINATED_ASK):
        if (match := pattern.search(question.strip())) and asks_funders(clause := normalise(match["clause"])):
            return clause
    return norm


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
        named = " ".join((fiche.title, fiche.centre, fiche.departement, fiche.region))
        if not asks_funders(norm) and (
            lines := named_lines(value, norm, named)
        ):  # « le personnel, combien ? »
            total = f" — budget : {md(figure_with_basis('budget', fiche.budget))}" if fiche.budget else ""
            return f"Dans le budget de {title} : {md(' ; '.join(lines))}{total} [{n}]."
        if asks_funders(norm) and (lines := funder_lines(value)):
            total = f" — budget : {md(figure_with_basis('budget', fiche.budget))}" if fiche.budget else ""
            return f"Financeurs de {title} : {md(_cut(chr(10).join(lines), FUNDING_CHARS))}{total} [{n}]."
        if _FUNDERS.search(norm) or fiche.budget is None:
            return f"{label} de {title} : {md(_cut(value, FUNDING_CHARS))} [{n}]."
        typed = re.sub(r"\D", "", amounts.format_number(fiche.budget.value))
        others = [f for f in key_figures(value) if re.sub(r"\D", "", f.rpartition(":")[2]) != typed]
        if fiche.budget.basis == SUMMED and not others:  # a sum is shown with the amounts it adds up
            others = funder_lines(value)
        rest = f" — {md(_cut(chr(10).join(others), FUNDING_CHARS))}" if others else ""
        return f"Budget de {title} : {md(figure_with_basis('budget', fiche.budget))}{rest} [{n}]."
    if label.endswith("?"):  # « Qui est à l'initiative de l'action ? » is asked of the fiche, not « de » it
        return f"{title} — {label} {md(field_summary(field, value))} [{n}]."
    return f"{label} de {title} : {md(field_summary(field, value))} [{n}]."


SHORT_VALUE = 80


def _told(fiche: Fiche, field: str, question: str = "") -> str:
    """For a list of categories (« Partenaires : Association locale », « Autre »), the text's sentence naming
    them (« en partenariat avec l'Epicerie Solidaire de Trévoux »): the one saying most of the kind asked, of
    the question's own words (« co-organisé » : « pour organiser ») and, for organisations, of their names."""
    ask = next((a for a in ASKS if a.field == field), None)
    if ask is None or field in (amounts.MONEY_FIELD, *RESULTS):
        return ""
    if fields.kind(field) == fields.TEXT and len(_plain(fiche, field)) > SHORT_VALUE:
        return ""  # a short text (« Nouvelles orientations ») is completed by the text's sentence on it
    names = [n for n in TEXT_ORDER if n != field and isinstance(getattr(fiche, n, None), str)]
    named = " ".join((fiche.title, fiche.centre, *place_names(question)))
    uncued = _uncued(normalise(question), ask_of(normalise(question)))
    stems = {w[:5] for w in uncued.split() if len(w) > 2 and w not in STOPWORDS | _ASKING} - _stems(named)

    def tells(
        sentence: str,
    ) -> bool:  # its words of the kind, or organisations named doing the question's verb
        return bool(ask.says.search(fold(sentence))) or bool(
            ask.names and stems & _stems(sentence) and organisations_named(sentence)
        )

    found = [(n, s) for n in names for s in _sentences(getattr(fiche, n)) if tells(s)]
    if not found:
        return ""

    def score(item: tuple[str, str]) -> float:
        sentence = item[1]
        own = len(stems & _stems(sentence))
        return (
            _says(ask, sentence)
            + own
            + (organisations_named(sentence) if ask.names else 0)
            - 0.001 * found.index(item)
        )

    name, sentence = max(found, key=score)
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
