"""Answers built from typed records rather than from a ranked list: a side-by-side comparison of two to four
fiches, and a ranking on a typed figure (`ingest/amounts.py`).

    compare_answer(fiches, query, spec)     # first line that answers, then a Markdown table, each fiche cited
    rank_answer(fiches, spec, query, scope)  # « Classement par budget total … », the figure and its sentence

Each returns a `Built`: the `Answer` and `facts`, the same data as plain lines for the LLM prompt, so that an
LLM answer is written from — and its figures checked against — exactly what the extractive answer shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant import aspects
from assistant.answer import build_citations, join_fr, link, md, plural, where
from assistant.aspects import Figure
from assistant.ranking import RankSpec, compare_spec, measure_words
from assistant.records import Answer, Hit, Query
from ingest import fields
from ingest.amounts import PUBLIC_WORDS, Amount, format_euros, format_number, parse_money
from ingest.models import Fiche
from ingest.text import cut_sentences, normalise, plural_key

CELL_CHARS = 160
BUDGET_CHARS = 200  # the resource lines of a budget asked, in the first line
ANSWER_CHARS = 400  # a text row the question asks for (« côté résultats ? »), in the first line
_SUPERLATIVE = re.compile(r"\b(plus|moins|mieux)\b")
_LEAST = re.compile(r"\b(le|la|les) moins\b")
NBSP = "\u00a0"
RESULT_FIELDS = ("resultat_habitants", "resultat_territoire", "resultat_centre", "impacts")


@dataclass
class Built:
    """An answer built from typed records, and the same facts for the LLM prompt."""

    answer: Answer
    facts: str = ""


# -- figures -----------------------------------------------------------------------------------------


def figure_text(field: str, amount: Amount) -> str:
    """« 79 000 € », « 40 bénévoles », « environ 60 participants » — no line break inside the figure."""
    measure = fields.measure(field)
    rough = "environ " if amount.basis == "environ" else ""
    if measure.unit:
        return f"{rough}{format_euros(amount.value)}".replace(" ", NBSP)
    noun = measure.noun.removeprefix("nombre de ")
    if amount.value == 1:
        noun = " ".join(w[:-1] if w.endswith("s") else w for w in noun.split())
    return f"{rough}{format_number(amount.value).replace(' ', NBSP)}{NBSP}{noun}"


def figure_with_basis(field: str, amount: Amount) -> str:
    basis = f" ({amount.basis})" if amount.basis and amount.basis != "environ" else ""
    return figure_text(field, amount) + basis


def amount_text(figure: Figure, amount: Amount) -> str:
    """The figure as `figure_text` writes it, or « 74 familles » for a noun counted in the text, or as the
    figure writes itself (« depuis 2005 »)."""
    if figure.text is not None:
        return figure.text(amount)
    if not figure.counted:
        return figure_text(figure.field, amount)
    rough = "environ " if amount.basis == "environ" else ""
    noun = figure.counted if amount.value != 1 else figure.counted.removesuffix("s")
    return f"{rough}{format_number(amount.value).replace(' ', NBSP)}{NBSP}{noun}"


def amount_with_basis(figure: Figure, amount: Amount) -> str:
    basis = f" ({amount.basis})" if amount.basis and amount.basis != "environ" else ""
    return amount_text(figure, amount) + basis


def de(noun: str) -> str:
    """« de budget », « d'année de début »: the preposition elided before a vowel."""
    return f"d'{noun}" if normalise(noun[:1]) in "aeiouyh" and noun else f"de {noun}"


def source_note(amount: Amount) -> str:
    """« « TOTAL DES CHARGES 34985€ » (Ressources financières mobilisées) »: where a figure was read."""
    return f"« {md(amount.sentence)} » ({md(fields.label(amount.source))})"


def cited(n: int, fiche: Fiche) -> str:
    """« Titre » — Centre (Département) [n]."""
    return f"« {md(fiche.title or fiche.id)} » — {where(fiche)} [{n}]"


def _hits(fiches: list[Fiche]) -> list[Hit]:
    return [Hit(fiche=fiche, score=1.0) for fiche in fiches]


def built_answer(text: str, fiches: list[Fiche], query: Query) -> Answer:
    hits = _hits(fiches)
    return Answer(text=text, citations=build_citations(hits), query=query, hits=hits)


# -- comparison ------------------------------------------------------------------------------------


