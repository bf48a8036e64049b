"""Round 10: words spelt by ear the typo tolerance missed — a compound heard as one word, a word said without
its mute « e » (`assistant.vocabulary.BaseWords.heard_parts`, `clipped`); the destination of a movement is no
topic of its own (`assistant.question_syntax.destination_position`)."""

from assistant.question_syntax import destination_position
from assistant.vocabulary import BaseWords
from ingest.text import tokens

WORDS = {
    "pique": 4, "nique": 4, "zero": 3, "dechet": 3, "petit": 5, "dejeuner": 3, "idee": 4, "cine": 1, "debat": 2,
    "samedi": 2, "alsh": 2, "mere": 3, "marche": 2, "pret": 1, "prefet": 1,
}  # fmt: skip


def test_compound_heard_as_one_word_reads_as_the_base_words():
    words = BaseWords(WORDS)
    assert words.standard("pikenik") == ("pique", "nique")
    assert words.standard("piknik") == ("pique", "nique")  # the mute « e » dropped too
    assert words.standard("pikniks") == ("pique", "nique")
    assert words.standard("cinedebat") == ("cine", "debat")


def test_compound_of_an_acronym_or_a_real_word_is_no_misspelling():
    words = BaseWords(WORDS)
    assert words.heard_parts("alzheimer") == ()  # « alsh » + « mère »: an acronym is no half of a compound
    assert words.standard("jumelage") == ()  # a French word the base lacks: an absent topic
    assert words.heard_parts("zeb") == ()  # too short


def test_word_said_without_its_mute_e():
    words = BaseWords(WORDS)
    assert words.standard("pti") == ("petit",)
    assert words.standard("ptit") == ("petit",)
    assert words.standard("samdi") == ("samedi",)
    assert words.clipped("prt") == ()  # neither « prêt » nor « préfet » is said « prt »
    assert BaseWords({"petit": 2, "patate": 1, "poteau": 1}).clipped("pto") == ()


def test_clipping_read_two_ways_reads_nothing():
    assert BaseWords({"serin": 1, "sirop": 1}).clipped("srin") == ("serin",)
    assert BaseWords({"serin": 1, "serein": 1}).clipped("srin") == ()


def _destinations(text: str) -> list[str]:
    toks = tokens(text)
    return [t.norm for i, t in enumerate(toks) if destination_position(toks, i)]


def test_destination_of_a_movement_is_where_not_what():
    assert _destinations("les anciens n'arrivent plus à aller au marché ni chez le docteur") == [
        "marche",
        "docteur",
    ]
    assert _destinations("emmener les enfants chez le dentiste") == ["dentiste"]
    assert _destinations("se rendre aux urgences") == ["urgences"]
    assert _destinations("aller jusqu'à l'hôpital") == ["hopital"]


def test_a_noun_after_a_preposition_without_movement_stays_a_topic():
    assert _destinations("des sorties au musée") == []
    assert _destinations("des cours au collège pour les ados") == []
    assert _destinations("chez nous à la campagne") == []
