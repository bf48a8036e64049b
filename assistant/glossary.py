"""Words of a question the fiches do not use: English words (the corpus is French), French truncations and
familiar words (« pro », « boulot »), each with the standard French words a fiche would write.

    english_french("fixing")     # ['réparation', 'réparer', 'réparé']   through the lemma « fix »
    english_french("evictions")  # ['expulsion', 'expulsions']
    english_compounds(["a", "police", "station"])  # [(1, 3, ('commissariat', 'police', 'policiers'))]
    familiar_standard("boulot")  # ['emploi', 'travail']

The English glossary covers the field of the centres sociaux (publics, themes, activities, places, money,
partners, outcomes), one theme a line, the English forms before the colon, the French after: every English
word of a line means any of the French words. Inflected English forms (« bikes », « teaching », « funded »,
« cheaply ») are read through their lemma (`english_lemmas`). English noun compounds whose French is another
phrase (« police station »: commissariat) are read whole (`english_compounds`).
"""

from __future__ import annotations

from functools import cache

from ingest.text import normalise, plural_key

_ENGLISH_LINES = """
child children kid kids: enfants enfance
baby babies infant infants toddler toddlers: petite enfance bébés tout-petits
young youth teen teens teenager teenagers teenage adolescent adolescents adolescence juvenile: jeunes jeunesse adolescents ados
student students pupil pupils: élèves étudiants scolaires
elderly senior seniors older aged pensioner pensioners retiree retirees: personnes âgées seniors aînés retraités
parent parents: parents parentalité
parenting: parentalité parents
mother mothers mum mums mom moms: mères mamans
father fathers dad dads: pères papas
family families: familles famille familial
woman women girl girls female: femmes filles
man men boy boys male: hommes garçons
resident residents inhabitant inhabitants citizen citizens local locals: habitants
neighbour neighbours neighbor neighbors: voisins habitants voisinage
people person persons public: personnes public habitants
adult adults: adultes
migrant migrants immigrant immigrants refugee refugees newcomer newcomers foreigner foreigners asylum: migrants étrangers étrangère étrangères immigrés réfugiés exilés primo-arrivants
disabled disability disabilities handicapped: handicap handicapés
carer carers caregiver caregivers: aidants
volunteer volunteers volunteering: bénévoles bénévolat
staff employee employees worker workers: salariés professionnels animateurs
facilitator facilitators: animateurs animatrices
tenant tenants renter renters: locataires
landlord landlords: bailleurs bailleur
unemployed jobless: chômeurs demandeurs d'emploi chômage
poor poverty deprived disadvantaged vulnerable precarious: précarité pauvreté précaires démunis
low modest: faibles modestes
income incomes revenue: revenus ressources
household households: ménages foyers familles
isolated lonely loneliness isolation: isolement isolés solitude
housing home homes accommodation flat flats apartment apartments: logement habitat appartement
rent rents: loyer loyers
unpaid arrears: impayés
eviction evictions evict: expulsion expulsions
debt debts indebtedness: dettes endettement impayés surendettement
energy heating: énergie chauffage
health healthcare: santé soins
care: soins accompagnement
doctor doctors medical: médecin médical santé
mental wellbeing well-being: santé mentale bien-être
nutrition diet: nutrition alimentation
food meal meals lunch dinner eat eating: alimentation repas manger
breakfast breakfasts: petit déjeuner petits déjeuners
cook cooking kitchen recipe recipes: cuisine cuisiner recettes
grocery groceries: épicerie courses
shop shops store stores: boutique magasin épicerie
cheap cheaply affordable: prix réduit solidaire
price prices: prix
solidarity: solidaire solidarité
garden gardens gardening allotment allotments: jardin jardinage jardins potager
vegetable vegetables fruit fruits: légumes fruits
seed seeds: graines semences
plant plants planting: plantes plantation
compost composting: compost compostage
waste rubbish litter: déchets déchet
zero: zéro
recycling recycle: recyclage recycler
environment environmental ecology ecological green: environnement écologie écologique
climate: climat
sustainable sustainability: durable développement durable
repair repairs fix: réparation réparer réparé
bike bikes bicycle bicycles cycling cyclist cyclists ride: vélo vélos cyclisme
transport transportation bus shuttle: transport navette bus mobilité
mobility: mobilité déplacements
car cars driving drive driver: voiture conduire conduite
licence license: permis
digital online internet computer computers computing tablet tablets smartphone smartphones: numérique informatique internet ordinateur
paperwork administrative formalities procedures forms: démarches administratives papiers
right rights entitlement entitlements benefits: droits accès aux droits prestations
advice guidance: conseil conseils orientation
information: information informations
help helping support supporting assistance: aide accompagnement soutien
tackle tackling fight fighting combat combating combatting: lutter lutte
widow widows widower widowers widowed bereaved bereavement: veufs veuves veuvage deuil
mentoring: parrainage tutorat
employment job jobs work working career careers: emploi travail insertion
unemployment: chômage
training: formation
apprenticeship internship: apprentissage stage
integration inclusion: insertion intégration inclusion
school schools: école écoles scolaire
homework tutoring: devoirs accompagnement scolarité
education educational: éducation éducatif
learning learn teach teaching: apprentissage apprendre enseignement
lesson lessons class classes course courses: cours ateliers
literacy illiteracy: alphabétisation illettrisme
language languages: langue langues
french: français
reading read book books library libraries: lecture livres bibliothèque médiathèque
story stories storytelling tale tales storyteller storytellers: contes conte histoires conteurs
writing write writer writers letter letters: écriture écrivain
culture cultural art arts artistic: culture culturel culturelle art artistique
music musical concert concerts: musique concert
theatre theater drama play plays: théâtre
film films cinema movie movies: cinéma ciné film
photo photos photography: photo photographie
dance dancing: danse
exhibition exhibitions: exposition
game games play playing toy toys: jeux jeu ludothèque
sport sports exercise physical fitness gym: sport activité physique gymnastique
swimming: natation piscine
walk walks walking hike hiking: marche balade randonnée
memory: mémoire
trip trips outing outings excursion excursions: sorties sortie séjour
holiday holidays vacation vacations: vacances séjour séjours
stay stays: séjour séjours
camp camps: séjour camp
summer: été
leisure: loisirs
party parties celebration celebrations festival festivals fair: fête fêtes festival
christmas: noël
picnic picnics: pique-nique
sea seaside beach ocean: mer océan plage
mountain mountains: montagne
neighbourhood neighborhood district estate estates: quartier quartiers
village villages rural countryside: village villages rural ruralité campagne
town towns city cities urban: ville urbain
street streets: rue
building buildings: immeuble immeubles
square: place
outreach: aller vers hors les murs
meeting meetings gathering gatherings: rencontre rencontres réunion
community collective: collectif habitants partagé
together: ensemble
sharing share shared: partage partagé
social: social sociale
link links bond bonds connection: lien liens
intergenerational generation generations: intergénérationnel générations
citizenship citizen democracy participation participatory: citoyenneté citoyen participation participatif
council councils: conseil
vote voting election elections: vote élections
budget budgets: budget
money funding fund funds funded finance financing financed grant grants subsidy subsidies: financement subvention budget
cost costs: coût budget
partner partners partnership: partenaires partenariat
association associations charity charities: association associations
town-hall municipality: mairie commune
discrimination discriminations: discriminations discrimination
racism racist: racisme
equality: égalité
gender: genre égalité
violence violent: violence violences
prevention prevent preventing: prévention prévenir
safety security: sécurité
road: routière route
addiction addictions drug drugs alcohol: addictions drogues alcool
pregnancy pregnancies pregnant: grossesse grossesses
maternity birth births newborn newborns: maternité naissance bébés
breastfeeding: allaitement
contraception sexuality sexual: contraception sexualité
homeless homelessness rough-sleeper rough-sleepers: sans-abri sdf
dropout dropouts drop-out truancy: décrochage déscolarisation exclus
bullying harassment: harcèlement
domestic: conjugales conjugale
abuse abuses: violences maltraitance
single-parent single-parents lone-parent: monoparentales monoparentale
childcare daycare nursery nurseries creche: garde petite enfance crèche
after-school afterschool extracurricular: périscolaire accueil de loisirs
self-esteem confidence: confiance estime de soi
empowerment: pouvoir d'agir autonomie
autonomy independence: autonomie
skill skills: compétences savoir-faire
cv resume: cv emploi
interview interviews: entretien entretiens
hiring recruitment recruiting: recrutement embauche
entrepreneurship entrepreneur entrepreneurs: entreprise entrepreneuriat
mediation mediator mediators: médiation médiateur médiatrice
conflict conflicts dispute disputes: conflits conflit
crime delinquency offender offenders: délinquance
prison prisoner prisoners inmate inmates: détenus prison justice
autism autistic: autisme
dementia alzheimer: alzheimer démence
obesity overweight: obésité surpoids
smoking tobacco: tabac
hygiene: hygiène
dental teeth: dentaire dents
sleep: sommeil
screen screens: écrans
social-media: réseaux sociaux
coding programming: programmation codage
robot robots robotics: robotique
video videos: vidéo
gaming videogame videogames: vidéo
mural murals graffiti street-art: fresque graffiti
circus: cirque
singing choir song songs: chant chorale chanson
painting: peinture
pottery ceramics: poterie céramique
woodwork carpentry: menuiserie
upcycling reuse: réemploi recyclage récupération
secondhand second-hand thrift: friperie
clothes clothing: vêtements vestiaire
furniture: meubles mobilier
football soccer: football foot
climbing: escalade
boxing: boxe
yoga: yoga
savings saving: épargne
bank banking: banque bancaire
consumer consumption: consommation
water: eau
insulation: isolation
renovation refurbishment refurbishing: rénovation
park parks: parc
nature: nature
animal animals pet pets: animaux
farm farms: ferme
fishing: pêche
welcome reception: accueil
drop-in drop: permanence accueil
office desk: permanence bureau
workshop workshops: atelier ateliers
club clubs: club
group groups: groupe groupes
cafe café coffee: café
debate debates discussion discussions: débat débats discussion
radio: radio
newspaper: journal
sewing knitting: couture tricot
craft crafts diy: bricolage activités manuelles
beekeeping bee bees hive hives: apiculture abeilles ruches
result results outcome outcomes impact: résultats impact
success successes: réussite réussites
difficulty difficulties problem problems obstacle obstacles challenge challenges: difficultés freins obstacles limites
lesson learnt learned: enseignements
stop stopped end ended close closed: arrêt arrêtée terminée fin
why reason reasons: raisons
evaluation assessment: évaluation
"""

