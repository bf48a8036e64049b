"""What a follow-up points back at, recognised by grammar classes: the fiche in focus or the list in focus.

    points_at_focus("Qui finance celui-ci ?")                   # True
    points_at_list("et leurs budgets ?")                        # True
    refines_list("seulement celles qui sont terminées")         # True
    without_phrasing("et la même chose mais pour les ados ?")   # "pour les ados ?"

- **Focus references**: demonstrative pronouns (« celui-ci », « celle-là »), an anaphoric determiner before
  a fiche noun (« cette action », « ce projet »), a possessive before a field noun of the schema (« son
  budget », « ses partenaires », « leur public »), a singular subject or object pronoun at the head of a
  short question (« elle s'adresse à qui ? », « qui l'a lancée ? », « combien a-t-elle coûté ? »).
  A locative pro-form (« là-bas ») and a neuter subject at the head of a short question that names no
  noun phrase (« c'est dans quelle ville ? », « ça a coûté combien ? ») point at it too.
- **List references** (a refinement of the focus list): relative and demonstrative pronouns in the plural
  (« lesquelles », « celles qui », « ceux-ci », « parmi elles »), a plural demonstrative before a fiche
  noun (« ces actions »), a restrictive adverb before them or before a preposition (« seulement celles… »,
  « rien que pour la Seine-Maritime »).
- **Elliptic superlatives** (« le moins cher ? », « et la plus récente ? »): their left-out noun is the list.
- **Repeats** (« pareil pour… », « même question pour… », « idem avec… »): the previous question asked again
  with what the follow-up names; these words, like the restrictive adverbs, say nothing of the topic
  (`without_phrasing`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from assistant.mentions import _BOUNDARY, DETERMINERS, FICHE_NOUNS, OPENERS, _boundary, tokens
from assistant.records import Citation
from ingest import fields
from ingest.text import STOPWORDS, fold, plural_key, word_set

POSSESSIVES = word_set("son sa ses leur leurs its their")
SINGULAR_POSSESSIVES = word_set("son sa ses its")
# Words that open a noun phrase: a possessive after one may point inside the question (« les familles et
# leurs enfants »), after none it points back (« c'est quoi son reste à charge ? »).
NOUN_DETERMINERS = word_set(
    "le la les l un une des du au aux ce cet cette ces mon ma mes notre nos votre vos"
)
# Subjects after which le / la / l' / lui / en are object clitics (« qui la finance ? », « qui en est à … »).
CLITIC_HOSTS = word_set("qui qu on je j nous vous il elle ils elles ne n")
# « y » before these is the impersonal « il y a », « y a-t-il », « y en a-t-il », never a place.
IMPERSONAL_Y = word_set("a avait aura aurait ait aient avoir en")
REFLEXIVES = word_set("s se m me n ne")
# Question words a neuter subject may follow (« combien ça a coûté ? », « comment c'est financé ? »).
INTERROGATIVES = word_set("combien comment pourquoi quand ou que qu quoi")
WHICH = word_set("quel quelle quels quelles")
DEMONSTRATIVE = word_set("ce cet cette")
PLURAL_DEMONSTRATIVE = word_set("ces")
SINGULAR_PRONOUNS = word_set("il elle it")
NEUTER_PRONOUNS = word_set("c ca")  # « c'est … », « ça a coûté … »
OBJECT_CLITICS = word_set("l la le")
IMPERSONAL = word_set("y existe existent faut agit reste manque semble")
AUXILIARIES = word_set("a ont avait avaient est sont etait fut va")


# ---------------------------------------------------------------- pronouns and possessives


@cache
def field_stems() -> dict[str, str]:
    """Stem (6 letters) → lookup field, for the nouns that name one in the schema: its bare words and the
    one-word alternatives of its pattern, by field rank (« financeurs » and « financement » share
    « financ »). Fiche nouns and function words never name a field."""
    stems: dict[str, str] = {}
    entries = [fields.get(name) for name in fields.fiche_fields()]
    for entry in sorted((e for e in entries if e.lookup), key=lambda e: e.lookup.rank):
        plain = [re.sub(r"s\?$|\\w\*$", "", a) for a in _top_alternatives(entry.lookup.pattern)]
        for word in (*entry.lookup.words, *plain):
            if (
                word.isalpha()
                and len(word) >= 5
                and word not in STOPWORDS
                and plural_key(word) not in FICHE_NOUNS
            ):
                stems.setdefault(word[:6], entry.name)
    return stems


def _top_alternatives(pattern: str) -> list[str]:
    """The alternatives of a regex at its top level (a group's own alternatives stay inside it)."""
    parts, depth, current = [], 0, ""
    for char in pattern:
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    return [*parts, current]


def field_named_by(word: str) -> str:
    """The lookup field a folded word names (« financeurs » → ressources_financieres), else ''."""
    return field_stems().get(word[:6], "") if len(word) >= 5 else ""


def names_a_field(word: str) -> bool:
    return bool(field_named_by(word))


def _demonstrative_pronoun(toks: list[str]) -> bool:
    pairs = zip(toks, toks[1:], strict=False)
    return any(a in ("celui", "celle") and b in ("ci", "la") for a, b in pairs)


def _anaphoric_noun(toks: list[str], determiners: frozenset[str]) -> bool:
    pairs = zip(toks, toks[1:], strict=False)
    return any(a in determiners and plural_key(b) in FICHE_NOUNS for a, b in pairs)


def _possessive_field(toks: list[str]) -> bool:
    pairs = zip(toks, toks[1:], strict=False)
    return any(a in POSSESSIVES and names_a_field(b) for a, b in pairs)


def _possessive_without_antecedent(question: str) -> bool:
    """« c'est quoi son reste à charge ? », « et sa date de fin ? »: a singular possessive before a noun, with
    no noun phrase before it in the question (no determiner, no capitalised name) to be its antecedent."""
    words = re.findall(r"[^\W\d_]+", question.replace("’", "'"))
    for i, word in enumerate(words):
        folded = fold(word)
        if folded in SINGULAR_POSSESSIVES:
            return i + 1 < len(words) and fold(words[i + 1]) not in STOPWORDS
        if folded in NOUN_DETERMINERS or (i > 0 and word[:1].isupper()):
            return False
    return False


def _clitic(toks: list[str]) -> bool:
    """An object clitic standing for the fiche: « combien de bénévoles y participent ? » (« y » not in
    « il y a »), « qui la finance ? », « qui l'anime ? », « qui en est à l'origine ? »."""
    for i, word in enumerate(toks):
        before = toks[i - 1] if i else None
        after = toks[i + 1] if i + 1 < len(toks) else None
        if _boundary(after):
            continue
        if word == "y" and before != "il" and after not in IMPERSONAL_Y:
            return True
        noun_after = after in STOPWORDS or plural_key(after) in FICHE_NOUNS
        if word in ("la", "le", "l", "lui") and before in CLITIC_HOSTS and not noun_after:
            return True
        if word == "en" and (before in CLITIC_HOSTS or before == "combien") and after in AUXILIARIES:
            return True
        if word == "en" and before in REFLEXIVES:  # « qui s'en occupe ? », « on ne s'en sert plus ? »
            return True
    return False


def counts_list(question: str) -> bool:
    """The partitive « en » of « combien y en a-t-il ? », « il y en a dans le Nord ? », « en existe-t-il en
    cours ? »: the question goes on about the fiches just listed (their criteria are kept)."""
    toks = tokens(question)
    pairs = zip(toks, toks[1:], strict=False)
    return any(a == "en" and (b in IMPERSONAL_Y or b in ("existe", "existent")) for a, b in pairs)


def _impersonal(toks: list[str], i: int) -> bool:
    """« il y a », « y a-t-il », « existe-t-il », « faut-il »: an impersonal « il » points at nothing."""
    near = toks[max(0, i - 3) : i] + toks[i + 1 : i + 2]
    return toks[i] == "il" and any(w in IMPERSONAL for w in near)


def without_locutions(toks: list[str]) -> list[str]:
    """The tokens without the interrogative locution « est-ce que / est-ce qu' / qu'est-ce que » (its « ce »
    is no determiner: « quand est-ce qu'elle a commencé ? » → quand elle a commencé), nor « c'est ce que »."""
    out: list[str] = []
    for tok in toks:
        out.append(tok)
        tail = out[-3:]
        if tail[:2] == ["est", "ce"] and tail[2:] in (["que"], ["qu"], ["qui"]) and out[-4:-3] != ["c"]:
            del out[-3:]
    return out


def _head_pronoun(toks: list[str], within: int = 4) -> bool:
    """A singular pronoun among the first words, no noun phrase before it: « elle s'adresse à qui ? »,
    « combien a-t-elle coûté ? », « qui l'a lancée ? », « quand est-ce qu'elle a commencé ? » (not « comment
    le centre fait-il… »)."""
    toks = without_locutions(toks)
    start = _after_interrogative(toks, 1 if toks and toks[0] in OPENERS else 0)
    for i, word in enumerate(toks[: start + within]):
        if word in DETERMINERS - {"l"} or word in DEMONSTRATIVE:
            return False  # a noun phrase comes first: the pronoun points at it
        if word in SINGULAR_PRONOUNS and not _impersonal(toks, i):
            return True
        if word in OBJECT_CLITICS and i + 1 < len(toks) and toks[i + 1] in AUXILIARIES and i > 0:
            return True
    return False


_LOCATIVES = word_set("bas dedans dessus")  # after « là »: « là-bas », « là-dedans », « là-dessus »
# Adverb-pronouns standing for the thing in focus (« qui a bossé dessus ? », « qui met de l'argent dedans ? »);
# before « de » they are prepositions (« au-dessus du quartier », « en dessous de 10 € »).
_ADVERB_PRONOUNS = word_set("dedans dessus")
_ADVERB_COMPLEMENTS = word_set("de du des d")


def _locative(toks: list[str]) -> bool:
    """« là-bas » (the place of the fiche in focus), « là-dedans », « dedans », « dessus » (« il y avait
    combien de bénévoles dessus ? »: the action in focus), not the prepositions « au-dessus de … »."""
    pairs = zip(toks, toks[1:], strict=False)
    if any(a == "la" and b in _LOCATIVES for a, b in pairs):
        return True
    return any(
        t in _ADVERB_PRONOUNS and (i + 1 == len(toks) or toks[i + 1] not in _ADVERB_COMPLEMENTS)
        for i, t in enumerate(toks)
    )


def _neuter_subject(toks: list[str], within: int = 6) -> bool:
    """« c'est dans quelle ville ? », « ça a coûté combien ? », « combien de temps ça a duré ? »: a neuter
    subject opening a short question (after an interrogative phrase) with no determiner (« c'est quoi les
    actions sur… » names what it asks about)."""
    words = [t for t in without_locutions(toks) if t not in _BOUNDARY]
    start = 1 if words and words[0] in OPENERS else 0
    start = _after_interrogative(words, start)
    if len(words) - start > within or len(words) <= start or words[start] not in NEUTER_PRONOUNS:
        return False
    return not any(w in DETERMINERS - {"l"} or w in ("les", "des", "un", "une") for w in words[start + 1 :])


def _after_interrogative(words: list[str], start: int) -> int:
    """The position after an interrogative phrase at `start`: a question word (« comment »), « combien de »
    and its noun (« combien de temps »), « depuis / jusqu'à quand », « (pour) quelle(s) » and its noun
    (« pour quelle raison », « à quelle heure »); `start` when there is none."""
    if start + 1 < len(words) and words[start] in ("depuis", "jusqu") and words[start + 1] == "quand":
        return start + 2
    at = start + 1 if words[start : start + 1] and words[start] in _PREPOSITIONS else start
    if words[at : at + 1] and words[at] in WHICH and at + 1 < len(words) and not _boundary(words[at + 1]):
        return at + 2
    if start >= len(words) or words[start] not in INTERROGATIVES:
        return start
    counted = words[start] == "combien" and words[start + 1 : start + 2] in (["de"], ["d"])
    return start + 3 if counted else start + 1


def points_at_focus(question: str) -> bool:
    """Does the question refer to the fiche in focus (pronoun, possessive, anaphoric determiner)?"""
    toks = tokens(question)
    return (
        _demonstrative_pronoun(toks)
        or _anaphoric_noun(toks, DEMONSTRATIVE)
        or _possessive_field(toks)
        or _possessive_without_antecedent(question)
        or _clitic(toks)
        or _head_pronoun(toks)
        or _locative(toks)
        or _neuter_subject(toks)
    )


# After these, « elles » is no subject (« parmi elles », « pour eux »).
_PREPOSITIONS = word_set("parmi entre d de pour avec chez sur a en dans par")


def names_proper_noun(question: str) -> bool:
    """A capitalised word after the first one (« Place en Place vs Place des femmes : … pour chacune ? »): the
    question names what its pronouns stand for."""
    words = re.findall(r"[^\W\d_]+", question)
    return any(w[:1].isupper() for w in words[1:])


def plural_head_pronoun(question: str, within: int = 3) -> bool:
    """« ils sont partis où ? », « elles sont financées comment ? »: a plural subject pronoun among the first
    words, after openers only (not « parmi elles »)."""
    toks = [t for t in tokens(question) if not _boundary(t)]
    start = 0
    while start < len(toks) and toks[start] in OPENERS | INTERROGATIVES:
        start += 1
    window = range(start, min(start + within, len(toks)))
    return any(
        toks[j] in ("ils", "elles", "they") and (j == 0 or toks[j - 1] not in _PREPOSITIONS) for j in window
    )


def bare_noun_phrase(question: str, longest: int = 5) -> bool:
    """« le reste à charge ? », « les horaires ? »: a short question that is only a definite noun phrase."""
    toks = [t for t in tokens(question) if not _boundary(t)]
    start = 1 if toks and toks[0] in OPENERS else 0
    return start < len(toks) <= longest and toks[start] in ("le", "la", "les", "l", "the")


def definite_field_question(question: str, longest: int = 6) -> bool:
    """« qui étaient les partenaires ? », « quel est le budget ? »: a short question whose noun phrase is a
    definite field noun (the fiche's, by anaphora) and no fiche noun (« le budget des actions… » is not)."""
    toks = [t for t in tokens(question) if not _boundary(t)]
    if len(toks) > longest or any(plural_key(t) in FICHE_NOUNS for t in toks):
        return False
    return any(
        a in ("le", "la", "les", "l") and names_a_field(b) for a, b in zip(toks, toks[1:], strict=False)
    )


def points_at_list(question: str) -> bool:
    """Does the question ask the same detail of every fiche just listed: a plural possessive before a field
    noun (« et leurs budgets ? »), a plural object clitic after its subject (« qui les finance ? »), or
    « chacune » / « chacun »?"""
    toks = tokens(question)
    pairs = list(zip(toks, toks[1:], toks[2:] + [None], strict=False))
    return any(t in ("chacune", "chacun") for t in toks) or any(
        (a in ("leur", "leurs") and names_a_field(b))
        or (a in CLITIC_HOSTS and b == "les" and not _boundary(c) and c not in STOPWORDS)
        for a, b, c in pairs
    )


# ---------------------------------------------------------------- refinements of the focus list

_LIST_PRONOUN = re.compile(
    r"\b(?:lesquel(?:le)?s|lequel|laquelle|duquel|desquel(?:le)?s)\b"
    r"|(?<!pour )(?<!a )(?<!aux )(?<!envers )"  # « des actions pour ceux qui… » names people, not the list
    r"\b(?:celles|ceux)\b(?=\s*(?:-\s*(?:ci|la)\b|qui\b|dont\b|ou\b|en\b|avec\b|$|[?,]))"
    r"|\bcelle\b(?=\s*(?:qui|dont|ou|en|avec)\b)"  # « celle-ci » is the fiche in focus, not the list
    r"|\b(?:parmi|d'entre|entre) (?:elles|eux|celles|ceux|ces)\b|\bles memes\b"
)
_RESTRICTIVE = r"(?:seulement|uniquement|rien que|juste|exclusivement)"
_RESTRICT = re.compile(rf"\b{_RESTRICTIVE}\s+(?:pour|en|dans|a|au|aux|chez|avec|sur|du|des)\b")
# A plural demonstrative heading the question (after openers and restrictive adverbs) is always the list:
# « seulement ceux dans le Nord », « et celles de Metz ? » (« des actions pour ceux qui… » is not).
_HEAD_PLURAL = re.compile(
    rf"^\s*(?:(?:et|mais|puis|alors|ok|donc|bon|{_RESTRICTIVE}|parmi (?:elles|eux))\W+)*(?:celles|ceux)\b"
)
_REPEAT = re.compile(r"\b(?:pareil(?:le)?s?|idem|de meme|(?:la )?meme (?:question|chose|demande))\b")
# What a follow-up says besides its new criteria: openers, repeats, restrictive adverbs (folded).
_PHRASING = re.compile(
    rf"^\s*(?:et|mais|puis|alors|ok)\b|{_REPEAT.pattern}(?:\s+(?:mais|et))?|\b{_RESTRICTIVE}\b"
)  # « la même chose mais pour les ados » → « pour les ados »


def elliptic_superlative(question: str, longest: int = 6) -> bool:
    """« le moins cher ? », « et la plus récente ? », « le plus de bénévoles ? »: a superlative whose noun is
    left out, heading a short question — its noun is the fiches just listed (« laquelle est … »)."""
    toks = [t for t in tokens(question) if not _boundary(t)]
    start = 1 if toks and toks[0] in OPENERS else 0
    head = toks[start : start + 2]
    short = len(toks) <= longest and not any(plural_key(t) in FICHE_NOUNS for t in toks)
    return short and len(head) == 2 and head[0] in ("le", "la", "les", "l") and head[1] in ("plus", "moins")


def refines_list(question: str) -> bool:
    """Does the question narrow the focus list (« lesquelles… », « celles qui… », « parmi elles… »,
    « ces actions… », « le moins cher ? »)?"""
    q = fold(question)
    return (
        bool(_LIST_PRONOUN.search(q) or _RESTRICT.search(q) or _HEAD_PLURAL.search(q))
        or _anaphoric_noun(tokens(question), PLURAL_DEMONSTRATIVE)
        or elliptic_superlative(question)
    )


def repeats_question(question: str) -> bool:
    """« pareil pour les Pays de la Loire ? », « même question pour la Permenance logement »."""
    return bool(_REPEAT.search(fold(question)))


def without_phrasing(question: str) -> str:
    """The follow-up's own words, its phrasing left out (« Et rien que pour la Seine-Maritime ? » → « pour
    la Seine-Maritime ? »): what it adds to the previous question."""
    folded = fold(question)
    text = (
        question.strip() if len(folded) == len(question.strip()) else folded
    )  # spans shared when no ligature
    for match in reversed(list(_PHRASING.finditer(folded))):
        text = text[: match.start()] + " " + text[match.end() :]
    return " ".join(text.split())


# ---------------------------------------------------------------- « et le jardin, il fait quelle surface ? »


def titled_reference(question: str, citations: Sequence[Citation]) -> Citation | None:
    """The citation a follow-up names by a definite noun heading it (« et le jardin, … ? », « la navette,
    elle roule quand ? ») that is a word of exactly that listed fiche's title — not a field's noun (« et
    le budget ? » asks every fiche), nor a fiche noun (« l'action »); None otherwise."""
    toks = tokens(question)
    start = next((i for i, t in enumerate(toks) if t not in OPENERS), len(toks))
    if start + 1 >= len(toks) or toks[start] not in DETERMINERS:
        return None
    head = toks[start + 1]
    if len(head) < 4 or head in STOPWORDS or plural_key(head) in FICHE_NOUNS or names_a_field(head):
        return None
    key = _title_stem(head)
    found = [c for c in citations if key in {_title_stem(w) for w in tokens(c.title) if len(w) >= 4}]
    return found[0] if len(found) == 1 else None


def _title_stem(word: str) -> str:
    key = plural_key(word)
    return key[:5] if len(key) > 5 else key
