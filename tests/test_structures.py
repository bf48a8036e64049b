"""The one table of structure kinds, and the modules reading it."""

from assistant import ranking
from ingest import partners, structures


def test_recorded_kinds_are_the_senacs_ones():
    assert {"cs", "csc", "evs"} == structures.RECORDED
    assert structures.NAMES["mjc"] == "maison des jeunes et de la culture"


def test_ranking_reads_every_kind_abbreviation_plural_insensitively():
    assert ranking.structure_abbreviations("quelle mpt ou quels csc ont le plus de benevoles") == {
        "mpt",
        "csc",
    }


def test_a_recorded_abbreviation_alone_is_no_partner_name():
    found = {hit.name for hit in partners.find_partners("Action menée en partenariat avec le CSC, Emmaüs.")}
    assert found == {"Emmaüs"}
