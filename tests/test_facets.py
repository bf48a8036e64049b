"""Facet vocabulary: corpus values + synonyms matched in questions, with trigger words and cues."""

from __future__ import annotations

import pytest

from assistant.facets import FacetVocabulary
from tests.helpers_retrieval import facet_pairs, make_fiche


def _corpus():
    return [
        make_fiche(
            "a", "Café des parents", centre="CENTRE SOCIAL LES GENÊTS", departement="Nord",
            departement_code="59", region="Hauts-de-France", mots_cles=["Parentalité", "Solidarité"],
            public=["familles"], partenaires=["Bailleur social", "Caf", "Commune", "Autre"],
            territoire=["Un quartier"],
        ),
        make_fiche(
            "b", "Accueil ados", centre="CENTRE SOCIAL DES IRIS", departement="Haute-Garonne",
            departement_code="31", region="Occitanie", statut="Terminée",
            mots_cles=["vacances / loisirs", "Emploi, économie"], public=["Jeunesse"],
            partenaires=["ARS", "Etat", "Regroupement de communes"], territoire=["Une commune"],
        ),
        make_fiche(
            "c", "Ateliers sociolinguistiques", centre="Maison Pour Tous de Kervénanec - centre social",
            departement="Seine-Maritime", departement_code="76", region="Normandie",
            mots_cles=["alphabétisation & apprentissage du français", "intergénérationnel"],
            public=["Petite enfance", "Seniors"], partenaires=["Éducation Nationale"],
        ),
        make_fiche(
            "d", "Atelier cuisine lontan", centre="CASE DES FAMILLES", departement="La Réunion",
            departement_code="974", region="La Réunion", mots_cles=["Santé"], public=["Tous publics"],
            resume="Cuisine traditionnelle avec les habitants du quartier nord.",
        ),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def vocabulary() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_corpus())


facets = facet_pairs


PARENTALITE_BAILLEUR = {("mots_cles", ("Parentalité",)), ("partenaires", ("Bailleur social",))}

CASES = [
    ("Quels centres ont mené des actions de parentalité avec des bailleurs sociaux ?", PARENTALITE_BAILLEUR),
    ("parentalite avec bailleur social", PARENTALITE_BAILLEUR),
    ("which centres ran parenting activities with social landlords?", PARENTALITE_BAILLEUR),
    ("des actions de parantalité", {("mots_cles", ("Parentalité",))}),
    ("actions avec un office HLM", {("partenaires", ("Bailleur social",))}),
    ("projets menés avec l'OPH", {("partenaires", ("Bailleur social",))}),
    ("actions financées par la CAF", {("partenaires", ("Caf",))}),
    ("avec la caisse d'allocations familiales", {("partenaires", ("Caf",))}),
    ("soutenues par l'agence régionale de santé", {("partenaires", ("ARS",))}),
    ("en lien avec la mairie", {("partenaires", ("Commune",))}),
    ("des actions menées avec la commune", {("partenaires", ("Commune",))}),
    ("avec une intercommunalité", {("partenaires", ("Regroupement de communes",))}),
    ("Quelles actions dans le 31 ?", {("departement", ("Haute-Garonne",))}),
    ("Quelles actions ont été menées en Seine-Maritime ?", {("departement", ("Seine-Maritime",))}),
    ("les actions du Nord", {("departement", ("Nord",))}),
    ("et à La Réunion ?", {("departement", ("La Réunion",))}),
    ("974", {("departement", ("La Réunion",))}),
    ("Quelles actions en Occitanie ?", {("region", ("Occitanie",))}),
    ("Des actions en outre-mer ?", {("region", ("La Réunion",))}),
    ("Quelles actions sont terminées ?", {("statut", ("Terminée",))}),
    ("finished projects", {("statut", ("Terminée",))}),
    ("les actions en cours", {("statut", ("En cours",))}),
    ("pour les ados", {("public", ("Jeunesse",))}),
    ("projects for young people", {("public", ("Jeunesse",))}),
    ("jardinage avec les tout-petits", {("public", ("Petite enfance",))}),
    ("ateliers pour jeunes enfants", {("public", ("Petite enfance",))}),
    ("pour les personnes âgées", {("public", ("Seniors",))}),
    ("des projets intergénérationnels", {("mots_cles", ("intergénérationnel",))}),
    ("retrouver un emploi", {("mots_cles", ("Emploi, économie",))}),
    (
        "Quelles actions d'alphabétisation et d'apprentissage du français ?",
        {("mots_cles", ("alphabétisation & apprentissage du français",))},
    ),
    ("en Seine-Maritime ou dans le Nord", {("departement", ("Seine-Maritime", "Nord"))}),
    (
        "budget de la Maison pour tous de Kervénanec",
        {("centre", ("Maison Pour Tous de Kervénanec - centre social",))},
    ),
    ("actions terminées en Occitanie", {("statut", ("Terminée",)), ("region", ("Occitanie",))}),
    ("à l'échelle d'un quartier", {("territoire", ("Un quartier",))}),
]


