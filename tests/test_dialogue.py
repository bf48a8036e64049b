"""Dialogue state (`assistant.dialogue`) and follow-ups through the real `Assistant` over the hand-built fiches
of tests/helpers_answer.py: ordinals in both genders, pronouns and possessives resolved to the focus fiche,
refinements of the previous list, a place replacing a place — exact citations known."""

from __future__ import annotations

import pytest

from assistant import dialogue
from assistant.conversation import Conversation
from assistant.records import Answer, Citation, FacetMatch, Query, Turn
from assistant.service import Assistant
from config import Settings
from ingest.models import Fiche
from tests.helpers_answer import FICHES, FakeIndex, FakeRetriever


def cite(*ids: str) -> list[Citation]:
    return [
        Citation(n=n, fiche_id=i, title=i, centre="", departement="", url="") for n, i in enumerate(ids, 1)
    ]


LIST5 = cite("a", "b", "c", "d", "e")


# ---------------------------------------------------------------- ordinals: morphology, both genders


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("premier", 1), ("premiere", 1), ("1er", 1), ("1re", 1), ("1ere", 1),
        ("deuxieme", 2), ("second", 2), ("seconde", 2), ("2e", 2), ("2eme", 2), ("2nd", 2),
        ("troisieme", 3), ("3eme", 3), ("quatrieme", 4), ("cinquieme", 5), ("neuvieme", 9), ("onzieme", 11),
        ("dernier", dialogue.LAST), ("derniere", dialogue.LAST),
        ("deux", None), ("premierement", None), ("age", None),
    ],
)  # fmt: skip
def test_ordinal_morphology(word, value):
    assert dialogue.ordinal_value(word) == value


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Quel est le budget de la deuxième ?", ["b"]),
        ("et le deuxième, combien de bénévoles ?", ["b"]),
        ("le 2e ?", ["b"]),
        ("Et le second ?", ["b"]),
        ("Parle-moi de la 3ème fiche", ["c"]),
        ("la troisième action a-t-elle un budget ?", ["c"]),
        ("Combien de personnes mobilisées pour le premier ?", ["a"]),
        ("Et le dernier ?", ["e"]),
        ("la dernière, elle s'adresse à quel public ?", ["e"]),
        ("et l'avant-dernière ?", ["d"]),
        ("la 4", ["d"]),
        ("l'action 2 ?", ["b"]),
        ("et la fiche n°4 ?", ["d"]),
        ("que dit [5] ?", ["e"]),
        ("compare la première et la dernière", ["a", "e"]),
        ("la deuxième coûte combien ?", ["b"]),  # opens the question: a verb may follow
        ("Et la toute dernière ?", ["e"]),  # an intensifier between determiner and ordinal
        ("et les deux premières, compare-les", ["a", "b"]),  # a count, then premières / derniers
        ("les 3 derniers ?", ["c", "d", "e"]),
        ("and the second one, who funds it?", ["b"]),  # English
        ("the last one?", ["e"]),
    ],
)
def test_positions_name_items_of_the_focus_list(question, wanted):
    assert [c.fiche_id for c in dialogue.list_references(question, LIST5)] == wanted


@pytest.mark.parametrize(
    "question",
    [
        "Quelles actions pour le 3e âge ?",
        "des actions pour la première fois en famille ?",
        "et dans le 59 ?",  # a département, not the 59th fiche
        "Quelles actions en Seine-Maritime l'année dernière ?",
        "la 7",  # outside the list
        "deux actions de parentalité",
        "des ateliers 2 fois par semaine ?",
        "Quelles actions pour le premier accueil des familles ?",
        "les deux premiers mois de l'action ?",  # « premiers » opens a noun phrase
        "Quelles actions pour le tout premier accueil ?",
    ],
)
def test_non_references(question):
    assert dialogue.list_references(question, LIST5) == []


# ---------------------------------------------------------------- pronouns, possessives, plurals


