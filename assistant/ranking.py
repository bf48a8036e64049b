"""Ranking questions: the typed figure a superlative names, the order and how many fiches (`rank_spec`),
the figure a comparative names between compared fiches (`compare_spec`), and the words that say what is
ranked on, never what the fiches are about (`measure_words`, `ranking_words`, `ranking_span`).

    rank_spec("les 3 actions les plus cheres")             # RankSpec("budget", True, 3, plural=True)
    rank_spec("quelle action a demarre en premier")        # RankSpec(START, False, 3)
    compare_spec("laquelle a plus de benevoles")           # RankSpec("nb_benevoles", True, 3)
    ranking_words("quelle action a recu le plus de la caf")  # {"a", "recu", "plus", "de"}

A superlative (« le/la/les plus|moins », « most », « cheapest », « classement ») ranks when it is next to the
words of a typed figure of the schema (`fields.Measure`: words after it — « le plus de bénévoles », « le plus
cher », « le plus gros budget » —, verbs before it — « a coûté le plus » —, or a noun before it when a size
adjective follows — « le budget le plus élevé »); « la plus ancienne », « le plus récent », « depuis le plus
longtemps » rank on the year an action started (`START`, read by `aspects.start_figure`); a partner named
right after « le plus de » (« touche le plus de l'ARS ») ranks on that partner's money; a familiar word names
its figure (« pros »); « le plus de familles » counts a noun in the text (`counted_noun`).
Everything works on the normalised question (`ingest.text.normalise`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from assistant.glossary import familiar_standard
from assistant.thresholds import Bound, bound_of
from ingest import amounts, fields, structures
from ingest.lemmas import is_french, is_verb_form, lemma, readings
from ingest.partners import default_gazetteer
from ingest.text import GENERIC, STOPWORDS, normalise, normalised_words, plural_key, word_set

_ARTICLES = {"le", "la", "les", "l", "the"}
_DOWN_WORDS = {"moins", "least", "cheapest", "lowest", "smallest", "minimum", "min"}
_SUPERLATIVE_WORDS = word_set(
    """most least cheapest costliest highest lowest biggest largest smallest maximum minimum classement classer
    classez classe palmares top trie trier triez ordonne rank sort"""
)
# Adjectives of size after a superlative (« le plus gros », « les plus conséquents », « le plus modeste »),
# with their morphology.
_SIZE = re.compile(
    r"(eleve|important|gros|grand|haut|fort|large|consequent|considerable|substantiel|enorme|massi[fv]"
    r"|faible|bas|petit|modeste|maigre|minime|reduit)(e|s|es|se|ses|le|les)?"
)
_DOWN_SIZE = re.compile(r"(faible|bas|petit|modeste|maigre|minime|reduit)(e|s|es|se|ses)?")
NUMBERS = {
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
}
# Words between a superlative (or « classer ») and the figure it names: « le plus grand nombre de bénévoles »,
# « classer les actions par budget ».
_FILLER = word_set(
    """de d du des grand nombre gros grosse eleve elevee important importante plus moins the number of a an est
    sont ete les par selon leur leurs en fonction actions projets fiches by projects triees classees"""
)
_BUDGET_WORDS = {"cheapest", "costliest"}
# Verbs of receiving money: « reçoit le plus de la Caf » ranks on money when no figure's noun follows.
_RECEIVING = (
    r"recoi\w*|recu\w*|percoi\w*|percu\w*|obtient|obtiennent|obtenu\w*|beneficie\w*|receives?|received|gets?|got"
    r"|touch(?:e|es|ent|er|ait|aient|ee|ees)|empoch\w*|encaiss\w*"
)

_COMPARATIVES = {"plus", "moins", "davantage", "more", "less", "fewer"}
_DOWN_COMPARATIVES = {"moins", "less", "fewer"}
# Nouns of money the schema's budget words lack, naming an amount after a superlative (« la plus grosse somme
# de la Caf », « le plus de subventions »): ranked in euros (a partner's share when one is named, `aspects`).
MONEY_NOUNS = r"sommes?|subventions?|financements?|euros?|aides? financieres?|dotations?"
# « quelles actions… », « les projets qui… »: several fiches asked.
_PLURAL_SUBJECT = re.compile(
    r"\b(quels|quelles|lesquels|lesquelles|les (actions|projets|fiches|centres|initiatives))\b"
)
SET_NOUNS = re.compile(r"(actions?|projets?|fiches?|initiatives?|centres?|structures?|experiences?)")
DEFAULT_SHOWN = 3  # a singular superlative shows the first three, so the answer can be checked
PLURAL_SHOWN = 5


@dataclass(frozen=True)
class RankSpec:
    """What a ranking question asks: the typed figure, the order, how many fiches."""

    field: str
    descending: bool = True
    n: int = DEFAULT_SHOWN
    plural: bool = False  # « les actions les plus chères »: several asked
    # « le plus de familles / de séances »: the noun counted in each fiche's text (`aspects.noun_figure`),
    # "" for a typed figure; `field` is then the typed figure a people noun falls back to (participants).
    noun: str = ""
    # « le plus de personnes de décrocher un emploi ou une formation »: the content words of the outcome the
    # people counted reached (« emploi », « formation »), read as a count in the text (`aspects.outcome_figure`).
    outcome: tuple[str, ...] = ()
    # « un budget de plus de 30 000 € »: the condition the fiches listed pass (`thresholds`), no superlative
    bound: Bound | None = None


def rank_spec(norm: str) -> RankSpec | None:
    """The ranking a question asks for (see the module docstring), else None; without a superlative, a
    numeric condition on a typed figure (« un budget de plus de 30 000 € »: `thresholds`) lists the fiches
    passing it, the farthest from the bound first."""
    words = standard_words(norm)
    spec = _superlative_spec(words)
    if spec is None and (bound := bound_of(words)) is not None:
        return RankSpec(bound.field, bound.above, PLURAL_SHOWN, True, bound=bound)
    return spec


def _superlative_spec(words: list[str]) -> RankSpec | None:
    for i in range(len(words)):
        if _first_started(words, i):  # « lequel a démarré en premier / en dernier »
            return RankSpec(START, words[i].startswith("dernier"), *_how_many(words, i))
        if not _is_superlative(words, i):
            continue
        field = _measure_near(words, i)
        noun = counted_noun(words, i, field)
        if field == START:  # « le plus ancien » ranks the oldest first, « le plus récent » the latest
            return RankSpec(START, words[i + 1] in _START_LATEST, *_how_many(words, i))
        if field or noun:
            outcome = tuple(w for w in outcome_clause(words, i) if w not in STOPWORDS and len(w) > 2)[1:]
            spec = RankSpec(field or PARTICIPANTS, _descending(words, i), *_how_many(words, i), noun=noun)
            return RankSpec(spec.field, spec.descending, spec.n, spec.plural, noun, outcome)
    return None


# The words opening an outcome after a counted people noun: « de / à décrocher… », « qui ont trouvé… ».
_OUTCOME_OPENERS = {"de", "d", "a", "qui"}


def outcome_clause(words: list[str], i: int) -> list[str]:
    """The clause saying what the people counted by the superlative at `i` reached (« le plus de personnes |
    de décrocher un emploi ou une formation », « le plus de jeunes | à obtenir leur permis », « qui ont trouvé
    un travail »): its verb first, then its words; [] when the people noun has no such clause."""
    if words[i] not in ("plus", "moins"):
        return []
    j = next((k for k in range(i + 1, len(words)) if words[k] not in _FILLER), len(words))
    if words[j - 1 : j] not in (["de"], ["d"]) or len(words) < j + 3:  # « le plus (grand nombre) de jeunes »
        return []
    noun, opener = words[j], words[j + 1]
    people = plural_key(noun) in amounts.PUBLIC_WORDS or family_field(noun) == PARTICIPANTS
    if not people or opener not in _OUTCOME_OPENERS:
        return []
    rest = words[j + 2 :]
    if opener == "qui":
        rest = [w for k, w in enumerate(rest) if w not in _AUXILIARY or k > 2]
    if not rest or rest[0] in _ARTICLES or rest[0] in STOPWORDS:  # « le plus de personnes de la ville »
        return []
    return rest


def standard_words(norm: str) -> list[str]:
    """The question's words, a familiar word or truncation read as the one standard word a fiche writes
    (`glossary.familiar_standard`: « pros » → « professionnel », « benevs » → « benevole »), so that a
    figure is named in either register; as many words as the question has."""
    out = []
    for word in norm.split():
        standard = [w for w in map(normalise, familiar_standard(word)) if " " not in w and _names_figure(w)]
        out.append(standard[0] if standard and len(word) > 2 and word not in _START_AGE else word)
    return out


def _names_figure(word: str) -> bool:
    """A word naming a typed figure (« professionnel », « argent »): what a familiar word may stand for."""
    return _names_measure(word) or bool(_compiled(MONEY_NOUNS).fullmatch(word))


# The start of an action (its first year in the text, `aspects.start_figure`): « la plus ancienne », « le plus
# récent », « depuis le plus longtemps », « démarré le plus tôt / tard ».
START = "debut"
_START_AGE = word_set(
    "ancien ancienne anciens anciennes vieux vieille vieilles recent recente recents recentes"
)
_START_LATEST = word_set("recent recente recents recentes tard")
_START_VERBS = re.compile(
    r"(demarr|commenc|lanc|cree|creation|debut|existe|ouvert|mis|mise|nee?s?$|fonde|date)"
)


PARTICIPANTS = "nb_participants"
# People a typed figure counts as a whole (« le plus de participants / de monde »): ranked on that figure.
_WHOLE_PEOPLE = word_set(
    "participant beneficiaire inscrit monde personne gen gens habitant public frequentation people attendance"
)
# What else a quantity superlative may count in the text (« le plus de familles, de jeunes, de séances,
# d'heures »): the people and activity units `ingest.amounts` reads after a number, and a few more units
# of what centres do; never durations nor the fiches themselves.
COUNTED_UNITS = (
    amounts.PUBLIC_WORDS
    | amounts.NOT_PEOPLE
    | word_set("permanence repas trajet panier colis livre spectacle rencontre visite evenement animation")
    | word_set("partenaire")  # the partners a fiche declares (`aspects.partner_count`)
) - word_set("fiche action projet e eme er ere h m euro km metre an annee mois jour semaine fois minute")


def counted_noun(words: list[str], i: int, field: str) -> str:
    """The noun a quantity superlative at `i` counts in the text (« le plus de familles » → « familles »),
    when it is no typed figure's whole (participants, bénévoles, budget…); "" otherwise."""
    if field not in ("", PARTICIPANTS) or words[i] not in ("plus", "moins"):
        return ""
    after = [w for w in words[i + 1 : i + 6] if w not in _FILLER or w in ("de", "d")]
    if after[:1] not in (["de"], ["d"]) or len(after) < 2:
        return ""
    key = plural_key(after[1])
    return after[1] if key in COUNTED_UNITS and key not in _WHOLE_PEOPLE else ""


