"""Chunking: section groups, header line, labels, stable ids, splitting with overlap, Chroma metadata."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.chunking import DENSE_SECTION, chunk_fiche, chunk_metadata, dense_passage, header_line
from tests.helpers_index import known_fiches, make_fiche

HEADER = "Café des parents — CENTRE SOCIAL TEST — Nord — mots-clés: Parentalité"


def test_header_line_names_title_centre_departement_and_keywords():
    assert header_line(known_fiches()[0]) == HEADER


def test_header_line_leaves_out_empty_parts():
    fiche = make_fiche("f-x", "Titre seul", centre="", departement="", departement_ecrit="")
    assert header_line(fiche) == "Titre seul"


def test_one_chunk_per_non_empty_group_with_stable_ids():
    chunks = chunk_fiche(known_fiches()[0])
    assert [c.id for c in chunks] == ["f-parents#resume#0", "f-parents#acteurs#0", "f-parents#resultats#0"]
    assert all(c.text.startswith(HEADER + "\n") for c in chunks)
    assert [c.id for c in chunk_fiche(known_fiches()[0])] == [c.id for c in chunks]


def test_chunk_text_keeps_field_labels():
    acteurs = chunk_fiche(known_fiches()[0])[1]
    assert acteurs.text.splitlines()[1:] == [
        "Public : Familles",
        "Partenaires d'action : Bailleur social, Caf",
    ]


def test_empty_groups_give_no_chunk():
    velo = chunk_fiche(known_fiches()[2])
    assert [c.metadata["section"] for c in velo] == ["resume", "resultats"]
    assert "Perspectives : Ouvrir une vélo-école." in velo[1].text


def test_empty_fiche_still_gives_its_header_chunk():
    fiche = make_fiche("f-vide", "Fiche vide", statut="")
    chunks = chunk_fiche(fiche)
    assert [(c.id, c.text) for c in chunks] == [("f-vide#resume#0", "Fiche vide — CENTRE SOCIAL TEST — Nord")]


def test_legacy_fields_go_to_resultats():
    fiche = make_fiche(
        "f-old", "Ancienne", diagnostic="Isolement.", impacts="Liens créés.", facteurs_reussite="Bénévoles."
    )
    resultats = [c for c in chunk_fiche(fiche) if c.metadata["section"] == "resultats"]
    assert resultats[0].text.splitlines()[1:] == [
        "Éléments de diagnostic : Isolement.",
        "Impacts : Liens créés.",
        "Facteurs de réussite : Bénévoles.",
    ]


def test_text_repeated_in_two_fields_is_kept_once():
    fiche = make_fiche(
        "f-dup", "Doublon", resume="Même texte.", description_experience="Même texte.", statut=""
    )
    assert chunk_fiche(fiche)[0].text.splitlines()[1:] == ["Résumé : Même texte."]


def test_long_section_is_split_within_max_chars_with_label_and_overlap():
    sentences = [f"Phrase numéro {i} sur le projet du quartier." for i in range(60)]
    fiche = make_fiche("f-long", "Long", statut="", resume=" ".join(sentences))
    chunks = chunk_fiche(fiche, max_chars=500)
    assert [c.id for c in chunks] == [f"f-long#resume#{n}" for n in range(len(chunks))]
    assert len(chunks) >= 6
    assert all(len(c.text) <= 500 for c in chunks)
    assert all(c.text.splitlines()[1].startswith("Résumé (suite) : ") for c in chunks[1:])
    for previous, current in zip(chunks, chunks[1:], strict=False):
        last_sentence = re.findall(r"Phrase numéro \d+ ", previous.text)[-1]
        assert current.text.splitlines()[1].startswith(f"Résumé (suite) : {last_sentence}")
    text = " ".join(c.text for c in chunks)
    assert all(s in text for s in sentences)


def test_metadata_is_chroma_compatible_and_omits_empty_lists():
    meta = chunk_metadata(known_fiches()[2], "resume")
    assert meta == {
        "fiche_id": "f-velo",
        "title": "Atelier vélo",
        "centre": "CENTRE SOCIAL TEST",
        "departement": "Nord",
        "departement_code": "59",
        "region": "Hauts-de-France",
        "statut": "En cours",
        "section": "resume",
        "source_url": "",
        "content_hash": known_fiches()[2].content_hash,
    }
    full = chunk_metadata(known_fiches()[0], "acteurs")
    assert full["partenaires"] == ["Bailleur social", "Caf"]
    assert full["public"] == ["Familles"]
    assert full["mots_cles"] == ["Parentalité"]
    assert "territoire" not in full


def test_dense_passage_gathers_header_resume_public_partners():
    passage = dense_passage(known_fiches()[0])
    assert passage.id == f"f-parents#{DENSE_SECTION}#0"
    assert passage.metadata["section"] == DENSE_SECTION
    assert passage.text.splitlines() == [
        HEADER,
        "Résumé : Rencontres autour de la parentalité avec le bailleur social.",
        "Public : Familles",
        "Partenaires d'action : Bailleur social, Caf",
    ]


def test_dense_passage_cuts_the_description_to_fit():
    fiche = make_fiche(
        "f-d", "Desc", resume="Court.", description_experience="Une phrase assez longue. " * 200
    )
    passage = dense_passage(fiche, max_chars=600)
    assert len(passage.text) <= 600
    assert passage.text.endswith("…")
    assert "Description de l'expérience : Une phrase assez longue." in passage.text


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèà", min_size=1, max_size=12)
_TEXT = st.lists(st.lists(_WORDS, min_size=1, max_size=30).map(" ".join), max_size=25).map(". ".join)


@settings(max_examples=60, deadline=None)
@given(resume=_TEXT, limites=_TEXT, max_chars=st.integers(min_value=300, max_value=1500))
def test_every_word_is_in_some_chunk_and_no_chunk_exceeds_max_chars(resume, limites, max_chars):
    fiche = make_fiche("f-h", "Titre", resume=resume, limites=limites)
    chunks = chunk_fiche(fiche, max_chars=max_chars)
    assert all(len(c.text) <= max_chars for c in chunks)
    words = set(" ".join(c.text for c in chunks).replace(".", " ").split())
    assert set((resume + " " + limites).replace(".", " ").split()) <= words
    assert len({c.id for c in chunks}) == len(chunks)