# English noun compounds of the field whose French is not their words' French (« police station » is
# « commissariat », « driving licence » « permis de conduire »): the English compounds before the colon (comma-
# separated), the French words after, any of which a fiche may write. A compound's last word is read through its
# lemma (« toy libraries »). Compounds whose words translate one by one (« youth club ») need no line.
_COMPOUND_LINES = """
driving licence, driving license, driver licence, driver license, drivers licence, drivers license, driving test, driving lessons: permis conduire conduite
police station, police officer, police force, police officers: commissariat police policiers
town hall, city hall, city council, local council, local authority: mairie commune ville municipalité
teen pregnancy, teenage pregnancy, adolescent pregnancy, early pregnancy, young pregnancy, underage pregnancy: grossesses juvéniles précoces adolescentes
toy library: ludothèque jeux
seed library, seed bank, seed swap, seed exchange: grainothèque graines semences
food bank: aide alimentaire épicerie solidaire colis
social grocery, solidarity grocery, community grocery: épicerie solidaire sociale
board game, board games: jeux société
letter writer, public writer: écrivain public
job club, job search: emploi recherche
job centre, job center, employment agency: pôle emploi
youth worker, youth workers: animateurs jeunesse éducateurs
social worker, social workers: travailleurs sociaux assistante sociale
social centre, social center, community centre, community center: centre social
housing estate, council estate, housing project, social housing: quartier logement social bailleur cité
tower block, tower blocks, high rise, high-rise: immeubles tours immeuble
primary school, elementary school: école élémentaire primaire écoliers
secondary school, middle school, high school: collège lycée collégiens lycéens
summer camp, holiday camp, holiday club: séjour colonie centre de loisirs accueil de loisirs
leisure centre, leisure center, day camp: accueil de loisirs centre de loisirs
neighbourhood party, neighborhood party, block party, street party: fête de quartier voisins
home visit, home visits: visites domicile
foreign language, second language: langue étrangère
rent arrears, rent debt, unpaid rent: impayés loyer loyers
forum theatre, forum theater: théâtre forum
memory workshop: ateliers mémoire
"""

