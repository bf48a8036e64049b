"""Lessons questions: which of the lessons fields (`limites`, `facteurs_reussite`, `perspectives`) a question
asks about, by the cue words of their labels and their synonyms (or « leçons », « enseignements », « retours
d'expérience » for all three), and by everyday words read through the lemma table (`lemma_cues`: « galères »,
« ont galéré », « des bâtons dans les roues », « ce qui a cloché », « ont porté leurs fruits », « et après ? »),
not when they tell a public's situation (« les gens qui galèrent », « des jeunes en difficulté »).

    lesson_fields("quelles difficultes pour les actions de parentalite")  # ("limites",)
    lesson_fields("quelles lecons en tirer")                              # LESSON_FIELDS
    lemma_cues("ce qui a cloche")                                         # [("limites", ["ce", "qui", "a", "cloche"])]
    lesson_cue_words("les difficultes rencontrees")                       # {"difficultes", "rencontrees", …}

Everything works on the normalised question (`ingest.text.normalise`).
"""

from __future__ import annotations

import re
from functools import cache

from assistant.ranking import SET_NOUNS
from ingest.lemmas import readings
from ingest.text import STOPWORDS, word_set

LESSON_FIELDS: tuple[str, ...] = ("limites", "facteurs_reussite", "perspectives")


# Lessons cues: word families built on the words of the three fields' labels (« Limites », « Facteurs de
# réussite », « Perspectives », « Suite de l'action ») and their usual synonyms, each with its morphology
# (« frein, freins, freiner, freiné »). Not « risques », « échecs » alone: as often a topic.
_LESSON_CUES: dict[str, str] = {
    "limites": r"limites?|limitations?|difficultes?|pieges?|vigilance"
    r"|points? (d attention|faibles?|noirs?|fragiles?|sensibles?|delicats?)|faiblesses?|attention|erreurs?"
    r"|echou\w*|bute\w*|achoppe\w*|problemes?(?! (de|d|du|des|lies?|sociaux)\b)"
    r"|(n a|n ont|pas|mal) (pas )?(bien )?(marche|fonctionne|pris)|(marche|fonctionne)(nt)? (pas|mal)|manque\w*"
    r"|pitfalls?|difficult\w*|challenges?|obstacles?|problems?|issues|drawbacks?|weakness\w*|wrong|watch out"
    # « on a du mal à », « d'autres centres ont eu du mal pour »: the struggle of those who run actions (the
    # people of a public who « ont du mal à » tell a situation: « des mamans ont du mal en français »)
    r"|(on|nous|je|j|vous|centres?|structures?|equipes?|actions?|projets?|animat\w+) (n )?(a|avons|avez|ai|ont"
    r"|avait|avions|aviez|avaient|aura|auront) (t )?(ils |elles |on )?(eu )?"
    r"(du|bien du|beaucoup de|un peu de|tant de) mal (a|pour|avec)",
    "facteurs_reussite": r"facteurs? (de|du)|reussi\w*(?! (educative|scolaire)\b)|succes|leviers?|atouts?|cles? (de|du)"
    r"|points? forts?|bonnes? pratiques?|(a|ont|a bien|ont bien|a le mieux|bien|mieux) (marche|fonctionne)"
    r"|ca a pris|success\w*|what works|worked|went well|best practices?"
    r"|(fait|font|faire|fasse) (bien |le mieux |le plus )?(marcher|fonctionner|tenir|reussir|prendre)"
    r"|(a|ont|avait|aurait) permis (la |le |l |de |d )?(reussite|succes|reussir)"
    # « ce qui a fait que ça marche », « des conseils pour que ça prenne »: what made it work
    r"|que (ca|cela|c|ils|elles|l action|le projet|les actions|les projets) (a |ont |ait |aient )?(bien )?"
    r"(marche|fonctionne|pris|prenne|reussi|reussisse|tienne|tenu)",
    "perspectives": r"perspectives?|(?<!par la )(?<!tout de )suites?(?! a\b)|avenir|prochaines? etapes?"
    r"|ensuite|envisag\w*|poursui\w*|prolong\w*|comptent( ils| elles)? faire|next steps?|the future",
}
# Why actions ended, over several (« arrêtées faute de moyens »): an ending word and its cause (`ending_cause`);
# one fiche's « pourquoi arrêtée » is a lookup.
_FIELD_ORDER = (*_LESSON_CUES, "raison_fin")
_STATE = re.compile(r"\b(en|in) (grande |grandes )?(difficultes?|difficulty|difficulties|galeres?)\b")
# An English cue noun in the singular ending a noun compound (« the family challenge », « the trip issue »):
# the head of a thing's name (« Défi familles »), unless a determiner or an adjective of degree asks it
# (« what challenge », « the main problem »).
_ENGLISH_DETERMINERS = word_set(
    """the a an what which any some no one this that its their each every main key big biggest major real first
    common same other only greatest hardest toughest"""
)
_ENGLISH_CUE_NOUNS = word_set("challenge issue problem obstacle drawback pitfall")


