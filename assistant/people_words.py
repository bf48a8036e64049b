"""The people a question names, read word by word: they rank the fiches that say them.

    people = people_positions(scan.tokens)             # « pour les ados », « les hommes retraités », « les femmes »
    bonus = people_scores(index, tokens, people, ids)  # fiche -> share of the best BM25 score on those words

A public facet groups people under a form's category (« ados », « collégiens » → Jeunesse; « retraités » →
Seniors); some people have no category at all (« femmes », « hommes », « pères », « salariés »). Inside a facet set
of hundreds of fiches, or when the people have no facet, the fiches that write the question's own people words
(« un accueil ados », « des hommes retraités jusqu'ici absents », « un groupe de femmes ») serve them better than
the fiches that only file the category. `people_positions` finds those words: the single-word aliases of the
people facets (`assistant.facet_words.SYNONYMS`) and the French people nouns of no form category (`NO_CATEGORY`,
a lexical class, with the people of the English glossary). `people_scores` is one BM25 search on them, bounded.
A people word no facet value covers (`uncategorised`) also says the question's people are narrower than its
facets: the facets alone no longer tell its whole set (`HybridRetriever._facets_only`).
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from assistant.facet_words import SYNONYMS
from ingest.text import STOPWORDS, Token, normalise, plural_key, word_set

_PEOPLE = ("public", "mots_cles")  # the fields of the people facets in `SYNONYMS`

# People nouns no form category names (a lexical class: sex, family role, occupation or situation).
NO_CATEGORY = word_set(
    "femme femmes homme hommes fille filles garcon garcons pere peres mere meres papa papas maman mamans "
    "retraite retraites collegien collegiens lyceen lyceens etudiant etudiants salarie salaries chomeur chomeurs "
    "locataire locataires migrant migrants refugie refugies aidant aidants benevole benevoles apprenant "
    "apprenants grand-parent grands-parents papi papy papys mamie mamies gramoune gramounes"
)


@cache
def people_keys() -> frozenset[str]:
    """Plural keys of the people words: one-word aliases of the people facets and `NO_CATEGORY`."""
    words = {w for fields, _, aliases in SYNONYMS if fields == _PEOPLE for w in aliases if " " not in w}
    words = {w for w in words if ":" not in w}  # « noun:petits », « noun:anciens »: adjectives as often
    return frozenset(plural_key(w) for w in words | set(NO_CATEGORY) if w not in STOPWORDS)


def people_positions(tokens: list[Token]) -> list[int]:
    """Positions of the question's people words (« jeunes » only as a noun: not « jeunes mamans »)."""
    keys = people_keys()
    out = []
    for i, token in enumerate(tokens):
        if token.key not in keys:
            continue
        if token.norm == "jeunes" and i + 1 < len(tokens) and tokens[i + 1].key in keys:
            continue  # an adjective before people (« jeunes mamans »)
        out.append(i)
    return out


def uncategorised(positions: Collection[int], used: Collection[int]) -> list[int]:
    """The people words no facet read (their positions are not among the facet scan's `used` ones)."""
    return [i for i in positions if i not in used]


def narrower(tokens: list[Token], positions: Collection[int], used: Collection[int], values: Collection[str]):
    """The people words that tell more than the facets' values: read by no facet, or a facet's trigger that is
    not a value's own word (« ados » for Jeunesse, « retraités » for Seniors; not « familles » for familles)."""
    named = [plural_key(w) for v in values for w in normalise(v).split()]
    return [i for i in positions if i not in used or not any(_kin(tokens[i].key, w) for w in named)]


def _kin(word: str, value: str) -> bool:
    """One word of the same family as the value's (« jeunes » / Jeunesse, « enfants » / Enfance): a common
    start of 5 letters or the shorter word whole."""
    size = min(5, len(word), len(value))
    return word[:size] == value[:size] and size >= min(len(word), 4)


def people_scores(index, tokens: list[Token], positions: list[int], ids: Collection[str] | None, k: int):
    """Fiche id -> its BM25 score on the people words alone over the best one's (chunks summed), within `ids`."""
    if not positions:
        return {}
    text = " ".join(dict.fromkeys(tokens[i].text for i in positions))
    totals: dict[str, float] = {}
    for scored in index.keyword_search(text, k, ids):
        fid = scored.chunk.fiche_id
        totals[fid] = totals.get(fid, 0.0) + scored.score
    best = max(totals.values(), default=0.0)
    return {fid: s / best for fid, s in totals.items()} if best > 0 else {}