def compare_spec(norm: str) -> RankSpec | None:
    """The figure two to four fiches are compared on: a superlative's (`rank_spec`), or a comparative's
    (« lequel a plus de bénévoles », « davantage de participants », « more volunteers »)."""
    if spec := rank_spec(norm):
        return spec
    words = norm.split()
    for i, word in enumerate(words):
        if word in _COMPARATIVES and (field := _measure_near(words, i)):
            return RankSpec(field, word not in _DOWN_COMPARATIVES, DEFAULT_SHOWN)
    return None


def _is_superlative(words: list[str], i: int) -> bool:
    """« le/la/les plus|moins|mieux », or a superlative word (« cheapest », « classement »)."""
    word = words[i]
    if word not in ("plus", "moins", "mieux") or i == 0:
        return word in _SUPERLATIVE_WORDS
    before, after = words[i - 1], words[i + 1] if i + 1 < len(words) else ""
    # Contracted articles: « du plus gros budget », « au plus de personnes » (never « au plus 10 »).
    contracted = after in ("de", "d") or bool(_SIZE.fullmatch(after))  # « au plus grand nombre de »
    return before in _ARTICLES or before == "du" or (before in ("au", "aux") and contracted)


def _descending(words: list[str], i: int) -> bool:
    after = words[i + 1] if i + 1 < len(words) else ""
    return not (words[i] in _DOWN_WORDS or _DOWN_SIZE.fullmatch(after))