# English words that never name a topic, by class: times of day and of the week, sizes and amounts, common
# verbs and auxiliaries, vague nouns, prepositions, pronouns, conjunctions and modals (« during the day », « the
# giant picnic », « how much did it cost », « among »).
_ENGLISH_FILLER = """
day days daytime morning mornings afternoon afternoons evening evenings night nights week weeks weekend weekends
daily weekly monthly yearly today tonight tomorrow yesterday year years month months time times hour hours
during while after before since until ago early late soon often always never usually sometimes
big bigger biggest small smaller smallest large larger largest huge giant tiny little great long short
much many more most less least few several whole each every any some other same new
do does did done doing make makes made making get gets got getting go goes went going gone come came
take took taken give gave given have has had having be been being is are was were am
want wanted need needed like liked know knew known find found see saw seen look looking run ran
thing things kind kinds sort sorts way ways lot lots bit example examples
among between into onto within without through across around against toward towards upon above below under
over their there these those what which where when whom whose who that this with from they them our your its
his her such also very just only even still than then both either neither whether because though although
unless can could would should will shall may might must yes not maybe perhaps probably actually really
"""


def english_filler(word: str) -> bool:
    """An English word (or its lemma) that never names a topic: time, size, amount, common verb."""
    filler = _filler_words()
    return any(lemma in filler for lemma in english_lemmas(normalise(word)))