@pytest.mark.parametrize(("question", "expected"), CASES)
def test_facet_phrasings(vocabulary, question, expected):
    assert facets(vocabulary, question) == expected


NO_FACET = [
    "des actions dans une commune rurale",  # « une commune » is not the partner
    "animations au nord du quartier",  # a direction, not the département
    "Animations au Nord du quartier",
    "les crédits de la politique de la ville",
    "un local en centre-ville",
    "présentée à la réunion du conseil",
    "avec les autres partenaires",  # « Autre » is too vague to be a facet
    "les enfants du quartier",  # « Enfance » is not a value of this corpus
    "un projet qui dure un quartier d'heure",  # territory values need a territory cue
    "Quelles actions pour les femmes ?",  # « Femmes » is not a value of this corpus
]


@pytest.mark.parametrize("question", NO_FACET)
def test_no_false_facet(vocabulary, question):
    scan = vocabulary.scan(question)
    assert scan.facets == []
    assert scan.absent == []


def test_trigger_words_are_the_question_words(vocabulary):
    found = {
        f.field: f.trigger for f in vocabulary.match("Des actions de parantalité avec des HLM dans le 31 ?")
    }
    assert found == {"mots_cles": "parantalité", "partenaires": "HLM", "departement": "dans le 31"}


def test_entities_absent_from_the_corpus_are_reported_not_matched(vocabulary):
    msa = vocabulary.scan("Avez-vous des fiches sur des actions avec la MSA ?")
    assert (msa.facets, msa.absent) == ([], ["MSA"])
    var = vocabulary.scan("Quelles actions dans le Var ?")
    assert (var.facets, var.absent) == ([], ["Var"])
    code = vocabulary.scan("et dans le 83 ?")
    assert code.absent == ["Var"]
    acronym = vocabulary.scan("des actions avec la CPAM en cours")
    assert acronym.absent == ["CPAM"]
    assert [f.values for f in acronym.facets] == [["En cours"]]


def test_known_acronym_in_the_text_is_not_absent():
    vocab = FacetVocabulary.from_fiches([make_fiche("x", "PIJ (Point Information Jeunesse)")])
    assert vocab.scan("Que fait le PIJ ?").absent == []


def test_values_unknown_to_the_corpus_are_never_facets():
    vocab = FacetVocabulary.from_fiches([make_fiche("x", "Atelier", mots_cles=["Santé"], public=["Adultes"])])
    assert vocab.match("parentalité avec des bailleurs sociaux pour les jeunes") == []
    assert facets(vocab, "santé des adultes") == {("mots_cles", ("Santé",)), ("public", ("Adultes",))}


def test_vocabulary_values_and_counts(vocabulary):
    assert vocabulary.values("statut") == ["En cours", "Terminée"]
    assert vocabulary.counts["partenaires"]["Caf"] == 1
    assert vocabulary.values("region") == ["Hauts-de-France", "La Réunion", "Normandie", "Occitanie"]


