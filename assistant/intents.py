"""Questions that are not a search: compare named fiches, rank fiches on a typed figure, gather the lessons
(difficulties, success factors, perspectives) of a set of fiches.

    detect("quelle action a coute le plus cher")                  # ("rank", "budget", "")
    detect("compare le repair cafe et l atelier velo")             # ("compare", "", "")
    detect("quelles difficultes pour les actions de parentalite")  # ("lessons", "limites", "")
    rank_spec("les 3 actions les plus cheres")                     # RankSpec("budget", True, 3, plural=True)
    linked_titles("Compare A et B", fiches)                        # [fiche A, fiche B]: titles the question names

Detection is by mechanisms, not phrasings:
- rank: a superlative (« le/la/les plus|moins », « most », « cheapest », « classement ») next to the words of
  a typed figure of the schema (`fields.Measure`: words after it — « le plus de bénévoles », « le plus cher »,
  « le plus gros budget » —, verbs before it — « a coûté le plus » —, or a noun before it when a size adjective
  follows — « le budget le plus élevé »);
- compare: a comparison cue (« compare », « différence », « vs », « par rapport à », « de chaque côté »), or
  the structure of a choice between named things (« entre X et Y, lequel… », « X ou Y, laquelle… ») — the
  answer then needs two to four fiches: named by their titles (`linked_titles`, also by their initials in
  capitals: « LAEP »), cited in the previous answer, or designated (`designated`: « les deux ateliers
  mémoire », « celui de la ludothèque »; one title named and a word only one other hit's title has);
  a comparative between them names the figure (`compare_spec`: « lequel a plus de bénévoles »);
- start: « la plus ancienne », « le plus récent », « depuis le plus longtemps » rank on the year an action
  started (`START`, read by `aspects.start_figure`); a partner named right after « le plus de » (« touche le
  plus de l'ARS ») ranks on that partner's money; a familiar word names its figure (« pros »);
- lessons: the cue words of the `limites`, `facteurs_reussite` and `perspectives` fields (or « leçons »,
  « enseignements », « retours d'expérience » for all three), and their everyday words read through the
  lemma table (`lemma_cues`: « galères », « ont galéré », « des bâtons dans les roues », « ce qui a cloché »,
  « ont porté leurs fruits », « et après ? »), not when they tell a public's situation (« les gens qui galèrent »).
Everything works on the normalised question (`ingest.text.normalise`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from assistant.glossary import familiar_standard
from ingest import amounts, fields
from ingest.lemmas import lemma, readings
from ingest.models import Fiche
from ingest.partners import default_gazetteer, find_partners
from ingest.text import (
    GENERIC,
    STOPWORDS,
    edit_distance,
    normalise,
    normalised_words,
    one_typo,
    plural_key,
    word_set,
)

COMPARE, RANK, LESSONS = "compare", "rank", "lessons"
LESSON_FIELDS: tuple[str, ...] = ("limites", "facteurs_reussite", "perspectives")
MAX_COMPARED = 4
LONG_WORD = 8  # from this length, two edits still name the same title word
MIN_ACRONYM = 3  # letters of a title's initials written as one word (« LAEP », « PIJ »)
_CAPITALS = re.compile(r"\b[A-Z]{3,6}\b")

# Comparison cues, by word family: « compare/comparaison/comparées », « différence/diffèrent/se différencient »,
# « distingue », juxtaposition (« côte à côte », « en parallèle », « face à », « mettre en regard »), « écarts »,
# « points communs », « de part et d'autre », « l'un et l'autre ».
_COMPARE = re.compile(
    r"\b(compar\w*|differen(ce|ci)\w*|differ(e|ent|er) (ils|elles|entre|de|d|du|des)|vs|versus|par rapport (a|au|aux)|points? communs?|en commun|ecarts?"
    r"|(lequel|laquelle) des (deux|trois|quatre|2|3|4)|les (rapproche|oppose)\w*|dans (les deux|chaque|l un et l autre) cas|(se )?distingu\w*|cote a cote|en parallele|parallele"
    r"|face (a|au|aux)|a cote (de|d|du|des)|en regard|confront\w*|de part et d autre|l (un|une) et l autre|respectivement|chacun|chacune"
    r"|tableau comparatif|side by side|de chaque cote|des deux cotes|pour (les deux|l un comme pour l autre))\b"
    # Two fiches and a choice between them: « entre X et Y, lequel… », « X ou Y, laquelle… ».
    r"|\b(entre|ou)\b.{3,120}\b(lequel|laquelle)\b|\b(lequel|laquelle)\b.{0,60}\bentre\b.{3,}\bet\b"
    r"|\bentre (?!\d)[^,;:?]{3,80}\bet\b.{3,80}\bqui\b.{0,30}\b(plus|moins|mieux|davantage)\b|\bwhich (one|of the two|of both)\b"
    r"|\bbetween\b.{3,80}\band\b.{3,80}\bwhich\b|\bwhich\b.{3,60}\bbetween\b.{3,80}\band\b"
)
# Lessons cues: word families built on the words of the three fields' labels (« Limites », « Facteurs de
# réussite », « Perspectives », « Suite de l'action ») and their usual synonyms, each with its morphology
# (« frein, freins, freiner, freiné »). Not « risques », « échecs » alone: as often a topic.
_LESSON_CUES: dict[str, str] = {
    "limites": r"limites?|limitations?|difficultes?|pieges?|vigilance"
    r"|points? (d attention|faibles?|noirs?)|faiblesses?|attention|erreurs?"
    r"|echou\w*|bute\w*|achoppe\w*|problemes?(?! (de|d|du|des|lies?|sociaux)\b)"
    r"|(n a|n ont|pas|mal) (pas )?(bien )?(marche|fonctionne|pris)|(marche|fonctionne)(nt)? (pas|mal)|manque\w*"
    r"|pitfalls?|difficult\w*|challenges?|obstacles?|problems?|issues|drawbacks?|weakness\w*|wrong|watch out",
    "facteurs_reussite": r"facteurs? (de|du)|reussi\w*(?! (educative|scolaire)\b)|succes|leviers?|atouts?|cles? (de|du)"
    r"|points? forts?|bonnes? pratiques?|(a|ont|a bien|ont bien|a le mieux|bien|mieux) (marche|fonctionne)"
    r"|ca a pris|success\w*|what works|worked|went well|best practices?"
    r"|(fait|font|faire|fasse) (bien |le mieux |le plus )?(marcher|fonctionner|tenir|reussir|prendre)"
    r"|(a|ont|avait|aurait) permis (la |le |l |de |d )?(reussite|succes|reussir)",
    "perspectives": r"perspectives?|(?<!par la )(?<!tout de )suites?(?! a\b)|avenir|prochaines? etapes?"
    r"|ensuite|envisag\w*|poursui\w*|prolong\w*|comptent( ils| elles)? faire|next steps?|the future",
    # Why actions ended, over several (« arrêtées faute de moyens »); one fiche's « pourquoi arrêtée » is a lookup.
    "raison_fin": r"faute (de|d|du|des)",
}
_STATE = re.compile(r"\b(en|in) (grande |grandes )?(difficultes?|difficulty|difficulties|galeres?)\b")
_ALL_LESSONS = re.compile(
    r"\b(lecons?|enseignements?|retours? d experiences?|a retenir|bilans?|lessons?|learned|learnt)\b"
)

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
_NUMBERS = {
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
_SET_NOUNS = re.compile(r"(actions?|projets?|fiches?|initiatives?|centres?|structures?|experiences?)")
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


# -- detection -------------------------------------------------------------------------------------


def detect(norm: str) -> tuple[str, str, str] | None:
    """(intent, field, "") for compare / rank / lessons questions (normalised text), else None. `field`:
    the typed figure ranked on (rank; compare when it asks « lequel a coûté le plus »), or the lessons
    field asked ("" for all three)."""
    spec = rank_spec(norm)
    if _COMPARE.search(norm):
        return COMPARE, spec.field if spec else "", ""
    if spec is not None:
        return RANK, spec.field, ""
    asked = lesson_fields(norm)
    if asked:
        return LESSONS, asked[0] if len(asked) == 1 else "", ""
    return None


def compare_cue(word: str) -> bool:
    """Is this one word a comparison cue (« différence », « compare », « vs »)?"""
    return bool(_COMPARE.fullmatch(word))


def lesson_fields(norm: str) -> tuple[str, ...]:
    """The lessons fields a question asks about, in schema order; all three for « leçons, enseignements »."""
    if _ALL_LESSONS.search(norm):
        return LESSON_FIELDS
    norm = _STATE.sub(" ", norm)  # « des jeunes en difficulté »: a public, not the difficulties of actions
    found = {name for name, cue in _LESSON_CUES.items() if re.search(rf"\b({cue})\b", norm)}
    found.update(field for field, _ in lemma_cues(norm))
    return tuple(name for name in _LESSON_CUES if name in found)


# Lessons cues said in everyday words, read through the French lemma table (`ingest.lemmas`) so that any
# inflected form works: each listed once with its field, a lemma (« galère » for « galères », « galérer » for
# « ont galéré ») or a phrase of lemmas with only function words between them (« mettre des bâtons dans les
# roues », « ont porté leurs fruits », « ce qui a cloché »); « $ » ends the question (« et après ? »).
_LEMMA_CUES: dict[str, str] = {
    "galere galerer souci pepin couac accroc anicroche hic bemol embuche entrave entraver ecueil frein freiner"
    " obstacle coincer bloquer blocage baton+roue ce+qui+clocher ca+clocher": "limites",
    "ce+qui+marcher ce+qui+fonctionner porter+fruit cle+succes cle+reussite recette+succes"
    " secret+reussite secret+succes ingredient+succes": "facteurs_reussite",
    "et+apres+$ et+puis+$ et+maintenant+$ et+demain+$ suite+donner": "perspectives",
}
# Words that may stand between the lemmas of a cue phrase: articles, possessives, prepositions, auxiliaries,
# adverbs of degree (« qui a le mieux marché », « porté tous ses fruits »); never a negation (« qui n'a pas
# marché » is a difficulty).
_CUE_GAP = word_set(
    """a ont avait avaient aura auront ete le la les l un une des de d du dans aux au ses son sa leur leurs nos
    notre vos votre bien mieux plus vraiment tous toutes tout y en lui leur vite rapidement donne"""
)
_NEGATIONS = {"pas", "mal", "jamais", "guere", "point"}
_ER_ENDINGS = (
    "e",
    "es",
    "ent",
    "er",
    "ee",
    "ees",
    "ait",
    "aient",
    "ais",
    "a",
    "ant",
    "era",
    "eront",
    "ons",
    "ez",
)


@cache
def _cue_table() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(lemmas of the cue, field) for every cue of `_LEMMA_CUES`."""
    return tuple(
        (tuple(cue.split("+")), field) for cues, field in _LEMMA_CUES.items() for cue in cues.split()
    )


