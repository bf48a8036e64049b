"""Round 10B: who asks what of which scope — a set of fiches (the actors, the whole base), not one fiche."""

import pytest

from assistant.question_clauses import actors_asked, asks_a_set, base_scope
from ingest.text import normalise


@pytest.mark.parametrize(
    "question",
    [
        "Qui travaille avec la mairie dans vos fiches ?",
        "on a combien de jardins dans la base ?",
        "Parmi vos actions, lesquelles parlent de vélo ?",
    ],
)
def test_base_scope(question):
    assert base_scope(normalise(question))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("qui bosse avec la mission locale ?", True),
        ("Bonjour, qui fait quelque chose pour les locataires en difficulté ?", True),
        ("qui a monté un atelier avec le bailleur ?", True),
        ("qu'est-ce qui a coincé ?", False),  # « ce qui »: a subject relative, no actor asked
        ("avec qui travaille le repair café ?", False),  # the partners of one fiche
        ("qui est la référente du café ?", False),  # an identity asked
    ],
)
def test_actors_asked(question, expected):
    assert actors_asked(normalise(question)) is expected


def test_a_set_beside_one_detail():
    assert asks_a_set("vous avez une action où les parents cuisinent ?")
    assert not asks_a_set("le jardin des Hautes-Rives, il coûte combien ?")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("et combien sont partis en formation ensuite ?", True),
        ("combien d'entre eux ont trouvé un emploi ?", True),
        ("combien reviennent l'année suivante ?", True),
        (
            "combien de fiches parlent de perspectives ?",
            False,
        ),  # a count of fiches, no verb after « combien »
        ("quelles perspectives pour la suite ?", False),
    ],
)
def test_people_counted(question, expected):
    from assistant.question_clauses import people_counted

    assert people_counted(normalise(question)) is expected


@pytest.mark.parametrize(
    ("question", "clause"),
    [
        ("How much did the health day cost and who paid for it?", "who paid for it"),
        ("le repas de quartier a coûté combien et qui l'a financé ?", None),  # the whole already asks it
        ("le jardin, qui a mis des sous dedans ?", "qui a mis des sous dedans"),
        ("combien a coûté le jardin des Lilas et le verger ?", None),  # one question: no second ask
    ],
)
def test_a_coordinated_funders_question(question, clause):
    from assistant.lookup import _funders_clause

    norm = normalise(question)
    assert _funders_clause(question, norm) == (clause or norm)