@pytest.mark.parametrize(
    "question",
    [
        "son budget ?",
        "Et ses partenaires ?",
        "quels sont ses financeurs ?",
        "leur public ?",
        "Qui finance celui-ci ?",
        "et celle-là ?",
        "cette action est-elle terminée ?",
        "Quel est le public de ce projet ?",
        "elle s'adresse à qui ?",
        "Combien a-t-elle coûté ?",
        "Qui l'a lancée ?",
        "c'est quoi son reste à charge pour le candidat ?",  # a possessive with no antecedent
        "et sa date de fin ?",
        "combien de bénévoles y participent ?",  # clitic « y »
        "on y fait quoi ?",
        "qui la finance ?",  # object clitic after a subject
        "qui l'anime ?",
        "qui en est à l'origine ?",
        "qui s'en occupe ?",  # reflexive « en »
        "combien ça a coûté ?",  # a neuter subject after a question word
        "comment c'est financé ?",
        "Pourquoi celle-ci est terminée ?",  # a singular demonstrative pronoun
        "quand est-ce qu'elle a commencé ?",  # « est-ce que » is no noun phrase before the pronoun
        "est-ce qu'elle existe encore ?",
        "combien de temps ça a duré ?",  # a neuter subject after an interrogative phrase
        "depuis quand ça existe ?",
        "qui l'animait ?",
    ],
)
def test_points_at_the_focus(question):
    assert dialogue.points_at_focus(question)


@pytest.mark.parametrize(
    "question",
    [
        "Y a-t-il des actions de jardinage ?",
        "Comment le centre fait-il pour mobiliser ?",
        "Des actions pour aider les parents dans leur rôle ?",
        "Quelles actions cette année ?",
        "Quelles actions avec la CAF ?",
        "Existe-t-il des ateliers cuisine ?",
        "Des actions pour aider une personne âgée dans sa vie quotidienne ?",  # « sa » → « une personne »
        "Le Jardin des Lilas et sa fête ?",  # a name before the possessive
        "il y a des ateliers de couture ?",  # impersonal « y »
        "y en a-t-il en Moselle ?",
        "qui le centre accompagne-t-il ?",  # « le » opens a noun phrase
        "combien en Moselle ?",
    ],
)
def test_does_not_point_at_the_focus(question):
    assert not dialogue.points_at_focus(question)


@pytest.mark.parametrize(
    ("question", "refines"),
    [
        ("seulement celles en cours", True),
        ("lesquelles ont la CAF ?", True),
        ("parmi elles, lesquelles sont terminées ?", True),
        ("celles qui sont terminées", True),
        ("et ces actions, elles sont en cours ?", True),
        ("laquelle a le plus gros budget ?", True),
        ("celle de Metz", False),
        ("Quelles actions avec la CAF ?", False),
        ("seulement ceux dans le Nord", True),  # a plural demonstrative heading the question
        ("et celles de Metz ?", True),
        ("Des actions pour ceux qui ont perdu leur emploi ?", False),  # people, not the list
    ],
)
def test_refinements_of_the_list(question, refines):
    assert dialogue.refines_list(question) is refines


def test_field_words_are_read_from_the_schema():
    assert dialogue.field_named_by("financeurs") == "ressources_financieres"
    assert dialogue.field_named_by("partenaires") == "partenaires"
    assert dialogue.field_named_by("public") == "public"
    assert dialogue.field_named_by("action") == ""  # a fiche noun never names a field
    assert dialogue.field_named_by("familles") == ""


@pytest.mark.parametrize(
    ("question", "kind", "words"),
    [
        ("celle pour les petits, elle ouvre quels jours ?", "pour", ["petits"]),
        ("et celui avec la mairie ?", "avec", ["mairie"]),
        ("celle qui est terminée, son budget ?", "qui", ["terminee"]),
        ("celle de Roubaix elle a coûté combien", "de", ["roubaix"]),
        ("celle-ci ?", "", []),
        ("celle pour qui ?", "", []),  # no content word: no description
    ],
)
def test_description_after_a_singular_demonstrative(question, kind, words):
    assert dialogue.description(question) == (kind, words)


