"""The words of a fiche as answerability reads them: plural keys, stems, near words, typos, sounds.

    words = FicheWords(fiche)                    # built once per fiche (~0.4 ms), cached by `Answerability.words`
    words.has("jardin"), words.same_root("jardinage"), words.typo_neighbours("permenance")
    words.says("Grand Est", phrase=True)         # all the words of a facet's trigger, in order

`fiche_text` is the text of a fiche every word check reads (title, keywords, publics, partners, centre, text
fields); `near_words` maps a word to the others of its NEAR_WORDS group (the field's near words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ingest import fields
from ingest.models import Fiche
from ingest.text import (
    STOPWORDS,
    edit_distance,
    keys,
    normalise,
    normalised_words,
    one_typo,
    phonetic_key,
    plural_key,
)

MIN_ROOT = 5  # shortest stem that may be the root of a longer one

# Near words of the field (social centres' actions): a question word matches a fiche word of its group at
# NEAR_CREDIT. Generic French of the domain, one theme a line, with the everyday words a need is told in
# (« moyen de locomotion », « la paperasse », « le boulot »); facet values are matched by retrieval.
NEAR_WORDS = [
    "vacances conges sejour sejours excursion sortie sorties voyage voyages",
    "rural rurale ruraux rurales ruralite campagne village villages bourg hameau hameaux",
    "numerique internet informatique ordinateur ordinateurs tablette tablettes smartphone web digital",
    "demarches papiers administratif administrative administratives formulaire formulaires dossiers paperasse",
    "emploi travail chomage chomeur chomeurs chomeuse chomeuses insertion embauche recrutement metier metiers boulot job",
    "logement habitat loyer loyers locataire locataires appartement appartements immeuble immeubles bail baux",
    "sante soin soins maladie maladies malade malades medecin medical medicale",
    "alimentation nourriture repas manger cuisine cuisiner alimentaire aliments nutrition",
    "jardin jardins potager potagers jardinage jardiner plantation plantations legumes",
    "discrimination discriminations racisme raciste prejuges",
    "handicap handicape handicapes handicapee handicapees",
    "parentalite parents parent parental parentale",
    "ecole ecoles scolaire scolarite eleve eleves college collegiens devoirs",
    "lecture livre livres bibliotheque mediatheque lire conte contes",
    "sport sports sportif sportive sportives gym gymnastique",
    "culture culturel culturelle spectacle spectacles art arts artistique",
    "environnement ecologie ecologique dechet dechets recyclage recycler compost gaspillage gaspiller antigaspi reemploi",
    "mobilite transport transports deplacement deplacements deplacer voiture vehicule navette locomotion",
    "isolement isole isoles isolee isolees solitude solitaire solitaires esseule esseules esseulee esseulees",
    "precarite pauvrete pauvre pauvres demunis fauche fauches",
    "benevole benevoles benevolat volontaire volontaires",
    "langue francais alphabetisation illettrisme",
    "migrant migrants migrante migrantes etranger etrangers etrangere etrangeres immigre immigres refugie refugies exile exiles fle",
    "couture coudre tricot tricoter tricotage broderie broder crochet",
    "femme femmes feminin feminine fille filles",
    "citoyennete citoyen citoyens democratie participation participatif participative",
    "jeune jeunes jeunesse ado ados adolescent adolescents adolescente adolescentes",
    "aine aines senior seniors retraite retraites agee agees vieillissement vieillesse",
    "enfant enfants enfance bebe bebes",
    "famille familles familial familiale familiaux",
    "gens habitants personnes population residents",
    "proche proches aidant aidants entourage",
    "memoire memoires oubli oublis oublier souvenir souvenirs",
    "fete fetes festival festivites noel reveillon",
    "violence violences",
    "dette dettes endettement impayes surendettement",
    "quartier quartiers cite residence",
]


@lru_cache(maxsize=1)
def near_words() -> dict[str, frozenset[str]]:
    """plural key -> the other keys of its NEAR_WORDS groups."""
    table: dict[str, set[str]] = {}
    for line in NEAR_WORDS:
        group = {plural_key(w) for w in line.split()}
        for key in group:
            table.setdefault(key, set()).update(group - {key})
    return {key: frozenset(others) for key, others in table.items()}


class FicheWords:
    """The words of one fiche as plural keys and stems, with what the near-word and typo checks need (built
    once per fiche, cached by the judge): about 0.4 ms for a fiche of 3,000 characters."""

    def __init__(self, fiche: Fiche):
        words = normalised_words(fiche_text(fiche))
        self.text = " " + " ".join(words) + " "
        self.keys = {plural_key(w) for w in words}
        self.stems = {stem(k) for k in self.keys}
        self._by_length: dict[int, list[str]] | None = None
        self._sounds: dict[str, list[str]] | None = None

    def has(self, key: str) -> bool:
        return key in self.keys or stem(key) in self.stems

    def says(self, trigger: str, *, phrase: bool = False) -> bool:
        """The fiche's text has the informative words of `trigger` (the words that named a facet), or, with
        `phrase`, all its words in order (a place: « Grand Est » is not met by « grand »)."""
        if phrase:
            return self.has_phrase(normalise(trigger).split())
        return all(self.has(k) for k in keys(trigger) if k not in STOPWORDS)

    def has_phrase(self, words: list[str]) -> bool:
        """The (normalised) words in this order, at most two other words between two of them."""
        return self.has_sequence([[w] for w in words])

    def has_sequence(self, forms: list[Iterable[str]]) -> bool:
        """Like `has_phrase`, each place of the phrase taken by any of its forms (plural keys: a word of the
        text is the key with an « s » or « x » at most more)."""
        gap = r" (?:\w+ ){0,2}"
        pieces = ["(?:" + "|".join(re.escape(f) for f in alts) + ")[sx]?" for alts in forms]
        return bool(pieces) and re.search(" " + gap.join(pieces) + " ", self.text) is not None

    def same_root(self, key: str) -> bool:
        """A stem of the fiche is a prefix of the key's stem, or the other way round (both MIN_ROOT+ long)."""
        root = stem(key)
        if len(root) < MIN_ROOT:
            return False
        return any(s.startswith(root) for s in self.stems) or any(
            root[:n] in self.stems for n in range(MIN_ROOT, len(root))
        )

    def derives(self, key: str) -> bool:
        """A word of the fiche is the start of the key or the other way round, both MIN_ROOT+ long: one word
        derived from the other (« jardin » / « jardinage », « convivial » / « convivialité »)."""
        if len(key) < MIN_ROOT:
            return False
        return any(
            len(w) >= MIN_ROOT and w != key and (key.startswith(w) or w.startswith(key)) for w in self.keys
        )

    def typo_neighbours(self, key: str) -> list[str]:
        """The fiche's words one typo away from `key` (words of 6+ letters)."""
        if self._by_length is None:
            self._by_length = {}
            for word in self.keys:
                if len(word) >= 5:
                    self._by_length.setdefault(len(word), []).append(word)
        n = len(key)
        near = (w for size in (n - 1, n, n + 1) for w in self._by_length.get(size, ()))
        return [w for w in near if one_typo(key, w)]

    def glued(self, norm: str) -> bool:
        """Two words of the fiche written as one (« piquenique » for « pique nique »)."""
        return any(f" {norm[:i]} {norm[i:]} " in self.text for i in range(3, len(norm) - 2))

    def sounds_like(self, key: str) -> bool:
        """A word of the fiche spelt by ear as `key` (« solidère »/« solidaire », « pik »/« pique »): the same
        French phonetic key (`sound_key`), or, for keys of 4-6 sounds, one sound dropped or added, the first two
        the same (« unon »/« union »)."""
        if self._sounds is None:
            self._sounds = {}
            for word in self.keys:
                if len(word) >= 3:
                    self._sounds.setdefault(sound_key(word)[:2], []).append(sound_key(word))
        sound = sound_key(key)
        if len(sound) < 3:
            return False
        near = self._sounds.get(sound[:2], ())
        if sound in near:
            return True
        return 4 <= len(sound) <= 6 and any(
            abs(len(s) - len(sound)) == 1 and edit_distance(sound, s) == 1 for s in near
        )


