"""Vocabulary of the synthetic corpus: a minimal reader of the listing layout and fixed name lists.

The listing reader here is deliberately independent of `ingest.parser`: the generator and the sample-corpus
tests must not depend on the code they help to test. It only knows the label lines of the listing layout.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

SAMPLE_CORPUS = Path(__file__).resolve().parent.parent / "ingest" / "sample" / "fiches_exemple.txt"

HEADER = "Les actions des centres sociaux"
BLOCK_START = "Actions"

# Label line of the listing layout -> field name (the `Fiche` field names of ingest/models.py).
LABELS: dict[str, str] = {
    "- Structure organisatrice": "structure",
    "- Fichier(s) associé(s)": "fichiers",
    "- Statut de l'action": "statut",
    "- Raisons pour lesquelles l'action est terminée": "raison_fin",
    "- Dimension": "dimension",
    "- Mots clés associés à l'action": "mots_cles",
    "- Résumé": "resume",
    "- Qui est à l'initiative de l'action ?": "initiative",
    "- Précision ( si autre )": "initiative_precision",
    "- Territoire concerné": "territoire",
    "- Description de l'expérience, ses objectifs, ses acteurs et ses différentes phases.": "description_experience",
    "- Public": "public",
    "- Avec qui cette action a-t-elle été menée ?": "partenaires",
    "- Description générale": "description_generale",
    "- Ressources financières mobilisées pour cette action": "ressources_financieres",
    "- Nombre de personnes mobilisés pour cette action": "personnes_mobilisees",
    "- Résultat sur le territoire": "resultat_territoire",
    "- Résultat pour le centre social": "resultat_centre",
    "- Résultat pour les habitants": "resultat_habitants",
    "- Suite de l'action : Limites": "limites",
    "- Suite de l'action : Perspectives": "perspectives",
}
LABEL_OF: dict[str, str] = {name: label for label, name in LABELS.items()}

LIST_FIELDS = ("statut", "dimension", "mots_cles", "initiative", "territoire", "public", "partenaires")
NARRATIVE_FIELDS = (
    "resume",
    "description_experience",
    "description_generale",
    "resultat_territoire",
    "resultat_centre",
    "resultat_habitants",
    "limites",
    "perspectives",
)
_LIST_NOISE = {"-", "Partenaires d'action:"}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý0-9«])")


@dataclass
class ListingBlock:
    """One `Actions` block read line by line: the title and the raw lines under each label."""

    title: str
    line: int
    fields: dict[str, list[str]] = field(default_factory=dict)

    def values(self, name: str) -> list[str]:
        """Values of a list field ('- value' lines, without the lone '-' and the partners header)."""
        lines = self.fields.get(name, [])
        return [ln[2:].strip() for ln in lines if ln not in _LIST_NOISE and ln.startswith("- ")]

    def text(self, name: str) -> str:
        return "\n".join(self.fields.get(name, [])).strip()

    @property
    def structure(self) -> str:
        values = self.values("structure")
        return values[0] if values else ""

    @property
    def centre(self) -> str:
        return self.structure.rsplit(" - ", 1)[0]

    @property
    def departement(self) -> str:
        parts = self.structure.rsplit(" - ", 1)
        return parts[1] if len(parts) == 2 else ""


def scan_listing(lines: Iterable[str]) -> Iterator[ListingBlock]:
    """Yield the `Actions` blocks of a listing export; a repeated label (territoire) keeps the last copy."""
    block: ListingBlock | None = None
    current: list[str] | None = None
    expect_title = False
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if line == BLOCK_START:
            if block is not None:
                yield block
            block, current, expect_title = ListingBlock(title="", line=number), None, True
        elif block is None:
            continue
        elif expect_title:
            block.title, expect_title = line.strip(), False
        elif line in LABELS:
            current = block.fields[LABELS[line]] = []
        elif current is not None:
            current.append(line)
    if block is not None:
        yield block


def read_listing(path: Path = SAMPLE_CORPUS) -> list[ListingBlock]:
    with path.open(encoding="utf-8") as handle:
        return list(scan_listing(handle))


def split_sentences(text: str) -> list[str]:
    """Sentences of a free-text field; bullet lines ('- ...') and short lines stay whole."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith(("- ", "▪", "•")) or len(line) < 80:
            out.append(line)
        else:
            out.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return out


