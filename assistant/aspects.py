"""What a comparison or a ranking asks about beyond the typed figures and the table's rows, answered per fiche
with its figure and the sentence it was read from.

    asked_partner("compare les financements caf de a et b", query)   # "Caf" (a partner facet of the query)
    partner_amount(fiche, "Caf")       # Amount(3800, sentence="Financement REAAP via la Caf : 3 800 €", …)
    aspect_lines(fiches, question)     # ["« A » [1] : « Entre 60 et 150 spectateurs. » (Description générale)", …]

- a partner's amount: the question names a partner facet as the complement of a money noun (« les financements
  Caf », « la plus grosse somme de la Caf », « l'argent du bailleur ») or as the subject of a giving verb
  (« combien donne l'ARS », « la Caf verse ») — not as a scope (« financées par la Caf, laquelle… »). The
  amount is read in the fiche's budget lines: each amount belongs to the partner named in the words before
  it on its line (« Ville 3 000 €, bailleur 2 500 € »), or right after it (« 3 200 € versés par la Caf »);
- a count (« combien de spectateurs ») : the sentences with a number of that noun (`assistant.lookup`);
- the size of the activity (« la plus grosse activité », « la fréquentation »): the typed participants, else
  the first sentence of the text counting something (« Plus de 1 200 trajets réalisés en 2023. »);
- other words (« le plus de retours à l'emploi », « celui de la ludothèque »): the sentence sharing most of
  them — one with a number first when a quantity is asked.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from assistant.answer_types import answer_type
from assistant.records import Query
from ingest import amounts, fields
from ingest.amounts import Amount
from ingest.models import Fiche
from ingest.partners import default_gazetteer
from ingest.text import GENERIC, STOPWORDS, cut_sentences, normalise, plural_key, split_sentences, word_set
from ingest.text import md_escape as md

PARTNER_FIELD = "partenaires"
SENTENCE_CHARS = 260
MONEY_NOUNS = (
    r"financements?|subventions?|sommes?|montants?|argent|aides?|contributions?|apports?|dotations?|parts?"
    r"|participations?|euros?|budgets?|financieres?"
)
# Active forms only: « financées par la Caf » scopes the fiches, « la Caf finance » / « donne l'ARS » asks.
_GIVING_BEFORE = (
    r"donne|donnent|verse|versent|apporte|apportent|accorde|accordent|attribue|attribuent|paie|paye|met"
)
_GIVING_AFTER = _GIVING_BEFORE + r"|finance|financent|a donne|a verse|a apporte|a finance|a accorde"
_LINK = (
    r"(?:(?:verse|donne|attribue|alloue|apporte|accorde)e?s?\s+par\s+)?(?:(?:de|du|des|la|le|les|l|d|en|provenant"
    r"|venant)\s+){0,3}"
)
# « reçoit le plus de la Caf », « a obtenu le moins du Département »: the money received from a partner; verbs
# of receiving money, with their morphology (« touche / touchent / touché », « empoche », « encaisse »).
_RECEIVING = (
    r"recoi\w*|recu\w*|percoi\w*|percu\w*|obtenu\w*|obtien\w*|touch(?:e|es|ent|er|ait|aient|ee|ees)"
    r"|empoch\w*|encaiss\w*|beneficie\w*"
)
_RECEIVED_FROM = re.compile(
    rf"\b(?:{_RECEIVING})\b.*\b(?:plus|moins)"
    r"\s+(?:de|d|du|des)\b"
)
# « laquelle a reçu le plus ? »: money received from no one named — from the partner the question names.
# « laquelle empoche le plus gros montant ? »: the same, the money noun after the superlative's size word;
# « combien chacun a reçu ? »: how much, from the partner named.
_BARE_RECEIVED = re.compile(
    rf"\b(?:{_RECEIVING})\s+(?:le|la|les)\s+(?:plus|moins)(?:\s+\w+)?(?:\s+(?:{MONEY_NOUNS}))?\s*$"
    rf"|\bcombien\b(?:\s+\w+){{0,4}}\s+(?:{_RECEIVING})\s*$"
)
# « le montant le plus élevé de la Caf »: a money noun whose postposed superlative names the partner.
_POSTPOSED = r"\s+(?:le|la|les)\s+(?:plus|moins)\s+\w+\s+"
# « touche le plus gros chèque de la Caf »: a superlative of size, the thing received, then its giver.
_SIZED_THING = r"(?:le|la|les)\s+(?:plus|moins)\s+(?!(?:de|d|du|des)\b)\w+\s+\w+\s+"
# The words naming a funder after a money noun or a receiving verb's superlative (read to the question's end).
_FUNDER_AFTER = re.compile(
    r"(?:\b(?:financements?|subventions?|sommes?|argent|aides?|contributions?|apports?|dotations?|participations?)"
    rf"|{_RECEIVED_FROM.pattern})\s+(?:(?:de|du|des|la|le|les|l|d|par|versee?s? par)\s+){{0,3}}"
    r"([a-z0-9 ]+)"
)
MAX_FUNDER_WORDS = 6
_BY_AFTER = re.compile(
    r"^\W{0,3}(?:(?:vers|apport|accord|attribu|financ|allou|donn)\w*\s+)?(?:par|de la part)\s+"
)
_UNIT_PRICE = re.compile(r"^(?:par|le|la|l|chacun|chacune)\s+(?!an\b|annee\b)\w")  # « 45 € par séance »
_ACTIVITY = re.compile(
    r"\b(activites?|frequentation|ampleur|envergure|volume|actifs?|actives?|fait le plus)\b"
    r"|\bcombien de (monde|gens)\b|\btouch\w* combien\b|\bcombien\b.{0,30}\btouch\w*"  # reach: « ça touche combien »
)
_QUANTITY = re.compile(r"\b(combien|nombre|le plus|la plus|les plus|le moins|la moins|davantage)\b")
_COUNTED = re.compile(
    r"(?<![\d,.])(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)\s+(?!€|euros?\b|%|h\b|heures?\b|ans?\b|annees?\b"
    r"|mois\b|km\b|m2\b|m²)[^\W\d_]{3,}",
    re.I,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# Words of a comparison question that ask rather than say what is compared.
PHRASING = word_set(
    """compare comparer comparez comparaison comparatif comparees difference differences differents differe
    different differencient distingue distinguent lequel laquelle lesquels lesquelles celui celle ceux celles
    entre chacun chacune chaque cote cotes part autre commun communs point points ecart ecarts versus quoi
    combien nombre plus moins mieux donne donnent fait font ont sont ete stp svp tableau quel quelle quels
    quelles qui deux trois quatre diffe est"""
)


@dataclass(frozen=True)
class Figure:
    """A figure fiches are compared or ranked on: a typed field (`field`) or an amount read for the
    question (a partner's share); `field` gives its unit (budget: €)."""

    field: str
    noun: str
    get: Callable[[Fiche], Amount | None]
    counted: str = ""  # « familles »: a count of this noun read in the text (`noun_figure`)
    text: Callable[[Amount], str] | None = None  # how the figure is written, when not a number (a year)


def typed_figure(field: str) -> Figure:
    if field == START:
        return start_figure()
    return Figure(field, fields.measure(field).noun, lambda fiche: getattr(fiche, field))


# -- the start of an action ------------------------------------------------------------------------------

START = "debut"  # `ranking.START`: « la plus ancienne », « depuis le plus longtemps »
_YEAR_IN = re.compile(r"(?<![\d€])\b(19[5-9]\d|20[0-4]\d)\b(?!\s?(?:€|euros?\b|\d))")
# A sentence dating the action's life (« reconduite depuis 2005 », « a démarré en janvier 2011 »), not a plan
# (« projet social 2021-2024 »), nor opening hours (« ouvert le mardi … en 2023 »): its words of starting.
_STARTS = re.compile(
    r"\b(?:depuis|debut\w*|commenc\w*|demarr\w*|lance\w*|creee?s?|creation|ouvert\w* (?:en|depuis|des)|ouverture|mise? en place"
    r"|phase|premiere?s?|inaugur\w*|reconduit\w*|existe\w*|nee?s?|fonde\w*|naissance|initie\w*|en place)\b"
)


def start_figure() -> Figure:
    """The year an action started: the earliest year of a sentence of its text saying a start."""
    return Figure(START, "année de début", start_year, text=lambda a: str(int(a.value)))


def start_year(fiche: Fiche) -> Amount | None:
    """The earliest year (1950–2049) written in a sentence of the fiche that says a start or a phase
    (`_STARTS`), with that sentence; None when no such sentence has a year."""
    best: Amount | None = None
    for source in (*amounts.TEXT_FIELDS, "diagnostic", "initiative_precision"):
        for sentence in _sentences(getattr(fiche, source, "") or ""):
            if not _STARTS.search(normalise(sentence)):
                continue
            for found in _YEAR_IN.finditer(sentence):
                year = int(found.group(1))
                if best is None or year < best.value:
                    best = Amount(value=year, sentence=cut_sentences(sentence, SENTENCE_CHARS), source=source)
    return best


def partner_figure(partner: str) -> Figure:
    return Figure(amounts.BUDGET, f"montant attribué par {partner}", lambda f: partner_amount(f, partner))


def figure_for(field: str, query: Query | None, fiches: Iterable[Fiche] = ()) -> Figure:
    """The partner's amount when a money figure is asked about a partner — a partner facet, else a funder
    the question names as the budget lines of `fiches` do —, else the typed field."""
    if query is None or field != amounts.BUDGET:
        return typed_figure(field)
    norm = normalise(query.text)
    if partner := asked_partner(norm, query):
        return partner_figure(partner)
    if funder := budget_line_partner(norm, fiches):
        figure = partner_figure(funder)
        return Figure(figure.field, f"montant attribué par « {as_written(query.text, funder)} »", figure.get)
    if partner := partner_after_superlative(norm):  # « reçoit le plus de la Ville »: no line gives it any
        return partner_figure(partner)
    if funder := named_funder(norm, fiches):  # « Conférence des financeurs : laquelle a reçu le plus ? »
        figure = partner_figure(funder)
        return Figure(figure.field, f"montant attribué par « {as_written(query.text, funder)} »", figure.get)
    return typed_figure(field)


FUNDER_CONTENT_WORDS = 2  # a funder named anywhere: at least this many content words (one is a topic word)


def named_funder(norm: str, fiches: Iterable[Fiche]) -> str:
    """A funder the question names anywhere (« Conférence des financeurs : quelle action … a reçu la plus
    grosse somme ? »), when it asks money received (`_FUNDED`), by a run of at least two content words that the label of some fiche's budget line
    gives an amount to (`_partner_values`); the longest such run, "" when none. One reading of each fiche's
    budget lines (as a ranking reads each fiche's figure)."""
    runs = _funder_runs(norm.split()) if _FUNDED.search(norm) else []
    if not runs:
        return ""
    lines = [(f, text) for f in fiches if (text := _normalised(getattr(f, amounts.MONEY_FIELD, "")))]
    for run in runs:
        names = re.compile(rf"\b{re.escape(run)}\b")
        if any(names.search(text) and _line_gives(f, names) for f, text in lines):
            return run
    return ""


@lru_cache(maxsize=65_536)
def _normalised(text: str) -> str:
    """`normalise`, cached: the same budget lines are read by every ranking on a funder (20,000 fiches)."""
    return normalise(text) if text else ""


# Money given or received (« a reçu », « la plus grosse somme », « le plus de subventions »), not the cost of
# an action (« le plus gros budget », « la plus chère »): what a funder's line answers.
_FUNDED = re.compile(
    rf"\b(?:{_RECEIVING}|financements?|subventions?|sommes?|montants?|argent|aides?|dotations?|apports?)\b"
)


def _funder_runs(words: list[str]) -> list[str]:
    """The runs of at most `MAX_FUNDER_WORDS` words, starting and ending with a content word and having at
    least `FUNDER_CONTENT_WORDS` of them, the longest first."""
    content = [w not in STOPWORDS and w not in GENERIC and len(w) > 2 for w in words]
    runs = {
        " ".join(words[i : j + 1])
        for i in range(len(words))
        for j in range(i + 1, min(len(words), i + MAX_FUNDER_WORDS))
        if content[i] and content[j] and sum(content[i : j + 1]) >= FUNDER_CONTENT_WORDS
    }
    return sorted(runs, key=lambda r: (-len(r.split()), r))


_AFTER_SUPERLATIVE = re.compile(r"\b(?:plus|moins) (?:de|d|du|des) (?:(?:la|le|l|les) )?(.+)$")


def partner_after_superlative(norm: str) -> str:
    """The canonical partner of the gazetteer named right after « le plus de » (« l'ARS », « la Ville »)."""
    found = _AFTER_SUPERLATIVE.search(norm)
    if not found:
        return ""
    text = f"{found.group(1)} "
    specs = default_gazetteer().specs
    return next(
        (spec.canonical for spec in specs for v in spec.variants if v and text.startswith(f"{v} ")), ""
    )


def figure_of(spec, query: Query | None, fiches: Iterable[Fiche] = ()) -> Figure:
    """The figure a `RankSpec` ranks on: the count of its noun in the text (« le plus de familles ») — a
    people noun no fiche of `fiches` counts falls back to the typed figure —, else `figure_for`."""
    fiches = list(fiches)
    if getattr(spec, "outcome", ()):  # « le plus de personnes de décrocher un emploi »: when a fiche says it
        figure = outcome_figure(spec.outcome, spec.noun or "personnes")
        if any(figure.get(f) is not None for f in fiches):
            return figure
    if spec.noun:
        figure = noun_figure(spec.noun)
        people = plural_key(spec.noun) in amounts.PUBLIC_WORDS
        if not people or any(figure.get(f) is not None for f in fiches):
            return figure
    return figure_for(spec.field, query, fiches)


def outcome_figure(outcome: tuple[str, ...], noun: str) -> Figure:
    """How many people reached an outcome (« emploi », « formation »), read in each fiche's text
    (`outcome_count`)."""
    label = f"nombre de {noun} ({' / '.join(outcome)})"
    key = plural_key(normalise(noun))
    public = "" if key in _ANYONE else key  # « le plus de jeunes à … »: a sentence about jeunes
    return Figure(amounts.PARTICIPANTS, label, lambda f: outcome_count(f, outcome, public), counted=noun)


_ANYONE = word_set("personne gen monde participant habitant beneficiaire")


def outcome_count(fiche: Fiche, outcome: tuple[str, ...], public: str = "") -> Amount | None:
    """The number right before the outcome's words in a sentence of the results, then of the text (« Sur 34
    participantes, 14 ont trouvé un emploi » → 14: the last number before « emploi »), in a sentence naming
    `public` when given; None when none."""
    keys = {plural_key(w) for w in outcome}
    results = [f for f in amounts.TEXT_FIELDS if f.startswith("resultat") or f == "impacts"]
    for source in (*results, *(f for f in amounts.TEXT_FIELDS if f not in results)):
        for sentence in _sentences(getattr(fiche, source, "") or ""):
            tokens = normalise(sentence).split()
            if public and not any(_is_noun(w, public) for w in tokens):
                continue
            at = next((k for k, w in enumerate(tokens) if plural_key(w) in keys), None)
            values = [v for w in tokens[:at] if (v := _number(w)[0]) is not None] if at else []
            if values:
                return Amount(value=values[-1], sentence=sentence, source=source)
    return None


def noun_figure(noun: str) -> Figure:
    """The number of `noun` (« familles », « séances ») each fiche states, read in its text (`noun_count`);
    of partners, the partners the fiche declares (« le plus de partenaires »)."""
    key = plural_key(normalise(noun))
    if key == "partenaire":
        return Figure(amounts.PARTICIPANTS, "nombre de partenaires", partner_count, counted="partenaires")
    written = _ACCENTED.get(key, key) + ("s" if not key.endswith(("s", "x")) else "")
    return Figure(amounts.PARTICIPANTS, f"nombre de {written}", lambda f: noun_count(f, key), counted=written)


_ACCENTED = {"seance": "séance", "soiree": "soirée", "aine": "aîné", "eleve": "élève", "collegien": "collégien",
             "lyceen": "lycéen", "etudiant": "étudiant", "retraite": "retraité", "menage": "ménage",
             "bebe": "bébé", "garcon": "garçon", "evenement": "événement", "beneficiaire": "bénéficiaire"}  # fmt: skip
_NOT_THEIRS = word_set("benevole benevoles salarie salaries salariee salariees professionnel professionnels")


def partner_count(fiche: Fiche) -> Amount | None:
    """How many partners the fiche declares (« Avec qui… »), with their names; None when it declares none."""
    names = list(dict.fromkeys(p for p in fiche.partenaires if p.strip()))
    return Amount(value=len(names), sentence=", ".join(names), source=PARTNER_FIELD) if names else None


def noun_count(fiche: Fiche, key: str) -> Amount | None:
    """The largest number of `key` (a plural key: « famille ») the fiche states — in « Nombre de personnes
    mobilisées », then its text —, a rate (« 8 familles par atelier ») only when it states no other, with the
    sentence; None when it states none."""
    best: tuple[bool, int, Amount] | None = None
    for source in (amounts.PEOPLE_FIELD, *amounts.TEXT_FIELDS):
        for sentence in _sentences(getattr(fiche, source, "") or ""):
            for value, per, rough in _noun_numbers(sentence, key):
                basis = f"par {_ACCENTED.get(per, per)}" if per else ("environ" if rough else "")
                rate = per in _RATE_UNITS  # « par atelier »; « par an » is a yearly count
                found = (not rate, value, Amount(value=value, sentence=sentence, source=source, basis=basis))
                best = found if best is None or found[:2] > best[:2] else best
    return best[2] if best else None


def _sentences(text: str) -> list[str]:
    return [s for line in text.splitlines() if line.strip() for s in split_sentences(line.strip(" -•*\t"))]


def _noun_numbers(sentence: str, key: str) -> list[tuple[int, str, bool]]:
    """(value, rate, approximate?) of each number of `key` in a sentence: a number (digits or a French number
    word) followed by the noun, « de » and one word allowed between (« 12 jeunes », « huit séances », « une
    vingtaine de familles », « 40 nouvelles familles »); not a share (« 2 sur 3 »), not people of the team
    (« 6 parents bénévoles »), not a reference back (« ces trois familles »)."""
    tokens: list[str] = []
    for word in normalise(sentence).split():  # « 1 200 trajets »: one number
        if tokens and word.isdigit() and len(word) == 3 and tokens[-1].isdigit() and len(tokens[-1]) <= 3:
            tokens[-1] += word
        else:
            tokens.append(word)
    out = []
    for i, word in enumerate(tokens):
        value, rough = _number(word)
        if value is None or (i and tokens[i - 1] in _ANAPHORA):
            continue
        for j in range(i + 1, min(i + 4, len(tokens))):
            if _is_noun(tokens[j], key):
                after = tokens[j + 1 : j + 3]
                total = _number(after[1])[0] if after[:1] == ["sur"] and len(after) > 1 else None
                if (total or 0) > value or set(after) & _NOT_THEIRS:
                    break  # « 2 participants sur 3 » is a share (« 14 sorties sur deux saisons » is not)
                per = plural_key(after[1]) if after[:1] == ["par"] and len(after) > 1 else ""
                out.append((value, per, rough))
                break
            if tokens[j] not in ("de", "d") and j > i + 1:
                break
    return out


_ANAPHORA = word_set("ces ses leurs nos vos mes")
_RATE_UNITS = word_set("jour semaine seance atelier soir soiree sortie heure groupe personne famille")


def _number(word: str) -> tuple[int | None, bool]:
    if word.isdigit():
        value = int(word)
        return (value, False) if 0 < value < 100_000 and not _YEAR.match(word) else (None, False)
    value = amounts.number_word(word)
    if value is None or word in ("un", "une"):
        return None, False
    return value, word.endswith("aine") or word == "millier"


def _is_noun(word: str, key: str) -> bool:
    """`word` is the noun `key`, feminine forms included (« salariées »), never another word of its stem."""
    k = plural_key(word)
    return k == key or (k.startswith(key) and len(k) - len(key) <= 1 and len(key) >= 5)


def as_written(text: str, name: str) -> str:
    """The words of `text` whose normalised form is `name` (« conférence des financeurs »), else `name`."""
    tokens = re.findall(r"[^\W_]+", text)
    size = len(name.split())
    for start in range(len(tokens) - size + 1):
        if normalise(" ".join(tokens[start : start + size])) == name:
            return " ".join(tokens[start : start + size])
    return name


# -- a partner's amount -------------------------------------------------------------------------------


@cache
def partner_variants(partner: str) -> tuple[str, ...]:
    """The normalised names of a partner: its gazetteer variants (« caf », « caisse d allocations … »)."""
    variants = [v for spec in default_gazetteer().specs if spec.canonical == partner for v in spec.variants]
    return tuple(dict.fromkeys([*variants, normalise(partner)]))


def _names(partner: str) -> str:
    return "|".join(r"\s+".join(map(re.escape, v.split())) for v in partner_variants(partner) if v)


def asked_partner(norm: str, query: Query) -> str:
    """The partner (a partner facet of the query) whose money the question asks about, else ""."""
    for facet in query.facets:
        if facet.field != PARTNER_FIELD:
            continue
        said = r"\s+".join(map(re.escape, normalise(facet.trigger).split()))
        for value in facet.values:
            names = "|".join(
                filter(None, (_names(value), said))
            )  # « la caisse d'allocs »: as the question says it
            if (
                re.search(rf"\b(?:{MONEY_NOUNS})(?:{_POSTPOSED}|\s+){_LINK}(?:{names})\b", norm)
                or re.search(rf"\b(?:plus|moins)\s+(?:de|d|du|des)\s+{_LINK}(?:{names})\b", norm)
                or re.search(rf"\b(?:{_GIVING_BEFORE})\s+{_LINK}(?:{names})\b", norm)
                or re.search(rf"\b(?:{names})\s+(?:{_GIVING_AFTER})\b", norm)
                or re.search(
                    rf"\b(?:{_RECEIVING})\s+{_LINK}(?:{names})\b", norm
                )  # « combien a reçu de l'ARS »
                or re.search(rf"\b(?:{_RECEIVING})\s+{_SIZED_THING}{_LINK}(?:{names})\b", norm)
                or _BARE_RECEIVED.search(norm)  # « financées par la Caf, laquelle a reçu le plus ? »
                or _gives(norm, names)  # « l'ARS a mis combien », « combien a déboursé la Ville »
                or _head_after_superlative(norm) in _name_words(value)  # « (l'ARS) … le plus de l'agence »
            ):
                return value
    return ""


def _head_after_superlative(norm: str) -> str:
    """The noun right after « le plus / moins de » and an article (« le plus de l'agence » → « agence »)."""
    found = re.search(rf"\b(?:plus|moins)\s+(?:de|d|du|des)\s+{_LINK}(\w+)", norm)
    return found.group(1) if found and len(found.group(1)) >= 4 else ""


def _name_words(partner: str) -> set[str]:
    """The content words of a partner's names (« agence », « regionale », « sante » for the ARS): a question
    may name it again by the head of its expanded name."""
    return {w for v in partner_variants(partner) for w in v.split() if len(w) >= 4} - STOPWORDS - GENERIC


# Verbs of giving money, as lemmas (`ingest.lemmas.readings`): any of their forms names the partner giving.
_GIVING_LEMMAS = word_set(
    """donner verser apporter accorder attribuer allouer payer mettre financer investir injecter octroyer
    debloquer debourser subventionner"""
)
_BETWEEN_GIVER = word_set("a ont avait avaient aura auront t il elle ils elles y en combien")
_BEFORE_GIVER = word_set("a ont t il elle y en la le l les")


def _gives(norm: str, names: str) -> bool:
    """The partner is the subject of a verb of giving: right before it, auxiliaries between (« l'ARS a mis
    combien »), or right after it, articles between (« combien a versé la Caf »); not a scope (« financées
    par la Caf »: « par » stands between)."""
    words = norm.split()
    for found in re.finditer(rf"\b(?:{names})\b", norm):
        start = len(norm[: found.start()].split())
        end = start + len(found.group(0).split())
        after = [w for w in words[end : end + 4] if w not in _BETWEEN_GIVER][:1]
        before = [w for w in reversed(words[max(0, start - 4) : start]) if w not in _BEFORE_GIVER][:1]
        if any(_giving(w) for w in after) or any(_giving(w) for w in before):
            return True
    return False


def _giving(word: str) -> bool:
    from ingest.lemmas import readings

    return bool(set(readings(word)) & _GIVING_LEMMAS)


def budget_line_partner(norm: str, fiches: Iterable[Fiche]) -> str:
    """A funder the gazetteer does not know, named after a money noun or « reçoit le plus de »: the longest
    run of the question's words there (« la conférence des financeurs ») that a budget line of some fiche
    gives an amount to; "" when no line does."""
    found = _FUNDER_AFTER.search(norm)
    if not found:
        return ""
    words = found.group(1).split()[:MAX_FUNDER_WORDS]
    fiches = list(fiches)
    for end in range(len(words), 0, -1):
        name = " ".join(words[:end])
        if words[end - 1] in STOPWORDS or not set(words[:end]) - STOPWORDS - GENERIC:
            continue
        names = re.compile(rf"\b{re.escape(name)}\b")
        if any(_line_gives(fiche, names) for fiche in fiches):
            return name
    return ""


def _line_gives(fiche: Fiche, names: re.Pattern[str]) -> bool:
    lines = getattr(fiche, amounts.MONEY_FIELD, "").splitlines()
    return any(_partner_values(line, names) for line in lines if line.strip())


def partner_amount(fiche: Fiche, partner: str) -> Amount | None:
    """The amounts the fiche's budget lines attribute to the partner (summed when several lines do), with
    those lines; else a sentence of the text doing so; None when no amount is the partner's."""
    names = re.compile(rf"\b(?:{_names(partner)})\b")
    for source in (amounts.MONEY_FIELD, *amounts.TEXT_FIELDS):
        lines = [s for line in getattr(fiche, source, "").splitlines() for s in _pieces(line, source)]
        found = [(line, value) for line in lines for value in _partner_values(line, names)]
        if found:
            used = list(dict.fromkeys(line for line, _ in found))
            basis = f"somme de {len(found)} montants" if len(found) > 1 else ""
            total = sum(value for _, value in found)
            return Amount(value=total, sentence=" ; ".join(used), source=source, basis=basis)
    return None


def _pieces(line: str, source: str) -> list[str]:
    line = line.strip(" -•*\t")
    if not line:
        return []
    return [line] if source == amounts.MONEY_FIELD else split_sentences(line)


def _partner_values(line: str, names: re.Pattern[str]) -> list[float]:
    """The amounts of a line that are the partner's (see the module docstring); no unit price."""
    money = amounts.parse_money(line)
    values, previous = [], 0
    for n, found in enumerate(money):
        label = normalise(line[previous : found.start])
        after = line[found.end : money[n + 1].start if n + 1 < len(money) else len(line)]
        previous = found.end
        if _UNIT_PRICE.match(normalise(after)):
            continue
        follows = _BY_AFTER.match(normalise(after)) and names.search(normalise(after)[:60])
        if names.search(label) or follows:
            values.append(found.value)
    return values


# -- the sentence answering an aspect ------------------------------------------------------------------


def aspect_lines(fiches: list[Fiche], question: str, skip: Iterable[str] = ()) -> list[str]:
    """Per fiche, « « Titre » [n] : « sentence » (Field) » answering what the question asks about besides
    `skip` words (table rows, typed figures); [] when it asks nothing more."""
    from assistant import lookup_asks as lookup  # late: lookup builds on comparison, built on this module

    norm = normalise(question)
    noun = lookup.count_noun(norm)
    if noun and plural_key_in(noun, skip):
        noun = ""
    words = aspect_words(norm, fiches, skip)
    activity = bool(_ACTIVITY.search(norm))
    typed = answer_type(norm) is not None  # « ça a lieu tous les combien ? »: a rhythm, whatever the words
    if not (noun or words or activity or typed):
        return []
    quantity = bool(_QUANTITY.search(norm))
    found = [_answer(fiche, question, noun, words, activity, quantity) for fiche in fiches]
    # Words found in some fiches only, without a quantity asked, name the fiches (« pour seniors »).
    if not any(found) or not (all(found) or noun or activity or quantity):
        return []
    lines = []
    for n, (fiche, answer) in enumerate(zip(fiches, found, strict=True), 1):
        name = f"« {md(fiche.title or fiche.id)} » [{n}]"
        if answer:
            lines.append(f"{name} : « {md(answer[1])} » ({md(fields.label(answer[0]))})")
        else:
            lines.append(f"{name} : la fiche ne le dit pas")
    return lines


# What a comparison asking no aspect (« Différence entre A et B ? ») says of each fiche: how many people it
# reaches (`_activity`) and at what rhythm (a frequency, `assistant.answer_types`).
_RHYTHM_QUESTION = "à quel rythme ?"


def asks_typed(question: str, skip: Iterable[str] = ()) -> bool:
    """Does the question ask an aspect by its kind (a count, an answer type such as a rhythm or a place,
    the size of the activity, results, a quantity) rather than by free words only?"""
    from assistant import lookup_asks as lookup

    norm = normalise(question)
    noun = lookup.count_noun(norm)
    return bool(
        (noun and not plural_key_in(noun, skip))
        or answer_type(norm) is not None
        or _ACTIVITY.search(norm)
        or _QUANTITY.search(norm)
        or _results_asked().search(norm)
    )


def key_facts(fiches: list[Fiche]) -> list[str]:
    """Per fiche, « « Titre » [n] : « sentence » (Field) ; « sentence » (Field) »: its size (the people
    reached, else the first sentence counting something) and its rhythm; [] when no fiche states either."""
    from assistant import lookup_sentences as lookup

    lines, said = [], False
    for n, fiche in enumerate(fiches, 1):
        found = [_activity(fiche), *lookup.answer_sentences(fiche, _RHYTHM_QUESTION)[:1], duration(fiche)]
        facts = list(dict.fromkeys((f, cut_sentences(t, SENTENCE_CHARS)) for f, t in (x for x in found if x)))
        said |= bool(facts)
        quoted = " ; ".join(f"« {md(text)} » ({md(fields.label(field))})" for field, text in facts)
        lines.append(f"« {md(fiche.title or fiche.id)} » [{n}] : {quoted or 'la fiche ne le dit pas'}")
    return lines if said else []


# The clause of a comparison that names its fiches: from « entre » to the clause's end (« quelle différence
# entre A et B »), or the whole clause around « vs », « versus », « par rapport à » (« A vs B, comparez »).
_CLAUSES = re.compile(r"[,;:?!()\u2013\u2014]| - ")
_BETWEEN = re.compile(
    r"\bentre\b(.+?\bet\b.+?)(?=\b(?:lequel|laquelle|lesquels|lesquelles|qui|combien|quels?|quelles?|pour|cote"
    r"|niveau|en termes|sur le plan)\b|$)"
)
_AGAINST = re.compile(r"\b(?:vs|versus|par rapport (?:a|au|aux))\b")


def reference_words(question: str) -> set[str]:
    """The words of the question naming the compared fiches (see `_BETWEEN`, `_AGAINST`), never what is
    compared (« quelle différence de budget entre A et B »: « budget » stands before « entre »)."""
    words: set[str] = set()
    for clause in _CLAUSES.split(question):
        norm = normalise(clause)
        if _AGAINST.search(norm):
            words |= set(_AGAINST.sub(" ", norm).split())
        elif found := _BETWEEN.search(norm):
            words |= set(found.group(1).split())
    return words - {"et", "ou"}


# How long an action lasts: a number of days, nights, weeks or months after « de », « pendant », « durant »,
# « sur », « dure » (« un séjour de 7 jours », « la démarche dure huit mois »), never a rhythm (« par mois »).
_DURATION = re.compile(
    r"\b(?:de|d|pendant|durant|sur|dure|durent|duree)\s+(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit"
    r"|neuf|dix|quinze)\s+(?:jours?|nuits?|semaines?|mois|ans?|annees?|journees?)\b(?!\s+par\b)"
)


def duration(fiche: Fiche) -> tuple[str, str] | None:
    """(field, sentence) of the first sentence of the text saying how long the action lasts, else None."""
    for field in _FIGURE_TEXT:
        for sentence in split_sentences(getattr(fiche, field, "")):
            if _DURATION.search(normalise(sentence)):
                return field, cut_sentences(sentence, SENTENCE_CHARS)
    return None


_FIGURE_TEXT = ("resume", "description_generale", "description_experience", "diagnostic")


def plural_key_in(noun: str, skip: Iterable[str]) -> bool:
    return any(noun[:5] == w[:5] for w in skip)


def unnamed(norm: str, fiches: list[Fiche]) -> str:
    """The question without the words naming the compared fiches — as many occurrences of a word as their
    titles have, the first ones, each left as « _ » (« le plus de retours à l'emploi » keeps the second
    « emploi » of « Club emploi au féminin ou … »)."""
    naming = Counter(plural_key(w) for fiche in fiches for w in normalise(fiche.title).split())
    naming.update(
        initials(fiche.title) for fiche in fiches
    )  # « le LAEP »: « Lieu d'accueil enfants-parents »
    out = []
    for word in norm.split():
        key = plural_key(word)  # « les deux jardins » names « Jardin partagé » and « Jardin créole »
        out.append("_" if naming[key] > 0 else word)
        naming[key] -= 1
    return " ".join(out)


def initials(title: str) -> str:
    """The initials of a title's content words (« laep »), "" under three of them."""
    words = [w for w in normalise(title).split() if w not in STOPWORDS | GENERIC and len(w) > 1]
    return "".join(w[0] for w in words) if len(words) >= 3 else ""


def aspect_words(norm: str, fiches: list[Fiche], skip: Iterable[str] = ()) -> list[str]:
    """The question's words saying what is compared: not phrasing, not `skip`, not naming the fiches."""
    blocked = STOPWORDS | GENERIC | PHRASING | set(skip)
    words = unnamed(norm, fiches).split()
    return [w for w in words if len(w) > 2 and w not in blocked and not w.isdigit()]


def _answer(fiche, question, noun, words, activity, quantity) -> tuple[str, str] | None:
    from assistant import lookup_sentences as lookup

    typed = answer_type(normalise(question)) is not None  # « quel rythme », « où » (assistant.answer_types)
    if (noun or typed) and (found := lookup.answer_sentences(fiche, question, "", noun)):
        return _as_done(fiche, question, noun, found[0])
    people = bool(noun) and plural_key(normalise(noun)) in amounts.PUBLIC_WORDS  # « combien de jeunes »
    if (activity or people) and (found := _activity(fiche)):
        return found  # the people the fiche says it reached, when no sentence counts that noun
    stems = {w[:5] for w in words}
    if not stems:
        return None
    results = bool(_results_asked().search(normalise(question)))  # « quels résultats sur les déchets »
    scored = []
    for i, (field, sentence) in enumerate(_candidates(fiche)):
        shared = len(stems & {w[:5] for w in normalise(sentence).split()})
        if shared:
            outside = results and field not in _RESULT_FIELDS
            # results asked: a results field's sentence first (« côté emploi ça donne quoi »)
            scored.append((outside, -shared, not (quantity and _counts(sentence)), i, field, sentence))
    return (min(scored)[4], cut_sentences(min(scored)[5], SENTENCE_CHARS)) if scored else None


_RESULT_FIELDS = ("resultat_habitants", "resultat_territoire", "resultat_centre", "impacts")
# Fields telling what a fiche plans, not what it does (« Augmenter la fréquence : 2 par mois »).
_PLANS = ("perspectives",)


def _as_done(fiche: Fiche, question: str, noun: str, found: tuple[str, str]) -> tuple[str, str]:
    """The sentence answering the aspect from what the fiche says it does, when the best one is a plan
    (`_PLANS`) and the rest of the fiche answers too: a comparison sets actions as they run side by side."""
    from assistant import lookup_sentences as lookup

    if found[0] not in _PLANS:
        return found
    present = fiche.model_copy(update=dict.fromkeys(_PLANS, ""))
    done = lookup.answer_sentences(present, question, "", noun)
    return done[0] if done else found


@cache
def _results_asked() -> re.Pattern[str]:
    """How a question asks results: the lookup patterns of the results fields (`fields.lookup_patterns`:
    « résultats », « bilan », « qu'a donné »…) and « ça donne quoi »."""
    patterns = [pattern for pattern, name in fields.lookup_patterns() if name in _RESULT_FIELDS]
    return re.compile(
        rf"\b(?:{'|'.join([*patterns, r'resultats?|impacts?|effets?|bilans?|donnen?t? quoi'])})\b"
    )


def _activity(fiche: Fiche) -> tuple[str, str] | None:
    """The typed participants' sentence, else the first sentence of the text counting something."""
    if (people := fiche.nb_participants) is not None:
        return people.source, people.sentence
    return activity_sentence(fiche)


def activity_sentence(fiche: Fiche) -> tuple[str, str] | None:
    """(field, sentence): the first sentence of the text counting something (« Plus de 1 200 trajets
    réalisés en 2023. »), not a sum of money, a share, a duration or a year; None when none does."""
    return next(((f, s) for f, s in _candidates(fiche, amounts.TEXT_FIELDS) if _counts(s)), None)


def _counts(sentence: str) -> bool:
    return any(not _YEAR.match(m.group(0).split()[0]) for m in _COUNTED.finditer(sentence))


def _candidates(fiche: Fiche, names: Iterable[str] | None = None) -> list[tuple[str, str]]:
    from assistant import lookup_sentences as lookup

    out = []
    for name in names or lookup.TEXT_ORDER:
        value = getattr(fiche, name, "")
        if isinstance(value, str):
            out += [
                (name, s)
                for line in value.splitlines()
                if line.strip()
                for s in split_sentences(line.strip(" -•*"))
            ]
    return out
