"""Places outside France: countries and large foreign cities, by their French and English names.

    foreign_place("suisse")        # "Suisse"
    foreign_place("new york")      # "New York"
    foreign_place("loire")         # ""  (a French place: `ingest.geo`, `ingest.places`)

A gazetteer of place kinds, not of words: the countries of the world people name (French name, then other
names: English, without article) and the large foreign cities a French speaker names (French exonym first:
« Londres », « Genève »). Names are matched normalised (no accents, lower case, hyphens as spaces). The French
overseas départements and régions are French (`ingest.geo`), never here; a foreign city that is also a French
commune (« Valence ») is left to the communes (`assistant.towns` reads them first).
"""

from __future__ import annotations

from functools import lru_cache

from ingest.text import normalise

__all__ = ["first_words", "foreign_place", "longest_name"]

# One group per place, groups separated by « ; »: its display name (French), then its other names « | ».
_COUNTRIES = """
Afghanistan ; Afrique du Sud | South Africa ; Albanie | Albania ; Algérie | Algeria ; Allemagne | Germany
Angleterre | England ; Angola ; Arabie saoudite | Saudi Arabia ; Argentine | Argentina ; Arménie | Armenia
Australie | Australia ; Autriche | Austria ; Azerbaïdjan | Azerbaijan ; Bangladesh ; Belgique | Belgium
Bénin | Benin ; Biélorussie | Belarus ; Bolivie | Bolivia ; Bosnie | Bosnia ; Brésil | Brazil ; Bulgarie | Bulgaria
Burkina Faso ; Burundi ; Cambodge | Cambodia ; Cameroun | Cameroon ; Canada ; Cap-Vert | Cape Verde ; Chili | Chile
Chine ; Colombie | Colombia ; Comores | Comoros ; Congo ; Corée | Korea ; Côte d'Ivoire | Ivory Coast
Croatie | Croatia ; Cuba ; Danemark | Denmark ; Djibouti ; Écosse | Scotland ; Égypte | Egypt ; Équateur | Ecuador
Érythrée | Eritrea ; Espagne | Spain ; Estonie | Estonia ; États-Unis | Etats Unis | United States | USA
Éthiopie | Ethiopia ; Finlande | Finland ; Gabon ; Géorgie ; Ghana ; Grande-Bretagne | Great Britain
Grèce | Greece ; Guinée ; Haïti | Haiti ; Hongrie | Hungary ; Inde | India ; Indonésie | Indonesia ; Irak | Iraq
Iran ; Irlande | Ireland ; Islande | Iceland ; Israël | Israel ; Italie | Italy ; Japon | Japan ; Jordanie ; Kenya
Kosovo ; Koweït | Kuwait ; Laos ; Lettonie | Latvia ; Liban | Lebanon ; Libye | Libya ; Lituanie | Lithuania
Luxembourg ; Madagascar ; Malaisie | Malaysia ; Mali ; Malte | Malta ; Maroc | Morocco ; Maurice | Mauritius
Mauritanie | Mauritania ; Mexique | Mexico ; Moldavie | Moldova ; Monaco ; Mongolie | Mongolia
Monténégro | Montenegro ; Mozambique ; Népal | Nepal ; Nicaragua ; Nigeria ; Norvège | Norway
Nouvelle-Zélande | New Zealand ; Ouganda | Uganda ; Ouzbékistan | Uzbekistan ; Pakistan ; Palestine
Pays-Bas | Netherlands | Hollande | Holland ; Pays de Galles | Wales ; Pérou | Peru ; Philippines ; Pologne | Poland
Portugal ; Québec | Quebec ; Roumanie | Romania ; Royaume-Uni | United Kingdom | UK ; Russie | Russia ; Rwanda
Sénégal | Senegal ; Serbie | Serbia ; Slovaquie | Slovakia ; Slovénie | Slovenia ; Somalie | Somalia
Soudan | Sudan ; Sri Lanka ; Suède | Sweden ; Suisse | Switzerland ; Syrie | Syria ; Tchad
Tchéquie | République tchèque | Czech Republic ; Thaïlande | Thailand ; Togo ; Tunisie | Tunisia ; Turquie
Ukraine ; Uruguay ; Venezuela ; Vietnam | Viêt Nam ; Yémen | Yemen ; Europe ; Afrique | Africa
Amérique | America ; Asie | Asia ; Océanie | Oceania ; Maghreb
"""
_CITIES = """
Genève | Geneva ; Lausanne ; Bâle | Basel ; Zurich ; Berne | Bern ; Bruxelles | Brussels ; Liège | Liege
Anvers | Antwerp ; Gand | Ghent ; Charleroi ; Namur ; Londres | London ; Manchester ; Liverpool ; Édimbourg
Edinburgh ; Dublin ; Berlin ; Munich | München ; Hambourg | Hamburg ; Francfort | Frankfurt ; Cologne | Köln
Madrid ; Barcelone | Barcelona ; Séville | Seville ; Lisbonne | Lisbon ; Porto ; Rome | Roma ; Milan | Milano
Turin | Torino ; Naples | Napoli ; Venise | Venice ; Florence | Firenze ; Amsterdam ; Rotterdam
Prague ; Varsovie | Warsaw ; Budapest ; Athènes | Athens ; Stockholm ; Copenhague | Copenhagen ; Oslo ; Helsinki
Moscou | Moscow ; Istanbul ; Montréal | Montreal ; Toronto ; New York ; Los Angeles ; Chicago
San Francisco ; Casablanca ; Rabat ; Marrakech ; Alger | Algiers ; Oran ; Tunis ; Dakar ; Abidjan ; Bamako
Kinshasa ; Le Caire | Cairo ; Tokyo ; Pékin | Beijing ; Shanghai ; Sydney ; Rio de Janeiro ; Buenos Aires
"""


def _groups() -> list[list[str]]:
    text = f"{_COUNTRIES}\n{_CITIES}"
    return [[n.strip() for n in g.split("|")] for line in text.strip().splitlines() for g in line.split(";")]


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Normalised name → display name (the first name of its group)."""
    out: dict[str, str] = {}
    for group in _groups():
        for name in group:
            if normalise(name):
                out.setdefault(normalise(name), group[0])
    return out


def foreign_place(name: str) -> str:
    """The display name of the foreign place `name` names (any case, accents), or ''."""
    return _index().get(normalise(name), "")


@lru_cache(maxsize=1)
def longest_name() -> int:
    """The longest foreign place name, in words."""
    return max(len(key.split()) for key in _index())


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """The first normalised word of every foreign place name (« new » for « New York »)."""
    return frozenset(key.split()[0] for key in _index())
