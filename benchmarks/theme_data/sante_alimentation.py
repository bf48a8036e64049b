"""Themes: santé, alimentation."""

THEMES = """
%% santé

== depistage-cancers | SAN | AD | ARS AUT
T Octobre rose au quartier | Dépistage, parlons-en | Mobilisation pour le dépistage des cancers
R Une mobilisation pour encourager les femmes et les hommes du quartier à participer aux dépistages organisés des cancers du sein et du côlon.
R Des ateliers, une marche solidaire et des permanences d'information lèvent les peurs et les idées reçues.
D Huit femmes relais ont été formées par le centre régional de coordination des dépistages pour en parler dans leur entourage.
D Un médecin généraliste répond aux questions lors d'une rencontre réservée aux femmes, avec interprète.
D Une marche solidaire en octobre et un stand sur le marché font connaître les dépistages gratuits.
D Le centre aide les personnes à prendre rendez-vous et organise un transport collectif vers le centre de radiologie.
O La participation au dépistage a progressé dans le quartier selon les chiffres transmis par l'assurance maladie.
O Des femmes ont réalisé leur première mammographie après des années d'hésitation.
O Les femmes relais sont devenues des interlocutrices reconnues pour les questions de santé.
L Les hommes restent difficiles à mobiliser pour le dépistage colorectal.
L La peur du résultat freine encore une partie des personnes.
S Mener une action dédiée aux hommes avec les clubs sportifs.

== bilans-sante | SAN PRE | AD | AUT ARS
T Bilans de santé accompagnés | Prendre soin de sa santé | Ma santé, j'y pense
R Le centre accompagne des groupes d'habitants vers un bilan de santé gratuit au centre d'examens de santé de l'assurance maladie.
R Le transport est organisé et les résultats peuvent être repris avec un professionnel.
D Une réunion d'information présente le déroulé du bilan : prise de sang, examens, entretien avec un médecin.
D Le trajet jusqu'au centre d'examens se fait en minibus avec un animateur qui reste toute la matinée.
D Un petit déjeuner est partagé après la prise de sang.
D Un suivi est proposé pour les démarches de soins qui découlent du bilan.
O Des habitants ont découvert des problèmes de santé qu'ils ignoraient, comme un diabète ou une hypertension.
O Des personnes ont repris un suivi médical avec un médecin traitant.
O Le bilan a été l'occasion de mettre à jour les droits à l'assurance maladie.
L Certaines personnes renoncent au dernier moment par crainte des résultats.
L Trouver un médecin traitant reste difficile dans le secteur.
S Organiser des bilans de santé pour les jeunes de seize à vingt-cinq ans.

== premiers-secours-sante-mentale | SAN CIT | AD | ARS ASSO
T Premiers secours en santé mentale | Repérer et aider | Santé mentale, tous concernés
R Des habitants, des bénévoles et des salariés suivent une formation aux premiers secours en santé mentale pour savoir repérer une personne en souffrance et l'orienter.
R La formation de deux jours est animée par des formateurs accrédités.
D La formation de deux jours apprend à repérer les signes de dépression, d'anxiété, de crise suicidaire et de crise psychotique.
D Les stagiaires s'exercent par des mises en situation à engager la conversation et à orienter.
D Les formations sont ouvertes aux bénévoles et salariés des associations du territoire.
D Un annuaire local des ressources en santé mentale a été réalisé et distribué.
O Les secouristes formés se sentent plus à l'aise pour aborder la souffrance psychique.
O Des personnes en souffrance ont été orientées vers le centre médico-psychologique.
O Un réseau de secouristes formés s'est constitué sur le territoire.
L Les places de formation sont limitées et vite pourvues.
L Les délais de prise en charge en psychiatrie restent très longs.
S Former les animateurs jeunesse en priorité.

== sport-sante | SAN LOI | AD SEN | ARS COM ASSO
T Sport santé | Bouger pour sa santé | Activité physique adaptée
R Des séances d'activité physique adaptée pour des personnes atteintes de maladies chroniques ou en surpoids, sur prescription ou orientation d'un professionnel.
R Un éducateur spécialisé adapte les exercices à chacun et suit les progrès.
D Un bilan de condition physique est réalisé au début et à la fin du programme de douze semaines.
D Les séances alternent renforcement musculaire, marche, étirements et exercices d'équilibre.
D Les personnes sont orientées par leur médecin, l'infirmière de santé publique ou le centre de soins.
D Une passerelle vers les clubs sportifs labellisés est proposée à la fin du programme.
O Les participants ont amélioré leur condition physique et leur souffle.
O Certains ont perdu du poids ou stabilisé leur diabète.
O Plusieurs ont rejoint un club ou un groupe de marche.
L Le coût de l'activité reste un frein après le programme.
L Les médecins prescrivent encore peu d'activité physique.
S Obtenir une prise en charge par les mutuelles.

== sante-bucco-dentaire | SAN | ENF FAM | ARS EN
T Sourires d'enfants | Brossage des dents à l'école | Santé bucco-dentaire
R Des animations sur l'hygiène bucco-dentaire dans les écoles et au centre, avec la distribution de brosses à dents et l'orientation vers un dentiste.
R Un dépistage est organisé avec des chirurgiens-dentistes bénévoles.
D Les animations en classe utilisent une grande mâchoire et des jeux pour apprendre le brossage.
D Des brosses à dents et du dentifrice sont distribués à chaque enfant.
D Des chirurgiens-dentistes bénévoles réalisent un dépistage dans les écoles maternelles.
D Un atelier sur le sucre caché dans les boissons est proposé aux parents.
O Des caries ont été repérées et soignées plus tôt.
O Les enfants se brossent davantage les dents selon les parents.
O Des familles ont découvert l'examen bucco-dentaire gratuit.
L Les rendez-vous chez le dentiste sont difficiles à obtenir.
L Certaines familles n'ont pas donné suite au dépistage.
S Organiser la venue d'un cabinet dentaire mobile.

== prevention-diabete | SAN | AD | ARS AUT
T Prévenir le diabète | Diabète, agir tôt | Ateliers sucre et santé
R Des ateliers de prévention du diabète de type deux : alimentation, activité physique, dépistage par une infirmière.
R Les personnes à risque sont invitées à réaliser un test rapide et à consulter.
D Une infirmière propose un test rapide de glycémie lors des ateliers et des fêtes de quartier.
D Une diététicienne anime des ateliers sur le sucre, les féculents et la lecture des étiquettes.
D Un atelier cuisine montre comment adapter les plats familiaux en réduisant sucre et graisses.
D Des personnes diabétiques partagent leur expérience avec les participants.
O Des personnes ont découvert leur diabète et ont été orientées vers leur médecin.
O Les participants ont modifié certaines habitudes alimentaires.
O Un groupe de marche s'est créé à la suite des ateliers.
L Le suivi dans la durée est difficile.
L Les messages de prévention se heurtent aux habitudes familiales.
S Créer un groupe d'entraide entre personnes diabétiques.

== sante-femmes | SAN MIX | AD | ARS ASSO
T Paroles de femmes | Santé des femmes | Femmes, prenez soin de vous
R Un groupe de parole et d'information sur la santé des femmes : contraception, ménopause, suivi gynécologique, violences.
R Une sage-femme intervient chaque mois dans un cadre confidentiel.
D Les thèmes sont choisis par les participantes : contraception, ménopause, grossesse, violences, sommeil.
D Une sage-femme intervient chaque mois dans un cadre confidentiel.
D Un accompagnement vers les consultations gynécologiques est proposé.
D Une garde d'enfants est assurée pendant les rencontres.
O Des femmes ont repris un suivi gynécologique interrompu depuis des années.
O Les participantes parlent plus librement de leur santé et de leur corps.
O Des situations de violence ont été révélées et accompagnées.
L Certaines femmes ne viennent qu'une fois.
L Les consultations de gynécologie sont saturées.
S Organiser une journée santé des femmes avec des stands.

== gestion-stress | SAN | AD | ASSO
T Prendre soin de soi | Sophrologie au centre | Gérer son stress
R Des séances de sophrologie et de relaxation pour apprendre à gérer le stress, améliorer le sommeil et retrouver un peu de sérénité.
R Les séances sont accessibles à des personnes qui n'ont pas les moyens d'une pratique individuelle.
D Une sophrologue anime un cycle de dix séances en petit groupe.
D Les séances associent respiration, relâchement musculaire et visualisation.
D Des exercices simples sont donnés à refaire à la maison.
D Un bilan individuel est fait à la fin du cycle.
O Les participants disent mieux dormir et mieux gérer leurs émotions.
O Certains ont poursuivi seuls les exercices.
O Des personnes en arrêt de travail ont retrouvé un rythme.
L La demande dépasse largement l'offre.
L Les séances ne remplacent pas un suivi psychologique quand il est nécessaire.
S Former des animateurs à la relaxation.

== depistage-visuel | SAN | ENF FAM | ARS AUT
T Bien voir pour apprendre | Dépistage visuel | Des lunettes pour réussir
R Un dépistage visuel pour les enfants du quartier, suivi d'un accompagnement vers l'ophtalmologiste et d'une aide pour l'achat des lunettes.
R Beaucoup de troubles de la vue n'étaient pas repérés faute de rendez-vous.
D Le dépistage est réalisé dans les écoles et au centre par une orthoptiste bénévole.
D Les familles des enfants repérés sont accompagnées pour obtenir un rendez-vous.
D Un opticien partenaire propose des montures à prix réduit.
D Un suivi vérifie que les lunettes sont bien portées.
O Des enfants ont été équipés de lunettes.
O Les enseignants constatent des progrès en lecture.
O Des troubles de la vue ont été repérés chez des parents.
L Les délais d'ophtalmologie sont très longs.
L Les lunettes se cassent vite.
S Étendre le dépistage aux adultes.

== mois-sans-tabac | SAN | AD | ARS AUT
T Arrêter de fumer ensemble | Novembre sans tabac | Défi sans cigarette
R Un accompagnement collectif des fumeurs qui veulent arrêter, pendant le mois sans tabac : groupe d'entraide, consultation, substituts nicotiniques.
R Des permanences d'une tabacologue ont lieu au centre social.
D Un stand d'information est tenu sur le marché en octobre.
D Les participants mesurent leur monoxyde de carbone.
D Un groupe d'entraide se réunit chaque semaine de novembre.
D Une tabacologue reçoit en rendez-vous individuel.
O Des participants ont arrêté de fumer pendant le mois.
O D'autres ont diminué leur consommation.
O Des proches ont été encouragés.
L Les rechutes sont fréquentes.
L Le prix des substituts freine certains.
S Proposer un suivi sur six mois.

== handicap-adultes | SOL SAN MIX | AD | ASSO CD
T Ensemble avec nos différences | Handicap et vie de quartier | Accueillir tous les habitants
R Une action pour que les adultes en situation de handicap participent aux activités du centre : accessibilité, sensibilisation des équipes et des bénévoles, activités partagées.
R Un groupe d'habitants concernés conseille le centre sur ses aménagements.
D Un diagnostic d'accessibilité a été réalisé avec une association de personnes handicapées.
D Les salariés et bénévoles ont été sensibilisés au handicap psychique, moteur et mental.
D Des activités ont été adaptées : horaires, consignes simplifiées, accompagnement.
D Un groupe de travail réunit des habitants concernés.
O Des adultes en situation de handicap participent aux activités.
O Le regard des autres habitants a évolué.
O Des établissements spécialisés orientent vers le centre.
L Certains locaux restent inaccessibles.
L Le transport adapté est difficile à obtenir.
S Poursuivre les travaux d'accessibilité.

== mutuelle-communale | SAN PRE | AD SEN | COM AUT
T Mutuelle solidaire | Une complémentaire pour tous | Mutuelle pour les habitants de {ville}
R Le centre accompagne la mise en place d'une complémentaire santé négociée pour les habitants qui n'en ont pas ou paient trop cher.
R Des permanences aident à comparer les contrats et à souscrire.
D La commune a lancé un appel à partenaires pour négocier un contrat collectif.
D Des réunions publiques présentent l'offre retenue.
D Le centre accompagne la comparaison des contrats et la souscription.
D Les droits à la complémentaire santé solidaire sont vérifiés en priorité.
O Des habitants ont réduit leurs cotisations.
O Des personnes sans complémentaire sont couvertes.
O Des personnes âgées ont été mieux remboursées.
L Les personnes âgées hésitent à changer.
L Les garanties sont parfois difficiles à comparer.
S Faire mieux connaître la complémentaire santé solidaire.

== socio-esthetique | SAN | AD | ASSO AUT
T Socio-esthétique | Prendre soin de son image | Estime de soi
R Des ateliers de socio-esthétique pour des femmes en difficulté : soins, coiffure, conseil en image, pour reprendre confiance en soi.
R Une socio-esthéticienne anime des séances collectives et individuelles.
D Les femmes sont orientées par les travailleurs sociaux et les conseillers emploi.
D La socio-esthéticienne propose soins du visage, manucure, conseils en image.
D Des produits sont donnés par des marques partenaires.
D Les ateliers précèdent souvent une démarche d'emploi.
O Les participantes ont repris confiance.
O Certaines ont décroché un entretien.
O Des femmes isolées ont rejoint d'autres activités.
L Le nombre de places est limité.
L Les produits coûtent cher.
S Ouvrir les ateliers aux hommes.

== gestes-qui-sauvent | SAN CIT | TP | ASSO AUT
T Les gestes qui sauvent | Formation premiers secours | Tous secouristes
R Des sessions de formation aux premiers secours pour les habitants : alerter, masser, défibriller, mettre en position latérale de sécurité.
R La formation délivre un certificat reconnu.
D Les sessions sont animées par une association de secourisme agréée.
D Des sessions sont réservées aux jeunes et aux parents.
D Un défibrillateur a été installé près du centre.
D Les sessions durent une journée.
O De nombreux habitants ont été formés.
O Un habitant formé a porté secours à un voisin.
O Les jeunes ont obtenu un certificat utile pour l'emploi.
L Les sessions se remplissent vite.
L Le coût est élevé.
S Former les parents d'enfants en bas âge.

== precarite-menstruelle | SAN PRE | AD JEU | ASSO
T Précarité menstruelle | Protections pour toutes | Règles, parlons-en
R Une collecte et une distribution de protections périodiques pour les femmes et les jeunes filles en difficulté, avec des ateliers d'information.
R Des boîtes de collecte ont été installées chez les commerçants.
D Des kits de protections sont distribués de manière discrète à l'accueil.
D Des ateliers abordent l'hygiène et la santé.
D Des protections lavables sont proposées.
D Des boîtes de collecte sont installées chez les commerçants.
O Des femmes ont eu accès à des protections.
O Le sujet est moins tabou.
O Des jeunes filles ont été informées.
L L'approvisionnement est irrégulier.
L Certaines femmes n'osent pas demander.
S Installer un distributeur en libre-service.

== semaine-sante-mentale | SAN CIT CUL | TP | ARS COM ASSO
T Semaines de la santé mentale | Santé mentale et culture | Parlons de nos émotions
R Une programmation de débats, films et ateliers pendant les semaines d'information sur la santé mentale pour changer le regard sur les troubles psychiques.
R Les habitants, les professionnels et les personnes concernées échangent.
D Un ciné-débat réunit un psychiatre et des personnes concernées.
D Un atelier d'écriture aborde les émotions.
D Une exposition de dessins est présentée.
D Un groupe d'entraide mutuelle présente ses activités.
O Les tabous reculent.
O Les habitants connaissent mieux les ressources.
O Des partenariats se sont créés.
L Le public reste limité.
L Le sujet fait encore peur.
S Organiser des actions toute l'année.

%% alimentation

== epicerie-solidaire* | PRE SOL SAN | FAM AD | CAF COM CD
T Épicerie solidaire de {quartier} | Le Panier solidaire | L'Épi du quartier
R L'épicerie solidaire propose des produits alimentaires et d'hygiène à dix ou vingt pour cent de leur prix à des familles aux revenus modestes, pendant une durée limitée et autour d'un projet.
R Au-delà des courses, l'épicerie est un lieu d'accueil, d'ateliers cuisine et d'accompagnement budgétaire.
D Les familles sont orientées par les travailleurs sociaux et accèdent à l'épicerie pour trois à six mois renouvelables.
D Chaque famille définit un projet : rembourser une dette, financer le permis, partir en vacances.
D Les produits viennent de la banque alimentaire, de dons de supermarchés et d'achats.
D Des bénévoles assurent la tenue du magasin et l'accueil.
O {n} familles ont fréquenté l'épicerie dans l'année.
O Plusieurs familles ont réalisé leur projet grâce aux économies.
O Les ateliers cuisine ont créé des liens entre les familles.
L Les produits frais manquent souvent.
L Les délais d'orientation sont longs.
S Développer un approvisionnement auprès des producteurs locaux.

== jardin-partage* | ENV DD SOL | TP | BAI COM ASSO
T Jardin partagé de {quartier} | Les Potagers du coin | Jardin des voisins
R Un jardin collectif cultivé par des habitants de toutes origines et de tous âges, sur un terrain mis à disposition par la commune, avec des parcelles partagées et un espace de convivialité.
R Le jardin offre des légumes frais, des temps d'échange et des animations pour les enfants du quartier.
D Un collectif de jardiniers gère le planning, l'arrosage et les récoltes.
D Une animatrice accompagne le groupe et organise des ateliers de jardinage au naturel.
D Le jardin accueille les enfants de l'accueil de loisirs et d'une école.
O Les jardiniers partagent leurs savoirs et leurs récoltes.
O Le terrain auparavant délaissé est devenu un lieu de vie.
L L'arrosage en été repose sur quelques personnes.
S Créer un verger et un espace pour les personnes à mobilité réduite.

== cuisine-du-monde | CUL MIX SAN | TP | ASSO
T Cuisines du monde | Saveurs d'ici et d'ailleurs | Recettes de nos pays
R Des ateliers où les habitants transmettent les recettes de leur pays d'origine et cuisinent ensemble, avant un repas partagé.
R Chaque mois, une cuisinière ou un cuisinier amateur présente un plat et son histoire.
D Chaque mois, une habitante ou un habitant présente un plat de son pays et raconte son histoire familiale.
D Les participants cuisinent ensemble dans la cuisine pédagogique, par petits groupes.
D Les ingrédients sont achetés la veille au marché avec le cuisinier du jour.
D Les recettes sont rassemblées dans un livre illustré, vendu au profit de l'atelier.
O Les participants ont découvert des cuisines et des cultures nouvelles.
O Des habitantes qui parlaient peu ont pris confiance en transmettant leur savoir-faire.
O Le repas partagé attire chaque mois de nouveaux habitants.
L La cuisine est trop petite pour accueillir tout le monde.
L Certains ingrédients sont difficiles à trouver sur place.
S Organiser un festival des cuisines du monde.

== glanage-anti-gaspi | ENV SOL PRE | TP | ASSO COM
T Glanage solidaire | Zéro gaspi au marché | Les glaneurs du dimanche
R Des bénévoles récupèrent les invendus du marché et des producteurs pour les redistribuer ou les cuisiner lors de repas solidaires.
R L'action sensibilise au gaspillage alimentaire.
D Les commerçants du marché mettent de côté leurs invendus en fin de matinée.
D Les bénévoles trient sur place et répartissent entre distribution gratuite et atelier cuisine.
D Une soupe est préparée avec les légumes abîmés et servie à tous.
D Des glanages dans les champs sont organisés après les récoltes avec des agriculteurs.
O Plusieurs centaines de kilos de produits ont été sauvés chaque mois.
O Les commerçants sont sensibilisés et donnent plus volontiers.
O Des familles repartent avec des fruits et légumes frais.
L La logistique est lourde pour des bénévoles.
L Sans chambre froide, les produits doivent être distribués le jour même.
S Trouver une chambre froide partagée.

== paniers-producteurs | DD SOL SAN | FAM AD | ASSO
T Paniers de légumes solidaires | Le groupement d'achat | Du producteur au quartier
R Un groupement d'achat permet aux habitants de commander des paniers de produits locaux à prix réduit, avec une participation adaptée aux revenus.
R Les paniers sont livrés chaque semaine au centre social.
D Les commandes sont passées en ligne ou au centre avant le lundi.
D Les paniers sont livrés chaque jeudi au centre par deux producteurs.
D Une caisse de solidarité réduit le prix des paniers pour les familles aux revenus modestes.
D Des visites de fermes permettent de rencontrer les producteurs.
O Des familles mangent davantage de légumes frais et de saison.
O Les producteurs ont trouvé de nouveaux clients réguliers.
O Des familles ont découvert des légumes qu'elles ne cuisinaient pas.
L Les produits locaux restent plus chers que ceux des supermarchés.
L La variété des légumes est limitée en hiver.
S Étendre le dispositif à l'épicerie solidaire.

== frigo-solidaire | SOL ENV | TP | ASSO COM
T Frigo solidaire | Le frigo partagé | Servez-vous, partagez
R Un réfrigérateur en libre-service installé devant le centre social, où chacun peut déposer ou prendre des aliments.
R Des règles d'hygiène sont affichées et un nettoyage quotidien est assuré.
D Le réfrigérateur est installé sous l'auvent du centre, accessible de sept heures à vingt-deux heures.
D Boulangeries, primeurs et une supérette déposent leurs invendus en fin de journée.
D Des bénévoles passent deux fois par jour pour vérifier les dates, retirer les produits douteux et nettoyer.
D Une charte affichée précise ce qui peut être déposé : pas de viande crue, pas de plats entamés, pas d'alcool.
O Le frigo est vidé chaque jour, signe d'un besoin réel.
O Des habitants déposent régulièrement les surplus de leur jardin ou de leurs courses.
O Le gaspillage des commerces partenaires a diminué.
L Le respect des règles d'hygiène demande une vigilance constante.
L Des dégradations ont obligé à déplacer le frigo une fois.
S Installer un second frigo dans le quartier voisin.

== cantine-quartier | SOL SAN MIX | TP | ASSO COM
T Cantine de quartier | Le Resto du coin | Table ouverte
R Un restaurant associatif ouvert à tous le midi, avec des repas à prix libre préparés par des habitants et une cuisinière.
R La cantine est un lieu de mixité où se croisent salariés, retraités et familles.
D Les menus sont faits maison avec des produits locaux et de saison, affichés la veille.
D Une cuisinière salariée est aidée chaque jour par trois ou quatre habitants bénévoles.
D Le prix libre, affiché avec un prix conseillé, permet à chacun de manger selon ses moyens.
D Des repas à thème sont organisés, préparés par des habitants de différentes origines.
O Une cinquantaine de repas sont servis chaque midi à des publics très mélangés.
O Des bénévoles ont acquis des compétences en cuisine collective et deux ont trouvé un emploi.
O Des salariés des entreprises voisines côtoient désormais les familles du quartier.
L L'équilibre financier reste fragile avec le prix libre.
L Les normes d'hygiène de la restauration collective sont exigeantes.
S Développer un service traiteur pour les associations.

== petits-dejeuners | SAN EDU | ENF | EN COM
T Petit déjeuner pour tous | Bien commencer la journée | Le petit déjeuner à l'école
R Des petits déjeuners équilibrés sont servis aux enfants avant la classe, avec des ateliers sur l'importance du repas du matin.
R Les parents sont invités à partager le petit déjeuner une fois par mois.
D Le petit déjeuner est servi dans une salle de l'école, de huit heures à huit heures vingt, avant l'entrée en classe.
D Les produits, pain, lait, fruits, viennent d'une boulangerie et d'un producteur locaux.
D Une diététicienne anime des rencontres avec les parents sur le repas du matin.
D Les enfants participent à la préparation et au rangement à tour de rôle.
O Les enseignants constatent une meilleure attention en fin de matinée.
O Des parents ont modifié les habitudes du matin à la maison.
O Les enfants goûtent des produits qu'ils ne connaissaient pas.
L Le financement n'est assuré que d'une année sur l'autre.
L Certaines familles se sentent jugées sur leur façon de nourrir leurs enfants.
S Étendre le petit déjeuner à d'autres écoles.

== cuisine-petit-budget | PRE SAN | AD FAM | CAF ASSO
T Cuisiner malin | Bien manger avec peu | Recettes économiques
R Des ateliers pour cuisiner des repas équilibrés avec un petit budget, à partir de produits simples et de saison.
R Les participants comparent les prix et apprennent à faire des menus de la semaine.
D Chaque atelier part d'un budget fixe : nourrir quatre personnes avec moins de huit euros.
D Les participants comparent les prix au kilo et apprennent à lire les promotions.
D Des visites du marché en fin de matinée montrent où trouver des produits moins chers.
D Un carnet de recettes économiques est constitué au fil des ateliers.
O Les participants disent avoir réduit leurs dépenses alimentaires.
O Ils cuisinent davantage de produits bruts et moins de plats préparés.
O Les astuces circulent entre participants et dans les familles.
L Le matériel de cuisine manque chez certains participants.
L Le manque de temps reste un frein pour les parents qui travaillent.
S Prêter du matériel de cuisine.

== traiteur-insertion | EMP SOL | AD | ETAT ASSO
T Traiteur solidaire | Les cuisinières du quartier | Saveurs et emploi
R Un service traiteur porté par des femmes du quartier qui valorisent leur savoir-faire culinaire et se forment aux métiers de la restauration.
R Les prestations sont vendues aux associations et entreprises du territoire.
D Les cuisinières suivent une formation à l'hygiène alimentaire et à la gestion des stocks.
D Le centre accompagne les devis, la facturation et les relations avec les clients.
D Les menus mêlent cuisines d'Afrique du Nord, d'Afrique de l'Ouest et cuisine française.
D Un statut de coopérative est à l'étude pour que les cuisinières deviennent associées.
O Des femmes ont retrouvé un revenu régulier.
O Le traiteur est sollicité par les associations, les collectivités et les entreprises.
O Les cuisinières ont gagné en confiance et en reconnaissance.
L La cuisine du centre n'est pas aux normes professionnelles.
L Les commandes sont irrégulières selon les saisons.
S Trouver une cuisine professionnelle partagée.

== aide-alimentaire | PRE SOL | FAM AD | COM ASSO
T Distribution alimentaire | Aide alimentaire d'urgence | Colis solidaires
R Le centre organise chaque semaine une distribution de colis alimentaires pour les familles en difficulté, en lien avec la banque alimentaire.
R La distribution est accompagnée d'un accueil et d'une orientation vers les droits.
D Les bénévoles préparent les colis le mardi selon la composition de chaque famille.
D La distribution a lieu le mercredi, avec un accueil café où l'on peut parler de sa situation.
D Les familles sont orientées par les travailleurs sociaux du département et de la commune.
D Une conseillère tient une permanence pendant la distribution pour vérifier les droits.
O De nombreuses familles ont été aidées pendant les périodes les plus difficiles.
O Des familles ont été orientées vers d'autres aides et ont vu leur situation s'améliorer.
O Des personnes aidées sont devenues bénévoles.
L La demande augmente plus vite que les dons.
L Les produits frais manquent dans les colis.
S Évoluer vers une épicerie solidaire où les familles choisissent.

== conserverie | DD ENV EMP | AD | ASSO
T Conserverie solidaire | Bocaux du quartier | Mettre l'été en bocaux
R Un atelier de transformation de fruits et légumes en conserves, confitures et soupes, à partir des surplus des producteurs et des jardins.
R Les bocaux sont partagés ou vendus au profit du projet.
D Un stérilisateur professionnel a été acheté avec une subvention.
D Les participants apprennent les règles d'hygiène et de stérilisation.
D Les fruits et légumes viennent des producteurs du territoire et des jardins partagés.
D Chaque bocal est étiqueté avec sa date et sa composition.
O Des centaines de bocaux ont été produits en une saison.
O Les surplus de récolte ne sont plus perdus.
O Les participants refont des conserves chez eux.
L La réglementation sur la vente est contraignante.
L Le stockage des bocaux est limité.
S Développer la vente dans les épiceries du territoire.

== festival-soupes | CUL SOL | TP | COM ASSO
T Festival des soupes | La grande soupe | Soupes en fête
R Un concours de soupes ouvert à tous les habitants, suivi d'une dégustation collective et d'une soirée festive.
R Chaque équipe présente sa soupe au jury populaire.
D Les légumes sont fournis par les jardins partagés et des producteurs.
D Les enfants de l'accueil de loisirs décorent les stands et préparent une soupe.
D Un jury populaire goûte toutes les soupes et vote avec des jetons.
D Un prix est remis à la soupe la plus originale et à la plus appréciée des enfants.
O La fête a réuni de nombreux habitants en plein hiver.
O Des équipes se sont formées entre voisins d'un même immeuble.
O Les recettes ont été rassemblées dans un petit livret.
L Le froid limite la durée de la fête en extérieur.
L Le nombre d'équipes reste modeste.
S Installer la fête sous un abri couvert et chauffé.

== poulailler-collectif | ENV DD | TP | BAI COM
T Poulailler partagé | Des poules au quartier | Les poules de {quartier}
R Un poulailler collectif installé au pied des immeubles, géré par des familles qui nourrissent les poules avec leurs déchets de cuisine et partagent les œufs.
R Le poulailler réduit les déchets et crée des liens entre voisins.
D Une douzaine de familles se relaient selon un planning pour nourrir les poules et ramasser les œufs.
D Un vétérinaire a conseillé le groupe pour la santé des poules et l'hygiène.
D Les enfants participent aux soins et suivent la ponte sur un tableau.
D Les œufs sont partagés entre les familles participantes.
O Les déchets de cuisine des familles ont nettement diminué.
O Les enfants sont fiers de leurs poules et en parlent à l'école.
O Des voisins qui ne se parlaient pas se retrouvent au poulailler.
L Les périodes de vacances posent problème pour le planning.
L Une attaque de renard a obligé à renforcer l'enclos.
S Installer un second poulailler dans une autre résidence.

"""