@cache
def _is_form_of(word: str, lem: str) -> bool:
    """Is the normalised `word` a form of the lemma `lem` (by the lemma table, or a regular -er ending the table
    lacks: « cloche », « marche » of « clocher », « marcher »)?"""
    if word == lem or lem in readings(word):
        return True
    stem = lem[:-2]
    return lem.endswith("er") and len(stem) > 2 and word.startswith(stem) and word[len(stem) :] in _ER_ENDINGS


def lemma_cues(norm: str) -> list[tuple[str, list[str]]]:
    """(field, the words said) of each lemma cue of `_LEMMA_CUES` in a normalised question."""
    words = norm.split()
    found = []
    for lemmas, field in _cue_table():
        for start, word in enumerate(words):
            if not _is_form_of(word, lemmas[0]) or _says_who(words, start):
                continue
            if (end := _phrase_end(words, start + 1, lemmas[1:])) is not None:
                found.append((field, words[start:end]))
    return found


def _says_who(words: list[str], start: int) -> bool:
    """Is the cue at `start` in a relative clause telling the situation of people (« les gens qui galèrent avec
    internet », « des familles qui sont bloquées »), not of actions (« ce qui a coincé », « les projets qui ont
    galéré »)?"""
    i = start - 1
    while i > 0 and words[i] in _CUE_GAP | {"sont", "est", "se", "s", "etaient", "etait"}:
        i -= 1
    return i > 0 and words[i] == "qui" and words[i - 1] != "ce" and not _SET_NOUNS.fullmatch(words[i - 1])