def test_detail_words_leave_out_reference_and_presenting_words():
    assert dialogue.detail_words("c'est animé par qui ?") == ["anime"]
    assert dialogue.detail_words("parle-moi de la deuxième fiche") == []
    assert dialogue.detail_words("et celle-ci, c'est quoi exactement ?") == []


# Two invented fiches of one list: « Cuisine à petit prix » has « petit » in its title, the crèche has it in
# its public: « celle pour les petits » names a public, so the crèche.
DESCRIBED = [
    Fiche(id="d-1", title="Cuisine à petit prix", centre="Centre A", departement="Isère", public=["Adultes"],
          statut="En cours", partenaires=["Mairie"], resume="Des repas à moins de deux euros."),
    Fiche(id="d-2", title="Crèche parentale", centre="Centre B", departement="Isère",
          public=["Petite enfance"], statut="Terminée", partenaires=["Mairie", "CAF"],
          resume="Un accueil des moins de trois ans, le mardi."),
]  # fmt: skip
DESCRIBED_CITES = [
    Citation(n=n, fiche_id=f.id, title=f.title, centre=f.centre, departement=f.departement, url="")
    for n, f in enumerate(DESCRIBED, 1)
]


@pytest.mark.parametrize(
    ("question", "facets", "wanted"),
    [
        ("celle pour les petits, elle ouvre quand ?", [], "d-2"),  # public before title
        ("celle sur le petit prix ?", [], "d-1"),  # a theme: the title
        ("celui avec la CAF, qui finance ?", [], "d-2"),
        ("celui avec la mairie ?", [], None),  # both: no choice
        ("celle qui est terminée ?", [FacetMatch(field="statut", values=["Terminée"], trigger="x")], "d-2"),
        ("celle de Grenoble ?", [], None),  # nothing fits
    ],
)
def test_described_reference_picks_the_one_fitting_citation(question, facets, wanted):
    fiches = {f.id: f for f in DESCRIBED}
    found = dialogue.described_reference(question, DESCRIBED_CITES, fiches, facets)
    assert (found.fiche_id if found else None) == wanted


# ---------------------------------------------------------------- focus of a conversation


def turn(citations: list[Citation], intent: str = "list") -> Turn:
    return Turn(
        question="q", answer=Answer(text="", citations=citations, query=Query(text="q", intent=intent))
    )


def test_focus_list_skips_lookups_and_focus_fiche_is_the_last_single_or_first():
    listed, looked_up, empty = turn(LIST5), turn(cite("c"), "lookup"), turn([])
    assert [c.fiche_id for c in dialogue.focus_list([listed, looked_up, empty])] == ["a", "b", "c", "d", "e"]
    assert dialogue.focus_fiche([listed, looked_up, empty]).fiche_id == "c"
    assert dialogue.focus_fiche([looked_up, listed]).fiche_id == "a"
    assert dialogue.focus_list([]) == [] and dialogue.focus_fiche([empty]) is None


# ---------------------------------------------------------------- through the Assistant


def make() -> Assistant:
    return Assistant(FakeRetriever(FICHES), FakeIndex(FICHES), settings=Settings(retrieval_k=5))


def talk(*questions: str) -> Conversation:
    conversation, assistant = Conversation(), make()
    for question in questions:
        conversation = conversation.run(assistant, question)
    return conversation


def cited(conversation: Conversation) -> list[str]:
    return [c.fiche_id for c in conversation.answer.citations]


PARENTALITE = "Quelles actions de parentalité ?"  # f-1, f-2, f-4, f-6


@pytest.mark.parametrize(
    ("followup", "fiche_id"),
    [
        ("le budget de la deuxième", "f-2"),
        ("et le deuxième, quel budget ?", "f-2"),
        ("le 3e ?", "f-4"),
        ("et la dernière ?", "f-6"),
        ("le dernier ?", "f-6"),
        ("la 4e fiche, quel public ?", "f-6"),
    ],
)
def test_an_ordinal_is_a_lookup_citing_only_that_fiche(followup, fiche_id):
    conversation = talk(PARENTALITE, followup)
    assert cited(conversation) == [fiche_id] and conversation.answer.citations[0].n == 1
    assert conversation.answer.query.intent == "lookup"