# --- Fixed lists (public facts and invented name parts) ---------------------------------------------

# INSEE code, name as SENACS writes it, 2016 région. 96 métropole + 5 outre-mer = 101.
DEPARTEMENTS: tuple[tuple[str, str, str], ...] = (
    ("01", "Ain", "Auvergne-Rhône-Alpes"),
    ("02", "Aisne", "Hauts-de-France"),
    ("03", "Allier", "Auvergne-Rhône-Alpes"),
    ("04", "Alpes-de-Haute-Provence", "Provence-Alpes-Côte d'Azur"),
    ("05", "Hautes-Alpes", "Provence-Alpes-Côte d'Azur"),
    ("06", "Alpes-Maritimes", "Provence-Alpes-Côte d'Azur"),
    ("07", "Ardèche", "Auvergne-Rhône-Alpes"),
    ("08", "Ardennes", "Grand Est"),
    ("09", "Ariège", "Occitanie"),
    ("10", "Aube", "Grand Est"),
    ("11", "Aude", "Occitanie"),
    ("12", "Aveyron", "Occitanie"),
    ("13", "Bouches-du-Rhône", "Provence-Alpes-Côte d'Azur"),
    ("14", "Calvados", "Normandie"),
    ("15", "Cantal", "Auvergne-Rhône-Alpes"),
    ("16", "Charente", "Nouvelle-Aquitaine"),
    ("17", "Charente-Maritime", "Nouvelle-Aquitaine"),
    ("18", "Cher", "Centre-Val de Loire"),
    ("19", "Corrèze", "Nouvelle-Aquitaine"),
    ("2A", "Corse-du-Sud", "Corse"),
    ("2B", "Haute-Corse", "Corse"),
    ("21", "Côte-d'Or", "Bourgogne-Franche-Comté"),
    ("22", "Côtes-d'Armor", "Bretagne"),
    ("23", "Creuse", "Nouvelle-Aquitaine"),
    ("24", "Dordogne", "Nouvelle-Aquitaine"),
    ("25", "Doubs", "Bourgogne-Franche-Comté"),
    ("26", "Drôme", "Auvergne-Rhône-Alpes"),
    ("27", "Eure", "Normandie"),
    ("28", "Eure-et-Loir", "Centre-Val de Loire"),
    ("29", "Finistère", "Bretagne"),
    ("30", "Gard", "Occitanie"),
    ("31", "Haute-Garonne", "Occitanie"),
    ("32", "Gers", "Occitanie"),
    ("33", "Gironde", "Nouvelle-Aquitaine"),
    ("34", "Hérault", "Occitanie"),
    ("35", "Ille-et-Vilaine", "Bretagne"),
    ("36", "Indre", "Centre-Val de Loire"),
    ("37", "Indre-et-Loire", "Centre-Val de Loire"),
    ("38", "Isère", "Auvergne-Rhône-Alpes"),
    ("39", "Jura", "Bourgogne-Franche-Comté"),
    ("40", "Landes", "Nouvelle-Aquitaine"),
    ("41", "Loir-et-Cher", "Centre-Val de Loire"),
    ("42", "Loire", "Auvergne-Rhône-Alpes"),
    ("43", "Haute-Loire", "Auvergne-Rhône-Alpes"),
    ("44", "Loire-Atlantique", "Pays de la Loire"),
    ("45", "Loiret", "Centre-Val de Loire"),
    ("46", "Lot", "Occitanie"),
    ("47", "Lot-et-Garonne", "Nouvelle-Aquitaine"),
    ("48", "Lozère", "Occitanie"),
    ("49", "Maine-et-Loire", "Pays de la Loire"),
    ("50", "Manche", "Normandie"),
    ("51", "Marne", "Grand Est"),
    ("52", "Haute-Marne", "Grand Est"),
    ("53", "Mayenne", "Pays de la Loire"),
    ("54", "Meurthe-et-Moselle", "Grand Est"),
    ("55", "Meuse", "Grand Est"),
    ("56", "Morbihan", "Bretagne"),
    ("57", "Moselle", "Grand Est"),
    ("58", "Nièvre", "Bourgogne-Franche-Comté"),
    ("59", "Nord", "Hauts-de-France"),
    ("60", "Oise", "Hauts-de-France"),
    ("61", "Orne", "Normandie"),
    ("62", "Pas-de-Calais", "Hauts-de-France"),
    ("63", "Puy-de-Dôme", "Auvergne-Rhône-Alpes"),
    ("64", "Pyrénées-Atlantiques", "Nouvelle-Aquitaine"),
    ("65", "Hautes-Pyrénées", "Occitanie"),
    ("66", "Pyrénées-Orientales", "Occitanie"),
    ("67", "Bas-Rhin", "Grand Est"),
    ("68", "Haut-Rhin", "Grand Est"),
    ("69", "Rhône", "Auvergne-Rhône-Alpes"),
    ("70", "Haute-Saône", "Bourgogne-Franche-Comté"),
    ("71", "Saône-et-Loire", "Bourgogne-Franche-Comté"),
    ("72", "Sarthe", "Pays de la Loire"),
    ("73", "Savoie", "Auvergne-Rhône-Alpes"),
    ("74", "Haute-Savoie", "Auvergne-Rhône-Alpes"),
    ("75", "Paris", "Île-de-France"),
    ("76", "Seine-Maritime", "Normandie"),
    ("77", "Seine-et-Marne", "Île-de-France"),
    ("78", "Yvelines", "Île-de-France"),
    ("79", "Deux-Sèvres", "Nouvelle-Aquitaine"),
    ("80", "Somme", "Hauts-de-France"),
    ("81", "Tarn", "Occitanie"),
    ("82", "Tarn-et-Garonne", "Occitanie"),
    ("83", "Var", "Provence-Alpes-Côte d'Azur"),
    ("84", "Vaucluse", "Provence-Alpes-Côte d'Azur"),
    ("85", "Vendée", "Pays de la Loire"),
    ("86", "Vienne", "Nouvelle-Aquitaine"),
    ("87", "Haute-Vienne", "Nouvelle-Aquitaine"),
    ("88", "Vosges", "Grand Est"),
    ("89", "Yonne", "Bourgogne-Franche-Comté"),
    ("90", "Territoire de Belfort", "Bourgogne-Franche-Comté"),
    ("91", "Essonne", "Île-de-France"),
    ("92", "Hauts-de-Seine", "Île-de-France"),
    ("93", "Seine-Saint-Denis", "Île-de-France"),
    ("94", "Val-de-Marne", "Île-de-France"),
    ("95", "Val-d'Oise", "Île-de-France"),
    ("971", "Guadeloupe", "Guadeloupe"),
    ("972", "Martinique", "Martinique"),
    ("973", "Guyane", "Guyane"),
    ("974", "La Réunion", "La Réunion"),
    ("976", "Mayotte", "Mayotte"),
)
DEPARTEMENT_BY_NAME: dict[str, tuple[str, str, str]] = {d[1]: d for d in DEPARTEMENTS}

