"""Text rules shared by the whole project, each defined once: folding, words, stop words, plural and
typo keys, sentences, chunk ids, Markdown escaping and URLs.

    fold("L’Œuvre Éducative")        # "l'oeuvre educative"   lower case, no accents, ligatures expanded
    normalise("Côte-d'Or")           # "cote d or"            the comparison key: fold + punctuation → space
    plural_key("sociaux")            # "social"               plural-insensitive key of a normalised word
    tokens("Les HLM")                # [Token("Les", "les", "le"), Token("HLM", "hlm", "hlm")]
    search_terms("bailleurs sociaux")  # ["bailleur", "social"]  BM25's analyser (stemmed)
    chunk_id("f-1", "resume", 0)     # "f-1#resume#0"; fiche_id_of / section_of parse it back

Two analysers on purpose: BM25 (`search_terms`) stems and drops stop words, so that it ranks by
topic; facets (`tokens`) keep every word exact with its position, so that a phrase such as « Caf »
or « en Moselle » is matched word for word and its trigger words can be shown and removed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import quote, urlsplit

# -- folding ---------------------------------------------------------------------------------------

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "’": "'"})
_COMBINING = re.compile(r"[\u0300-\u036f]+")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower case, accents removed, ligatures expanded, curly apostrophe straightened; punctuation kept.
    For matching, never for display."""
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text.translate(_LIGATURES)))
    return text.lower().strip()


def normalise(text: str) -> str:
    """The comparison key: `fold`, then every run of punctuation/space (and any other non-ASCII
    character) becomes one space. « Côte-d'Or » → « cote d or »."""
    return _NON_ALNUM.sub(" ", fold(text)).strip()


@lru_cache(maxsize=1)
def _normalise_table() -> dict[int, str]:
    return {cp: normalise(chr(cp)) or " " for cp in range(0x2100)}


def normalised_words(text: str) -> list[str]:
    """`normalise(text).split()`, 5x faster on whole fiches: a per-character table over the first
    8,448 code points (rarer characters are kept as they are)."""
    return text.translate(_normalise_table()).split()


# -- words -----------------------------------------------------------------------------------------


