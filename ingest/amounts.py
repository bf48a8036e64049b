"""Typed amounts and counts of a fiche, read at ingest: the total budget in €, the salaried staff, the
volunteers, the participants (people reached) and the people mobilised — each with the sentence it came
from, so that an answer can show and cite it.

    parse_money("Budget de 12 k€ ; 3.500 euros")      # [Money(12000.0, …), Money(3500.0, …)]
    derive({"ressources_financieres": "TOTAL DES CHARGES\\n34985€", "personnes_mobilisees": "30 bénévoles"})
    # {"budget": Amount(value=34985, basis="total des charges", …), "nb_benevoles": Amount(value=30, …), …}

Where each figure comes from, in order:
- budget: the structured field `ressources_financieres` — a budget table's « TOTAL DES CHARGES » (else its
  « TOTAL DES PRODUITS »), a clause starting with « Charges : », a clause that states the budget (« Budget de
  7 800 € », « Coût total : », « s'équilibre à 20000 euros »), the one amount given, else the sum of the amounts
  listed (funders); per-unit amounts (« 45 € par séance », « coût moyen », « reste à charge ») and results
  (« résultat net ») never count. When the field holds no amount, a sentence of the text stating a budget.
- counts: the structured field `personnes_mobilisees` (« 4 salariés/30 bénévoles », « 1 animatrice, 6 parents
  bénévoles », « 150 »), each count classified by the words after it (bénévoles; salariés/professionnels or a job
  noun; a public: habitants, familles…); counts after « dont » and breakdowns in brackets are not added twice.
  When the field gives none, a sentence of the text (résumé, descriptions, résultats) with a count of people.
Pure functions over strings; `ingest.models.Fiche` calls `derive` when it is built.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from pydantic import BaseModel, Field

from ingest.text import fold, plural_key, split_sentences, word_set

# The typed fields this module fills (schema entries of kind number in `ingest/fields.py`).
BUDGET, STAFF, VOLUNTEERS, PARTICIPANTS, MOBILISED = (
    "budget", "nb_salaries", "nb_benevoles", "nb_participants", "nb_mobilises",
)  # fmt: skip
AMOUNT_FIELDS: tuple[str, ...] = (BUDGET, STAFF, VOLUNTEERS, PARTICIPANTS, MOBILISED)
MONEY_FIELD, PEOPLE_FIELD = "ressources_financieres", "personnes_mobilisees"
# Free-text fields read when the structured field gives no figure, in order of preference.
TEXT_FIELDS: tuple[str, ...] = (
    "resume", "description_generale", "description_experience", "resultat_habitants", "resultat_territoire",
    "resultat_centre", "impacts",
)  # fmt: skip
SOURCE_FIELDS: tuple[str, ...] = (MONEY_FIELD, PEOPLE_FIELD, *TEXT_FIELDS)
SENTENCE_CHARS = 300


class Amount(BaseModel):
    """One typed figure of a fiche, with where it was read."""

    value: int | float
    sentence: str = Field(description="The sentence (or table lines) it was read from, as written")
    source: str = Field(description="The fiche field it was read from, e.g. 'ressources_financieres'")
    basis: str = Field("", description="How it was obtained: « total des charges », « somme des montants »…")

    def __str__(self) -> str:  # the fiche page shows typed fields with str()
        how = f" ({self.basis})" if self.basis else ""
        return f"{format_number(self.value)}{how} — « {self.sentence} »"


def format_number(value: int | float) -> str:
    """French digits: « 34 985 », « 1 234,5 »."""
    whole = float(value).is_integer()
    text = f"{value:,.0f}" if whole else f"{value:,.2f}".rstrip("0")
    return text.replace(",", " ").replace(".", ",")


def format_euros(value: int | float) -> str:
    return f"{format_number(value)} €"


# -- money -----------------------------------------------------------------------------------------

_SPACE = "[ \u00a0\u202f]"
_NUMBER = rf"(?<![\d,.])(?:\d{{1,3}}(?:(?:{_SPACE}|\.)\d{{3}})+|\d+)(?:[,.]\d{{1,2}})?(?!\d)"
_MONEY = re.compile(
    rf"(?P<num>{_NUMBER})\s*(?:(?P<k>[kK])\s?(?:€|(?i:euros?)\b)|(?P<m>M€|(?i:millions? d['’]euros?))"
    rf"|€|(?i:euros?\b)|EUR\b)"
)
# After an amount: a per-unit price, not a budget (« 45 € par séance », « 30 € / personne »).
_PER_UNIT = re.compile(
    r"^\s*\)?\s*(?:par|/|l['’]|le|la|chacun|chacune)\s*(?:personne|seance|participant|enfant|famille|adulte"
    r"|jeune|candidat|inscrit|repas|nuit|jour|journee|semaine|heure|atelier|mois|trimestre|sortie|unite"
    r"|habitant|foyer|menage|eleve|stagiaire|an et par)"
)
# Before an amount in its clause: a unit price or a result, not a budget.
_NOT_BUDGET = re.compile(
    r"\b(moyen|moyenne|reste a charge|resultat|benefice|excedent|deficit|tarif|prix|unitaire|cotisations?)\b"
)
# A clause stating the total budget.
_BUDGET_CUE = re.compile(
    r"\b(budget|cout (total|global|de l action|du projet|annuel)|montant (total|global)|s eleve|s equilibre"
    r"|enveloppe|total)\b"
)
_TOTAL_LINE = re.compile(r"^\W*total (des |de )?(?P<what>charges|depenses|produits|recettes|ressources)?\b")
_HEAD_LINE = re.compile(r"^\W*(?P<what>charges|depenses|produits|recettes)\s*:")
_SIDES = {"charges": "charges", "depenses": "charges", "produits": "produits", "recettes": "produits",
          "ressources": "produits"}  # fmt: skip
_CHARGES_AFTER = re.compile(r"^\s*(de )?(charges|depenses)\b")
_TEXT_MONEY_CUE = re.compile(r"\b(budget|cout(?!ur)\w*|financ\w*|subvention\w*|montant|depens\w*)\b")


@dataclass(frozen=True)
class Money:
    value: float
    start: int
    end: int


def _number_value(text: str) -> float:
    digits = re.sub(_SPACE, "", text)
    if "," in digits:
        digits = digits.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", digits):
        digits = digits.replace(".", "")
    return float(digits)


def parse_money(text: str) -> list[Money]:
    """Every amount in euros written in `text` (« 40000€ », « 34 985 € », « 12 k€ », « 3.500 euros »)."""
    found = []
    for match in _MONEY.finditer(text):
        value = _number_value(match.group("num"))
        if match.group("k"):
            value *= 1_000
        elif match.group("m"):
            value *= 1_000_000
        found.append(Money(value, match.start(), match.end()))
    return found


def _budget_money(line: str) -> list[Money]:
    """Amounts of a line that can be part of a budget: no unit price, no result."""
    kept, previous_end = [], 0
    for money in parse_money(line):
        label = _label_before(line, money.start, previous_end)
        after = _norm_keep(line[money.end : money.end + 40])
        previous_end = money.end
        if not (_NOT_BUDGET.search(label) or _PER_UNIT.match(after)):
            kept.append(money)
    return kept


def _label_before(line: str, end: int, start: int = 0) -> str:
    """The words naming an amount: its clause up to it, from the last « : » that has words after it
    (« Coût total : 9 600 € » → « cout total » ; « Budget 2023 : Achats 21 000 € » → « achats »)."""
    clause = re.split(r"[;\n]|\.\s", line[start:end])[-1]
    parts = [_norm(part) for part in clause.split(":")]
    return next((part for part in reversed(parts) if re.search("[a-z]", part)), "")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


def _norm_keep(text: str) -> str:
    """Folded, apostrophes and slashes kept (the per-unit pattern reads « / » and « l' »)."""
    return " ".join(re.sub(r"[^0-9a-z'/)]+", " ", fold(text)).split())


def _lines(text: str) -> list[str]:
    return [line.strip(" \t-•*") for line in (text or "").splitlines() if line.strip(" \t-•*")]


def _amount(value: float, sentence: str, source: str, basis: str, at: str = "") -> Amount:
    """An `Amount`; a sentence longer than `SENTENCE_CHARS` is cut around `at` (the figure as written)."""
    sentence = " ".join(sentence.split())
    if len(sentence) > SENTENCE_CHARS:
        found = sentence.lower().find(at.lower()) if at else -1
        start = max(0, found - SENTENCE_CHARS // 3) if found > 0 else 0
        piece = sentence[start : start + SENTENCE_CHARS - 2]
        if start:
            piece = "…" + piece.split(" ", 1)[-1]
        sentence = piece.rsplit(" ", 1)[0] + "…" if start + len(piece) < len(sentence) else piece
    return Amount(value=int(value) if float(value).is_integer() else value, sentence=sentence,
                  source=source, basis=basis)  # fmt: skip


def _table_total(lines: list[str], source: str) -> Amount | None:
    """« TOTAL DES CHARGES 34985€ » (amount on the line or the next one), else « Charges : 3900 euros »;
    charges before produits."""
    totals: dict[str, Amount] = {}
    for i, line in enumerate(lines):
        match = _TOTAL_LINE.match(_norm(line))
        what = _SIDES.get(match.group("what") or "", "") if match else ""
        money, sentence = parse_money(line), line
        if what and not money and i + 1 < len(lines) and (money := parse_money(lines[i + 1])):
            sentence = f"{line} {lines[i + 1]}"
        if what and money:
            totals.setdefault("total " + what, _amount(money[0].value, sentence, source, "total des " + what))
        elif (head := _HEAD_LINE.match(fold(line))) and money:
            what = _SIDES[head.group("what")]
            totals.setdefault(what, _amount(money[0].value, line, source, what))
    order = ("total charges", "total produits", "charges", "produits")
    return next((totals[key] for key in order if key in totals), None)


def _stated_budget(lines: list[str], source: str) -> Amount | None:
    """A clause stating the budget (« Budget de 7 800 € : … », « 2160 € de charges directes »)."""
    for line in lines:
        for money in _budget_money(line):
            after = _norm(line[money.end : money.end + 30])
            if _BUDGET_CUE.search(_label_before(line, money.start)):
                return _amount(money.value, line, source, "budget indiqué")
            if _CHARGES_AFTER.match(after):
                return _amount(money.value, line, source, "charges")
    return None


def budget_from_field(text: str, source: str = MONEY_FIELD) -> Amount | None:
    """The total budget stated by a financial-resources field (see the module docstring)."""
    lines = _lines(text)
    found = _table_total(lines, source) or _stated_budget(lines, source)
    if found:
        return found
    amounts = [(line, m) for line in lines for m in _budget_money(line)]
    if len(amounts) == 1:
        return _amount(amounts[0][1].value, amounts[0][0], source, "montant indiqué")
    if running := _running_cost(amounts, source):
        return running
    if amounts:
        used = " ; ".join(dict.fromkeys(line for line, _ in amounts))
        return _amount(sum(m.value for _, m in amounts), used, source, "somme des montants")
    return None


# An amount's nature, from the words naming it: a one-off investment, or the running (yearly) cost.
_INVESTMENT = re.compile(
    r"\b(achat|achats|acquisition|investissements?|amenagements?|equipements?|travaux)\b"
)
_RUNNING = re.compile(r"\b(fonctionnement|annuel|annuels|annuelle|par an)\b")


def _running_cost(amounts: list[tuple[str, Money]], source: str) -> Amount | None:
    """Amounts of both natures (« Achat du véhicule : 42 000 € », « Fonctionnement annuel : 28 000 € ») are
    not added: the budget is the running cost, the investment said beside it."""
    natures = [(_nature(line, m), line, m) for line, m in amounts]
    running = [(line, m) for nature, line, m in natures if nature == "running"]
    invested = [m.value for nature, _, m in natures if nature == "investment"]
    if not running or not invested:
        return None
    used = " ; ".join(dict.fromkeys(line for line, _ in amounts))
    basis = f"fonctionnement, hors investissement de {format_euros(sum(invested))}"
    return _amount(sum(m.value for _, m in running), used, source, basis)


def _nature(line: str, money: Money) -> str:
    label = _label_before(line, money.start)
    if _INVESTMENT.search(label):
        return "investment"
    return "running" if _RUNNING.search(label) else ""


def budget_from_text(texts: Mapping[str, str]) -> Amount | None:
    """A sentence of the free text stating a budget or a funding amount (first one, fields in order)."""
    for name in TEXT_FIELDS:
        for sentence in _sentences(texts.get(name, "")):
            money = _budget_money(sentence)
            if money and _TEXT_MONEY_CUE.search(_norm(sentence)):
                at = sentence[money[0].start : money[0].end]
                return _amount(money[0].value, sentence, name, "montant cité dans le texte", at=at)
    return None


def _sentences(text: str) -> list[str]:
    return [s for line in _lines(text) for s in split_sentences(line)]


# -- counts of people ------------------------------------------------------------------------------

_UNITS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
}  # fmt: skip
# « une soixantaine de personnes »: an approximate count.
_ROUGHLY = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}  # fmt: skip
_VOLUNTEER = word_set("benevole")
STAFF_WORDS = word_set("salarie professionnel etp permanent employe agent personnel")
PUBLIC_WORDS = word_set(
    """participant habitant famille enfant jeune adulte parent eleve locataire senior aine femme homme mere pere
    usager beneficiaire adherent inscrit jardinier membre spectateur visiteur collegien lyceen etudiant retraite
    apprenant stagiaire menage foyer ado adolescent bebe fille garcon gen personne"""
)
NUMBER_WORDS = frozenset(_UNITS) | frozenset(_ROUGHLY)  # folded: « sept », « soixantaine »
# Searched in the lower-cased sentence (3x faster than IGNORECASE on this alternation).
_ANY_NUMBER = re.compile(r"\d|\b(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b")
# In free text « un/une » never count on their own (« une soixantaine » is found by « soixantaine »).
_TEXT_NUMBER = re.compile(
    r"\d|\b(" + "|".join(sorted(NUMBER_WORDS - {"un", "une"}, key=len, reverse=True)) + r")\b"
)
# Words after a number that say it counts no people (« 24 heures », « 3 ateliers »).
NOT_PEOPLE = word_set(
    """an annee mois jour semaine heure h minute fois euro km m metre seance atelier edition session fiche action
    projet quartier commune village groupe parcelle objet e eme er ere soir soiree sortie"""
)
# « 8 familles par atelier »: a rate (« par an » is a yearly count, kept).
_RATE_UNITS = word_set("jour semaine seance atelier soir soiree sortie mois heure groupe")
# Job nouns end like this (animatrice, coordinateur, psychologue, ludothécaire, référente…).
_JOB_ENDINGS = (
    "eur",
    "euse",
    "rice",
    "iste",
    "ien",
    "ienne",
    "aire",
    "ere",
    "logue",
    "ant",
    "ante",
    "ent",
    "ente",
)
# Words that end the few words naming what is counted.
_WINDOW_STOP = word_set(
    "dont et ou pour sur par en avec a au aux qui que ont sont soit de d du des le la les l chaque"
)
_TOKEN = re.compile(r"\d+(?:[ \u00a0\u202f.]\d{3})*(?:,\d+)?|[^\W\d_]+(?:-[^\W\d_]+)*|[^\w\s]")
_PARTICIPATION = re.compile(
    r"\b(particip\w*|venu\w*|accueilli\w*|touch\w*|inscri\w*|reuni\w*|present\w*|frequent\w*|benefici\w*"
    r"|rassembl\w*|mobilis\w*|public)\b"
)
OTHER = ""  # a count of people whose role the words do not say