def _phrase_end(words: list[str], i: int, rest: tuple[str, ...]) -> int | None:
    """The index after the phrase's last lemma when `rest` follows from `words[i]` with only `_CUE_GAP` words
    between, else None."""
    for lem in rest:
        if lem == "$":
            return i if i == len(words) else None
        while i < len(words) and not _is_form_of(words[i], lem) and words[i] in _CUE_GAP:
            i += 1
        if i == len(words) or not _is_form_of(words[i], lem):
            return None
        i += 1
    negated = rest and i < len(words) and words[i] in _NEGATIONS  # spoken: « ce qui marche pas »
    return None if negated else i


# How lessons questions are phrased around their cue (« les difficultés rencontrées », « avant de lancer »).
_LESSON_PHRASING = word_set(
    """rencontre rencontrent rencontree rencontrees rencontres lancer lance monter avant faut eviter attention
    faire fait font reussir marche fonctionne retenir tirer tire succes donnees donner ete ont pose posent
    posee posees prevu prevue prevues prevus envisage envisagee envisagees repere reperes reperees ailleurs
    remonte remontee remontees remontes remontent signale signalee signalees signales releve relevees
    autres ceux celles went did run into"""
)


def lesson_cue_words(norm: str) -> set[str]:
    """The words of the question that are lessons cues or their phrasing (left out of the search's topic)."""
    words: set[str] = set(_LESSON_PHRASING)
    for pattern in [*_LESSON_CUES.values(), _ALL_LESSONS.pattern]:
        for match in re.finditer(rf"\b({pattern})\b", norm):
            words.update(match.group(0).split())
    for _, said in lemma_cues(norm):
        words.update(said)
    return words