@pytest.mark.parametrize(
    ("followup", "field"),
    [
        ("Et ses partenaires ?", "partenaires"),
        ("son budget ?", "ressources_financieres"),
        ("Qui finance celui-ci ?", "ressources_financieres"),
        ("leur public ?", "public"),
        ("cette action est-elle en cours ?", "statut"),
        ("et le public ?", "public"),
    ],
)
def test_a_pronoun_or_possessive_is_a_lookup_on_the_focus_fiche(followup, field):
    # The last turn cited one fiche (« la dernière » → f-6): the focus, never another fiche.
    conversation = talk(PARENTALITE, "parle-moi de la dernière", followup)
    assert cited(conversation) == ["f-6"]
    assert conversation.answer.query.lookup_field == field


def test_after_a_list_the_focus_fiche_is_its_first():
    conversation = talk("Quelles actions en Seine-Maritime ?", "Et ses partenaires ?")
    assert cited(conversation) == ["f-3"] and conversation.answer.query.lookup_field == "partenaires"


def test_a_refinement_of_a_topic_list_keeps_only_its_fiches_and_says_so():
    first = talk("Des actions autour des parents ?")
    assert cited(first) == ["f-2", "f-4"]  # chosen by their words: no facet
    refined = talk("Des actions autour des parents ?", "seulement celles en cours")
    assert cited(refined) == ["f-4"]  # f-1, f-5, f-6 are en cours too, but were not in the list
    assert [(f.field, f.values) for f in refined.answer.query.facets] == [("statut", ["En cours"])]
    assert refined.answer.text.startswith(
        "Parmi les 2 fiches de la réponse précédente, 1 centre a mené une action correspondant à vos "
        "critères (statut En cours) : Espace famille des Hauts (Seine-Maritime) [1].\n\n**[1]**"
    )
    assert "À voir aussi" not in refined.answer.text  # near misses of the whole base: not « parmi elles »
    counted = talk("Des actions autour des parents ?", "parmi elles, combien sont terminées ?")
    assert counted.answer.text.startswith(
        "Parmi les 2 fiches de la réponse précédente, 1 fiche correspond à vos critères (statut Terminée)."
    )
    none = talk("Des actions autour des parents ?", "lesquelles sont avec la ville ?")
    assert none.answer.citations == []
    assert none.answer.text == (
        "Aucune des 2 fiches de la réponse précédente ne correspond à vos critères (partenaire Ville)."
    )


def test_a_refinement_of_a_facet_list_adds_the_facet_to_the_whole_set():
    refined = talk("Quelles actions avec un bailleur social ?", "lesquelles ont la CAF ?")
    assert cited(refined) == ["f-1"]  # bailleur social AND CAF
    facets = [(f.field, f.values) for f in refined.answer.query.facets]
    assert facets == [("partenaires", ["Bailleur social"]), ("partenaires", ["CAF"])]


def test_parmi_elles_narrows_and_a_statut_replaces_a_statut():
    conversation = talk(PARENTALITE, "parmi elles, lesquelles sont terminées ?")
    assert cited(conversation) == ["f-2"]
    conversation = conversation.run(make(), "et celles en cours ?")
    assert cited(conversation) == ["f-1", "f-4", "f-6"]


def test_et_en_x_replaces_the_place_and_keeps_the_topic():
    conversation = talk("Quelles actions de parentalité en Moselle ?", "et en Seine-Maritime ?")
    assert cited(conversation) == ["f-4", "f-6"]
    conversation = conversation.run(make(), "et en Occitanie ?")  # a région replaces a département
    assert cited(conversation) == ["f-1"]


def test_a_followup_after_a_lookup_continues_the_list_topic():
    conversation = talk(PARENTALITE, "le budget de la première", "et en Moselle ?")
    assert cited(conversation) == ["f-2"]
    assert [f.field for f in conversation.answer.query.facets] == ["mots_cles", "departement"]