def _how_many(words: list[str], i: int) -> tuple[int, bool]:
    """(fiches to show, plural asked?): « les 3 … », « top 5 », « les plus … » (plural) or one."""
    for j, word in enumerate(words[: i + 3]):
        counted = words[j + 1 : j + 2] and SET_NOUNS.fullmatch(words[j + 1])
        if j < i - 4 and not counted:
            continue  # far before the superlative, only « les 3 projets qui … »
        if word.isdigit() and 1 < int(word) <= 20:
            return int(word), True
        if word in NUMBERS:
            return NUMBERS[word], True
    plural = (i > 0 and words[i - 1] == "les") or bool(_PLURAL_SUBJECT.search(" ".join(words[:i])))
    return (PLURAL_SHOWN, True) if plural else (DEFAULT_SHOWN, False)


def _measure_near(words: list[str], i: int) -> str:
    """The typed figure named around the superlative at `i` (lowest `Measure.rank` when several), `START`
    for the age of an action, "budget" for the money of a partner named after it (« le plus de l'ARS »)."""
    after = [w for w in words[i + 1 : i + 8] if w not in _FILLER and not _SIZE.fullmatch(w)][:2]
    if _asks_start(words, i):
        return START
    if _partner_after(words, i):
        return "budget"  # « touche le plus de l'ARS »: a partner's amount (`aspects.asked_partner`)
    if words[i] in _BUDGET_WORDS or _any_match(MONEY_NOUNS, after):
        return "budget"
    found: list[str] = []
    size_follows = i + 1 < len(words) and bool(_SIZE.fullmatch(words[i + 1]))
    # « toucher les familles les plus pauvres »: the superlative qualifies a noun, the verb before names nothing
    before = [] if qualifies_noun(words, i) else words[max(0, i - 4) : i]
    if named := _verb_and_noun(before, after):
        return named
    if after and _head_noun_field(words, i) == "budget":
        return "budget"  # « touche le plus gros montant »: a money noun names it, whatever the verb
    if _received_thing(words, i, before):
        return "budget"  # « touche le plus gros chèque »: a thing received, in a size, is money
    if size_follows and (noun := _noun_before(words, i)):
        return noun  # « a mobilisé les sommes les plus importantes »: the noun, not the verb, names it
    for name in fields.measure_fields():
        measure = fields.measure(name)
        if (
            _any_match(measure.words, after)
            or _bigram_match(measure.words, words[i + 1 : i + 5])
            or measure.verbs
            and _any_match(measure.verbs, before)
            or size_follows
            and _any_match(measure.words, before)
        ):
            found.append(name)
    if (
        not found
        and _any_match(_RECEIVING, before)
        and words[i + 1 : i + 2] in (["de"], ["d"], ["du"], [], ["des"])
    ):  # « reçoit le plus de la Caf », « laquelle a reçu le plus ? »
        return "budget"  # « reçoit le plus de la Caf »: money received, from whom `aspects` reads
    if not found:  # « les plus grosses enveloppes », « le plus de convives », « l'enveloppe la plus grosse »
        found = [f for w in (*after, *(before[-3:] if size_follows else ())) if (f := family_field(w))]
    return found[0] if found else ""