def sound_key(word: str) -> str:
    """The phonetic key (`phonetic_key`), « s » and « z » one sound: a speller by ear writes « sosio » for
    « socio », and the key reads an « s » between vowels as « z » (« soziolingistik »/« sosiolingistik »); « en » before a
    consonant is « an » (« permanance »), « ai » before « n » and a vowel is « è » (« grènotèk »)."""
    word = _NOT_NASAL.sub("e", word)  # « graino » is said « grèno »
    return phonetic_key(_EN.sub("a", word)).replace("z", "s")


_NOT_NASAL = re.compile(r"[ae]i(?=[nm][aeiouy])")  # « ai », « ei » before « n »/« m » and a vowel: « è »
_EN = re.compile(r"e(?=[nm](?:[^aeiouynm]|$))")  # « en », « em » before a consonant are said « an »


def fiche_text(fiche: Fiche) -> str:
    parts = [
        fiche.title,
        fiche.centre,
        fiche.departement,
        fiche.region,
        fiche.statut,
        fiche.departement_infere,
    ]
    parts += [*fiche.mots_cles, *fiche.partenaires, *fiche.public, *fiche.dimension, *fiche.partenaires_cites]
    return " ".join(parts + [getattr(fiche, name) for name in fields.text_fields()])


@lru_cache(maxsize=262_144)
def stem(word: str) -> str:
    from ingest.text import _stemmer

    return _stemmer().stemWord(word)