def test_known_words_with_plural_and_typo(vocabulary):
    assert vocabulary.known("habitant")  # « habitants » in a résumé
    assert vocabulary.known("Traditionnelles")
    assert not vocabulary.known("tradtionnelle")
    assert vocabulary.known("tradtionnelle", typo=True)
    assert not vocabulary.known("équitation", typo=True)


# -- gazetteer: geography, towns, one phrase for several fields ------------------------------------------

GEOGRAPHY = [
    # a région whose name holds a département's (Loire, Alpes…) is the région: longest span first
    ("Quelles actions dans les Pays de la Loire ?", [], ["Pays de la Loire"]),
    ("Actions en Centre-Val de Loire", [], ["Centre-Val de Loire"]),
    ("actions en provence alpes cote d azur", [], ["Provence-Alpes-Côte d'Azur"]),
    ("Actions en Haute Garonne", [("departement", ("Haute-Garonne",))], []),  # hyphen left out
    ("Actions en Normandi", [("region", ("Normandie",))], []),  # one typo
    ("Des actions en Midi-Pyrénées ?", [("departement", ("Haute-Garonne",))], []),  # a former région
    ("Which projects are in Normandy?", [("region", ("Normandie",))], []),  # its English name
    ("actions en seine st denis", [], ["Seine-Saint-Denis"]),  # « St » for « Saint »
    ("Des actions dans le Finistèr ?", [], ["Finistère"]),  # one typo, after a preposition
    # codes: « le 31 », « actions 31 », « dans le 31 », between brackets; not a date nor a quantity
    ("Quelles actions dans le 31 ?", [("departement", ("Haute-Garonne",))], []),
    ("et le 31 ?", [("departement", ("Haute-Garonne",))], []),
    ("actions 76", [("departement", ("Seine-Maritime",))], []),
    ("Actions dans la Loire (42)", [], ["Loire"]),
    ("une fête le 13 mars", [], []),
    ("31 familles accueillies", [("public", ("familles",))], []),
    # punctuation ends a place: « Nord, des actions » is not « Nord des… » (a direction)
    (
        "Dans le Nord, des actions de parentalité ?",
        [("departement", ("Nord",)), ("mots_cles", ("Parentalité",))],
        [],
    ),
    # a place no fiche has, offered as an alternative to one some fiches have
    ("en Savoie ou en Occitanie", [("region", ("Occitanie",))], []),
]


@pytest.mark.parametrize(("question", "expected", "absent"), GEOGRAPHY)
def test_geography(vocabulary, question, expected, absent):
    scan = vocabulary.scan(question)
    assert [(f.field, tuple(f.values)) for f in scan.facets] == expected
    assert scan.absent == absent


TOWNS = [
    ("Des actions à Rouen ?", ("centre", ("Maison Pour Tous de Kervénanec - centre social",)), []),  # text
    ("Y a-t-il des actions à Toulouse ?", ("centre", ("CENTRE SOCIAL DES IRIS",)), []),  # centre line
    ("Actions à Muret", ("departement", ("Haute-Garonne",)), []),  # no centre there: its département
    ("actions au Havre", ("departement", ("Seine-Maritime",)), []),  # « au » + Le Havre
    ("des actions a muret", ("departement", ("Haute-Garonne",)), []),  # lowercase, accent left out
    ("Quelles actions à Rennes ?", None, ["Rennes"]),  # no fiche in Ille-et-Vilaine: absent
    ("Des actions à La Rochelle ?", None, ["La Rochelle"]),  # a name starting with its article
    ("l'atelier a eu lieu a muret", ("departement", ("Haute-Garonne",)), []),  # « a eu »: not the town Eu
    ("is there a nice project?", None, []),  # « a »: an English article, not « à »
]