_COUNT_ADJECTIVE = re.compile(r"nombreu(x|se|ses)")


def qualifies_noun(words: list[str], i: int) -> bool:
    """Is the superlative at `i` an adjective's, postposed to a noun (« les familles les plus pauvres », « les
    habitants les plus isolés », « les jeunes les plus éloignés de l'emploi »)? Its article follows a word that
    is no verb form and an adjective follows it that is no size, no count (« nombreuses ») and names no figure:
    the people it qualifies are a public, never a ranking's figure."""
    if words[i] not in ("plus", "moins") or i < 2 or words[i - 1] not in _ARTICLES or i + 1 >= len(words):
        return False
    noun, adjective = words[i - 2], words[i + 1]
    if noun in STOPWORDS or is_verb_form(noun) or adjective in _FILLER or adjective in STOPWORDS:
        return False
    if _SIZE.fullmatch(adjective) or _COUNT_ADJECTIVE.fullmatch(adjective) or adjective in _START_AGE:
        return False
    figure = any(_any_match(fields.measure(n).words, [adjective]) for n in fields.measure_fields())
    return not figure and not family_field(adjective) and not _compiled(MONEY_NOUNS).fullmatch(adjective)


# The everyday words of each typed figure's family, as lemmas (`ingest.lemmas.lemma`): the content words of
# its label (`fields.label`) that no other figure's label has, and the usual words for the same quantity —
# money (« enveloppe », « dépenses », « financières »), people reached (« monde », « convives », « foule »).
# Read only when the schema's own words (`fields.Measure`) name no figure around a superlative.
_FAMILY_WORDS: dict[str, str] = {
    "budget": """budget cout prix depense enveloppe somme financement subvention financier financierement
        budgetaire onereux cher couteux argent montant dotation investissement tresorerie""",
    "nb_benevoles": "benevole volontaire benevolat",
    "nb_salaries": "salarie professionnel permanent employe personnel",
    "nb_participants": """participant monde foule convive visiteur spectateur public frequentation affluence
        audience assistance invite inscrit usager beneficiaire gens personne""",
}


@cache
def measure_families() -> dict[str, frozenset[str]]:
    """Typed figure → the lemmas of its family (see `_FAMILY_WORDS`), built once from the schema's labels."""
    labels = {
        name: {lemma(w) for w in normalised_words(fields.label(name)) if w not in STOPWORDS and len(w) > 2}
        for name in fields.measure_fields()
    }
    shared = Counter(w for words in labels.values() for w in words)
    return {
        name: frozenset({w for w in words if shared[w] == 1} | word_set(_FAMILY_WORDS.get(name, "")))
        for name, words in labels.items()
    }


def figure_word(word: str) -> str:
    """The typed figure one word names — a schema word or verb (`fields.Measure`), a money noun, a word of a
    figure's family —, "" for none."""
    if _compiled(MONEY_NOUNS).fullmatch(word):
        return "budget"
    for name in fields.measure_fields():
        measure = fields.measure(name)
        if _any_match(measure.words, [word]) or (measure.verbs and _any_match(measure.verbs, [word])):
            return name
    return family_field(word)


def family_field(word: str) -> str:
    """The typed figure whose family the word belongs to (by its lemma or plural key), in `Measure.rank`
    order; "" for none."""
    if len(word) < 3 or word in STOPWORDS:
        return ""
    keys = {word, plural_key(word), lemma(word)}
    return next((name for name, family in measure_families().items() if keys & family), "")


@cache
def _people_measure_pattern() -> str:
    """The schema's words of the figures counting people (every typed figure but the budget)."""
    return "|".join(fields.measure(n).words for n in fields.measure_fields() if n != "budget")


def _received_thing(words: list[str], i: int, before: list[str]) -> bool:
    """« touche le plus gros chèque », « empoche la plus grosse part »: a verb of receiving, a size adjective
    and the noun it qualifies, no word of a figure counting people (« touche le plus grand public »)."""
    if not (_any_match(_RECEIVING, before) and i + 2 < len(words) and _SIZE.fullmatch(words[i + 1])):
        return False
    noun = words[i + 2]
    people = _any_match(_people_measure_pattern(), [noun]) or family_field(noun) not in ("", "budget")
    return noun not in _FILLER and noun not in _ARTICLES and not people