def _without_english_compounds(norm: str) -> str:
    """The question without the English cue nouns heading a compound (see `_ENGLISH_DETERMINERS`)."""
    words = norm.split()
    kept = [
        w
        for i, w in enumerate(words)
        if not (w in _ENGLISH_CUE_NOUNS and i > 0 and words[i - 1] not in _ENGLISH_DETERMINERS)
    ]
    return " ".join(kept)


_ALL_LESSONS = re.compile(
    r"\b(lecons?|enseignements?|retours? d experiences?|a retenir|bilans?|lessons?|learned|learnt)\b"
)


def lesson_fields(norm: str) -> tuple[str, ...]:
    """The lessons fields a question asks about, in schema order; all three for « leçons, enseignements »."""
    if _ALL_LESSONS.search(norm):
        return LESSON_FIELDS
    norm = _STATE.sub(" ", norm)  # « des jeunes en difficulté »: a public, not the difficulties of actions
    norm = _without_english_compounds(norm)  # « the zero waste family challenge »: a name, no difficulty
    found = {name for name, cue in _LESSON_CUES.items() if re.search(rf"\b({cue})\b", norm)}
    found.update(field for field, _ in lemma_cues(norm))
    if disturbed_actions(norm):
        found.add("limites")
    if ending_cause(norm):
        found.add("raison_fin")
    return tuple(name for name in _FIELD_ORDER if name in found)


# Why actions ended, said by a word of ending (as a lemma: « arrêtées », « ont cessé », « ont pris fin »,
# « interrompues ») followed by a causal connective (« parce que », « à cause de », « car », « en raison
# de »): the reasons for ending over several fiches (« arrêtées parce que l'argent n'a pas suivi »).
_ENDING_LEMMAS = word_set(
    """arreter arrete arret stopper stoppe cesser cesse interrompre interrompu terminer termine abandonner
    abandonne finir fini fin"""
)
_CAUSE = re.compile(
    r"\b(?:parce qu|parce que|a cause (?:de|d|du|des)|en raison (?:de|d|du|des)|pour cause (?:de|d)"
    r"|par manque (?:de|d)|faute (?:de|d|du|des)|car|suite a|suite au|suite aux|because|due to)\b"
)
_CAUSE_REACH = 8  # words between the ending word and its cause


def ending_cause(norm: str) -> bool:
    """Does the question ask why actions ended: a word of ending said of actions (not of people: « des jeunes
    ont arrêté le lycée faute de… » tells a situation), a causal connective right after it?"""
    words = norm.split()
    for found in _CAUSE.finditer(norm):
        at = len(norm[: found.start()].split())
        start = max(0, at - _CAUSE_REACH)
        if any(_ends(words[i]) and not _people_subject(words, i) for i in range(start, at)):
            return True
    return False


# Verbs of a disturbance (« le mauvais temps a gêné des activités », « des actions ont souffert de la neige »):
# the difficulties of actions when an action noun is their subject or object, a few words away — not people's
# situation (« le bruit gêne les voisins »).
# Verbs of an obstacle met have the actions as their subject (« quels projets se heurtent à ça », « des
# actions qui peinent à recruter », « ont trébuché sur le transport »): difficulties too.
_DISTURBANCES = (
    "gener", "perturber", "penaliser", "handicaper", "compliquer", "souffrir", "patir", "nuire",
    "heurter", "peiner", "trebucher", "ramer", "patiner",
)  # fmt: skip
_ACTIVITIES = re.compile(
    r"(actions?|projets?|initiatives?|activites?|seances?|ateliers?|sorties?|animations?|evenements?|permanences?)"
)
_DISTURB_REACH = 4
_NOUN_MARKS = frozenset({"a", "la", "une", "sans", "de", "d", "cette", "grand", "grande"})


def disturbed_actions(norm: str) -> list[str]:
    """The verbs of a disturbance said of actions in the question (see `_DISTURBANCES`)."""
    words = norm.split()
    return [
        w
        for i, w in enumerate(words)
        if any(_is_form_of(w, lem) for lem in _DISTURBANCES)
        and not (i and words[i - 1] in _NOUN_MARKS)  # « à peine », « la gêne », « sans peine »: a noun
        and not _says_who(words, i)
        and any(_ACTIVITIES.fullmatch(x) for x in words[max(0, i - _DISTURB_REACH) : i + _DISTURB_REACH + 1])
    ]


