"""Answerability: « aucune fiche » decided from the coverage of the question's topic in THE cited fiche.

A tiny corpus built here (MemoryIndex, fake embedder: the decision below is lexical), known answers.
"""

from __future__ import annotations

import math

import pytest

from assistant import answerability
from assistant.answer import extractive_answer
from assistant.answerability import Answerability, Candidate, Term, TitleLink, topic_span
from assistant.retrieval import HybridRetriever
from assistant.service import Assistant
from ingest.text import tokens
from tests.fake_chat import ScriptedChatModel
from tests.helpers_retrieval import MemoryIndex, make_fiche

FICHES = [
    make_fiche(
        "ecrans", "Parents et écrans", centre="Centre social Les Pins", departement="Gironde", region="Nouvelle-Aquitaine",
        mots_cles=["Parentalité"], public=["familles"],
        resume="Des soirées de prévention sur les écrans pour les parents du quartier.",
    ),
    make_fiche(
        "jardin", "Jardin partagé des Lilas", centre="Maison des habitants", departement="Gironde", region="Nouvelle-Aquitaine",
        mots_cles=["Environnement"], public=["Tous publics"],
        resume="Un jardin partagé où les habitants cultivent des légumes ensemble.",
    ),
    make_fiche(
        "ludo", "Ludothèque itinérante", centre="Centre social Arc-en-ciel", departement="Nord", region="Hauts-de-France",
        mots_cles=["Parentalité"], public=["familles"], partenaires=["Caf"],
        resume="La ludothèque prête des jeux de société aux familles dans les villages.",
    ),
    make_fiche(
        "sejour", "Séjour familles à la mer", centre="Espace Marcel Pagnol", departement="Nord", region="Hauts-de-France",
        mots_cles=["vacances / loisirs"], public=["familles"], partenaires=["ARS"],
        resume="Une semaine de vacances à la mer pour des familles qui ne partent jamais.",
    ),
    make_fiche(
        "langue", "Conversation en français", centre="Maison de quartier Doulon", departement="Loire-Atlantique",
        region="Pays de la Loire", mots_cles=["Culture"], public=["Adultes"],
        resume="Des ateliers de langue française. Chaque participant signe une charte.",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def retriever() -> HybridRetriever:
    return HybridRetriever(MemoryIndex(FICHES))


def ids(result) -> list[str]:
    return [h.fiche.id for h in result.hits]


def idf(n: int, df: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


# -- terms and weights ------------------------------------------------------------------------------


def test_rarity_weights_a_word_no_fiche_has_most_and_a_word_of_every_fiche_least():
    judge = Answerability({"jeune": 20_000, "prevention": 2_000, "routiere": 0}, 20_000)
    assert judge.idf("routiere") == pytest.approx(idf(20_000, 0))
    assert judge.idf("jeune") < 0.001 < judge.idf("prevention") < judge.idf("routiere")


def test_terms_are_the_topic_words_left_after_facets_phrasing_and_general_words(retriever):
    scan = retriever.vocabulary.scan("Quel est le budget des actions de prévention routière en Gironde ?")
    terms = retriever.judge.terms(scan.tokens, scan.used)
    # « budget »: the field asked; « Gironde »: a facet; « actions »: generic
    assert [t.text for t in terms] == ["prévention", "routière"]
    n = len(FICHES)
    assert [round(t.weight, 6) for t in terms] == [round(idf(n, 1), 6), round(idf(n, 0), 6)]


def test_english_words_are_read_through_their_french_translations(retriever):
    scan = retriever.vocabulary.scan("Any gardening projects?")
    terms = retriever.judge.terms(scan.tokens, scan.used, {"gardening": ["jardinage", "jardin"]})
    assert [(t.text, t.keys) for t in terms] == [("gardening", ("jardinage", "jardin"))]


# -- coverage of one fiche --------------------------------------------------------------------------


def test_lexical_coverage_is_the_matched_share_of_the_weight(retriever):
    fiche = retriever.fiches["ecrans"]
    terms = [Term("prévention", ("prevention",), 1.0), Term("routière", ("routiere",), 3.0)]
    coverage = retriever.judge.coverage(terms, Candidate(fiche, cosine=0.9))  # fake embedder: cosine unused
    assert (coverage.score, coverage.lexical, coverage.missing) == (0.25, 0.25, ["routière"])


@pytest.mark.parametrize(
    ("fiche", "word", "key", "credit"),
    [
        ("ecrans", "écrans", "ecran", 1.0),  # plural key
        ("ecrans", "préventions", "prevention", 1.0),
        ("jardin", "jardinage", "jardinage", answerability.NEAR_CREDIT),  # same root as « jardin »
        ("sejour", "congés", "conge", answerability.NEAR_CREDIT),  # near word of « vacances »
        ("ludo", "ludohtèque", "ludohteque", answerability.TYPO_CREDIT),  # unknown, one typo away
        ("jardin", "apiculture", "apiculture", 0.0),
    ],
)
def test_a_term_is_matched_by_key_stem_root_near_word_or_typo(retriever, fiche, word, key, credit):
    judge = retriever.judge
    assert judge.credit(Term(word, (key,), 1.0), judge.words(retriever.fiches[fiche])) == credit


def test_a_calibrated_embedder_adds_the_cosine_rescaled_between_floor_and_ceiling(retriever):
    judge = Answerability(retriever.vocabulary.word_df, len(FICHES), dense_scale=(0.2, 0.4))
    terms = [Term("jardin", ("jardin",), 1.0), Term("apiculture", ("apiculture",), 1.0)]
    coverage = judge.coverage(terms, Candidate(retriever.fiches["jardin"], cosine=0.3))
    assert (coverage.lexical, coverage.dense) == (0.5, 0.5)
    assert coverage.score == pytest.approx(0.5)  # (1 - share) * 0.5 + share * 0.5
    assert judge.coverage(terms, Candidate(retriever.fiches["jardin"], cosine=0.9)).dense == 1.0
    assert judge.coverage(terms, Candidate(retriever.fiches["jardin"], cosine=0.1)).dense == 0.0


# -- the decision -----------------------------------------------------------------------------------


def test_facets_all_met_but_topic_absent_abstains(retriever):
    result = retriever.search("Des actions de parentalité en Gironde sur la prévention routière ?")
    assert (result.no_match, result.hits) == (True, [])
    assert (result.missing_kind, result.missing) == ("topic", ["routière"])
    assert ids(retriever.search("Des actions de parentalité en Gironde sur la prévention ?")) == ["ecrans"]
    answer = extractive_answer(result)
    assert answer.text.startswith("Aucune fiche ne porte sur « routière ».")
    assert answer.citations == [] and "Fiches les plus proches" in answer.text  # plain links


def test_a_topic_no_fiche_covers_abstains_with_the_question_words(retriever):
    result = retriever.search("Un jumelage avec une ville allemande ?")
    assert (result.no_match, result.missing) == (True, ["jumelage avec une ville allemande"])
    assert len(result.suggestions) == 3


def test_only_the_fiches_covering_the_topic_answer(retriever):
    assert ids(retriever.search("Des idées de jardinage ?")) == ["jardin"]
    assert ids(retriever.search("faire partir en congés des familles")) == ["sejour"]


def test_facets_alone_are_answered_by_every_fiche_having_them(retriever):
    assert sorted(ids(retriever.search("Quelles actions de parentalité ?"))) == ["ecrans", "ludo"]


def test_no_fiche_meeting_every_facet_abstains_with_the_criteria(retriever):
    result = retriever.search("Quelles actions de parentalité avec l'ARS ?")
    assert (result.no_match, result.missing_kind) == (True, "criteria")
    assert {h.fiche.id for h in result.suggestions} <= {"ecrans", "ludo", "sejour"}
    assert extractive_answer(result).text.startswith("Aucune fiche ne réunit tous vos critères")


def test_fiches_named_by_their_whole_title_are_covered(retriever):
    result = retriever.search("Compare la Ludothèque itinérante et le Jardin partagé des Lilas")
    assert sorted(ids(result)) == ["jardin", "ludo"]


def test_a_title_link_without_fiche_abstains_and_a_linked_fiche_is_covered(retriever):
    judge = retriever.judge
    terms = [Term("tricot", ("tricot",), 2.0)]
    candidates = [Candidate(retriever.fiches["ludo"])]
    unlinked = judge.decide(terms, candidates, link=TitleLink("Atelier tricot des Lilas"))
    assert (unlinked.answerable, unlinked.kind) == (False, "title")
    assert unlinked.missing == ["Atelier tricot des Lilas"]
    linked = judge.decide(terms, candidates, link=TitleLink("Ludothèque", ("ludo",)))
    assert (linked.answerable, linked.kept) == (True, ["ludo"])


def test_threshold_and_keep(retriever):
    judge = retriever.judge
    terms = [Term("jeux", ("jeu",), 1.0), Term("tricot", ("tricot",), 1.0)]  # the ludothèque: half
    candidates = [Candidate(retriever.fiches["ludo"]), Candidate(retriever.fiches["jardin"])]
    half = 0.5
    assert judge.decide(terms, candidates, threshold=half, keep=half).kept == ["ludo"]
    assert not judge.decide(terms, candidates, threshold=half + 0.01).answerable


def test_topic_span_is_the_stretch_of_the_question():
    question = "Des actions de sensibilisation à la sécurité routière devant les écoles ?"
    assert topic_span(question, ["sécurité", "routière"]) == "sécurité routière"
    assert topic_span(question, ["routière", "sécurité"]) == "routière sécurité"  # not in order: joined


def test_the_llm_is_not_called_when_no_fiche_covers_the_question(retriever):
    llm = ScriptedChatModel(script=[])  # any call fails the test
    assistant = Assistant(retriever, retriever.index, llm=llm, prompts=None)
    answer = assistant.ask("Des projets d'apiculture ?")
    assert answer.citations == [] and answer.text.startswith("Aucune fiche ne porte sur « apiculture ».")
    assert llm.received == []


# -- noun-like words decide, phrasing does not ------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "word", "weak"),
    [
        ("Qu'est-ce qui remonte pour la Gironde ?", "remonte", True),  # after a subject pronoun
        ("Des actions culturelles, lesquelles sont référencées ?", "référencées", True),  # after an auxiliary
        ("Quelles actions ont buté sur le financement ?", "buté", True),
        ("Le budget le plus important du Nord ?", "important", True),  # degree
        ("La Conférence des financeurs soutient-elle une action ?", "soutient", True),  # inversion
        ("suites envisagées pour les actions du Nord", "envisagées", True),  # participle after a noun
        ("y a des trucs sur le numérique ?", "trucs", True),  # what the topic comes after
        ("le projet le mieux doté financièrement", "financièrement", True),  # an adverb no fiche has
        ("Des projets sur le jumelage ?", "jumelage", False),  # after a determiner: a noun
        ("prévention des chutes chez les seniors", "chutes", False),
        ("apiculture en Occitanie", "apiculture", False),  # no cue: a noun
        ("Quelle fiche reçoit le plus de la conférence ?", "reçoit", True),  # the verb of a quantity
        ("Quelle action touche le moins d'habitants ?", "touche", True),
        ("Le jardin le plus ancien ?", "jardin", False),  # « le plus » + adjective: a noun before it
        ("quelle action a mobilisé le plus de personnes, bénévoles compris ?", "compris", True),  # irregular
        ("le projet ski obtenu grâce à la Caf", "obtenu", True),
    ],
)
def test_a_word_is_weak_by_its_french_context(question, word, weak):
    toks = tokens(question)
    i = next(n for n, t in enumerate(toks) if t.text == word)
    assert answerability.weak_position(toks, i, known=False) is weak


def test_a_weak_word_no_candidate_has_does_not_abstain_but_a_noun_does(retriever):
    answered = retriever.search("Qu'est-ce qui remonte pour le Nord ?")
    assert (answered.no_match, sorted(ids(answered))) == (False, ["ludo", "sejour"])
    absent = retriever.search("Qu'est-ce qui existe sur la boxe dans le Nord ?")
    assert (absent.no_match, absent.missing) == (True, ["boxe"])


def test_a_weak_word_some_candidate_has_still_tells_them_apart(retriever):
    judge = retriever.judge
    terms = [Term("prêtés", ("prete",), 1.0, weak=True), Term("jeux", ("jeu",), 1.0)]
    candidates = [Candidate(retriever.fiches["ludo"]), Candidate(retriever.fiches["jardin"])]
    assert judge.decide(terms, candidates, threshold=0.5, keep=0.5).kept == ["ludo"]
    assert judge._heard(terms, candidates[1:]) == terms[1:]  # the jardin lacks it: phrasing there


def test_lessons_cues_are_no_topic(retriever):
    scan = retriever.vocabulary.scan("Qu'est-ce qui a coincé pour le jardin partagé ?")
    assert [t.text for t in retriever.judge.terms(scan.tokens, scan.used)] == ["jardin", "partagé"]


def test_a_mention_no_title_matches_is_no_absent_project_when_a_fiche_names_it_or_it_has_no_noun(retriever):
    judge = retriever.judge
    candidates = [Candidate(retriever.fiches["sejour"])]
    terms = [Term("semaine", ("semaine",), 1.0), Term("vacances", ("vacance",), 1.0)]
    named = judge.decide(terms, candidates, link=TitleLink("la semaine de vacances"))  # in the résumé
    assert (named.answerable, named.unnamed) == (True, True)
    weak = [Term("doté", ("dote",), 1.0, weak=True)]
    assert judge.decide(weak, candidates, link=TitleLink("le mieux doté")).unnamed
    absent = judge.decide([*terms, Term("ski", ("ski",), 1.0)], candidates, link=TitleLink("Vacances au ski"))
    assert (absent.answerable, absent.kind) == (False, "title")


def test_a_place_facet_the_fiche_lacks_is_met_only_by_its_whole_name(retriever):
    words = retriever.judge.words(retriever.fiches["sejour"])  # « Hauts-de-France », « Une semaine »
    assert words.says("Hauts-de-France", phrase=True)
    assert not words.says("Grand semaine", phrase=True)
    assert words.says("semaine familles")  # a topic's words: anywhere


def test_a_linked_fiche_lacking_the_mentions_noun_is_set_aside(retriever):
    judge = retriever.judge
    candidates = [Candidate(retriever.fiches["ludo"])]
    terms = [Term("ludothèque", ("ludotheque",), 1.0), Term("aquatique", ("aquatique",), 3.0)]
    near = judge.decide(terms, candidates, link=TitleLink("Ludothèque aquatique", ("ludo",)))
    assert (near.answerable, near.unnamed, near.missing) == (False, True, ["aquatique"])
    typo = [Term("Ludotheqe", ("ludotheqe",), 3.0)]  # one typo from the title: the linker's call
    assert judge.decide(typo, candidates, link=TitleLink("Ludotheqe", ("ludo",))).kept == ["ludo"]


def test_points_de_vigilance_is_a_lessons_cue_not_a_topic(retriever):
    scan = retriever.vocabulary.scan("Points de vigilance pour un jardin ?")
    assert [t.text for t in retriever.judge.terms(scan.tokens, scan.used)] == ["jardin"]


def test_the_words_of_a_capitalised_name_are_never_phrasing(retriever):
    scan = retriever.vocabulary.scan("La Conférence des financeurs soutient-elle une action ?")
    terms = retriever.judge.terms(scan.tokens, scan.used)
    assert [(t.text, t.weak) for t in terms] == [
        ("Conférence", False),
        ("financeurs", False),
        ("soutient", True),
    ]
    plain = retriever.vocabulary.scan("Qui sont les financeurs du jardin ?")  # the field asked
    assert [t.text for t in retriever.judge.terms(plain.tokens, plain.used)] == ["jardin"]


def test_a_compound_whose_words_the_fiche_has_only_apart_is_not_covered(retriever):
    signes = retriever.search("Des cours de langue des signes pour les sourds ?")
    # « cours » is in every fiche here (weight below COMPOUND_WEIGHT): no part of the compound, not missing
    assert (signes.no_match, signes.missing) == (True, ["langue des signes pour les sourds"])
    assert ids(retriever.search("Des ateliers de langue française ?"))[0] == "langue"


def test_with_need_the_candidates_after_enough_kept_ones_are_not_read(retriever):
    judge = retriever.judge
    terms = [Term("jeux", ("jeu",), 1.0)]
    candidates = [Candidate(retriever.fiches[fid]) for fid in ("ludo", "jardin", "sejour")]
    first = judge.decide(terms, candidates, need=1)
    assert (first.kept, [c.fiche_id for c in first.coverages]) == (["ludo"], ["ludo"])
    assert len(judge.decide(terms, candidates).coverages) == 3


# -- words that never decide « aucune fiche », words read through their standard French -----------------


def _terms(retriever, question: str, english: bool = False) -> list[Term]:
    from assistant.query import translations

    scan = retriever.vocabulary.scan(question)
    french = {t.norm: translations(t.norm) for t in scan.tokens} if english else None
    return retriever.judge.terms(scan.tokens, scan.used, french)


def test_greetings_adverbs_and_general_place_nouns_are_no_topic(retriever):
    assert [t.text for t in _terms(retriever, "Bonjour, des jeux à la ludothèque svp ?")] == [
        "jeux",
        "ludothèque",
    ]
    assert [t.text for t in _terms(retriever, "juste les ludothèques actuellement, maintenant")] == [
        "ludothèques"
    ]
    assert [t.text for t in _terms(retriever, "les jeux en zone rurale")] == ["jeux", "rurale"]
    answered = retriever.search("Bonjour, quelles actions pour les familles en Gironde ?")
    assert (answered.no_match, ids(answered)) == (False, ["ecrans"])


def test_a_framing_noun_is_weak_its_complement_decides(retriever):
    (term,) = _terms(retriever, "des actions pour l'inclusion des familles")
    assert (term.text, term.weak) == ("inclusion", True)
    assert retriever.search("l'inclusion des familles du Nord").no_match is False


def test_truncations_and_familiar_words_are_read_through_their_standard_french():
    judge = Answerability({"emploi": 3, "travail": 1, "professionnel": 2}, 10)
    boulot, insertion, pro = judge.terms(
        tokens("retrouver du boulot, insertion pro"), set()
    )  # a general verb
    assert (insertion.weak, boulot.weak) == (True, False)  # a framing noun
    assert (boulot.keys, pro.keys[:2]) == (("boulot", "emploi", "travail"), ("pro", "professionnel"))
    assert boulot.weight == pytest.approx(judge.idf("travail"))  # the rarest standard word, not « boulot »
    club = make_fiche("club", "Club emploi", resume="Un club pour retrouver un emploi.")
    assert judge.credit(boulot, judge.words(club)) == 1.0


def test_the_other_gender_and_a_typo_meet_a_word_and_a_compound():
    judge = Answerability({"ecrivain": 1, "public": 5}, 10)
    terms = judge.terms(tokens("permanence ecrivin publique"), set())
    assert [(t.text, t.joined) for t in terms] == [
        ("permanence", False),
        ("ecrivin", True),
        ("publique", True),
    ]
    fiche = make_fiche("ep", "Permanences de l'écrivain public", resume="Une permanence d'écrivain public.")
    coverage = judge.coverage(terms, Candidate(fiche))
    assert (coverage.missing, coverage.score >= answerability.THRESHOLD) == ([], True)
    assert (
        judge.credit(terms[2], judge.words(fiche)) == answerability.NEAR_CREDIT
    )  # « publique » / « public »


def test_no_compound_with_a_word_of_time_or_a_common_word():
    judge = Answerability({"groupe": 6, "couture": 1, "tricot": 1, "mardi": 1}, 10)
    terms = judge.terms(tokens("le groupe couture tricot du mardi"), set())
    assert [(t.text, t.joined) for t in terms] == [
        ("groupe", False), ("couture", False), ("tricot", True), ("mardi", False)
    ]  # fmt: skip


def test_english_questions_are_judged_on_their_glossary_french(retriever):
    terms = _terms(retriever, "Any projects about board games for families?", english=True)
    assert [(t.text, t.keys) for t in terms] == [("board", ("board",)), ("games", ("jeu", "ludotheque"))]
    assert ids(retriever.search("Any projects lending games to families?"))[0] == "ludo"
    assert retriever.search("Any projects about beekeeping?").no_match is True


def test_a_compound_met_by_one_of_its_words_alone_counts_half():
    judge = Answerability(
        {"permis": 1, "conduire": 1, "aidant": 1, "familial": 2, "repas": 2, "pique": 1}, 10
    )
    fiche = make_fiche(
        "auto", "Auto-école sociale", resume="Apprendre à conduire en famille, un repas familial."
    )
    words = judge.words(fiche)
    permis = judge.terms(tokens("passer le permis de conduire"), set())
    assert judge.coverage(permis, Candidate(fiche)).missing == ["permis", "conduire"]  # linked by « de »
    aidants = judge.terms(tokens("les aidants familiaux"), set())
    assert judge.coverage(aidants, Candidate(fiche)).missing == ["aidants", "familiaux"]  # noun + adjective
    listed = judge.terms(tokens("pique repas"), set())  # two nouns side by side: a list, not one thing
    assert ([t.joined for t in listed], judge.coverage(listed, Candidate(fiche)).missing) == (
        [False, True],
        ["pique"],
    )
    assert judge.credit(permis[1], words) == 1.0


def test_a_truncated_name_is_met_by_the_word_it_shortens():
    judge = Answerability({"alpha": 0, "alphabetisation": 1, "cours": 1}, 10)
    fiche = make_fiche("fle", "Français langue étrangère", resume="Des cours d'alphabétisation et de FLE.")
    terms = [Term("alpha", ("alpha", "alphabetisation"), 2.0)]
    named = judge.decide(terms, [Candidate(fiche)], link=TitleLink("alpha"))
    assert (named.kind, named.unnamed) == ("", True)  # « alpha »: « alphabétisation », no absent project
    ski = judge.decide([Term("ski", ("ski",), 2.0)], [Candidate(fiche)], link=TitleLink("ski"))
    assert (ski.answerable, ski.kind) == (False, "title")


def test_a_present_form_of_a_verb_the_base_uses_is_weak_unless_a_determiner_makes_it_a_noun():
    judge = Answerability({"toucher": 1, "danser": 1, "danse": 1, "jardin": 2}, 5)
    assert [judge._conjugated(w) for w in ("touchent", "touche", "dansons", "jardine", "cuisinent")] == [
        True, True, True, False, False,  # « jardiner » / « cuisiner »: no such verb in this base
    ]  # fmt: skip
    terms = judge.terms(tokens("Les jeunes dansent souvent pour la danse ?"), skip=set())
    assert [(t.text, t.weak) for t in terms] == [("jeunes", False), ("dansent", True), ("danse", False)]


def test_a_verb_or_participle_never_alone_says_aucune_fiche():
    judge = Answerability({"conference": 1, "financeurs": 1, "visites": 1}, 4)
    fiche = make_fiche("visites", "Visites aux aînés", resume="Financées par la conférence des financeurs.")
    terms = judge.terms(tokens("Quelle fiche reçoit le plus de la conférence des financeurs ?"), skip=set())
    # « financeurs » names a field (the funders), no topic
    assert [(t.text, t.weak) for t in terms] == [("reçoit", True), ("conférence", False)]
    decision = judge.decide(terms, [Candidate(fiche)])
    assert (decision.answerable, decision.kept) == (True, ["visites"])
    boxe = judge.terms(tokens("Quelle fiche reçoit le plus pour la boxe ?"), skip=set())
    assert judge.decide(boxe, [Candidate(fiche)]).missing == ["boxe"]  # the noun still decides


def test_waste_words_are_one_family_of_near_words():
    judge = Answerability({"dechets": 1, "reparer": 1}, 4)
    fiche = make_fiche("repair", "Repair café", resume="Réparer plutôt que jeter, pour réduire les déchets.")
    gaspillage = Term("gaspillage", ("gaspillage",), 2.0)
    assert judge.credit(gaspillage, judge.words(fiche)) == answerability.NEAR_CREDIT
    assert judge.credit(Term("boxe", ("boxe",), 2.0), judge.words(fiche)) == 0.0


def test_phrasing_patterns_match_whole_words_only():
    said = tokens("Quels projets ont obtenu des financements européens, en euros ?")
    phrasing = answerability.phrasing_positions(said)
    assert [t.norm for i, t in enumerate(said) if i in phrasing] == ["quels", "projets", "euros"]


def test_an_anti_prefix_is_no_topic_and_gaspi_is_read_as_gaspillage():
    judge = Answerability({"dechets": 1, "quartier": 2}, 4)
    terms = judge.terms(tokens("Des idées anti-gaspi ?"), skip=set())
    assert [(t.text, t.keys) for t in terms] == [("gaspi", ("gaspi", "gaspillage"))]
    fiche = make_fiche("zero", "Défi zéro déchet", resume="Des familles réduisent leurs déchets.")
    assert judge.decide(terms, [Candidate(fiche)]).kept == ["zero"]


def test_a_word_spelt_by_ear_meets_the_fiche_word_it_sounds_like():
    judge = Answerability({"epicerie": 1, "solidaire": 2, "union": 1, "pique": 1, "nique": 1}, 10)
    fiche = make_fiche("epi", "Épicerie solidaire du Trait d'Union", resume="Un pique-nique au jardin.")
    words = judge.words(fiche)
    terms = judge.terms(tokens("epicerie solidère trait d'unon, pik nik"), set())
    credits = {t.text: judge.credit(t, words) for t in terms}
    assert credits == {"epicerie": 1.0, "solidère": answerability.TYPO_CREDIT, "trait": 1.0,
                       "unon": answerability.TYPO_CREDIT, "pik": answerability.TYPO_CREDIT,
                       "nik": answerability.TYPO_CREDIT}  # fmt: skip
    (ski,) = judge.terms(tokens("ski"), set())
    assert judge.credit(ski, words) == 0.0


def test_a_word_known_to_the_base_is_never_read_by_ear():
    judge = Answerability({"maison": 1, "meson": 1}, 10)
    fiche = make_fiche("mes", "Le meson", resume="Un atelier sur le meson en physique.")
    (term,) = judge.terms(tokens("maison"), set())
    assert judge.credit(term, judge.words(fiche)) == 0.0
    # a base without « maison »: still a French word spelt right, no misspelling of « meson »; « mèzon » is one
    assert Answerability({"meson": 1}, 10).credit(term, judge.words(fiche)) == 0.0
    (heard,) = judge.terms(tokens("mèzon"), set())
    assert Answerability({"meson": 1}, 10).credit(heard, judge.words(fiche)) == answerability.TYPO_CREDIT


def test_idioms_and_english_filler_are_never_the_topic():
    judge = Answerability({"benevole": 3, "cours": 2, "francais": 2, "adulte": 2}, 10)
    terms = judge.terms(tokens("des bénévoles qui donnent un coup de main au jardin"), set())
    assert [t.text for t in terms] == ["jardin"]
    terms = judge.terms(tokens("un coup de balai au jardin"), set())  # not an idiom of the list: read as is
    assert [t.text for t in terms] == ["coup", "balai", "jardin"]
    english = {"french": ["français"], "classes": ["cours", "ateliers"], "adults": ["adultes"]}
    terms = judge.terms(tokens("Any French classes for adults who work during the day?"), set(), english)
    assert [t.text for t in terms] == ["French", "classes", "adults"]


def test_crafts_verbs_meet_their_nouns():
    judge = Answerability({"couture": 1, "tricot": 1}, 10)
    fiche = make_fiche("fil", "Atelier fil", resume="Couture et tricot le mardi.")
    coudre, tricoter = judge.terms(tokens("coudre et tricoter"), set())
    words = judge.words(fiche)
    assert (judge.credit(coudre, words), judge.credit(tricoter, words)) == (answerability.NEAR_CREDIT, 1.0)


def test_a_topic_noun_no_fiche_uses_is_not_answered_by_the_other_words():
    judge = Answerability({"scolaire": 1, "parent": 2, "prevention": 1}, 10)
    fiche = make_fiche(
        "ecole", "Parents et école", resume="Du lien entre parents en âge scolaire, de la prévention."
    )
    asked = judge.terms(tokens("prévention du harcèlement scolaire"), set())
    assert [(t.text, t.unheard) for t in asked] == [
        ("prévention", False),
        ("harcèlement", True),
        ("scolaire", False),
    ]
    said = judge.terms(tokens("prévention et soutien scolaire"), set())
    lacking, meeting = judge.coverage(asked, Candidate(fiche)), judge.coverage(said, Candidate(fiche))
    assert lacking.score == pytest.approx(answerability.UNHEARD_FACTOR * lacking.lexical)
    assert (lacking.score < answerability.THRESHOLD, meeting.score >= answerability.THRESHOLD) == (True, True)