@dataclass
class Count:
    value: int
    kind: str  # STAFF, VOLUNTEERS, PARTICIPANTS or OTHER
    raw: str  # as written: « 23 », « soixantaine »
    rough: bool = False  # « une soixantaine »
    part: bool = False  # after « dont » or inside brackets: part of another count, never added to it
    parent: int = -1  # inside brackets: the index of the count the brackets follow
    broken_down: bool = False  # its brackets give its parts (« 4 accueillantes (2 salariées, 2 bénévoles) »)
    noun: str = ""  # the first word counted, plural key: « adulte »
    rate: str = ""  # « 15 parents par séance »: per session (« seance »), kept only from the free text


def number_word(word: str) -> int | None:
    """The value of a folded French number word (« sept », « vingt-cinq », « soixantaine »), else None."""
    found = _word_number(word)
    return found[0] if found else None


def _word_number(word: str) -> tuple[int, bool] | None:
    """(value, approximate?) of a French number word: « sept », « vingt-cinq », « soixantaine »."""
    if word in _ROUGHLY:
        return _ROUGHLY[word], True
    parts = word.split("-")
    if not any(p in _UNITS for p in parts) or not all(p in _UNITS or p in ("et", "vingts") for p in parts):
        return None
    if parts[:2] in (["quatre", "vingt"], ["quatre", "vingts"]):
        return 80 + sum(_UNITS.get(p, 0) for p in parts[2:]), False
    return sum(_UNITS.get(p, 0) for p in parts), False