def rank_spec(norm: str) -> RankSpec | None:
    """The ranking a question asks for (see the module docstring), else None."""
    words = standard_words(norm)
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
            return RankSpec(field or PARTICIPANTS, _descending(words, i), *_how_many(words, i), noun=noun)
    return None


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
    return before in _ARTICLES or before == "du" or (before in ("au", "aux") and after in ("de", "d"))


def _descending(words: list[str], i: int) -> bool:
    after = words[i + 1] if i + 1 < len(words) else ""
    return not (words[i] in _DOWN_WORDS or _DOWN_SIZE.fullmatch(after))


def _how_many(words: list[str], i: int) -> tuple[int, bool]:
    """(fiches to show, plural asked?): « les 3 … », « top 5 », « les plus … » (plural) or one."""
    for j, word in enumerate(words[: i + 3]):
        counted = words[j + 1 : j + 2] and _SET_NOUNS.fullmatch(words[j + 1])
        if j < i - 4 and not counted:
            continue  # far before the superlative, only « les 3 projets qui … »
        if word.isdigit() and 1 < int(word) <= 20:
            return int(word), True
        if word in _NUMBERS:
            return _NUMBERS[word], True
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
    before = words[max(0, i - 4) : i]
    if named := _verb_and_noun(before, after):
        return named
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


def family_field(word: str) -> str:
    """The typed figure whose family the word belongs to (by its lemma or plural key), in `Measure.rank`
    order; "" for none."""
    if len(word) < 3 or word in STOPWORDS:
        return ""
    keys = {word, plural_key(word), lemma(word)}
    return next((name for name, family in measure_families().items() if keys & family), "")


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
    return measure_words(norm) | ranking_span(norm) | kind_nouns(norm)


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
    return {written.get(w, w) for w in out}


