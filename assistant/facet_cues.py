"""The question side of facet tagging: the cues a phrase needs around it to be taken (`cue_ok`) — a
preposition before a place or a code, a partner cue word, a head noun before an adjective (« actions
culturelles »), a determiner before a noun that is also an adjective (« les anciens »), the field named for a
vague value (« la dimension services ») — people counted rather than asked for (« combien d'enfants »), and the
verb forms never read as typos of facet words. Read by `assistant.facets`; only the neighbours of a phrase are
read, so a scan stays linear in the question's length.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from assistant.facet_words import ADJECTIVE_HEADS, ADJECTIVE_LINKS, is_adjective
from assistant.glossary import ASSOCIATION_IDIOMS
from ingest import fields
from ingest.lemmas import lemma, readings
from ingest.text import GENERIC, STOPWORDS, Token, plural_key, word_set

if TYPE_CHECKING:
    from assistant.facet_phrases import Phrase
    from assistant.facets import Question

# Place prepositions required before a one-word département name or a 2-digit code.
_PLACE_CUES = {
    ("en",), ("dans", "le"), ("dans", "la"), ("dans", "les"), ("dans", "l"), ("du",), ("de", "la"),
    ("de", "l"), ("des",), ("a",), ("au",), ("aux",), ("a", "la"), ("a", "l"), ("in",), ("departement",),
    ("departement", "du"), ("departement", "de"), ("pour", "le"), ("pour", "la"), ("vers", "le"),
    ("cote",), ("niveau",),  # « et côté Gers ? », « niveau Gers ? »: said before a place, as a preposition
    ("entre", "le"), ("entre", "la"), ("entre", "l"), ("entre", "les"),  # « entre le Morbihan et … »
    ("in", "the"),  # « projects in the Nord »: English puts the article French place names keep
}  # fmt: skip


_CODE_CUES = {("dans", "le"), ("du",), ("departement",), ("dept",), ("dpt",), ("dep",), ("en",), ("in",)}


# Towns: after these words, the longest commune name of the official list (`assistant.towns`).
TOWN_CUES = {"a", "au", "aux", "sur", "vers"}  # before a town's name
# « du côté de Rouen », « la région de Lorient », « autour de Nantes »: « de » after a word of surroundings.
_SURROUNDINGS = {
    "cote", "region", "autour", "pres", "secteur", "agglomeration", "agglo", "environs", "alentours", "banlieue",
}  # fmt: skip


# Adjectives used before a people noun: « jeunes parents », « jeunes retraités » are not the Jeunesse public.
PRENOMINAL = {"jeune", "young"}


_COUNTING = {
    ("combien", "de"),
    ("combien", "d"),
    ("nombre", "de"),
    ("nombre", "d"),
    ("how", "many"),
    ("combien",),
}


# Endings of conjugated verbs: a word this short with one is not corrected as a typo.
_VERB_ENDINGS = ("ent", "ait", "ez", "ons", "er", "ir")


_VERB_LEN = 8


_DETERMINERS = {"les", "des", "aux", "nos", "vos", "ces", "leurs", "the", "our"}


ARTICLES = {"la", "le", "les", "l"}


# Function words telling a French question from an English one (« a » is « à » or an English article).
_FRENCH_WORDS = {"le", "la", "les", "des", "du", "de", "et", "pour", "avec", "dans", "sur", "qui", "quel", "quelle",
                 "quels", "quelles", "est", "sont", "une", "un", "actions", "action", "projet", "projets"}  # fmt: skip


_ENGLISH_WORDS = {"the", "and", "of", "with", "for", "which", "what", "how", "who", "is", "are", "there", "any",
                  "that", "this", "in", "to", "projects", "project"}  # fmt: skip


_PARTNER_CUES = {
    "avec", "partenaire", "partenaires", "partenariat", "finance", "financee", "financees", "finances",
    "cofinance", "soutenu", "soutenue", "soutenues", "soutien", "subventionne", "subventionnee", "par",
    "with", "partner", "partners", "funded", "by", "aupres", "lien", "convention",
}  # fmt: skip


_DEFINITE = {"la", "le", "les", "l", "sa", "son", "leur", "leurs", "notre", "the"}


_PARTNER_NOUNS = {
    "partenaire",
    "partenaires",
    "partner",
    "partners",
    "financeur",
    "financeurs",
    "finance",
    "financent",
    *(f"{verb}{end}" for verb in ("implique", "associe", "mobilise") for end in ("", "e", "s", "es")),
}


_TERRITORY_CUES = {"territoire", "echelle", "niveau", "perimetre", "scale", "territory", "territorial"}


# « à l'initiative de », « lancées par », « initiés par » (past participles only: « on veut lancer un truc pour les
# habitants » names who it is for, not who started it).
_INITIATIVE_CUES = {
    "initiative", "origine", "initiated", "launched", "started",
    *(f"{verb}{end}" for verb in ("initie", "lance", "impulse") for end in ("", "e", "s", "es")),
}  # fmt: skip


# « à destination des seniors », « en direction des familles »: the public follows.
_PUBLIC_CUES = {"destination", "direction", "aimed", "targeting"}


# « toujours en cours », « arrêtées maintenant »: the statut, not a topic.
_STATUT_CUES = {"toujours", "encore", "maintenant", "actuellement", "moment", "desormais", "still", "now"}


# « fiches rangées dans la dimension services », « classées en santé »: how a fiche is filed under a value.
_FILED_CUES = {"range", "rangee", "classee", "etiquetee", "referencee", "cochee", "filed", "tagged"}
# « le département comme partenaire », « les seniors comme public »: the role a facet plays.
_ROLE_CUES = {"comme", "as"}

# Nouns of actions whose complement names a kind of action (« les actions de service »).
_KIND_HEADS = {plural_key(w) for w in ("action", "projet", "initiative", "fiche", "activite", "dispositif",
                                      "programme", "offre")}  # fmt: skip


# Words that cue a facet field rather than name a topic (`query.content_words` leaves them out).
CUE_WORDS = frozenset(
    _PARTNER_CUES
    | _TERRITORY_CUES
    | _INITIATIVE_CUES
    | _PUBLIC_CUES
    | _STATUT_CUES
    | _ROLE_CUES
    | _FILED_CUES
)


def counted_people(tokens: list[Token], i: int, counted: int) -> bool:
    """People named after « combien de / nombre de / how many », or after « et de » following people so named,
    are what is counted (« combien d'adultes et d'enfants ont participé »), not the public asked for."""
    before = tuple(t.norm for t in tokens[max(0, i - 2) : i])
    if before in _COUNTING or before[-1:] in _COUNTING:
        return True
    return (
        counted == i - len(before)
        and before[-2:-1] in (("et",), ("ou",))
        and before[-1:] in (("de",), ("d",))
    )


def verb_like(key: str) -> bool:
    """A short word with the ending of a conjugated verb is not a typo of a topic or public word (« parlent »,
    « paient », « passer » are not « parents », « passées »); place names keep their typos (« Finistèr »)."""
    return len(key) <= _VERB_LEN and key.endswith(_VERB_ENDINGS)


def town_cue(question: Question, i: int) -> bool:
    """« à / au / aux / sur / vers », « du côté de / région de… », « du » before a capital (« du Havre ») before
    token i, which may start a town's name (« à La Rochelle »); « a » written without its accent only in a French question (« a eu lieu »,
    « is there a nice… »)."""
    cue, first = question.tokens[i - 1], question.tokens[i].norm
    if cue.norm in ("de", "d") and i >= 2 and question.tokens[i - 2].norm in _SURROUNDINGS:
        return first not in STOPWORDS or first in ARTICLES
    if cue.norm == "du":  # « du Havre », « du Mans »: « de » and a town's article, its name capitalised
        return question.tokens[i].text[:1].isupper() and first not in STOPWORDS
    if cue.norm not in TOWN_CUES or (first in STOPWORDS and first not in ARTICLES):
        return False
    if cue.text.lower() == "a":
        return question.lowercase and len(question.words & _FRENCH_WORDS) >= len(
            question.words & _ENGLISH_WORDS
        )
    return True


def _before(tokens: list[Token], i: int) -> tuple[str, ...]:
    return tuple(t.norm for t in tokens[max(0, i - 2) : i])


def _placed(before: tuple[str, ...], cues: set[tuple[str, ...]]) -> int:
    """Length of the place preposition ending just before the phrase (0 when there is none)."""
    if len(before) == 2 and before in cues:
        return 2
    return 1 if before[-1:] in cues else 0


def _listed(before: tuple[str, ...], token: Token) -> bool:
    """« (entre la Haute-Garonne) et le Morbihan »: a capitalised name after « et / ou » and its article is the
    next place of a list, its preposition said once before the first."""
    return (
        len(before) == 2
        and before[0] in ("et", "ou")
        and before[1] in ("le", "la", "les", "l")
        and token.text[:1].isupper()
    )


def _alone(question: Question, i: int, end: int) -> bool:
    """« Calvados : quelles fiches ? », « des actions de parentalité, Finistère ? »: a name that is a clause of its
    own, punctuation (or the question's edge) on both sides, is a place the way a heading is: no word around it
    could make it a common noun. A name in brackets glosses the name before it (a centre's place): not a heading."""
    bracketed = (
        question.text[: question.spans[i][0]].rstrip().endswith("(")
    )  # « la MPT de X ? (Morbihan) »: a gloss
    return (
        (i == 0 or i in question.breaks)
        and (end == len(question.tokens) or end in question.breaks)
        and not bracketed
    )


def _lists(before: tuple[str, ...], tokens: list[Token], end: int) -> bool:
    """« compare le Finistère et la Moselle »: a name after its article, followed by « et / ou », an article and
    a capitalised word, is the first place of a list."""
    after = [t.norm for t in tokens[end : end + 2]]
    return (
        before[-1:] in (("le",), ("la",), ("l",))
        and tokens[end - 1].text[:1].isupper()
        and after[:1] in (["et"], ["ou"])
        and after[1:] in (["le"], ["la"], ["l"])
        and end + 2 < len(tokens)
        and tokens[end + 2].text[:1].isupper()
    )


# Words before a partner phrase where its cue is looked for (« avec la ville »), and how much further back when the
# phrase is the next item of a list (« avec l'école, les profs, le collège »: the cue is said once, first).
_PARTNER_REACH, _LIST_REACH = 5, 9


def _listed_reach(question: Question, i: int) -> int:
    """How far back the partner cue of the phrase at token i is looked for: further when its article follows a
    comma or « et / ou », as a later item of a list does."""
    article = i - 1
    if article < 1 or question.tokens[article].norm not in _DEFINITE:
        return _PARTNER_REACH
    listed = article in question.breaks or question.tokens[article - 1].norm in ("et", "ou")
    return _LIST_REACH if listed else _PARTNER_REACH


def cue_len(phrase: Phrase, tokens: list[Token], start: int) -> int:
    if phrase.cue in ("place", "place_strict", "code"):
        return _placed(_before(tokens, start), _PLACE_CUES | _CODE_CUES)
    if phrase.field == "initiative":
        return _initiative_lead(tokens, start)
    return 0


def _initiative_lead(tokens: list[Token], start: int) -> int:
    """« lancées par un habitant », « à l'initiative des habitants »: the words from an initiative cue up to the
    initiator (at most 3 before it) belong to the trigger: they ask who started it, they name no topic."""
    before = [t.norm for t in tokens[max(0, start - 3) : start]]
    return next((len(before) - k for k, word in enumerate(before) if word in _INITIATIVE_CUES), 0)


def cue_ok(phrase: Phrase, question: Question, i: int) -> bool:
    """Is the phrase at token i taken? Only its neighbours are read (a scan stays linear in the question)."""
    tokens = question.tokens
    before = _before(tokens, i)
    end = i + len(phrase.words)
    after = tokens[end].norm if end < len(tokens) and end not in question.breaks else ""
    if phrase.cue == "code":
        return _code_ok(question, i, before, after)
    if phrase.field in ("departement", "region") and not phrase.value and not _placed(before, _PLACE_CUES):
        return False  # a place no fiche has is only taken for a place after a preposition
    if phrase.cue == "place_strict":
        capital = question.lowercase or tokens[i].text[:1].isupper()
        placed = _placed(before, _PLACE_CUES) or (
            before[:1] in (("et",), ("ou",)) and _listed(before, tokens[i])
        )
        placed = placed or (after in ("et", "ou") and _lists(before, tokens, end)) or _alone(question, i, end)
        return bool(placed) and capital and after not in ("du", "de", "des", "of")
    if phrase.cue == "partner":
        window = {t.norm for t in tokens[max(0, i - _listed_reach(question, i)) : i]}
        later = {t.norm for t in tokens[end : end + 3]} if end not in question.breaks else set()
        return (
            before[-1:] != ()
            and before[-1] in _DEFINITE
            and bool(
                window & _PARTNER_CUES or later & _PARTNER_NOUNS or _associated(question, i, end)
            )  # « avec la ville », « la ville comme partenaire », « la ville dans la boucle »
            and not _city(tokens, i)
        )
    if phrase.cue == "head":
        return _qualifies_head(question, i)
    if (
        phrase.cue == "noun"
    ):  # « les anciens », « pour les petits », « les anciens isolés »; not « les anciens locaux »
        previous = before[-1:] != () and before[-1] in _DETERMINERS | {"et", "ou"}
        return previous and (not after or after in STOPWORDS or _participle(after))
    if phrase.cue == "field":
        return _names_field(question, phrase.field) or _complements_head(question, i, after)
    if phrase.cue == "negation":  # « plus en cours », not the superlative « les plus actives »
        return not before or before[-1] not in ARTICLES
    if phrase.cue == "plural":  # « qui mélange les générations », not « la nouvelle génération »
        return tokens[i].norm != tokens[i].key and tokens[i].norm.endswith(("s", "x"))
    if phrase.cue == "welcome":
        return _welcomed(question, i, end)
    if phrase.cue == "territory":
        return bool(question.words & _TERRITORY_CUES)
    if phrase.cue == "initiative":
        return bool(question.words & _INITIATIVE_CUES)
    return True


# Verbs (lemmas) whose object is who an action is for: « qui accueillent tout le monde », « ça touche tout le monde ».
_WELCOMING = word_set(
    "accueillir ouvrir ouvrer viser cibler toucher concerner adresser destiner inclure accepter convenir reunir "
    "rassembler melanger interesser"
)


def _welcomed(question: Question, i: int, end: int) -> bool:
    """« tout le monde » is who an action is for as the object of a verb of welcoming or aiming (any form, by
    lemma), or before « peut / peuvent », « est bienvenu / accueilli » (« où tout le monde peut venir »); not
    « tout le monde a aimé »."""
    tokens = question.tokens
    if i > 0 and i not in question.breaks:
        word = tokens[i - 1].norm
        if lemma(word) in _WELCOMING or _WELCOMING & set(readings(word)):
            return True
    if end >= len(tokens) or end in question.breaks:
        return False
    after = [lemma(t.norm) for t in tokens[end : end + 2]]
    return after[0] == "pouvoir" or (
        after[0] == "etre" and after[1:] in (["bienvenu"], ["bienvenue"], ["accueillir"])
    )


# Endings of past participles after the infinitive's stem (« isol|ées », « accueill|is », « ten|us »).
_PARTICIPLE_ENDS = {f"{v}{g}" for v in ("e", "i", "u") for g in ("", "e", "s", "es")}


def _participle(word: str) -> bool:
    """A past participle, by the lemma table (« isolés », « accompagnées »; not « déjeuners »): after « les
    anciens » it says what they are, « anciens » is the noun."""
    found = lemma(word)
    if found == word or not found.endswith(("er", "ir", "re")) or not word.startswith(found[:-2]):
        return False
    return word[len(found) - 2 :] in _PARTICIPLE_ENDS


def _associated(question: Question, i: int, end: int) -> bool:
    """An idiom of association (`assistant.glossary.ASSOCIATION_IDIOMS`) ends just before the phrase at token i or
    its article (« aux côtés de la ville ») or starts just after it (« la ville dans la boucle »)."""
    tokens = question.tokens
    before = " " + " ".join(t.norm for t in tokens[max(0, i - _IDIOM_WORDS - 1) : max(0, i - 1)])
    after = (
        " ".join(t.norm for t in tokens[end : end + _IDIOM_WORDS]) + " " if end not in question.breaks else ""
    )
    return any(before.endswith(f" {idiom}") or after.startswith(f"{idiom} ") for idiom in ASSOCIATION_IDIOMS)


_IDIOM_WORDS = 6  # longest idiom of association, in words


def _qualifies_head(question: Question, i: int) -> bool:
    """An adjective names its noun's value when it qualifies a head noun of the question: « actions culturelles »,
    « projets plutôt éducatifs », « activités culturelles et sportives »; not « jardins familiaux »."""
    tokens = question.tokens
    j = i - 1
    while j >= 0 and j + 1 not in question.breaks and i - j <= 4:
        if tokens[j].key in ADJECTIVE_HEADS:
            return True
        if tokens[j].norm not in ADJECTIVE_LINKS and not is_adjective(tokens[j].norm):
            return False
        j -= 1
    return False


def _complements_head(question: Question, i: int, after: str) -> bool:
    """A value word with no article after « de » completes a noun of actions (« les actions de service »: a kind
    of action), unless another word goes on naming something else (« actions de service civique »)."""
    tokens = question.tokens
    if i < 2 or i in question.breaks or tokens[i - 1].norm not in ("de", "d"):
        return False
    return tokens[i - 2].key in _KIND_HEADS and (not after or after in STOPWORDS)


@cache
def _field_nouns(field_name: str) -> re.Pattern | None:
    pattern = next((p for p, name in fields.group_nouns() if name == field_name), "")
    return re.compile(pattern) if pattern else None


def _names_field(question: Question, field_name: str) -> bool:
    """The question names the field (« la dimension services »)."""
    # « mot-clé »: two words, so the joined text (built once per question: this runs for every candidate phrase)
    return field_named(question.joined, field_name)


def field_named(text: str, field_name: str) -> bool:
    """The normalised text names the field by one of its nouns (« public », « mot clé », « partenaire »)."""
    nouns = _field_nouns(field_name)
    return nouns is not None and re.search(rf"\b(?:{nouns.pattern})\b", text) is not None


def _code_ok(question: Question, i: int, before: tuple[str, ...], after: str) -> bool:
    """A number is a département after « dans le / du / département », or after « le » or a word such as
    « actions », or alone between brackets, unless a noun or a number follows (« le 13 mars », « 93 familles »)."""
    if _placed(before, _CODE_CUES):
        return True
    if after and (after.isdigit() or after not in STOPWORDS):
        return False
    token = question.tokens[i].norm
    return (
        (len(token) == 3 and token.isdigit())
        or before[-1:] in (("le",), ("the",))
        or i == 0
        or before[-1] in GENERIC
        or i in question.breaks
    )


def _city(tokens: list[Token], i: int) -> bool:
    """'politique de la ville', 'centre ville': not the municipality as a partner."""
    norms = [t.norm for t in tokens[max(0, i - 3) : i]]
    return norms == ["politique", "de", "la"] or norms[-1:] == ["centre"]