def _is(key: str, words: frozenset[str]) -> bool:
    """`key` is one of `words`, feminine forms included (« salariée », « professionnelle », « inscrite »)."""
    return key in words or any(key.startswith(w) and len(key) - len(w) <= 2 for w in words if len(w) >= 6)


def _kind_of(words: list[str], structured: bool) -> str:
    keys = [plural_key(w.replace("-", " ").split()[-1]) for w in words]
    if not keys or keys[0] in NOT_PEOPLE:
        return ""
    if any(_is(k, _VOLUNTEER) for k in keys) or keys[0].startswith("volontaire"):
        return VOLUNTEERS  # « familles volontaires » are a public: « volontaire » counts first only
    if any(_is(k, STAFF_WORDS) for k in keys):
        return STAFF
    if _is(keys[0], PUBLIC_WORDS):
        return PARTICIPANTS
    if structured and keys[0].endswith(_JOB_ENDINGS) and len(keys[0]) > 4:
        return STAFF
    return OTHER if structured else ""


def counts(sentence: str, *, structured: bool) -> list[Count]:
    """Counts of people in one sentence. `structured`: the text of `personnes_mobilisees`, where a bare
    « un/une » counts, a job noun (« 1 animatrice ») means staff and an unclassified count of people
    still adds to the people mobilised."""
    if not (_ANY_NUMBER if structured else _TEXT_NUMBER).search(sentence.lower()):
        return []  # most sentences: no figure (checked before the costlier folding)
    folded = fold(sentence)
    tokens = [(t, t) for t in _TOKEN.findall(folded)]
    found: list[Count] = []
    opener, after_dont, restated = -1, False, False
    for i, (raw, word) in enumerate(tokens):
        if word in "([":
            opener = len(found) - 1 if found and found[-1].parent < 0 else opener
        elif word in ")]":
            opener = -1
        elif word in ",;/.:":
            after_dont = False
        elif word in ("dont", "soit"):
            after_dont, restated = word == "dont", word == "soit"
        if not (word[0].isdigit() or word.split("-")[0] in _UNITS or word in _ROUGHLY):
            continue
        number = _count_value(raw, word, tokens[i + 1 : i + 2], structured)
        words = _window(tokens[i + 1 :]) if number else []
        kind = _kind_of(words, structured) if number else ""
        end = i + 1 + len(words)
        if not kind or _is_share(tokens, end) or (structured and _is_ratio(tokens, end)):
            continue
        if not structured and _not_the_actions(tokens, i, end, word, kind):
            continue
        if restated and found:  # « huit familles, soit 31 personnes »: the restatement replaces
            found.pop()
        restated = False
        in_brackets = opener >= 0
        parent = opener if in_brackets else -1
        noun = plural_key(words[0]) if words else ""
        rate = tokens[end + 1][1] if _is_ratio(tokens, end) else ""
        found.append(
            Count(number[0], kind, raw, number[1], in_brackets or after_dont, parent, noun=noun, rate=rate)
        )
    for count in found:
        if count.parent >= 0 and count.kind != OTHER:
            found[count.parent].broken_down = True
    return found