def _verb_group(words: list[str], article: int) -> set[str]:
    """Walking back from the superlative's article: auxiliaries and clitics, and one lexical verb — a word
    next to an auxiliary (« a reçu », « s'appuie sur », « trouve-t-on ») or before « le plus de » (« emploie
    le plus de ») —, unless a conjugated « a / ont / est » is the verb itself. A noun before a postposed
    superlative (« le projet environnement le moins coûteux ») stays a topic."""
    group: set[str] = set()
    lexical = 0
    quantity = article + 2 < len(words) and words[article + 2] in ("de", "d", "des")
    quantity = quantity or words[article] in ("du", "au", "aux")  # « dispose du plus gros budget »
    for j in range(article - 1, -1, -1):
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
    return out


def _names_measure(word: str) -> bool:
    return any(_any_match(fields.measure(name).words, [word]) for name in fields.measure_fields())


# Words qualifying how a figure is counted, never a topic (« salariés et bénévoles compris », « tous
# financeurs confondus », « au total »).
_QUALIFIERS = word_set("compris inclus incluses confondus confondues total totaux cumule cumules cumulees")
_COUNTED = re.compile(r"\b(?:les|ces) (deux|trois|quatre|2|3|4)\b")
_DESIGNATION = re.compile(r"\b(?:celui|celle)\b")


def designated(norm: str, fiches: list[Fiche], named: list[Fiche] | tuple[Fiche, ...] = ()) -> list[Fiche]:
    """The fiches a comparison designates otherwise than by whole titles, from `fiches` (a search's, best
    first): with one title named, the fiche whose title alone among them has a word of the question (« compare
    l'épicerie solidaire et la navette »); with none, as many as it counts (« les deux ateliers mémoire »,
    « celui animé par trois bénévoles et celui de la ludothèque »). [] when it designates fewer than two."""
    match = _COUNTED.search(norm)
    count = (_NUMBERS.get(match.group(1)) or int(match.group(1))) if match else 0
    count = max(count, len(_DESIGNATION.findall(norm)))
    counted = list(fiches[:count]) if 2 <= count <= MAX_COMPARED and len(fiches) >= count else []
    if len(named) == 1:
        other = _by_distinct_word(norm, named[0], fiches)
        if other is not None:
            return [named[0], other]
        # « les deux ateliers cuisine » names one title in part: the set counted, when it holds that one
        return counted if named[0].id in {f.id for f in counted} else []
    return [] if named else counted


def _by_distinct_word(norm: str, one: Fiche, fiches: list[Fiche]) -> Fiche | None:
    """The first of `fiches` whose title has a question word (four letters or more) that the named title
    lacks and no other of their titles has."""
    own = set(_title(one).keys)
    keys = {plural_key(w) for w in norm.split() if len(w) >= 4 and w not in STOPWORDS | GENERIC} - own
    others = [(f, set(_title(f).keys)) for f in fiches if f.id != one.id]
    for fiche, title in others:
        distinct = [k for k in keys if _stem_in(k, title) and sum(_stem_in(k, t) for _, t in others) == 1]
        if distinct:
            return fiche
    return None


def _stem_in(key: str, title: set[str]) -> bool:
    """The word, or its five-letter stem for a longer one, is in the title: « manger » names « mangeons »."""
    return key in title or (len(key) > 5 and any(len(t) > 5 and t[:5] == key[:5] for t in title))


# -- titles named in a question --------------------------------------------------------------------


@dataclass(frozen=True)
class _TitleMatch:
    fiche: Fiche
    positions: frozenset[int]
    exact: bool
    size: int  # content words of the title
    present: tuple[str, ...] = ()  # its content words the question has
    partial: bool = False  # named by a part that no other title has


@dataclass(frozen=True)
class _Title:
    fiche: Fiche
    words: tuple[str, ...]  # normalised words of the title
    keys: tuple[str, ...]  # its distinct content words, plural keys


