"""Follow-up resolution: facets carried/replaced, references to cited fiches, conservative detection, LLM rewrite."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.answer import extractive_answer
from assistant.followup import fiche_reference, is_followup, resolve
from assistant.query import detect_intent
from assistant.records import Turn
from ingest.text import fold, normalise
from prompts import load_prompts
from tests.fake_chat import ScriptedChatModel
from tests.helpers_answer import FakeRetriever

FIRST = "Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?"


def turn(question: str, retriever: FakeRetriever) -> Turn:
    return Turn(question=question, answer=extractive_answer(retriever.search(question)))


@pytest.fixture
def retriever() -> FakeRetriever:
    return FakeRetriever()


@pytest.fixture
def history(retriever) -> list[Turn]:
    first = turn(FIRST, retriever)
    assert [c.fiche_id for c in first.answer.citations] == ["f-1", "f-2"]
    return [first]


def facets(resolution) -> list[tuple[str, list[str]]]:
    return [(f.field, f.values) for f in resolution.query.facets]


def test_new_departement_is_added_to_the_previous_facets(retriever, history):
    resolution = resolve("et en Seine-Maritime ?", history, retriever)
    assert resolution.followup and not resolution.fiche_id
    assert facets(resolution) == [
        ("mots_cles", ["Parentalité"]),
        ("partenaires", ["Bailleur social"]),
        ("departement", ["Seine-Maritime"]),
    ]
    assert resolution.query.intent == "list"
    assert resolution.query.text == f"{FIRST} en Seine-Maritime ?"  # « et » is phrasing, not topic


def test_region_replaces_departement(retriever):
    history = [turn("Quelles actions de parentalité en Moselle ?", retriever)]
    resolution = resolve("Et en Normandie ?", history, retriever)
    assert facets(resolution) == [("mots_cles", ["Parentalité"]), ("region", ["Normandie"])]


def test_lesquelles_sont_terminees_adds_the_statut(retriever, history):
    resolution = resolve("lesquelles sont terminées ?", history, retriever)
    assert facets(resolution)[-1] == ("statut", ["Terminée"])
    assert len(facets(resolution)) == 3
    assert [h.fiche_id for h in retriever.search(resolution.query).hits] == ["f-2"]


def test_same_field_is_replaced(retriever, history):
    resolution = resolve("et avec la CAF ?", history, retriever)
    assert facets(resolution) == [("mots_cles", ["Parentalité"]), ("partenaires", ["CAF"])]


def test_count_shape_is_kept_and_the_place_added(retriever):
    history = [turn("Combien d'actions de parentalité ?", retriever)]
    resolution = resolve("et en Moselle ?", history, retriever)
    assert resolution.query.intent == "count"
    assert facets(resolution) == [("mots_cles", ["Parentalité"]), ("departement", ["Moselle"])]


@pytest.mark.parametrize(
    ("question", "fiche_id", "field"),
    [
        ("donne-moi le budget de la deuxième", "f-2", "ressources_financieres"),
        ("Et le budget de la première ?", "f-1", "ressources_financieres"),
        ("la 2", "f-2", "resume"),
        ("et la fiche n°1, combien de bénévoles ?", "f-1", "personnes_mobilisees"),
        ("parle-moi de la dernière", "f-2", "resume"),
        ("celle de Metz", "f-2", "resume"),
        ("Quel est le budget de celle de Haute-Garonne ?", "f-1", "ressources_financieres"),
    ],
)
def test_reference_to_a_cited_fiche_becomes_a_lookup_on_it(retriever, history, question, fiche_id, field):
    resolution = resolve(question, history, retriever)
    assert (resolution.fiche_id, resolution.query.intent, resolution.query.lookup_field) == (
        fiche_id,
        "lookup",
        field,
    )


@pytest.mark.parametrize(
    "question",
    [
        "Quelles actions pour le 3e âge ?",
        "Des idées d'actions autour du zéro déchet ?",
        "En Moselle, quelles actions de parentalité avec la CAF ?",
        "Quel était le budget du projet Place des femmes à Kervénanec ?",
    ],
)
def test_standalone_questions_are_not_followups(history, question):
    assert not is_followup(question, history)


def test_nothing_is_a_followup_without_history(retriever):
    assert not is_followup("et en Moselle ?", [])
    resolution = resolve("et en Moselle ?", None, retriever)
    assert not resolution.followup and facets(resolution) == [("departement", ["Moselle"])]


def test_reference_needs_a_previous_citation(retriever):
    no_match = Turn(question="MSA ?", answer=extractive_answer(retriever.search("Des fiches avec la MSA ?")))
    assert no_match.answer.citations == []
    assert fiche_reference("la deuxième", no_match.answer) is None


def test_llm_rewrites_the_followup_when_configured(retriever, history):
    llm = ScriptedChatModel(script=["« Quelles actions de parentalité avec la CAF en Seine-Maritime ? »\n"])
    resolution = resolve("et avec la CAF en Seine-Maritime ?", history, retriever, llm, load_prompts())
    assert resolution.query.text == "Quelles actions de parentalité avec la CAF en Seine-Maritime ?"
    assert facets(resolution) == [
        ("mots_cles", ["Parentalité"]),
        ("partenaires", ["CAF"]),
        ("departement", ["Seine-Maritime"]),
    ]
    prompt = llm.prompt()
    assert f"Question : {FIRST}" in prompt
    assert "[1] Permanences hors les murs — Centre social Les Pins (Haute-Garonne)" in prompt
    assert "<question>\net avec la CAF en Seine-Maritime ?\n</question>" in prompt


def test_failing_llm_rewrite_falls_back_to_the_deterministic_one(retriever, history):
    llm = ScriptedChatModel(script=[ConnectionRefusedError(111, "refused")])
    resolution = resolve("et en Seine-Maritime ?", history, retriever, llm, load_prompts())
    assert facets(resolution)[-1] == ("departement", ["Seine-Maritime"]) and len(facets(resolution)) == 3
    assert resolution.llm_failure == "connexion impossible"


def test_fiche_reference_does_not_call_the_llm(retriever, history):
    llm = ScriptedChatModel(script=[])
    resolution = resolve("le budget de la deuxième", history, retriever, llm, load_prompts())
    assert resolution.fiche_id == "f-2" and llm.received == []


def test_a_position_outside_the_list_is_said_not_searched(retriever, history):
    resolution = resolve("la 7", history, retriever)
    assert resolution.followup and not resolution.fiche_id
    assert (
        resolution.notice
        == "La réponse précédente cite 2 fiches, numérotées de 1 à 2 : il n'y a pas de fiche n° 7."
    )
    assert resolve("et le 3e ?", history, retriever).notice.endswith("il n'y a pas de fiche n° 3.")


def test_focus_reference_does_not_call_the_llm(retriever, history):
    llm = ScriptedChatModel(script=[])
    resolution = resolve("Et ses partenaires ?", history, retriever, llm, load_prompts())
    assert (resolution.fiche_id, resolution.query.lookup_field) == ("f-1", "partenaires")
    assert llm.received == []


def test_a_refinement_is_deterministic_and_keeps_the_previous_facets(retriever, history):
    llm = ScriptedChatModel(script=[])
    resolution = resolve("parmi elles, lesquelles ont la CAF ?", history, retriever, llm, load_prompts())
    assert facets(resolution) == [
        ("mots_cles", ["Parentalité"]),
        ("partenaires", ["Bailleur social"]),
        ("partenaires", ["CAF"]),
    ]
    # a facet list narrowed by a facet: those of its fiches (shown, or matching its facets) having it
    assert resolution.within == ["f-1"] and resolution.listed == 2 and llm.received == []


def test_a_refinement_of_a_topic_list_is_restricted_to_it(retriever):
    history = [turn("Des actions autour des parents ?", retriever)]
    resolution = resolve("seulement celles en cours", history, retriever)
    assert resolution.within == ["f-2", "f-4"]
    assert facets(resolution) == [("statut", ["En cours"])]
    assert resolution.query.keywords.startswith("Des actions autour des parents ?")  # the topic is kept


def test_a_restrictive_preposition_refines_the_list(retriever, history):
    resolution = resolve("Et rien que pour la Seine-Maritime ?", history, retriever)
    assert facets(resolution) == [
        ("mots_cles", ["Parentalité"]),
        ("partenaires", ["Bailleur social"]),
        ("departement", ["Seine-Maritime"]),
    ]
    assert "rien" not in resolution.query.text  # phrasing, not a topic « aucune fiche » would be about


def test_a_repeat_replaces_the_place_of_the_previous_question(retriever):
    history = [turn("Quelles actions de parentalité en Moselle ?", retriever)]
    assert is_followup("Pareil pour la Normandie ?", history)
    resolution = resolve("Pareil pour la Normandie ?", history, retriever)
    assert facets(resolution) == [("mots_cles", ["Parentalité"]), ("region", ["Normandie"])]
    assert "areil" not in resolution.query.text


def test_a_repeat_after_a_lookup_asks_the_same_field_of_what_it_names(retriever, history):
    history = [*history, turn("et ses limites ?", retriever)]
    history[-1].answer.query = history[-1].answer.query.model_copy(
        update={"intent": "lookup", "lookup_field": "limites"}
    )
    resolution = resolve("Même question pour le Jardin des voisins", history, retriever)
    assert (resolution.query.intent, resolution.query.lookup_field) == ("lookup", "limites")
    assert resolution.query.text == "pour le Jardin des voisins" and not resolution.fiche_id


@pytest.mark.parametrize(
    "question", ["il y a combien de bénévoles là-bas ?", "C'est dans quelle ville ?", "ça a coûté combien ?"]
)
def test_locative_and_neuter_pronouns_point_at_the_focus(retriever, history, question):
    assert resolve(question, history, retriever).fiche_id == "f-1"


def test_a_neuter_subject_before_a_noun_phrase_is_not_a_reference(retriever, history):
    assert not resolve("c'est quoi les actions sur le jardin ?", history, retriever).fiche_id


class NamingRetriever(FakeRetriever):
    """A fake retriever whose title linker names « Jardin partagé » (f-3) and « Café des parents » (f-2)."""

    def named(self, query):
        titles = {"jardin partage": ["f-3"], "cafe des parents": ["f-2"]}
        found = next((ids for title, ids in titles.items() if title in fold(query.text)), None)
        return SimpleNamespace(fiche_ids=found) if found else None


def test_a_possessive_whose_antecedent_is_a_title_of_the_question_is_not_the_focus(history):
    retriever = NamingRetriever()
    other = resolve("et le Jardin partagé, son budget ?", history, retriever)  # focus: f-1
    assert not other.fiche_id and other.query.text == "et le Jardin partagé, son budget ?"
    second = history[0].answer.citations[1].model_copy(update={"n": 1})
    on_f2 = Turn(question="la deuxième", answer=history[0].answer.model_copy(update={"citations": [second]}))
    same = resolve("et le Café des parents, son budget ?", [*history, on_f2], retriever)
    assert same.fiche_id == "f-2"  # the title named is the fiche in focus
    assert resolve("son budget ?", history, retriever).fiche_id == "f-1"


class AnalysingRetriever(FakeRetriever):
    """The fake retriever, with the field a question asks read by the real analysis (`detect_intent`)."""

    def analyse(self, question: str):
        analysed = super().analyse(question)
        asked = detect_intent(normalise(question))[1]
        return analysed.model_copy(update={"lookup_field": analysed.lookup_field or asked})


def on_second(history: list[Turn]) -> list[Turn]:
    """The conversation after « la deuxième »: f-2 (« Café des parents », Terminée) alone in focus."""
    second = history[0].answer.citations[1].model_copy(update={"n": 1})
    return [
        *history,
        Turn(question="la deuxième", answer=history[0].answer.model_copy(update={"citations": [second]})),
    ]


@pytest.mark.parametrize(
    "question",
    [
        "Pourquoi celle-ci est terminée ?",  # « celle-ci » + a statut word: a question about it, no refinement
        "elle a pris fin pour quelle raison ?",
        "pour quelles raisons s'est-elle arrêtée ?",
    ],
)
def test_why_it_ended_is_asked_of_the_fiche_in_focus(history, question):
    resolution = resolve(question, on_second(history), AnalysingRetriever())
    assert (resolution.fiche_id, resolution.query.intent, resolution.query.lookup_field) == (
        "f-2",
        "lookup",
        "raison_fin",
    )
    assert not resolution.within


@pytest.mark.parametrize(
    "question",
    [
        "quand est-ce qu'elle a commencé ?",
        "combien de temps ça a duré ?",
        "qui l'animait ?",
        "depuis quand ça existe ?",
    ],
)
def test_question_word_with_a_pronoun_is_a_lookup_on_the_focus(history, question):
    resolution = resolve(question, on_second(history), AnalysingRetriever())
    assert (resolution.fiche_id, resolution.query.intent) == ("f-2", "lookup")


def test_a_description_then_a_detail_question_asks_the_detail_of_the_fiche_described(history):
    resolution = resolve("Celui de Moselle, il est financé comment ?", history, AnalysingRetriever())
    assert (resolution.fiche_id, resolution.query.lookup_field) == ("f-2", "ressources_financieres")
    assert "financé comment" in resolution.query.text  # the detail reaches the lookup


def test_a_relative_pronoun_after_a_preposition_refines_the_list(retriever, history):
    resolution = resolve("dans lesquelles y a-t-il la CAF ?", history, retriever)
    assert not resolution.fiche_id
    assert facets(resolution)[-1] == ("partenaires", ["CAF"])
    assert resolution.within == ["f-1"]  # the list's fiches having the CAF too


def test_the_same_thing_but_for_a_place_repeats_the_list_question(retriever, history):
    resolution = resolve("et la même chose mais pour la Moselle ?", history, retriever)
    assert not resolution.fiche_id
    assert facets(resolution)[-1] == ("departement", ["Moselle"])
    assert resolution.query.text == f"{FIRST} pour la Moselle ?"


def test_a_partitive_of_the_list_counts_within_it(retriever, history):
    resolution = resolve("combien d'entre elles sont terminées ?", history, retriever)
    assert resolution.query.intent == "count"
    assert facets(resolution)[-1] == ("statut", ["Terminée"])
    assert resolution.within == ["f-2"]


def test_a_bare_plural_demonstrative_asks_the_detail_of_each_fiche(retriever, history):
    each = resolve("et celles-là, qui les finance ?", history, retriever)
    assert (each.query.intent, each.fiche_ids) == ("compare", ["f-1", "f-2"])
    narrowed = resolve(
        "celles en cours, qui les finance ?", history, retriever
    )  # a criterion: the list narrowed
    assert (narrowed.query.intent, narrowed.within) == ("list", ["f-1"])


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("qui étaient les partenaires ?", "partenaires"),
        ("quel est le budget ?", "ressources_financieres"),
        ("qu'est-ce que c'est exactement ?", "resume"),
    ],
)
def test_a_short_question_on_a_definite_field_noun_asks_the_fiche_in_focus(history, question, field):
    resolution = resolve(question, on_second(history), AnalysingRetriever())
    assert (resolution.fiche_id, resolution.query.lookup_field) == ("f-2", field)


def test_a_definite_field_noun_after_a_list_is_no_lookup(retriever, history):
    assert not resolve("qui étaient les partenaires ?", history, retriever).fiche_id  # two fiches: which one?


def test_an_elliptic_superlative_ranks_the_list(retriever, history):
    resolution = resolve("le moins cher ?", history, retriever)
    assert resolution.followup and not resolution.fiche_id
    assert facets(resolution) == [("mots_cles", ["Parentalité"]), ("partenaires", ["Bailleur social"])]


def after_first_lookup(history: list[Turn], retriever) -> list[Turn]:
    """The conversation after « qui finance la première ? » (a lookup of the budget on f-1)."""
    asked = resolve("qui finance la première ?", history, retriever)
    assert (asked.fiche_id, asked.query.lookup_field) == ("f-1", "ressources_financieres")
    answer = history[0].answer.model_copy(
        update={"query": asked.query, "citations": history[0].answer.citations[:1]}
    )
    return [*history, Turn(question="qui finance la première ?", answer=answer)]


@pytest.mark.parametrize(
    "question", ["et la deuxième ?", "et celle de Metz ?", "et l'autre ?", "la suivante ?"]
)
def test_a_reference_asking_nothing_more_repeats_the_previous_field(history, question):
    retriever = AnalysingRetriever()
    resolution = resolve(question, after_first_lookup(history, retriever), retriever)
    assert (resolution.fiche_id, resolution.query.lookup_field) == ("f-2", "ressources_financieres")


def test_a_reference_asking_its_own_detail_keeps_it(history):
    retriever = AnalysingRetriever()
    resolution = resolve(
        "et la deuxième, c'est pour quel public ?", after_first_lookup(history, retriever), retriever
    )
    assert (resolution.fiche_id, resolution.query.lookup_field) == ("f-2", "public")


def test_a_count_the_focus_fiche_states_is_asked_of_it():
    from assistant.records import Answer, Citation, Hit
    from tests.helpers_retrieval import make_fiche

    picnic = make_fiche(
        "f-picnic", "Goûter partagé du square", centre="CENTRE SOCIAL DU SQUARE",
        resume="Un goûter sans emballages.", personnes_mobilisees="9 bénévoles et 2 salariés.",
    )  # fmt: skip
    citation = Citation(
        n=1, fiche_id="f-picnic", title=picnic.title, centre=picnic.centre, departement="", url=""
    )
    cited = Answer(text="…", citations=[citation],
                   hits=[Hit(fiche=picnic, score=1.0)])  # fmt: skip
    history = [Turn(question="Le goûter partagé du square, c'est quoi ?", answer=cited)]
    resolution = resolve("Combien de bénévoles ont aidé ?", history, FakeRetriever())
    assert resolution.fiche_id == "f-picnic"
    other = resolve("Combien de salles de sport ont ouvert ?", history, FakeRetriever())
    assert other.fiche_id != "f-picnic"  # the fiche counts no « salles »: a new question