def _cell(text: str, chars: int = CELL_CHARS) -> str:
    text = " ; ".join(line.strip(" -•\t") for line in (text or "").splitlines() if line.strip(" -•\t"))
    return md(cut_sentences(text, chars)) if text else "—"


def _budget_cell(fiche: Fiche) -> str:
    return md(figure_with_basis("budget", fiche.budget)) if fiche.budget else "non indiqué"


def _budget_lines(fiche: Fiche) -> str:
    """The total, then the fiche's own lines of resources (« Caf : 5 500 € ; Collectivité : 4 000 € »): a
    budget asked in a comparison is answered with what makes it up, not the sum alone — unless the lines
    say one amount only, the total itself (« Budget : 20 000 € »)."""
    total = _budget_cell(fiche)
    lines = _cell(fiche.ressources_financieres, BUDGET_CHARS) if fiche.ressources_financieres.strip() else ""
    breakdown = len(parse_money(fiche.ressources_financieres)) > 1
    if not lines or (fiche.budget and not breakdown and normalise(lines) == normalise(fiche.budget.sentence)):
        return total
    return f"{total} — {lines}"


def _people_cell(fiche: Fiche) -> str:
    if fiche.personnes_mobilisees.strip():
        return _cell(fiche.personnes_mobilisees)
    typed = [figure_text(name, a) for name in ("nb_salaries", "nb_benevoles") if (a := getattr(fiche, name))]
    return md(", ".join(typed)) if typed else "—"


def _participants_cell(fiche: Fiche) -> str:
    """The people reached, as read at ingest, with the words it was read from; else the first sentence of
    the text counting what the action did (« Plus de 1 200 trajets réalisés en 2023. »), quoted as it is."""
    amount = fiche.nb_participants
    if amount:
        return f"{md(figure_text('nb_participants', amount))} (« {_cell(amount.sentence)} »)"
    told = aspects.activity_sentence(fiche)
    return f"« {_cell(told[1])} » ({md(fields.label(told[0]))})" if told else "—"


def _results_cell(fiche: Fiche, chars: int = CELL_CHARS) -> str:
    return _cell(" ".join(getattr(fiche, name) for name in RESULT_FIELDS if getattr(fiche, name)), chars)


# The rows whose text the first line gives longer than a table cell when the question asks for them.
LONG_ROWS: dict[str, Callable[[Fiche], str]] = {
    "Budget": lambda f: _budget_lines(f),
    "Résultats": lambda f: _results_cell(f, ANSWER_CHARS),
    "Limites": lambda f: _cell(f.limites, ANSWER_CHARS),
}


# Rows of the comparison table: (label, words of a question asking for that row, cell).
ROWS: tuple[tuple[str, str, Callable[[Fiche], str]], ...] = (
    ("Centre", r"centres?|structures?|qui porte", lambda f: md(f.centre) or "—"),
    ("Département", r"departements?|regions?|ou|lieux?|territoires?", lambda f: md(f.departement) or "—"),
    ("Statut", r"statuts?|en cours|terminee?s?", lambda f: md(f.statut) or "—"),
    ("Public", r"publics?|pour qui", lambda f: md(", ".join(f.public)) or "—"),
    ("Partenaires", r"partenaires?|avec qui|financeurs?", lambda f: md(", ".join(f.partenaires)) or "—"),
    ("Budget", r"budgets?|cout(?!ur)\w*|cheres?|chers?|argent|montants?|finance\w*", _budget_cell),
    (
        "Personnes mobilisées",
        r"personnes|benevoles?|salaries?|equipes?|mobilis\w*|moyens humains",
        _people_cell,
    ),
    (
        "Participants",
        r"participants?|menages?|familles|beneficiaires?|inscrits?|usagers?|touche\w*|accueilli\w*|aide\w*"
        r"|frequentation",
        _participants_cell,
    ),
    ("Résultats", r"resultats?|impacts?|effets?|bilan", _results_cell),
    ("Limites", r"limites?|difficultes?|freins?", lambda f: _cell(f.limites)),
)


def comparison_table(fiches: list[Fiche]) -> str:
    """The Markdown table: one column per fiche (headed by its citation number), one row per field."""
    head = "| | " + " | ".join(f"[{n}] {md(f.title or f.id)}" for n, f in enumerate(fiches, 1)) + " |"
    rule = "|---" * (len(fiches) + 1) + "|"
    rows = [f"| **{label}** | " + " | ".join(cell(f) for f in fiches) + " |" for label, _, cell in ROWS]
    return "\n".join([head, rule, *rows])


