"""English words read through the base's words by meaning, when the base word is written with accents
(`assistant.vocabulary.spelt_rows`): the base's words are folded (« marche »), a multilingual embedder reads the
folded form as another word (the walk) or none (« sante »), so each is embedded with its accented spellings too;
and a neighbour that is French question phrasing elsewhere (« ça marche ») still stands for the English noun."""

from __future__ import annotations

from collections import Counter

from assistant.retrieval import HybridRetriever, translations
from assistant.vocabulary import BaseWords, spelt_rows
from tests.helpers_retrieval import MemoryIndex, make_fiche


class AccentEmbeddings:
    """A fake embedder that knows only accented spellings: « marché » is the market, « marche » the walk."""

    VECTORS = {
        "marché": [1.0, 0.0, 0.0, 0.0],
        "market": [0.95, 0.31, 0.0, 0.0],  # 0.95 with « marché »
        "marche": [0.0, 1.0, 0.0, 0.0],  # the walk
        "walk": [0.0, 0.95, 0.31, 0.0],
        "pâtisserie": [0.0, 0.0, 0.0, 1.0],
        "bakery": [0.0, 0.0, 0.31, 0.95],
        "retour": [0.0, 0.6, 0.0, -0.8],
        "back": [0.0, 0.6, 0.0, -0.8],  # « retour »: a word of French question phrasing (« des retours »)
        "chess": [0.7, 0.0, 0.71, 0.0],  # below the floor with every word
    }

    def __init__(self):
        self.documents: list[str] = []

    def _vector(self, text: str) -> list[float]:
        return self.VECTORS.get(text, [0.0, 0.0, 1.0, 0.0])

    def embed_documents(self, texts):
        self.documents.extend(texts)
        return [self._vector(t) for t in texts]

    def embed_query(self, text):
        return self._vector(text)


def test_a_folded_base_word_is_embedded_with_its_accented_spellings():
    rows = spelt_rows(["marche", "patisserie", "jardin"])
    assert ("marche", "marche") in rows and ("marche", "marché") in rows
    assert ("patisserie", "pâtisserie") in rows
    assert [s for w, s in rows if w == "jardin"] == ["jardin"]  # no accent: embedded once


def test_an_english_word_finds_the_base_word_by_its_accented_spelling():
    words = BaseWords(Counter({"marche": 2, "patisserie": 1, "jardin": 3}))
    words.attach(AccentEmbeddings(), "usem3")
    assert words.standard("market", english=True) == ("marche",)
    assert words.standard("bakery", english=True) == ("patisserie",)
    assert words.standard("chess", english=True) == ()
    assert words.embedded_words == 3  # words, not spellings


FICHES = [
    make_fiche(
        "nav", "Navette du mardi", resume="Des bénévoles conduisent les habitants au marché du bourg."
    ),
    make_fiche("pat", "Atelier pâtisserie", resume="Une pâtisserie faite avec les enfants chaque mercredi."),
    make_fiche(
        "jar", "Jardin partagé", resume="Un jardin cultivé par les voisins, au retour des beaux jours."
    ),
]


def _retriever() -> HybridRetriever:
    index = MemoryIndex(FICHES, embeddings=AccentEmbeddings())  # passages all alike: the words decide
    index.embedding_model_id = "usem3"
    return HybridRetriever(index)


def test_english_questions_on_a_word_the_base_writes_with_accents_find_their_fiche():
    retriever = _retriever()
    for question, first in [
        ("Which projects drive residents to the market?", "nav"),
        ("Any bakery workshops for children?", "pat"),
    ]:
        result = retriever.search(question)
        assert not result.no_match, question
        assert [hit.fiche_id for hit in result.hits][:1] == [first], question


def _keys(retriever: HybridRetriever, question: str) -> dict[str, tuple[str, ...]]:
    scan = retriever.vocabulary.scan(question)
    french = {t.norm: translations(t.norm) for t in scan.tokens}
    terms = retriever.judge.terms(scan.tokens, scan.used, french, standard=scan.standard, text=question)
    return {t.text: t.keys for t in terms}


def test_a_neighbour_that_is_french_phrasing_stands_for_an_english_noun_only():
    retriever = _retriever()
    assert _keys(retriever, "Which projects drive residents to the market?")["market"] == ("marche",)
    # « get back »: no noun, its neighbour « retour » is phrasing, the word stays as it is (weak)
    assert _keys(retriever, "Which projects help residents get back on their feet?").get("back") in (
        None,
        ("back",),
    )