@pytest.mark.parametrize(("question", "expected", "absent"), TOWNS)
def test_towns_are_corpus_centres_else_their_departement_else_absent(question, expected, absent):
    fiches = _corpus()
    fiches[1] = fiches[1].model_copy(update={"centre": "CENTRE SOCIAL DES IRIS - TOULOUSE"})
    fiches[2] = fiches[2].model_copy(update={"resume": "Des ateliers à Rouen pour les parents."})
    vocab = FacetVocabulary.from_fiches(fiches)
    scan = vocab.scan(question)
    facets = [(f.field, tuple(f.values)) for f in scan.facets]
    if expected and expected[0] == "centre" and "Toulouse" in question:
        expected = ("centre", ("CENTRE SOCIAL DES IRIS - TOULOUSE",))
    assert facets == ([expected] if expected else [])
    assert scan.absent == absent


def test_one_phrase_naming_values_of_two_fields_is_one_facet_with_an_or():
    vocab = FacetVocabulary.from_fiches(
        [
            make_fiche("a", "Goûter", mots_cles=["Famille"], public=["Adultes"]),
            make_fiche("b", "Sortie", mots_cles=["Culture"], public=["Familles"]),
            make_fiche("c", "Foot", mots_cles=["Jeunesse"], public=["Jeunesse"]),
        ]
    )
    [familles] = vocab.match("des actions pour les familles")
    assert familles.pairs() == [("mots_cles", ["Famille"]), ("public", ["Familles"])]
    [jeunes] = vocab.match("pour les jeunes")
    assert jeunes.pairs() == [("mots_cles", ["Jeunesse"]), ("public", ["Jeunesse"])]


def test_a_centre_named_by_one_word_takes_the_neighbouring_words_of_its_name(vocabulary):
    [centre] = vocabulary.match("les actions de la maison pour tous de kervenanec")
    assert centre.trigger == "maison pour tous de kervenanec"
    assert vocabulary.scan("les actions de la maison pour tous de kervenanec").used == {4, 5, 6, 7, 8}


def test_an_organisation_is_absent_unless_a_fiche_names_it_whole():
    apart = make_fiche("x", "Atelier", resume="Le pôle jeunesse aide à l'emploi des jeunes.")
    assert FacetVocabulary.from_fiches([apart]).scan("Des projets avec Pôle emploi ?").absent == [
        "Pôle emploi"
    ]
    whole = make_fiche("y", "Atelier", resume="Avec Pôle emploi, nous accompagnons les jeunes.")
    assert FacetVocabulary.from_fiches([whole]).scan("Des projets avec Pôle emploi ?").absent == []


def test_scan_is_linear_in_the_question_length(vocabulary, monkeypatch):
    """Twice the question, at most about twice the cue checks (helper H9 found a quadratic `_cue_ok`)."""
    from assistant import facets

    calls = []
    real = facets._cue_ok
    monkeypatch.setattr(facets, "_cue_ok", lambda *a: calls.append(1) or real(*a))
    piece = "des actions de parentalité avec la Caf dans le Nord ou en Occitanie pour les familles, "
    counts = []
    for n in (6, 12):
        calls.clear()
        question = piece * n
        scan = vocabulary.scan(question)
        counts.append(len(calls))
        assert len(scan.facets) == 5
    assert len(piece * 12) > 1000
    assert counts[1] <= 2 * counts[0] + 5


def test_an_or_facet_finds_the_fiches_of_either_field_and_the_answer_says_they_match():
    from assistant.answer import extractive_answer
    from assistant.retrieval import HybridRetriever
    from tests.helpers_retrieval import MemoryIndex

    nord = {"departement": "Nord", "departement_code": "59", "region": "Hauts-de-France"}
    fiches = [
        make_fiche("a", "Goûter", mots_cles=["Famille"], public=["Adultes"], **nord),
        make_fiche("b", "Sortie", mots_cles=["Culture"], public=["Familles"], **nord),
        make_fiche("c", "Foot", mots_cles=["Sport"], public=["Jeunesse"], **nord),
        make_fiche("d", "Théâtre", mots_cles=["Famille"], public=["Familles"]),  # Haute-Garonne
    ]
    result = HybridRetriever(MemoryIndex(fiches)).search("Quelles actions pour les familles dans le Nord ?")
    assert sorted(h.fiche_id for h in result.hits) == ["a", "b"]
    assert result.total_matching == 2
    opening = extractive_answer(result).text.splitlines()[0]
    assert not opening.startswith("Aucune fiche")
    assert "mots-clés Famille ou public Familles, département Nord" in opening


