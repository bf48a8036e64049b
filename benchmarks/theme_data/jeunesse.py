"""Themes: jeunesse."""

THEMES = """
%% jeunesse

== chantiers-jeunes* | EMP CIT | JEU | BAI COM ETAT
T Chantiers éducatifs jeunes | Chantier jeunes de l'été | Premier chantier, premier salaire
R Des jeunes de seize à vingt-cinq ans réalisent des travaux utiles au quartier, peinture de halls, nettoyage d'espaces verts, petits aménagements, en échange d'une rémunération.
R Le chantier est une première expérience de travail encadrée, qui sert de tremplin vers l'emploi ou la formation.
D Les chantiers durent une semaine, à raison de quatre heures par jour, encadrés par un éducateur technique.
D Les jeunes sont recrutés après un entretien avec l'animateur jeunesse et s'engagent sur un règlement.
D Le bailleur commande les travaux et finance une partie des salaires via une association intermédiaire.
O {n} jeunes ont travaillé sur un chantier dans l'année, dont plusieurs pour la première fois.
O Les halls repeints par les jeunes sont respectés par les habitants.
L Le nombre de places ne couvre pas toutes les demandes.
S Prolonger le chantier par un accompagnement vers un emploi saisonnier.

== junior-association | CIT | JEU | ASSO AUT
T Junior association « Les Audacieux » | Monter sa junior association | Les jeunes créent leur association
R Un groupe de jeunes de quatorze à dix-sept ans a créé une junior association pour mener ses propres projets, accompagné par le centre social.
R Les jeunes gèrent eux-mêmes un budget, organisent des événements et prennent des décisions en assemblée.
D L'animateur jeunesse a aidé le groupe à rédiger ses statuts simplifiés et à ouvrir un compte.
D Les jeunes ont organisé un tournoi sportif, une soirée de quartier et une collecte pour une association humanitaire.
D Des réunions mensuelles permettent de suivre les comptes et de répartir les tâches.
O Les jeunes ont appris à parler devant des adultes et à défendre un budget.
O La junior association est reconnue par la mairie qui l'a invitée à plusieurs événements.
L Le groupe dépend beaucoup de deux ou trois leaders.
S Accompagner la transformation en association classique à la majorité des membres.

== conseil-jeunes | CIT | JEU | COM
T Conseil local des jeunes de {ville} | La voix des jeunes | Parlement des jeunes du territoire
R Un conseil de jeunes de quinze à vingt-cinq ans donne son avis sur les projets de la commune et conduit ses propres actions.
R Les jeunes conseillers sont volontaires, se réunissent deux fois par mois et présentent leurs propositions au conseil municipal.
D Le conseil a travaillé sur les horaires de la médiathèque, la création d'un abri pour les jeunes et la gratuité des transports.
D Les jeunes ont été formés à la prise de parole et à la conduite de réunion.
D Un élu référent assiste à une réunion par trimestre.
O La commune a adopté plusieurs propositions des jeunes.
O Les jeunes conseillers se sont investis dans d'autres engagements : service civique, associations.
L La mobilisation baisse au moment des examens.
S Ouvrir le conseil aux jeunes des communes voisines.

== espace-jeunes* | LOI MIX | JEU | COM CAF
T Espace jeunes de {quartier} | Le Local | Accueil ados du soir
R L'espace jeunes accueille les adolescents de onze à dix-sept ans après les cours, le mercredi et pendant les vacances : activités, projets, écoute et accompagnement.
R Un lieu à eux, encadré par deux animateurs, où les jeunes peuvent se retrouver, proposer des projets et être écoutés.
D Les jeunes ont aménagé eux-mêmes le local avec du mobilier de récupération.
D L'accueil libre alterne avec des activités programmées : sports, sorties, ateliers cuisine, projets solidaires.
D Les animateurs vont aussi à la rencontre des jeunes dans les espaces publics du quartier.
O L'espace jeunes accueille régulièrement {n} adolescents, filles et garçons.
O Des jeunes en difficulté ont été accompagnés vers les services adaptés.
L Les filles fréquentent moins l'accueil libre que les garçons.
S Créer des créneaux réservés aux filles à leur demande.

== sport-nocturne | LOI SAN | JEU | COM ETAT
T Futsal de nuit | Les nocturnes sportives | Tournoi du soir à {quartier}
R Des soirées sportives au gymnase de vingt heures à minuit pendant l'été et le ramadan, pour occuper positivement les soirées des jeunes du quartier.
R Les nocturnes combinent futsal, basket et moments d'échange avec les animateurs et des éducateurs.
D Les soirées sont préparées avec un groupe de jeunes qui fixe les règles et organise les équipes.
D Un partenariat avec le club de futsal de la ville permet d'avoir des arbitres formés.
D Un temps de discussion sur un thème de société ponctue chaque soirée.
O Les tensions dans l'espace public ont diminué pendant les soirées d'été.
O Des jeunes éloignés des structures ont repris contact avec le centre social.
L Le gymnase n'est disponible que pendant les vacances scolaires.
S Proposer des nocturnes réservées aux filles.

== prevention-addictions | SAN | JEU | ARS ASSO EN
T Parlons addictions | Prévention des conduites à risques | Ados : prendre soin de soi
R Des actions de prévention des conduites addictives chez les jeunes : écrans, tabac, alcool, cannabis, jeux d'argent, animées avec un centre spécialisé en addictologie.
R Les jeunes réfléchissent à leurs consommations à travers des jeux, des vidéos et des rencontres avec des professionnels, sans moralisme.
D Les ateliers ont lieu à l'espace jeunes et dans les collèges partenaires.
D Des animateurs ont été formés à l'entretien motivationnel.
D Une consultation jeunes consommateurs tient une permanence mensuelle au centre.
O Des jeunes ont été orientés vers une consultation spécialisée.
O Les animateurs abordent plus facilement ces sujets avec les jeunes.
L Les parents sont difficiles à associer à l'action.
S Organiser une soirée d'information pour les parents.

== presence-educative-en-ligne | NUM | JEU | CAF ETAT
T Présence éducative sur internet | Promeneurs du net | Animateurs en ligne
R Les animateurs jeunesse assurent une présence éducative sur les réseaux sociaux pour garder le contact avec les jeunes, répondre à leurs questions et repérer les situations préoccupantes.
R Les jeunes peuvent joindre un animateur sur les réseaux à des horaires définis pour parler de leurs projets ou de leurs difficultés.
D Deux animateurs ont été formés à la présence éducative en ligne et à la protection des données.
D Des règles claires précisent ce que les animateurs publient et comment ils répondent aux messages.
D Les échanges en ligne débouchent souvent sur des rencontres au centre.
O Des jeunes qui ne fréquentaient plus le centre ont repris contact.
O Des situations de harcèlement en ligne ont été repérées et traitées.
L La frontière entre vie privée et vie professionnelle des animateurs est délicate.
S Partager la présence en ligne avec les animateurs des communes voisines.

== jobs-ete | EMP | JEU | COM ETAT AUT
T Forum jobs d'été | Mon premier job | Jobs d'été et saisonniers
R Un forum et des ateliers pour aider les jeunes à trouver un emploi saisonnier : offres locales, rédaction de CV, simulations d'entretien.
R Des employeurs du territoire viennent recruter directement les jeunes au centre social.
D Les ateliers de rédaction de CV ont lieu en mars et en avril, avant le forum de mai.
D Les jeunes mineurs sont informés de leurs droits : durée du travail, repos, rémunération.
D La mission locale et le service emploi de la commune tiennent un stand au forum.
D Des entreprises du tourisme, de l'agriculture et de la grande distribution recrutent sur place.
O De nombreux jeunes ont trouvé un emploi saisonnier, souvent leur premier contrat.
O Les employeurs reviennent chaque année et recrutent des jeunes du quartier.
O Des jeunes ont financé leur permis ou leurs études grâce à leur salaire d'été.
L Les jeunes sans moyen de transport ont un choix limité.
L Les offres pour les moins de dix-huit ans sont rares.
S Organiser un covoiturage vers les exploitations agricoles.

== bafa-citoyen | EMP CIT | JEU | CAF COM
T BAFA citoyen | Devenir animateur | Formation BAFA solidaire
R Le centre finance une partie de la formation d'animateur des jeunes du territoire en échange d'un engagement bénévole dans ses actions.
R Les jeunes passent leur brevet d'aptitude aux fonctions d'animateur et font leur stage pratique à l'accueil de loisirs.
D Les candidats présentent leur motivation devant une petite commission.
D L'engagement bénévole porte sur quarante heures dans les actions du centre.
D Un animateur tuteur accompagne chaque stagiaire.
O Plusieurs jeunes formés ont été recrutés comme animateurs l'été suivant.
O L'accueil de loisirs dispose d'animateurs connaissant bien le quartier.
L Certains jeunes abandonnent après la session théorique.
S Proposer la formation au diplôme de surveillant de baignade.

== filles-espace-public | MIX CIT | JEU | COM ETAT ASSO
T Les filles prennent leur place | Filles du quartier, à nous la ville | Place aux filles
R Un projet pour que les adolescentes occupent davantage les équipements sportifs et les espaces publics du quartier, d'où elles étaient souvent absentes.
R Un groupe de filles a enquêté sur leurs usages de la ville, proposé des aménagements et organisé des activités réservées.
D L'action est partie d'un comptage : au city stade, moins d'une personne sur dix était une fille.
D Les filles ont réalisé une marche dans le quartier pour identifier les lieux où elles se sentent mal à l'aise.
D Des créneaux sportifs réservés ont été ouverts le samedi, avec des animatrices.
O La fréquentation des filles au city stade a nettement augmenté.
O Les filles ont présenté leurs propositions au conseil municipal.
L Certaines familles restent réticentes à laisser sortir leurs filles.
S Associer les garçons à la réflexion sur le partage de l'espace.

== web-radio | CUL NUM | JEU | COM EN ASSO
T Web radio des jeunes | Ondes de {quartier} | Micro ouvert
R Des jeunes animent une web radio : ils choisissent les sujets, réalisent des interviews et enregistrent des émissions diffusées en ligne.
R La radio permet aux jeunes de s'exprimer, d'apprendre à s'informer et de valoriser leur quartier.
D Un journaliste forme les jeunes à l'interview, à l'écriture pour l'oral et au montage.
D Les émissions traitent de musique, de sport, de la vie du quartier et de sujets de société.
D Une émission en direct est organisée chaque mois depuis la place du marché.
D Les jeunes interviewent des élus, des artistes et des habitants.
O Les jeunes ont gagné en aisance à l'oral et en esprit critique.
O Des habitants écoutent les émissions et proposent des sujets.
O Un jeune a été admis dans une formation aux métiers de l'audiovisuel.
L Le matériel d'enregistrement est fragile.
L Le groupe a du mal à tenir un rythme régulier pendant les examens.
S Ouvrir la radio aux autres secteurs du centre.

== danse-urbaine | CUL | JEU | COM ASSO
T Danse hip-hop au centre | Battle de {quartier} | Crew du quartier
R Des cours de danse urbaine pour les jeunes, encadrés par un danseur professionnel, et une battle annuelle ouverte aux danseurs de la région.
R Les jeunes danseurs préparent des chorégraphies qu'ils présentent lors des fêtes et des spectacles du territoire.
D Les cours ont lieu deux soirs par semaine dans la salle polyvalente, par niveau.
D Les danseurs les plus avancés encadrent les débutants et préparent les chorégraphies.
D La battle annuelle réunit des danseurs de toute la région devant plusieurs centaines de spectateurs.
D Les jeunes se produisent aussi lors des fêtes de quartier et des spectacles scolaires.
O Des jeunes sont devenus animateurs de danse et encadrent des plus jeunes.
O La battle donne une image positive du quartier dans la presse.
O Des jeunes filles ont trouvé leur place dans un milieu souvent masculin.
L La salle n'a pas de sol adapté à la danse.
L Les déplacements vers les compétitions coûtent cher.
S Créer un atelier de danse pour les enfants de huit à onze ans.

== fresque-graffiti | CUL MIX | JEU | BAI COM
T Fresque murale participative | Graff sur le mur du gymnase | Couleurs de {quartier}
R Des jeunes réalisent une grande fresque murale sur un pignon d'immeuble avec un artiste graffeur, après avoir consulté les habitants sur le thème.
R La fresque transforme un mur gris en œuvre collective qui raconte l'histoire du quartier.
D Les jeunes ont recueilli les idées des habitants par un questionnaire et des rencontres au pied des immeubles.
D L'artiste a appris aux jeunes les techniques de la bombe, du pochoir et de la composition.
D Le mur a été préparé et nettoyé avec les services du bailleur.
D L'inauguration a réuni habitants, élus et bailleur autour d'un buffet.
O La fresque est respectée et photographiée par les passants.
O Des jeunes ont découvert un métier artistique.
O Les habitants consultés se reconnaissent dans les motifs choisis.
L Le projet a dépendu d'une météo favorable.
L Certains habitants auraient préféré un autre thème.
S Réaliser une deuxième fresque avec les enfants.

== service-civique | CIT | JEU | ETAT DDCS
T Volontaires en service civique | Accueillir des jeunes volontaires | Service civique au centre social
R Le centre accueille chaque année des jeunes en service civique pour des missions d'animation, de lien social et de médiation numérique.
R Les volontaires sont accompagnés par un tuteur et suivent une formation civique et citoyenne.
D Les missions sont définies pour ne pas remplacer un emploi salarié : médiation numérique, animation, accueil.
D Chaque volontaire a un tuteur et participe aux réunions d'équipe.
D Les volontaires suivent une formation civique et citoyenne et une formation aux premiers secours.
D Un bilan de fin de mission porte sur les compétences acquises et le projet d'avenir.
O Plusieurs volontaires ont ensuite trouvé un emploi ou une formation.
O Les volontaires apportent une énergie nouvelle aux actions du centre.
O Certains volontaires sont restés bénévoles après leur mission.
L Le tutorat demande beaucoup de temps à l'équipe.
L Certaines missions ont été interrompues en cours de route.
S Mutualiser la formation des tuteurs avec d'autres centres sociaux.

== vie-affective-ados | SAN EDU | JEU | ARS EN ASSO
T Amour, respect, consentement | Parlons relations | Filles et garçons, parlons-en
R Des ateliers sur la vie affective et sexuelle, le consentement et les relations entre filles et garçons, animés avec le planning familial.
R Les jeunes posent librement leurs questions, de façon anonyme s'ils le souhaitent, dans un cadre bienveillant.
D Les ateliers se déroulent d'abord en groupes séparés filles et garçons, puis en groupe mixte.
D Une boîte à questions anonymes recueille les questions avant chaque séance.
D Une conseillère du planning familial anime avec un animateur jeunesse.
D Les lieux ressources sont présentés : consultation jeunes, centre de santé sexuelle, numéros d'écoute.
O Les jeunes connaissent mieux les lieux ressources et s'y rendent.
O Des comportements sexistes ont été repris et discutés.
O Des situations de violence dans le couple ont été repérées.
L Certains parents s'inquiètent du contenu des ateliers.
L Les jeunes les plus concernés ne viennent pas toujours.
S Présenter les ateliers aux parents avant leur démarrage.

== travaux-interet-general | CIT | JEU AD | ETAT AUT
T Accueil de travaux d'intérêt général | Réparer et s'insérer | Mesures de réparation
R Le centre social accueille des jeunes et des adultes condamnés à des travaux d'intérêt général ou à des mesures de réparation, en lien avec le service pénitentiaire.
R Les personnes accueillies participent à l'entretien des locaux et à l'organisation des activités, encadrées par un tuteur.
D Chaque accueil commence par un entretien avec le tuteur et le conseiller d'insertion.
D Les missions sont choisies pour être utiles et valorisantes.
D Un bilan est transmis au service à la fin de la mesure.
O Des personnes ont poursuivi comme bénévoles après la mesure.
O Les mesures ont été effectuées jusqu'au bout dans la grande majorité des cas.
L Certaines missions demandent un encadrement difficile à assurer.
S Élargir les missions possibles avec les services techniques de la commune.

== e-sport | NUM LOI | JEU | COM ASSO
T Tournoi de jeux vidéo | Gaming au centre | Ligue des manettes
R Un tournoi de jeux vidéo encadré, avec des temps d'échange sur les pratiques numériques des jeunes et la place du jeu dans leur vie.
R Les jeunes organisent eux-mêmes les équipes, les règles et la diffusion en direct du tournoi.
D Les jeux sont choisis selon leur classification d'âge et validés avec les jeunes.
D Des ateliers abordent le temps d'écran, le sommeil et les achats dans les jeux.
D Les jeunes organisent les équipes, les règles et la diffusion en direct du tournoi.
D Une soirée invite les parents à jouer avec leurs enfants.
O Le tournoi attire des jeunes qui ne venaient jamais au centre.
O Les parents comprennent mieux les jeux de leurs enfants.
O Des jeunes ont découvert les métiers du jeu vidéo.
L Le matériel de jeu coûte cher.
L Les filles sont peu présentes.
S Organiser un tournoi intergénérationnel avec les seniors.

== bourse-projets-jeunes | CIT | JEU | CAF COM
T Bourse aux projets jeunes | Coup de pouce projets | Tes idées, notre soutien
R Une bourse finance et accompagne les projets portés par des jeunes de seize à vingt-cinq ans : humanitaires, culturels, sportifs ou solidaires.
R Les jeunes présentent leur projet devant un jury et reçoivent un accompagnement pour le réaliser.
D Le jury réunit des élus, des professionnels et des jeunes ayant déjà bénéficié de la bourse.
D Les porteurs de projet restituent leur expérience aux habitants.
D L'accompagnement porte sur le budget, la communication et la logistique.
O Des projets variés ont été financés : festival, séjour solidaire, court-métrage.
O Les jeunes ont gagné en autonomie.
L Peu de projets émanent des jeunes les plus éloignés des institutions.
S Aller chercher les idées des jeunes dans les espaces publics.

== eloquence | CUL EDU | JEU | EN COM
T Concours d'éloquence | Prendre la parole | La parole est à vous
R Des ateliers d'éloquence préparent des jeunes à prendre la parole en public, jusqu'à un concours final devant un jury.
R Les jeunes apprennent à construire un discours, à poser leur voix et à gérer le trac.
D Un avocat et une comédienne animent les ateliers pendant trois mois.
D Les jeunes travaillent la voix, la respiration, la gestuelle et la construction d'un argument.
D Les thèmes du concours sont tirés au sort parmi des sujets de société.
D La finale a lieu dans la salle du conseil municipal devant un jury de professionnels.
O Les jeunes se disent plus à l'aise à l'oral et en entretien.
O Des familles sont venues nombreuses soutenir les candidats.
O Des jeunes ont réinvesti l'exercice lors de leur oral du brevet.
L Les jeunes les plus timides hésitent à s'inscrire.
L Le trac a fait renoncer certains à la finale.
S Créer un atelier pour les collégiens.

== mini-camps-ados | LOI | JEU | CAF COM
T Mini-camps ados | Camp d'été des ados | Ados en vadrouille
R Des camps de quelques jours pour les adolescents, préparés par eux-mêmes : itinéraire, budget, activités, menus.
R Les ados construisent leur séjour pendant l'année et le financent en partie par des actions d'autofinancement.
D Les ados tiennent des stands lors des fêtes pour financer une partie de leur séjour.
D Ils choisissent l'itinéraire, le budget, les activités et les menus en réunion.
D Le camp comprend des activités sportives et une action solidaire sur place.
D Les règles de vie sont écrites par le groupe avant le départ.
O Les ados ont appris à gérer un budget et à vivre en groupe.
O Des ados timides ont pris des responsabilités.
O Le groupe s'est soudé et reste actif à l'espace jeunes.
L Les places sont limitées par le nombre d'animateurs.
L Certains ados abandonnent les actions d'autofinancement.
S Proposer un camp itinérant à vélo.

== decrochage-jeunes-majeurs | EMP EDU | JEU | ETAT AUT
T Raccrocher les jeunes | Jeunes sans solution | Repérer et accompagner les décrocheurs
R Une action d'aller-vers pour repérer les jeunes de seize à vingt-cinq ans sans emploi ni formation et les accompagner vers une solution.
R Un animateur rencontre les jeunes dans les espaces publics et les réseaux, puis les accompagne vers la mission locale ou une formation.
D Le repérage s'appuie sur les partenaires : clubs sportifs, épiceries, associations.
D Un accompagnement individuel est proposé sur plusieurs mois.
D Des rencontres collectives permettent aux jeunes de partager leurs expériences.
O Des jeunes ont repris une formation ou trouvé un emploi.
O Le partenariat avec la mission locale s'est renforcé.
L Certains jeunes restent injoignables après le premier contact.
S Proposer des ateliers de remobilisation par le sport.

== ados-solidaires | SOL CIT | JEU | ASSO
T Ados solidaires | Les jeunes s'engagent | Jeunes bénévoles du quartier
R Des adolescents s'engagent dans des actions solidaires : collectes alimentaires, aide aux personnes âgées, animations dans un foyer.
R L'engagement bénévole permet aux jeunes de découvrir le monde associatif et de se sentir utiles.
D Les jeunes choisissent les associations avec lesquelles ils veulent agir.
D Ils participent à des collectes alimentaires, à l'aide aux personnes âgées et à des animations dans un foyer.
D Un temps de bilan mensuel permet d'échanger sur ce qu'ils vivent.
D Une attestation d'engagement est remise aux jeunes en fin d'année.
O Les jeunes disent avoir changé de regard sur les personnes aidées.
O Des associations ont accueilli de nouveaux bénévoles.
O Des jeunes ont valorisé leur engagement dans leur dossier scolaire.
L L'engagement diminue en période d'examens.
L Certaines associations ne sont pas habituées à accueillir des mineurs.
S Valoriser l'engagement dans le parcours scolaire.

"""