def asked_row_words(question: str) -> set[str]:
    """The words of the question naming table rows (answered by the table, not by a sentence)."""
    norm = normalise(question)
    return {
        w for _, words, _ in ROWS for m in re.finditer(rf"\b({words})\b", norm) for w in m.group(0).split()
    }


def asked_rows(question: str) -> list[str]:
    """The table rows a question names (« statut et budget ? »), in table order."""
    norm = normalise(question)
    return [label for label, words, _ in ROWS if re.search(rf"\b({words})\b", norm)]


def compare_answer(fiches: list[Fiche], query: Query, spec: RankSpec | None = None) -> Built:
    """Side-by-side comparison; the first line answers what is asked — a partner's amount, the typed figure
    of a superlative, the rows named, or the sentence of each fiche on the aspect asked (`aspects`) — else
    names the fiches."""
    norm = normalise(query.text)
    spec = spec or compare_spec(norm)
    asked = aspects.unnamed(norm, fiches)  # « Cuisine santé à petit budget » asks no budget
    naming = aspects.reference_words(query.text)  # « entre le séjour sous tente et … »: the fiches, no aspect
    asked = " ".join("_" if w in naming else w for w in asked.split())
    rows = [r for r in asked_rows(asked) if r not in ("Centre", "Département")]
    if spec is None and "Participants" not in rows and _counts_people(norm):
        rows.append("Participants")  # « combien de jeunes de chaque côté »: the people each one reached
    partner = aspects.asked_partner(norm, query) if spec is None or spec.field == "budget" else ""
    funded = bool(partner)
    if partner or spec is not None:
        # a partner facet, else a funder the budget lines name (« lequel reçoit le plus de la fondation X »)
        figure = aspects.partner_figure(partner) if partner else aspects.figure_of(spec, query, fiches)
        funded = figure.noun != aspects.typed_figure(figure.field).noun
        superlative = spec is not None or bool(_SUPERLATIVE.search(norm))
        descending = spec.descending if spec else not _LEAST.search(norm)
        fiches = ranked(fiches, figure, descending) if superlative else fiches
        first = _compared_on(fiches, figure, descending, superlative)
    elif rows:
        first = _rows_line(fiches, rows)
    else:
        named = join_fr([cited(n, f) for n, f in enumerate(fiches, 1)])
        first = f"Comparaison de {plural(len(fiches), 'fiche')} : {named}."
    skip = asked_row_words(asked) | measure_words(norm) | naming
    lines = [] if funded else aspects.aspect_lines(fiches, query.text, skip)
    if not (rows or funded or spec is not None or aspects.asks_typed(query.text, skip)):
        lines += aspects.key_facts(fiches)  # « Différence entre A et B ? »: free words at most, the key facts
    if lines:
        said = " ;  \n".join(lines) + "."
        first = said if first.startswith("Comparaison de") else f"{first}  \n{said}"
    table = comparison_table(fiches)
    links = "\n".join(f"**[{n}]** {link(f)} — {where(f)}" for n, f in enumerate(fiches, 1))
    answer = built_answer(f"{first}\n\n{table}\n\n{links}", fiches, query)
    return Built(answer, facts=f"{first}\n\nTableau comparatif (extrait des fiches) :\n{table}")


def _counts_people(norm: str) -> bool:
    """Does the question count people of a public that the typed participants count (« combien de jeunes
    de chaque côté ») — what the Participants row says of each fiche?"""
    from assistant.lookup_asks import count_noun  # late: lookups build on comparisons

    noun = count_noun(norm)
    people = bool(noun) and plural_key(normalise(noun)) in PUBLIC_WORDS
    # a noun of the typed figure's words (« jeunes ») is left to the figure; others are read in the text
    return people and aspects.plural_key_in(noun, measure_words(norm))


def _rows_line(fiches: list[Fiche], rows: list[str]) -> str:
    cells = {label: cell for label, _, cell in ROWS} | LONG_ROWS
    parts = [f"« {md(f.title)} » [{n}] : " + ", ".join(_row_part(r, cells[r](f)) for r in rows)
             for n, f in enumerate(fiches, 1)]  # fmt: skip
    return " ; ".join(parts) + "."


