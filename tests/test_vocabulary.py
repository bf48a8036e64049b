"""Question words the fiches do not use, read as the base's words (`assistant.vocabulary`): misspellings, learned
words and truncations, hyphenated compounds, embedding neighbours; and true out-of-corpus words left alone."""

from __future__ import annotations

from collections import Counter

import pytest

from assistant.facets import FacetVocabulary
from assistant.retrieval import HybridRetriever
from assistant.vocabulary import BaseWords, look_alike
from tests.helpers_retrieval import MemoryIndex, make_fiche

# A tiny base: plural key -> number of fiches holding it.
WORD_DF = Counter(
    {"ludotheque": 1, "immeuble": 2, "apprenant": 1, "atelier": 3, "numerique": 2, "escale": 1, "logement": 2,
     "antigaspi": 1, "gaspillage": 1, "professionnel": 2, "environnement": 1, "adolescent": 1, "grossesse": 1,
     "puericulture": 1, "voulait": 1}
)  # fmt: skip


@pytest.fixture
def words() -> BaseWords:
    return BaseWords(WORD_DF)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ludoteque", ("ludotheque",)),  # spelt by ear: the same phonetic key
        ("imeubles", ("immeuble",)),  # one letter less
        ("aprenants", ("apprenant",)),
        ("atelie", ("atelier",)),
        ("escape", ()),  # one letter changed in a 6-letter word: no typo (« escape game » is no « escale »)
        ("voudrait", ()),  # a verb form is never corrected
        ("harcelement", ()),  # a word of no fiche, near none: stays as it is (answerability abstains)
        ("logement", ()),  # known as it is
        ("logements", ()),
    ],
)
def test_a_word_the_base_lacks_resolves_to_its_nearest_base_words(words, word, expected):
    assert words.standard(word) == expected


def test_glossary_words_are_read_through_their_standard_words(words):
    assert words.standard("pros")[:2] == ("professionnel", "professionnelle")  # plural of a truncation
    assert words.standard("ecolo") == ("ecologique", "ecologie", "environnement")
    assert words.standard("illectronisme")[0] == "numerique"  # a learned word
    assert words.standard("ecolo", english=True)[0] == "ecologique"


def test_glued_compounds_and_look_alikes(words):
    assert words.glued("anti", "gaspi") == "antigaspi"
    assert words.glued("mal", "logement") == ""
    assert look_alike("permaculture", "puericulture")  # the piece « cultu » shared, not the root
    assert not look_alike("teenage", "adolescent")
    assert not look_alike("ludoteque", "ludotheque")  # same root: a spelling, not a look-alike


class TableEmbeddings:
    """A fake embedder: each word's vector is given; unknown words get a vector of their own."""

    VECTORS = {
        "adolescent": [1.0, 0.0, 0.0, 0.0],
        "youngster": [0.95, 0.31, 0.0, 0.0],  # cosine 0.95 with « adolescent »
        "grossesse": [0.0, 1.0, 0.0, 0.0],
        "gestation": [0.0, 0.9, 0.44, 0.0],  # cosine 0.9 with « grossesse »
        "puericulture": [0.0, 0.0, 0.0, 1.0],
        "permaculture": [0.0, 0.0, 0.1, 0.99],  # a look-alike
        "chess": [0.0, 0.7, 0.0, 0.71],  # below the floor with every word (0.71 at most)
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


def test_unknown_english_words_find_their_translation_by_embedding(words):
    embedder = TableEmbeddings()
    words.attach(embedder, "usem3")
    assert words.standard("youngster", english=True) == ("adolescent",)
    assert words.standard("gestation", english=True) == ("grossesse",)
    assert words.standard("permaculture", english=True) == ()  # its neighbour only looks like it
    assert words.standard("chess", english=True) == ()  # nothing above the floor
    assert words.standard("youngster") == ()  # a French question: no embedding step
    assert words.standard("pregnancy", english=True) == ()  # the glossary translates it: no neighbours
    assert embedder.documents.count("adolescent") == 1  # the base's words are embedded once


def test_no_embedding_step_for_an_uncalibrated_embedder(words):
    words.attach(TableEmbeddings(), "some-other-model")
    assert words.standard("youngster", english=True) == ()


# -- in the question scan --------------------------------------------------------------------------

FICHES = [
    make_fiche("lud", "Ludothèque au pied des immeubles", resume="Une ludothèque en bas des immeubles.",
               mots_cles=["Jeux"]),
    make_fiche("num", "Bus numérique", resume="Des ateliers numériques pour apprendre l'ordinateur.",
               mots_cles=["Numérique"]),
    make_fiche("log", "Permanence logement", resume="Accès au logement : démarches et droits.",
               mots_cles=["Logement"]),
    make_fiche("env", "Défi zéro déchet", resume="Réduire ses déchets en famille.", mots_cles=["Environnement"]),
    make_fiche("pro", "Forum santé", resume="Vingt professionnels de santé présents."),
]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(FICHES)


def test_a_bound_prefix_is_no_topic_and_a_known_compound_is_read_whole(vocabulary):
    scan = vocabulary.scan("des actions contre le mal-logement ?")
    mal = [t.norm for t in scan.tokens].index("mal")
    assert mal in scan.used
    assert scan.standard[mal + 1] == ("logement", "habitat")  # the glossary reads « mal-logement » whole
    scan = vocabulary.scan("des actions anti-pollution ?")
    anti = [t.norm for t in scan.tokens].index("anti")
    assert anti in scan.used and anti + 1 not in scan.used
    scan = vocabulary.scan("le mal de dos")  # no hyphen: « mal » is a word
    assert [t.norm for t in scan.tokens].index("mal") not in scan.used


def test_a_familiar_or_learned_word_names_the_facet_of_its_standard_word(vocabulary):
    scan = vocabulary.scan("des projets écolo ?")
    assert [(f.field, f.values, f.trigger) for f in scan.facets] == [
        ("mots_cles", ["Environnement"], "écolo")
    ]
    scan = vocabulary.scan("lutter contre l'illectronisme")
    assert [(f.field, f.values) for f in scan.facets] == [("mots_cles", ["Numérique"])]


def test_misspelt_words_carry_their_base_words(vocabulary):
    scan = vocabulary.scan("ludotèque en bas des imeubles")
    assert scan.standard == {0: ("ludotheque",), 4: ("immeuble",)}


@pytest.fixture(scope="module")
def retriever() -> HybridRetriever:
    return HybridRetriever(MemoryIndex(FICHES))


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("la ludotèque des imeubles", "lud"),
        ("laquelle a fait venir le plus de pros ?", "pro"),
        ("je cherche des actions autour du mal-logement", "log"),
    ],
)
def test_questions_in_words_the_fiches_do_not_use_find_their_fiche(retriever, question, first):
    result = retriever.search(question)
    assert not result.no_match
    assert result.hits[0].fiche_id == first


