"""Themes: emploi et insertion, accès aux droits, numérique."""

THEMES = """
%% emploi

== forum-emploi | EMP | AD JEU | ETAT COM
T Forum de l'emploi de {quartier} | Job dating au centre | Rencontres employeurs-habitants
R Un forum annuel où des employeurs du territoire rencontrent directement les demandeurs d'emploi du quartier, avec des entretiens courts et des offres affichées.
R Des ateliers de préparation aident les habitants à présenter leur parcours avant le forum.
D Une vingtaine d'entreprises et d'agences d'intérim tiennent un stand.
D Le service public de l'emploi et la mission locale sont associés à la préparation.
D Les candidats préparent leur CV lors d'ateliers les semaines précédentes.
O {n} personnes ont été reçues en entretien et plusieurs ont été embauchées.
O Des employeurs ont changé de regard sur les habitants du quartier.
L Les offres portent surtout sur des contrats courts.
S Organiser des visites d'entreprises.

== creation-entreprise | EMP | AD | ETAT ASSO
T Créer son activité | Entreprendre dans le quartier | Talents des quartiers
R Un accompagnement des habitants qui ont un projet de création d'activité : idée, étude de marché, financement, statut, avec une couveuse d'entreprises.
R Des permanences mensuelles d'une conseillère en création ont lieu au centre.
D Un cycle de six ateliers collectifs présente les étapes : idée, clientèle, prix, statut, financement, démarches.
D Une conseillère d'une couveuse d'entreprises reçoit les porteurs de projet chaque mois au centre.
D Les porteurs testent leur activité lors d'un marché de créateurs ou d'une boutique éphémère.
D Un réseau de chefs d'entreprise retraités parraine les projets les plus avancés.
O Plusieurs activités ont été créées : traiteur, couture, coiffure à domicile, nettoyage.
O Des porteurs de projet ont obtenu un microcrédit ou un prêt d'honneur.
O D'autres ont renoncé à temps, après avoir vérifié la rentabilité de leur idée.
L Le passage à la création reste difficile faute d'apport personnel.
L Les démarches administratives découragent certains porteurs.
S Ouvrir un espace de travail partagé pour les créateurs du quartier.

== creche-emploi | EMP PAR | FAM PE | CAF ETAT
T Crèche à vocation d'insertion | Garde d'enfants pour chercher un emploi | Place en crèche, place à l'emploi
R Des places de crèche réservées aux parents en recherche d'emploi, en lien avec le service public de l'emploi, pour leur permettre de suivre une formation ou de travailler.
R Le parent s'engage dans un parcours d'accompagnement vers l'emploi.
D Les parents sont orientés par leur conseiller emploi, qui s'engage à les recevoir rapidement.
D Un contrat fixe les engagements du parent : ateliers, démarches, entretiens réguliers.
D Un point à trois est fait tous les trois mois entre la crèche, le parent et le conseiller.
D La place en crèche est maintenue plusieurs mois après la reprise d'emploi ou de formation.
O Une majorité de parents ont repris une formation ou un emploi dans l'année.
O Les enfants ont bénéficié d'un accueil collectif qui a facilité leur entrée à l'école.
O Des mères isolées ont pu accepter des offres qu'elles refusaient faute de garde.
L Le nombre de places réservées reste très limité.
L Les horaires de crèche ne couvrent pas les emplois en horaires décalés.
S Étendre le dispositif aux assistantes maternelles du quartier.

== ateliers-cv-entretien | EMP | AD JEU | ETAT ASSO
T Ateliers CV et entretien | Réussir son entretien | Coaching emploi
R Des ateliers pour rédiger un CV, préparer un entretien d'embauche et se présenter avec assurance, avec des simulations filmées.
R Des bénévoles issus du monde de l'entreprise jouent le rôle des recruteurs.
D Les ateliers ont lieu chaque {jour} matin, en petits groupes de six personnes.
D Chaque participant rédige ou met à jour son CV sur ordinateur et l'enregistre sur une clé.
D Des simulations d'entretien sont filmées puis analysées avec bienveillance.
D Des bénévoles issus de l'entreprise jouent le rôle des recruteurs et donnent des conseils concrets.
O Des participants ont décroché un emploi ou un stage dans les semaines suivantes.
O Les participants se disent plus à l'aise pour parler de leurs compétences.
O Des personnes ont valorisé dans leur CV des expériences qu'elles ne citaient pas.
L L'assiduité est irrégulière d'une séance à l'autre.
L Les personnes les plus éloignées de l'emploi restent peu nombreuses.
S Proposer des ateliers en soirée pour les personnes en emploi précaire.

== tenues-entretien | EMP SOL | AD | ASSO
T Dressing solidaire | Une tenue pour l'entretien | Habillé pour réussir
R Un dressing solidaire prête ou donne des tenues professionnelles aux personnes qui se présentent à un entretien d'embauche.
R Une conseillère en image accompagne le choix.
D Les vêtements professionnels sont donnés par des entreprises et des particuliers.
D Un essayage est organisé sur rendez-vous avec une conseillère en image.
D Les personnes repartent avec une tenue complète, rendue ou conservée selon les cas.
D Des conseils sont aussi donnés sur la posture et la présentation.
O Des personnes se sont présentées avec assurance à leur entretien.
O Plusieurs ont été recrutées et sont revenues donner des nouvelles.
O Le dressing a été repéré par les conseillers emploi du territoire.
L Les grandes tailles et les chaussures manquent.
L Le local d'essayage est exigu.
S Organiser une grande collecte auprès des entreprises.

== chantier-insertion | EMP ENV | AD | ETAT CD EPCI
T Chantier d'insertion espaces verts | Au vert pour l'emploi | Équipe verte
R Un chantier d'insertion emploie des personnes éloignées de l'emploi pour l'entretien des espaces verts et des chemins, avec un accompagnement socioprofessionnel.
R Les salariés se forment et préparent leur projet professionnel.
D Une encadrante technique forme l'équipe au débroussaillage, à l'élagage et à l'entretien des sentiers.
D Une accompagnatrice socioprofessionnelle suit chaque salarié dans ses démarches.
D Des formations qualifiantes sont proposées : conduite d'engins, certificat de phytosanitaires, secourisme.
D Les chantiers sont commandés par la communauté de communes et les communes.
O Plusieurs salariés ont trouvé un emploi durable ou une formation à la sortie.
O Les chemins et espaces verts du territoire sont mieux entretenus.
O Des salariés ont réglé des problèmes de logement ou de santé pendant le contrat.
L Les contrats sont courts pour lever tous les freins.
L Le travail est pénible en hiver.
S Diversifier les activités vers la menuiserie.

== femmes-emploi | EMP MIX | AD | ETAT CAF ASSO
T Femmes vers l'emploi | Reprendre confiance | Elles rebondissent
R Un accompagnement collectif de femmes éloignées de l'emploi depuis longtemps, souvent après l'éducation des enfants, pour reprendre confiance et construire un projet.
R Le parcours associe ateliers, stages et découverte des métiers.
D Les femmes se retrouvent deux matinées par semaine pendant quatre mois.
D Une garde d'enfants est proposée pendant les ateliers.
D Le parcours alterne confiance en soi, découverte des métiers, stages et démarches.
D Des femmes ayant retrouvé un emploi viennent témoigner.
O Des femmes sont entrées en formation qualifiante ou en emploi.
O Les participantes disent avoir retrouvé confiance et envie.
O Un groupe d'entraide s'est formé entre participantes.
L La garde d'enfants reste un frein après le parcours.
L Les offres proches du quartier sont rares.
S Créer un groupe de suivi après le parcours.

== valorisation-benevolat | EMP CIT | AD JEU | ASSO AUT
T Valoriser son bénévolat | Mes compétences de bénévole | Passeport bénévole
R Un accompagnement pour identifier et valoriser les compétences acquises dans le bénévolat, pour un CV ou une validation des acquis.
R Les bénévoles reçoivent un passeport de leurs compétences.
D Des entretiens individuels permettent de repérer les compétences mobilisées dans le bénévolat.
D Un passeport de compétences est rempli avec le bénévole et signé par le centre.
D Des ateliers aident à traduire ces compétences dans un CV.
D Une cérémonie de remise des passeports est organisée chaque année.
O Des bénévoles ont utilisé leur passeport dans leur recherche d'emploi.
O Certains ont engagé une validation des acquis de l'expérience.
O Les bénévoles se sentent reconnus.
L La démarche est peu connue des employeurs.
L Les entretiens prennent du temps.
S Faire connaître le passeport aux employeurs locaux.

== marche-createurs | EMP CUL | AD | COM ASSO
T Marché des créateurs | Talents du quartier | Artisans de {quartier}
R Un marché des créateurs où les habitants artisans et micro-entrepreneurs vendent leurs créations et se font connaître.
R Le marché a lieu deux fois par an.
D Des stands sont prêtés gratuitement aux créateurs du quartier.
D Une communication est faite sur les réseaux et dans la presse locale.
D Des animations musicales accompagnent le marché.
D Un atelier prépare les créateurs à présenter et fixer le prix de leurs produits.
O Les créateurs ont vendu et trouvé de nouveaux clients.
O Plusieurs créateurs se sont déclarés comme micro-entrepreneurs.
O Le marché attire des visiteurs extérieurs au quartier.
L Les ventes sont inégales selon les créateurs.
L La météo influence la fréquentation du marché de printemps.
S Créer une boutique éphémère pendant les fêtes.

== parrainage-emploi | EMP | JEU AD | ASSO ETAT
T Parrainage vers l'emploi | Un parrain pour l'emploi | Réseau de parrains
R Des professionnels bénévoles parrainent des jeunes et des adultes en recherche d'emploi pendant six mois : conseils, réseau, préparation.
R Le parrainage ouvre un réseau professionnel.
D Les binômes sont formés après un entretien avec le filleul et le parrain.
D Le parrain et le filleul se rencontrent au moins deux fois par mois pendant six mois.
D Des rencontres collectives permettent aux filleuls de développer leur réseau.
D Un bilan est fait à la fin du parrainage.
O Des filleuls ont trouvé un emploi ou une formation.
O Les parrains disent avoir changé de regard sur les quartiers.
O Des filleuls ont découvert des métiers inconnus.
L Les parrains manquent.
L Certains filleuls abandonnent en cours de route.
S Recruter des parrains dans les entreprises du territoire.

== territoire-zero-chomeur | EMP SOL | AD | COM ETAT EPCI
T Territoire zéro chômeur | Emploi pour tous | L'entreprise à but d'emploi
R Le centre participe à l'expérimentation territoire zéro chômeur de longue durée, qui crée des emplois utiles au territoire pour les personnes privées d'emploi.
R Les activités sont imaginées avec les personnes.
D Les personnes privées d'emploi sont rencontrées une à une pour connaître leurs envies et savoir-faire.
D Des activités utiles au territoire sont identifiées : ressourcerie, conciergerie, aide aux déplacements.
D Une entreprise à but d'emploi est créée et embauche en contrat à durée indéterminée.
D Le centre social participe au comité local de l'expérimentation.
O Des dizaines de personnes ont été embauchées.
O Des services nouveaux existent sur le territoire.
O Des personnes ont retrouvé un rythme et une reconnaissance sociale.
L Le financement dépend de la loi d'expérimentation.
L Les activités doivent éviter de concurrencer les entreprises existantes.
S Développer de nouvelles activités.

%% accès aux droits

== ecrivain-public* | PRE FLE | AD SEN | COM CAF
T Écrivain public | Permanence écrivain public | Aide aux courriers
R Un écrivain public reçoit les habitants pour les aider à comprendre et rédiger leurs courriers administratifs, personnels ou professionnels.
R Les permanences ont lieu deux fois par semaine, gratuitement et sans rendez-vous.
D Les demandes portent sur les impôts, la Caf, les bailleurs, la justice, mais aussi des lettres personnelles.
D L'écrivain public explique le courrier reçu avant d'aider à rédiger la réponse.
D Une confidentialité stricte est assurée et aucun document n'est conservé.
D Les situations complexes sont orientées vers les services compétents.
O Plusieurs centaines de personnes ont été reçues dans l'année.
O Des situations bloquées depuis des mois ont été débloquées.
O Des personnes ont appris à remplir seules certains formulaires.
L Les demandes dépassent les capacités des permanences.
L Les courriers en urgence arrivent souvent la veille de l'échéance.
S Former de nouveaux bénévoles.

== permanence-juridique | PRE CIT | AD | ETAT AUT
T Permanence juridique | Point d'accès au droit | Un avocat vous répond
R Des permanences gratuites d'avocats, de conciliateurs et de juristes pour informer les habitants sur leurs droits.
R Les consultations sont confidentielles.
D Les rendez-vous sont pris à l'accueil du centre social.
D Les sujets les plus fréquents : logement, famille, travail, consommation, voisinage.
D Un conciliateur de justice tient une permanence mensuelle.
D Les personnes sont orientées vers l'aide juridictionnelle si besoin.
O Les habitants connaissent mieux leurs droits.
O Des conflits de voisinage ont été réglés à l'amiable.
O Des personnes ont obtenu l'aide juridictionnelle.
L Les délais de rendez-vous sont longs.
L Certaines personnes arrivent trop tard dans la procédure.
S Ajouter une permanence en soirée.

== rendez-vous-droits | PRE SOL | FAM AD | CAF
T Rendez-vous des droits | Faire valoir ses droits | Droits ouverts
R Des rendez-vous individuels pour faire le point sur l'ensemble des droits d'une famille : prestations familiales, aides au logement, prime d'activité, complémentaire santé.
R Le centre travaille avec la Caf.
D Un questionnaire fait le tour de la situation familiale, professionnelle et des ressources.
D Les droits sont calculés sur un simulateur avec la personne.
D Les dossiers sont déposés pendant le rendez-vous ou dans la semaine.
D Un second rendez-vous vérifie que les droits ont bien été ouverts.
O Des droits ont été ouverts : prime d'activité, aide au logement, complémentaire santé.
O Des familles ont vu leurs ressources augmenter.
O Des familles ont découvert des aides dont elles n'avaient jamais entendu parler.
L Les démarches sont longues et demandent beaucoup de pièces.
L Les familles qui ne viennent jamais au centre restent difficiles à toucher.
S Aller vers les familles lors des distributions alimentaires.

== declaration-impots | PRE NUM | AD SEN | ETAT AUT
T Aide à la déclaration de revenus | Impôts, on vous aide | Permanence impôts
R Pendant la période de déclaration, des bénévoles et des agents des finances publiques aident les habitants à déclarer leurs revenus en ligne.
R L'aide évite des erreurs et des pertes de droits.
D Des permanences sont organisées pendant toute la période de déclaration.
D Les documents sont vérifiés avec la personne avant la saisie en ligne.
D Les agents des finances publiques viennent deux demi-journées pour les cas complexes.
D Les personnes sans espace personnel sont aidées à le créer.
O Des centaines de déclarations ont été faites.
O Des erreurs ont été évitées.
O Des personnes ont ouvert des droits liés à leur avis d'imposition.
L Les permanences sont saturées la dernière semaine.
L Certaines personnes arrivent sans documents.
S Ouvrir les permanences plus tôt.

== point-conseil-budget | PRE | AD FAM | ETAT CAF
T Point conseil budget | Gérer son budget | Budget, dettes, solutions
R Un point conseil budget accueille les personnes qui ont des difficultés financières pour faire le point, prévenir le surendettement et monter un dossier si nécessaire.
R Des ateliers collectifs complètent.
D Un entretien approfondi fait le point sur les revenus, charges et dettes.
D Un budget mensuel est établi avec la personne.
D Des solutions sont proposées : négociation avec les créanciers, aides, dossier de surendettement.
D Des ateliers collectifs abordent les frais bancaires et le crédit.
O Des dossiers de surendettement ont été déposés et acceptés.
O Des personnes ont retrouvé un équilibre budgétaire.
O Des frais bancaires ont été remboursés.
L Les personnes viennent souvent tard.
L La honte empêche certains de demander de l'aide.
S Repérer plus tôt avec les bailleurs et les fournisseurs d'énergie.

== dossiers-retraite | PRE | SEN AD | AUT
T Préparer sa retraite | Dossier retraite, on vous aide | Permanence retraite
R Un accompagnement des futurs retraités pour reconstituer leur carrière et déposer leur dossier de retraite, notamment ceux qui ont travaillé à l'étranger.
R Une conseillère de la caisse de retraite vient chaque mois.
D Les relevés de carrière sont vérifiés ligne par ligne.
D Les périodes manquantes sont recherchées : chômage, maladie, emplois à l'étranger.
D Le dossier est déposé en ligne avec la personne.
D Une conseillère de la caisse de retraite tient une permanence mensuelle.
O Des retraites ont été liquidées sans interruption de revenus.
O Des droits oubliés ont été récupérés.
O Des personnes ont obtenu le minimum vieillesse.
L Les carrières à l'étranger sont complexes à reconstituer.
L Les délais de traitement sont longs.
S Informer plus tôt les futurs retraités.

== violences-conjugales | SAN SOL MIX | AD | ETAT ASSO
T Violences conjugales, en parler | Permanence d'aide aux victimes | Sortir des violences
R Une permanence d'écoute et d'accompagnement pour les femmes victimes de violences conjugales, avec une association spécialisée, et des actions de sensibilisation.
R Le centre forme ses équipes au repérage.
D La permanence est confidentielle et se tient dans un bureau discret.
D Un accompagnement vers la plainte, l'hébergement et les droits est proposé.
D Une sensibilisation est organisée lors de la journée du vingt-cinq novembre.
D Les salariés et bénévoles ont été formés au repérage.
O Des femmes ont été mises en sécurité.
O Les équipes repèrent mieux les situations.
O Des femmes ont été accompagnées jusqu'au bout de leurs démarches.
L Les places d'hébergement pour les femmes et leurs enfants manquent.
L La peur empêche certaines femmes de revenir.
S Former les bénévoles de l'accueil.

== droits-etrangers | PRE FLE | AD | ASSO ETAT
T Accompagnement administratif des personnes étrangères | Titre de séjour, on vous aide | Droits des étrangers
R Un accompagnement des personnes étrangères dans leurs démarches : titre de séjour, naturalisation, regroupement familial.
R Une juriste spécialisée assure une permanence.
D Les dossiers sont préparés avec la personne : pièces, traductions, justificatifs.
D Les rendez-vous en préfecture sont pris en ligne.
D Un suivi est assuré jusqu'à la décision.
D Une juriste spécialisée assure une permanence.
O Des titres de séjour ont été obtenus ou renouvelés.
O Les personnes comprennent mieux les procédures.
O Des ruptures de droits ont été évitées.
L Les délais préfectoraux sont très longs.
L Les rendez-vous en ligne sont rares.
S Former des bénévoles.

== femmes-relais | MIX SOL FLE | AD FAM | ETAT COM
T Femmes relais | Médiation sociale et culturelle | Médiatrices du quartier
R Des médiatrices sociales et culturelles accompagnent les familles, souvent d'origine étrangère, dans leurs relations avec les institutions.
R Elles facilitent la compréhension.
D Trois médiatrices, qui parlent arabe, turc, soninké et portugais, sont salariées par l'association de médiation.
D Elles accompagnent les familles aux rendez-vous à l'école, à la maternité, à la préfecture ou chez le bailleur.
D Elles animent des réunions d'information sur les droits, la santé et la scolarité dans les langues des familles.
D Une analyse de la pratique est proposée chaque mois avec une psychologue.
O Les familles accèdent mieux aux services et osent y retourner seules.
O Les professionnels des institutions comprennent mieux les familles et leurs contraintes.
O Des malentendus graves, avec l'école ou l'hôpital, ont été évités.
L Les postes reposent sur des contrats aidés précaires.
L Les demandes dépassent ce que trois médiatrices peuvent absorber.
S Pérenniser les postes et faire reconnaître le métier de médiatrice.

== domiciliation | PRE | AD | ETAT COM
T Domiciliation administrative | Une adresse pour ses droits | Boîte aux lettres solidaire
R Le centre assure la domiciliation des personnes sans domicile stable pour qu'elles reçoivent leur courrier et accèdent à leurs droits.
R Un accueil est assuré.
D Une convention avec les services de l'État autorise le centre à délivrer des attestations d'élection de domicile.
D Le courrier est trié chaque jour et remis en main propre contre signature.
D Chaque passage est l'occasion de proposer un accompagnement vers les droits et la santé.
D Les personnes domiciliées doivent se présenter au moins une fois par trimestre.
O Des personnes sans domicile ont pu ouvrir ou conserver leurs droits sociaux.
O Le lien est maintenu avec des personnes qui n'ont plus d'autre point d'attache.
O Certaines personnes domiciliées ont retrouvé un logement grâce à l'accompagnement.
L Le service est débordé et les courriers s'accumulent.
L Le local ne permet pas de recevoir les personnes dans la confidentialité.
S Trouver un local plus grand et plus discret.

== bus-des-droits | PRE SOL | TP | CAF CD EPCI
T Bus des droits | Les droits vont vers vous | Permanence itinérante
R Un bus aménagé se rend dans les villages et les quartiers éloignés pour informer les habitants sur leurs droits et les aider dans leurs démarches.
R L'aller-vers lutte contre le non-recours.
D Le bus s'arrête chaque semaine dans un village différent, sur la place de la mairie.
D Un ordinateur, une imprimante et une connexion permettent de faire les démarches sur place.
D Des partenaires montent à bord selon les jours : Caf, assurance maladie, conseillère emploi.
D Les mairies annoncent le passage du bus dans leur bulletin et par affichage.
O Des habitants isolés, souvent âgés, ont été reçus pour la première fois.
O Des droits ont été ouverts à des personnes qui ne se déplaçaient plus jusqu'aux administrations.
O Le bus est désormais attendu dans les villages.
L Le fonctionnement du bus, carburant et entretien, coûte cher.
L Les arrêts sont courts et certaines démarches doivent être terminées plus tard.
S Ajouter des arrêts dans les hameaux les plus éloignés.

== dossiers-handicap | PRE SAN | AD FAM | CD ASSO
T Aide aux dossiers handicap | Constituer son dossier | Handicap, faire valoir ses droits
R Un accompagnement pour constituer les dossiers auprès de la maison départementale des personnes handicapées : allocation, reconnaissance, orientation.
R Le centre aide à réunir les pièces.
D Un entretien permet de comprendre la situation et les besoins de la personne ou de l'enfant.
D Le formulaire est complété avec la famille, en insistant sur le projet de vie.
D Les certificats médicaux et les bilans sont demandés aux professionnels qui suivent la personne.
D Un suivi est assuré jusqu'à la décision de la commission.
O Des droits ont été ouverts : allocation, reconnaissance de travailleur handicapé, carte mobilité.
O Les dossiers complets sont traités plus vite.
O Les familles se disent soulagées d'être accompagnées.
L Les délais de traitement restent longs.
L Les dossiers sont complexes et demandent beaucoup de pièces.
S Former des bénévoles à l'accompagnement des dossiers.

%% numérique

== demarches-en-ligne* | NUM PRE | AD SEN | CAF ETAT COM
T Aide aux démarches en ligne | Point numérique | Démarches numériques accompagnées
R Un point numérique où les habitants sont accompagnés pour leurs démarches administratives en ligne : Caf, assurance maladie, impôts, emploi, titres de séjour.
R Un conseiller numérique aide sans faire à la place, pour rendre les personnes autonomes.
D Six ordinateurs sont en accès libre avec un scanner pour numériser les justificatifs.
D Un conseiller numérique accompagne sur rendez-vous ou sans rendez-vous deux demi-journées par semaine.
D Des ateliers collectifs apprennent à créer une adresse électronique, à gérer ses mots de passe et ses espaces personnels.
D Un carnet de suivi permet à chaque personne de noter ses identifiants et ses démarches.
O Plusieurs centaines de personnes ont été accompagnées dans leurs démarches.
O Une partie d'entre elles font désormais seules leurs déclarations trimestrielles.
O Les partenaires orientent vers le point numérique plutôt que de renvoyer vers un site.
L Les demandes sont nombreuses et souvent urgentes.
L Certaines personnes ne souhaitent pas devenir autonomes et reviennent à chaque démarche.
S Ouvrir des créneaux le samedi matin.

== ordinateurs-reconditionnes | NUM DD PRE | FAM AD | ASSO
T Ordinateurs solidaires | Un ordinateur pour chaque famille | Reconditionnement informatique
R Des ordinateurs donnés par des entreprises sont reconditionnés par des bénévoles et des jeunes, puis vendus à petit prix aux familles.
R Une initiation est proposée.
D Les ordinateurs sont donnés par des entreprises et une administration qui renouvellent leur parc.
D Des bénévoles et des jeunes en service civique les effacent, les réparent et installent des logiciels libres.
D Les ordinateurs sont vendus à petit prix aux familles orientées par les travailleurs sociaux.
D Une initiation de deux heures est proposée à chaque famille lors de la remise.
O Des dizaines de familles se sont équipées d'un ordinateur pour la scolarité des enfants.
O Des jeunes se sont formés à la maintenance informatique.
O Des tonnes de matériel ont évité la déchetterie.
L Les dons sont irréguliers et parfois trop anciens.
L Le service après-vente demande du temps.
S Trouver de nouvelles entreprises donatrices.

== fablab | NUM CUL EDU | JEU TP | ASSO COM
T Fab lab du quartier | Atelier de fabrication numérique | Imprimante 3D et découpe laser
R Un atelier de fabrication numérique où les habitants conçoivent et fabriquent des objets avec une imprimante 3D et une découpeuse laser.
R Les jeunes découvrent les métiers du numérique.
D Le fab lab dispose d'une imprimante 3D, d'une découpeuse laser et d'une brodeuse numérique.
D Des ateliers d'initiation sont organisés pour apprendre à dessiner un objet sur ordinateur.
D Les machines sont en accès libre deux soirs par semaine avec un animateur.
D Des projets collectifs sont menés : pièces de rechange, jeux, signalétique du centre.
O Des objets utiles ont été fabriqués et des appareils réparés grâce à des pièces imprimées.
O Des jeunes se sont passionnés et envisagent des études techniques.
O Des artisans du quartier utilisent les machines pour leurs prototypes.
L Les machines tombent souvent en panne.
L Les filles fréquentent peu le lieu.
S Développer des ateliers réservés aux filles.

== cyberharcelement | NUM EDU | JEU FAM | EN ASSO
T Prévenir le cyberharcèlement | Réseaux sociaux, attention | Internet sans danger
R Des ateliers pour les jeunes et leurs parents sur les risques des réseaux sociaux, le cyberharcèlement et la protection de la vie privée.
R Les parents apprennent le contrôle parental.
D Des ateliers sont animés dans les classes de cinquième du collège.
D Une soirée pour les parents présente les réseaux utilisés par les adolescents et le contrôle parental.
D Les jeunes ont réalisé une affiche diffusée dans le collège.
D Les démarches de signalement sont expliquées aux jeunes et aux parents.
O Des situations de cyberharcèlement ont été signalées et traitées.
O Les parents sont plus vigilants et installent des protections.
O Les jeunes connaissent les numéros d'aide.
L Les parents concernés sont peu présents.
L Les réseaux évoluent plus vite que les ateliers.
S Former les animateurs jeunesse.

== education-medias | NUM CIT | JEU AD | EN ASSO
T Démêler le vrai du faux | Éducation aux médias | Infos et intox
R Des ateliers d'éducation aux médias pour apprendre à vérifier une information, repérer les fausses nouvelles et comprendre le fonctionnement des réseaux.
R Un journaliste intervient.
D Les participants comparent des articles et des vidéos sur un même événement.
D Un journaliste intervient pour expliquer la fabrication d'une information.
D Des exercices apprennent à vérifier une image ou une source.
D Les jeunes réalisent un petit journal vidéo.
O Les participants vérifient mieux avant de partager.
O Les débats entre jeunes sont plus argumentés.
O Le journal vidéo a été diffusé sur le site du centre.
L Le sujet est complexe pour les plus jeunes.
L Les adultes viennent peu.
S Proposer des ateliers aux adultes.

== espace-numerique | NUM | TP | COM
T Espace public numérique | Cyber-espace du centre | Ordinateurs en libre accès
R Un espace numérique en libre accès avec ordinateurs, imprimante et connexion, ouvert aux habitants pour leurs recherches, leurs impressions et leurs loisirs.
R Un animateur est présent.
D L'espace est ouvert tous les après-midi, avec dix postes et une imprimante.
D Une charte d'utilisation est signée à la première visite.
D L'impression est payante à prix coûtant.
D Un animateur répond aux questions et propose des ateliers thématiques.
O L'espace est très fréquenté, notamment par les lycéens et les demandeurs d'emploi.
O Les habitants impriment leurs documents administratifs sur place.
O Des personnes viennent ensuite aux ateliers numériques.
L Le matériel vieillit.
L La connexion est parfois lente.
S Renouveler le parc informatique.

== photo-smartphone | NUM CUL | AD SEN | ASSO
T Photo au smartphone | Le quartier en images | Clic clac
R Des ateliers pour apprendre à faire de belles photos avec son smartphone, les retoucher et les partager, qui aboutissent à une exposition.
R Les participants photographient le quartier.
D Un photographe anime six séances sur le cadrage, la lumière et la retouche.
D Des sorties photo sont organisées dans le quartier.
D Les meilleures photos sont sélectionnées collectivement.
D Une exposition est réalisée dans le hall du centre.
O Les participants maîtrisent mieux leur téléphone.
O L'exposition a été très appréciée.
O Des participants partagent désormais leurs photos avec leur famille.
L Les téléphones sont très différents.
L Certains téléphones manquent de mémoire.
S Organiser un concours photo.

== arnaques-en-ligne | NUM | SEN AD | AUT ASSO
T Arnaques en ligne, pas pour moi | Se protéger sur internet | Vigilance numérique
R Des ateliers pour apprendre à repérer les arnaques en ligne, les faux messages et les escroqueries téléphoniques, et protéger ses données.
R Un gendarme intervient.
D Des exemples réels de faux messages sont analysés ensemble.
D Des conseils simples sont donnés : ne jamais donner ses codes, vérifier l'expéditeur.
D Un gendarme intervient pour présenter les arnaques récentes.
D Un guide est distribué.
O Les participants sont plus vigilants.
O Des arnaques ont été évitées.
O Les participants en parlent à leur entourage.
L Les arnaques évoluent vite.
L Les personnes déjà victimes n'osent pas en parler.
S Organiser des rappels réguliers.

== espace-numerique-travail | NUM PAR EDU | FAM | EN
T Suivre la scolarité en ligne | L'espace numérique de l'école, mode d'emploi | Parents connectés
R Des ateliers pour aider les parents à utiliser l'espace numérique de travail de l'école et le logiciel de vie scolaire : notes, absences, messages.
R Les parents suivent mieux la scolarité.
D Les ateliers ont lieu le soir au centre et à l'école.
D Les codes d'accès sont récupérés avec la direction de l'école.
D Un guide illustré est remis aux parents.
D Des parents relais aident les autres.
O Les parents se connectent et suivent les notes.
O Ils échangent avec les enseignants par messagerie.
O Des parents ont découvert les absences de leur enfant.
L Certains parents n'ont pas d'ordinateur.
L Les mots de passe sont souvent perdus.
S Prêter des tablettes.

"""