class TitleIndex:
    """The titles of a corpus, indexed by their content words: linking a question reads only the titles
    sharing a word with it (build once per corpus version, `assistant/routing.py`)."""

    def __init__(self, fiches: Iterable[Fiche]):
        self.titles = [_title(f) for f in fiches if f.title.strip()]
        self.by_key: dict[str, list[int]] = defaultdict(list)
        self._by_shape: dict[tuple[str, int], list[str]] = defaultdict(list)  # typo look-up
        for n, title in enumerate(self.titles):
            for key in title.keys:
                if key not in self.by_key:
                    self._by_shape[(key[0], len(key))].append(key)
                self.by_key[key].append(n)
        # « LAEP »: « Lieu d'accueil enfants-parents »
        self._by_initials: dict[str, list[int]] = defaultdict(list)
        for n, title in enumerate(self.titles):
            if MIN_ACRONYM <= len(title.keys) <= MAX_COMPARED + 2:
                self._by_initials["".join(k[0] for k in title.keys)].append(n)

    def linked(self, question: str, limit: int = MAX_COMPARED, *, partial: bool = False) -> list[Fiche]:
        """See `linked_titles`."""
        words = normalise(question).split()
        keys = [plural_key(w) for w in words]
        padded = f" {' '.join(words)} "
        found = []
        for n in self._candidates(keys, partial):
            match = _title_match(self.titles[n], keys, padded, partial)
            if match is not None and (not match.partial or self._only_title_with(match.present) == n):
                found.append(match)
        found += self._acronyms(question, words)
        found.sort(key=lambda m: (m.partial, not m.exact, -m.size, min(m.positions), m.fiche.id))
        chosen: list[_TitleMatch] = []
        taken: set[int] = set()
        for match in found:
            if match.positions & taken and not match.exact:
                match = self._without(match, keys, padded, taken, partial)
            if match is not None and not match.positions & taken and len(chosen) < limit:
                chosen.append(match)
                taken |= match.positions
        return [m.fiche for m in sorted(chosen, key=lambda m: min(m.positions))]

    def _without(
        self, match: _TitleMatch, keys: list[str], padded: str, taken: set[int], partial: bool
    ) -> _TitleMatch | None:
        """The match read again without the words a name chosen before holds (« mangeons bougeons ensemble
        ou les petits déj thématiques »: « petits » went to the first title, the second is still named by
        « déj thématiques … écoles »), when enough of its words remain; None otherwise."""
        free = [key if i not in taken else "" for i, key in enumerate(keys)]
        n = next(i for i, t in enumerate(self.titles) if t.fiche is match.fiche)
        again = _title_match(self.titles[n], free, padded, partial)
        if again is None or (again.partial and self._only_title_with(again.present) != n):
            return None
        return again

    def _acronyms(self, question: str, words: list[str]) -> list[_TitleMatch]:
        """Titles named by their initials written in capitals (« le LAEP »: « Lieu d'accueil enfants-parents »),
        when one title only has them and the word is no partner's acronym (« ARS »)."""
        found = []
        for token in dict.fromkeys(_CAPITALS.findall(question)):
            holders = self._by_initials.get(token.lower(), [])
            if len(holders) != 1 or token.lower() not in words or find_partners(token):
                continue
            title = self.titles[holders[0]]
            at = frozenset({words.index(token.lower())})
            found.append(_TitleMatch(title.fiche, at, True, len(title.keys), title.keys))
        return found

    def _candidates(self, keys: list[str], partial: bool = False) -> list[int]:
        """Titles having enough of the question's words (one typo allowed) to be named by it."""
        shared: Counter[int] = Counter()
        for key in set(keys):
            for near in self._near(key):
                shared.update(self.by_key[near])
        return sorted(n for n, count in shared.items() if count >= _needed(len(self.titles[n].keys), partial))

    def _only_title_with(self, keys: tuple[str, ...]) -> int:
        """The one title holding all these words, else -1 (several, or none)."""
        holders = set.intersection(*(set(self.by_key.get(k, ())) for k in keys)) if keys else set()
        return next(iter(holders)) if len(holders) == 1 else -1

    def _near(self, key: str) -> list[str]:
        """The title words equal to `key` or one typo from it (from six letters)."""
        if len(key) < 6:
            return [key] if key in self.by_key else []
        shapes = [(key[0], size) for size in (len(key) - 1, len(key), len(key) + 1)]
        if len(key) >= LONG_WORD:
            shapes += [(key[0], len(key) - 2), (key[0], len(key) + 2)]
        return [k for shape in shapes for k in self._by_shape.get(shape, ()) if close(k, key)]


