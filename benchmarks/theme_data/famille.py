"""Themes: parentalité, petite enfance, enfance, scolarité."""

THEMES = """
%% parentalité

== cafe-parents* | PAR SOL | FAM | CAF COM
T Café des parents de {quartier} | Pause-café parents | Le rendez-vous des parents du {jour}
R Chaque {jour} matin, après avoir déposé les enfants à l'école, les parents se retrouvent autour d'un café pour échanger sur leur quotidien et leurs questions d'éducation.
R Un temps convivial, animé par la référente familles, où les parents de {quartier} parlent librement du sommeil, de l'alimentation, des colères ou de la scolarité de leurs enfants.
D L'idée est venue de mères qui attendaient chaque jour devant le portail de l'école élémentaire et cherchaient un endroit au chaud pour discuter.
D Les thèmes sont choisis par les parents eux-mêmes en début de trimestre et affichés dans le hall du centre social.
D Une fois par mois, une intervenante de la PMI ou une conseillère conjugale et familiale participe au café pour apporter un éclairage professionnel.
D Les échanges restent confidentiels et chacun vient quand il le souhaite, sans inscription.
O Les parents disent se sentir moins seuls face aux difficultés éducatives et osent davantage demander de l'aide.
O Plusieurs parents du café se sont ensuite engagés comme bénévoles dans d'autres activités du centre.
O Le café est devenu une porte d'entrée vers le secteur familles pour des ménages que le centre ne connaissait pas.
L Les pères restent rares et les parents qui travaillent le matin ne peuvent pas venir.
L Le renouvellement du groupe est lent : les habitués occupent beaucoup de place.
S Proposer un second créneau en fin de journée et une édition spéciale pour les papas.

== laep | PAR | PE FAM | CAF COM CD
T Lieu d'accueil enfants-parents « Les P'tits Pas » | LAEP de {ville} | Espace jeux et rencontres 0-6 ans
R Un lieu d'accueil enfants-parents ouvert deux demi-journées par semaine aux enfants de moins de six ans accompagnés d'un adulte familier, de façon anonyme et gratuite.
R Les familles viennent jouer, rencontrer d'autres parents et préparer en douceur la séparation avant l'entrée à la crèche ou à l'école maternelle.
D Deux accueillantes formées à l'écoute, une éducatrice de jeunes enfants et une psychologue, se relaient à chaque séance.
D Le lieu respecte le cadre de la Caf : pas d'inscription, seul le prénom de l'enfant est demandé, les adultes restent responsables de leurs enfants.
D Le local a été aménagé avec des espaces moteurs, un coin lecture, un coin dînette et un espace pour les bébés.
D Des séances d'analyse de la pratique sont organisées chaque trimestre pour l'équipe des accueillantes.
O {n} familles différentes sont venues au moins une fois dans l'année, dont beaucoup d'arrivées récentes sur la commune.
O Des parents isolés avec un premier enfant ont trouvé un lieu pour parler de leurs doutes sans être jugés.
O Les professionnels de la PMI orientent désormais les familles vers le lieu d'accueil.
L Le local est partagé avec d'autres activités, ce qui oblige à tout ranger à chaque séance.
L Les familles des hameaux éloignés viennent peu faute de transport.
S Ouvrir une troisième demi-journée le samedi matin pour accueillir davantage de pères.

== portage-massage-bebe | PAR SAN | PE FAM | CAF CD
T Ateliers bébé bien-être | Massage et portage des tout-petits | Bulles de douceur
R Un cycle d'ateliers pour les jeunes parents autour du massage du nourrisson, du portage en écharpe et des premiers soins, animé par une auxiliaire de puériculture.
R Ces ateliers aident les parents à prendre confiance dans leurs gestes et à créer un lien apaisé avec leur bébé dans les premiers mois.
D Le cycle compte cinq séances d'une heure trente, en petit groupe de six duos parent-bébé au maximum.
D Le centre social prête des écharpes de portage pour que les familles puissent essayer avant d'acheter.
D La puéricultrice de la PMI présente à chaque cycle les ressources du territoire : consultations, relais petite enfance, lieu d'accueil enfants-parents.
O Des mères en difficulté après l'accouchement ont été repérées et accompagnées vers la PMI.
O Les parents se sont constitué un petit réseau d'entraide qui continue hors des ateliers.
L Les places sont limitées et la liste d'attente s'allonge au printemps.
S Former deux bénévoles au portage pour multiplier les créneaux.

== parents-ados | PAR EDU | FAM JEU | CAF EN ASSO
T Parents d'ados, parlons-en | Groupe de parole parents d'adolescents | Soirées « Ados mode d'emploi »
R Un groupe de parole mensuel pour les parents d'adolescents, animé par une psychologue, où l'on parle de conflits, d'autorité, de réseaux sociaux et d'orientation.
R Les parents se retrouvent le soir, une fois les plus jeunes couchés, pour partager ce qu'ils vivent avec leurs enfants de 11 à 18 ans.
D Le projet est né des demandes répétées de parents reçus par le secteur jeunesse au sujet de la communication avec leurs adolescents.
D Chaque soirée part d'une situation apportée par un parent ; le groupe réfléchit ensemble aux façons d'y répondre.
D Le collège relaie l'invitation par son espace numérique et l'infirmière scolaire participe à deux soirées par an.
O Des parents ont repris le dialogue avec leurs enfants après des périodes de rupture.
O Le secteur jeunesse et le secteur familles travaillent désormais ensemble sur les situations délicates.
L Les parents les plus en difficulté n'osent pas venir dans un groupe.
S Proposer des entretiens individuels en complément du groupe.

== place-des-peres | PAR MIX | FAM | CAF ASSO
T Papas en action | Les samedis des pères | Pères et enfants, le club
R Des activités conçues pour et avec les pères : bricolage avec les enfants, sorties sportives, cuisine du samedi, pour valoriser leur place dans l'éducation.
R Un groupe d'une dizaine de papas se retrouve un samedi par mois avec leurs enfants autour d'une activité qu'ils ont choisie.
D Le constat de départ : les activités familles du centre étaient fréquentées à plus de quatre-vingt-dix pour cent par des mères.
D Un animateur a rencontré les pères à la sortie du club de football et sur le marché pour recueillir leurs envies.
D Les activités ont évolué vers des temps plus réflexifs : un débat sur le congé paternité, une soirée sur la place du père après une séparation.
O Une vingtaine de pères fréquentent désormais régulièrement le centre social.
O Les enfants sont fiers de montrer les réalisations faites avec leur père.
L Les horaires de travail décalés empêchent certains pères de venir le samedi.
S Créer un week-end familial en camping organisé par les pères eux-mêmes.

== sorties-familiales* | PAR LOI | FAM | CAF COM
T Sorties familles de l'été | Dimanches en famille | Escapades familiales {annee}
R Un programme de sorties à la journée pour les familles qui partent peu : parc animalier, bord de lac, ville voisine, journée à la mer, choisies et préparées avec les parents.
R Les sorties familiales permettent à des familles de {quartier} de découvrir des lieux proches mais jamais visités, pour un tarif adapté au quotient familial.
D Un comité de parents se réunit au printemps pour choisir les destinations et préparer le budget avec la référente familles.
D Les familles participent à des actions d'autofinancement : vente de gâteaux, tenue de la buvette de la fête de quartier.
D Un car est réservé pour chaque sortie et un pique-nique partagé est organisé le midi.
O {n} familles ont participé à au moins une sortie, dont un tiers pour la première fois.
O Les sorties ont créé des liens entre familles qui se croisaient sans se connaître.
L Les familles nombreuses restent freinées par le coût malgré la tarification.
S Accompagner des familles vers un départ en vacances autonome.

== vacances-familles* | PAR LOI PRE | FAM | CAF CD ASSO
T Premiers départs en vacances | Partir en famille | Vacances familiales accompagnées
R Le centre accompagne des familles qui ne sont jamais parties vers un premier séjour en vacances, de la construction du budget jusqu'au retour.
R Pendant six mois, les familles préparent leur séjour en groupe : choix du lieu, réservation, épargne, transport, activités sur place.
D Les familles sont orientées par les assistantes sociales du département ou se présentent d'elles-mêmes après une réunion d'information.
D Les aides aux vacances de la Caf et les chèques vacances de l'ANCV réduisent le coût restant à la charge des familles.
D Une réunion au retour permet de partager les photos et de dire ce que le séjour a changé.
O {n} familles sont parties une semaine, la plupart en camping ou en village de vacances.
O Les parents ont gagné en confiance pour organiser seuls un départ l'année suivante.
L Les familles monoparentales sans permis de conduire dépendent des horaires des trains.
S Constituer un groupe de familles « anciennes » qui parrainent les nouvelles.

== ludotheque* | PAR LOI INT | TP FAM | CAF COM ASSO
T Ludothèque de {quartier} | La Boîte à jeux | Prêt de jeux et soirées ludiques
R La ludothèque prête des jeux de société et des jouets aux familles du quartier et propose des temps de jeu sur place pour tous les âges.
R Plus de six cents jeux sont disponibles, du jeu d'éveil pour les bébés aux jeux de stratégie pour adultes, empruntables pour trois semaines.
D La ludothécaire conseille les familles selon l'âge des enfants et organise chaque mois une soirée jeux ouverte à tous.
D L'adhésion annuelle est modulée selon le quotient familial.
D Des bénévoles réparent les jeux incomplets et vérifient les boîtes au retour.
O La ludothèque attire des familles qui ne fréquentaient aucune autre activité du centre.
O Les soirées jeux réunissent régulièrement des adolescents, des parents et des retraités autour des mêmes tables.
L Le local est trop petit pour exposer tous les jeux et accueillir de grands groupes.
S Faire circuler une malle de jeux dans les écoles maternelles et les résidences seniors.

== defi-ecrans | PAR SAN NUM | FAM ENF | EN CAF
T Défi dix jours sans écrans | Moins d'écrans, plus de liens | Déconnectés en famille
R Pendant dix jours, des familles volontaires relèvent le défi de réduire les écrans de loisirs, avec chaque jour une activité de remplacement proposée par le centre et l'école.
R Le défi associe une école élémentaire, le centre social et les parents pour interroger la place des écrans dans la vie familiale.
D En amont, des ateliers en classe font réfléchir les enfants au temps passé devant les écrans et aux émotions qu'ils provoquent.
D Chaque soir, une activité est proposée au centre : jeux de société, cuisine, balade, atelier bricolage, lecture contée.
D Une soirée de clôture réunit les familles pour un bilan et une remise de diplômes aux enfants.
O Beaucoup de familles ont gardé certaines habitudes, comme le repas sans télévision.
O Les enseignants notent des enfants plus reposés pendant la période du défi.
L Le défi repose sur la bonne volonté et touche surtout des familles déjà sensibilisées.
S Étendre le défi au collège en l'adaptant aux adolescents.

== conferences-parentalite | PAR EDU | FAM AD | CAF COM ASSO
T Les soirées de la parentalité | Cycle de conférences-débats pour parents | Questions de parents
R Un cycle de conférences-débats en soirée où des spécialistes répondent aux questions des parents : autorité bienveillante, jalousie entre frères et sœurs, adolescence, harcèlement.
R Les thèmes sont proposés par un collectif de parents et les soirées ont lieu tour à tour dans plusieurs communes du territoire.
D Les intervenants sont pédiatres, psychologues, éducateurs ou formateurs en communication non violente.
D Une garde d'enfants est assurée sur place pour permettre aux parents de venir.
D Chaque conférence est suivie d'un temps d'échange et d'une collation préparée par des parents bénévoles.
O Entre trente et quatre-vingts parents assistent à chaque soirée.
O Le collectif de parents a pris en charge l'organisation pratique des dernières éditions.
L Le format conférence intimide les parents peu à l'aise avec l'écrit et la prise de parole.
S Compléter par des ateliers en petits groupes sur les thèmes les plus demandés.

== lien-ecole-familles* | PAR EDU MIX | FAM ENF | EN COM
T Ouvrir l'école aux parents | Le lien école-familles | Parents bienvenus à l'école de {quartier}
R Une action pour rapprocher les parents éloignés de l'école : visites de classes, petits déjeuners avec les enseignants, explication du fonctionnement du système scolaire.
R Le centre social joue les médiateurs entre familles et équipes éducatives pour que chaque parent puisse suivre la scolarité de son enfant.
D Des réunions en petit groupe expliquent les bulletins, le carnet de liaison, les rendez-vous avec les professeurs et le rôle des délégués de parents.
D Un interprète bénévole est présent pour les familles qui maîtrisent peu le français.
D Les enseignants volontaires viennent aussi au centre social pour rencontrer les familles dans un cadre plus neutre.
O Davantage de parents se présentent aux réunions de rentrée et aux rendez-vous individuels.
O Deux mères sont devenues représentantes des parents d'élèves.
L Le renouvellement des équipes enseignantes oblige à tout reconstruire chaque année.
S Mettre en place une permanence du centre social dans la cour de l'école le matin.

== monoparentales | PAR PRE SOL | FAM AD | CAF CD
T Parents solos, ensemble | Le groupe des familles monoparentales | Solos mais pas seuls
R Un groupe d'entraide pour les parents qui élèvent seuls leurs enfants, avec des temps d'échange, des informations sur les droits et des activités de détente.
R Les parents solos se retrouvent deux fois par mois pendant que leurs enfants sont accueillis par des animateurs.
D Les mères isolées représentent près d'un tiers des familles accueillies par le centre, souvent épuisées et sans relais.
D Une juriste vient expliquer la pension alimentaire, l'intermédiation financière de la Caf et la garde alternée.
D Des sorties de répit sont organisées pour les parents seuls : hammam, spectacle, repas au restaurant.
O Des solidarités concrètes sont nées : garde d'enfants croisée, covoiturage, prêt de matériel.
O Plusieurs parents ont fait valoir des droits qu'ils ignoraient.
L Les parents qui travaillent en horaires décalés ne peuvent pas suivre le rythme des rencontres.
S Créer un groupe en ligne pour garder le lien entre les rencontres.

== futurs-parents | PAR SAN | FAM PE | CAF CD ARS
T Bienvenue bébé | Attendre un enfant à {ville} | Préparer l'arrivée de bébé
R Des rencontres pour les futurs parents et les parents de nouveau-nés : préparation de l'arrivée du bébé, allaitement, démarches, sommeil, avec la sage-femme de la PMI.
R Les futurs parents découvrent les services du territoire et rencontrent d'autres familles qui attendent un enfant.
D Le cycle comprend quatre rencontres avant la naissance et deux après, au domicile ou au centre social.
D Une bourse aux vêtements de naissance et au matériel de puériculture est organisée à chaque session.
D Les démarches auprès de la Caf et de la caisse d'assurance maladie sont expliquées pas à pas.
O Des mères isolées ont trouvé un réseau dès la grossesse.
O Les parents connaissent mieux la PMI et y ont recours plus tôt.
L Peu de futurs pères participent aux rencontres.
S Proposer une rencontre en soirée dédiée aux futurs pères.

== eveil-musical | PAR CUL | PE FAM | CAF COM
T Éveil musical des tout-petits | Bébés musiciens | Comptines et petites oreilles
R Des séances d'éveil musical pour les enfants de moins de trois ans et leurs parents : comptines, instruments, écoute, danse, avec une musicienne intervenante.
R Les parents apprennent des comptines à chanter à la maison et découvrent l'importance de la musique dans le développement du langage.
D Les séances ont lieu le {jour} matin et accueillent aussi les assistantes maternelles du relais petite enfance.
D La musicienne fait entendre des instruments rares et invite les familles à chanter des berceuses de leur pays d'origine.
D Un recueil de comptines en plusieurs langues a été édité à la fin de l'année.
O Les parents chantent davantage avec leurs enfants et partagent les comptines de leur enfance.
O Le relais petite enfance a intégré ces séances à son programme.
L Le financement de l'intervenante reste incertain d'une année sur l'autre.
S Organiser un petit concert des familles à la fête du centre.

== babysitting | PAR EMP | FAM JEU | CAF AUT
T Baby-sitting dating | Rencontre baby-sitters et familles | Réseau de baby-sitters du quartier
R Une soirée de rencontre entre des familles qui cherchent une garde occasionnelle et des jeunes formés au baby-sitting par le centre social.
R Les jeunes suivent une courte formation aux besoins de l'enfant et aux premiers secours avant d'être mis en relation avec les familles.
D La formation de deux journées porte sur le rythme de l'enfant, l'alimentation, le jeu et la conduite à tenir en cas d'urgence.
D Une charte précise les engagements réciproques des familles et des baby-sitters.
D Le centre tient à jour une liste de baby-sitters disponibles pendant les vacances scolaires.
O {n} jeunes ont trouvé des heures de garde régulières.
O Des parents ont pu accepter des emplois en soirée grâce à ce réseau.
L Le centre n'a pas vocation à contrôler les gardes et la question de la responsabilité reste délicate.
S Proposer le chèque emploi service et un accompagnement administratif aux familles.

== garde-horaires-atypiques | PAR EMP PRE | FAM PE | CAF COM CD
T Garde en horaires décalés | Quand les parents travaillent tôt | Solution de garde atypique
R Un service de garde d'enfants tôt le matin et tard le soir pour des parents qui travaillent dans le nettoyage, la grande distribution ou le soin, en complément des crèches.
R Des professionnelles de la petite enfance viennent au domicile ou accueillent les enfants au centre avant l'ouverture de l'école.
D Le diagnostic a montré que de nombreuses mères renonçaient à des offres d'emploi faute de solution de garde avant sept heures.
D Les familles sont orientées par le service emploi du centre, les employeurs partenaires et les assistantes sociales.
D La participation financière des familles est calculée selon le barème de la Caf.
O Des parents ont pu accepter ou conserver un emploi en horaires décalés.
O Les enfants bénéficient d'un accueil stable au lieu de solutions de dépannage successives.
L Le coût horaire élevé rend le service fragile sans financement complémentaire.
S Associer les entreprises du secteur au financement du service.

== coparentalite | PAR SOL | FAM AD | CAF ASSO AUT
T Rester parents après la séparation | Espace rencontre et coparentalité | Parents séparés, des repères
R Des séances d'information et un espace de rencontre pour les parents séparés, afin de maintenir le lien de l'enfant avec ses deux parents.
R L'espace rencontre permet à un parent de voir son enfant dans un lieu neutre et sécurisé, en présence de professionnels.
D L'action est menée avec une association de médiation familiale qui assure des permanences au centre social.
D Les séances collectives expliquent les effets de la séparation sur les enfants et les façons de communiquer sans les prendre à témoin.
D Les rencontres parent-enfant ont lieu le samedi, sur orientation du juge aux affaires familiales ou à la demande des parents.
O Des enfants ont pu revoir un parent après plusieurs mois d'interruption.
O Certains parents ont engagé une médiation familiale après la séance d'information.
L Les délais d'attente pour l'espace rencontre dépassent trois mois.
S Ouvrir un second créneau le dimanche.

== cuisine-parents-enfants | PAR SAN | FAM ENF | CAF ASSO
T Les petits chefs et leurs parents | Cuisine en duo | Mercredis gourmands parents-enfants
R Des ateliers de cuisine où parents et enfants préparent ensemble un repas simple et équilibré, puis le partagent.
R Les recettes sont choisies pour être refaites à la maison avec des produits de saison et un petit budget.
D Chaque atelier réunit six duos parent-enfant autour d'une animatrice et d'une diététicienne une fois par mois.
D Les enfants pèsent, mesurent, goûtent et découvrent des légumes qu'ils refusaient jusque-là.
D Un carnet de recettes illustré par les enfants est remis à chaque famille en fin d'année.
O Des parents disent cuisiner davantage avec leurs enfants depuis les ateliers.
O Les enfants goûtent plus volontiers des légumes nouveaux.
L La cuisine pédagogique du centre est trop petite pour accueillir plus de six duos.
S Organiser un repas de quartier préparé par les duos.

== bebes-lecteurs | PAR CUL EDU | PE FAM | COM ASSO
T Bébés lecteurs | Des livres et des bébés | Lectures pour les tout-petits à {quartier}
R Des séances de lecture d'albums pour les enfants de moins de trois ans et leurs parents, avec la médiathèque, au centre social et dans la salle d'attente de la PMI.
R Les bibliothécaires montrent aux parents comment lire avec un bébé, même très jeune, et prêtent des albums à emporter.
D Les séances ont lieu deux fois par mois et durent une demi-heure pour respecter le rythme des tout-petits.
D Des albums dans les langues parlées par les familles ont été achetés avec le soutien de la commune.
D Les parents qui lisent peu le français sont encouragés à raconter les images à leur manière.
O Des familles se sont inscrites à la médiathèque pour la première fois.
O Les professionnels de la crèche constatent un meilleur intérêt des enfants pour les livres.
L Les familles les plus éloignées de l'écrit restent difficiles à mobiliser.
S Créer un sac de livres voyageur qui circule entre les familles.

== parents-relais | PAR SOL CIT | FAM AD | CAF COM
T Parents relais | Des parents ressources pour les parents | Réseau des parents relais de {quartier}
R Des parents formés deviennent des personnes ressources pour d'autres parents du quartier : ils écoutent, informent et orientent vers les bons interlocuteurs.
R Les parents relais sont présents à la sortie des écoles, lors des fêtes de quartier et dans les permanences du centre social.
D Huit parents ont suivi une formation à l'écoute, à la confidentialité et à la connaissance des services du territoire.
D Un temps de supervision mensuel leur permet de parler des situations rencontrées avec la référente familles.
D Les parents relais ont réalisé un annuaire des ressources éducatives du quartier.
O Des familles isolées ont été orientées vers le centre social grâce aux parents relais.
O Les parents relais ont gagné en assurance et deux d'entre eux ont repris une formation.
L Le statut de bénévole limite l'engagement dans la durée.
S Valoriser l'engagement des parents relais par une certification de compétences.

== inclusion-handicap-enfants | PAR SOL | ENF FAM | CAF CD ASSO
T Tous ensemble au centre de loisirs | Accueillir les enfants en situation de handicap | Loisirs pour tous les enfants
R L'accueil de loisirs accueille des enfants en situation de handicap aux côtés des autres enfants, avec un animateur supplémentaire et un projet construit avec chaque famille.
R Le projet permet aux parents d'enfants handicapés de souffler pendant les vacances et aux enfants de partager les mêmes activités que leurs frères et sœurs.
D Chaque accueil commence par une rencontre avec la famille et, si elle le souhaite, avec les professionnels qui suivent l'enfant.
D L'équipe d'animation a été formée à l'autisme et aux troubles du comportement par une association spécialisée.
D Un temps d'échange entre parents d'enfants en situation de handicap est proposé une fois par trimestre.
O {p} enfants en situation de handicap ont été accueillis régulièrement cette année.
O Les autres enfants ont appris à jouer avec des enfants différents, sans moquerie.
L Le financement de l'animateur supplémentaire doit être renégocié chaque année.
S Créer un temps de répit pour les parents le samedi matin.

%% petite enfance et enfance

== accueil-loisirs-mercredi* | LOI EDU | ENF | CAF COM
T Les mercredis récréatifs | Accueil de loisirs du mercredi | Mercredis découvertes à {quartier}
R L'accueil de loisirs propose chaque mercredi des activités éducatives aux enfants de trois à onze ans autour d'un projet d'année : nature, arts, sport et citoyenneté.
R Les enfants sont accueillis à la journée ou à la demi-journée avec repas, selon un tarif calculé sur le quotient familial.
D Le projet pédagogique est élaboré par l'équipe d'animation et présenté aux parents lors d'une réunion de rentrée.
D Les enfants participent au choix des activités lors d'un conseil d'enfants chaque mois.
D Des partenaires interviennent tout au long de l'année : médiathèque, club de sport, association de protection de la nature.
O La fréquentation est stable avec une liste d'attente le mercredi matin.
O Les familles apprécient la continuité entre l'école, l'accueil de loisirs et les vacances.
L Le recrutement d'animateurs diplômés est de plus en plus difficile.
S Renforcer les sorties culturelles et les liens avec les écoles.

== club-nature-enfants | ENV LOI | ENF | ASSO COM
T Club des petits explorateurs | Club nature du {jour} | Les enfants de la forêt
R Un club nature pour les enfants de six à onze ans : observation des oiseaux, cabanes, traces d'animaux, petites expériences dans le bois communal.
R Chaque semaine, les enfants explorent un milieu naturel proche du quartier avec un animateur nature et consignent leurs découvertes dans un carnet.
D Le club a été créé avec une association d'éducation à l'environnement qui prête le matériel : loupes, jumelles, guides.
D Les sorties ont lieu par tous les temps, en adaptant les activités à la saison.
D En fin d'année, les enfants présentent une exposition de leurs trouvailles aux familles.
O Les enfants connaissent mieux les espaces naturels autour de chez eux et les respectent.
O Des parents ont redécouvert le bois communal avec leurs enfants.
L Le club dépend fortement de l'animateur nature, difficile à remplacer.
S Ouvrir un club nature pour les adolescents.

== passerelle-maternelle | PAR EDU | PE FAM | EN CAF COM
T Passerelle vers la maternelle | Premiers pas à l'école | Doucement vers l'école
R Une action passerelle pour préparer les enfants de deux ans et demi et leurs parents à la première rentrée en école maternelle.
R De mai à juin, les enfants et leurs parents viennent découvrir la classe, la cantine et la cour, accompagnés par l'éducatrice du centre social.
D Les familles ciblées sont celles dont l'enfant n'a connu aucun mode d'accueil collectif avant l'école.
D Des temps de séparation progressive sont organisés au centre social pendant l'été.
D Une réunion avec la directrice d'école répond aux questions pratiques : inscription, propreté, sieste, cantine.
O Les enseignantes constatent des rentrées plus sereines pour les enfants accompagnés.
O Les parents ont moins d'appréhension à confier leur enfant.
L Le dispositif ne touche qu'une école et une quinzaine de familles.
S Étendre la passerelle aux deux autres écoles maternelles de la commune.

== sejours-enfants | LOI EDU | ENF | CAF COM CD
T Mini-séjours à la campagne | Colo du centre social | Partir sans les parents
R Des mini-séjours de quatre à cinq jours pour les enfants de sept à douze ans, souvent leur premier départ sans leurs parents.
R Les enfants découvrent la vie collective, la nature et des activités nouvelles, dans un gîte ou un camping à moins de deux heures du quartier.
D Les séjours sont préparés avec les enfants pendant les mercredis : menus, activités, règles de vie.
D Une réunion avec les parents permet de lever les inquiétudes et de préparer les trousseaux.
D Le prix est fortement réduit grâce aux aides de la Caf et du département.
O Beaucoup d'enfants sont partis pour la première fois et demandent à repartir.
O Les parents ont pris confiance dans l'équipe du centre.
L Les normes d'encadrement et le coût des transports réduisent le nombre de places.
S Proposer des séjours en lien avec les accueils de loisirs de communes voisines.

== conseil-enfants | CIT EDU | ENF | COM EN
T Conseil des enfants du centre | Les enfants ont la parole | Petits citoyens de {ville}
R Un conseil d'enfants élus dans les écoles de la commune pour proposer et réaliser des projets pour leur quartier, accompagné par le centre social.
R Les jeunes conseillers de neuf à onze ans se réunissent deux fois par mois et rencontrent les élus municipaux chaque trimestre.
D Les élections ont lieu à l'automne dans les classes de CM1 et CM2, avec campagne et bureau de vote.
D Les projets portent sur l'aménagement d'une aire de jeux, la propreté des rues et une collecte de jouets.
D Les animateurs aident les enfants à débattre, voter et présenter leurs idées aux adultes.
O Une aire de jeux a été réaménagée selon les propositions des enfants.
O Les enfants ont découvert le fonctionnement de la commune et du vote.
L Le mandat d'un an est court pour mener un projet jusqu'au bout.
S Passer à un mandat de deux ans.

== philo-enfants | EDU CUL | ENF | EN ASSO
T Ateliers philo pour enfants | Les petits philosophes | Penser ensemble dès huit ans
R Des ateliers de philosophie pour enfants où l'on réfléchit ensemble à de grandes questions : la justice, l'amitié, la peur, la différence.
R Les enfants apprennent à argumenter, écouter l'autre et changer d'avis, à partir d'un album ou d'un court film.
D Les ateliers sont animés par une animatrice formée à la discussion à visée philosophique.
D Chaque séance dure quarante-cinq minutes et suit un rituel : lecture, question, tour de parole, synthèse.
D Des enseignants sont venus observer les ateliers pour les reproduire en classe.
O Les enfants prennent la parole plus facilement et se coupent moins.
O Des conflits de groupe ont été apaisés grâce à l'habitude de discuter.
L Certains parents ne comprennent pas l'intérêt de l'activité.
S Proposer un atelier philo partagé entre parents et enfants.

== ateliers-sciences | EDU LOI | ENF | EN ASSO
T Petits curieux, grandes expériences | Ateliers sciences du mercredi | Laboratoire des enfants
R Des ateliers scientifiques ludiques pour les enfants de sept à douze ans : expériences sur l'eau, l'air, l'électricité, les volcans et les mélanges.
R Les enfants formulent des hypothèses, manipulent et notent leurs résultats comme de vrais chercheurs.
D Une association de culture scientifique forme les animateurs et fournit des malles pédagogiques.
D Un étudiant en sciences vient animer une séance par mois et parler de son parcours.
D Les ateliers se terminent par une fête de la science où les enfants présentent leurs expériences aux familles.
O Des filles se disent désormais attirées par les métiers scientifiques.
O Les enfants réinvestissent le vocabulaire scientifique en classe.
L Le matériel s'use vite et son renouvellement est coûteux.
S Monter un club sciences au collège avec les professeurs de physique.

== harcelement-scolaire | EDU SAN | ENF JEU | EN ASSO
T Stop au harcèlement | Tous contre le harcèlement | Les ambassadeurs du respect
R Une action de prévention du harcèlement entre enfants menée dans les écoles et au centre social, avec des saynètes, des discussions et la formation d'élèves ambassadeurs.
R Les enfants apprennent à repérer le harcèlement, à réagir quand ils en sont témoins et à savoir à qui en parler.
D Les animateurs interviennent dans les classes de CM2 et de sixième avec l'accord des équipes pédagogiques.
D Une exposition réalisée par les enfants a circulé dans les établissements de la commune.
D Les parents sont invités à une soirée sur le harcèlement et les réseaux sociaux.
O Des situations ont été signalées et prises en charge plus tôt.
O Les ambassadeurs sont reconnus par les autres élèves comme des personnes à qui parler.
L L'action touche surtout les établissements déjà engagés.
S Former les animateurs du périscolaire au repérage.

== pause-meridienne | EDU LOI | ENF | COM EN
T Midi animé | La pause méridienne autrement | Animations du temps de midi
R Le centre social anime le temps du midi dans deux écoles : jeux calmes, ateliers courts, coin lecture, pour rendre la pause plus reposante et moins conflictuelle.
R Les animateurs formés encadrent la cantine et la cour pour réduire le bruit et les bagarres.
D La commune a confié l'animation du temps de midi au centre social après plusieurs plaintes de parents.
D Des espaces ont été délimités dans la cour : jeux de ballon, jeux calmes, coin repos.
D Les enfants participent à l'élaboration des règles de vie de la cantine.
O Les incidents signalés pendant la pause méridienne ont nettement diminué.
O Les enfants disent mieux manger et se reposer.
L Le temps de midi est court et les effectifs élevés.
S Mettre en place des délégués de cantine élus par les enfants.

%% scolarité

== clas* | EDU PAR | ENF JEU FAM | CAF EN COM
T Accompagnement à la scolarité | CLAS du centre social | Coup de pouce scolaire {annee}
R Le contrat local d'accompagnement à la scolarité accueille des écoliers et des collégiens après l'école pour les aider à s'organiser, reprendre confiance et s'ouvrir à la culture.
R Au-delà de l'aide aux devoirs, l'accompagnement propose des ateliers culturels et associe étroitement les parents au suivi de leurs enfants.
D Les enfants sont orientés par les enseignants ou inscrits par les familles ; un entretien d'accueil réunit l'enfant, ses parents et l'animatrice.
D Des bénévoles, souvent des retraités et des étudiants, accompagnent les enfants par petits groupes de quatre.
D Un bilan avec l'enseignant est réalisé à chaque trimestre.
D Les mardis et jeudis sont consacrés au travail scolaire, le vendredi aux ateliers lecture, jeux de logique et sorties.
O Les enfants accompagnés gagnent en autonomie et en confiance pour leur travail personnel.
O Les parents dialoguent plus facilement avec les enseignants.
O {n} enfants ont été accueillis régulièrement pendant l'année.
L Le recrutement et la fidélisation des bénévoles restent fragiles.
L Les collégiens décrochent souvent de l'accompagnement en cours d'année.
S Développer les ateliers avec les parents et les sorties culturelles.

== accueil-collegiens-exclus | EDU | JEU | EN COM ASSO
T Accueil des collégiens exclus | Rebond | Temps d'exclusion, temps utile
R Les collégiens temporairement exclus de leur établissement sont accueillis au centre social pour un travail scolaire et une réflexion sur leur comportement plutôt que de rester seuls à la maison.
R Le dispositif est construit avec le collège : l'accueil est proposé à la famille dès la décision d'exclusion.
D Chaque jeune est reçu avec un parent pour fixer les objectifs de l'accueil.
D Le matin est consacré au travail donné par les professeurs, l'après-midi à des activités utiles au quartier et à des échanges avec un éducateur.
D Un bilan est fait avec le conseiller principal d'éducation au retour du jeune.
O Les récidives d'exclusion ont diminué chez les jeunes accueillis.
O Des jeunes ont ensuite fréquenté l'espace jeunes du centre.
L Certaines familles refusent l'accueil par crainte de stigmatisation.
S Proposer l'accueil aux lycées professionnels du secteur.

== stage-revisions | EDU | JEU | EN COM
T Stage de révisions du brevet | Objectif brevet | Révisions de printemps
R Pendant les vacances de printemps, un stage intensif de révisions prépare les élèves de troisième au diplôme national du brevet.
R Les matinées sont consacrées aux révisions en petits groupes, les après-midi aux sujets blancs et à la préparation de l'oral.
D Des enseignants retraités et des étudiants encadrent les groupes par matière.
D Les matinées sont consacrées aux révisions et les après-midi aux sujets blancs.
D Un oral blanc est organisé avec un jury d'adultes du quartier.
D Un goûter et une sortie sportive terminent chaque journée.
O Les élèves du stage ont obtenu le brevet dans une large majorité.
O Les jeunes disent avoir appris à réviser de façon plus organisée.
O Des parents ont découvert les attentes de l'examen.
L Les élèves les plus en difficulté ne s'inscrivent pas.
L Une semaine est courte pour combler les lacunes.
S Proposer un stage de rentrée pour les élèves de sixième.

== decouverte-metiers | EDU EMP | JEU | EN ASSO AUT
T Découverte des métiers | Mon avenir, mes métiers | Forum des métiers de {ville}
R Une action pour faire découvrir aux collégiens des métiers qu'ils ne connaissent pas : rencontres avec des professionnels, visites d'entreprises, petits défis pratiques.
R Les jeunes découvrent des secteurs variés, de l'artisanat à la santé, et réfléchissent à leur orientation sans se limiter aux métiers de leur entourage.
D Des habitants du quartier viennent présenter leur métier et leur parcours.
D Trois visites d'entreprises sont organisées chaque année : une boulangerie industrielle, un hôpital, un atelier de menuiserie.
D Un forum en fin d'année réunit une vingtaine de professionnels sur des stands.
O Les jeunes élargissent leurs idées de métiers et d'études.
O Des professionnels ont proposé des stages aux élèves.
L Les filles restent orientées vers un petit nombre de métiers.
S Organiser des rencontres avec des femmes exerçant des métiers techniques.

== stages-troisieme | EDU EMP | JEU | EN COM AUT
T Bourse aux stages de troisième | Un stage pour chaque élève | Stage d'observation, on vous aide
R Le centre social aide les élèves de troisième à trouver leur stage d'observation en entreprise grâce à un réseau d'employeurs et à des ateliers de préparation.
R Les élèves sans réseau familial ne se retrouvent plus seuls à chercher un stage au dernier moment.
D Les animateurs ont constitué un fichier d'entreprises, d'administrations et d'associations prêtes à accueillir des stagiaires.
D Des ateliers apprennent aux jeunes à téléphoner, écrire une lettre de motivation et se présenter.
D Le centre social accueille lui-même plusieurs stagiaires chaque année.
O Tous les élèves accompagnés ont trouvé un stage.
O Des jeunes ont découvert des métiers éloignés de leurs idées de départ.
L Le fichier d'employeurs doit être remis à jour chaque année.
S Élargir la bourse aux stages de seconde.

== club-lecture | EDU CUL | ENF JEU | COM EN
T Club lecture du {jour} | Dévoreurs de livres | Lire pour le plaisir
R Un club de lecture pour les enfants et les jeunes où l'on lit pour le plaisir, on échange sur ses coups de cœur et on rencontre des auteurs.
R Les membres du club votent pour leur livre préféré dans le cadre d'un prix littéraire jeunesse.
D Le club est animé par une animatrice et une bibliothécaire, qui apportent chaque mois une sélection de nouveautés.
D Un auteur de littérature jeunesse est invité chaque année pour une rencontre dans le quartier.
D Les enfants écrivent des critiques affichées à la médiathèque.
O Des enfants qui disaient ne pas aimer lire empruntent désormais des livres.
O Les enfants parlent des livres lus avec leurs parents.
L Les garçons sont moins nombreux à rester dans le club.
S Créer un club de lecture de bandes dessinées.

== fournitures-scolaires | EDU PRE SOL | FAM ENF | COM ASSO CAF
T Cartables de la rentrée | Rentrée solidaire | Bourse aux fournitures scolaires
R Avant la rentrée, le centre organise une bourse aux fournitures et aux cartables pour alléger le budget des familles modestes.
R Les familles échangent fournitures, cartables et calculatrices, et complètent avec des kits neufs offerts par des commerces partenaires.
D Les dons sont collectés en juin dans les écoles et triés par des bénévoles pendant l'été.
D Les listes de fournitures des écoles sont affichées pour aider les familles.
D Un atelier de couvrage de livres est proposé pendant la distribution.
O {n} familles ont bénéficié de fournitures à prix réduit ou gratuites.
O Les familles découvrent le centre social à cette occasion.
L Les listes de fournitures différentes selon les enseignants compliquent la préparation des kits.
S Travailler avec les écoles sur des listes communes.

== orientation-lyceens | EDU NUM | JEU FAM | EN ASSO
T Accompagnement Parcoursup | Choisir son orientation après le bac | Cap sur les études
R Les lycéens et leurs parents sont accompagnés dans leurs choix d'orientation post-bac et dans les démarches en ligne : vœux, lettres de motivation, dossiers de bourse.
R Des étudiants du quartier témoignent de leur parcours et aident les lycéens à s'y retrouver.
D Des permanences ont lieu de janvier à mars, pendant la période de saisie des vœux.
D Une soirée d'information pour les parents présente les filières, les coûts et les aides.
D Un suivi est assuré jusqu'aux résultats et pendant la phase complémentaire.
O Les lycéens accompagnés ont formulé des vœux plus diversifiés.
O Des jeunes ont obtenu une formation qu'ils pensaient inaccessible.
L Le calendrier est très concentré et les permanences sont saturées en mars.
S Préparer dès la classe de première.

== tutorat-etudiants | EDU | JEU | EN ASSO
T Tutorat étudiant | Un étudiant, un collégien | Les tuteurs du quartier
R Des étudiants bénévoles accompagnent chaque semaine un collégien en tête à tête pour le travail scolaire et l'ouverture culturelle.
R Le tutorat associe une heure de travail scolaire et une sortie mensuelle choisie ensemble.
D Les étudiants sont recrutés avec une association étudiante de l'université voisine.
D Un binôme est constitué après une rencontre avec le jeune et sa famille.
D Le tutorat associe une heure de travail scolaire et une sortie mensuelle choisie ensemble.
D Les tuteurs se retrouvent une fois par mois pour partager leurs difficultés.
O Les collégiens accompagnés ont progressé en confiance et en organisation.
O Les étudiants découvrent l'engagement associatif.
O Des collégiens ont visité l'université pour la première fois.
L Les périodes d'examens universitaires interrompent le tutorat.
L Certains binômes ne fonctionnent pas.
S Mettre en place un tutorat à distance pendant les examens.

== allophones-scolarite | EDU FLE | ENF FAM | EN ASSO
T Réussir à l'école quand on arrive | Accompagnement des élèves nouvellement arrivés | Passerelle école pour enfants allophones
R Un accompagnement pour les enfants nouvellement arrivés en France, qui apprennent le français et découvrent l'école, en lien avec les classes d'accueil.
R Les enfants bénéficient de séances de français par le jeu et leurs parents d'informations sur le fonctionnement de l'école.
D Les enfants sont orientés par l'enseignante de la classe d'accueil du collège et des écoles.
D Les séances ont lieu deux fois par semaine avec une animatrice formée au français langue seconde.
D Les familles rencontrent d'autres familles arrivées plus tôt, qui les conseillent.
O Les enfants progressent rapidement à l'oral et participent davantage en classe.
O Les parents comprennent mieux les attentes de l'école.
L Les arrivées en cours d'année désorganisent les groupes.
S Proposer un stage de français intensif pendant l'été.
"""