# -- words derived by rule: adjectives, people, ages, statut verbs, typos of verbs --------------------------


def _people_corpus():
    return [
        make_fiche("a", "Ciné", mots_cles=["Culture", "Famille"], public=["Familles"], statut="Terminée"),
        make_fiche("b", "Foot", mots_cles=["Sport", "Enfance & jeunesse"], public=["Jeunesse"]),
        make_fiche("c", "Mémoire", mots_cles=["Viellissement"], public=["Adultes"]),  # sic: the export's typo
        make_fiche("d", "LAEP", mots_cles=["Démocratie & citoyenneté"], public=["Petite enfance"]),
        make_fiche("e", "Permanence", mots_cles=["Logement"], dimension=["Services"], partenaires=["Conseil départemental"]),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def people() -> FacetVocabulary:
    return FacetVocabulary.from_fiches(_people_corpus())


FAMILLES = ("mots_cles", ("Famille",))
JEUNESSE = ("mots_cles", ("Enfance & jeunesse",))  # a value having the word as one part; public Jeunesse too
DERIVED = [
    # adjectives of the values' nouns, when they qualify a head noun
    ("Je m'intéresse aux actions culturelles", [("mots_cles", ("Culture",))]),
    ("des activités culturelles et sportives", [("mots_cles", ("Culture",)), ("mots_cles", ("Sport",))]),
    ("des projets familiaux", [FAMILLES]),
    ("Dans les jardins familiaux, quel repas ?", []),  # « familiaux » qualifies « jardins »: a name
    ("les aidants familiaux", []),
    # a public word as an adjective of people: the people are the public
    ("ateliers pour les jeunes parents", [FAMILLES]),
    ("pour les jeunes mamans", [FAMILLES]),
    ("les jeunes retraités", [("mots_cles", ("Viellissement",))]),
    ("les ados et jeunes adultes", [JEUNESSE]),  # young adults are youth
    # people counted are no public
    ("Combien d'adultes et d'enfants ont participé au ciné ?", []),
    ("combien d'actions pour les jeunes ?", [JEUNESSE]),
    # ages → publics; a value of the corpus one typo away (« Viellissement »)
    ("qu'est ce qui existe pour les moins de 3 ans ?", [("public", ("Petite enfance",))]),
    ("pour les 11-16 ans", [("public", ("Jeunesse",))]),
    ("les plus de 60 ans", [("mots_cles", ("Viellissement",))]),
    ("un centre ouvert depuis plus de 10 ans", []),
    ("le bien vieillir", [("mots_cles", ("Viellissement",))]),
    ("les anciens du quartier", [("mots_cles", ("Viellissement",))]),
    ("les anciens locaux", []),  # an adjective, not the elderly
    ("celle pour les petits", [("public", ("Petite enfance",))]),
    ("les petits déjeuners", []),
    # statut: verbs that say an action stopped or goes on
    ("les actions stoppées", [("statut", ("Terminée",))]),
    ("celles qui ne tournent plus", [("statut", ("Terminée",))]),
    ("qu'est-ce qui tourne encore en ce moment ?", [("statut", ("En cours",))]),
    ("les projets pas encore terminés", [("statut", ("En cours",))]),
    ("les actions passées", [("statut", ("Terminée",))]),
    # a negation before a state of running says the action stopped; not the superlative
    ("la liste des actions qui sont arrêtées, plus en cours", [("statut", ("Terminée",))]),
    ("les actions qui ne sont pas en cours", [("statut", ("Terminée",))]),
    ("des actions non actives", [("statut", ("Terminée",))]),
    ("les actions les plus actives", []),
    ("la deuxième, elle s'est passée où ?", []),  # « se passer »: to take place
    # short conjugated verbs are not typos of facet words
    ("des projets qui parlent d'emploi", []),
    ("les gens paient combien ?", []),
    ("aider les jeunes à passer le permis", [JEUNESSE]),
    # whole value « A et B »; a vague value named with its field; a partner named by its role
    ("Démocratie et citoyenneté : quelles fiches ?", [("mots_cles", ("Démocratie & citoyenneté",))]),
    ("fiches rangées dans la dimension services", [("dimension", ("Services",))]),
    ("des services de proximité", []),
    (
        "les actions de service avec le département comme partenaire",
        [("dimension", ("Services",)), ("partenaires", ("Conseil départemental",))],
    ),  # a kind of action
    ("les actions de services civiques", []),  # another thing named
    ("les services du département", []),
    ("avec le département comme partenaire", [("partenaires", ("Conseil départemental",))]),
    ("le département comme partenaire", [("partenaires", ("Conseil départemental",))]),
    ("dans le département", []),
]


@pytest.mark.parametrize(("question", "expected"), DERIVED)
def test_words_derived_by_rule(people, question, expected):
    assert [(f.field, tuple(f.values)) for f in people.match(question)] == expected


def test_public_synonyms_reach_a_value_having_them_as_one_part(people):
    [ados] = people.match("actions à destination des ados")
    assert ados.pairs() == [("mots_cles", ["Enfance & jeunesse"]), ("public", ["Jeunesse"])]
    [ages] = people.match("pour les 6-17 ans")
    assert ages.pairs() == [("public", ["Jeunesse"]), ("mots_cles", ["Enfance & jeunesse"])]
    assert ages.trigger == "6 17 ans"


def test_destination_time_filing_and_role_words_are_cues_not_topics(people):
    from assistant.query import content_words

    for question in (
        "actions à destination des ados",
        "actions sport toujours en cours",
        "arrêtées maintenant",
        "fiches rangées dans la dimension services",
        "le département comme partenaire",
    ):
        assert content_words(people.scan(question)) == []


def _topics_corpus():
    return [
        make_fiche("a", "Permanence logement", mots_cles=["Logement", "Habitants"]),
        make_fiche("b", "Écrivain public", mots_cles=["Accès aux droits", "Habitants"]),
        make_fiche("c", "Repas partagé", mots_cles=["Santé"]),
    ]


def test_a_bracketed_enumeration_is_an_or_of_topics_not_a_filter():
    vocabulary = FacetVocabulary.from_fiches(_topics_corpus())
    scan = vocabulary.scan("difficultés des permanences (logement, écrivain public, hors les murs) ?")
    assert scan.facets == [] and scan.used == set()  # « écrivain public », « hors les murs » name no value
    [both] = vocabulary.match("les actions (logement, santé)")  # every item a value of one field: an OR
    assert both.pairs() == [("mots_cles", ["Logement", "Santé"])]


def test_habitants_is_a_facet_only_with_its_field_named():
    vocabulary = FacetVocabulary.from_fiches(_topics_corpus())
    assert vocabulary.match("les petits déjeuners habitants, qu'est-ce qui marche pas ?") == []
    assert vocabulary.match("un café tenu par les habitants") == []
    [tagged] = vocabulary.match("les fiches au mot-clé habitants")
    assert tagged.pairs() == [("mots_cles", ["Habitants"])]


def test_one_value_named_twice_with_an_or_keeps_both_triggers():
    corpus = [make_fiche("a", "Cours du soir", mots_cles=["alphabétisation & apprentissage du français"])]
    [facet] = FacetVocabulary.from_fiches(corpus).match(
        "Actions d'alphabétisation ou de français langue étrangère"
    )
    assert facet.values == ["alphabétisation & apprentissage du français"]
    assert facet.trigger == "alphabétisation ou français langue étrangère"  # the title words are the facet's
