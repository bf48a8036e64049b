"""Themes: environnement, logement et cadre de vie, mobilité."""

THEMES = """
%% environnement

== repair-cafe | ENV DD SOL | TP | ASSO COM
T Repair café de {quartier} | On répare au lieu de jeter | Le café bricole
R Un samedi par mois, des bénévoles bricoleurs aident les habitants à réparer eux-mêmes leurs petits appareils électriques, vêtements, jouets et objets du quotidien.
R Le repair café lutte contre l'obsolescence et transmet des savoir-faire dans une ambiance conviviale.
D Chaque visiteur est accueilli, inscrit, puis installé à une table de réparation avec un bénévole.
D Les outils et pièces détachées de base sont fournis par le centre.
D Une fiche de suivi note le type d'objet, la panne et le résultat.
O Environ deux objets sur trois apportés sont réparés.
O Les bénévoles réparateurs se sont constitués en collectif.
L Certaines pièces détachées sont introuvables ou trop chères.
S Organiser des repair cafés dans les villages voisins.

== compost-collectif | ENV DD | TP | EPCI BAI COM
T Compost de quartier | Les composteurs de {quartier} | Du déchet à la terre
R Des composteurs collectifs installés au pied des immeubles permettent aux habitants de valoriser leurs déchets de cuisine, accompagnés par des référents formés.
R Le compost produit est utilisé dans les jardins et les jardinières du quartier.
D La communauté de communes a fourni trois bacs en bois et un bio-seau par foyer inscrit.
D Six habitants référents ont suivi une formation de guide composteur et assurent les permanences.
D Une permanence a lieu chaque {jour} pour brasser, vérifier l'humidité et répondre aux questions.
D Le compost mûr est distribué deux fois par an aux jardiniers du quartier et aux écoles.
O Plusieurs tonnes de déchets de cuisine ont été détournées de la poubelle.
O Les habitants ont pris l'habitude de trier et parlent du compost entre voisins.
O Le compost enrichit les bacs du jardin partagé et les jardinières de la rue.
L Des erreurs de tri persistent, avec des sacs plastiques déposés dans les bacs.
L Les référents sont peu nombreux en été.
S Installer de nouveaux composteurs dans les résidences voisines.

== familles-zero-dechet | ENV DD | FAM | EPCI ASSO
T Familles zéro déchet | Défi moins de déchets | Réduire ses poubelles
R Des familles volontaires relèvent le défi de réduire leurs déchets pendant six mois, avec des ateliers pratiques et une pesée régulière de leurs poubelles.
R Les ateliers portent sur les produits ménagers maison, les courses en vrac et le compostage.
D Chaque famille reçoit un kit de démarrage : peson, sacs à vrac, gourde, guide des bonnes pratiques.
D Les poubelles sont pesées chaque mois et les résultats affichés de façon anonyme.
D Les ateliers portent sur les produits ménagers faits maison, les courses en vrac et le compostage.
D Un bilan collectif est présenté à la fin du défi avec les chiffres de chaque famille.
O Les familles ont réduit leurs déchets de près d'un tiers en six mois.
O Elles ont conservé la plupart des nouvelles habitudes après le défi.
O Des familles ont transmis les recettes de produits ménagers à leurs voisins.
L Les familles les plus modestes sont moins représentées.
L Le vrac reste plus cher dans les commerces proches.
S Adapter le défi aux petits budgets avec l'épicerie solidaire.

== quartier-propre | ENV CIT | TP | COM BAI
T Quartier propre | Grand nettoyage de printemps | Opération coup de balai
R Des opérations de ramassage des déchets dans le quartier avec les habitants, les écoles et les services de la ville, suivies d'un moment convivial.
R L'action sensibilise à la propreté et au respect de l'espace public.
D Les services de la ville fournissent gants, pinces, sacs et une benne.
D Les enfants des écoles participent le vendredi, les habitants le samedi matin.
D Un tri des déchets ramassés permet de montrer ce qui aurait pu être recyclé.
D Un goûter et une petite exposition des déchets les plus insolites terminent l'opération.
O Des dizaines de sacs de déchets ont été ramassés en une matinée.
O Les dépôts sauvages ont diminué dans les mois qui ont suivi.
O Les enfants sensibilisent leurs parents au respect de l'espace public.
L Ce sont souvent les mêmes habitants qui participent.
L La propreté se dégrade rapidement sans entretien régulier.
S Installer des poubelles supplémentaires avec la ville.

== ambassadeurs-energie | LOG ENV PRE | FAM AD | BAI AUT
T Ambassadeurs de l'énergie | Économiser l'énergie chez soi | Mieux chauffer, moins payer
R Des visites à domicile et des ateliers pour aider les familles à réduire leurs factures d'énergie et d'eau, avec la distribution de petits équipements économes.
R Les familles en précarité énergétique sont accompagnées dans leurs démarches.
D Des ambassadeurs formés réalisent des visites à domicile d'une heure chez les familles volontaires.
D Ils installent des ampoules basse consommation, des mousseurs et des multiprises à interrupteur.
D Les factures sont analysées avec la famille pour repérer les abonnements mal adaptés.
D Les familles en impayés sont orientées vers le fonds de solidarité logement.
O Les familles ont réduit leurs factures d'énergie et d'eau.
O Des situations d'impayés ont été traitées avant coupure.
O Des familles ont changé d'abonnement et récupéré des trop-perçus.
L Les logements mal isolés limitent fortement les économies possibles.
L Certaines familles n'ouvrent pas leur porte aux visiteurs.
S Travailler avec le bailleur sur l'isolation des logements.

== verger-partage | ENV DD | TP | COM ASSO
T Verger partagé | Les fruits du quartier | Plantons des arbres fruitiers
R Un verger collectif planté sur un terrain communal avec les habitants et les écoles, dont les fruits sont cueillis librement.
R Des ateliers de taille et de greffe sont organisés.
D Une vingtaine d'arbres de variétés anciennes ont été plantés sur un terrain communal.
D Chaque classe de l'école voisine parraine un arbre et suit sa croissance.
D Des ateliers de taille et de greffe sont organisés avec une association de pomologie.
D Une fête de la récolte réunit les habitants autour des premiers fruits et d'un pressoir.
O Les premiers fruits ont été récoltés et partagés.
O Les habitants entretiennent le verger à tour de rôle.
O Le terrain est devenu un lieu de promenade apprécié.
L Les arbres mettent plusieurs années à produire.
L Des jeunes arbres ont été cassés.
S Planter une haie fruitière le long du chemin.

== ressourcerie | ENV DD EMP | TP | EPCI ASSO
T Ressourcerie | La recyclerie du quartier | Seconde vie des objets
R Une ressourcerie collecte des objets dont les habitants n'ont plus l'usage, les remet en état et les revend à petit prix.
R Elle crée des emplois en insertion et sensibilise au réemploi.
D Les objets sont collectés à domicile ou déposés à la déchetterie dans un espace réservé.
D Un atelier trie, nettoie et remet en état meubles, vaisselle, jouets et petit électroménager.
D La boutique est ouverte trois jours par semaine avec des prix très bas.
D Les salariés en insertion sont formés à la vente, à la réparation et à la logistique.
O Des tonnes d'objets ont été réemployées au lieu d'être jetées.
O Plusieurs emplois en insertion ont été créés.
O Des familles se sont équipées à petit prix lors d'un emménagement.
L Le stockage est saturé.
L Certains objets donnés sont inutilisables.
S Ouvrir une seconde boutique en centre-ville.

== nichoirs-biodiversite | ENV EDU | ENF TP | ASSO COM
T Nichoirs et biodiversité | Les oiseaux du quartier | Refuge pour la nature
R Les enfants et les habitants fabriquent et installent des nichoirs, observent les oiseaux et participent à des comptages.
R Le projet fait découvrir la biodiversité en ville.
D Une association naturaliste anime les séances d'observation.
D Les enfants construisent les nichoirs en atelier bois, adaptés aux mésanges et aux moineaux.
D Les nichoirs sont installés dans les arbres du parc et sur les bâtiments avec l'accord du bailleur.
D Un comptage des oiseaux est organisé chaque hiver avec les familles.
O Plusieurs nichoirs sont occupés dès le premier printemps.
O Les enfants reconnaissent désormais les oiseaux les plus courants.
O Des habitants ont installé des mangeoires sur leur balcon.
L Certains nichoirs ont été dégradés.
L L'association n'est disponible que quelques mercredis.
S Créer une mare pédagogique.

== vestiaire-solidaire | SOL ENV PRE | TP | ASSO
T Vestiaire solidaire | Troc de vêtements | La boutique à petits prix
R Un vestiaire où les habitants donnent et achètent des vêtements à petit prix, avec des journées de troc gratuites.
R Le vestiaire lutte contre le gaspillage textile.
D Des bénévoles trient les dons de vêtements par taille et saison.
D La boutique est ouverte deux jours par semaine avec des prix symboliques.
D Des journées de troc gratuites sont organisées au changement de saison.
D Les vêtements invendus sont remis à une filière de recyclage textile.
O Des centaines de vêtements ont trouvé preneur.
O Le vestiaire est fréquenté par des familles de tous horizons.
O Des bénévoles ont trouvé un rôle valorisant dans le tri et la vente.
L Le tri des dons prend beaucoup de temps.
L Des dons inutilisables sont déposés devant la porte.
S Organiser des ateliers de réparation de vêtements.

== fresque-climat | ENV CIT | AD JEU | ASSO
T Fresque du climat | Comprendre le climat | Atelier climat
R Des ateliers collaboratifs pour comprendre le changement climatique à partir de cartes, puis réfléchir à des actions locales.
R Les ateliers sont animés par des bénévoles formés.
D Les participants placent des cartes sur les causes et conséquences du changement climatique.
D Les ateliers durent trois heures et sont animés par des bénévoles formés.
D Un débat suit sur ce qui peut être fait à l'échelle du quartier.
D Des propositions d'actions locales sont recueillies et transmises au centre.
O Les participants comprennent mieux les mécanismes du climat.
O Des actions locales ont été lancées : covoiturage, compost, achats groupés.
O Des jeunes ont été formés pour animer à leur tour.
L Le public est souvent déjà sensibilisé.
L La durée de l'atelier décourage certains habitants.
S Proposer une version courte aux collégiens.

== mobilier-palettes | ENV DD | JEU TP | BAI ASSO
T Mobilier en palettes | Chantier bois récup | Bancs du quartier
R Des jeunes et des habitants fabriquent du mobilier urbain en palettes récupérées : bancs, tables, bacs à fleurs, installés dans le quartier.
R Un menuisier encadre le chantier.
D Les palettes sont récupérées auprès des entreprises de la zone artisanale.
D Les plans sont dessinés avec les jeunes et les habitants, puis validés par le bailleur.
D Un menuisier encadre le chantier et enseigne l'utilisation des outils en sécurité.
D Le mobilier est installé lors d'une journée festive.
O Bancs, tables et bacs à fleurs ont été installés dans le quartier.
O Les jeunes ont appris le travail du bois.
O Les habitants utilisent les bancs pour se retrouver en soirée.
L Le bois non traité se dégrade en deux hivers.
L Le chantier dépend de la disponibilité du menuisier.
S Utiliser du bois traité et construire une cabane pour les enfants.

== vegetalisation | ENV CIT | TP | COM
T Végétalisons nos rues | Pieds d'arbres fleuris | Fleurir le quartier
R Les habitants végétalisent les rues : pieds d'arbres, jardinières, façades, avec un permis de végétaliser délivré par la ville.
R Le centre accompagne les habitants.
D Les habitants demandent un permis de végétaliser à la ville avec l'aide du centre.
D Des graines et des plants sont distribués lors d'ateliers au printemps.
D Des pieds d'arbres et des jardinières sont aménagés devant les immeubles.
D Un concours des balcons fleuris est organisé chaque été.
O Plusieurs rues sont fleuries et entretenues par les habitants.
O Les voisins se parlent en arrosant les plantations.
O Les services de la ville ont étendu le dispositif à d'autres quartiers.
L L'arrosage est difficile en été sans point d'eau.
L Certaines plantations sont arrachées.
S Créer un réseau de jardiniers de rue.

== sorties-foret | ENV SAN LOI | TP | ASSO
T Sorties en forêt | Bain de nature | Respirer en forêt
R Des sorties en forêt pour les habitants du quartier, pour se ressourcer, découvrir la faune et la flore et pratiquer une marche douce.
R Les sorties sont accompagnées par un guide nature.
D Le transport est organisé en minibus vers la forêt domaniale voisine.
D Un guide nature propose des ateliers sensoriels : écouter, toucher, sentir.
D Une marche douce permet de découvrir la faune et la flore.
D Un pique-nique partagé termine la sortie.
O Les participants se disent apaisés après les sorties.
O Ils découvrent une forêt proche qu'ils ne fréquentaient pas.
O Des familles y retournent seules le week-end.
L Le transport coûte cher.
L Les sorties sont annulées par mauvais temps.
S Organiser des sorties en soirée en été.

%% logement et cadre de vie

== amicale-locataires | LOG CIT | AD | BAI ASSO
T Amicale des locataires | Locataires en action | Ensemble pour nos logements
R Le centre accompagne un groupe de locataires pour créer une amicale, représenter les habitants auprès du bailleur et améliorer le cadre de vie.
R L'amicale se réunit chaque mois.
D Les locataires ont été formés au droit du logement et à la prise de parole.
D Des réunions avec le bailleur sont organisées chaque trimestre.
D Une enquête auprès des locataires a permis de hiérarchiser les demandes.
D L'amicale tient une permanence dans le local du centre.
O Des travaux ont été obtenus : ascenseur, éclairage, interphones.
O Les locataires se sentent écoutés et représentés.
O L'amicale a rejoint une fédération de locataires.
L Les réponses du bailleur sont lentes.
L Le bureau de l'amicale repose sur peu de personnes.
S Étendre l'amicale aux autres résidences du bailleur.

== auto-rehabilitation | LOG PRE | FAM | BAI CAF ASSO
T Auto-réhabilitation accompagnée | Rénover son logement | Bricoler chez soi
R Un animateur technique aide les familles à rénover elles-mêmes leur logement : peinture, papier peint, sols, petits travaux.
R Les familles apprennent des gestes et améliorent leur logement à moindre coût.
D L'animateur technique vient à domicile pour évaluer les travaux avec la famille.
D Le matériel et les outils sont fournis, les familles participent au coût.
D Des ateliers collectifs apprennent les techniques de base : peinture, papier peint, sols.
D Les chantiers se font avec l'entraide d'autres familles.
O De nombreux logements ont été rénovés.
O Les familles ont acquis des compétences et prennent soin de leur logement.
O Des voisins se sont entraidés pour les chantiers.
L Les délais d'attente sont longs.
L Les travaux lourds ne peuvent pas être pris en charge.
S Former des bénévoles bricoleurs.

== outilotheque | LOG SOL DD | TP | ASSO COM
T Outilthèque | Prêt d'outils | La boîte à outils partagée
R Un service de prêt d'outils pour les habitants : perceuse, escabeau, ponceuse, tondeuse, avec des conseils d'utilisation.
R L'outilthèque évite des achats inutiles.
D Les outils sont donnés par des habitants ou achetés avec une subvention.
D Une caution modeste est demandée pour chaque prêt.
D Des conseils d'utilisation sont donnés par un bénévole bricoleur.
D Les prêts sont enregistrés dans un cahier.
O Des centaines de prêts ont été réalisés.
O Les habitants font leurs petits travaux sans acheter d'outils.
O Des voisins se rendent service autour des outils.
L Certains outils ne reviennent pas.
L Les outils s'usent.
S Ouvrir le samedi matin.

== accueil-nouveaux-habitants | MIX CIT | TP | COM BAI
T Bienvenue aux nouveaux habitants | Accueil des nouveaux arrivants | Nouveaux à {quartier}
R Une soirée d'accueil et une visite du quartier pour les nouveaux habitants, avec un livret présentant les services et les associations.
R Des habitants bénévoles parrainent les nouveaux arrivants.
D Un livret présente les services, les associations, les transports et les écoles du quartier.
D Une visite du quartier est organisée avec des habitants bénévoles.
D Une soirée d'accueil réunit les nouveaux arrivants et les associations.
D Des parrains habitants proposent de répondre aux questions les premiers mois.
O Les nouveaux arrivants connaissent mieux le quartier et ses ressources.
O Des liens se sont créés entre anciens et nouveaux habitants.
O Des nouveaux arrivants se sont inscrits aux activités du centre.
L Les nouveaux arrivants sont difficiles à repérer.
L Peu de parrains sont disponibles.
S Travailler avec le bailleur pour accueillir chaque nouveau locataire.

== diagnostic-en-marchant | LOG CIT | TP | COM BAI
T Diagnostic en marchant | Balade urbaine | Le quartier à la loupe
R Des habitants, des élus et des techniciens parcourent le quartier pour repérer ensemble les dysfonctionnements : éclairage, propreté, trottoirs, jeux.
R Les constats sont transmis aux services.
D Le parcours est préparé avec les habitants à partir de leurs remarques.
D Des photos et des notes sont prises à chaque point.
D Un compte rendu est rédigé et transmis aux services.
D Un point d'étape est fait trois mois après avec les services.
O Des réparations ont été faites rapidement.
O Les habitants se sentent écoutés.
O Les services connaissent mieux les attentes des habitants.
L Certaines demandes restent sans suite.
L Les élus ne sont pas toujours présents.
S Faire un suivi annuel.

== renouvellement-urbain | LOG CIT | TP | BAI COM ETAT
T Accompagner le renouvellement urbain | Mon quartier change | Démolition et relogement
R Le centre accompagne les habitants pendant le projet de renouvellement urbain : information, concertation et soutien au relogement.
R Les habitants donnent leur avis.
D Des ateliers de concertation sont organisés sur les espaces publics.
D Une maison du projet est ouverte dans le quartier.
D Les familles relogées sont accompagnées avant, pendant et après le déménagement.
D Des visites des nouveaux logements sont organisées.
O Les habitants ont été associés aux choix d'aménagement.
O Le relogement s'est déroulé dans de bonnes conditions pour la plupart des familles.
O Des habitants ont participé à la mémoire du quartier avant les démolitions.
L Les délais du projet inquiètent les habitants.
L Certains habitants vivent mal le départ.
S Garder la mémoire du quartier avant démolition.

== punaises-de-lit | LOG SAN | TP | BAI ARS
T Punaises de lit, agir ensemble | Stop aux punaises | Prévention des nuisibles
R Une action d'information et d'accompagnement des familles confrontées aux punaises de lit, avec le bailleur et une entreprise spécialisée.
R Les familles sont aidées pour préparer le traitement.
D Des réunions d'information sont organisées dans les halls.
D Des housses anti-punaises sont distribuées aux familles concernées.
D Les familles sont aidées pour préparer leur logement avant le traitement.
D Un suivi est assuré après le passage de l'entreprise.
O De nombreux logements ont été traités.
O Les familles se sentent moins seules et moins honteuses.
O Le bailleur a adapté son protocole de traitement.
L Les réinfestations sont fréquentes.
L Le coût du traitement pèse sur les familles.
S Traiter les immeubles dans leur ensemble.

== prevention-expulsions | LOG PRE | FAM AD | CD BAI CAF
T Prévenir les expulsions | Impayés de loyer, agir tôt | Garder son logement
R Le centre accompagne les locataires en impayés de loyer pour trouver des solutions avant la procédure d'expulsion.
R Une permanence juridique est proposée.
D Les familles sont orientées par le bailleur ou les travailleurs sociaux.
D Un plan d'apurement est négocié avec le bailleur.
D Les aides sont mobilisées : fonds de solidarité logement, aides de la Caf.
D Une permanence juridique est proposée.
O Des expulsions ont été évitées.
O Des dettes ont été apurées.
O Les familles connaissent mieux leurs droits.
L Les familles viennent tard.
L Les procédures sont longues.
S Repérer plus tôt les premiers impayés.

== conciergerie | SOL LOG | TP | BAI ASSO
T Conciergerie solidaire | Les services du quartier | Un coup de main au quotidien
R Une conciergerie de quartier propose de petits services aux habitants : dépôt de colis, petits travaux, mise en relation.
R Elle crée des emplois locaux.
D La conciergerie est installée dans un local en pied d'immeuble.
D Elle propose dépôt de colis, petits travaux, prêt de matériel et mise en relation.
D Les tarifs sont solidaires.
D Des habitants sont embauchés comme concierges.
O Les habitants utilisent les services chaque jour.
O Des emplois locaux ont été créés.
O La conciergerie est devenue un lieu de passage et de conversation.
L L'équilibre économique est fragile.
L Les horaires ne conviennent pas à tous.
S Développer de nouveaux services.

== fete-voisins | MIX SOL | TP | BAI COM
T Fête des voisins | Voisins solidaires | Apéro de palier
R Le centre aide les habitants à organiser la fête des voisins dans leur immeuble et à prolonger les liens par des gestes d'entraide.
R Un kit est fourni.
D Un kit est fourni aux habitants organisateurs : affiches, nappes, gobelets.
D Des tables et des chaises sont prêtées.
D Le centre aide à contacter les voisins.
D Un réseau de voisins solidaires est créé pour prolonger les liens.
O De nombreuses fêtes ont eu lieu dans les immeubles.
O Des voisins s'entraident depuis.
O Des personnes âgées ont été invitées par leurs voisins.
L Certains immeubles ne participent pas.
L Les organisateurs sont souvent les mêmes.
S Organiser une fête d'hiver.

%% mobilité

== velo-ecole | SAN LOI MIX | AD | ASSO COM
T Vélo-école | Apprendre à faire du vélo | Remettre les femmes en selle
R Des cours pour apprendre à faire du vélo aux adultes, surtout des femmes, puis à circuler en ville en toute confiance.
R Un moniteur diplômé encadre les séances.
D Les premières séances ont lieu sur le parking fermé du gymnase : équilibre, freinage, démarrage en côte.
D Des vélos adaptés, certains sans pédales pour les débutantes, sont prêtés pendant tout le cycle.
D Les dernières séances se passent en ville, sur les pistes cyclables et dans la circulation, avec le moniteur.
D Un moniteur diplômé et deux bénévoles encadrent des groupes de huit participantes.
O Une majorité de participantes savent rouler à la fin du cycle de dix séances.
O Certaines se rendent désormais au travail ou au marché à vélo.
O Les participantes disent avoir gagné une liberté de mouvement nouvelle.
L Beaucoup n'ont pas les moyens d'acheter un vélo après le cycle.
L Les séances en extérieur sont annulées par mauvais temps.
S Proposer des vélos reconditionnés à bas prix avec l'atelier vélo.

== atelier-velo | ENV DD SOL | TP | ASSO
T Atelier vélo participatif | La clé à molette | Réparer son vélo
R Un atelier où chacun apprend à entretenir et réparer son vélo avec des bénévoles, et où des vélos récupérés sont remis en état.
R L'atelier favorise les déplacements doux.
D L'atelier est ouvert deux soirs par semaine avec des outils, un pied d'atelier et des pièces d'occasion.
D Des bénévoles mécaniciens montrent les gestes sans réparer à la place des habitants.
D Les vélos abandonnés récupérés à la déchetterie sont démontés ou remis en état.
D Les vélos remis en état sont revendus à petit prix, en priorité aux personnes en insertion.
O Des centaines de vélos ont été réparés par leurs propriétaires.
O Des habitants ont repris le vélo pour leurs trajets quotidiens.
O Des jeunes ont appris la mécanique et aident à leur tour.
L Les pièces détachées de qualité manquent.
L Le local est trop petit pour stocker les vélos récupérés.
S Ouvrir un second atelier mobile qui se déplace dans les quartiers.

== permis-solidaire | EMP PRE | AD JEU | ETAT CD AUT
T Permis de conduire solidaire | Auto-école sociale | Le permis pour l'emploi
R Un accompagnement au permis de conduire pour les personnes en insertion, avec un apprentissage adapté et un coût réduit.
R Le permis est souvent la clé de l'emploi.
D Les candidats sont orientés par les conseillers emploi et les travailleurs sociaux.
D Les cours théoriques sont adaptés aux personnes qui lisent difficilement, avec des supports imagés.
D Les leçons de conduite sont financées en partie par le département et une participation du candidat.
D Un moniteur formé à la pédagogie adaptée suit chaque candidat jusqu'à l'examen.
O De nombreux candidats ont obtenu leur permis, souvent après des tentatives infructueuses ailleurs.
O Plusieurs ont trouvé ou conservé un emploi grâce au permis.
O Les candidats ont gagné en confiance au-delà de la conduite.
L Les délais pour obtenir une date d'examen sont longs.
L Les abandons sont fréquents en cas de difficultés personnelles.
S Recruter un second moniteur.

== garage-solidaire | EMP PRE | AD | ETAT ASSO
T Garage solidaire | Réparer sa voiture à petit prix | Voitures pour l'emploi
R Un garage solidaire répare les véhicules des personnes en difficulté et loue des voitures à bas prix pour aller travailler.
R Le garage emploie des salariés en insertion.
D Les réparations sont facturées au coût des pièces, la main-d'œuvre étant prise en charge.
D Des voitures sont louées à bas prix pour se rendre au travail ou en formation.
D Les bénéficiaires sont orientés par les conseillers emploi et les travailleurs sociaux.
D Le garage emploie des mécaniciens en insertion encadrés par un chef d'atelier.
O Des personnes ont pu garder leur emploi malgré une panne.
O Des salariés en insertion ont obtenu un diplôme de mécanique.
O Le garage est connu dans tout le territoire rural.
L Le parc de véhicules de location est limité.
L Le prix des pièces détachées augmente.
S Proposer la location de scooters pour les jeunes.

== covoiturage-rural | DD SOL | TP | EPCI COM
T Covoiturage de proximité | Autostop organisé | Se déplacer à la campagne
R Un réseau de covoiturage et d'autostop organisé entre les villages, avec des arrêts identifiés et une inscription des conducteurs et passagers.
R Le réseau répond au manque de transports.
D Des arrêts identifiés par un panneau sont installés à l'entrée de chaque village.
D Conducteurs et passagers s'inscrivent au centre social et reçoivent une carte de membre.
D Une carte des arrêts et des trajets réguliers est distribuée dans les mairies.
D Une réunion annuelle réunit les membres pour améliorer le réseau.
O Des trajets ont été partagés chaque semaine entre les villages et le bourg.
O Des habitants sans voiture se déplacent plus facilement.
O Des liens se sont créés entre conducteurs et passagers réguliers.
L Le nombre de conducteurs inscrits reste faible.
L La confiance envers l'autostop met du temps à s'installer.
S Proposer une application simple pour annoncer les trajets.

== mobilite-transports | FLE MIX | AD | EPCI ASSO
T Se déplacer en transports en commun | Prendre le bus, c'est facile | Bouger en ville
R Des ateliers pour apprendre à utiliser les transports en commun : lire un plan, acheter un titre, se repérer, pour des personnes qui ne se déplacent pas seules.
R Des sorties pratiques sont organisées.
D Une animatrice de la société de transport présente le réseau, les titres et les tarifs solidaires.
D Les participants apprennent à lire un plan et un horaire sur des exercices concrets.
D Des trajets sont faits en groupe vers la préfecture, l'hôpital et la gare.
D Un petit guide illustré des principaux trajets est remis à chacun.
O Les participants se déplacent désormais seuls vers les lieux utiles.
O Ils osent aller plus loin, jusqu'au centre-ville et à la gare.
O Plusieurs ont obtenu la tarification solidaire à laquelle ils avaient droit.
L Les horaires de bus sont limités le soir et le dimanche.
L Le coût des trajets reste un frein pour certains.
S Travailler avec l'agglomération sur les tarifs et les horaires.

"""