def plural_key(word: str) -> str:
    """Plural-insensitive key of a normalised word: 'sociaux' → 'social', 'familles' → 'famille', 'reseaux' →
    'reseau'. Checked against the French dictionary (tests/test_lemmas.py): right for 94 % of its plurals in -x
    (not « travaux », « coraux », « tuyaux »)."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("eaux"):
        return word[:-1]
    if word.endswith("aux"):
        return word[:-3] + "al"
    if word[-1] in "sx":
        return word[:-1]
    return word


# Feminine and masculine endings of French adjectives and nouns (« publique »/« public », « rurale »/« rural »,
# « sportive »/« sportif »), longest first.
_GENDER = (("ique", "ic"), ("ive", "if"), ("elle", "el"), ("enne", "en"), ("euse", "eur"), ("rice", "eur"),
           ("ere", "er"), ("e", ""))  # fmt: skip


def gender_variants(key: str) -> list[str]:
    """The other-gender forms of a plural key (normalised, singular): « publique » → ['public'], « public »
    → ['publique'], « rurale » → ['rural'], « animateur » → ['animateuse', 'animatrice']. Short words: none."""
    if len(key) <= 4:
        return []
    for feminine, masculine in _GENDER:
        if key.endswith(feminine) and len(key) - len(feminine) >= 3:
            return [key[: -len(feminine)] + masculine]
    stems = [(key[: -len(m)], f) for f, m in _GENDER if m and key.endswith(m)]
    return [stem + f for stem, f in stems] or [key + "e"]


def keys(text: str) -> list[str]:
    """Plural keys of the normalised words of `text`."""
    return [plural_key(w) for w in normalise(text).split()]


def phrase_key(text: str) -> str:
    """One key for a phrase, insensitive to case, accents, punctuation and plurals."""
    return " ".join(keys(text))


@dataclass(frozen=True)
class Token:
    text: str  # as written
    norm: str  # normalised (lower case, no accents)
    key: str  # plural key


_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def tokens(text: str) -> list[Token]:
    """Word tokens (hyphens and apostrophes split) with their normalised and plural-key forms.
    Exact words, not stems: facets match phrases word for word and report their trigger words."""
    out = []
    for word in _WORD.findall(text):
        for norm in normalise(word).split():
            out.append(Token(word, norm, plural_key(norm)))
    return out


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance between two words (meant for short words: O(len(a) * len(b)))."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, start=1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
    return row[-1]


def one_typo(a: str, b: str, min_len: int = 6) -> bool:
    """True when a and b are equal or differ by one insertion, deletion, substitution or swap of two
    neighbours; words shorter than `min_len` never count as typos of each other."""
    if a == b:
        return True
    if min(len(a), len(b)) < min_len or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
        return a[i + 1 :] == b[i + 1 :] or swapped
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]


# French spellings of one sound, in order (normalised words): « ph »/« f », « qu »/« k »/« c », « ère »/« aire »,
# « ain »/« in », « eau »/« o », a silent « h », « y »/« i ».
_SOUNDS = (
    ("ph", "f"), ("qu", "k"), ("ck", "k"), ("ch", "§"), ("(?<=[aeiouy])s(?=[aeiouy])", "z"), ("c(?=[aou]|$)", "k"),
    ("c(?=[eiy])", "s"), ("gu(?=[ei])", "g"), ("ge(?=[aou])", "j"), ("eau|au", "o"), ("ai(?=[nm])|ei(?=[nm])", "i"),
    ("ai|ei", "e"), ("y", "i"), ("h", ""), ("w", "v"), ("(.)\\1", "\\1"),
)  # fmt: skip
_SILENT_END = re.compile(r"(?:e|es|s|t|ts|x|d|ds|p)$")


@lru_cache(maxsize=4096)
def phonetic_key(word: str) -> str:
    """A key that French spellings of the same sound share (for misspellings by ear): « solidère » and
    « solidaire » → « solider », « pik » and « pique » → « pik », « foto » and « photo » → « foto »."""
    key = word
    for pattern, repl in _SOUNDS:
        key = re.sub(pattern, repl, key)
    return _SILENT_END.sub("", key) if len(key) > 3 else key


def word_set(text: str) -> frozenset[str]:
    """The words of a whitespace-separated list, as a set."""
    return frozenset(text.split())


# Function words of questions (French and English, normalised): they carry no topic.
STOPWORDS = word_set(
    """a au aux avec ce ces cet cette dans de des du elle elles en et est etait etaient il ils je la le les leur
    leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te
    tes toi ton tu un une vos votre vous y d l j m n s t c qu quel quelle quels quelles quoi dont ont sont ete
    fait faire font avez avoir ai as a t il y ya comment pourquoi combien quand ou ca cela ceci tout tous toute
    toutes autre autres plus moins tres bien aussi entre vers chez sans sous lors afin ainsi donc alors
    the a an of in on at to for with and or is are was were be been by from which what who whom how why
    do does did have has had any some that this these those there their them they it its about into ran run
    me my we our you your can could would should will please show tell give list"""
)
# Words that frame a question without naming its topic: greetings and politeness, discourse markers, time
# and manner adverbs (« Bonjour, … », « … arrêtées maintenant », « juste celles-là »).
DISCOURSE = word_set(
    """bonjour bonsoir salut coucou hello hi hey merci remercie remerciant svp stp thanks thank
    cordialement madame monsieur euh bref voila ok okay juste exactement precisement simplement
    vraiment franchement actuellement maintenant aujourd hui hier demain recemment dernierement bientot
    desormais dorenavant auparavant autrefois jadis truc trucs machin machins now currently today recently
    where when whose while also just only very really still here anything something anyone someone
    somewhere anywhere everything everyone"""
)
# The field's own generic words: they name every fiche, so they carry no search meaning.
GENERIC = word_set(
    """action actions fiche fiches centre centres social sociaux sociale sociales projet projets structure
    structures mene menee menees menes mener organise organisee organisees idee idees exemple exemples
    initiative initiatives experience experiences realise realisee realisees centers center centres
    activities activity projects project ideas idea examples example ran led carried out"""
)

# Forms of the common irregular verbs (« reçoit », « compris », « obtenu »): they say what is done, never what a
# question is about. A word set for the modules that join word sets; any other verb form is told by the French
# dictionary (`ingest.lemmas.is_verb_form`, which counts these too: the dictionary alone misses the participles it
# lists as adjectives, « connu », « inclus », « tenu »). Nouns of the same spelling (« prise », « suivi »,
# « produit », « offre », « permis ») are left out.
VERB_FORMS = word_set(
    """recoit recoivent recevons recevez recu recue recus recues percoit percoivent percu percue percus
    prend prennent pris comprend comprennent compris comprise apprend apprennent appris apprise
    reprend reprennent repris entreprend entrepris met mettent remet remettent remis permettent
    tient tiennent tenu obtient obtiennent obtenu obtenue obtenus obtenues retient retiennent retenu retenus
    soutient soutiennent maintient maintiennent maintenu devient deviennent devenu devenue devenus
    revient reviennent venu venus connait connaissent connu connue connus offert offerte offerts
    atteint atteints inclut incluent inclus incluse exclut excluent exclus"""
)

# -- BM25's analyser -------------------------------------------------------------------------------

_ASCII_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _bm25_stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_FRENCH

    return frozenset(_ascii(fold(w)) for w in STOPWORDS_FRENCH)


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("french")


def _ascii(folded: str) -> str:
    return folded.replace("'", " ").encode("ascii", "ignore").decode("ascii")


def search_terms(text: str) -> list[str]:
    """BM25 terms: folded ASCII words (other characters dropped, « habitant·es » is one word), French
    stop words removed, Snowball French stems — « bailleurs sociaux » → ['bailleur', 'social'].
    Stems, not exact words: BM25 ranks by topic, where « animations », « animer » and « animateurs »
    are one term."""
    stop = _bm25_stopwords()
    words = [
        w for w in _ASCII_WORD.findall(_ascii(fold(text))) if w not in stop and (len(w) > 1 or w.isdigit())
    ]
    return _stemmer().stemWords(words)


# -- sentences -------------------------------------------------------------------------------------

SENTENCE_ENDS = ".!?…"


@lru_cache(maxsize=4)
def _sentence_end(ends: str) -> re.Pattern[str]:
    return re.compile(rf"(?<=[{re.escape(ends)}])\s+")


def split_sentences(text: str, ends: str = SENTENCE_ENDS) -> list[str]:
    """The sentences of `text` (spaces collapsed): split after any character of `ends` followed by space."""
    return [s for s in _sentence_end(ends).split(" ".join(text.split())) if s]


def sentence_pieces(text: str, limit: int, ends: str = SENTENCE_ENDS) -> Iterator[str]:
    """Sentences of each line of `text`; a sentence longer than `limit` is cut at a word (or at `limit`)."""
    for line in text.splitlines():
        for sentence in _sentence_end(ends).split(line):
            while len(sentence) > limit:
                cut = sentence.rfind(" ", 0, limit)
                cut = cut if cut > limit // 2 else limit
                yield sentence[:cut]
                sentence = sentence[cut:].lstrip()
            if sentence:
                yield sentence


def cut_sentences(text: str, limit: int) -> str:
    """Whole sentences up to `limit` characters (spaces collapsed); a single long sentence is cut at a
    word with '…'."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    kept = ""
    for sentence in split_sentences(text):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > limit:
            break
        kept = candidate
    if kept:
        return kept
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def cut(text: str, limit: int) -> str:
    """`text` (line breaks kept) cut to `limit` chars after its last sentence in the second half, else
    at a word, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    end = max(head.rfind(". "), head.rfind(".\n"))
    if end < limit // 2:
        end = head.rfind(" ")
    return head[: end + 1].rstrip() + "…"


# -- chunk ids -------------------------------------------------------------------------------------

CHUNK_ID_SEP = "#"


def chunk_id(fiche_id: str, section: str, n: int) -> str:
    """'<fiche id>#<section>#<n>' (a fiche id never contains '#')."""
    return f"{fiche_id}{CHUNK_ID_SEP}{section}{CHUNK_ID_SEP}{n}"


def fiche_id_of(chunk_id: str) -> str:
    """The fiche id of a chunk id (the whole string when it holds no '#')."""
    return chunk_id.split(CHUNK_ID_SEP, 1)[0]


def section_of(chunk_id: str) -> str:
    """The section of a chunk id, '' when it has none."""
    parts = chunk_id.split(CHUNK_ID_SEP)
    return parts[1] if len(parts) >= 3 else ""


# -- Markdown and URLs -----------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_AUTOLINK = re.compile(r"(?<=\w):(?=//)|(?<=\bwww)\.|@", re.IGNORECASE)
_RAW_LT = re.compile(r"(?<!\\)((?:\\\\)*)<")


def md_escape(text: str) -> str:
    """Fiche text made inert in Markdown: no link, emphasis, tag, table cell nor autolink."""
    return defuse_autolinks(_MD_SPECIAL.sub(r"\\\1", text or ""))


def defuse_autolinks(text: str) -> str:
    """Escape the ':' of '://', the '.' of 'www.' and '@': GFM renderers (Gradio's chat, GitHub) would
    otherwise turn a bare URL or e-mail address written in a fiche into a clickable link."""
    return _AUTOLINK.sub(lambda m: "\\" + m.group(0), text)


def lt_entities(text: str) -> str:
    """Every '<' not already escaped as '\\<' becomes '&lt;' (escaping it twice would show '&lt;')."""
    return _RAW_LT.sub(r"\1&lt;", text)


def safe_url(url: str) -> str:
    """`url` when it is an absolute http(s) URL, else '' (no javascript:, data:, relative tricks)."""
    parts = urlsplit((url or "").strip())
    if parts.scheme in ("http", "https") and parts.netloc:
        return parts.geturl()
    return ""


def fiche_path(fiche_id: str) -> str:
    """The app's own page of a fiche."""
    return "/fiche/" + quote(fiche_id, safe="")
