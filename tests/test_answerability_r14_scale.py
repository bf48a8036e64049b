"""Answerability at scale: a title of one content word (« La parole est à vous », « Noël pour tous ») is a topic
word, not a name. Among 20,000 fiches many short titles have all their content words in a question about
something else (« un groupe de parole pour les personnes en deuil »): the fiche must cover the question's topic
like any other, never be taken as the project the question names (`assistant.answerability.names_a_project`)."""

from __future__ import annotations

from assistant import answerability
from assistant.answerability import Answerability, Candidate, names_a_project
from assistant.retrieval import HybridRetriever
from tests.helpers_retrieval import MemoryIndex, make_fiche

FICHES = [
    make_fiche(
        "par",
        "La parole est à vous",
        resume="Un temps d'échange mensuel où les habitants disent ce qu'ils pensent de la vie du quartier.",
    ),
    make_fiche(
        "par2",
        "La parole est à vous",
        centre="Maison des habitants du Lac",
        resume="Chaque mois, les habitants donnent leur avis sur les projets du centre social.",
    ),
    make_fiche(
        "noe2",
        "Noël pour tous",
        centre="Espace social des Tilleuls",
        resume="Une après-midi de décembre avec goûter et cadeaux pour les familles du quartier.",
    ),
    make_fiche(
        "noe",
        "Noël pour tous",
        resume="Un repas de fête offert en décembre aux familles isolées, avec un spectacle pour les enfants.",
    ),
    make_fiche(
        "cha",
        "Chantier jeunes de l'été",
        resume="Des jeunes rénovent la salle commune pendant l'été, encadrés par un animateur.",
    ),
    make_fiche(
        "jar",
        "Jardin partagé des voisins",
        resume="Un jardin cultivé par les voisins au pied des immeubles, avec des bacs pour les enfants.",
    ),
]


def test_a_title_of_one_content_word_names_no_project():
    assert not names_a_project("La parole est à vous", "Vous avez des groupes de parole pour les veufs ?")
    assert not names_a_project("Noël pour tous", "Un concert de Noël ouvert à tous ?")
    assert names_a_project("Grainothèque", "La grainothèque, comment ça marche ?")  # the whole title
    assert names_a_project("Chantier jeunes de l'été", "Le chantier de l'été avec des jeunes ?")
    assert names_a_project("Place des femmes", "le budget de Place des femmes")


def test_a_one_word_title_in_the_question_is_judged_on_its_coverage():
    judge = Answerability({"parole": 900, "habitant": 9000, "quartier": 9000, "veuve": 0}, 20000)
    fiche = FICHES[0]
    from ingest.text import tokens as tokenize

    question = "Un cercle de parole pour les veuves, vous avez ça ?"
    terms = judge.terms(tokenize(question), set(), text=question)
    named = judge.decide(terms, [Candidate(fiche, named=True)], question=question)
    assert not named.answerable  # « veuves »: no fiche has it; « parole » and « vous » name no project


def _retriever(monkeypatch) -> HybridRetriever:
    # read as a federation's base of thousands of fiches, where a word none has is an absent topic
    monkeypatch.setattr(answerability, "NAMED_BASE", len(FICHES))
    return HybridRetriever(MemoryIndex(FICHES))


def test_questions_on_an_absent_topic_beside_a_short_title_say_no_fiche(monkeypatch):
    retriever = _retriever(monkeypatch)
    for question in [
        "Vous avez un cercle de parole pour les veuves ?",
        "Un espace de parole pour les orphelins, vous connaissez ?",
        "Une bourse aux jouets de Noël, quelqu'un en a fait une ?",
    ]:
        result = retriever.search(question)
        assert result.no_match, (question, [h.fiche.title for h in result.hits])


def test_the_short_title_still_answers_its_own_topic(monkeypatch):
    retriever = _retriever(monkeypatch)
    for question, first in [
        ("Parle-moi de La parole est à vous", {"par", "par2"}),
        ("un repas de Noël pour les familles isolées ?", {"noe"}),
        ("Présente-moi le Chantier jeunes de l'été", {"cha"}),
        ("Noël pour tous, c'est quoi le principe ?", {"noe", "noe2"}),  # the whole title: named
    ]:
        result = retriever.search(question)
        assert not result.no_match and result.hits[0].fiche_id in first, question


def _terms(question: str, word_df: dict[str, int]):
    from ingest.text import tokens as tokenize

    judge = Answerability(word_df, 20)
    return {t.norm: t for t in judge.terms(tokenize(question), set(), text=question)}


def test_a_participle_relating_people_to_a_thing_is_no_condition_of_the_public():
    known = {"ordinateur": 3, "chiffre": 2, "ecran": 2, "groupe": 5, "parole": 4, "personne": 9, "parent": 9}
    for question, participle, topic in [
        ("des ateliers pour les gens fâchés avec l'ordinateur ?", "faches", "ordinateur"),
        ("un accompagnement des adultes brouillés avec les chiffres", "brouilles", "chiffres"),
        ("des parents dépassés face aux écrans, une idée ?", "depasses", "ecrans"),
    ]:
        terms = _terms(question, known)
        assert participle not in terms or (terms[participle].weak and not terms[participle].condition), (
            question
        )
        assert not terms[topic].weak, question
    endeuilles = _terms("un groupe de parole pour les personnes endeuillées ?", known)["endeuillees"]
    assert endeuilles.condition and not endeuilles.weak  # the public's condition: the topic asked


def test_a_participle_before_a_partner_a_facet_reads_stays_the_condition():
    from ingest.text import tokens as tokenize

    judge = Answerability({"bebe": 5, "pmi": 3, "caf": 3}, 20)
    for question, participle, partner in [
        ("des bébés prématurés avec la PMI ?", "prematures", "pmi"),
        ("des familles endeuillées avec la CAF, un accompagnement ?", "endeuillees", "caf"),
    ]:
        toks = tokenize(question)
        skip = {i for i, t in enumerate(toks) if t.norm == partner}  # the partner's facet trigger
        terms = {t.norm: t for t in judge.terms(toks, skip, text=question)}
        assert terms[participle].condition and not terms[participle].weak, question
