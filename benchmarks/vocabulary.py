"""Vocabulary of the synthetic corpus: a minimal reader of the listing layout and fixed name lists.

Place names (centres, towns, quartiers) are invented; départements come from `ingest.geo`.
The listing reader here is deliberately independent of `ingest.parser`: the generator and the sample-corpus
tests must not depend on the code they help to test. It only knows the label lines of the listing layout.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.themes import KEYWORD_CODES, PARTNER_CODES, PUBLIC_CODES
from ingest import geo

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

# (INSEE code, name as SENACS writes it, 2016 région) from the project's table: 96 métropole + 5 outre-mer.
DEPARTEMENTS: tuple[tuple[str, str, str], ...] = tuple((d.code, d.name, d.region) for d in geo.DEPARTEMENTS)
DEPARTEMENT_BY_NAME: dict[str, tuple[str, str, str]] = {d[1]: d for d in DEPARTEMENTS}

# The values the SENACS form offers for its list fields, in the site's order.
SITE_VALUES: dict[str, tuple[str, ...]] = {
    "statut": ("En cours", "Terminée"),
    "dimension": ("Citoyenneté", "Accompagnement de projets", "Services"),
    "initiative": (
        "Le centre social",
        "Un ou plusieurs partenaire(s)",
        "Un groupe d'habitants",
        "Un habitant",
        "Autre",
    ),
    "territoire": ("Un quartier", "Plusieurs quartiers", "Une commune", "Plusieurs communes", "Autre"),
    "public": tuple(PUBLIC_CODES.values()),
    "partenaires": tuple(PARTNER_CODES.values()),
    "mots_cles": tuple(KEYWORD_CODES.values()),
}

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


# Invented places for the fiche texts: a town is a head plus a tail ("Montcourt-sur-Vérane"), a quartier a
# name that reads after "quartier", "à" and "de". None starts with a vowel or an article, so "de {ville}" and
# "à {quartier}" stay grammatical.
TOWN_HEADS: tuple[str, ...] = (
    "Saint-Aubin", "Villers", "Montigny", "Bourgneuf", "Châtillon", "Fontenay", "Courville", "Bréval",
    "Sainte-Hélène", "Marcilly", "Neuvy", "Paray", "Rochebrune", "Valmont", "Beaulieu", "Champigny",
    "Montcourt", "Savigny", "Tournon", "Verneuil", "Lussac", "Mirebel", "Pontcarré", "Saint-Gervais",
    "Sermaize", "Dampierre", "Boissy", "Cerny", "Gourdon", "Maurepont", "Noirval", "Péronville",
    "Rochemaure", "Varennes", "Lamothe", "Cazeneuve", "Fargues", "Mazerolles", "Trélan", "Saint-Léry",
)  # fmt: skip
TOWN_TAILS: tuple[str, ...] = (
    "", "", "", "-sur-Vérane", "-sur-Ornelle", "-sur-Lisandre", "-la-Forêt", "-les-Prés", "-en-Val",
    "-le-Haut", "-la-Rivière", "-le-Château", "-en-Bocage", "-la-Vallée", "-du-Lac", "-les-Bois",
)  # fmt: skip
QUARTIERS: tuple[str, ...] = (
    "Bellevue", "Croix-Verte", "Champ-Fleuri", "Clos-Margot", "Pré-Vert", "Val-Joyeux", "Bois-Doré",
    "Grand-Pré", "Moulin-Neuf", "Terres-Rouges", "Pont-Vieux", "Soleil-Levant", "Petit-Bois",
    "Plaine-Haute", "Saint-Roch", "Beauregard", "Montplaisir", "Bel-Horizon", "Coteau-Fleuri",
    "Haut-Buisson", "Clos-Saint-Marc", "Fontaine-Bleue", "Bois-Guillaume", "Champ-de-Mars",
    "Mont-Joli", "Val-Fourré", "Roche-Blanche", "Pré-Saint-Jean", "Sablière", "Carrière-Haute",
    "Cité-Jardin", "Grand-Chêne", "Vieux-Moulin", "Saint-Exupéry", "Mail-Fleuri", "Clos-Toreau",
    "Pierre-Plate", "Bois-l'Abbé", "Grand-Mail", "Petit-Colombier", "Verger-Clos", "Quatre-Vents",
    "Paradis", "Tertre", "Bruyères", "Sources-Vives", "Hameau-Blanc", "Clairefontaine", "Rosiers",
    "Malmaison", "Bourg-Neuf", "Mont-Fleury", "Rive-Sud", "Saint-Éloi", "Cerisaie", "Champ-Rolland",
    "Pasteur", "Jean-Moulin", "Curie", "Delacroix", "Monet", "Gambetta", "Victor-Schoelcher",
    "Garenne", "Closeraie", "Terre-Neuve", "Coudraie", "Plateau-Nord", "Bois-Sauvage", "Sablons",
)  # fmt: skip
JOURS: tuple[str, ...] = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi")