@cache
def _filler_words() -> frozenset[str]:
    return frozenset(normalise(w) for w in _ENGLISH_FILLER.split())


# Idioms of association (« main dans la main avec », « un bailleur dans la boucle », « aux côtés de la Caf »):
# they mean « avec », so they cue a partner (`assistant.facet_cues`) and never name a topic. Normalised; the
# words around that make them idioms are kept (« de concert avec », not « concert »).
ASSOCIATION_IDIOMS = (
    "main dans la main", "dans la boucle", "de concert avec", "en lien avec", "en lien etroit avec",
    "en collaboration avec", "en cooperation avec", "en concertation avec", "en synergie avec", "en tandem avec",
    "en binome avec", "en association avec", "en relation avec", "en liaison avec", "aux cotes de", "aux cotes d",
    "a leurs cotes", "a ses cotes", "conjointement avec", "avec le concours de", "avec le concours d",
    "avec l appui de", "avec l appui d", "autour de la table", "tour de table", "de pair avec", "en coordination avec",
    "en co construction avec", "co construit avec", "co construits avec", "co construite avec",
    "co construites avec", "co porte par", "co portee par", "co portes par", "co portees par", "partie prenante",
    "parties prenantes",
)  # fmt: skip

# Idioms of spoken French whose meaning is a general word (help, people, a lot, with), normalised: never a topic.
IDIOMS = (
    "coup de main", "coups de main", "coup de pouce", "coups de pouce", "combien de monde", "beaucoup de monde",
    "du monde", "de monde", "mettre la main a la pate", "mis la main a la pate", "donner de son temps",
    "du coin", "dans le coin", "de notre coin", *ASSOCIATION_IDIOMS,
)  # fmt: skip