def test_out_of_corpus_words_still_abstain(retriever):
    result = retriever.search("des actions contre le harcèlement scolaire ?")
    assert result.no_match
    assert result.missing == ["harcèlement scolaire"]


def test_two_words_the_base_writes_as_one_and_names_left_alone():
    fiches = [
        *FICHES,
        make_fiche("asl", "Ateliers sociolinguistiques", resume="Des ateliers sociolinguistiques."),
    ]
    vocabulary = FacetVocabulary.from_fiches(fiches)
    scan = vocabulary.scan("atelié sosio linguistique le soir")
    assert scan.standard == {0: ("atelier",), 2: ("sociolinguistique",)}
    assert 1 in scan.used  # « sosio » is part of the glued word
    scan = vocabulary.scan("le projet Jardin des Basses-Imeubles")  # capitalised inside: a name, no typo
    assert scan.standard == {}


def test_the_base_words_vectors_are_cached_in_the_index_directory(tmp_path):
    first = BaseWords(WORD_DF)
    first.attach(TableEmbeddings(), "usem3", cache_dir=tmp_path)
    assert first.standard("youngster", english=True) == ("adolescent",)
    assert len(list(tmp_path.glob("word_vectors-usem3-*.npy"))) == 1
    embedder = TableEmbeddings()
    second = BaseWords(WORD_DF)
    second.attach(embedder, "usem3", cache_dir=tmp_path)
    assert second.standard("gestation", english=True) == ("grossesse",)
    assert embedder.documents == []  # read from the cache, nothing embedded again


def test_a_sound_alike_must_be_spelt_near():
    words = BaseWords(Counter({"repere": 2, "solidaire": 1}))
    assert words.standard("repair") == ()  # an English loan (« repair café »), not « repère »
    assert words.standard("solidere") == ("solidaire",)


def test_a_misspelt_project_name_is_no_absent_project():
    asl = make_fiche("asl", "Ateliers sociolinguistiques du soir", resume="Groupes de 14 apprenants le soir.")
    retriever = HybridRetriever(MemoryIndex([*FICHES, asl]))
    result = retriever.search("atelié sosio linguistique le soir, combien d'aprenants par groupe ?")
    assert [hit.fiche_id for hit in result.hits][:1] == ["asl"]


def test_english_words_unknown_to_the_glossary_are_read_through_the_embedder():
    fiches = [
        make_fiche("gro", "Les grossesses précoces", resume="Prévenir les grossesses des adolescentes."),
        *FICHES,
    ]
    index = MemoryIndex(fiches, embeddings=TableEmbeddings())  # passages all alike: the words decide
    index.embedding_model_id = "usem3"
    retriever = HybridRetriever(index)
    scan = retriever.vocabulary.scan("Any projects about gestation for teenage mothers?")
    assert scan.standard == {3: ("grossesse",)}  # « teenage », « mothers »: the glossary's
    result = retriever.search("Any projects about gestation for teenage mothers?")
    assert [hit.fiche_id for hit in result.hits][:1] == ["gro"]


def test_a_word_the_base_writes_as_two():
    words = BaseWords(Counter({"pique": 3, "nique": 2, "cyber": 1}))
    assert words.standard("piquenique") == ("pique", "nique")
    assert words.standard("cyberharcelement") == ()  # « harcèlement » is no base word


def test_a_real_french_word_the_base_lacks_is_never_corrected_to_a_look_alike():
    words = BaseWords({"jumelle": 3, "ludotheque": 2})
    assert words.near("jumelage") == ("jumelle",)  # one letter apart by ear: a typo reading exists…
    assert words.standard("jumelage") == ()  # …but « jumelage » is French: an absent topic, not a typo
    assert words.standard("ludoteque") == ("ludotheque",)  # no French word: still read as the base's