def _count_value(raw: str, word: str, following: list[tuple[str, str]], structured: bool):
    if raw[0].isdigit():
        value = int(re.sub(r"\D", "", raw.split(",")[0]))
        return (value, False) if value < 100_000 else None
    if word in ("un", "une") and (not structured or (following and following[0][1] in _ROUGHLY)):
        return None  # « une soixantaine » : the count is the next word
    return _word_number(word)


def _window(tokens: list[tuple[str, str]]) -> list[str]:
    """The up to three words after a count that say what is counted (« de » skipped right after it)."""
    words: list[str] = []
    for n, (raw, word) in enumerate(tokens):
        if n == 0 and word in ("de", "d"):
            continue
        if not raw[0].isalpha() or word in _WINDOW_STOP or len(words) == 3:
            break
        words.append(word)
    return words


# Before a count: a reference to people already counted (« ces deux bénévoles », « leurs trois enfants »).
_ANAPHORA = word_set("ces ses leurs nos vos mes")
_ACCENTED = {"seance": "séance", "soiree": "soirée", "journee": "journée", "annee": "année"}
# After it: a passive whose agent is another structure (« 140 jeunes sont suivis par la mission locale »).
_PASSIVE = re.compile(
    r"^(sont|etaient|ont ete|avaient ete|est|etait|a ete) (\w+ ){1,2}par (la|le|les|l|un|une) (?!centre)"
)
SMALL_WORD = 5  # « deux participantes »: a number word below this is rarely the headcount of a public