def close(a: str, b: str) -> bool:
    """Equal, one typo apart (from six letters), or two edits apart (from `LONG_WORD` letters:
    « permenance » / « permanence »)."""
    if one_typo(a, b):
        return True
    return min(len(a), len(b)) >= LONG_WORD and abs(len(a) - len(b)) <= 2 and edit_distance(a, b) <= 2


def _needed(size: int, partial: bool = False) -> int:
    """Content words of a title the question must have: all, or three quarters from four words; `partial`:
    half of them and at least two (« le Repair café » for « Repair café de la Passerelle »)."""
    full = size if size < 4 else -(-3 * size // 4)
    return min(full, max(2, -(-size // 2))) if partial else full


def linked_titles(
    question: str, fiches: Iterable[Fiche] | TitleIndex, limit: int = MAX_COMPARED, *, partial: bool = False
) -> list[Fiche]:
    """The fiches whose titles the question names, in the order it names them, at most `limit`.

    A title is named when all its content words (plural-insensitive, one typo from six letters) are in a
    compact span of the question — or three quarters of them for titles of four words or more; a title of
    one content word must be written whole. Overlapping names keep the exact one, then the longest title
    (« Place de femmes » and « Place des femmes » are both named only when both are written). `partial`
    (comparisons, where each title is named shortly): half of a title's words, at least two, also name it
    when no other title has them all."""
    index = fiches if isinstance(fiches, TitleIndex) else TitleIndex(fiches)
    return index.linked(question, limit, partial=partial)


def _title(fiche: Fiche) -> _Title:
    words = tuple(normalised_words(fiche.title))
    keys = tuple(dict.fromkeys(plural_key(w) for w in words if w not in STOPWORDS | GENERIC and len(w) > 1))
    return _Title(fiche, words, keys)


def _title_match(title: _Title, keys: list[str], padded: str, partial: bool = False) -> _TitleMatch | None:
    wanted = title.keys
    if not wanted:
        return None
    text = " ".join(title.words)
    if f" {text} " in padded:
        start = len(padded[: padded.index(f" {text} ")].split())
        span = frozenset(range(start, start + len(title.words)))
        return _TitleMatch(title.fiche, span, True, len(wanted), wanted)
    if len(wanted) == 1:
        return None
    spots = {key: [i for i, k in enumerate(keys) if close(k, key)] for key in wanted}
    present = [key for key in wanted if spots[key]]
    if len(present) < _needed(len(wanted), partial):
        return None
    positions = _compact(present, spots)
    # A title word written again far away (« petits déj thématiques … et le petit déjeuner ») is not part
    # of this name: left out while enough words remain.
    while max(positions) - min(positions) + 1 > len(title.words) + 3:
        if len(present) <= _needed(len(wanted), partial):
            return None
        present = min(
            ([k for k in present if k != drop] for drop in present),
            key=lambda rest: _span(_compact(rest, spots)),
        )
        positions = _compact(present, spots)
    below = len(present) < _needed(len(wanted))  # named by a distinctive part only
    return _TitleMatch(title.fiche, frozenset(positions), False, len(wanted), tuple(present), below)


def _span(positions: list[int]) -> int:
    return max(positions) - min(positions)


def _compact(present: list[str], spots: dict[str, list[int]]) -> list[int]:
    """One position per present title word, as close together as possible."""
    best: list[int] = []
    for anchor in spots[present[0]]:
        chosen = [min(spots[key], key=lambda i: abs(i - anchor)) for key in present]
        if not best or max(chosen) - min(chosen) < max(best) - min(best):
            best = chosen
    return best