def _row_part(label: str, cell: str) -> str:
    """« budget 9 600 € », but « 80 participants (…) » when the cell already names what it counts."""
    cell = cell.rstrip(" .")
    named = normalise(label).split()[0][:6] in normalise(cell.split("(")[0])
    if label in LONG_ROWS and label != "Budget":  # a text row; a budget reads « budget 900 € — … »
        return f"{label.lower()} : {cell}"
    return cell if named else f"{label.lower()} {cell}"


def ranked(fiches: list[Fiche], figure: Figure, descending: bool = True) -> list[Fiche]:
    """Fiches having the figure in its order (ties by title), then those lacking it."""
    values = {f.id: figure.get(f) for f in fiches}
    known = [f for f in fiches if values[f.id] is not None]
    known.sort(key=lambda f: (f.title.casefold(), f.id))  # cheap: rankings run over whole corpora
    known.sort(key=lambda f: values[f.id].value, reverse=descending)
    return known + [f for f in fiches if values[f.id] is None]


def _compared_on(fiches: list[Fiche], figure: Figure, descending: bool, superlative: bool = True) -> str:
    """« « A » [1] a le budget total le plus élevé : 3 900 €, contre 150 € pour « B » [2]. »; without a
    superlative in the question, each fiche's figure in turn."""
    numbered = list(enumerate(fiches, 1))
    known = [(n, f, a) for n, f in numbered if (a := figure.get(f)) is not None]
    if not known:
        return f"Aucune de ces fiches n'indique {de(figure.noun)}."
    n, top, amount = known[0]
    missing = [f"« {md(f.title)} » [{m}]" for m, f in numbered if figure.get(f) is None]
    lacking = (
        f" ; {join_fr(missing)} n'indique{'nt' if len(missing) > 1 else ''} pas ce chiffre" if missing else ""
    )
    if not superlative:
        parts = [f"« {md(f.title)} » [{m}] : {md(amount_with_basis(figure, a))} (« {md(a.sentence)} »)"
                 for m, f, a in known]  # fmt: skip
        return f"{figure.noun[:1].upper()}{figure.noun[1:]} : " + " ; ".join(parts) + lacking + "."
    line = f"« {md(top.title)} » [{n}] {_level(figure, descending)} : {md(amount_with_basis(figure, amount))}"
    others = [f"{md(amount_text(figure, a))} pour « {md(f.title)} » [{m}]" for m, f, a in known[1:]]
    line += f", contre {join_fr(others)}" if others else ""
    return line + lacking + "."


def _level(figure: Figure, descending: bool) -> str:
    """« a le budget total le plus élevé », « a commencé le plus tôt » (a year)."""
    if figure.field == aspects.START:
        return "a commencé le plus tard" if descending else "existe depuis le plus longtemps"
    return f"a le {figure.noun} {'le plus élevé' if descending else 'le plus bas'}"


def _order(figure: Figure, descending: bool) -> str:
    if figure.field == aspects.START:
        return "du plus récent au plus ancien" if descending else "du plus ancien au plus récent"
    return "du plus élevé au plus bas" if descending else "du plus bas au plus élevé"


# -- ranking ---------------------------------------------------------------------------------------


