"""Round 15 (H2): a clipped word of spoken French (« petits-déj », « perms », « benevs ») is read as the whole
word it is the start of, never by its own stem: « dej » is the Snowball stem of « déjà », « perm » that of
« permis ». Invented fiches."""

from __future__ import annotations

import pytest

from assistant.lessons import question_keys, word_keys
from tests.helpers_index import make_fiche


def test_a_clipped_word_keys_as_the_whole_word():
    assert word_keys("les petits-déj") >= word_keys("petit déjeuner") - word_keys("petit")
    assert not word_keys("petit déj") & word_keys("déjà")
    assert not word_keys("les perms") & word_keys("le permis de conduire")
    assert word_keys("les perms") == word_keys("les permanences")
    assert word_keys("les benevs") == word_keys("les bénévoles")
    assert "dejeun" in question_keys("Les petits-déj avec les habitants, quelles difficultés ?")


def _corpus():
    return [
        make_fiche("d1", "Petit déjeuner du quartier", resume="Un petit déjeuner le samedi au centre.",
                   limites="Le petit déjeuner attire surtout des retraités ; peu de jeunes parents."),
        make_fiche("d2", "Café des voisins", resume="Un café convivial chaque mardi.",
                   limites="Les habitants étaient déjà très sollicités et venaient peu."),
        make_fiche("p1", "Permanence d'accès aux droits", resume="Une permanence pour les démarches.",
                   limites="La permanence est saturée : l'attente dépasse deux heures."),
        make_fiche("p2", "Permis de conduire solidaire", resume="Passer son permis à moindre coût.",
                   limites="Le coût du permis reste élevé pour les familles."),
        make_fiche("b1", "Club lecture", resume="Des lectures à voix haute.",
                   limites="Les bénévoles vieillissent et ne sont pas remplacés."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "first", "never"),
    [
        ("Les petits-déj avec les habitants, c'est quoi les difficultés rencontrées ?", "Petit déjeuner du quartier",
         "Café des voisins"),
        ("les petits déj entre voisins, qu'est-ce qui coince ?", "Petit déjeuner du quartier", "Café des voisins"),
        ("Pour les perms d'accès aux droits, quelles galères ?", "Permanence d'accès aux droits",
         "Permis de conduire solidaire"),
    ],
)  # fmt: skip
def test_lessons_of_a_clipped_topic_cite_the_whole_word_fiches(question, first, never):
    from tests.helpers_retrieval import cited_titles, memory_assistant

    titles = cited_titles(memory_assistant(_corpus()).ask(question))
    assert titles[0] == first  # the fiche saying « déjà » / « permis » comes after, if at all
    assert titles.index(never) > 0 if never in titles else True


def test_a_large_pool_read_through_the_postings_finds_the_same_fiches(monkeypatch):
    import assistant.lessons as lessons

    corpus = _corpus() + [
        make_fiche(f"x{n}", f"Sortie {n}", limites="Le car est arrivé en retard.") for n in range(5)
    ]
    for question in ("bénévoles remplacés", "attente permanence", "car retard"):
        keys = word_keys(question)
        direct = [f.id for f in lessons.lessons_about(corpus, keys, ("limites",))]
        monkeypatch.setattr(lessons, "POSTED", 0)
        posted = [f.id for f in lessons.lessons_about(corpus[::-1], keys, ("limites",), corpus)]
        monkeypatch.setattr(lessons, "POSTED", 500)
        assert direct and sorted(posted) == sorted(direct)
        assert posted == [f.id for f in lessons.lessons_about(corpus[::-1], keys, ("limites",))]
