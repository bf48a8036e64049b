"""Demonyms (gentilés) of French places, each listed once with the place it names, and their four forms.

    demonyms()          # (Demonym(words=('iserois',), codes=('38',), region='', town=''), ...)
    forms("breton")     # ['breton', 'bretonne', 'bretons', 'bretonnes']

People name a place by its adjective: « l'isérois », « les projets bretons », « un centre normand », « côté
lyonnais ». The table below gives, for each département, région, former région and large town, its masculine
singular demonym (an irregular feminine after « / »); `forms` derives the feminine and the plurals by the rules of
French spelling. A town's demonym names its département (the code is written next to the town; a test checks it
against the official communes list). Demonyms shared by several places (« dionysien »: Saint-Denis 93 and 974,
« viennois »: Vienne 38 and 86) and words with another everyday sense (« catalan », « alpin ») are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ingest.text import normalise

__all__ = ["AREAS", "Demonym", "demonyms", "forms"]

# target | demonym[/feminine]; target: département code(s), « région: <name> » or « <Town> <code> ».
_TABLE = """
01|aindinois; 02|axonais; 03|bourbonnais; 04|bas-alpin; 05|haut-alpin; 06|maralpin; 07|ardéchois
08|ardennais; 09|ariégeois; 10|aubois; 11|audois; 12|aveyronnais; 13|bucco-rhodanien; 14|calvadosien
15|cantalien; 16|charentais; 17|charentais-maritime; 18|berrichon; 19|corrézien; 21|côte-d'orien
22|costarmoricain; 23|creusois; 24|périgourdin; 25|doubien; 26|drômois; 27|eurois; 28|eurélien
29|finistérien; 30|gardois; 31|haut-garonnais; 32|gersois; 33|girondin; 34|héraultais; 35|brétillien
36|indrien; 37|tourangeau/tourangelle; 38|isérois; 39|jurassien; 40|landais; 41|loir-et-chérien
43|altiligérien; 45|loirétain; 46|lotois; 47|lot-et-garonnais; 48|lozérien; 50|manchois; 51|marnais
52|haut-marnais; 53|mayennais; 54|meurthe-et-mosellan; 55|meusien; 56|morbihannais; 57|mosellan
58|nivernais; 59|nordiste; 60|isarien; 61|ornais; 62|pas-de-calaisien; 63|puydômois; 64|béarnais
65|haut-pyrénéen; 67|bas-rhinois; 68|haut-rhinois; 69|rhodanien; 70|haut-saônois
71|saône-et-loirien; 72|sarthois; 73 74|savoyard; 74|haut-savoyard; 75|parisien; 76|seinomarin
77|seine-et-marnais; 78|yvelinois; 79|deux-sévrien; 80|samarien; 81|tarnais; 82|tarn-et-garonnais
83|varois; 84|vauclusien; 85|vendéen; 86|poitevin; 87|haut-viennois; 88|vosgien; 89|icaunais
90|belfortain; 91|essonnien; 92|altoséquanais; 93|séquano-dionysien; 94|val-de-marnais; 95|valdoisien
971|guadeloupéen; 972|martiniquais; 973|guyanais; 974|réunionnais; 976|mahorais
région: Auvergne-Rhône-Alpes|auvergnat-rhônalpin; région: Bretagne|breton; région: Normandie|normand
région: Bourgogne-Franche-Comté|bourguignon-franc-comtois; région: Centre-Val de Loire|centrais
région: Île-de-France|francilien
région: Nouvelle-Aquitaine|néo-aquitain; région: Occitanie|occitan
région: Provence-Alpes-Côte d'Azur|provençal
03 15 43 63|auvergnat; 67 68|alsacien; 54 55 57 88|lorrain; 02 60 80|picard; 08 10 51 52|champenois
21 58 71 89|bourguignon; 25 39 70 90|franc-comtois; 19 23 87|limousin; 24 33 40 47 64|aquitain
11 30 34 48 66|languedocien; 01 07 26 38 42 69 73 74|rhônalpin; 64|basque
Paris 75|parisien; Marseille 13|marseillais; Lyon 69|lyonnais; Toulouse 31|toulousain; Nice 06|niçois
Nantes 44|nantais; Montpellier 34|montpelliérain; Strasbourg 67|strasbourgeois; Bordeaux 33|bordelais
Lille 59|lillois; Rennes 35|rennais; Reims 51|rémois; Toulon 83|toulonnais; Saint-Étienne 42|stéphanois
Le Havre 76|havrais; Grenoble 38|grenoblois; Dijon 21|dijonnais; Angers 49|angevin; Nîmes 30|nîmois
Villeurbanne 69|villeurbannais; Clermont-Ferrand 63|clermontois; Le Mans 72|manceau/mancelle
Aix-en-Provence 13|aixois; Brest 29|brestois; Tours 37|tourangeau/tourangelle; Amiens 80|amiénois
Limoges 87|limougeaud; Annecy 74|annécien; Perpignan 66|perpignanais; Metz 57|messin
Besançon 25|bisontin; Orléans 45|orléanais; Rouen 76|rouennais; Mulhouse 68|mulhousien; Caen 14|caennais
Nancy 54|nancéien; Argenteuil 95|argenteuillais; Montreuil 93|montreuillois; Roubaix 59|roubaisien
Tourcoing 59|tourquennois; Avignon 84|avignonnais; Poitiers 86|poitevin; Pau 64|palois; Calais 62|calaisien
La Rochelle 17|rochelais; Dunkerque 59|dunkerquois; Ajaccio 2A|ajaccien; Bastia 2B|bastiais
Lorient 56|lorientais; Vannes 56|vannetais; Quimper 29|quimpérois; Saint-Nazaire 44|nazairien
Bayonne 64|bayonnais; Troyes 10|troyen; Chambéry 73|chambérien; Valence 26|valentinois; Agen 47|agenais
Colmar 68|colmarien; Niort 79|niortais; Béziers 34|biterrois; Cayenne 973|cayennais
"""
# Areas named by a noun of surroundings and a demonym, with the région they are (« la région parisienne », « en
# banlieue parisienne »): the demonym alone names the town's département (Paris), the area is wider.
AREAS = {
    "Corse": ("ile de beaute",),  # its periphrasis, as common as its name
    "Île-de-France": (
        "region parisienne", "banlieue parisienne", "agglomeration parisienne", "couronne parisienne",
        "petite couronne", "grande couronne", "paris et sa banlieue", "paris et sa region",
    ),
}  # fmt: skip
# Regional adjectives that also name a département already in the table keep the département (« poitevin »:
# Vienne, 86); « ligérien » (the Loire, 42, or Pays de la Loire?) is left out.


@dataclass(frozen=True)
class Demonym:
    words: tuple[str, ...]  # one form, normalised words (« haut garonnaise »)
    codes: tuple[str, ...]  # the départements it names (empty for a région)
    region: str  # the région it names, or ""
    town: str  # the town it comes from, or ""


def forms(masculine: str, feminine: str = "") -> list[str]:
    """The four forms of a demonym: masculine and feminine, singular and plural (« provençal »: « provençaux »)."""
    last = masculine.rsplit("-", 1)[-1]
    head = masculine[: len(masculine) - len(last)]
    feminine_last = feminine.rsplit("-", 1)[-1] if feminine else _feminine(last)
    fem = _FEMININE_HEADS.get(head.split("-")[0], head.split("-")[0]) + head[len(head.split("-")[0]) :]
    fem += feminine_last  # « haute-garonnaise »
    return list(dict.fromkeys([masculine, fem, head + _plural(last), fem + "s"]))


_FEMININE_HEADS = {"haut": "haute", "bas": "basse"}


def _plural(word: str) -> str:
    if word.endswith(("s", "x")):
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"  # provençaux
    return word + ("x" if word.endswith("eau") else "s")


def _feminine(word: str) -> str:
    if word.endswith("e"):
        return word
    if word.endswith(("ien", "éen", "yen", "on")):
        return word + "ne"  # parisienne, guadeloupéenne, bretonne
    if word.endswith("eau"):
        return word[:-3] + "elle"
    return word + "e"


@lru_cache(maxsize=1)
def demonyms() -> tuple[Demonym, ...]:
    """Every form of every demonym of the table, with the place it names."""
    found = []
    for entry in _TABLE.replace("\n", ";").split(";"):
        if not entry.strip():
            continue
        target, _, word = entry.strip().partition("|")
        masculine, _, feminine = word.partition("/")
        codes, region, town = _target(target.strip())
        for form in forms(masculine, feminine):
            found.append(Demonym(tuple(normalise(form).split()), codes, region, town))
    return tuple(found)


def _target(target: str) -> tuple[tuple[str, ...], str, str]:
    if target.startswith("région:"):
        return (), target.removeprefix("région:").strip(), ""
    words = target.split()
    if all(w[:1].isdigit() for w in words):
        return tuple(words), "", ""
    return (words[-1],), "", " ".join(words[:-1])