def _head_noun_field(words: list[str], i: int) -> str:
    """The figure whose family holds the first content word after the superlative's size and filler words
    (« le plus gros | montant »), when it is a noun — after a size adjective, or no verb form (« le plus |
    touche ») —; "" otherwise."""
    sized = False
    for word in words[i + 1 : i + 6]:
        sized = sized or bool(_SIZE.fullmatch(word))
        if word in _FILLER or _SIZE.fullmatch(word) or word in _ARTICLES:
            continue
        return family_field(word) if sized or not is_verb_form(word) else ""
    return ""


def _noun_before(words: list[str], i: int) -> str:
    """The figure the noun right before a postposed superlative's article names (« les sommes | les plus
    importantes », « le budget | le plus élevé »): a money noun, a schema word, a family word; "" else."""
    noun = words[i - 2] if i >= 2 and words[i - 1] in _ARTICLES else ""
    if not noun:
        return ""
    if _compiled(MONEY_NOUNS).fullmatch(noun):
        return "budget"
    named = [name for name in fields.measure_fields() if _any_match(fields.measure(name).words, [noun])]
    return named[0] if named else family_field(noun)


def _asks_start(words: list[str], i: int) -> bool:
    """« la plus ancienne », « le plus récent »; « depuis le plus longtemps »; « le plus tôt / tard » after a
    verb of starting (« a démarré le plus tôt »; not « ouvre le plus tôt le matin »)."""
    after = words[i + 1] if i + 1 < len(words) else ""
    if words[i] not in ("plus", "moins") or not after:
        return False
    before = words[max(0, i - 4) : i]
    if after in _START_AGE:
        return True
    if after == "longtemps":
        return "depuis" in before
    return after in ("tot", "tard") and any(_START_VERBS.match(w) for w in before)


def _first_started(words: list[str], i: int) -> bool:
    """« en premier / en dernier » after a verb of starting (« a été lancée en premier »)."""
    if words[i] not in ("premier", "premiere", "dernier", "derniere") or i < 2 or words[i - 1] != "en":
        return False
    return any(_START_VERBS.match(w) for w in words[max(0, i - 4) : i - 1])


def _partner_after(words: list[str], i: int) -> bool:
    """« le plus de l'ARS », « le moins du Département »: a partner of the gazetteer (any of its variants)
    right after the superlative and « de »."""
    if words[i] not in ("plus", "moins") or words[i + 1 : i + 2] not in (["de"], ["d"], ["du"], ["des"]):
        return False
    rest = words[i + 2 : i + 8]
    rest = rest[1:] if rest[:1] and rest[0] in ("la", "le", "l", "les") else rest
    text = f"{' '.join(rest)} "
    return any(text.startswith(f"{variant} ") for variant in _partner_variants())


@cache
def _partner_variants() -> tuple[str, ...]:
    return tuple(v for spec in default_gazetteer().specs for v in spec.variants if v)


def _verb_and_noun(before: list[str], after: list[str]) -> str:
    """The figure whose name the verb before the superlative and the noun after it make together: « a
    mobilisé le plus de personnes » is the « nombre de personnes mobilisées », whatever words follow
    (« salariés et bénévoles compris »); '' when none."""
    head = after[0] if after else ""
    for name in fields.measure_fields():
        measure = fields.measure(name)
        noun = measure.noun.removeprefix("nombre de ").split()
        if (
            measure.verbs
            and len(noun) > 1
            and normalise(noun[0]) == head
            and _any_match(measure.verbs, before)
        ):
            return name
    return ""


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{pattern})")


def _any_match(pattern: str, words: Iterable[str]) -> bool:
    regex = _compiled(pattern)
    return any(regex.fullmatch(w) for w in words)


def _bigram_match(pattern: str, words: list[str]) -> bool:
    regex = _compiled(pattern)
    return any(regex.fullmatch(f"{a} {b}") for a, b in zip(words, words[1:], strict=False))


# The verb group before a superlative: auxiliaries, clitics, prepositions (« y a-t-il eu », « s'appuie sur »).
_AUXILIARY = word_set(
    """a ont avait avaient aura est sont etait etaient ete eu t il elle ils elles on y s se sur avec en fait font
    le la les l plus moins"""
)
_CONJUGATED = {"a", "ont", "avait", "avaient", "aura", "est", "sont", "etait", "etaient"}
_CLITICS = _AUXILIARY - _ARTICLES - {"plus", "moins"}
_HEAD_STOP = word_set("de d du des pour")


def ranking_words(norm: str) -> set[str]:
    """The words a ranking question uses to say what it ranks on, never what the fiches are about: its verb
    group before the superlative (« a reçu », « s'appuie sur », « fait tourner », « emploie ») and the span
    from the superlative to the figure (« le plus gros contingent de bénévoles »), with `measure_words`."""
    named = measure_words(norm) | ranking_span(norm) | kind_nouns(norm) | structure_abbreviations(norm)
    named |= pooled_words(norm) | frame_verbs(norm)
    return named | figure_tail(norm, named)