def _not_the_actions(tokens: list[tuple[str, str]], i: int, end: int, word: str, kind: str) -> bool:
    """Free text: a count that is not the action's own (see `_ANAPHORA`, `_PASSIVE`, `SMALL_WORD`)."""
    if i > 0 and tokens[i - 1][1] in _ANAPHORA:
        return True
    if kind == PARTICIPANTS and not word[0].isdigit() and (number_word(word) or 0) < SMALL_WORD:
        return True
    return bool(_PASSIVE.match(" ".join(w for _, w in tokens[end : end + 6])))


def _is_share(tokens: list[tuple[str, str]], i: int) -> bool:
    """« deux participants sur trois »: a share, not a count."""
    nxt = [w for _, w in tokens[i : i + 2]]
    return len(nxt) == 2 and nxt[0] == "sur" and (nxt[1].isdigit() or nxt[1] in _UNITS)


def _is_ratio(tokens: list[tuple[str, str]], i: int) -> bool:
    """« deux participants sur trois », « 8 familles par atelier »: a share or a rate, not a count."""
    nxt = [w for _, w in tokens[i : i + 2]]
    if len(nxt) < 2:
        return False
    share = nxt[0] == "sur" and (nxt[1].isdigit() or nxt[1] in _UNITS)
    return share or (nxt[0] == "par" and plural_key(nxt[1]) in _RATE_UNITS)