CENTRE_KINDS: tuple[str, ...] = (
    "CENTRE SOCIAL",
    "Centre social",
    "CENTRE SOCIOCULTUREL",
    "ESPACE DE VIE SOCIALE",
    "MAISON DE QUARTIER",
    "MAISON POUR TOUS",
    "Centre Social et Culturel",
    "MAISON DES HABITANTS",
    "Espace social",
)
CENTRE_NAMES: tuple[str, ...] = (
    "LES TILLEULS",
    "LES ACACIAS",
    "LES PEUPLIERS",
    "LES CHÊNES",
    "LES MARRONNIERS",
    "LES BLEUETS",
    "LES CAPUCINES",
    "LES GLYCINES",
    "LES LILAS",
    "LES MIMOSAS",
    "LES PERVENCHES",
    "LES VIOLETTES",
    "LA RUCHE",
    "LA BOUSSOLE",
    "LA SOURCE",
    "LA CHRYSALIDE",
    "LA PASSERELLE",
    "LA MARELLE",
    "L'ESCALE",
    "L'ARC-EN-CIEL",
    "L'ÉTOILE",
    "L'HORIZON",
    "L'ENVOL",
    "L'ALIZÉ",
    "LE PHARE",
    "LE LIEN",
    "LE TREMPLIN",
    "LE CARREFOUR",
    "LE MOULIN",
    "LE FIL D'ARIANE",
    "JEAN-JAURÈS",
    "LOUISE-MICHEL",
    "VICTOR-HUGO",
    "JULES-FERRY",
    "GEORGE-SAND",
    "JEAN-MACÉ",
    "SIMONE-VEIL",
    "PABLO-NERUDA",
    "NELSON-MANDELA",
    "MARIE-CURIE",
    "JACQUES-PRÉVERT",
    "ALBERT-CAMUS",
    "DU VIEUX-MOULIN",
    "DU CHAMP-DE-FOIRE",
    "DES GRANDS-PRÉS",
    "DU PLATEAU",
    "DES COTEAUX",
    "DU VAL-FLEURI",
    "DES HAUTS-DE-VILLE",
    "DU BOIS-JOLI",
    "DE LA GARE",
    "DES TROIS-PONTS",
    "DU CANAL",
    "DE LA CITADELLE",
    "DES VIGNES",
    "DU PARC",
    "DE LA COLLINE",
    "DES ÉTANGS",
    "DU BOURG",
    "DE LA VALLÉE",
    "ARC-EN-VILLE",
    "CŒUR DE QUARTIER",
    "ENSEMBLE",
    "AGORA",
    "MOSAÏQUE DES ÂGES",
    "TERRE DE LIENS",
    "ESPACE FAMILLES",
    "ENTRE-NOUS",
    "LES QUATRE SAISONS",
    "LA MAISON BLEUE",
    "LES MILLE COULEURS",
    "L'OASIS",
)
TOWN_SUFFIXES: tuple[str, ...] = (
    "",
    "DE SAINT-MARTIN",
    "DE BEAUMONT",
    "DE VILLENEUVE",
    "DE MONTFORT",
    "DE CHÂTEAUNEUF",
    "DE FONTAINE",
    "DE BELLEVUE",
    "DE ROCHEFORT",
    "DE LA CROIX-ROUGE",
    "DE SAINT-JEAN",
    "DE MONTAGNE",
    "DE RIVIÈRE",
    "DE NEUVILLE",
    "DE CHAMPAGNE",
    "DU PONT-NEUF",
    "DE LA PLAINE",
    "DE MAUREPAS",
    "DE L'ÉCLUSE",
    "DE VALMONT",
    "DE MONTREUIL",
    "DES SABLONS",
    "DU HAUT-PAYS",
    "DE SAINT-PIERRE",
    "DE LA FORÊT",
    "DU CENTRE-VILLE",
    "NORD",
    "SUD",
    "EST",
    "OUEST",
    "RIVE GAUCHE",
    "RIVE DROITE",
)