def test_a_position_outside_the_list_is_answered_with_a_notice_and_no_citation():
    conversation = talk("Quelles actions en Moselle ?", "le 3e, quel budget ?")
    assert conversation.answer.citations == []
    assert conversation.answer.text == (
        "La réponse précédente cite 2 fiches, numérotées de 1 à 2 : il n'y a pas de fiche n° 3."
    )


def test_a_facet_refinement_of_a_facet_list_is_applied_to_that_list():
    # « maintenant » is no topic: the facet is applied to the list's fiches, no new search judges it
    conversation = talk(PARENTALITE, "et parmi elles, juste celles qui sont terminées maintenant")
    assert cited(conversation) == ["f-2"]
    assert conversation.answer.text.startswith("Parmi les 4 fiches de la réponse précédente, ")


def test_a_clitic_y_is_a_lookup_on_the_focus_fiche():
    conversation = talk(PARENTALITE, "parle-moi de la dernière", "combien de bénévoles y participent ?")
    assert cited(conversation) == ["f-6"]
    assert conversation.answer.query.lookup_field == "personnes_mobilisees"


@pytest.mark.parametrize(
    ("followup", "fiche_id"),
    [
        ("celle sur l'environnement, qui la finance ?", "f-5"),  # a facet of one of the two
        ("et celui pour les parents, il en est où ?", "f-2"),  # « parents » ~ its mots-clés Parentalité
    ],
)
def test_a_description_selects_among_the_previous_list(followup, fiche_id):
    conversation = talk("Quelles actions en Moselle ?", followup)  # f-2 Café des parents, f-5 Repair café
    assert cited(conversation) == [fiche_id] and conversation.answer.query.intent == "lookup"


def test_a_detail_question_reads_the_text_and_a_bare_reference_the_resume():
    detail = talk("Quelles actions en Seine-Maritime ?", "la première, les récoltes sont-elles partagées ?")
    assert cited(detail) == ["f-3"] and detail.answer.query.lookup_field == ""
    assert "« Les récoltes sont partagées. »" in detail.answer.text
    bare = talk("Quelles actions en Seine-Maritime ?", "la première ?")
    assert cited(bare) == ["f-3"] and bare.answer.query.lookup_field == "resume"


@pytest.mark.parametrize(
    ("question", "each"),
    [
        ("et leurs budgets ?", True),
        ("qui les finance ?", True),
        ("combien de bénévoles pour chacune ?", True),
        ("leur public ?", True),
        ("Des actions pour les familles et leurs enfants ?", False),  # « enfants » names no field
        ("qui les accueille le plus ?", True),
        ("son budget ?", False),
    ],
)
def test_points_at_the_whole_list(question, each):
    assert dialogue.points_at_list(question) is each


def test_a_plural_possessive_after_a_list_compares_its_fiches():
    conversation = talk("Quelles actions en Seine-Maritime ?", "et leurs partenaires ?")
    assert cited(conversation) == ["f-3", "f-4", "f-6"]
    assert conversation.answer.query.intent == "compare"
    single = talk(PARENTALITE, "parle-moi de la dernière", "leur public ?")  # one fiche cited last
    assert cited(single) == ["f-6"] and single.answer.query.intent == "lookup"


def test_a_description_no_fiche_of_the_list_fits_is_not_the_first_one():
    conversation = talk("Quelles actions en Moselle ?", "celle de Rouen, son budget ?")
    assert cited(conversation) == []
    assert (
        conversation.answer.text == "Aucune des 2 fiches de la réponse précédente ne correspond à « Rouen »."
    )
    tied = talk("Quelles actions en Seine-Maritime ?", "celle avec la CAF, son budget ?")  # f-4 and f-6
    assert cited(tied) == ["f-4", "f-6"] and tied.answer.text.startswith("Parmi les 2 fiches")