_POOLING = word_set("tous toutes tout")
_POOLED_SPAN = 4  # words between « tous » and « confondus » (« tous départements et années confondus »)


def pooled_words(norm: str) -> set[str]:
    """The words a pooling phrase spans (« tous départements confondus », « toutes années comprises »): what
    the ranking runs across, never a topic the fiches must hold."""
    words = norm.split()
    out: set[str] = set()
    for i, word in enumerate(words):
        if word not in _POOLING:
            continue
        for j in range(i + 2, min(len(words), i + 2 + _POOLED_SPAN)):
            if words[j] in _QUALIFIERS:
                out |= set(words[i : j + 1])
                break
    return out


_INTERROGATIVES = word_set("quel quelle quels quelles")
_DETERMINERS = word_set("le la les l un une des du son sa ses leur leurs")


def frame_verbs(norm: str) -> set[str]:
    """The verb of the question's frame « quelle fiche | affiche | le budget … »: after an interrogative and
    a noun of the fiches (`GENERIC`: « fiche », « action », « projet »), a word one of whose readings is a
    verb and that a determiner and a noun follow says how the fiche holds the figure, never its topic."""
    words = norm.split()
    out: set[str] = set()
    for i in range(len(words) - 4):
        head, noun, word, det, after = words[i : i + 5]
        if head not in _INTERROGATIVES or noun not in GENERIC or det not in _DETERMINERS:
            continue
        if word not in STOPWORDS and _noun_phrase_at(words, i + 4) and _has_verb_reading(word):
            out.add(word)
    return out


def _noun_phrase_at(words: list[str], i: int) -> bool:
    """Does a noun phrase follow the determiner — a noun, or a prenominal superlative and its noun (« le plus
    gros budget »), not a postposed superlative alone (« la moins chère »)?"""
    if words[i] not in ("plus", "moins"):
        return True
    return i + 2 < len(words) and bool(_SIZE.fullmatch(words[i + 1]))


def _has_verb_reading(word: str) -> bool:
    """Is one of the word's readings a verb's infinitive other than itself (« affiche » → « afficher »)?"""
    return is_verb_form(word) or any(r != word and r.endswith(("er", "ir", "re")) for r in readings(word))


def figure_tail(norm: str, named: set[str]) -> set[str]:
    """Words ending a ranking right after the figure it counts (« le plus de professionnels engagés |
    dessus », « … de bénévoles | là-dessus », « … de salariés | dedans »): an invariable word (no other
    reading in the lemma table) no article nor preposition introduces is no noun phrase saying what the
    fiches are about — an adverb standing for the actions ranked. A topic after the figure comes with its
    preposition (« … de bénévoles pour les jeunes ») or agrees with it (« … de bénévoles seniors »)."""
    words = standard_words(norm)
    written = norm.split()
    out: set[str] = set()
    for i in range(len(words)):
        end = _figure_end(words, i) if _is_superlative(words, i) else None
        if end is None:
            continue
        k = end + 1
        while k < len(words) and (written[k] in named or words[k] in named or written[k] in _PARTICIPLE_GAP):
            k += 1  # the figure's participles (« engagés », « mobilisés »), already out of the topic
        if k + 2 == len(words) and written[k] in ("la", "ci"):  # « là-dessus », « là-dedans », « ci-dessus »
            k += 1
        run = []
        while k < len(words) and written[k] not in STOPWORDS:
            run.append(written[k])
            k += 1
        if run and not any(readings(w) for w in run):  # « seniors », « jeunes »: inflected, a noun qualifying
            out.update(run)
    return out


def _figure_end(words: list[str], i: int) -> int | None:
    """The index of the word naming the counted figure of « le plus (grand nombre) de N » at `i`, else None."""
    if words[i] not in ("plus", "moins") or not _quantity_after(words, i - 1):
        return None
    for j in range(i + 1, min(len(words), i + 7)):
        if _names_measure(words[j]) or plural_key(words[j]) in COUNTED_UNITS or family_field(words[j]):
            return j
    return None


# The usual abbreviations of the kinds of structure the base's centres are (« la MPT de Kervénanec », « le CSC
# Audrey Bartier »): part of the reference to a centre, which its name or the centre facet says, never a topic.
STRUCTURE_KINDS = structures.NAMES


def structure_abbreviations(norm: str) -> set[str]:
    """The question's abbreviations of a kind of structure (`STRUCTURE_KINDS`, plural-insensitive)."""
    return {w for w in norm.split() if w in STRUCTURE_KINDS or plural_key(w) in STRUCTURE_KINDS}


# Nouns of a kind of action as such (« quel événement », « les manifestations »): the fiches ranked, like
# « action » or « projet » (`ingest.text.GENERIC`), never a topic a title or a text must hold.
_KIND_NOUNS = word_set("evenement manifestation operation dispositif rendez-vous temps-fort")