# Truncations (apocopes) and familiar words of spoken French, with the words a fiche writes. Plurals are read
# through the singular (« pros », « ecolos »: `familiar_standard`).
_FAMILIAR_LINES = """
pro: professionnel professionnelle professionnels professionnelles
prof profs: professeur professeurs professeure enseignant enseignants intervenant intervenante
alpha: alphabétisation
asso assos: association associations
ado ados: adolescents adolescent jeunes
info infos: information informations
expo expos: exposition expositions
cine: cinéma
resto restos: restaurant restauration
appart apparts: appartement logement
dej: déjeuner
coloc: colocation
manif manifs: manifestation manifestations
perso: personnel personnalisé
socio: social sociale socioculturel
ecolo: écologique écologie environnement
gaspi: gaspillage
bio: biologique
bibli biblio: bibliothèque
math maths: mathématiques
boulot boulots taf job jobs: emploi travail
bosser bosse: travailler travail
sous fric thune: argent financement
bouffe: alimentation repas nourriture
gamin gamins gamine gamines gosse gosses mome momes marmot marmots bambin bambins: enfants
solo solos: seul seule monoparentale monoparentales
papa papas: pères père parents
maman mamans: mères mère parents
papi papis papy papys mamie mamies: grands-parents seniors personnes âgées
ancien anciens vieux: personnes âgées seniors aînés
vieille vieilles pepe pepes: personnes âgées seniors aînés
dame dames nana nanas meuf meufs gonzesse gonzesses: femmes
mec mecs keum keums: hommes garçons
daron darons: parents pères
daronne daronnes: mères mamans parents
minot minots petiot petiots loupiot loupiots: enfants
jeunot jeunots: jeunes
grand-parent grands-parents grand-mere grands-meres grand-pere grands-peres: grands-parents seniors intergénérationnel
petit-enfant petits-enfants petite-fille petites-filles petit-fils: petits-enfants enfants intergénérationnel
bagnole bagnoles: voiture
velo: vélo
anim: animation animateur animatrice
ordi: ordinateur informatique numérique
instit: instituteur enseignant
educ: éducateur éducatrice éducation
benev: bénévole bénévoles
psy: psychologue psychologique
kine: kinésithérapeute
toubib: médecin
medoc: médicaments
gym: gymnastique
foot: football
apero: apéritif
colo: colonie séjour vacances
vacs: vacances
perm: permanence
reu: réunion
recup: récupération réemploi recyclage
covoit: covoiturage
proprio: propriétaire
alloc allocs: allocations prestations
secu: assurance maladie
assoc: association
bouquin: livre livres lecture
fringue fringues sape sapes: vêtements
zik zique: musique
graille: nourriture alimentation repas
chomdu: chômage
frigo: réfrigérateur
banlieue: quartier quartiers
"""


# Learned and technical words of social work, and their compounds, with the common words of the fiches on
# the same theme (the fiches write « numérique », not « illectronisme »). One theme a line.
_LEARNED_LINES = """
illectronisme e-exclusion illectronique: numérique informatique internet ordinateur
e-inclusion: numérique inclusion numérique
mal-logement mal-logés mal-loge: logement habitat
sans-abrisme sdf sans-abri: sans-abri sans-abrisme sdf
allophone allophones: français langue étrangers
illettrisme illettre illettres illettree illettrees analphabetisme analphabete analphabetes: alphabétisation lecture écriture
primo-arrivant primo-arrivants primo-arrivante primo-arrivantes: migrants étrangers primo-arrivants
decrochage decrocheur decrocheurs decrocheuse decrocheuses: décrochage déscolarisation exclus
neet: jeunes emploi insertion
aidance: aidants
monoparentalite monoparental monoparentale monoparentaux: monoparentales parents famille
perinatalite perinatal perinatale: grossesse naissance bébés parents
sedentarite: activité physique sport
malbouffe: alimentation nutrition
addictologie toxicomanie: addictions drogues
interculturalite interculturel interculturelle: cultures culture
vivre-ensemble: lien social ensemble
ecocitoyennete ecocitoyen ecocitoyenne ecocitoyens: environnement écologie citoyenneté
gerontologie gerontologique: personnes âgées seniors vieillissement
intergenerationnalite: intergénérationnel générations
non-recours: accès aux droits droits
"""


