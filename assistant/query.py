"""Query analysis: question -> `Query(text, facets, intent, lookup_field, group_by, keywords)`.

Deterministic, offline and explainable: facets come from `FacetVocabulary.scan` with their trigger words,
the intent from a few ordered patterns (similar > aggregate > lookup > count > list > search), and the
keywords are the question minus stop words, facet triggers and the field's generic words, with the French of
English words and the standard words of French truncations and familiar words appended (« pro », « boulot »:
`assistant.glossary`; the corpus is written in standard French).
"""

from __future__ import annotations

import re
from functools import cache

from assistant import intents
from assistant.facet_cues import CUE_WORDS
from assistant.facets import FacetScan, FacetVocabulary
from assistant.glossary import english_french, familiar_standard
from assistant.naming import verb_phrase_words
from assistant.records import Intent, Query
from ingest import fields
from ingest.lemmas import is_verb_form
from ingest.text import DISCOURSE, GENERIC, STOPWORDS, VERB_FORMS, normalise, word_set

_LIST = re.compile(
    r"\b(quel(le)?s? (sont les )?(centres?|actions?|structures?|projets?|fiches?|initiatives?|experiences?)"
    r"|which (centres?|centers?|actions?|projects?|structures?)|what (actions|projects|centres|centers)"
    r"|liste[rz]?|list|y a t il|existe t il|avez vous|are there|any (actions|projects)|show me)\b"
)
_COUNT = re.compile(r"\b(combien|nombre (de|d)|how many|number of)\b")
_COUNT_OBJECT = re.compile(
    r"\b(combien|nombre|how many|number of) (de |d )?(fiches?|actions?|centres?|projets?|structures?)\b"
)
_SIMILAR = re.compile(
    r"\b(similaires?|semblables?|ressembl\w*|comparables?|similar|du meme type|dans le meme esprit"
    r"|comme (celle|celui|cette action|ce projet|l action|le projet)|like (this|that|the))\b"
)
_AGGREGATE = re.compile(
    r"\b(reviennent|revient) le plus|\bles plus (frequents?|courants?|cites?|presents?|nombreux|representes?)"
    r"|\ble plus souvent|\bmost (common|frequent)|\brepartition|\bclassement|\bpalmares"
    r"|\b(par|by|per) (departement|department|region|partenaire|partner|public|theme|mot cle|mots cles|statut"
    r"|centre|dimension|territoire)"
)
# Nouns naming the field to count by (aggregate questions) and words asking for one field of a fiche
# (lookup) come from the field schema: `fields.group_nouns()`, `fields.lookup_patterns()`.
# Words of question phrasing that say nothing about the topic (« des actions autour de... »), and the forms of
# irregular verbs (`VERB_FORMS`: « reçoit », « compris »). Any other conjugated verb is told by the French
# dictionary (`ingest.lemmas.is_verb_form`, read by `content_words`: « intervient », « accueillent »).
SCAFFOLDING = VERB_FORMS | word_set(
    """autour existe existent exister monte montee montees monter montent activite activites porte portent
    portant concerne concernent concernant adresse adressent associe associes associee associees soutenu
    soutenue soutenues soutenus finance financee financees finances propose proposee proposees proposent
    proposer fait faite faites faire mis mise mettre sujet sujets theme themes thematique domaine type
    genre chose choses quelque connaissez connait trouver cherche recherche voudrais aimerais souhaite merci
    svp peut peuvent pouvez dire sait savoir parle parlent traite traitent vise visent cible ciblent destine
    destinee destinees destines deja eu ete avait avaient lieu cas exemple moment helping help people use
    using about things kind fois"""
)
# After an article a verb form is a noun (« des rendez-vous », « l'été »).
_ARTICLES = word_set("le la les l un une des du de d au aux")
_ENGLISH_FUNCTION = word_set(
    "the and of with for which what how who is are was were to in on any that this there about their our your"
    " they we my from some can have has been into these those them its his her you"
)
_FRENCH_FUNCTION = word_set(
    "le la les des du de et avec pour qui que quel quelle quels quelles est sont dans sur une un"
)


def analyse(question: str, vocabulary: FacetVocabulary) -> Query:
    """The analysed question (see the module docstring)."""
    return analyse_scan(question, vocabulary)[0]


def analyse_scan(question: str, vocabulary: FacetVocabulary) -> tuple[Query, FacetScan]:
    """`analyse` plus the facet scan (absent entities, trigger positions) for the retriever."""
    scan = vocabulary.scan(question)
    norm = normalise(question)
    intent, lookup_field, group_by = detect_intent(norm)
    query = Query(
        text=question.strip(),
        facets=scan.facets,
        intent=intent,
        lookup_field=lookup_field,
        group_by=group_by,
        keywords=keywords(scan),
    )
    return query, scan


