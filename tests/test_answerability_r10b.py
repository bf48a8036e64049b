"""Round 10 wave B: the grammar of a topic. A quantifier before « de » (« plein de », « un tas de », « pas mal
de ») is a determiner, never the topic; a part of the body in a figure of speech (« faire travailler leur
tête ») tells no topic; a French word the base lacks is spelt right, never credited by the fiche word one letter
or one sound away (« signes »/« lignes »). Invented corpora."""

from __future__ import annotations

from assistant.answerability import Answerability, Candidate
from assistant.question_syntax import figurative_body, quantifier_positions
from ingest.text import tokens
from tests.helpers_retrieval import make_fiche


def _quantifiers(text: str) -> list[str]:
    toks = tokens(text)
    return sorted(toks[i].norm for i in quantifier_positions(toks))


def _body(text: str) -> list[str]:
    toks = tokens(text)
    return [t.norm for i, t in enumerate(toks) if figurative_body(toks, i)]


def test_a_quantifier_before_de_is_a_determiner():
    assert _quantifiers("plein de mamans du quartier") == ["plein"]
    assert _quantifiers("un tas de familles et une foule de jeunes") == ["foule", "tas"]
    assert _quantifiers("pas mal de retraités") == ["mal"]
    assert _quantifiers("la majorité des seniors") == ["majorite"]


def test_the_same_words_elsewhere_stay_words():
    assert _quantifiers("des sorties en plein air") == []
    assert _quantifiers("ils ont du mal à lire") == []  # « du mal à »: a noun, no « pas » before
    assert _quantifiers("le nombre de participants") == []  # a quantity asked for


def test_a_part_of_the_body_is_a_figure_after_a_possessive_coup_de_or_a_reflexive():
    assert _body("faire travailler leur tête") == ["tete"]
    assert _body("donner un coup de main au jardin") == ["main"]
    assert _body("des parents qui se cassent la tête") == ["tete"]
    assert _body("des ateliers de soins des pieds") == []
    assert _body("un massage du dos pour les aînés") == []


def test_a_quantifier_never_says_aucune_fiche():
    judge = Answerability({"emploi": 2, "garde": 2, "mamans": 3, "quartier": 5}, 10)
    fiche = make_fiche("e", "Club emploi", resume="Les mamans du quartier cherchent un emploi et une garde.")
    text = "plein de mamans du quartier cherchent un emploi"
    terms = judge.terms(tokens(text), set(), text=text)
    assert [t.norm for t in terms if t.norm == "plein"] == []
    assert judge.decide(terms, [Candidate(fiche)]).answerable


def test_a_body_figure_never_says_aucune_fiche_but_a_topic_does():
    judge = Answerability({"memoire": 2, "jeux": 3, "anciens": 2, "atelier": 5}, 10)
    fiche = make_fiche("m", "Jeux de mémoire", resume="Des jeux pour la mémoire des anciens.")
    text = "des jeux pour faire travailler leur tête"
    terms = judge.terms(tokens(text), set(), text=text)
    assert judge.decide(terms, [Candidate(fiche)]).answerable
    topic = "des jeux pour soigner la tête des anciens"  # no figure: « tête » is asked about
    terms = judge.terms(tokens(topic), set(), text=topic)
    assert not [t for t in terms if t.norm == "tete"][0].weak


def test_a_french_word_the_base_lacks_is_no_misspelling_of_a_neighbour():
    judge = Answerability({"langue": 2, "initiation": 2, "lignes": 3, "habitants": 6}, 10)
    fiche = make_fiche(
        "f", "Initiation", resume="Une initiation à la langue française et aux démarches en lignes."
    )
    text = "une initiation à la langue des signes"
    terms = judge.terms(tokens(text), set(), text=text)
    signes = [t for t in terms if t.norm == "signes"][0]
    assert judge.credit(signes, judge.words(fiche)) == 0.0
    assert not judge.decide(terms, [Candidate(fiche)]).answerable


def test_a_misspelling_is_still_read_as_the_base_word():
    judge = Answerability({"epicerie": 2, "solidaire": 2, "jardin": 3}, 10)
    fiche = make_fiche("e", "Épicerie solidaire", resume="Une épicerie solidaire pour les familles.")
    text = "une épicerie solidère"  # no French word: spelt by ear
    terms = judge.terms(tokens(text), set(), text=text)
    solidere = [t for t in terms if t.norm == "solidere"][0]
    assert judge.credit(solidere, judge.words(fiche)) > 0


def test_a_noun_no_fiche_has_before_sur_is_the_topic_not_a_frame():
    judge = Answerability({"toit": 1, "installer": 2, "echange": 3, "parentalite": 2}, 10)
    fiche = make_fiche("t", "Un toit partagé", resume="Installer des jeunes sous le même toit que des aînés.")
    text = "installer des ruches sur le toit du centre"
    terms = judge.terms(tokens(text), set(), text=text)
    assert not [t for t in terms if t.norm == "ruches"][0].weak
    assert not judge.decide(terms, [Candidate(fiche)]).answerable
    known = "des échanges sur la parentalité"  # a word the base has: « sur » still names the topic after it
    assert [t for t in judge.terms(tokens(known), set(), text=known) if t.norm == "echanges"][0].weak


def test_a_participle_telling_the_public_condition_is_flagged():
    judge = Answerability({"groupes": 3, "parole": 2, "personnes": 6, "proches": 2}, 10)
    text = "des groupes de parole pour les personnes endeuillées"
    terms = judge.terms(tokens(text), set(), text=text)
    assert [t.norm for t in terms if t.condition] == ["endeuillees"]