def kind_nouns(norm: str) -> set[str]:
    """The question's words naming the kind of thing ranked (`_KIND_NOUNS`, plural-insensitive)."""
    return {w for w in norm.split() if plural_key(w) in _KIND_NOUNS or w in _KIND_NOUNS}


def ranking_span(norm: str) -> set[str]:
    """The verb group and the span to the figure of each superlative naming a figure — the words a facet
    trigger must lie in to be what is ranked on (« le plus de jeunes ») rather than a scope (« pour les
    jeunes, laquelle a coûté le moins »). Familiar words are read as their standard word (« pros »)."""
    words = standard_words(norm)
    written = dict(zip(words, norm.split(), strict=True))
    out: set[str] = set()
    for i in range(len(words)):
        if _is_superlative(words, i) and (_measure_near(words, i) or counted_noun(words, i, "")):
            out |= _verb_group(words, i - 1 if words[i] in ("plus", "moins", "mieux") else i)
            out |= _span_to_measure(words, i)
            if i + 1 < len(words) and _SIZE.fullmatch(words[i + 1]):  # « l'enveloppe la plus grosse »
                out |= {w for w in words[max(0, i - 3) : i] if family_field(w)}
    return {written.get(w, w) for w in out} | pooled_words(norm)  # « tous publics confondus »: no scope


def _verb_group(words: list[str], article: int) -> set[str]:
    """Walking back from the superlative's article: auxiliaries and clitics, and one lexical verb — a word
    next to an auxiliary (« a reçu », « s'appuie sur », « trouve-t-on ») or before « le plus de » (« emploie
    le plus de ») —, unless a conjugated « a / ont / est » is the verb itself. A noun before a postposed
    superlative (« le projet environnement le moins coûteux ») stays a topic."""
    group: set[str] = set()
    lexical = 0
    quantity = _quantity_after(words, article)
    quantity = quantity or words[article] in ("du", "au", "aux")  # « dispose du plus gros budget »
    top = article - 1
    if (verb := _complemented_verb(words, article)) is not None:  # « a mis sur le pont le plus de … »
        group |= set(words[verb:article])
        lexical, top = 1, verb - 1
    for j in range(top, -1, -1):
        word = words[j]
        if word in _AUXILIARY:
            group.add(word)
            lexical = lexical or int(word in _CONJUGATED)  # « a » is the verb: no lexical verb before it
            continue
        before, after = (words[j - 1] if j > 0 else ""), words[j + 1]
        verb = before in _CLITICS or (after in _CLITICS and after not in _ARTICLES) or quantity
        if lexical or before in _HEAD_STOP or not verb:
            break
        group.add(word)
        lexical = 1
    return group


# Prepositions opening the complement of a verb phrase (« mettre sur le pont », « mettre en jeu », « faire
# appel à », « embarquer dans l'aventure »): the complement belongs to the verb, not to the topic.
_VERB_COMPLEMENT = word_set("sur en a au aux dans")
_COMPLEMENT_WORDS = 2  # content words of such a complement


def _complemented_verb(words: list[str], article: int) -> int | None:
    """The index of a participle right after a conjugated auxiliary whose prepositional complement fills
    the words up to the superlative's article (« a | mis sur le pont | le plus grand nombre de … »), else
    None. Never a scope (« pour les jeunes »: `pour` opens none)."""
    for prep in range(article - 2, max(0, article - 2 - _COMPLEMENT_WORDS - 1), -1):
        if words[prep] not in _VERB_COMPLEMENT or prep < 2:
            continue
        between = words[prep + 1 : article]
        content = [w for w in between if w not in _ARTICLES]
        if not content or len(content) > _COMPLEMENT_WORDS or any(w in STOPWORDS for w in content):
            return None
        participle, auxiliary = words[prep - 1], words[prep - 2]
        if auxiliary in _CONJUGATED and participle not in _AUXILIARY and participle not in STOPWORDS:
            return prep - 1
        return None
    return None


def _quantity_after(words: list[str], article: int) -> bool:
    """Does « de » follow the superlative at `article` + 1 past its size words (« le plus | grand nombre
    de »)?"""
    j = article + 2
    while j < len(words) and (words[j] in _FILLER or _SIZE.fullmatch(words[j])) and words[j] not in _OF_WORDS:
        j += 1
    return j < len(words) and words[j] in _OF_WORDS


_OF_WORDS = {"de", "d", "des"}


def _span_to_measure(words: list[str], i: int) -> set[str]:
    """The words from the superlative to the first word naming a typed figure, within six words."""
    for j in range(i + 1, min(len(words), i + 7)):
        if any(_any_match(fields.measure(name).words, [words[j]]) for name in fields.measure_fields()):
            return set(words[i : j + 1])
        # « le plus de séances », « le plus de convives »
        if plural_key(words[j]) in COUNTED_UNITS or family_field(words[j]):
            return set(words[i : j + 1])
    return set(words[i : i + 2])