def _adds(count: Count, siblings: list[Count]) -> bool:
    if count.parent >= 0:
        return siblings[count.parent].broken_down
    return not count.part and not count.broken_down


def _added(items: list[tuple[Count, str]], kind: str) -> tuple[int, list[str], bool]:
    """(sum, sentences, approximate?) of the counts of one kind: a count broken down by its brackets
    gives way to its parts; counts after « dont » are never added."""
    chosen = [
        (count, sentence)
        for count, sentence, siblings in items
        if count.kind == kind and _adds(count, siblings)
    ]
    return (
        sum(c.value for c, _ in chosen),
        list(dict.fromkeys(s for _, s in chosen)),
        any(c.rough for c, _ in chosen),
    )


def people_from_field(text: str, source: str = PEOPLE_FIELD) -> dict[str, Amount]:
    """Staff, volunteers, public and the total of people mobilised, from `personnes_mobilisees`."""
    items = []
    for sentence in _sentences(text):
        found = counts(sentence, structured=True)
        items.extend((c, sentence, found) for c in found)
    team = sum(c.value for c, _, _ in items if c.kind in (STAFF, VOLUNTEERS) and not c.part)
    for count, _, _ in items:
        # « 2 ludothécaires, 1 animatrice, 2 jeunes en service civique »: a public noun no larger than the
        # team beside it is one of the team; « 1 animateur, 25 habitants »: the people reached
        if count.kind == PARTICIPANTS and count.value <= team:
            count.kind = OTHER
    out: dict[str, Amount] = {}
    for kind in (STAFF, VOLUNTEERS, PARTICIPANTS):
        total, used, rough = _added(items, kind)
        if used:
            out[kind] = _amount(total, " ; ".join(used), source, "environ" if rough else "")
    top = [(c, s) for c, s, _ in items if not c.part]
    if top:
        used = list(dict.fromkeys(s for _, s in top))
        basis = "somme des personnes citées" if len(top) > 1 else ""
        out[MOBILISED] = _amount(sum(c.value for c, _ in top), " ; ".join(used), source, basis)
    elif re.fullmatch(r"\s*\d{1,6}\s*\.?\s*", text or ""):
        out[MOBILISED] = _amount(int(re.sub(r"\D", "", text)), text.strip(), source, "")
    return out


