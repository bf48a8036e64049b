"""The shared text rules (`ingest/text.py`): known answers for each of them."""

from __future__ import annotations

import pytest

from ingest import text


def test_fold_keeps_punctuation_and_drops_accents_case_and_ligatures():
    assert text.fold("  L’Œuvre Éducative — Côte-d'Or ") == "l'oeuvre educative — cote-d'or"
    assert text.fold("Straße ÇA") == "strasse ca"


def test_normalise_is_the_comparison_key():
    assert text.normalise("Côte-d'Or") == "cote d or"
    assert text.normalise("  Parentalité, SOUTIEN !") == "parentalite soutien"
    assert text.normalise("cœur n°5 København") == "coeur n 5 k benhavn"
    assert text.normalise("") == ""


def test_normalised_words_match_normalise_on_fiche_text():
    sample = "Mots clés : Parentalité, Bailleur social — L’été des Hautes-Rives (n°5)"
    assert text.normalised_words(sample) == text.normalise(sample).split()


def test_plural_keys():
    assert [text.plural_key(w) for w in ("sociaux", "familles", "prix", "ars", "31")] == [
        "social",
        "famille",
        "pri",
        "ars",
        "31",
    ]
    assert text.keys("Les Bailleurs sociaux") == ["les", "bailleur", "social"]  # 3 letters: kept
    assert text.phrase_key("Bailleurs Sociaux") == text.phrase_key("bailleur social") == "bailleur social"


def test_tokens_split_hyphens_and_apostrophes():
    assert text.tokens("L'été des Hautes-Rives") == [
        text.Token("L", "l", "l"),
        text.Token("été", "ete", "ete"),
        text.Token("des", "des", "des"),
        text.Token("Hautes", "hautes", "haute"),
        text.Token("Rives", "rives", "rive"),
    ]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("parantalite", "parentalite", True),  # substitution
        ("aphabetisation", "alphabetisation", True),  # deletion
        ("jardinnage", "jardinage", True),  # insertion
        ("reusme", "resume", True),  # swap of neighbours
        ("tpyes", "types", False),  # under 6 letters
        ("habitants", "habitat", False),  # two letters apart
        ("abcdef", "bcdefg", False),  # a shift is two edits
        ("resume", "resume", True),
    ],
)
def test_one_typo(a, b, expected):
    assert text.one_typo(a, b) is expected


def test_one_typo_on_short_words_when_asked():
    assert text.one_typo("mot", "mots", min_len=0)
    assert not text.one_typo("mot", "mots")


def test_search_terms_stem_fold_and_drop_stop_words():
    assert text.search_terms("Les bailleurs sociaux et la Parentalité") == [
        "bailleur",
        "social",
        "parentalit",
    ]
    assert text.search_terms("habitant·es l’école n°5") == [
        "habit",
        "ecol",
        "n5",
    ]  # « habitant·es » is one word


def test_split_sentences():
    assert text.split_sentences("Un.  Deux ! Trois…  quatre ? cinq; six") == [
        "Un.",
        "Deux !",
        "Trois…",
        "quatre ?",
        "cinq; six",
    ]
    assert text.split_sentences("cinq; six", ends=".;") == ["cinq;", "six"]


def test_sentence_pieces_cut_long_sentences_at_a_word():
    pieces = list(text.sentence_pieces("Court. " + "mot " * 20 + "\nFin.", 30))
    assert pieces[0] == "Court."
    assert all(len(p) <= 30 for p in pieces)
    assert pieces[1] == "mot mot mot mot mot mot mot"
    assert pieces[-1] == "Fin."


def test_cut_sentences_and_cut():
    sample = "Une phrase courte. Une deuxième phrase bien plus longue que la première."
    assert text.cut_sentences(sample, 60) == "Une phrase courte."
    assert text.cut_sentences("mot " * 100, 50) == "mot " * 11 + "mot…"
    assert text.cut("Première phrase ici. Suite du texte", 30) == "Première phrase ici.…"
    assert (
        text.cut("Ligne une.\nLigne deux est longue.", 20) == "Ligne une.\nLigne…"
    )  # no sentence end late enough
    assert text.cut("court", 20) == "court"


def test_chunk_ids_round_trip():
    cid = text.chunk_id("senacs-12", "resume", 3)
    assert cid == "senacs-12#resume#3"
    assert text.fiche_id_of(cid) == "senacs-12"
    assert text.section_of(cid) == "resume"
    assert text.fiche_id_of("senacs-12") == "senacs-12"
    assert text.section_of("senacs-12") == ""


def test_markdown_escaping_defuses_links_and_markup():
    assert text.md_escape("*gras* [lien](x) <b> a|b") == r"\*gras\* \[lien\](x) \<b\> a\|b"
    assert text.md_escape("voir https://x.fr ou www.y.fr, écrire à a@b.fr") == (
        r"voir https\://x.fr ou www\.y.fr, écrire à a\@b.fr"
    )
    assert text.md_escape(None) == ""
    assert text.lt_entities(r"a < b \< c") == r"a &lt; b \< c"


def test_urls():
    assert text.safe_url(" https://senacs.fr/action/show/1 ") == "https://senacs.fr/action/show/1"
    assert text.safe_url("javascript:alert(1)") == ""
    assert text.safe_url("/fiche/1") == ""
    assert text.safe_url("data:text/html,<b>") == ""
    assert text.fiche_path("f-1/x y") == "/fiche/f-1%2Fx%20y"


def test_edit_distance_known_answers():
    from ingest.text import edit_distance

    assert [
        edit_distance(a, b) for a, b in [("", ""), ("abc", "abc"), ("chat", "chats"), ("kitten", "sitting")]
    ] == [
        0,
        0,
        1,
        3,
    ]


@pytest.mark.parametrize(
    ("key", "variants"),
    [
        ("publique", ["public"]),
        ("public", ["publique"]),
        ("rurale", ["rural"]),
        ("sportive", ["sportif"]),
        ("culturel", ["culturelle"]),
        ("animateur", ["animateuse", "animatrice"]),
        ("ado", []),  # too short to tell
    ],
)
def test_gender_variants(key, variants):
    assert text.gender_variants(key) == variants


def test_discourse_words_are_greetings_politeness_and_adverbs_not_topics():
    assert {"bonjour", "merci", "svp", "maintenant", "actuellement", "where"} <= text.DISCOURSE
    assert not {"emploi", "jardin", "boulot", "rurale"} & text.DISCOURSE
    assert not text.DISCOURSE & text.STOPWORDS  # a separate class: STOPWORDS' callers are unchanged


def test_verb_forms_are_irregular_verbs_and_no_noun_of_the_same_spelling():
    assert {"recoit", "compris", "obtenu", "soutiennent", "inclus"} <= text.VERB_FORMS
    assert not {"prise", "suivi", "produit", "offre", "permis", "revenu", "ecrit"} & text.VERB_FORMS


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("solidere", "solidaire", True), ("pik", "pique", True), ("herblin", "herblain", True),
        ("foto", "photo", True), ("kafe", "cafe", True), ("meson", "maison", True),
        ("informatique", "informatif", False), ("coudre", "couture", False),
    ],
)  # fmt: skip
def test_phonetic_key_joins_french_spellings_of_one_sound(a, b, same):
    assert (text.phonetic_key(a) == text.phonetic_key(b)) is same