# Words between a subject and its verb, or marking a complement (« des jeunes | du quartier | ont arrêté »).
_VERB_GAP = word_set(
    """a ont avait avaient ont a sont est etaient etait se s ne n pas plus jamais du pu dus due dues doit
    doivent qui y en tous toutes deja vite brutalement finalement"""
)
_PREPOSITIONS = word_set("pour avec aupres vers de d du des aux au a en dans chez sur par sans")
_ARTICLES = word_set("le la les l un une leur leurs nos vos ses son sa ces ce cette")
_PRONOUNS = word_set("ils elles il elle on nous vous")
_QUANTIFIERS = word_set("beaucoup plein trop peu tant nombre plupart majorite")


def _people_subject(words: list[str], at: int) -> bool:
    """Is the subject of the verb at `at` people (« des familles | ne partent plus », « des jeunes du quartier
    ont arrêté »)? The nearest noun before it, not in a prepositional phrase (« des actions | pour les jeunes
    | arrêtées » is said of actions), decides; without one, no."""
    i = at - 1
    while i >= 0 and (words[i] in _VERB_GAP | _PRONOUNS or len(words[i]) < 2):
        i -= 1
    while i >= 0:
        j = i - 1
        while j >= 0 and words[j] in _ARTICLES:
            j -= 1
        determiner = (
            j == 0 or words[j - 1] in _VERB_GAP | _QUANTIFIERS | _PRONOUNS
        )  # « beaucoup de | mamans »
        if j >= 0 and words[j] in _PREPOSITIONS and not determiner:
            i = j - 1  # a complement: the subject is before it
            continue
        # the noun, or the noun before its adjective (« les personnes âgées des hameaux »)
        adjective = i and words[i] not in STOPWORDS and words[i - 1] not in STOPWORDS
        nouns = words[i - 1 : i + 1] if adjective else words[i : i + 1]
        return any(w in _people_words() and not SET_NOUNS.fullmatch(w) for w in nouns)
    return False


@cache
def _people_words() -> frozenset[str]:
    """One-word names of the people a centre social meets (its facet vocabulary's publics, « gens »)."""
    from assistant.answer import people_phrases

    return frozenset(p for p in people_phrases() if " " not in p) | word_set(
        "gens habitants habitant personnes usagers adherents participants locataires voisins beneficiaires"
    )


def ending_cause_words(norm: str) -> set[str]:
    """The words of an ending and its causal connective (« arrêtées », « parce que »): phrasing."""
    if not ending_cause(norm):
        return set()
    said = {w for found in _CAUSE.finditer(norm) for w in found.group(0).split()}
    return said | {w for w in norm.split() if _ends(w)}


def _ends(word: str) -> bool:
    return word in _ENDING_LEMMAS or bool(set(readings(word)) & _ENDING_LEMMAS)


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
            if not _is_form_of(word, lemmas[0]) or _says_who(words, start) or _people_state(words, start):
                continue
            if (end := _phrase_end(words, start + 1, lemmas[1:])) is not None:
                found.append((field, words[start:end]))
    return found


# Verbs linking a subject to its state (« les gens restent coincés », « des mamans se sentent bloquées »).
_COPULAS = ("rester", "sembler", "demeurer", "sentir", "retrouver", "paraitre", "etre", "devenir")


def _people_state(words: list[str], at: int) -> bool:
    """Is the cue at `at` the state or doing of people, as the subject of its clause (« les gens sans voiture
    restent coincés », « les jeunes galèrent », « des locataires bloqués par les dettes »): a situation told,
    not what hampered actions (« les projets ont galéré », « ce qui a coincé »)?"""
    i = at
    while i > 0 and (words[i - 1] in _VERB_GAP or any(_is_form_of(words[i - 1], c) for c in _COPULAS)):
        i -= 1
    return _people_subject(words, i)


def _says_who(words: list[str], start: int) -> bool:
    """Is the cue at `start` in a relative clause telling the situation of people (« les gens qui galèrent avec
    internet », « des familles qui sont bloquées »), not of actions (« ce qui a coincé », « les projets qui ont
    galéré »)?"""
    i = start - 1
    while i > 0 and words[i] in _CUE_GAP | {"sont", "est", "se", "s", "etaient", "etait"}:
        i -= 1
    return i > 0 and words[i] == "qui" and words[i - 1] != "ce" and not SET_NOUNS.fullmatch(words[i - 1])


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
            words.update(_classifier(norm[: match.start()].split()))
    tokens = norm.split()
    words.update(ending_cause_words(norm))
    words.update(disturbed_actions(norm))
    for _, said in lemma_cues(norm):
        words.update(said)
        at = next((i for i in range(len(tokens)) if tokens[i : i + len(said)] == said), 0)
        words.update(_classifier(tokens[:at]))
    return words


_OF = word_set("de d des du")


def _classifier(before: list[str]) -> list[str]:
    """The noun a cue complements (« les points | de difficulté », « quels types | d'obstacles », « les
    sources | de blocage »): it says which lessons, never what they are about."""
    if len(before) < 2 or before[-1] not in _OF or before[-2] in _OF or len(before[-2]) < 3:
        return []
    return [before[-2]]