# Title parts: a head and a complement per theme (keyword of the sample corpus).
TITLE_HEADS: tuple[str, ...] = (
    "Atelier",
    "Ateliers",
    "Café",
    "Projet",
    "Collectif",
    "Semaine",
    "Journée",
    "Permanence",
    "Rencontres",
    "Sorties",
    "Club",
    "Espace",
    "Fête",
    "Chantier",
    "Parcours",
    "Rendez-vous",
    "Groupe",
    "Action",
)
THEME_COMPLEMENTS: dict[str, tuple[str, ...]] = {
    "Parentalité": ("des parents", "parents-enfants", "autour de la parentalité", "éveil et jeux en famille"),
    "Solidarité": ("solidaire", "d'entraide entre voisins", "de la solidarité", "coup de main"),
    "intergénérationnel": ("entre générations", "petits et grands", "des aînés et des enfants"),
    "Mixité sociale": ("du vivre ensemble", "de quartier", "de la rencontre", "inter-quartiers"),
    "Santé": ("santé", "bien-être", "manger-bouger", "prévention santé"),
    "Environnement": ("nature", "jardin", "zéro déchet", "récup' et réparation"),
    "développement durable": ("éco-citoyen", "du compost", "des économies d'énergie"),
    "éducation / scolarité": ("d'aide aux devoirs", "de la réussite éducative", "lecture et écriture"),
    "Emploi, économie": ("emploi", "vers l'emploi", "d'insertion", "des métiers"),
    "Logement": ("logement", "des locataires", "habitat et cadre de vie"),
    "Précarité": ("d'accès aux droits", "anti-gaspi", "budget malin"),
    "Culture": ("culturel", "théâtre", "musique et danse", "d'écriture", "photo"),
    "vacances / loisirs": ("vacances", "de l'été", "loisirs en famille", "découverte"),
    "alphabétisation & apprentissage du français": ("de français", "sociolinguistique", "lire et écrire"),
    "Démocratie & citoyenneté": ("citoyen", "des habitants", "du conseil de quartier", "participatif"),
    "numérique": ("numérique", "informatique", "des démarches en ligne", "tablettes et smartphones"),
}