@pytest.mark.parametrize(
    ("question", "partitive"),
    [
        ("combien y en a-t-il ?", True),
        ("il y en a en Moselle ?", True),
        ("en existe-t-il qui sont terminées ?", True),
        ("Y a-t-il des actions en Moselle ?", False),
        ("combien en Moselle ?", False),
    ],
)
def test_a_partitive_en_continues_the_list(question, partitive):
    assert dialogue.counts_list(question) is partitive


def test_combien_y_en_a_t_il_counts_the_previous_list():
    conversation = talk(PARENTALITE, "combien y en a-t-il ?")
    assert conversation.answer.text.startswith(
        "4 fiches correspondent à vos critères (mots-clés Parentalité)."
    )
    placed = talk(PARENTALITE, "il y en a en Moselle ?")
    assert cited(placed) == ["f-2"]


def test_described_facets_are_those_said_in_the_description():
    place = FacetMatch(field="departement", values=["Isère"], trigger="en Isère")
    statut = FacetMatch(field="statut", values=["En cours"], trigger="en cours")
    question = "celui en Isère, est-il en cours ?"
    assert dialogue.described_facets(question, [place, statut]) == [place]


def test_a_described_criterion_no_listed_fiche_has_narrows_the_whole_list():
    # a partner the analysis recognises, that neither f-2 nor f-5 has: the Moselle list narrowed by it
    conversation = talk("Quelles actions en Moselle ?", "celle avec la CAF ?")
    assert cited(conversation) == []  # not the list's [1]: the narrowed question, that nothing answers
    facets = [(f.field, f.values) for f in conversation.answer.query.facets]
    assert facets == [("departement", ["Moselle"]), ("partenaires", ["CAF"])]


def test_a_short_prepositional_question_naming_a_field_is_a_lookup_on_the_focus():
    conversation = talk(PARENTALITE, "parle-moi de la dernière", "avec quels partenaires ?")
    assert cited(conversation) == ["f-6"] and conversation.answer.query.lookup_field == "partenaires"


def test_plural_head_pronoun_and_bare_noun_phrase():
    assert dialogue.plural_head_pronoun("ils sont partis où ?")
    assert dialogue.plural_head_pronoun("et elles sont financées comment ?")
    assert not dialogue.plural_head_pronoun("parmi elles, lesquelles sont en cours ?")
    assert dialogue.bare_noun_phrase("le reste à charge ?") and dialogue.bare_noun_phrase("Et les horaires ?")
    assert not dialogue.bare_noun_phrase("les actions de parentalité en Moselle ?")  # too long: a question


def test_a_plural_subject_is_the_focus_fiche_after_one_and_each_fiche_after_a_list():
    one = talk(PARENTALITE, "parle-moi de la dernière", "elles sont financées comment ?")
    assert cited(one) == ["f-6"] and one.answer.query.intent == "lookup"
    each = talk("Quelles actions en Seine-Maritime ?", "elles sont financées comment ?")
    assert cited(each) == ["f-3", "f-4", "f-6"] and each.answer.query.intent == "compare"


def test_a_bare_noun_phrase_after_one_fiche_asks_it_a_detail_its_text_holds():
    asked = talk(PARENTALITE, "parle-moi de la dernière", "les soirées jeux ?")  # f-6: « soirées jeux »
    assert cited(asked) == ["f-6"] and asked.answer.query.lookup_field == ""
    assert "« Prêt de jeux et soirées jeux en famille. »" in asked.answer.text
    fresh = talk(PARENTALITE, "parle-moi de la dernière", "les jardins ?")  # not in f-6: a new question
    assert fresh.answer.query.intent != "lookup" or cited(fresh) != ["f-6"]


def test_a_description_inside_a_fresh_question_is_not_a_reference():
    question = "Les deux ateliers, celui animé par trois bénévoles et celui de la ludothèque : en quoi diffèrent-ils ?"
    assert dialogue.description(question) == ("", [])
    assert dialogue.names_proper_noun("Place en Place vs Place des femmes : quel budget pour chacune ?")
    assert not dialogue.names_proper_noun("Et leurs budgets ?")


