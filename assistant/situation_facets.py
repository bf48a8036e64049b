"""Facets read in the situation a question tells, not asked as criteria.

    situational(query.facets, scan.tokens, situated)   # « des mamans ont du mal en français, on monte quoi ? »

A request for ideas often starts by telling the asker's situation (« Des mamans du quartier ont du mal à se
débrouiller en français, on pourrait monter quoi ? », « Nos habitants reçoivent des courriers de la CAF… »). The
people or partners named there (public familles, partner Caf) set the scene: the fiches wanted are those about the
situation's topic (French classes, paperwork), not any fiche of that public. A facet is situational when every
word of its trigger lies in the clauses telling the situation (`question_syntax.situation_positions`); a facet
asked as a criterion (« pour les seniors », « en Isère », « avec la Caf comme partenaire ») lies in the request.
A facet the situation tells as a lack (« nos familles partent jamais en vacances », « ils n'ont pas de jardin »:
a word of lack, then only function words before the trigger) is what the asker wants, not the scene: the facets
are then not situational.
A situation may also be told without a main verb, as the people named then what they do or undergo (« des
gamins virés du collège qui traînent toute la journée, quelqu'un a une solution ? », « des mamans seules avec leur
bébé qui ne sortent pas, que faire ? »): `described_positions` reads those clauses (a facet's people, then a
participle or a relative clause with its verb), which `question_syntax.situation_positions` leaves out.
"""

from __future__ import annotations

from collections.abc import Collection

from assistant.question_syntax import _ASKING, _NEED_VERBS, _PARTICIPLE, _RELATIVES, _clauses, _finite
from assistant.records import FacetMatch
from ingest.lemmas import lemma
from ingest.text import STOPWORDS, Token, normalise, word_set

# Words telling that the people of the situation lack something (« jamais », « pas de », « personne pour »)
# Prepositions linking a noun to the people after it: the noun is then what is asked (« des actions pour les
# jeunes qui… »), not the people's situation
_LINKS = word_set("pour sur avec dans en a au aux par chez vers envers aupres destination direction")
_LACK = word_set("jamais pas personne rien aucun aucune sans manque manquent manquer")


def trigger_positions(facet: FacetMatch, tokens: list[Token], used: Collection[int]) -> set[int]:
    """Positions of the facet's trigger words among the positions the facet scan used."""
    words = set(normalise(facet.trigger).split())
    return {i for i in used if i < len(tokens) and tokens[i].norm in words}


def situational(
    facets: list[FacetMatch], tokens: list[Token], used: Collection[int], situated: Collection[int]
) -> bool:
    """Are there facets, each read only from words of the situation told (`situated` positions)?"""
    if not facets or not situated:
        return False
    for facet in facets:
        found = trigger_positions(facet, tokens, used)
        if not found or not found <= set(situated) or told_lacking(tokens, min(found)):
            return False
    return True


def told_lacking(tokens: list[Token], start: int) -> bool:
    """Is the word at `start` told as lacking: a word of lack before it, only function words between
    (« partent jamais en vacances », « n'ont pas de jardin »; not « ne lisent pas les courriers de la Caf »)?"""
    i = start - 1
    while i >= 0 and tokens[i].norm in STOPWORDS and tokens[i].norm not in _LACK:
        i -= 1
    return i >= 0 and tokens[i].norm in _LACK


def described_positions(text: str, tokens: list[Token], named: Collection[int]) -> set[int]:
    """Positions of the clauses before the request (the last clause) that name people by a facet (`named`
    positions) and tell their situation without a main verb (`_describes`)."""
    clauses = _clauses(text, tokens)
    out: set[int] = set()
    for n in range(max(clauses, default=0)):
        words = [i for i, c in enumerate(clauses) if c == n]
        if _describes(tokens, words, named):
            out.update(words)
    return out


def _describes(tokens: list[Token], words: list[int], named: Collection[int]) -> bool:
    """A noun phrase naming people first (before them only function words and words of quantity or age, no
    preposition: « beaucoup de jeunes mamans », not « des actions pour les jeunes »), then a participle or a
    relative clause with a finite verb; no finite verb of its own before the relative (`situation_positions`
    reads those clauses), no word of a request or of wanting."""
    people = next((i for i in words if i in named), None)
    if people is None or any(tokens[i].norm in _LINKS for i in words if i < people):
        return False
    if any(tokens[i].norm in _ASKING or lemma(tokens[i].text) in _NEED_VERBS for i in words):
        return False
    relative = next((i for i in words if i > people and tokens[i].norm in _RELATIVES), None)
    head = [i for i in words if relative is None or i < relative]
    if any(_finite(tokens, i) for i in head):
        return False
    participle = any(tokens[i].text.lower().endswith(_PARTICIPLE) for i in head if i > people)
    return participle or (relative is not None and any(_finite(tokens, i) for i in words if i > relative))


# Between a people word and the relative telling their need: a few words of their description (« des mamans au
# foyer qui… », « des mères isolées qui… »); clitics and negation between « qui » and the verb of wanting.
_DESCRIPTION_SPAN = 3
_CLITICS = word_set("ne n se s y en leur lui me")


def need_subject(facets: list[FacetMatch], text: str, tokens: list[Token], used: Collection[int]) -> bool:
    """Are the facets all people, each the subject of a relative clause telling what they want, with words of its
    own after the verb of wanting (« des mamans au foyer qui voudraient retrouver du travail », « des aînés qui
    souhaitent aller au bourg »)? The need then says what is wanted: the people's facet only sets the scene."""
    return bool(facets) and len(need_subjects(facets, text, tokens, used)) == len(facets)


def need_subjects(
    facets: list[FacetMatch], text: str, tokens: list[Token], used: Collection[int]
) -> list[int]:
    """Indexes of the people facets (a public) each the subject of a relative clause telling what they want
    (`need_subject`): they set the scene of the need, the question's other facets may name the need itself."""
    clauses = _clauses(text, tokens)
    out = []
    for n, facet in enumerate(facets):
        found = trigger_positions(facet, tokens, used)
        if "public" in dict(facet.pairs()) and found and _wants(tokens, clauses, max(found)):
            out.append(n)
    return out


def _wants(tokens: list[Token], clauses: list[int], people: int) -> bool:
    """Is the people word at `people` followed, within a few words, by « qui », a verb of wanting, then a word
    that is no function word in the verb's clause?"""
    end = min(len(tokens), people + _DESCRIPTION_SPAN + 2)
    relative = next((i for i in range(people + 1, end) if tokens[i].norm == "qui"), None)
    if relative is None:
        return False
    verb = relative + 1
    while verb < len(tokens) and tokens[verb].norm in _CLITICS:
        verb += 1
    if verb >= len(tokens) or lemma(tokens[verb].text) not in _NEED_VERBS:
        return False
    same = (lambda i: clauses[i] == clauses[verb]) if clauses else (lambda i: True)
    return any(same(i) and tokens[i].norm not in STOPWORDS for i in range(verb + 1, len(tokens)))


def need_scene(facets: list[FacetMatch], text: str, tokens: list[Token], used: Collection[int]) -> set[int]:
    """Positions of the words describing the people of `need_subjects` between them and « qui » (« des mamans
    au foyer qui… », « des mères isolées qui… »): the scene of the need, not the need's words."""
    out: set[int] = set()
    for n in need_subjects(facets, text, tokens, used):
        start = max(trigger_positions(facets[n], tokens, used))
        end = next(i for i in range(start + 1, len(tokens)) if tokens[i].norm == "qui")
        out.update(range(start + 1, end))
    return out