def rank_answer(fiches: list[Fiche], spec: RankSpec, query: Query, scope: str = "") -> Built:
    """The fiches of `fiches` ranked on the figure asked (`spec.field`, or a partner's amount: `aspects`).
    The first line names the figure, the order, how many fiches have it and how many lack it, and the first
    fiche(s)."""
    figure = aspects.figure_of(spec, query, fiches)
    values = {f.id: figure.get(f) for f in fiches}
    known = [f for f in fiches if values[f.id] is not None]
    lacking = len(fiches) - len(known)
    where_ = f" {scope}" if scope else ""
    if not fiches:
        return Built(Answer(text=f"Aucune fiche{where_} à classer.", query=query))
    if not known:
        text = (f"Aucune des {plural(len(fiches), 'fiche')}{where_} n'indique {de(figure.noun)} : "
                "je ne peux pas les classer sur ce chiffre.")  # fmt: skip
        if len(fiches) == 1:  # « Aucune des 1 fiche »: the one fiche said as such
            text = f"La seule fiche{where_} n'indique pas {de(figure.noun)} : « {md(fiches[0].title)} »."
        return Built(Answer(text=text, query=query))
    if spec.bound is not None:
        return _bounded_answer(known, lacking, figure, spec, query, where_)
    shown = ranked(known, figure, spec.descending)[: spec.n]
    order = _order(figure, spec.descending)
    counted = f"{plural(len(known), 'fiche')} chiffrée{'s' if len(known) > 1 else ''}"
    lack = f"{lacking} sans ce chiffre" if lacking else "toutes chiffrées"
    first = f"Classement par {figure.noun}{where_}, {order} ({counted} ; {lack}) : {_podium(shown, figure)}."
    if spec.noun and not figure.counted:  # « le plus d'aînés » that no fiche counts: the people reached
        first = (
            f"Aucune fiche ne donne de {aspects.noun_figure(spec.noun).noun} ; {first[0].lower()}{first[1:]}"
        )
    lines = [_rank_line(n, f, figure) for n, f in enumerate(shown, 1)]
    facts = "Classement (chiffres extraits des fiches) :\n" + "\n".join(
        f"[{n}] {f.title} : {amount_with_basis(figure, a)} — « {a.sentence} »"
        for n, f in enumerate(shown, 1)
        if (a := values[f.id]) is not None
    )
    return Built(built_answer(first + "\n\n" + "\n\n".join(lines), shown, query), facts=facts)


BOUNDED_SHOWN = 10  # fiches a numeric condition lists at most
_BOUND_WORDS = {(True, False): "plus de", (True, True): "au moins", (False, False): "moins de",
                (False, True): "au plus"}  # fmt: skip


def _bounded_answer(
    known: list[Fiche], lacking: int, figure: Figure, spec: RankSpec, query: Query, where_: str
) -> Built:
    """The fiches whose figure passes the question's condition (`thresholds.Bound`: « un budget de plus de
    30 000 € »), the farthest from the bound first; how many were checked and how many lack the figure."""
    bound = spec.bound
    passing = [f for f in known if bound.passes(figure.get(f).value)]
    shown = ranked(passing, figure, bound.above)[:BOUNDED_SHOWN]
    limit = format_euros(bound.value) if fields.measure(figure.field).unit else format_number(bound.value)
    limit = limit.replace(" ", NBSP)
    words = _BOUND_WORDS[(bound.above, bound.inclusive)]
    link_ = "d'" if words.startswith("au") else "de "  # « d'au moins »
    condition = f"{figure.noun} {link_}{words} {limit}"
    checked = f"sur {plural(len(known), 'fiche')} chiffrée{'s' if len(known) > 1 else ''}"
    checked += f", {lacking} sans ce chiffre" if lacking else ""
    if not shown:
        text = f"Aucune fiche{where_} n'a un {condition} ({checked})."
        return Built(Answer(text=text, query=query))
    first = (f"{plural(len(passing), 'fiche')}{where_} {'ont' if len(passing) > 1 else 'a'} un {condition} "
             f"({checked}) : {_podium(shown, figure)}.")  # fmt: skip
    lines = [_rank_line(n, f, figure) for n, f in enumerate(shown, 1)]
    facts = f"Fiches au {condition} (chiffres extraits des fiches) :\n" + "\n".join(
        f"[{n}] {f.title} : {amount_with_basis(figure, a)} — « {a.sentence} »"
        for n, f in enumerate(shown, 1)
        if (a := figure.get(f)) is not None
    )
    return Built(built_answer(first + "\n\n" + "\n\n".join(lines), shown, query), facts=facts)


def _podium(shown: list[Fiche], figure: Figure) -> str:
    amounts_ = [figure.get(f) for f in shown]
    tied = [n for n, a in enumerate(amounts_, 1) if a.value == amounts_[0].value]
    # The figure before the citation: « [2] 250 € » would read as one number (« 2 250 »).
    parts = [f"« {md(f.title)} » : {md(amount_text(figure, a))} [{n}]"
             for n, (f, a) in enumerate(zip(shown, amounts_, strict=True), 1)]  # fmt: skip
    if len(tied) > 1:
        parts[len(tied) - 1] += " (ex æquo)"
    return ", ".join(parts)


def _rank_line(n: int, fiche: Fiche, figure: Figure) -> str:
    amount = figure.get(fiche)
    text = md(amount_with_basis(figure, amount))
    return f"**[{n}]** {link(fiche)} — {where(fiche)} : **{text}**  \n{source_note(amount)}"