def measure_words(norm: str) -> set[str]:
    """The question's words that name a typed figure or a superlative (left out of a ranking's topic)."""
    out: set[str] = set()
    standard = standard_words(norm)
    for i, (written, word) in enumerate(zip(norm.split(), standard, strict=True)):
        if word in ("plus", "moins") and i + 1 < len(standard):
            out |= set(outcome_clause(standard, i))  # the outcome counted is the figure, not a topic
        if word != written and _names_measure(word):
            out.add(written)  # « pros »: « professionnels »
        if _first_started(standard, i):
            out.add(written)
        if (
            word in _SUPERLATIVE_WORDS
            or word in _START_AGE
            or word in ("longtemps", "tot", "tard")
            or word in _DOWN_WORDS
            or _SIZE.fullmatch(word)
            or word in ("plus", "moins", "mieux")
            or word in _QUALIFIERS
            or _compiled(MONEY_NOUNS).fullmatch(word)
        ):
            out.add(word)
        for name in fields.measure_fields():
            measure = fields.measure(name)
            if _any_match(measure.words, [word]) or (measure.verbs and _any_match(measure.verbs, [word])):
                out.add(word)
    out |= figure_conjuncts(norm.split(), out)
    return out | measure_participles(norm.split(), standard, out)


# Endings of a past participle agreeing with a plural or feminine noun (« engagés », « accueillies »,
# « investis », « venus »), read on folded words.
_PARTICIPLE_END = re.compile(r"\w{3,}(?:e|es|ee|ees|i|is|ie|ies|u|us|ue|ues)")
_PARTICIPLE_GAP = {"/", "et", "ou", ","}


def measure_participles(written: list[str], standard: list[str], measure: set[str]) -> set[str]:
    """Past participles right after the words naming the figure (« salariés / pros | engagés »,
    « participants | accueillis »): they qualify what is counted, never a topic the fiches must hold."""
    out: set[str] = set()
    for j in range(1, len(written)):
        k = j - 1
        while k > 0 and written[k] in _PARTICIPLE_GAP:
            k -= 1
        named = written[k] in measure or standard[k] in measure or family_field(standard[k])
        word = written[j]
        if named and word not in measure and _PARTICIPLE_END.fullmatch(word) and _is_participle(word):
            out.add(word)
    return out


_E_PARTICIPLE = re.compile(r"(\w{2,}?)(?:é|ée|és|ées)")


def participle(written: str) -> bool:
    """Is the word, as written, the past participle of an -er verb (« organisés », « lancées »: an accented
    ending on the stem of an infinitive the lemma table knows)? Never a noun folding alike (« gare »)."""
    match = _E_PARTICIPLE.fullmatch(written.lower())
    return match is not None and is_french(normalise(match.group(1)) + "er")


def _is_participle(word: str) -> bool:
    """A form one of whose readings is an infinitive (« engages » → « engager ») or a participle the
    dictionary keeps as an adjective (« investis » → « investi »), never the word itself (a noun)."""
    forms = [r for r in readings(word) if r != word]
    return any(
        r.endswith(("er", "ir", "re")) or (r.endswith(("i", "u")) and word.startswith(r)) for r in forms
    )


# Words between two conjuncts of a coordination (« l'équipe et les bénévoles », « salariés ou de bénévoles »).
_CONJUNCT_GAP = word_set("et ou de d du des la le les l leur leurs son sa ses")
# Prepositions opening a scope after the figure (« le plus de bénévoles pour les jeunes et les familles »).
_SCOPE_PREPOSITIONS = word_set("pour aupres avec dans sur parmi chez envers vers")


def figure_conjuncts(words: list[str], figure: set[str]) -> set[str]:
    """Words coordinated after a superlative with a word naming the figure (« le plus de monde côté équipe et
    bénévoles »: « équipe » is a part of the people counted, as « bénévoles » is), never a topic."""
    start = next((i for i, w in enumerate(words) if w in ("plus", "moins") or w in _SUPERLATIVE_WORDS), None)
    if start is None:
        return set()
    out: set[str] = set()
    for j in range(start + 1, len(words)):
        if words[j] not in ("et", "ou"):
            continue
        left = next((w for w in reversed(words[start + 1 : j]) if w not in _CONJUNCT_GAP), "")
        right = next((w for w in words[j + 1 :] if w not in _CONJUNCT_GAP), "")
        sides = {left, right} - {""}
        scoped = _SCOPE_PREPOSITIONS & set(
            words[start + 1 : j]
        )  # « le plus de bénévoles pour les jeunes et … »
        if len(sides) == 2 and not scoped and any(w in figure or family_field(w) for w in sides):
            out |= sides
    return out


def _names_measure(word: str) -> bool:
    return any(_any_match(fields.measure(name).words, [word]) for name in fields.measure_fields())


# Words qualifying how a figure is counted, never a topic (« salariés et bénévoles compris », « tous
# financeurs confondus », « au total »).
_QUALIFIERS = word_set(
    "compris comprise comprises inclus incluse incluses confondus confondues total totaux cumule cumules cumulees"
)