# Budget lines and mobilised people, for the generated "ressources" and "personnes" fields.
FINANCEURS: tuple[str, ...] = (
    "Caf",
    "Ville",
    "Commune",
    "Conseil départemental",
    "État (politique de la ville)",
    "Communauté de communes",
    "Fonds propres",
    "Fondation de France",
    "Participation des familles",
    "ARS",
    "Bailleur social",
    "Région",
    "Conférence des financeurs",
    "Fonds pour le développement de la vie associative",
    "Métropole",
)
CHARGES: tuple[str, ...] = (
    "Personnel",
    "Achats de matériel",
    "Alimentation",
    "Transport",
    "Prestations d'intervenants",
    "Communication",
    "Location de salle",
    "Assurance",
    "Fournitures",
    "Frais de déplacement",
)


# --- Vocabulary extracted from the sample corpus ------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """One sample fiche reduced to what the generator reuses: title, list values, sentences per field."""

    title: str
    lists: dict[str, tuple[str, ...]]
    sentences: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Vocabulary:
    sources: tuple[Source, ...]
    values: dict[str, tuple[str, ...]]  # list field -> distinct values, in order of first appearance
    sentences: dict[str, tuple[str, ...]]  # text field -> every sentence of the corpus for that field


_TEXT_FIELDS = ("raison_fin", "initiative_precision", *NARRATIVE_FIELDS)


def _source(block: ListingBlock) -> Source:
    lists = {name: tuple(block.values(name)) for name in LIST_FIELDS}
    sentences = {name: tuple(split_sentences(block.text(name))) for name in _TEXT_FIELDS}
    return Source(title=block.title, lists=lists, sentences=sentences)


def load_vocabulary(path: Path = SAMPLE_CORPUS) -> Vocabulary:
    """Read the sample corpus once; lists keep first-appearance order so generation is deterministic."""
    sources = tuple(_source(block) for block in read_listing(path))
    if not sources:
        raise ValueError(f"{path}: aucune fiche trouvée (ligne « Actions » attendue en tête de chaque fiche)")
    values = {
        name: tuple(dict.fromkeys(v for src in sources for v in src.lists[name])) for name in LIST_FIELDS
    }
    sentences = {
        name: tuple(dict.fromkeys(s for src in sources for s in src.sentences[name])) for name in _TEXT_FIELDS
    }
    return Vocabulary(sources=sources, values=values, sentences=sentences)