@pytest.mark.parametrize(
    "question",
    [
        "Pourquoi celle-ci est terminée ?",
        "et celle-là, elle ouvre quand ?",
        "quand celui-ci a-t-il commencé ?",
    ],
)
def test_a_singular_demonstrative_pronoun_never_refines_the_list(question):
    assert not dialogue.refines_list(question)


@pytest.mark.parametrize(
    "question",
    [
        "et celles-ci, lesquelles sont terminées ?",
        "celle qui est en cours",
        "dans lesquelles y a-t-il la CAF ?",
    ],
)
def test_plural_and_relative_pronouns_still_refine_the_list(question):
    assert dialogue.refines_list(question)


@pytest.mark.parametrize(
    "question",
    [
        "est-ce que le centre a des bénévoles ?",  # the locution leaves a noun phrase: no reference
        "combien de temps dure un atelier ?",
        "combien ça coûte, les séjours en famille ?",
    ],
)
def test_interrogative_phrases_do_not_make_a_reference(question):
    assert not dialogue.points_at_focus(question)


def test_without_locutions_drops_est_ce_que_only():
    assert dialogue.without_locutions(dialogue.tokens("quand est-ce qu'elle a commencé ?")) == [
        "quand",
        "elle",
        "a",
        "commence",
        "?",
    ]
    assert dialogue.without_locutions(["c", "est", "ce", "que", "je", "veux"]) == [
        "c",
        "est",
        "ce",
        "que",
        "je",
        "veux",
    ]


def test_a_repeat_drops_the_conjunction_after_it():
    assert dialogue.without_phrasing("et la même chose mais pour les ados ?") == "pour les ados ?"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("qui étaient les partenaires ?", True),
        ("c'est quoi le public ?", True),
        ("quel est le budget moyen des actions ?", False),  # a fiche noun: the question names its own set
        ("que fait la ville pour les familles ?", False),  # no field noun
    ],
)
def test_definite_field_question(question, expected):
    assert dialogue.definite_field_question(question) is expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("le moins cher ?", True),
        ("et la plus récente ?", True),
        ("le plus de bénévoles ?", True),
        ("la plus grande action de France ?", False),  # a noun: the question names its own set
        ("le plus souvent, les ateliers durent combien de temps ?", False),  # not short
        ("qui finance le plus ?", False),  # no superlative heading the question
    ],
)
def test_elliptic_superlative_refines_the_list(question, expected):
    assert dialogue.elliptic_superlative(question) is expected
    assert dialogue.refines_list(question) is expected


@pytest.mark.parametrize(
    ("question", "step"),
    [
        ("et l'autre ?", 0),
        ("la suivante ?", 1),
        ("et la précédente, qui la finance ?", -1),
        ("l'autre jour, qui est venu ?", None),  # « autre » opens a noun phrase
        ("la semaine suivante ?", None),
    ],
)
def test_relative_reference(question, step):
    assert dialogue.relative_reference(question) == step


def test_relative_to_the_focus():
    listed = cite("f-1", "f-2", "f-3")
    assert dialogue.relative_to(listed, listed[1], 1) == listed[2]
    assert dialogue.relative_to(listed, listed[1], -1) == listed[0]
    assert dialogue.relative_to(listed, listed[2], 1) is None  # past the end
    assert dialogue.relative_to(listed, listed[0], 0) is None  # « l'autre » of three: which?
    assert dialogue.relative_to(listed[:2], listed[0], 0) == listed[1]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("et la deuxième ?", True),
        ("et celle de Metz ?", True),
        ("et pour l'autre ?", True),
        ("parle-moi de la deuxième", False),  # asks to present it
        ("et la deuxième, son public ?", False),
    ],
)
def test_asks_nothing_more(question, expected):
    assert dialogue.asks_nothing_more(question) is expected


@pytest.mark.parametrize(
    ("n", "text"),
    [(1, "Sur la fiche de la réponse précédente"), (3, "Parmi les 3 fiches de la réponse précédente")],
)
def test_the_scope_of_a_refinement_is_grammatical(n, text):
    from assistant.followup import within

    assert within(n) == text
