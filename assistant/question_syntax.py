"""Reading the question's words as French: phrasing, general words, names, and the syntax of a weak word.

    skip = phrasing_positions(tokens) - name_positions(tokens)   # « avec qui », « budget »: no topic
    weak_position(tokens, i, known=False)      # « qui remonte », « le plus petit »: not noun-like
    lesson_words(tokens)                       # « qu'est-ce qui a coincé »: asks for a field, not a topic

Word lists that name no topic (PHRASING, GENERAL), nouns of an action on a topic (FRAMING), words of time
(TIME_WORDS) and the syntactic cues of a noun or a verb; `Answerability.terms` reads a question through them.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from assistant.glossary import IDIOMS
from ingest import fields
from ingest.lemmas import is_verb_form
from ingest.text import GENERIC, STOPWORDS, Token, word_set

# Question phrasing that names no topic (beyond `ingest.text` STOPWORDS/GENERIC and the patterns of intents and
# of the fields asked for, removed before): asking, presenting, comparing, ranking, pointing back.
PHRASING = word_set(
    """autour consiste consistent consister existe existent exister monte montee montees monter montent
    activite activites porte portent
    portant concerne concernent concernant adresse adressent associe associes associee associees soutenu
    soutenue soutenues soutenus finance financee financees finances propose proposee proposees proposent
    proposer mis mise mettre sujet sujets theme themes thematique domaine type genre chose choses quelque
    connaissez connait trouver cherche recherche voudrais aimerais souhaite merci svp dire sait savoir parle
    parlent traite traitent vise visent cible ciblent destine destinee destinees destines lieu cas exemple
    presente presenter presentez raconte racontez decris decrire decrivez detail details compare comparer
    comparaison comparez difference differences versus vs laquelle lequel lesquelles lesquels celle celui
    celles ceux cher chere chers cheres premier premiere deuxieme troisieme dernier derniere seulement
    uniquement attention conseils astuces retour retours infos information informations renseignement
    renseignements partenariat partenaire partenaires origine mobilise mobilises mobilisee mobilisees
    mobiliser rencontrees rencontrent rencontre fonctionne fonctionnent marche marchent avant apres lancer
    reussir reussi reussie reussite
    lancement demarrer commencer inspiration inspirations inspirer piste pistes
    travaille travaillent travailler travaillant aborde abordent aborder abordant
    helping help people use using about things kind does did any run runs ran involve involves work works
    community
    cost costs much many most which show give tell
    montre montrez montrer affiche affichez afficher liste listez lister touche touchent toucher touches"""
)
# General French: adverbs, prepositions, conjunctions, quantifiers, general adjectives and the forms of the most common
# verbs. In a small base every word is rare, so rarity alone cannot tell these from a topic.
GENERAL = word_set(
    """comme contre anti selon malgre pendant depuis parmi aupres pres loin devant derriere dessus dessous
    jusque jusqu durant hors via puis ensuite enfin deja encore toujours jamais souvent parfois rarement
    vraiment surtout notamment egalement environ presque assez trop peu beaucoup tellement ici partout
    fois chaque plusieurs certains certaines quelques divers diverses different differents differente
    differentes possible possibles certain meme memes tel tels telle telles seul seule seuls seules
    nombreux nombreuse nombreuses grand grande grands grandes gros grosse nouveau nouvelle nouveaux
    nouvelles bon bonne bons bonnes meilleur meilleure meilleurs principal principaux principales
    general generale particulier particuliere vrai vraie oui non peut peuvent pouvez pourrait pourraient
    pouvoir veut veulent vouloir doit doivent devoir faut falloir fait faite faites faits faire font
    fasse fassent fera feront va vont aller allez vais viennent venir vient venu venue venus venues
    trouve trouvent trouver trouves dispose disposent disposer permet permettent permettre existe
    donne donnent donner prend prennent prendre passe passent passer reste restent rester semble voir
    voit vu etre avoir sera seront serait ont eu ete etait etaient avait avaient lutter luttent savent
    servir sert servent occupe occupent occuper utiliser utilise utilisent parler rompre
    moment chose facon maniere moyen moyens fin debut partir partent part partie niveau
    question questions reponse zone zones secteur secteurs milieu milieux endroit endroits coin coins
    plupart annee annees aider aide aident retrouver retrouvent ameliorer favoriser developper creer
    rien tout tous toute toutes chacun chacune pareil pareille pareils idem ailleurs autre autres cote soit
    soient sois mieux ensemble
    car parce puisque puisqu faute lorsque lorsqu sinon cependant pourtant neanmoins toutefois tandis eux bas
    style probleme problemes souci soucis truc trucs machin"""
)

# Context of a word in the question (normalised tokens), read as French syntax: a noun follows a determiner or a
# preposition; a verb follows a subject or object pronoun, an auxiliary or a negation; an adjective or adverb of
# degree follows « plus », « très ». Only a noun-like word may decide « aucune fiche » (see `Term.weak`).
_DETERMINERS = word_set(
    """le la les l un une des du de d au aux a en pour sur avec contre sans par chez dans entre vers mon ma mes
    ton ta tes son sa ses notre nos votre vos leur leurs ce cet cette ces quel quelle quels quelles aucun aucune
    autour the a an of for on with about"""
)
_VERB_CUES = word_set(
    """je j tu il elle on nous vous ils elles qui me m te t se s y ne n ai as avons avez ont est sont suis es
    etait etaient ete soit soient sera seront serait fait faire font peut peuvent pourrait doit doivent va vont"""
)
_DEGREE = word_set("plus moins tres mieux aussi trop assez peu bien")
_INVERSION = word_set("il elle ils elles on t")  # « soutient-elle », « a-t-il »
_ABOUT = word_set("sur autour concernant")  # « des trucs sur le numérique »: the topic comes after
# Nouns of an action on a topic (« l'inclusion numérique », « la lutte contre l'isolement »): the topic is
# their complement; weak (`Term.weak`): they tell candidates apart, but never alone say « aucune fiche ».
FRAMING = word_set(
    """acces inclusion lutte promotion sensibilisation soutien accompagnement developpement amelioration
    renforcement prevention valorisation insertion"""
)
# Words of time (« le groupe du mardi », « fêtes de fin d'année »): an attribute of a thing, never the second
# noun of a compound (`compound`).
TIME_WORDS = word_set(
    """lundi mardi mercredi jeudi vendredi samedi dimanche matin matins soir soirs soiree soirees
    apres midi semaine semaines mois annee annees jour jours journee journees week end ete hiver automne
    printemps janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre"""
)

_LINKS = word_set("de des du d")


@lru_cache(maxsize=1)
def _phrasing_patterns() -> re.Pattern[str]:
    """Intent words and the fields asked for (« budget », « avec qui », « combien de »): phrasing, not topic."""
    from assistant.answer_types import INTERROGATIVES
    from assistant.query import _AGGREGATE, _COUNT, _LIST, _SIMILAR

    parts = [p for p, _ in fields.lookup_patterns()] + [p for p, _ in fields.group_nouns()]
    parts += [r.pattern for r in (_LIST, _COUNT, _SIMILAR, _AGGREGATE)]
    parts += [re.escape(idiom) for idiom in IDIOMS]  # « un coup de main »: help, not a topic
    parts.append(
        INTERROGATIVES.pattern
    )  # « à quelle heure », « quel jour », « venaient d'où »: what is asked
    # Whole words: « euro » (a budget word) is no part of « européens ».
    return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in parts) + r")\b")


def phrasing_positions(tokens: list[Token]) -> set[int]:
    """Indexes of the tokens inside a span of question phrasing (see `_phrasing_patterns`)."""
    text, starts = "", []
    for t in tokens:
        starts.append(len(text))
        text += t.norm + " "
    used: set[int] = set()
    for match in _phrasing_patterns().finditer(text):
        used.update(i for i, s in enumerate(starts) if match.start() <= s < match.end())
    return used


def compound(tokens: list[Token], a: int, b: int) -> bool:
    """Are the words at `a` and `b` side by side, or joined by « de », « des », « du »?"""
    return 1 <= b - a <= 3 and all(t.norm in _LINKS for t in tokens[a + 1 : b])


def name_positions(tokens: list[Token]) -> set[int]:
    """The words after the first of a capitalised name inside the question (« la Conférence des financeurs »):
    part of the name, never phrasing. A name starts with a capital (not the question's first word) and goes
    on through « de/des/du » and the word after it, or the next capitalised word."""
    out: set[int] = set()
    i = 1
    while i < len(tokens):
        if not tokens[i].text[:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and (
            tokens[j].text[:1].isupper() or tokens[j].norm in _LINKS or tokens[j - 1].norm in _LINKS
        ):
            j += 1
        out.update(range(i + 1, j))
        i = j
    return out


def lesson_words(tokens: list[Token]) -> frozenset[str]:
    """The lessons cues of the question and their phrasing (« qu'est-ce qui a coincé », « points de
    vigilance »): they ask for a field of the fiche, not for a topic."""
    from assistant.lesson_cues import lesson_cue_words

    norms = [t.norm for t in tokens]
    cues = lesson_cue_words(" ".join(norms))
    heads = {
        w
        for w, de, cue in zip(norms, norms[1:], norms[2:], strict=False)
        if de in ("de", "d") and cue in cues
    }
    return frozenset(cues | heads)  # « points de vigilance »: the noun the cue completes


def weak_position(
    tokens: list[Token], i: int, known: bool, conjugated: bool = False, clauses: list[int] | None = None
) -> bool:
    """Is the word at `i` not noun-like by its context (`_DETERMINERS`, `_VERB_CUES`, `_DEGREE`)? « qui
    remonte », « sont référencées », « a coincé », « s'appuie », « le plus petit », « soutient-elle »; a
    participle not after a determiner (« suites envisagées »); a word no fiche has that looks like a verb or an
    adverb (« financièrement »). A word after a determiner or a preposition is a noun (« des chutes »)."""
    text = tokens[i].text.lower()
    prev = tokens[i - 1].norm if i else ""
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    # `clauses` (`clause_numbers`): a subject pronoun after a comma starts a clause, it is no inversion
    inverted = after in _INVERSION and not (clauses and i + 1 < len(clauses) and clauses[i + 1] != clauses[i])
    # « des trucs sur le numérique »: what comes after « sur » is the topic; but a noun no fiche has, after a
    # determiner, is the topic itself (« installer des ruches sur le toit »: « sur » says where)
    about = after in _ABOUT and (known or prev not in _DETERMINERS or tokens[i].norm in GENERAL | PHRASING)
    if prev in _VERB_CUES or prev in _DEGREE or inverted or about or _before_quantity(tokens, i):
        return True
    if _after_adverb_of_verb(tokens, i) or _verb_of_purpose(tokens, i):
        return True  # « n'ont jamais quitté », « pour casser l'isolement »: a verb, not the topic
    if tokens[i].norm in ADVERBS or light_noun(tokens, i):
        return True  # « réparer plutôt », « on a du mal à faire venir »: no topic of its own
    if prev in _EN_Y and i >= 2 and tokens[i - 2].norm in _BEFORE_EN_Y:
        return True  # « s'en emparent », « n'y vont »: a verb after its clitics
    if prev in _OBJECT_PRONOUNS and is_infinitive(tokens[i].norm):
        return True  # « comment les raccrocher », « pour nous aider »: the pronoun is its object
    if text.endswith(_PARTICIPLE) and not text.endswith(("té", "tés")):
        return prev not in _DETERMINERS or prev == "a"
    if not known and prev not in _DETERMINERS and prefixed_participle(text):
        return True  # « copiloté par deux centres »: « piloté » after its prefix, a verb, never the topic
    if prev in _DETERMINERS:
        return False
    word = tokens[i].norm
    if conjugated or is_verb_form(
        tokens[i].text
    ):  # « touchent », « intervient », « reçoit » (`ingest.lemmas`)
        return True
    return not known and (looks_like_verb(word) or (len(word) >= 9 and word.endswith("ment")))


# English words a noun follows (« about beekeeping », « their kids »): an English word with no French known is
# read as a noun after one of them or in a plural (« heatwaves »), else as a verb, adverb or adjective (« keep »,
# « sharp », « easily », « away »).
_ENGLISH_NOUN_CUES = word_set(
    "the a an of for on with about their our your my his her its some any no these those"
)


def english_noun_like(tokens: list[Token], i: int) -> bool:
    """Is the English word at `i` noun-like by its context (after an article, a possessive or a preposition of
    a topic) or its form (a plural in -s, not -ss/-ous/-ly)?"""
    word = tokens[i].norm
    plural = word.endswith("s") and not word.endswith(("ss", "ous", "us", "is")) and len(word) > 3
    return plural or (i > 0 and tokens[i - 1].norm in _ENGLISH_NOUN_CUES)


_EN_Y = word_set("en y")
_BEFORE_EN_Y = word_set("ne n se s me m te t nous vous je j il elle on ils elles")  # « s'en », « on y »


def elided(norm: str) -> bool:
    """A function word written elided (« quelqu'un », « lorsqu'il », « jusqu'au », « presqu'île » aside: the
    normalised form ends in « qu », which no French content word does)."""
    return norm.endswith("qu")


# Adverbs that stand between an auxiliary or a pronoun and its verb (« n'ont jamais quitté », « a déjà fait »).
_VERB_ADVERBS = word_set("pas jamais deja toujours souvent encore vraiment rarement parfois point guere")
_PURPOSE = word_set("pour sans a de d comment pourquoi")  # « comment raccrocher les ados »: how to
# Object pronouns before an infinitive (« les raccrocher », « leur apprendre »); never « le »/« la »/« l' », which
# also stand before a noun in -er/-ir (« le goûter », « la mer »): a plural article never precedes a singular.
_OBJECT_PRONOUNS = word_set(
    "les leur lui se s y nous vous me m te"
)  # before an infinitive: the action wanted, its object is the topic
_ARTICLES = word_set("le la les l un une des du au aux ce cet cette ces nos vos leur leurs ses son sa mes")


def _verb_of_purpose(tokens: list[Token], i: int) -> bool:
    """Is the word at `i` an infinitive after « pour », « sans », « à », « de » or a conjugated verb, with its
    object after it (« pour casser l'isolement », « aider à écrire leurs courriers », « on voudrait réduire les
    déchets », or without a determiner: « comment redonner confiance », `_bare_object`)? The object is the
    topic; an infinitive with no object (« pour jardiner », « apprendre à
    nager ») may be the topic itself."""
    prev = tokens[i - 1] if i else None
    after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if prev is None or not is_infinitive(tokens[i].norm):
        return False
    if after not in _ARTICLES and not _bare_object(tokens, i + 1):
        return False
    return prev.norm in _PURPOSE or prev.norm in _VERB_CUES or is_verb_form(prev.text)


def _bare_object(tokens: list[Token], j: int) -> bool:
    """Is the word at `j` the noun object, written without a determiner, of the infinitive before it (« comment
    redonner confiance », « pour reprendre goût à… », « pour faire face »)? A content word that is no adverb,
    preposition or time word (`_NO_OBJECT`), nor a verb form."""
    if j >= len(tokens):
        return False
    word = tokens[j].norm
    if len(word) < 3 or word in _NO_OBJECT or elided(word) or word.endswith("ment"):
        return False
    return not is_infinitive(word) and not is_verb_form(tokens[j].text)


# Adverbs not in -ment (a closed class: they do not inflect, so the lemma table cannot tell them from a noun;
# those in -ment are read by their form): they qualify a verb or the sentence, never name a topic.
ADVERBS = word_set(
    """plutot vite tard tot davantage autant tant quasi volontiers aussitot sitot dedans dehors certes
    peut-etre dessus dessous debout ensuite auparavant autrefois naguere dorenavant desormais longtemps
    beaucoup tellement trop assez presque environ surtout notamment surement carrement forcement justement
    vraiment quand-meme pourtant cependant neanmoins ainsi aussi encore deja toujours souvent parfois"""
)
# Words after an infinitive that are no noun object of it: an adverb, a preposition, a time word.
_NO_OBJECT = STOPWORDS | GENERIC | GENERAL | ADVERBS | PHRASING | TIME_WORDS
# Forms of « avoir » before the noun of a locution (« avoir du mal à », « avoir envie de »).
_AVOIR = word_set("a ai as avons avez ont avait avaient avais aurait auraient avoir eu ayant aura auront")
_PARTITIVES = word_set("du de la l des d")
_LOCUTION_LINKS = word_set("a de d")
_CLITICS_BEFORE_INFINITIVE = word_set("se s y en les leur lui nous vous me m te t le la l")


def light_noun(tokens: list[Token], i: int) -> bool:
    """Is the word at `i` the noun of a locution of « avoir » before « à » or « de » and an infinitive (« on a
    du mal à faire venir », « ils ont envie de partir », « a tendance à s'isoler »)? The locution is a verb
    (« peiner », « vouloir »); its topic is the infinitive's object, not the noun."""
    j = i - 1
    while j >= 0 and i - j <= 2 and tokens[j].norm in _PARTITIVES:
        j -= 1
    if (
        j < 0
        or tokens[j].norm not in _AVOIR
        or i + 2 >= len(tokens)
        or tokens[i + 1].norm not in _LOCUTION_LINKS
    ):
        return False
    k = i + 2
    while k < len(tokens) - 1 and tokens[k].norm in _CLITICS_BEFORE_INFINITIVE:
        k += 1
    return is_infinitive(tokens[k].norm)


def _after_adverb_of_verb(tokens: list[Token], i: int) -> bool:
    """Is the word at `i` a verb by the auxiliary or pronoun before the adverbs that precede it (« qui n'ont
    jamais quitté », « on a déjà fait »)?"""
    j = i - 1
    while j >= 0 and tokens[j].norm in _VERB_ADVERBS:
        j -= 1
    return j < i - 1 and j >= 0 and tokens[j].norm in _VERB_CUES


@lru_cache(maxsize=1)
def _verb_lemmas() -> frozenset[str]:
    """The infinitives of the French lemma table: lemmas in -er/-ir/-re of a form conjugated in the plural
    persons or the imperfect (« cassons », « partaient »): a noun's plural or feminine never is (« ateliers »,
    « première »)."""
    from ingest.lemmas import load

    found: set[str] = set()
    for form, entry in load().items():
        if not form.endswith(_CONJUGATED):
            continue
        lemmas = [entry] if isinstance(entry, str) else [lem for _, lem in entry]
        found.update(lem for lem in lemmas if lem.endswith(("er", "ir", "re")))
    return frozenset(found)


_CONJUGATED = ("ons", "ez", "ait", "aient")


def is_infinitive(norm: str) -> bool:
    """Is the normalised word an infinitive of the French lemma table (« casser », « partir »; not « atelier »)?"""
    return norm.endswith(("er", "ir", "re")) and norm in _verb_lemmas()


# Endings of French adjectives (« concrets », « intéressantes », « positifs », « originales »).
_ADJECTIVE_ENDINGS = tuple(
    word_set(
        """et ets ete etes ant ants ante antes if ifs ive ives able ables ible ibles ique iques eux euse euses al
        ale aux ales el elle els elles in ine ins ines"""
    )
)


def qualifies_asked(tokens: list[Token], i: int, asked: set[int]) -> bool:
    """Is the word at `i` an adjective of a word of phrasing right before it (« des résultats concrets », « des
    exemples intéressants », « des pistes originales »)? It qualifies what is asked, not the topic."""
    word = tokens[i]
    return i - 1 in asked and not word.text[:1].isupper() and word.norm.endswith(_ADJECTIVE_ENDINGS)


# Nouns that name no kind of thing (« un truc », « quelque chose »): what qualifies them says what is wanted.
_VAGUE_THINGS = word_set("truc trucs chose choses machin machins")


def qualifies_vague(tokens: list[Token], i: int) -> bool:
    """Is the word at `i` an adjective of a noun that names no kind of thing (« un truc concret », « quelque
    chose de festif », « des trucs simples »)? Weak (`Term.weak`): it may tell candidates apart (« des trucs
    sportifs »), but an evaluative word no fiche writes (« concret ») is no absent topic."""
    word = tokens[i]
    if not i or word.text[:1].isupper() or not word.norm.endswith(_ADJECTIVE_ENDINGS):
        return False
    prev = tokens[i - 1].norm
    return prev in _VAGUE_THINGS or (i >= 2 and prev in ("de", "d") and tokens[i - 2].norm in _VAGUE_THINGS)


def modifier_participle(tokens: list[Token], i: int) -> bool:
    """Is the word at `i` a participle right after the topic noun it qualifies (« les personnes endeuillées »,
    « des femmes battues »)? Not after an auxiliary, a pronoun or an adverb (« ont été remontées »), nor after a
    noun of the question's phrasing (« des actions cofinancées », « fiches rangées »: what is asked for)."""
    if not i or not tokens[i].text.lower().endswith(_PARTICIPLE):
        return False
    prev = tokens[i - 1]
    cues = _DETERMINERS | _VERB_CUES | _DEGREE | _VERB_ADVERBS | _ADDRESSEE
    if len(prev.norm) <= 2 or {prev.norm, prev.key} & (cues | STOPWORDS | GENERIC | PHRASING | GENERAL):
        return False
    return not is_verb_form(prev.text)


def relation_follows(tokens: list[Token], i: int, named: Collection[int] = ()) -> bool:
    """Is the participle at `i` followed by what it relates the people to (« des gens fâchés avec
    l'ordinateur », « des parents perdus face aux écrans »)? Then the thing after is the topic and the
    participle a figure of how they stand with it, no condition of the public (« les personnes endeuillées »).
    Not when a facet reads the word after (`named`): « des bébés prématurés avec la PMI » names a partner."""
    if i + 1 >= len(tokens) or tokens[i + 1].norm not in _RELATIONS:
        return False
    after = next((j for j in range(i + 2, len(tokens)) if tokens[j].norm not in STOPWORDS), None)
    return after is not None and after not in named


# Prepositions after a participle that relate people to a thing (« fâchés avec », « perdus face à »).
_RELATIONS = frozenset({"avec", "face"})


def _before_quantity(tokens: list[Token], i: int) -> bool:
    """Is the word at `i` the verb of a quantity (« reçoit le plus de », « coûte le moins », « touche le plus
    d'habitants »)? A noun is followed by « le plus » only before an adjective (« le projet le plus ancien »)."""
    follow = [t.norm for t in tokens[i + 1 : i + 4]]
    if follow[:1] != ["le"] or follow[1:2] not in (["plus"], ["moins"]):
        return False
    return follow[2:] in ([], ["de"], ["d"])


_PARTICIPLE = ("é", "ée", "és", "ées")
_VERB_ENDINGS = ("er", "ir", "ent", "ez", "ons", "ait", "aient")
# « atelier », « loyer », « rucher », « logement »: nouns of verb-like endings
_NOUN_ENDINGS = ("ier", "yer", "cher", "ment", "eur", "oir")


# Bound prefixes a French verb takes without a hyphen (« copiloter », « coanimer », « réaménager »), folded.
_BOUND_PREFIXES = ("co", "re", "pre", "sur", "sous", "auto", "inter")
_PARTICIPLE_FOLDED = ("ees", "es", "ee", "e")


@lru_cache(maxsize=4096)
def prefixed_participle(text: str) -> bool:
    """Is the lower-cased word a past participle whose verb the lemma table knows after a bound prefix
    (« copiloté » = co + « piloté », « piloter »; « coorganisées »)? A verb form, never the topic alone. Nouns
    in « -ité » (« réalité ») are none. The caller keeps it for words no fiche uses."""
    from ingest.text import normalise

    norm = normalise(text)
    if not text.endswith(_PARTICIPLE) or norm.endswith(("ite", "ites")):
        return False
    end = next(e for e in _PARTICIPLE_FOLDED if norm.endswith(e))
    for prefix in _BOUND_PREFIXES:
        root = norm[len(prefix) : -len(end)]
        if norm.startswith(prefix) and len(root) >= 3 and is_infinitive(root + "er"):
            return True
    return False


def looks_like_verb(word: str) -> bool:
    """« soulager », « occupent »: infinitive or conjugated endings (some nouns too, hence only for words
    no fiche uses, and only to weigh them less)."""
    return len(word) >= 5 and word.endswith(_VERB_ENDINGS) and not word.endswith(_NOUN_ENDINGS)


# -- the situation told before the need ---------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r"[,.;:!?…()\[\]]|\s[-–—]\s")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Verbs of wanting or seeking (« on voudrait créer… », « on cherche… », « des habitantes souhaitent… »): their
# clause tells the need itself, never the situation around it.
_NEED_VERBS = word_set(
    "vouloir souhaiter aimer chercher desirer envisager compter penser projeter esperer rever demander"
)
# Finite forms of avoir and être too short or too common for the lemma table (« on a une pelouse », « y a plus »).
_FINITE_AUXILIARIES = word_set("a ai as avons avez ont est sont suis sommes etes etait etaient avait avaient")
# What a request clause holds (« est-ce qu'un centre a fait… », « comment… », « y a-t-il », « avez-vous »).
_ASKING = word_set(
    "comment combien pourquoi quel quelle quels quelles quoi lequel laquelle lesquels lesquelles"
)
_INVERTED = word_set("il elle ils elles on vous t")
_ADDRESSEE = word_set("tu vous moi toi me")  # « vous avez… », « parle-moi de… »: a request to the assistant
_RELATIVES = word_set("qui que qu ou dont")  # « l'atelier où les parents cuisinent »: a noun's clause
# Subjects before « a » (« on a une pelouse », « y a plus de car »): else « a » may be « à » written bare.
_A_SUBJECTS = word_set("on il elle y n ne ca cela personne chacun")


def situation_positions(
    text: str, tokens: list[Token], named: Collection[int] = (), relatives: bool = True
) -> set[int]:
    """Indexes of the words of the clauses that tell the asker's situation before the request (« Nos familles ne
    sortent jamais du quartier, la plupart… Des idées ? », « Les ados traînent en bas des tours, comment les
    raccrocher ? »): a clause before the last one, with a finite verb that is no verb of wanting (« on voudrait
    créer… » tells the need) and no word of a request (« est-ce », « comment », an inverted subject). Its words
    are the situation in everyday words: they tell the fiches apart, never alone say « aucune fiche ».
    `relatives` false: the clauses before the request only."""
    clauses = _clauses(text, tokens)
    if not clauses:
        return set()
    last = max(clauses)
    out: set[int] = set()
    for n in range(last + 1):
        words = [i for i, c in enumerate(clauses) if c == n]
        if n < last and words and _tells_situation(tokens, words):
            out.update(words)
        elif relatives:
            out.update(_relative_situation(tokens, words, named))
    return out


def _relative_situation(tokens: list[Token], words: list[int], named: Collection[int]) -> list[int]:
    """The words of a relative clause telling the situation of the people the question names by a facet
    (`named`: « raccrocher les ados qui traînent en bas des tours »), to the clause's end: « qui » right after
    them, then a finite verb past the clitics, no verb of wanting (« des femmes qui veulent retrouver un
    travail » tells the need). Never after a noun of what is asked (« des actions qui… », « celles qui… »)."""
    from ingest.lemmas import lemma

    for i in words:
        if tokens[i].norm != "qui" or i - 1 not in named or i - 1 not in words:
            continue
        if any(lemma(tokens[w].text) in _NEED_VERBS for w in words if w > i):
            return []
        j = i + 1
        while j in words and tokens[j].norm in _CLITICS | _VERB_ADVERBS:
            j += 1
        if j in words and _finite(tokens, j):
            return [w for w in words if w > i]
    return []


_BACK_PRONOUNS = word_set("les leur lui eux")


def request_points_back(text: str, tokens: list[Token]) -> bool:
    """Does the request (the last clause) point back with an object pronoun before its verb to people the
    situation named (« Les ados traînent en bas des tours…, comment les raccrocher ? »)? Then they are what the
    request is about, not the other nouns of the situation."""
    from ingest.lemmas import is_verb_form

    clauses = _clauses(text, tokens)
    last = max(clauses, default=-1)
    return any(
        clauses[i] == last
        and tokens[i].norm in _BACK_PRONOUNS
        and (is_infinitive(tokens[i + 1].norm) or is_verb_form(tokens[i + 1].text))
        for i in range(len(tokens) - 1)
        if clauses
    )


# A request that points back to the situation as a whole (« il y a une fiche là-dessus ? », « un centre a-t-il
# accompagné ce genre de projet ? », « quelqu'un a déjà fait ça ? »): the thing the situation names is what is asked.
_BACK_DEMONSTRATIVES = word_set("ce cet cette ces")
_BACK_NOUNS = word_set("genre type sorte sujet theme projet projets action actions idee demarche initiative")
_BACK_WORDS = word_set("dessus ca cela")


def request_refers_back(text: str, tokens: list[Token]) -> bool:
    """Does the request (the last clause) refer back to what the situation told (« là-dessus », « ce genre de
    projet », « ça »)? Then the situation's nouns are the topic asked for, not the asker's setting."""
    clauses = _clauses(text, tokens)
    last = max(clauses, default=-1)
    if last < 1:
        return False
    own = [i for i, c in enumerate(clauses) if c == last]
    for i in own:
        norm = tokens[i].norm
        if norm in _BACK_WORDS or (
            norm in _BACK_DEMONSTRATIVES and i + 1 in own and tokens[i + 1].norm in _BACK_NOUNS
        ):
            return True
    return False


_VAGUE_NOUNS = word_set("genre type sorte style")
_VAGUE_TAIL = word_set("chose choses truc trucs trucs")
_EXAMPLE_CLAUSE = 5  # the longest clause read as one item of a list of examples


def example_positions(text: str, tokens: list[Token]) -> set[int]:
    """The words of a list of examples closed by a vague category (« écolo, sur la planète, le tri, ce genre de
    choses », « du sport, de la danse, etc. »): short clauses before the closing one, each an example of what is
    asked, none of them alone the topic."""
    clauses = _clauses(text, tokens)
    out: set[int] = set()
    for n in range(1, max(clauses, default=0) + 1):
        own = [i for i, c in enumerate(clauses) if c == n]
        if not _vague_close([tokens[i].norm for i in own]):
            continue
        k = n - 1
        while k >= 0:
            item = [i for i, c in enumerate(clauses) if c == k]
            if not item or len(item) > _EXAMPLE_CLAUSE:
                break
            out.update(item)
            k -= 1
    return out


def _vague_close(norms: list[str]) -> bool:
    """« ce genre de choses », « ce type de trucs », « etc », « et tout ça »: a clause closing a list of examples."""
    if norms[:1] == ["etc"] or norms == ["et", "tout", "ca"]:
        return True
    return (
        len(norms) == 4 and norms[0] in ("ce", "ces") and norms[1] in _VAGUE_NOUNS and norms[3] in _VAGUE_TAIL
    )


def contrast_positions(text: str, tokens: list[Token]) -> set[int]:
    """The words of what the asker sets aside, after « plutôt que » or « au lieu de » to the end of the clause
    (« à l'océan plutôt qu'à la campagne »): no topic asked for."""
    clauses = _clauses(text, tokens) if text else []
    norms = [t.norm for t in tokens]
    out: set[int] = set()
    for i in range(len(norms) - 1):
        pair = (norms[i], norms[i + 1])
        if pair[0] == "plutot" and pair[1] in ("que", "qu") or pair == ("au", "lieu"):
            start = i + 2
        elif norms[i] in _EXCEPT or _negated_complement(norms, clauses, i):
            start = i + 1
        else:
            continue
        j = start
        while j < len(norms) and (not clauses or clauses[j] == clauses[i]):
            out.add(j)
            j += 1
    return out


# Words that set the rest of their clause aside (« sauf les ados », « hormis la mairie »).
_EXCEPT = frozenset({"sauf", "hormis", "excepte", "exceptes", "exceptee", "exceptees"})
# Words a verbless negated complement opens with (« pas par l'équipe », « pas avec la mairie », « pas les ados »).
_COMPLEMENT_START = word_set("par pour avec chez dans en a au aux le la les des du un une")


def _negated_complement(norms: list[str], clauses: list[int], i: int) -> bool:
    """Is « pas » at `i` the start of a verbless clause setting a complement aside (« lancées par un habitant,
    pas par l'équipe »)? Only at the head of its clause (after « mais » / « et » at most) and before a
    preposition or determiner: « ne savent pas lire » negates a verb, and says what the need is."""
    if norms[i] != "pas" or not clauses or i + 1 >= len(norms) or norms[i + 1] not in _COMPLEMENT_START:
        return False
    head = [j for j in range(i) if clauses[j] == clauses[i]]
    return all(norms[j] in ("mais", "et", "surtout") for j in head)


def clause_numbers(text: str, tokens: list[Token]) -> list[int]:
    """The clause number of each token (`_clauses`), [] when the words do not line up."""
    return _clauses(text, tokens)


def _clauses(text: str, tokens: list[Token]) -> list[int]:
    """The clause number of each token (clauses split at punctuation); [] when the words do not line up."""
    from ingest.text import normalise

    out: list[int] = []
    for match in _WORD.finditer(text):
        n = len(_CLAUSE_BREAK.findall(text, 0, match.start()))
        out += [n] * len(normalise(match.group()).split())
    if len(out) != len(tokens):
        return []
    numbers = {n: rank for rank, n in enumerate(sorted(set(out)))}
    return [numbers[n] for n in out]


def _tells_situation(tokens: list[Token], words: list[int]) -> bool:
    """Does the clause (token indexes, in order) state a fact with a finite verb, neither wanting nor asking?"""
    from ingest.lemmas import lemma

    if any(tokens[i].norm in _ADDRESSEE for i in words):
        return False
    first_relative = next((i for i in words if tokens[i].norm in _RELATIVES), words[-1] + 1)
    if not any(_finite(tokens, i) and _has_subject(tokens, words, i) for i in words if i < first_relative):
        return False
    for i in words:
        t = tokens[i]
        if t.norm in _ASKING or (t.norm == "est" and i + 1 in words and tokens[i + 1].norm == "ce"):
            return False
        if t.norm in _INVERTED and i - 1 in words and _finite(tokens, i - 1):
            return False  # « a-t-il », « existe-t-il »: a request
    return not any(lemma(tokens[i].text) in _NEED_VERBS for i in words)


# Object pronouns and negation between a subject and its verb (« ne se parlent plus », « n'y vont pas »).
_CLITICS = word_set("ne n se s y en me m te nous vous leur lui le la les l")


def _has_subject(tokens: list[Token], words: list[int], i: int) -> bool:
    """Has the finite verb at `i` a subject before it in its clause (a word that is no verb, past the clitics)?
    An imperative or a title (« compare les deux… », « Mangeons, bougeons ») has none."""
    j = i - 1
    while j in words and tokens[j].norm in _CLITICS:
        j -= 1
    return j in words and not _finite(tokens, j)


def _finite(tokens: list[Token], i: int) -> bool:
    """A finite verb: a conjugated form of the lemma table (not an infinitive nor a participle), or a finite
    form of avoir/être (« a » written without its accent is the verb, « à » the preposition)."""
    t = tokens[i]
    if t.norm == "a":
        return t.text.lower() == "a" and i > 0 and tokens[i - 1].norm in _A_SUBJECTS
    if t.norm in _FINITE_AUXILIARIES:
        return True
    text = t.text.lower()
    if text.endswith(_PARTICIPLE) or t.norm.endswith(("i", "is", "ie", "ies", "u", "us", "ue", "ues")):
        return False
    return not is_infinitive(t.norm) and is_verb_form(t.text)


_SLASH = re.compile(r"\s*/\s*")


def alternative_breaks(text: str, tokens: list[Token]) -> list[int]:
    """The positions of the tokens just after « / » or « ou » (written without accent: « où » is a relative)
    that offers two words for one thing (« le brassage des publics / la mixité », « couture ou tricot »): the
    asker accepts either. [] when the words do not line up with the text."""
    from ingest.text import normalise

    starts: list[int] = []
    for match in _WORD.finditer(text):
        starts += [match.start()] * len(normalise(match.group()).split())
    if len(starts) != len(tokens):
        return []
    out = [i + 1 for i, t in enumerate(tokens[:-1]) if t.text.lower() == "ou"]
    for slash in _SLASH.finditer(text):
        after = next((i for i, s in enumerate(starts) if s >= slash.end()), None)
        if after and not text[slash.start() - 1 : slash.start()].isdigit():  # « 1/2 »: a number
            out.append(after)
    return sorted(set(out))


# -- where people go: the destination of a movement ------------------------------------------------------

# Verbs of going or taking someone somewhere (lemmas): the noun after them and « à », « au », « chez »… is where
# one goes (« aller au marché », « emmener les anciens chez le docteur »), a place or a person of the setting.
_MOVEMENT = word_set(
    """aller venir rendre rentrer retourner monter descendre partir emmener amener ramener conduire
    accompagner deplacer transporter"""
)
_TO = word_set("a au aux chez jusqu")
_AND_TO = word_set("et ou ni")
_DESTINATION_SPAN = 6  # words between the verb and its farthest destination (« aller au marché ni chez le… »)


def destination_position(tokens: list[Token], i: int, clauses: list[int] | None = None) -> bool:
    """Is the word at `i` where someone goes: a noun after « chez » (« chez le docteur »), or after « à »,
    « au », « aux » that a verb of movement governs in its clause (« aller au marché », « n'arrivent plus à
    aller à la pharmacie ni chez le kiné »)? The movement is the need (a transport, a visit); the place or the
    person reached names no topic of its own, so it never alone says « aucune fiche »."""
    from ingest.lemmas import lemma

    if i < 1 or tokens[i].norm in STOPWORDS | _ARTICLES:
        return False
    j = i - 1 if tokens[i - 1].norm in _TO else i - 2
    if j < 0 or tokens[j].norm not in _TO or j < i - 1 and tokens[i - 1].norm not in _ARTICLES:
        return False
    if tokens[j].norm == "chez":
        return True
    for k in range(j - 1, max(-1, j - _DESTINATION_SPAN), -1):
        if clauses and clauses[k] != clauses[i]:
            return False
        if lemma(tokens[k].text) in _MOVEMENT:
            return True
    return False


# Quantifiers written as a noun or an adverb before « de » (« plein de mamans », « un tas de familles », « pas mal
# de jeunes », « une foule de », « la majorité des », « une dizaine de »): a determiner of the noun that follows,
# never its topic. Only in that position: « le plein air », « un tas » alone, « du mal à lire » stay words.
_QUANTITY = word_set(
    """plein tas foule masse paquet tonne tonnes flopee ribambelle multitude quantite nombre plupart majorite
    minorite moitie tiers quart max maximum poignee dizaine douzaine quinzaine vingtaine trentaine quarantaine
    cinquantaine soixantaine centaine centaines millier milliers beaucoup enormement tellement trop assez
    davantage autant peu"""
)
_PAS = word_set("pas")  # « pas mal de »: the adverb « mal » quantifies only after « pas »
_MAL = word_set("mal")
_DEFINITE = word_set("le les l")  # « le nombre de participants »: a quantity asked, not a determiner


# Adverbial locutions of a « au » / « en » and a noun or adjective that frame a count or a summary (« Au total,
# combien… », « combien en tout », « au final », « en somme »): the sum asked for, never its topic.
_SUM_LOCUTION = word_set("au en")
_SUM_WORDS = word_set("total final somme resume bref gros definitive")


def sum_locution(word: str, before: str) -> bool:
    """Is the normalised `word`, after `before`, the noun of a locution framing a sum (« au total », « au final »)?"""
    return word in _SUM_WORDS and before in _SUM_LOCUTION


def quantifier_positions(tokens: list[Token]) -> set[int]:
    """Positions of words that quantify the noun after « de » (`_QUANTITY`; « mal » after « pas »), and of the
    locutions that frame a sum (`_SUM_WORDS`: « au total », « au final »)."""
    found = {i for i in range(1, len(tokens)) if sum_locution(tokens[i].norm, tokens[i - 1].norm)}
    for i, t in enumerate(tokens[:-1]):
        if tokens[i + 1].norm not in _LINKS:
            continue
        before = tokens[i - 1].norm if i else ""
        if (t.norm in _QUANTITY and before not in _DEFINITE) or (t.norm in _MAL and before in _PAS):
            found.add(i)
    return found


# Parts of the body, in the figures of speech that say a person's state or effort (« faire travailler leur
# tête », « se casser la tête », « donner un coup de main », « avoir la tête sous l'eau »): no topic there. Read
# so after a possessive, after « coup(s) de », or after an article that follows a reflexive pronoun or « avoir »
# within three words. Weak (`Term.weak`): a fiche that has the word still counts it.
_BODY = word_set(
    """tete tetes main mains pied pieds coeur coeurs bras jambe jambes oeil yeux oreille oreilles dos ventre
    epaule epaules coude coudes nez bouche dent dents doigt doigts pouce pouces gorge cou genou genoux
    cerveau neurones"""
)
_POSSESSIVES = word_set("mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs")
_COUP = word_set("coup coups")
_BODY_ARTICLES = word_set("le la les l un une")
_BODY_CUES = word_set("se s me m te nous vous a ai as avons avez ont avait avaient avoir")


def figurative_body(tokens: list[Token], i: int) -> bool:
    """Is the word at `i` a part of the body in a figure of speech (`_BODY`)?"""
    if tokens[i].norm not in _BODY or i == 0:
        return False
    before = tokens[i - 1].norm
    if before in _POSSESSIVES:
        return True
    if before in _LINKS and i >= 2 and tokens[i - 2].norm in _COUP:
        return True
    if before in _BODY_ARTICLES and i >= 2 and _body_verb(tokens[i - 2]) and not _owned(tokens, i):
        return True  # « entretenir la tête », « garder le cerveau actif »: the object of a verb, a person's state
    return before in _BODY_ARTICLES and any(t.norm in _BODY_CUES for t in tokens[max(0, i - 4) : i - 1])


def figure_attribute(tokens: list[Token], i: int) -> bool:
    """Is the word at `i` an adjective qualifying a body part of a figure (« garder la tête froide », « le cerveau
    actif »)? It says the person's state, as the figure does: no topic."""
    return i > 0 and tokens[i].norm.endswith(_ADJECTIVE_ENDINGS) and figurative_body(tokens, i - 1)


def _owned(tokens: list[Token], i: int) -> bool:
    """The body part has its owner after it (« soigner la tête des anciens »): the body itself, no figure."""
    return i + 1 < len(tokens) and tokens[i + 1].norm in _OWNER_LINKS


_OWNER_LINKS = word_set("de des du d")


def _body_verb(token: Token) -> bool:
    """A verb right before the article of a body part: an infinitive or a conjugated form (never a noun's)."""
    return is_infinitive(token.norm) or is_verb_form(token.text)
