"""Themes: citoyenneté, apprentissage du français, solidarité, vie rurale."""

THEMES = """
%% citoyenneté

== conseil-citoyen | CIT | TP | ETAT COM
T Conseil citoyen de {quartier} | Accompagner le conseil citoyen | Citoyens acteurs
R Le centre social accompagne le conseil citoyen du quartier prioritaire : organisation des réunions, formation des membres, lien avec les institutions du contrat de ville.
R Les membres, habitants tirés au sort et acteurs locaux, donnent leur avis sur les projets du quartier.
D La formation des membres aborde le contrat de ville, le budget des projets et la conduite de réunion.
D Le conseil se réunit en plénière chaque trimestre et en groupes de travail entre deux.
D Les membres participent aux comités de pilotage du contrat de ville.
D Une assemblée annuelle rend compte aux habitants de ce qui a été fait.
O Le conseil citoyen a été consulté sur plusieurs projets d'aménagement et a obtenu des modifications.
O Des membres se sont investis durablement et ont pris des responsabilités associatives.
O Le conseil a organisé une réunion publique sur la sécurité des abords de l'école.
L Le renouvellement des membres tirés au sort est difficile.
L Les membres se découragent quand leurs avis ne sont pas suivis.
S Recruter de jeunes membres.

== budget-participatif | CIT | TP | COM
T Budget participatif | Vos idées pour le quartier | Un budget pour vos projets
R Le centre aide les habitants à déposer et défendre leurs projets dans le cadre du budget participatif de la commune, puis à voter.
R Des ateliers d'écriture de projets sont organisés.
D Des réunions publiques présentent le dispositif, le calendrier et les règles.
D Des ateliers aident les habitants à rédiger leurs projets et à estimer leur coût.
D Les habitants sont accompagnés pour défendre leur projet devant la commission.
D Le centre organise un bureau de vote lors de la phase de vote.
O Plusieurs projets du quartier ont été retenus : aire de jeux, bancs, fresque.
O La participation au vote a augmenté dans le quartier.
O Des habitants ont découvert le fonctionnement de la commune.
L Les projets retenus mettent du temps à se réaliser.
L Les projets les plus ambitieux dépassent le budget.
S Suivre la réalisation des projets avec les porteurs.

== inscription-electorale | CIT | AD JEU | COM
T Tous citoyens, tous électeurs | S'inscrire pour voter | Ma voix compte
R Une campagne d'information pour encourager l'inscription sur les listes électorales et expliquer le fonctionnement des élections.
R Des débats sont organisés avant les scrutins.
D Un stand est tenu sur le marché avant la date limite d'inscription.
D Les jeunes de dix-huit ans sont contactés par courrier et par les réseaux.
D Un débat entre candidats est organisé avant les élections municipales.
D Une explication du vote par procuration est proposée.
O Des habitants se sont inscrits sur les listes électorales.
O Les jeunes votent davantage.
O Des habitants ont découvert le rôle des différentes élections.
L La défiance envers la politique reste forte.
L Les personnes étrangères non européennes ne peuvent pas voter.
S Organiser des rencontres avec les élus.

== cafe-philo-adultes | CIT CUL | AD | ASSO
T Café philo | Débats citoyens | Les mardis du débat
R Des débats mensuels entre habitants sur des questions de société, animés par un professeur de philosophie, dans un café du quartier.
R Chacun peut proposer un sujet.
D Les sujets sont proposés et votés par les participants.
D Un professeur de philosophie distribue la parole et relance.
D Un compte rendu est publié dans le journal du centre.
D Les débats ont lieu dans un café du quartier.
O Les débats réunissent des publics variés.
O Les participants s'écoutent et nuancent leurs avis.
O Des habitués proposent de nouveaux formats.
L Certains participants monopolisent la parole.
L Les jeunes adultes viennent peu.
S Délocaliser des séances dans les villages.

== semaine-discriminations | CIT MIX | TP | ETAT COM ASSO
T Semaine contre les discriminations | Tous égaux | Ensemble contre le racisme
R Une semaine d'actions contre le racisme et les discriminations : expositions, ateliers dans les écoles, débats, témoignages.
R Les jeunes réalisent des affiches.
D Des ateliers dans les écoles abordent les préjugés avec des jeux et des vidéos.
D Une exposition sur l'histoire des discriminations circule dans les équipements.
D Un débat avec des témoins clôt la semaine.
D Les jeunes réalisent des affiches.
O Les participants ont été sensibilisés.
O Des témoignages ont été recueillis.
O Les partenaires ont décidé d'agir ensemble.
L Les personnes concernées ne viennent pas toujours.
L Une semaine est courte.
S Agir toute l'année.

== egalite-femmes-hommes | MIX CIT | TP | ETAT ASSO
T Huit mars au quartier | Égalité filles-garçons | Femmes d'ici
R Des actions autour de l'égalité entre les femmes et les hommes : journée du huit mars, ateliers dans les écoles, exposition de portraits de femmes du quartier.
R Les stéréotypes sont questionnés.
D Des ateliers dans les écoles questionnent les jouets, les métiers et les tâches ménagères.
D Une exposition de portraits de femmes du quartier est présentée le huit mars.
D Un débat sur le partage des tâches est organisé.
D Un ciné-débat est proposé.
O Les stéréotypes ont été discutés.
O Des femmes ont témoigné.
O Des enseignants ont repris les ateliers.
L Les hommes participent peu.
L Le sujet reste sensible.
S Impliquer davantage les hommes.

== memoire-immigration | CUL CIT MIX | TP | ASSO COM
T Mémoires d'exil | Histoires d'immigration | D'ici et d'ailleurs
R Un projet de collecte des récits d'immigration des habitants, valorisés dans une exposition sonore et un livret.
R Les récits racontent les parcours.
D Des jeunes du quartier ont mené les entretiens avec leurs grands-parents et des voisins arrivés il y a plusieurs décennies.
D Les récits évoquent le départ, le voyage, l'arrivée dans les foyers de travailleurs puis dans les cités.
D Une exposition sonore associe extraits d'entretiens, photos anciennes et objets prêtés par les familles.
D Un livret reprend une vingtaine de parcours, avec une carte des pays d'origine.
O Des habitants ont partagé pour la première fois leur histoire avec leurs enfants.
O Les jeunes enquêteurs ont découvert l'histoire de leur propre famille.
O L'exposition circule dans les médiathèques et les collèges du département ({dep}).
L Certains récits sont douloureux et ont demandé un accompagnement.
L Des familles ont refusé que leur histoire soit rendue publique.
S Intervenir dans les cours d'histoire des collèges.

== comite-usagers | CIT | TP | AUT
T Comité d'usagers | Les habitants au cœur du centre | Participer à la vie du centre
R Un comité d'usagers associe les habitants aux décisions du centre social : programme d'activités, règlement, projet social.
R Le comité se réunit chaque trimestre.
D Les membres sont des adhérents volontaires, renouvelés chaque année lors de l'assemblée générale.
D Le comité donne son avis sur les tarifs, les horaires d'ouverture et le programme d'activités.
D Les comptes rendus sont affichés dans le hall et publiés sur le site du centre.
D Deux membres du comité siègent au conseil d'administration.
O Des propositions des habitants ont été retenues, comme l'ouverture le samedi matin.
O Des habitants sont devenus administrateurs de l'association.
O Le règlement intérieur a été réécrit avec les usagers.
L La participation aux réunions est irrégulière.
L Les décisions prennent du temps, ce qui décourage certains membres.
S Former les membres au fonctionnement associatif.

== accueil-refugies | SOL MIX FLE | FAM AD | ETAT ASSO COM
T Accueil des familles réfugiées | Bienvenue chez nous | Accompagner les personnes réfugiées
R Le centre accueille des familles réfugiées récemment arrivées : cours de français, aide aux démarches, activités pour les enfants, parrainage par des habitants.
R Des habitants se sont mobilisés pour l'accueil.
D Des cours de français intensifs sont organisés dès l'arrivée, avec garde des jeunes enfants.
D Les enfants sont inscrits à l'école et accompagnés par des bénévoles pour les devoirs.
D Chaque famille est parrainée par des habitants qui l'aident dans la vie quotidienne.
D Des activités communes, repas et sorties, permettent de rencontrer les autres habitants.
O Les familles se sont installées et connaissent les services du quartier.
O Des liens d'amitié durables se sont créés avec les familles qui parrainent.
O Les enfants progressent rapidement en français.
L Le logement reste le principal obstacle à l'installation.
L Certaines personnes portent des traumatismes lourds qui demandent un soin spécialisé.
S Former les parrains à l'écoute et aux droits des réfugiés.

== formation-benevoles | CIT SOL | AD | DDCS ASSO
T Formation des bénévoles | Bénévoles, formez-vous | Accueillir les bénévoles
R Un programme de formation des bénévoles du centre et des associations locales : accueil, écoute, animation de groupe, gestion de projet.
R Les bénévoles échangent leurs pratiques.
D Le programme compte six modules d'une demi-journée : accueil, écoute, animation de groupe, projet, laïcité, premiers secours.
D Les formations sont ouvertes aux bénévoles des associations locales, ce qui favorise les rencontres.
D Un livret d'accueil présente le centre, ses valeurs et les droits et devoirs du bénévole.
D Des rencontres trimestrielles permettent aux bénévoles d'échanger sur leurs pratiques.
O Les bénévoles se sentent plus compétents et plus légitimes dans leur rôle.
O Ils restent engagés plus longtemps qu'auparavant.
O Des associations du territoire ont mutualisé leurs formations.
L Le temps disponible des bénévoles limite la participation.
L Les bénévoles les plus anciens estiment ne pas avoir besoin de formation.
S Proposer des modules courts en ligne.

== fete-de-quartier* | MIX CIT LOI | TP | COM BAI ASSO
T Fête de quartier | La grande fête de {quartier} | Quartier en liesse
R Une fête de quartier annuelle organisée avec les habitants et les associations : spectacles, jeux, repas partagé, stands.
R La fête est le temps fort de l'année.
D Un comité d'habitants et d'associations prépare la fête pendant trois mois.
D Le programme mêle spectacles, jeux pour enfants, concert et stands associatifs.
D Un grand repas partagé est installé sur la place, chaque famille apportant un plat.
D Les jeunes de l'espace jeunes tiennent la buvette pour financer leur séjour.
O Des centaines d'habitants ont participé, de tous les âges et de toutes les origines.
O Les associations se sont mobilisées et ont fait connaître leurs activités.
O Des habitants ont proposé de rejoindre le comité pour l'édition suivante.
L Le rangement repose toujours sur les mêmes bénévoles.
L Les autorisations et la sécurité demandent beaucoup de préparation.
S Confier une partie de la programmation aux jeunes.

== marche-exploratoire | CIT MIX | AD | COM ETAT
T Marche exploratoire des femmes | Les femmes et la ville | Se sentir bien dans son quartier
R Des groupes de femmes parcourent le quartier pour repérer les lieux où elles se sentent en insécurité et proposer des aménagements.
R Les propositions sont présentées aux élus.
D Des groupes de dix femmes parcourent le quartier de jour puis de nuit, avec une grille d'observation.
D Elles notent l'éclairage, la visibilité, la présence de commerces, les lieux évités.
D Les photos et les constats sont rassemblés dans un rapport illustré.
D Le rapport est présenté aux élus et aux services techniques lors d'une réunion publique.
O Des aménagements ont été réalisés : éclairage renforcé, haies taillées, banc déplacé.
O Les femmes ont pris la parole devant les élus, souvent pour la première fois.
O Le sujet de la place des femmes dans l'espace public est entré dans le contrat de ville.
L Certains travaux tardent à être réalisés.
L Les femmes qui travaillent en horaires décalés participent peu.
S Refaire une marche pour vérifier les réalisations.

== porteurs-de-paroles | CIT | TP | ASSO
T Porteurs de paroles | Débat dans la rue | Et vous, qu'en pensez-vous ?
R Une animation de rue où une question est affichée et les passants sont invités à y répondre, leurs paroles étant affichées.
R L'action recueille la parole des habitants.
D Une question simple est choisie et écrite en grand sur une banderole : « Qu'est-ce qui vous manque dans le quartier ? ».
D Les animateurs abordent les passants, recueillent leurs réponses et les affichent sur des fils à linge.
D Les passants lisent les réponses des autres et engagent la discussion entre eux.
D Les paroles recueillies sont analysées et servent au diagnostic du projet social.
O Des habitants qui ne viennent jamais au centre ont pris la parole.
O Des sujets nouveaux ont émergé, comme le manque de lieux pour les adolescentes.
O L'animation a créé des conversations inattendues entre passants.
L La météo conditionne les séances.
L Les réponses restent parfois superficielles.
S Installer l'animation à la sortie des écoles et au marché.

%% apprentissage du français

== ateliers-sociolinguistiques* | FLE | AD | ETAT COM
T Ateliers sociolinguistiques | Français au quotidien | ASL du {jour}
R Des ateliers sociolinguistiques pour les adultes qui apprennent le français, centrés sur les situations de la vie quotidienne : la santé, l'école, les transports, les démarches.
R Les apprenants pratiquent la langue lors de sorties et de rencontres avec les services.
D Les ateliers ont lieu trois matinées par semaine, en groupes de niveau, avec une formatrice et des bénévoles.
D Chaque module part d'une situation réelle : prendre rendez-vous chez le médecin, lire un courrier de l'école, acheter un billet.
D Des sorties pédagogiques sont organisées à la poste, à la médiathèque, à la mairie et au marché.
D Les apprenants peuvent préparer un diplôme de français s'ils le souhaitent.
O Les apprenants sont plus autonomes dans leurs démarches quotidiennes.
O Plusieurs ont obtenu un diplôme de langue française.
O Des femmes isolées ont créé des liens d'amitié dans le groupe.
L Les listes d'attente s'allongent à chaque rentrée.
L L'assiduité baisse pendant le ramadan et les vacances scolaires.
S Ouvrir un groupe en soirée pour les personnes qui travaillent.

== francais-parents | FLE PAR EDU | FAM | EN
T Français pour les parents | Ouvrir l'école aux parents en français | Parler français pour suivre ses enfants
R Des cours de français pour les parents d'élèves, à l'école, pour les aider à suivre la scolarité de leurs enfants et mieux comprendre l'institution.
R Les cours sont animés par un enseignant.
D Les cours ont lieu dans une salle de l'école, deux fois par semaine, pendant le temps scolaire.
D Un enseignant volontaire anime, aidé d'une animatrice du centre social.
D Les parents visitent les classes et rencontrent les enseignants de leurs enfants.
D Les valeurs et le fonctionnement de l'école sont expliqués avec des documents simplifiés.
O Les parents comprennent mieux les cahiers et les messages de l'école.
O Ils participent davantage aux réunions et aux fêtes d'école.
O Des parents ont poursuivi en atelier sociolinguistique au centre.
L Les horaires ne conviennent pas aux parents qui travaillent.
L Le renouvellement annuel de l'enseignant volontaire n'est pas garanti.
S Étendre le dispositif au collège.

== tables-conversation | FLE MIX | AD | ASSO
T Tables de conversation | Parlons français | Café conversation
R Des tables de conversation où des apprenants pratiquent le français avec des bénévoles francophones dans un cadre convivial.
R Les thèmes varient.
D Les tables réunissent chaque semaine des apprenants et des bénévoles francophones autour d'un thème.
D Des jeux de cartes et des images servent de point de départ à la conversation.
D Un goûter est partagé pour rendre le moment convivial.
D Les bénévoles sont formés à corriger sans décourager.
O Les apprenants ont gagné en aisance à l'oral.
O Des amitiés sont nées entre apprenants et bénévoles.
O Des apprenants ont osé parler au téléphone ou chez le médecin.
L Les bénévoles manquent, surtout en été.
L Les niveaux sont très différents autour d'une même table.
S Créer une table en soirée pour les jeunes actifs.

== francais-emploi | FLE EMP | AD | ETAT ASSO
T Français à visée professionnelle | Le français pour travailler | Parler français au travail
R Des cours de français centrés sur le vocabulaire professionnel et la recherche d'emploi, avec des stages en entreprise.
R Les apprenants préparent un projet professionnel.
D Les cours intensifs portent sur le vocabulaire des métiers du bâtiment, du nettoyage, de la restauration et du soin.
D Des stages en entreprise permettent de pratiquer en situation réelle.
D Un suivi individuel est assuré avec le conseiller emploi de chaque apprenant.
D Les apprenants préparent un CV et des simulations d'entretien en français.
O Des apprenants ont trouvé un emploi à la suite de leur stage.
O Ils ont progressé à l'oral et comprennent mieux les consignes de sécurité.
O Des employeurs ont souhaité reconduire l'accueil de stagiaires.
L Les niveaux de départ sont très variés.
L Les apprenants qui trouvent un emploi arrêtent souvent les cours.
S Créer des groupes de niveau et des cours du soir.

== illettrisme | FLE EDU | AD | ETAT ASSO
T Remise à niveau | Lire, écrire, compter | Savoirs de base
R Des ateliers pour les adultes francophones qui maîtrisent mal la lecture, l'écriture et le calcul, dans un cadre discret et bienveillant.
R Les apprentissages partent des besoins du quotidien.
D Les personnes sont repérées discrètement par les partenaires : employeurs, travailleurs sociaux, conseillers emploi.
D Les ateliers sont individualisés, à partir des besoins : lire une facture, écrire un chèque, remplir un formulaire.
D Un bilan de positionnement est fait au départ puis tous les trois mois.
D Les ateliers se déroulent dans une salle discrète, sans affichage sur la porte.
O Les participants lisent mieux les documents du quotidien.
O Ils ont repris confiance et osent demander de l'aide.
O Un participant a obtenu son permis de conduire grâce à la remise à niveau.
L La honte freine les inscriptions.
L Les progrès sont lents et demandent une présence régulière.
S Former les partenaires au repérage.

%% solidarité

== maraudes | SOL PRE | AD | ASSO COM
T Maraudes solidaires | Aller vers les personnes à la rue | Nuits solidaires
R Des bénévoles vont à la rencontre des personnes sans abri le soir pour leur apporter une boisson chaude, un repas, et les orienter.
R Les maraudes ont lieu deux soirs par semaine.
D Les maraudes ont lieu deux soirs par semaine, avec une équipe de trois bénévoles formés.
D Un kit est distribué : boisson chaude, repas, couverture, produits d'hygiène.
D Les personnes rencontrées sont orientées vers les accueils de jour, le samu social ou les soins.
D Une réunion mensuelle avec les services sociaux fait le point sur les situations.
O Des personnes sans abri ont été orientées vers un hébergement.
O Le lien créé permet de repérer les situations qui se dégradent.
O Des bénévoles de tous âges se sont engagés.
L Les bénévoles sont épuisés en hiver.
L Les places d'hébergement d'urgence manquent en plein hiver.
S Renforcer l'équipe et ouvrir un accueil de jour.

== noel-solidaire | SOL PRE | FAM | COM ASSO
T Noël pour tous | Fêtes solidaires | Un Noël partagé
R Un repas de fête et une distribution de cadeaux pour les familles et les personnes isolées qui passent les fêtes seules.
R Les habitants participent.
D Les cadeaux sont collectés auprès des habitants, des commerçants et d'une entreprise.
D Un repas de fête est préparé par des bénévoles et servi dans la salle des fêtes.
D Un spectacle pour enfants et un bal terminent l'après-midi.
D Des personnes âgées isolées sont invitées personnellement.
O Des familles et des personnes seules ont passé un moment de fête.
O De nombreux bénévoles se sont mobilisés.
O Des donateurs se sont engagés pour l'année suivante.
L Le nombre de places est limité par la salle.
L Certaines personnes n'osent pas venir.
S Organiser un réveillon pour les personnes seules.

== laverie-solidaire | PRE SOL | FAM AD | ASSO BAI
T Laverie solidaire | Laver son linge à petit prix | Le lavoir du quartier
R Une laverie solidaire où les familles mal logées ou sans machine lavent leur linge à petit prix, dans un lieu d'accueil.
R Un café est offert.
D Quatre machines à laver et deux sèche-linge sont installés dans un local en pied d'immeuble.
D Un accueil est assuré par des bénévoles qui offrent un café pendant le lavage.
D Les tarifs sont adaptés aux ressources.
D Des informations sur les droits sont affichées et données pendant l'attente.
O Des familles mal logées peuvent laver leur linge à petit prix.
O Des liens se créent entre les personnes pendant l'attente.
O Des personnes ont été orientées vers des aides.
L Les machines s'usent vite.
L Le local est petit.
S Ajouter des machines.

== bourse-puericulture | PAR SOL PRE | FAM PE | CAF ASSO
T Bourse puériculture | Matériel bébé à petit prix | Poussettes et berceaux solidaires
R Une bourse où les familles achètent et vendent à petit prix du matériel de puériculture et des vêtements pour enfants.
R Elle aide les jeunes parents.
D Le matériel déposé est vérifié : sécurité, propreté, complétude.
D Les ventes ont lieu deux fois par an dans la grande salle.
D Un prêt de matériel est possible pour les familles en difficulté.
D Les invendus sont donnés à la maternité.
O Des familles se sont équipées à petit prix.
O Le matériel est réutilisé au lieu d'être jeté.
O Des jeunes parents ont découvert le centre social.
L Le stockage est limité.
L Le matériel ancien ne respecte pas toujours les normes.
S Créer un prêt permanent de matériel.

== epicerie-itinerante | SOL PRE | SEN TP | EPCI COM
T Épicerie itinérante | Le camion des villages | Commerce ambulant
R Une épicerie ambulante dessert les villages sans commerce pour apporter des produits de base et du lien aux habitants isolés.
R Le camion passe chaque semaine.
D Le camion fait une tournée hebdomadaire dans huit villages sans commerce.
D Les produits proposés sont de base et locaux : pain, légumes, produits laitiers, épicerie.
D Un café est offert et les habitants restent discuter autour du camion.
D Les commandes spéciales sont prises pour la semaine suivante.
O Les habitants isolés peuvent faire leurs courses sans se déplacer.
O Le passage du camion maintient du lien dans les villages.
O Des problèmes de santé ou d'isolement ont été repérés.
L La rentabilité est faible.
L Le camion tombe parfois en panne.
S Ajouter de nouveaux villages.

== cafe-associatif-rural | SOL MIX CUL | TP | EPCI COM
T Café associatif | Le café du village | Tiers-lieu rural
R Un café associatif géré par des bénévoles dans un village, lieu de rencontre, de concerts et d'ateliers.
R Il redonne vie au village.
D Des bénévoles tiennent le café trois jours par semaine.
D Des concerts, des soirées jeux et des ateliers sont organisés.
D Le café accueille aussi des permanences de services publics.
D Les produits vendus viennent de producteurs locaux.
O Le village est animé et les habitants se rencontrent.
O Des nouveaux arrivants se sont intégrés.
O Des projets collectifs sont nés au comptoir.
L Les bénévoles sont peu nombreux.
L La licence et les normes sont contraignantes.
S Recruter de nouveaux bénévoles.

== evs-itinerant | SOL MIX | TP | CAF EPCI
T Espace de vie sociale itinérant | Le centre social vient à vous | Camion des liens
R Un camion aménagé sillonne les communes rurales pour proposer des animations, des informations et des permanences au plus près des habitants.
R Il lutte contre l'isolement rural.
D Le camion aménagé s'arrête dans une commune différente chaque jour de la semaine.
D Des animations pour enfants, des jeux et un coin café sont installés à chaque arrêt.
D Des partenaires sont présents selon les jours : protection maternelle, conseillère emploi, médiathèque.
D Les habitants proposent des projets qui sont ensuite accompagnés par l'animatrice.
O Des habitants isolés ont été rencontrés pour la première fois.
O Des projets d'habitants sont nés : marché de producteurs, atelier couture, fête de village.
O Les communes rurales ont accès à des services absents jusque-là.
L Le camion tombe parfois en panne et coûte cher à entretenir.
L Une journée par commune est peu pour construire des projets.
S Ajouter des étapes dans les hameaux.

== gens-du-voyage | EDU SOL | FAM ENF | CD EN
T Accompagnement des familles du voyage | Scolarisation des enfants du voyage | Aire d'accueil, lien social
R Le centre accompagne les familles de l'aire d'accueil des gens du voyage dans la scolarisation des enfants et l'accès aux droits.
R Des animations sont proposées sur l'aire.
D Une médiatrice accompagne les familles pour inscrire les enfants à l'école dès leur arrivée sur l'aire d'accueil.
D Chaque {jour}, une animation est installée sur l'aire : jeux, lecture, aide aux devoirs, activités manuelles.
D Les adultes sont aidés pour leurs démarches : domiciliation, prestations, assurance maladie, carte grise.
D Les enseignants des écoles voisines ont été sensibilisés au mode de vie et aux contraintes des familles.
O Les enfants sont davantage scolarisés et plus assidus.
O Les familles fréquentent désormais les activités collectives du centre.
O Les relations entre les familles, l'école et les riverains se sont apaisées.
L La mobilité des familles complique le suivi scolaire d'une année à l'autre.
L Les préjugés restent forts chez une partie des habitants.
S Proposer une formation commune aux enseignants et aux animateurs.

== etudiants-precaires | PRE SOL | JEU | ASSO
T Solidarité étudiante | Distribution pour les étudiants | Paniers étudiants
R Une distribution de produits alimentaires et d'hygiène pour les étudiants précaires, avec des permanences d'information sur leurs droits.
R Les étudiants bénévoles participent.
D Les produits alimentaires et d'hygiène sont collectés auprès des supermarchés et de la banque alimentaire.
D Une distribution a lieu chaque semaine dans une salle prêtée par l'université.
D Une permanence d'information sur les bourses, le logement et la santé est organisée en même temps.
D Des étudiants bénévoles tiennent la distribution avec l'équipe du centre.
O Des centaines d'étudiants ont été aidés pendant l'année universitaire.
O Ils connaissent mieux leurs droits et plusieurs ont obtenu une aide d'urgence.
O Des étudiants aidés sont devenus bénévoles à leur tour.
L Le nombre d'étudiants inscrits augmente plus vite que les dons collectés.
L Les étudiants étrangers ont très peu de droits ouverts.
S Développer les partenariats avec les restaurants universitaires.

== weekend-ressourcement | SOL SAN | AD | CAF ASSO
T Week-end ressourcement | Souffler entre femmes | Pause pour les mamans
R Un week-end de répit pour des mères isolées ou épuisées, avec des activités de détente et des temps d'échange.
R Les enfants sont pris en charge.
D Le séjour est préparé avec les mères lors de trois rencontres où elles choisissent les activités.
D Les activités mêlent détente et plaisir : marche en forêt, soins du corps, lecture, repas préparés par d'autres.
D Les enfants sont pris en charge par des animatrices dans un lieu voisin.
D Un temps d'échange au retour permet de dire ce que le séjour a apporté.
O Les participantes disent s'être reposées pour la première fois depuis longtemps.
O Elles ont créé des liens qui se prolongent après le séjour.
O Certaines ont demandé un accompagnement pour elles-mêmes.
L Le coût d'un séjour pour quelques personnes est élevé.
L Certaines mères n'osent pas partir sans leurs enfants.
S Organiser deux week-ends par an.

== coiffure-solidaire | SAN PRE | AD | ASSO
T Coiffure solidaire | Salon solidaire | Prendre soin de soi à petit prix
R Un salon de coiffure solidaire tenu par des coiffeurs bénévoles, ouvert aux personnes en difficulté pour une coupe à prix symbolique.
R L'image de soi est au cœur de l'action.
D Des coiffeurs bénévoles, dont des retraités de la profession, tiennent le salon une fois par mois.
D Les rendez-vous sont pris à l'accueil, avec une priorité pour les personnes qui ont un entretien d'embauche.
D Un café est offert pendant l'attente et le salon devient un lieu de conversation.
D Les personnes sont orientées par les travailleurs sociaux et les associations d'hébergement.
O Les personnes disent avoir retrouvé de la confiance et de la dignité.
O Certaines ont trouvé un emploi après leur passage avant un entretien.
O Des personnes isolées viennent régulièrement et participent à d'autres activités.
L Les coiffeurs bénévoles sont peu nombreux.
L Les produits et le matériel coûtent cher.
S Accueillir des apprentis du centre de formation.

== atelier-bricolage-femmes | LOG MIX | AD | ASSO
T Bricolage au féminin | Elles bricolent | Outils en main
R Des ateliers de bricolage pour les femmes : changer un joint, poser une étagère, réparer une prise, pour gagner en autonomie dans leur logement.
R Une bricoleuse professionnelle anime.
D Une bricoleuse professionnelle anime un atelier par mois dans un appartement prêté par le bailleur.
D Les participantes apprennent à changer un joint, poser une étagère, remplacer une prise, déboucher un évier.
D Des outils sont prêtés pour refaire les gestes chez soi.
D Un livret illustré des gestes de base est remis à chaque participante.
O Les femmes réalisent désormais seules de petits travaux chez elles.
O Elles ont gagné en confiance et n'attendent plus l'aide d'un voisin ou d'un proche.
O Un réseau d'entraide entre participantes s'est créé pour les travaux plus lourds.
L Le matériel et les fournitures manquent.
L Les ateliers sont trop peu nombreux pour la demande.
S Ouvrir une outilthèque avec l'aide des participantes.

== vide-grenier | SOL DD | TP | COM
T Vide-grenier du quartier | Bourse aux jouets | Braderie de printemps
R Un vide-grenier et une bourse aux jouets organisés par le centre et les habitants, pour donner une seconde vie aux objets et financer des projets.
R Les bénéfices financent les sorties.
D Les emplacements sont réservés à l'avance au centre, avec une priorité pour les habitants du quartier.
D Une buvette et un stand de crêpes sont tenus par des bénévoles et des jeunes.
D Les invendus sont donnés au vestiaire solidaire et à une ressourcerie.
D Une bourse aux jouets est organisée début décembre, avant les fêtes.
O Des centaines de visiteurs sont venus chiner.
O Les bénéfices ont financé les sorties familles de l'été.
O Des habitants de différents quartiers se sont rencontrés.
L La fréquentation dépend fortement de la météo.
L Le rangement en fin de journée repose sur peu de bénévoles.
S Organiser une édition d'automne.

"""