def detect_intent(norm: str) -> tuple[Intent, str, str]:
    """(intent, lookup_field, group_by) of a normalised question."""
    if special := intents.detect(norm):  # compare / rank / lessons (`assistant/intents.py`)
        return special
    if _SIMILAR.search(norm):
        return "similar", "", ""
    if _AGGREGATE.search(norm):
        return "aggregate", "", _group_by(norm)
    lookup = _lookup_field(norm)
    if lookup and not _LIST.search(norm) and not _COUNT_OBJECT.search(norm):
        return "lookup", lookup, ""
    if _COUNT.search(norm):
        return "count", "", ""
    if _LIST.search(norm):
        return "list", "", ""
    return "search", "", ""


def _group_by(norm: str) -> str:
    after = re.search(r"\b(par|by|per) (\w+( \w+)?)", norm)
    candidates = [after.group(2)] if after else []
    candidates.append(norm)
    for text in candidates:
        for pattern, field_name in fields.group_nouns():
            if re.search(rf"\b({pattern})\b", text):
                return field_name
    return "mots_cles"


def _lookup_field(norm: str) -> str:
    norm = re.sub(r"\bfinance\w* par\b", " ", norm)  # « financées par l'ARS » names a partner, not a budget
    for pattern, field_name in fields.lookup_patterns():
        if re.search(rf"\b({pattern})\b", norm):
            return field_name
    return ""


def keywords(scan: FacetScan) -> str:
    """The question's content words (as written), without stop words, generic words, greetings and
    discourse words (`DISCOURSE`) and facet triggers, plus the French of the words of an English question and
    the standard words of truncations and familiar words (« boulot » → emploi travail)."""
    verbal = verb_phrase_words(" ".join(t.text for t in scan.tokens))  # « place » of « mis en place »
    kept = [
        i
        for i, t in enumerate(scan.tokens)
        if i not in scan.used and t.norm not in STOPWORDS | GENERIC | DISCOURSE | verbal and len(t.norm) > 1
    ]
    words = [scan.tokens[i].text for i in kept]
    english = is_english(scan)
    extra = [
        w
        for i in kept
        for w in (translations(scan.tokens[i].text) if english else [])
        + ([] if qualifies_next(scan, i) else familiar_standard(scan.tokens[i].text))
        if w != scan.tokens[i].text.lower()
    ]
    extra += [
        w
        for i, found in sorted(scan.standard.items())
        if i not in scan.used and not qualifies_next(scan, i)
        for w in found
    ]
    return " ".join(words + list(dict.fromkeys(extra)))


# Adjectives that name people as nouns (« les anciens », « les vieux ») and say « former » / « old » before a
# noun (« l'ancien écrivain public », « les vieux papiers »): read as people only when no noun follows.
PRENOMINAL = word_set("ancien ancienne anciens anciennes vieux vieil vieille vieilles")


def qualifies_next(scan: FacetScan, i: int) -> bool:
    """Is the token at `i` a prenominal adjective (`PRENOMINAL`) of the content word right after it?"""
    tokens = scan.tokens
    if tokens[i].norm not in PRENOMINAL or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1].norm
    return len(after) > 2 and after not in STOPWORDS and not is_verb_form(tokens[i + 1].text)


def content_words(scan: FacetScan) -> list[str]:
    """Normalised words that carry the question's meaning (a question without any only names facets): no
    stop words, generic words, question scaffolding (« autour de », « existe-t-il »), conjugated verbs and
    participles (« où intervient … », « qui accueillent … », not after an article), facet triggers, nor the words that name or cue a
    facet field (« en partenariat avec », « le public », « par département »)."""
    return [
        t.norm
        for i, t in enumerate(scan.tokens)
        if i not in scan.used
        and len(t.norm) > 2
        and not {t.norm, t.key} & (STOPWORDS | GENERIC | SCAFFOLDING | CUE_WORDS | DISCOURSE)
        and not (is_verb_form(t.text) and not (i and scan.tokens[i - 1].norm in _ARTICLES))
        and not t.norm.isdigit()
        and not _field_noun(t.norm)
    ]


@cache
def _field_noun(norm: str) -> bool:
    """A noun naming a facet field (`fields.group_nouns`: « partenaires », « département », « public »)."""
    return any(re.fullmatch(pattern, norm) for pattern, name in fields.group_nouns() if fields.is_facet(name))


def is_english(scan: FacetScan) -> bool:
    """More English than French function words."""
    english = sum(1 for t in scan.tokens if t.norm in _ENGLISH_FUNCTION)
    french = sum(1 for t in scan.tokens if t.norm in _FRENCH_FUNCTION)
    return english > french


def translations(word: str) -> list[str]:
    """French words for an English word of the field (`assistant.glossary`, through its lemma: « bikes »,
    « fixing »), the word itself first when French writes it the same (« parents », « seniors »); empty when
    unknown."""
    french = english_french(word)
    same = [w for w in french if w == word.lower()]
    return same + [w for w in french if w != word.lower()]