def people_from_text(texts: Mapping[str, str]) -> dict[str, Amount]:
    """Counts of each kind in the free text: for each kind, a total before a per-session count (« 15 parents
    par séance »), then (public only) the sentence with a participation word, then the largest count (two
    counts of one sentence are added: « 23 adultes et 18 enfants »)."""
    best: dict[str, tuple[tuple[bool, bool, int], Amount]] = {}
    for name in TEXT_FIELDS:
        for sentence in _sentences(texts.get(name, "")):
            found = [c for c in counts(sentence, structured=False) if not c.part]
            cue = bool(found) and bool(_PARTICIPATION.search(_norm(sentence)))
            for kind in {c.kind for c in found}:
                mine = [c for c in found if c.kind == kind]
                rate = next((c.rate for c in mine if c.rate), "")
                key = (not rate, cue and kind == PARTICIPANTS, _group_value(mine))
                if kind not in best or key > best[kind][0]:
                    basis = (
                        "environ"
                        if any(c.rough for c in mine)
                        else (f"par {_ACCENTED.get(rate, rate)}" if rate else "")
                    )
                    best[kind] = (key, _amount(key[2], sentence, name, basis, at=mine[0].raw))
    return {kind: amount for kind, (_, amount) in best.items()}


def _group_value(found: list[Count]) -> int:
    """Two counts of different people in a sentence are parts of one group (« 23 adultes et 18 enfants »);
    otherwise (« 30 personnes … en groupes de 8 personnes », sessions, years) the largest."""
    if len(found) == 2 and found[0].noun != found[1].noun:
        return found[0].value + found[1].value
    return max(c.value for c in found)


# -- everything at once ----------------------------------------------------------------------------


def derive(texts: Mapping[str, str]) -> dict[str, Amount | None]:
    """Every typed field (`AMOUNT_FIELDS`) from a fiche's texts (field name → text; missing = empty)."""
    out: dict[str, Amount | None] = dict.fromkeys(AMOUNT_FIELDS)
    out[BUDGET] = budget_from_field(texts.get(MONEY_FIELD, "")) or budget_from_text(texts)
    out.update(people_from_field(texts.get(PEOPLE_FIELD, "")))
    if any(out[kind] is None for kind in (STAFF, VOLUNTEERS, PARTICIPANTS)):
        for kind, amount in people_from_text(texts).items():
            out[kind] = out[kind] or amount
    return out


def derive_from(get: Callable[[str], str]) -> dict[str, Amount | None]:
    """`derive` over an accessor (`lambda name: getattr(fiche, name)`)."""
    return derive({name: get(name) or "" for name in SOURCE_FIELDS})
