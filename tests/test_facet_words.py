"""Words derived by rule for facet values: adjectives of nouns, statut verbs, age ranges → publics."""

from __future__ import annotations

import pytest

from assistant.facet_words import (
    adjectives,
    age_publics,
    age_ranges,
    ended_phrases,
    genders,
    is_adjective,
    running_phrases,
)
from ingest.text import normalise

ADJECTIVES = [
    ("culture", ["culturel", "culturelle"]),
    ("familles", ["familial", "familiale"]),  # from the plural
    ("sport", ["sportif", "sportive"]),
    ("environnement", ["environnemental", "environnementale"]),
    ("solidarite", ["solidaire"]),
    ("precarite", ["precaire"]),
    ("parentalite", ["parental", "parentale"]),
    ("citoyennete", ["citoyen", "citoyenne"]),
    ("democratie", ["democratique"]),
    ("education", ["educatif", "educative"]),
    ("logement", []),  # no suffix fits: no adjective
    ("sante", []),
    ("vie", []),  # too short for « -ie » → « -ique »
]


@pytest.mark.parametrize(("noun", "expected"), ADJECTIVES)
def test_adjectives_of_a_noun_by_french_suffixes(noun, expected):
    assert adjectives(noun) == expected


def test_genders_and_adjective_endings():
    assert genders("intergenerationnel") == ["intergenerationnel", "intergenerationnelle"]
    assert genders("numerique") == ["numerique"]
    assert is_adjective("numeriques") and is_adjective("culturelles") and is_adjective("parentaux")
    assert not is_adjective("culture") and not is_adjective("familles")


AGES = [
    ("pour les moins de 3 ans", [(2, 6, ["Petite enfance"])]),
    ("les 0-6 ans", [(1, 4, ["Petite enfance"])]),
    ("les 11-16 ans", [(1, 4, ["Jeunesse"])]),  # one year of Enfance is not enough
    ("de 6 à 17 ans", [(0, 5, ["Enfance", "Jeunesse"])]),
    ("entre 16 et 25 ans", [(0, 5, ["Jeunesse"])]),
    ("plus de 60 ans", [(0, 4, ["Seniors"])]),
    ("les 60 ans et plus", [(1, 5, ["Seniors"])]),
    ("au-delà de 60 ans", [(0, 5, ["Seniors"])]),
    ("0 à 36 mois", [(0, 4, ["Petite enfance"])]),
    ("aged 11 to 16 years", [(0, 5, ["Jeunesse"])]),
    ("les 0-25 ans", [(1, 4, ["Petite enfance", "Enfance", "Jeunesse"])]),  # bands mostly covered
    # durations and years are not ages
    ("depuis plus de 10 ans", []),
    ("il y a plus de 10 ans", []),
    ("pendant 3 ans", []),
    ("en 2013 2014 ans", []),
    ("des jeunes de 16 ans", []),  # one age alone: too often a duration
]


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_age_ranges_name_the_publics_of_their_ages(text, expected):
    assert age_ranges(normalise(text).split()) == expected


def test_age_publics_by_share_of_the_range_or_of_the_band():
    assert age_publics(0, 3) == ["Petite enfance"]
    assert age_publics(60, 90) == ["Seniors"]
    assert age_publics(50, 80) == ["Seniors"]  # a third in Adultes is not enough
    assert age_publics(18, 48) == ["Jeunesse", "Adultes"]  # half the Jeunesse band (18-25) is inside


def test_statut_phrases_from_verb_forms():
    ended, running = set(ended_phrases()), set(running_phrases())
    assert {"arretee", "stoppee", "fini", "s arreter", "ne tournent plus", "n existe plus"} <= ended
    assert {"ne sont plus active", "n est plus en cours"} <= ended
    assert {"tournent encore", "existe toujours", "toujours active", "encore en place"} <= running
    assert {"pas encore terminee", "non terminee", "pas arretee"} <= running
    assert not ended & running
    negated = {p.partition(":")[2] for p in ended if p.startswith("negation:")}
    assert {"plus en cours", "pas active", "non active", "ne sont pas en place"} <= negated
    assert "cesse" not in ended and "cloture" not in ended  # nouns too (« sans cesse », « une clôture »)
