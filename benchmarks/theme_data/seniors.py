"""Themes: seniors, intergénérationnel."""

THEMES = """
%% seniors

== visites-isolement* | SOL INT | SEN | CD ASSO
T Visites de convivialité | Rompre l'isolement des aînés | Bénévoles visiteurs de {ville}
R Des bénévoles rendent visite chaque semaine à des personnes âgées isolées à domicile pour discuter, jouer, sortir faire quelques pas ou simplement partager un café.
R Les personnes visitées sont signalées par les services d'aide à domicile, les voisins ou la mairie, et rencontrées d'abord par la coordinatrice.
D Chaque binôme bénévole-aîné est constitué après une rencontre et suivi par la coordinatrice.
D Les bénévoles sont formés à l'écoute, au repérage des signes de fragilité et aux limites de leur rôle.
D Un groupe d'échange entre bénévoles se réunit tous les deux mois.
O {n} personnes âgées ont reçu des visites régulières cette année.
O Des aînés qui ne sortaient plus ont rejoint des activités collectives du centre.
L Les bénévoles manquent pour répondre à toutes les demandes.
S Recruter des bénévoles parmi les jeunes retraités et les étudiants.

== repas-partages-seniors* | SOL SAN | SEN | COM CD
T Repas partagés des aînés | À table ensemble | Le déjeuner du {jour}
R Un déjeuner convivial est proposé chaque semaine aux personnes âgées du quartier, préparé en partie par les participants eux-mêmes.
R Le repas est l'occasion de rompre la solitude, de bien manger et de découvrir les autres activités du centre.
D Une navette vient chercher les personnes qui ne peuvent pas se déplacer seules.
D Les menus sont établis avec une diététicienne et les participants proposent des recettes de leur région.
D Le prix du repas est modulé selon les ressources.
O Les participants disent attendre ce rendez-vous de la semaine.
O Des amitiés se sont créées et se prolongent hors du centre.
L La salle ne permet pas d'accueillir plus de vingt-cinq personnes.
S Ouvrir ponctuellement le repas aux enfants de l'accueil de loisirs.

== equilibre-prevention-chutes | SAN | SEN | ARS CD ASSO
T Ateliers équilibre | Prévention des chutes | Bien dans ses jambes
R Un cycle d'ateliers de prévention des chutes pour les plus de soixante ans : exercices d'équilibre, renforcement musculaire et conseils pour sécuriser son logement.
R Un éducateur sportif spécialisé évalue chaque participant au début et à la fin du cycle.
D Le cycle compte douze séances d'une heure en groupe de douze personnes.
D Un ergothérapeute intervient pour conseiller sur l'aménagement du domicile.
D Les participants apprennent à se relever seuls après une chute.
O Les tests d'équilibre montrent une amélioration chez la plupart des participants.
O Les participants ont repris confiance pour sortir seuls.
L Les personnes les plus fragiles ne peuvent pas se déplacer jusqu'au centre.
S Proposer une suite avec une activité physique régulière.

== ateliers-memoire | SAN INT | SEN | ARS CD
T Ateliers mémoire | Gym cerveau | Mémoire en éveil
R Des ateliers hebdomadaires pour entretenir sa mémoire par des jeux, des exercices et des échanges, animés par une animatrice formée.
R Les participants apprennent des techniques de mémorisation utiles dans la vie quotidienne.
D Le cycle de douze séances commence par une conférence d'un gériatre sur le vieillissement de la mémoire.
D Les exercices portent sur les noms et les visages, les listes de courses, les itinéraires et l'attention.
D Chaque séance se termine par une astuce à appliquer dans la semaine : un carnet, un rituel, une association d'idées.
D Une séance de bilan permet à chacun de mesurer ses progrès et d'exprimer ses inquiétudes.
O Les participants se sentent plus confiants et moins inquiets pour leur mémoire.
O Un groupe a décidé de continuer à se retrouver pour des jeux de lettres et de chiffres.
O Des personnes ont été encouragées à consulter en cas de difficultés persistantes.
L Les hommes sont très peu nombreux dans les groupes.
L Les personnes déjà atteintes de troubles importants ne peuvent pas suivre le cycle.
S Proposer des ateliers mémoire utilisant des tablettes.

== navette-solidaire | SOL SAN | SEN AD | COM EPCI ASSO
T Transport solidaire | Navette des courses | Les conducteurs bénévoles de {ville}
R Des conducteurs bénévoles accompagnent en voiture les personnes âgées ou sans véhicule pour leurs rendez-vous médicaux, leurs courses et leurs démarches.
R Le service fonctionne sur réservation auprès du centre social, avec une participation aux frais kilométriques.
D La communauté de communes a soutenu le lancement face à l'absence de transports en commun dans les villages.
D Les bénévoles utilisent leur propre véhicule et sont couverts par l'assurance du centre.
D Une charte précise les engagements des bénévoles et des bénéficiaires.
O Des personnes âgées ont pu rester à domicile grâce à ce service.
O Le nombre de trajets augmente chaque année.
L Les demandes se concentrent sur certains jours.
S Recruter des conducteurs dans les villages les moins couverts.

== tablettes-seniors | NUM INT | SEN | CD ASSO
T Seniors connectés | Tablettes pour tous | Les aînés et le numérique
R Des ateliers d'initiation à la tablette et au smartphone pour les plus de soixante ans : envoyer un message, faire un appel vidéo, utiliser les sites utiles.
R Les participants apprennent à leur rythme, en petits groupes, avec des tablettes prêtées par le centre.
D Le cycle compte dix séances de deux heures, en groupes de six personnes.
D Des jeunes en service civique accompagnent les participants individuellement pendant les exercices.
D Un livret pas à pas, rédigé avec des mots simples et de grandes captures d'écran, est remis à chacun.
D Les tablettes sont prêtées pendant le cycle, avec la possibilité d'en emprunter une à domicile.
O Les participants échangent désormais avec leurs petits-enfants par appel vidéo.
O Certains se sont équipés d'une tablette ou d'un smartphone après l'atelier.
O Des participants font seuls leurs démarches de retraite en ligne.
L Les niveaux sont très hétérogènes dans un même groupe.
L Les mots de passe oubliés bloquent souvent la progression.
S Proposer des permanences individuelles après le cycle.

== appels-convivialite | SOL | SEN | CD ASSO
T Allô, ça va ? | Appels de convivialité | Un coup de fil chaque semaine
R Des bénévoles appellent chaque semaine des personnes âgées isolées pour prendre des nouvelles, discuter et repérer un éventuel besoin.
R Le dispositif, lancé pendant une période de confinement, a été maintenu face à la demande.
D Chaque bénévole appelle toujours les mêmes personnes, une à deux fois par semaine.
D Les appels durent de dix à trente minutes, selon l'envie de la personne.
D Les besoins repérés, courses, santé, démarches, sont transmis à la coordinatrice avec l'accord de la personne.
D Une rencontre annuelle réunit appelants et appelés autour d'un goûter.
O Des personnes isolées disent attendre l'appel avec plaisir.
O Des situations de fragilité, chutes ou dénutrition, ont été signalées à temps.
O Des personnes appelées ont rejoint des activités du centre.
L Le téléphone ne remplace pas une présence physique.
L Certaines personnes malentendantes ne peuvent pas être appelées.
S Organiser des visites pour les personnes qui le souhaitent.

== vacances-seniors | LOI SOL | SEN | CD AUT
T Seniors en vacances | Partir entre aînés | Séjour des retraités {annee}
R Un séjour d'une semaine pour des retraités aux revenus modestes, préparé avec eux et financé en partie par un programme d'aide au départ.
R Pour beaucoup, c'est le premier départ depuis des années.
D Des réunions de préparation permettent de choisir la destination et de lever les craintes du départ.
D Le programme national d'aide aux vacances des seniors réduit fortement le coût du séjour.
D Une animatrice et un bénévole accompagnent le groupe pendant toute la semaine.
D Un repas de retour réunit les participants autour des photos du séjour.
O Les participants ont retrouvé l'envie de sortir et de faire des projets.
O Des liens solides se sont créés dans le groupe et se prolongent au retour.
O Des personnes veuves ont repris confiance pour voyager.
L Certaines personnes renoncent au dernier moment pour raison de santé.
L Les personnes très dépendantes ne peuvent pas partir.
S Proposer des séjours plus courts, à proximité.

== plan-canicule | SAN SOL | SEN | COM ARS
T Veille canicule | Été solidaire | Attention aux aînés pendant les fortes chaleurs
R Pendant l'été, le centre appelle et visite les personnes âgées inscrites sur le registre communal pour vérifier qu'elles vont bien et qu'elles s'hydratent.
R Une salle rafraîchie est ouverte l'après-midi pendant les épisodes de forte chaleur.
D Les équipes sont formées aux signes de déshydratation et aux gestes de prévention.
D Des brumisateurs et des bouteilles d'eau sont distribués lors des visites.
D La mairie transmet la liste des personnes inscrites au registre.
O Aucune situation grave n'a été constatée parmi les personnes suivies.
O Des personnes se sont inscrites au registre après le passage du centre.
L Les personnes les plus isolées ne sont pas toujours inscrites.
S Faire connaître le registre tout au long de l'année.

== cafe-aidants | SAN SOL | AD SEN | ARS CD ASSO
T Café des aidants | Souffler un peu | Aidants, parlons-en
R Un rendez-vous mensuel pour les personnes qui accompagnent un proche malade, âgé ou handicapé, pour échanger et s'informer.
R Une psychologue anime les échanges et des professionnels interviennent selon les thèmes choisis.
D Les rencontres ont lieu un samedi matin par mois dans un café du centre-ville.
D Une psychologue anime les échanges, des professionnels interviennent selon les thèmes.
D Les thèmes abordés : la culpabilité, les aides financières, le répit, les relations avec les soignants.
D Un accueil du proche aidé est organisé pendant la rencontre par une association d'aide à domicile.
O Des aidants ont accepté pour la première fois une solution de répit.
O Les participants se sentent moins seuls et reconnus dans leur rôle.
O Des aidants ont découvert des aides auxquelles ils avaient droit.
L Les aidants manquent de temps pour venir.
L Les aidants les plus épuisés ne viennent pas.
S Organiser des rencontres en soirée et à domicile.

== adaptation-logement-seniors | LOG SAN | SEN | CD BAI ASSO
T Bien chez soi | Adapter son logement | Vieillir chez soi en sécurité
R Des ateliers et des visites conseils pour aider les personnes âgées à adapter leur logement : barres d'appui, éclairage, douche, petits travaux.
R Un ergothérapeute et un bricoleur bénévole accompagnent les personnes de l'évaluation à la réalisation.
D Un ergothérapeute visite le logement et propose des aménagements adaptés.
D Un bricoleur bénévole installe les petits équipements : barres d'appui, rampes, éclairage automatique.
D Un appartement témoin présente les aménagements possibles.
D Les dossiers d'aide financière sont montés avec les personnes.
O Des logements ont été adaptés et des chutes évitées.
O Les personnes connaissent mieux les aides à l'adaptation.
O Des personnes âgées ont pu rester chez elles plus longtemps.
L Les délais de réalisation des gros travaux sont longs.
L Certaines personnes refusent les aménagements.
S Développer un service de petits bricolages à domicile.

== cohabitation-intergenerationnelle | LOG INT | SEN JEU | ASSO AUT
T Un toit, deux générations | Cohabitation solidaire | Logement chez l'habitant senior
R Le centre met en relation des personnes âgées disposant d'une chambre libre et des jeunes en formation cherchant un logement, en échange de présence et de petits services.
R Chaque cohabitation est encadrée par une convention et suivie par une médiatrice.
D Les candidats, seniors et jeunes, sont rencontrés séparément pour connaître leurs attentes et leurs habitudes.
D Une première rencontre est organisée au domicile du senior en présence de la médiatrice.
D La convention précise les engagements : présence le soir, petits services, participation aux charges.
D Un point est fait chaque mois la première année, puis chaque trimestre.
O Des étudiants et des apprentis ont trouvé un logement à faible coût.
O Des personnes âgées se sentent plus en sécurité la nuit.
O Des amitiés durables sont nées entre générations.
L Les appariements demandent beaucoup de temps et de rencontres.
L Certaines cohabitations se sont arrêtées après quelques semaines.
S Faire connaître le dispositif aux centres de formation d'apprentis.

== jeunes-retraites-engages | CIT INT SOL | SEN AD | ASSO
T Retraités actifs | Après le travail, s'engager | Jeunes retraités bénévoles
R Un accueil des jeunes retraités qui souhaitent s'engager comme bénévoles : présentation des besoins, rencontre avec des associations, accompagnement des premiers pas.
R Un atelier de préparation à la retraite aborde aussi l'organisation du temps et le lien social.
D Les réunions d'information sont organisées avec les caisses de retraite.
D Les retraités choisissent parmi une liste de missions : accompagnement scolaire, accueil, transport, jardin.
D Un parrainage par un bénévole expérimenté facilite les premiers pas.
D Un atelier de préparation à la retraite aborde l'organisation du temps et le lien social.
O De nouveaux bénévoles ont rejoint le centre et les associations locales.
O Les retraités disent avoir trouvé un nouveau rythme et un sentiment d'utilité.
O Des compétences professionnelles ont été mises au service des associations.
L L'engagement ponctuel est plus recherché que l'engagement régulier.
L Les grands-parents gardent souvent leurs petits-enfants, ce qui limite leur disponibilité.
S Proposer des missions courtes et flexibles.

== enfants-ehpad | INT | ENF SEN | AUT COM
T Les enfants à l'EHPAD | Rencontres petits et grands | Jeux entre générations
R Les enfants de l'accueil de loisirs rendent visite chaque mois aux résidents d'un EHPAD pour jouer, chanter et cuisiner ensemble.
R Les rencontres préparées avec l'animatrice de l'établissement rapprochent deux générations qui se croisent peu.
D Les enfants préparent chaque visite : jeux, chansons, gâteaux.
D Les rencontres ont lieu un mercredi par mois dans la salle d'animation de l'établissement.
D Un carnet de correspondance circule entre les enfants et les résidents entre deux visites.
D Les résidents viennent au centre social pour la fête de fin d'année.
O Les résidents attendent avec impatience la venue des enfants.
O Les enfants ont changé de regard sur la vieillesse et la maladie.
O Le personnel de l'établissement a intégré les rencontres à son projet d'animation.
L Certains résidents fatiguent vite et les séances doivent rester courtes.
L Des enfants sont impressionnés lors des premières visites.
S Organiser des ateliers jardinage entre enfants et résidents.

== balades-patrimoine | LOI SAN | SEN | ASSO
T Balades découverte | Marcher et découvrir | Les sentiers de {ville}
R Des balades commentées hebdomadaires pour les seniors, à la découverte du patrimoine et des sentiers de la commune.
R Les balades allient activité physique douce, convivialité et découverte de l'histoire locale.
D Des bénévoles passionnés d'histoire préparent les itinéraires et les commentaires.
D Les parcours font de trois à six kilomètres, avec des pauses sur des bancs.
D Les balades passent par le vieux bourg, les lavoirs, les moulins et les anciennes fermes.
D Un goûter dans un café du village termine chaque balade.
O Les participants marchent davantage au quotidien.
O Des retraités nouvellement installés ont découvert leur commune.
O Les balades ont fait naître un groupe d'amis qui se voit aussi en dehors.
L Les balades sont annulées par mauvais temps.
L Les personnes ayant des difficultés à marcher ne peuvent pas suivre.
S Éditer un guide des balades.

== nutrition-seniors | SAN | SEN | ARS ASSO
T Bien manger après soixante ans | Assiette des aînés | Nutrition seniors
R Des ateliers sur l'alimentation des seniors : équilibre, dénutrition, hydratation, cuisine simple pour une personne.
R Les participants cuisinent ensemble et repartent avec des recettes adaptées.
D Une diététicienne anime les ateliers : équilibre, dénutrition, hydratation, cuisine pour une personne.
D Les participants cuisinent ensemble des recettes simples et peu coûteuses.
D Des conseils sont donnés pour faire ses courses avec un petit budget et de petites portions.
D Un repas partagé clôt le cycle.
O Les participants sont plus attentifs à leur alimentation et à leur poids.
O Des situations de dénutrition ont été repérées et signalées au médecin.
O Des personnes qui mangeaient seules se retrouvent pour cuisiner ensemble.
L Les personnes les plus isolées viennent peu.
L Les habitudes alimentaires changent lentement.
S Proposer des ateliers à domicile avec les services d'aide.

%% intergénérationnel

== lire-faire-lire | INT CUL EDU | SEN ENF | EN ASSO
T Lire et partager | Grands lecteurs, petits écouteurs | Les retraités lisent aux enfants
R Des retraités bénévoles lisent des histoires aux enfants dans les écoles et à l'accueil de loisirs, pour transmettre le plaisir de lire.
R Chaque lecteur vient une fois par semaine pour un petit groupe d'enfants.
D Chaque lecteur bénévole vient une fois par semaine lire à un petit groupe de quatre à six enfants.
D Les livres sont choisis avec la bibliothécaire et l'enseignant.
D Une formation à la lecture à voix haute est proposée aux nouveaux lecteurs.
D Les lecteurs se retrouvent chaque trimestre pour échanger sur leurs lectures.
O Les enfants attendent la venue de leur lecteur et empruntent les livres lus.
O Les retraités se sentent utiles et gardent un lien avec l'école.
O Des enfants en difficulté de lecture ont pris goût aux histoires.
L Le nombre de lecteurs ne suffit pas pour toutes les classes.
L Les lecteurs sont absents pendant leurs propres vacances.
S Recruter de nouveaux lecteurs.

== memoire-quartier | CUL INT CIT | TP | COM BAI ASSO
T Mémoires de {quartier} | Il était une fois notre quartier | Récits d'habitants
R Les habitants racontent l'histoire de leur quartier à travers des entretiens enregistrés, des photos et des objets, rassemblés dans une exposition et un livre.
R Le projet relie les anciens habitants et les nouveaux arrivants autour d'une histoire commune.
D Des jeunes du quartier, formés à l'entretien, ont interrogé une trentaine d'anciens habitants.
D Les photos prêtées par les familles ont été numérisées et légendées avec leurs propriétaires.
D Des objets, cartes et plans anciens ont été collectés auprès des habitants et des archives municipales.
D L'exposition a été présentée dans les halls d'immeubles avant de s'installer au centre.
O Les habitants ont redécouvert l'histoire de leur quartier, de sa construction à aujourd'hui.
O Les liens entre anciens et jeunes se sont renforcés autour des entretiens.
O Les nouveaux arrivants ont mieux compris l'attachement des anciens au quartier.
L Le travail de recueil a pris plus de temps que prévu.
L Certains anciens n'ont pas souhaité être enregistrés.
S Publier les récits en ligne et sur des panneaux dans le quartier.

== echange-savoirs | SOL INT MIX | TP | ASSO
T Réseau d'échanges de savoirs | Tout le monde sait quelque chose | Je t'apprends, tu m'apprends
R Un réseau où chacun peut apprendre et transmettre un savoir : cuisine, couture, langue, informatique, bricolage, sans argent.
R Les offres et demandes sont recueillies et mises en relation par une animatrice.
D Une animatrice recueille les offres et les demandes de savoirs lors d'un entretien d'accueil.
D Les échanges ont lieu au centre ou chez les habitants, par deux ou en petits groupes.
D Un tableau des savoirs offerts et demandés est affiché à l'accueil et mis à jour chaque semaine.
D Une réunion mensuelle du réseau permet de faire le point et de fêter les échanges réussis.
O Des habitants se sont découvert des compétences qu'ils ne pensaient pas transmissibles.
O Des liens durables se sont créés entre personnes d'âges et d'origines différents.
O Chacun est tour à tour apprenant et enseignant, ce qui change le regard sur soi.
L Certaines demandes restent sans réponse faute d'offreur.
L Les échanges s'arrêtent quand l'une des personnes déménage.
S Développer des échanges collectifs autour de la cuisine et du bricolage.

== tricot-solidaire | SOL INT | SEN AD | ASSO
T Tricot solidaire | Les mailles du cœur | Club tricot du {jour}
R Un groupe de tricoteuses et tricoteurs réalise des vêtements et couvertures pour la maternité et les personnes à la rue.
R Le club est ouvert aux débutants qui apprennent auprès des plus expérimentés.
D La laine est donnée par les habitants et par une mercerie qui ferme.
D Le club se réunit chaque semaine autour d'un thé, les débutants apprennent auprès des expertes.
D Les réalisations, bonnets, couvertures, brassières, sont remises à la maternité et aux maraudes.
D Des enfants viennent apprendre à tricoter pendant les vacances scolaires.
O Des centaines de pièces ont été données en une année.
O Le club est devenu un lieu d'échange chaleureux pour des personnes isolées.
O Des enfants ont appris un savoir-faire transmis par leurs aînées.
L Le groupe vieillit et se renouvelle peu.
L La laine manque certaines années.
S Ouvrir un créneau le soir pour les actives.

== olympiades-generations | INT LOI | TP | COM ASSO
T Olympiades intergénérationnelles | Jeux des générations | Défis petits et grands
R Une journée de jeux et de défis où des équipes mêlant enfants, parents et grands-parents s'affrontent dans la bonne humeur.
R Les épreuves mêlent adresse, mémoire, chant et culture générale.
D Les épreuves sont préparées par un comité d'habitants de tous âges.
D Chaque équipe doit compter au moins trois générations.
D Les épreuves mêlent adresse, mémoire, chant, culture générale et course en sac.
D La journée se termine par un repas partagé et une remise de médailles en chocolat.
O Les participants ont apprécié le mélange des âges et la bonne humeur.
O Les équipes se reforment d'une année sur l'autre.
O Des grands-parents sont venus avec des petits-enfants qu'ils voient peu.
L La météo influence fortement la participation.
L Les adolescents participent peu.
S Organiser une édition d'hiver en intérieur.

== accorderie | SOL MIX | AD | ASSO AUT
T Banque de temps | Une heure donnée, une heure reçue | Accorderie de {ville}
R Une banque de temps où les habitants échangent des services : une heure de service rendu donne droit à une heure de service reçu.
R Les services vont du bricolage à la garde d'animaux en passant par l'aide administrative.
D Les membres s'inscrivent lors d'une réunion d'accueil qui présente la règle : une heure vaut une heure.
D Une plateforme simple enregistre les heures données et reçues.
D Les services vont du bricolage à la garde d'animaux en passant par l'aide administrative.
D Des rencontres festives rassemblent les membres chaque trimestre.
O Des centaines d'heures de services ont été échangées.
O Les membres se sentent moins isolés et plus utiles.
O Des personnes aux revenus modestes accèdent à des services qu'elles ne pourraient pas payer.
L Certains membres accumulent des heures sans oser les utiliser.
L La plateforme en ligne décourage les moins à l'aise avec le numérique.
S Développer les échanges collectifs.

"""