def _table(lines: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for line in lines.strip().splitlines():
        left, right = line.split(":")
        french = right.split()
        for word in left.split():
            table.setdefault(normalise(word).replace(" ", "-"), []).extend(french)
    return {word: tuple(dict.fromkeys(french)) for word, french in table.items()}


@cache
def english_table() -> dict[str, tuple[str, ...]]:
    """English word -> French words."""
    return _table(_ENGLISH_LINES)


@cache
def familiar_table() -> dict[str, tuple[str, ...]]:
    """French truncation, familiar or learned word (normalised; a compound with its hyphens: « mal-logement »)
    -> standard French words."""
    table = _table(_LEARNED_LINES)
    table.update(_table(_FAMILIAR_LINES))
    return table


def english_lemmas(word: str) -> list[str]:
    """The word and its possible lemmas by English inflection, most likely first: « bikes » → bike,
    « families » → family, « fixing » → fix, « making » → make, « running » → run, « funded » → fund,
    « cheaply » → cheap."""
    w = word.lower()
    out = [w]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
                         ("ing", "e"), ("ily", "y"), ("ly", "")):  # fmt: skip
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)] + repl
            out.append(stem)
            if repl == "" and len(stem) > 3 and stem[-1] == stem[-2]:  # « running » → « run »
                out.append(stem[:-1])
    return list(dict.fromkeys(out))


def english_french(word: str) -> list[str]:
    """French words for an English word of the field, through its lemma (empty when unknown)."""
    table = english_table()
    for lemma in english_lemmas(normalise(word).replace(" ", "-")):
        if lemma in table:
            return list(table[lemma])
    return []


@cache
def _compound_table() -> dict[tuple[str, ...], tuple[str, ...]]:
    """English compound (normalised words) -> French words."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line in _COMPOUND_LINES.strip().splitlines():
        left, right = line.rsplit(":", 1)
        for compound in left.split(","):
            table[tuple(normalise(compound).split())] = tuple(right.split())
    return table


def english_compounds(words: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
    """The English compounds of the field among normalised words (`_COMPOUND_LINES`): (start, end, French
    words), longest first from each position, not overlapping; the last word read through its lemma
    (« toy libraries », « police stations »)."""
    table = _compound_table()
    longest = max((len(k) for k in table), default=0)
    out, i = [], 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 1, -1):
            head, last = tuple(words[i : i + size - 1]), words[i + size - 1]
            french = next((table[k] for lem in english_lemmas(last) if (k := (*head, lem)) in table), None)
            if french:
                out.append((i, i + size, french))
                i += size
                break
        else:
            i += 1
    return out


def familiar_standard(word: str) -> list[str]:
    """Standard French words for a truncation, a familiar or a learned word, or its plural (« pros »,
    « écolos »), or a hyphenated compound (« mal-logement »); empty when it is none of these."""
    key = normalise(word).replace(" ", "-")
    table = familiar_table()
    found = (
        table.get(key) or table.get(plural_key(key)) or (table.get(key[:-1]) if key.endswith("s") else None)
    )
    return list(found or ())


# Relational adjectives whose noun is of another stem (learned, from Latin): the adjective and the noun say one
# thing in the expanded name of a partner (« l'agence sanitaire régionale » = l'agence régionale de santé).
# Adjectives sharing their noun's stem (régional, départemental, académique) need no line: a suffix rule reads them.
_RELATIONAL_LINES = """
sanitaire sanitaires: sante
scolaire scolaires: ecole
urbain urbaine urbains urbaines: ville
municipal municipale municipaux municipales: commune mairie ville
hospitalier hospitaliere hospitaliers hospitalieres: hopital
familial familiale familiaux familiales: famille
rural rurale ruraux rurales: campagne
maternel maternelle maternels maternelles: mere
paternel paternelle paternels paternelles: pere
"""
LEARNED_ADJECTIVES: dict[str, tuple[str, ...]] = _table(_RELATIONAL_LINES)
