"""Themes: culture, sport, loisirs."""

THEMES = """
%% culture

== theatre-forum | CUL CIT MIX | AD JEU | ASSO COM
T Théâtre forum contre les discriminations | Scènes de vie | Le théâtre des habitants
R Des habitants créent avec une compagnie des scènes tirées de leur vie quotidienne sur les discriminations, puis les jouent devant un public invité à monter sur scène pour proposer d'autres issues.
R Le théâtre forum fait débattre le public de façon vivante sur le racisme, le sexisme ou les préjugés liés à l'âge.
D Les scènes sont écrites à partir de situations vécues racontées par les participants.
D La compagnie forme les habitants au jeu et à l'animation du débat.
D Les représentations ont lieu au centre social, au collège et lors de la fête de quartier.
O Le public a pris la parole nombreux lors des représentations.
O Les participants ont gagné en confiance et en esprit critique.
L Le groupe a du mal à se renouveler.
S Créer un spectacle sur le harcèlement avec les jeunes.

== chorale | CUL INT | TP | ASSO
T Chorale du quartier | Les Voix de {quartier} | Chœur des habitants
R Une chorale ouverte à tous, sans audition ni connaissance du solfège, qui chante des répertoires variés et se produit lors des fêtes locales.
R Le chant collectif rassemble des habitants de tous âges et de toutes origines.
D Les répétitions ont lieu chaque {jour} soir dans la grande salle du centre et commencent par un échauffement de la voix.
D Le chef de chœur enseigne les partitions à l'oreille, pupitre par pupitre, avec des enregistrements à écouter chez soi.
D Les choristes proposent des chants de leur pays d'origine, appris ensuite par tout le groupe dans leur langue.
D Un concert de fin de saison est donné à la salle des fêtes, et la chorale chante aussi dans la résidence pour personnes âgées.
O La chorale compte une quarantaine de choristes réguliers, de dix-huit à quatre-vingt-cinq ans.
O Des personnes isolées ont trouvé un groupe d'appartenance et des amitiés hors des répétitions.
O Le concert annuel remplit la salle des fêtes et fait venir des habitants qui ne connaissaient pas le centre.
L Les voix d'hommes manquent, ce qui limite le répertoire à plusieurs voix.
L Le salaire du chef de chœur pèse lourd dans le budget de l'activité.
S Monter un concert commun avec la chorale d'enfants de l'école de musique.

== festival-cultures | CUL MIX | TP | COM ASSO
T Festival des cultures | Quartier en fête | Les couleurs du monde à {quartier}
R Un festival annuel qui met en valeur les cultures présentes dans le quartier : musiques, danses, cuisines, expositions et contes.
R Le festival est préparé pendant plusieurs mois par un comité d'habitants et d'associations.
D Le comité d'organisation se réunit dès janvier et répartit les tâches : programmation, stands, sécurité, communication.
D Une vingtaine d'associations culturelles tiennent un stand de cuisine, d'artisanat ou de présentation de leur pays.
D Une scène ouverte accueille groupes de musique amateurs, troupes de danse et conteurs tout l'après-midi.
D Un défilé en costumes traditionnels ouvre le festival, suivi d'un grand repas sur la place.
O Le festival a attiré plusieurs milliers de visiteurs venus de toute l'agglomération.
O Les associations communautaires, qui s'ignoraient, ont monté ensemble plusieurs stands.
O Des jeunes du quartier ont découvert la culture de leurs parents à travers les danses et les musiques.
L Le budget dépend de subventions votées tardivement, ce qui complique la programmation.
L Les normes de sécurité pour les grands rassemblements alourdissent l'organisation.
S Confier la programmation musicale à un groupe de jeunes.

== sorties-culturelles* | CUL LOI PRE | TP | COM ASSO AUT
T Sorties culturelles | Tous au spectacle | Culture pour tous
R Le centre propose des places de spectacles, de concerts et de musées à prix réduit ou gratuites, avec un accompagnement pour les habitants qui n'y vont jamais.
R Les sorties sont préparées et suivies d'un temps d'échange.
D Une association de solidarité culturelle fournit chaque mois des invitations pour des concerts, du théâtre et des expositions.
D Les habitants choisissent les spectacles lors d'un comité de programmation, après avoir écouté des extraits ou vu des bandes-annonces.
D Une rencontre avant chaque sortie présente l'œuvre, le lieu et les codes du spectacle, pour que personne ne se sente perdu.
D Un bénévole accompagne chaque sortie et un trajet collectif est organisé en transports en commun.
O Des habitants sont entrés dans un théâtre ou un musée pour la première fois de leur vie.
O Certains participants retournent désormais seuls ou en famille dans les équipements culturels.
O Les échanges après les spectacles ont fait naître un petit groupe de spectateurs fidèles.
L Les spectacles en soirée restent difficiles pour les familles avec de jeunes enfants.
L Le nombre d'invitations varie beaucoup selon les saisons culturelles.
S Proposer davantage de sorties en matinée et le dimanche après-midi.

== atelier-ecriture-slam | CUL EDU | JEU AD | ASSO COM
T Atelier slam | Les mots du quartier | Scène slam du {jour}
R Un atelier d'écriture et de slam où jeunes et adultes écrivent des textes sur leur vie et les déclament sur scène.
R Un slameur professionnel anime les séances et prépare une scène ouverte.
D Chaque séance commence par des jeux d'écriture rapides à partir d'un mot, d'une photo ou d'un objet apporté par un participant.
D Les textes sont ensuite retravaillés individuellement, puis dits à voix haute devant le groupe, qui fait des retours bienveillants.
D Le slameur fait travailler le rythme, la respiration et le regard avant chaque scène ouverte.
D Un recueil des meilleurs textes a été imprimé et distribué à la médiathèque et au collège.
O Des jeunes en difficulté scolaire ont pris goût à l'écriture et le disent à leurs professeurs.
O Le public des scènes ouvertes grandit à chaque édition, avec des parents venus écouter leurs enfants.
O Des adultes timides ont osé lire un texte personnel en public.
L Les adultes sont moins nombreux que les jeunes, surtout en soirée.
L Certains textes très personnels demandent un accompagnement délicat.
S Participer avec le groupe à un tournoi régional de slam.

== bibliotheque-de-rue | CUL EDU | ENF FAM | COM ASSO
T Bibliothèque de rue | Livres au pied des immeubles | Lectures en plein air
R Chaque semaine en été, des animatrices et des bénévoles installent des tapis et des livres au pied des immeubles pour lire avec les enfants et leurs parents.
R La lecture vient aux enfants qui ne fréquentent pas la médiathèque.
D Les séances ont lieu chaque {jour} après-midi de juillet et août, au pied des mêmes immeubles, pour créer un rendez-vous.
D Des tapis, des coussins et des caisses de livres prêtés par la médiathèque sont installés sur la pelouse.
D Les animatrices lisent à voix haute, puis laissent les enfants choisir et feuilleter librement.
D Les parents sont invités à s'asseoir et à lire avec leurs enfants, y compris dans leur langue.
O Les enfants attendent le rendez-vous et viennent chercher les animatrices au pied des immeubles.
O Plusieurs familles se sont inscrites à la médiathèque à la rentrée.
O Des parents qui lisaient peu ont pris l'habitude d'emprunter des albums.
L La pluie et la chaleur obligent à annuler ou écourter certaines séances.
L Les livres s'abîment vite en extérieur.
S Poursuivre pendant l'hiver dans les halls d'immeubles avec l'accord du bailleur.

== cinema-plein-air | CUL LOI MIX | TP | COM
T Cinéma en plein air | Toiles sous les étoiles | Ciné de {quartier}
R Des projections de films en plein air l'été dans le quartier, choisis par un comité d'habitants, précédées d'animations et d'un pique-nique.
R Le cinéma en plein air rassemble toutes les générations autour d'un moment festif.
D Un comité d'habitants choisit les films parmi une sélection proposée par un distributeur spécialisé dans le plein air.
D Des animations précèdent la projection : jeux pour enfants, stand de crêpes, petite scène musicale.
D L'écran gonflable et la sonorisation sont loués, et les services de la ville installent des barrières et des chaises.
D Les habitants apportent plaids et pique-niques et la séance commence à la tombée de la nuit.
O Plusieurs centaines de spectateurs de tous âges sont venus à chaque séance.
O Les habitants se sont réapproprié la place, d'ordinaire peu fréquentée le soir.
O Des familles qui ne vont jamais au cinéma ont découvert des films récents.
L Le bruit tardif gêne certains riverains qui ont fait part de leur mécontentement.
L La location du matériel de projection représente l'essentiel du budget.
S Proposer une séance de ciné-débat sur un documentaire choisi par les jeunes.

== exposition-portraits | CUL MIX | TP | COM BAI
T Portraits d'habitants | Visages de {quartier} | Nous sommes le quartier
R Une exposition de portraits photographiques et de témoignages d'habitants, réalisée avec un photographe et exposée dans les rues du quartier.
R Le projet valorise l'image des habitants et du quartier.
D Un photographe professionnel a réalisé les portraits chez les habitants ou dans les lieux qu'ils aiment dans le quartier.
D Chaque portrait est accompagné d'une phrase du modèle, recueillie lors d'un entretien enregistré.
D Les tirages en grand format ont été collés sur les murs et les palissades, avec l'accord des propriétaires.
D L'inauguration a pris la forme d'une déambulation ponctuée de lectures des témoignages.
O Les habitants photographiés sont fiers de leur portrait et le montrent à leur famille.
O Le quartier a été montré autrement dans la presse locale et sur les réseaux.
O Des habitants qui ne se connaissaient pas se sont découverts en lisant les témoignages.
L Quelques tirages ont été arrachés ou tagués au bout de quelques semaines.
L Certains habitants ont refusé d'être photographiés par crainte d'être reconnus.
S Faire circuler l'exposition dans les autres quartiers et à la mairie.

== orchestre-enfants | CUL EDU | ENF | COM EN ASSO
T Orchestre des enfants | Un instrument pour chaque enfant | Les petits musiciens
R Un orchestre d'enfants où chacun reçoit un instrument prêté et apprend la musique collectivement avec des musiciens professionnels.
R Les enfants répètent trois fois par semaine et donnent des concerts.
D Chaque enfant reçoit un instrument prêté pour la durée du projet et peut l'emporter à la maison.
D Les répétitions ont lieu trois fois par semaine, en petits groupes par instrument puis en orchestre complet.
D Les enfants apprennent d'abord à l'oreille, le solfège arrivant progressivement.
D Les parents assistent à une répétition par mois et s'engagent à accompagner l'enfant aux concerts.
O Les enfants ont donné un premier concert devant plus de deux cents personnes.
O Les parents sont fiers et plusieurs assistent à toutes les répétitions ouvertes.
O Des enfants agités en classe se montrent plus concentrés selon les enseignants.
L Le projet coûte cher : instruments, entretien, musiciens intervenants.
L Quelques enfants abandonnent quand l'apprentissage devient plus exigeant.
S Permettre aux enfants de poursuivre au conservatoire avec une inscription à tarif réduit.

== contes-veillees | CUL INT | TP | ASSO
T Veillées contées | Contes d'ici et d'ailleurs | Il était une fois au centre
R Des veillées où des conteurs et des habitants racontent des contes de leur enfance et de leur pays.
R Les veillées réunissent toutes les générations.
D Un conteur professionnel anime un atelier pour les habitants qui souhaitent apprendre à raconter.
D Les veillées ont lieu le vendredi soir en hiver, autour d'une soupe et d'une tisane.
D Chaque veillée mêle contes traditionnels de la région et contes apportés par les familles venues d'ailleurs.
D Les histoires ont été enregistrées puis rassemblées dans un recueil illustré par les enfants.
O Les habitants ont partagé des histoires de leur enfance qu'ils n'avaient jamais racontées.
O Les enfants découvrent des contes de plusieurs pays et les racontent à leur tour.
O Des personnes âgées isolées viennent régulièrement aux veillées.
L Le public reste restreint et fidèle, difficile à élargir.
L Certains conteurs amateurs hésitent à raconter devant un public.
S Organiser un petit festival du conte avec la médiathèque.

== atelier-couture | CUL SOL | AD | ASSO
T Atelier couture | Fil et aiguille | Couture et retouches
R Un atelier de couture où les habitants apprennent à réaliser et à réparer leurs vêtements, avec des machines mises à disposition.
R L'atelier est un lieu de convivialité et d'échange de savoirs.
D Une couturière bénévole anime l'atelier deux après-midi par semaine avec six machines à coudre.
D Les participantes apprennent les bases : ourlets, fermetures éclair, patrons simples, puis réalisent un vêtement.
D Les tissus sont récupérés auprès d'habitants et d'une entreprise textile.
D Un défilé des créations est organisé à la fête de fin d'année du centre.
O Les participantes savent désormais réparer et ajuster les vêtements de la famille.
O Des amitiés sont nées entre femmes de cultures différentes autour des machines.
O Deux participantes ont entamé une formation en retouche.
L Les machines tombent souvent en panne et la réparation coûte cher.
L L'atelier est saturé et une liste d'attente s'est constituée.
S Créer un atelier de retouches solidaires ouvert aux habitants.

== bal-folk | CUL INT | TP | ASSO
T Bal des familles | Danses du monde | Le bal de {ville}
R Un bal ouvert à tous où l'on apprend des danses traditionnelles d'ici et d'ailleurs, précédé d'un stage d'initiation.
R Le bal réunit toutes les générations.
D Un stage d'initiation d'une heure précède le bal pour que les débutants apprennent les pas de base.
D Des musiciens jouent en direct : accordéon, violon, percussions, et invitent des musiciens d'autres traditions.
D Les danses sont expliquées avant chaque morceau : cercles, rondes, danses en couple et en ligne.
D Un buffet partagé est installé à l'entrée, chacun apportant un plat.
O Des habitants de tous âges ont découvert le plaisir de la danse collective.
O Le bal est devenu un rendez-vous attendu chaque trimestre.
O Les musiciens amateurs du territoire ont trouvé un lieu pour jouer.
L La salle est trop petite lors des bals les plus fréquentés.
L La rémunération des musiciens n'est pas couverte par l'entrée à prix libre.
S Organiser un bal en plein air pendant l'été.

== carnaval | CUL LOI MIX | TP | COM EN ASSO
T Carnaval de {quartier} | Le grand défilé | Carnaval des écoles
R Un carnaval préparé pendant des semaines avec les écoles, l'accueil de loisirs et les habitants : costumes, chars, musique et défilé dans les rues.
R Le carnaval est un moment festif qui rassemble tout le quartier.
D Les costumes sont fabriqués pendant des ateliers ouverts aux familles les mercredis précédant le carnaval.
D Un thème est choisi chaque année avec les enfants des écoles et de l'accueil de loisirs.
D Une batucada accompagne le défilé, qui traverse le quartier jusqu'à la place du marché.
D Le défilé se termine par un goûter et le jugement du bonhomme carnaval.
O Plusieurs centaines de personnes ont défilé, enfants, parents et enseignants.
O Les écoles, l'accueil de loisirs et le centre ont travaillé ensemble sur un projet commun.
O Des parents qui ne venaient jamais au centre ont participé aux ateliers costumes.
L La préparation demande beaucoup de bénévoles pendant plusieurs semaines.
L La sécurité du parcours doit être négociée chaque année avec la mairie.
S Ouvrir le défilé aux associations du quartier.

== residence-artiste | CUL MIX | TP | COM ETAT
T Résidence d'artiste | Un artiste dans le quartier | Création partagée
R Un artiste s'installe pendant plusieurs mois dans le quartier et crée une œuvre avec les habitants.
R La résidence ouvre l'art contemporain à des habitants qui n'y ont pas accès.
D L'artiste est accueillie pendant trois mois dans un appartement mis à disposition par le bailleur.
D Elle rencontre les habitants au marché, à la sortie des écoles et dans les halls pour recueillir des récits et des objets.
D Des ateliers de création sont ouverts à tous, puis l'œuvre finale est réalisée avec les participants.
D Une restitution publique présente l'œuvre et le chemin parcouru pour y arriver.
O Des habitants éloignés de l'art contemporain ont participé à une création exposée publiquement.
O L'œuvre est installée durablement dans le hall du centre social.
O L'artiste a fait découvrir son métier aux jeunes qui l'ont assistée.
L Certains habitants sont restés à l'écart, ne se sentant pas concernés.
L Trois mois sont courts pour établir la confiance.
S Accueillir une nouvelle résidence autour de la musique.

== journal-quartier | CUL CIT | TP | COM BAI
T Journal de quartier | La Gazette de {quartier} | Les échos du quartier
R Un journal trimestriel écrit par des habitants bénévoles, qui raconte la vie du quartier et donne la parole à ceux qui y vivent.
R Le comité de rédaction se réunit chaque mois.
D Le comité de rédaction se réunit chaque mois pour choisir les sujets et répartir les articles.
D Les habitants écrivent des portraits de voisins, des recettes, des annonces d'événements et des billets d'humeur.
D Une journaliste bénévole relit les articles et forme les rédacteurs à l'interview.
D Le journal est imprimé en deux mille exemplaires et distribué dans les boîtes aux lettres par des bénévoles.
O Le journal est lu et attendu, et les habitants proposent des sujets.
O Les rédacteurs ont gagné en confiance dans leur expression écrite.
O Le journal fait circuler l'information entre les associations du quartier.
L Le comité de rédaction repose sur un petit noyau de personnes.
L Les frais d'impression augmentent chaque année.
S Créer une version en ligne et une rubrique écrite par les enfants.

== patrimoine-decouverte | CUL LOI | TP | COM ASSO
T Journées du patrimoine du quartier | Découvrir son quartier | Parcours patrimoine
R Des visites guidées par des habitants pour découvrir l'histoire et l'architecture du quartier lors des journées du patrimoine.
R Les habitants guides ont été formés par un historien.
D Des habitants volontaires ont été formés par un historien local à l'histoire du quartier et de ses bâtiments.
D Le parcours passe par l'ancienne usine, les cités ouvrières, le lavoir et l'église.
D Des plaques avec un code à scanner renvoient vers des témoignages enregistrés.
D Les visites sont gratuites et proposées pendant les journées européennes du patrimoine.
O Les habitants guides sont fiers de transmettre l'histoire de leur quartier.
O Des visiteurs extérieurs sont venus découvrir un quartier qu'ils ne connaissaient que par sa réputation.
O Les écoles utilisent le parcours pour leurs cours d'histoire locale.
L La préparation des visites est longue pour des bénévoles.
L Les archives sont dispersées et difficiles d'accès.
S Proposer des visites aux classes tout au long de l'année.

== boites-a-livres | CUL SOL | TP | COM
T Boîtes à livres | Livres en liberté | Prenez, lisez, déposez
R Des boîtes à livres fabriquées par des habitants et installées dans le quartier permettent d'échanger librement des livres.
R Des bénévoles veillent au bon état des boîtes.
D Les boîtes ont été construites dans l'atelier bois du centre à partir d'anciens meubles.
D Les enfants de l'accueil de loisirs les ont peintes et décorées.
D Elles sont installées près de l'arrêt de bus, du parc et de l'école.
D Des bénévoles passent chaque semaine pour ranger, retirer les livres abîmés et réapprovisionner.
O Les livres circulent : la plupart des boîtes se vident et se remplissent en quelques jours.
O Des habitants ont pris l'habitude d'y déposer leurs livres au lieu de les jeter.
O Les boîtes sont devenues des lieux de conversation entre voisins.
L Certaines boîtes ont été dégradées ou vidées de leurs livres.
L L'humidité abîme les livres en hiver.
S Installer de nouvelles boîtes dans les villages voisins.

== marionnettes | CUL | ENF | ASSO
T Atelier marionnettes | Petit théâtre de marionnettes | Les marionnettes du mercredi
R Les enfants fabriquent des marionnettes et créent un spectacle qu'ils présentent à leurs familles.
R Un marionnettiste anime l'atelier.
D Les enfants fabriquent leurs marionnettes avec des matériaux de récupération : chaussettes, cartons, tissus.
D Ils écrivent ensemble l'histoire du spectacle, puis répètent chaque mercredi avec le marionnettiste.
D Un petit théâtre de bois a été construit par des parents bricoleurs.
D Le spectacle est présenté aux familles en fin d'année, puis à la crèche voisine.
O Les enfants ont gagné en confiance en parlant derrière leur marionnette.
O Les familles sont venues nombreuses à la représentation.
O Des enfants réservés en groupe ont pris la parole pour la première fois.
L L'atelier demande de la place pour stocker les marionnettes et le décor.
L Le marionnettiste n'est disponible qu'une partie de l'année.
S Présenter le spectacle dans les écoles maternelles du quartier.

== film-documentaire | CUL CIT | TP | ASSO COM
T Film documentaire des habitants | Caméra au poing | Notre quartier filmé
R Des habitants réalisent un film documentaire sur leur quartier avec un réalisateur, de l'écriture au montage.
R Le film est projeté lors d'une soirée publique.
D Un réalisateur accompagne le groupe de l'écriture au montage, sur une année.
D Les habitants apprennent à cadrer, à enregistrer le son et à mener une interview.
D Une trentaine d'entretiens ont été filmés avec des habitants de tous âges.
D Le montage est fait collectivement, en choisissant ensemble les séquences.
O Le film a été projeté devant plus de deux cents habitants lors d'une soirée publique.
O Les participants ont acquis des compétences techniques qu'ils réutilisent.
O Le film est utilisé par les partenaires pour présenter le quartier.
L Le montage a pris beaucoup plus de temps que prévu.
L Le matériel prêté n'était pas toujours disponible.
S Diffuser le film dans des festivals de films amateurs.

== batucada | CUL | TP | ASSO
T Batucada du quartier | Percussions brésiliennes | Rythmes de rue
R Un groupe de percussions brésiliennes ouvert à tous, qui anime les événements du quartier.
R Les répétitions ont lieu chaque semaine.
D Les instruments, surdos, caisses claires, tambourins, sont prêtés par le centre.
D Un musicien professionnel encadre les répétitions du {jour} soir.
D Le groupe joue lors des fêtes, du carnaval et des manifestations sportives du territoire.
D Les nouveaux membres sont intégrés en cours d'année grâce à des rythmes simples.
O Le groupe est sollicité par les communes voisines pour animer leurs événements.
O Les participants, de quinze à soixante-dix ans, se sont soudés.
O Des jeunes qui ne pratiquaient aucune activité viennent chaque semaine.
L Le volume sonore gêne le voisinage pendant les répétitions.
L Le transport des instruments est compliqué.
S Trouver une salle insonorisée pour répéter.

%% sport et loisirs

== remise-en-forme-femmes | SAN LOI MIX | AD | COM ASSO
T Sport au féminin | Bouger entre femmes | Remise en forme du {jour}
R Des séances de remise en forme réservées aux femmes du quartier, avec une garde d'enfants, pour reprendre une activité physique dans un cadre rassurant.
R Les séances alternent renforcement musculaire, danse et marche.
D Une éducatrice sportive anime deux séances par semaine dans le gymnase, fermé aux regards extérieurs.
D Les enfants sont gardés dans la salle voisine par une animatrice.
D Les séances alternent renforcement musculaire, danse, étirements et marche rapide en extérieur.
D Un bilan de forme est proposé au début et à la fin de la saison.
O Les participantes ont repris confiance dans leur corps et leurs capacités.
O Certaines se sont inscrites ensuite dans un club de la commune.
O Le groupe organise des marches le week-end de sa propre initiative.
L Le créneau du matin ne convient pas aux femmes qui travaillent.
L Le gymnase est partagé et parfois indisponible.
S Ouvrir une séance en soirée.

== randonnees-familles | LOI SAN | FAM | ASSO
T Randonnées en famille | Marcher ensemble | Les sentiers du dimanche
R Des randonnées pédestres mensuelles pour les familles, à la découverte des paysages autour de la ville.
R Les parcours sont adaptés aux enfants.
D Les randonnées ont lieu un dimanche par mois, sur des parcours de huit à douze kilomètres.
D Un accompagnateur diplômé encadre certaines sorties en moyenne montagne.
D Le transport est assuré en minibus et un pique-nique est partagé à mi-parcours.
D Les enfants reçoivent un carnet pour noter ce qu'ils observent en chemin.
O Les familles ont découvert des paysages proches qu'elles ne connaissaient pas.
O Les enfants marchent plus longtemps au fil des sorties.
O Des familles organisent désormais des balades entre elles.
L La location du minibus coûte cher.
L L'équipement, chaussures et vêtements de pluie, manque à certaines familles.
S Organiser un week-end en refuge avec les familles les plus motivées.

== savoir-nager | SAN LOI | ENF AD | COM
T J'apprends à nager | Savoir nager | Cours de natation pour adultes
R Des cours de natation pour les enfants et les adultes qui ne savent pas nager, avec un maître-nageur, à la piscine municipale.
R Beaucoup d'adultes n'ont jamais appris.
D Un maître-nageur de la piscine municipale donne les cours en petits groupes.
D Des créneaux sont réservés aux femmes, encadrés par une maître-nageuse.
D Le transport en car est organisé depuis le quartier.
D Les enfants passent le test d'aisance aquatique à la fin du cycle.
O De nombreux enfants et adultes savent désormais nager.
O Des familles vont à la piscine ensemble le week-end.
O Des mères qui avaient peur de l'eau accompagnent maintenant leurs enfants.
L Les créneaux de bassin sont rares et très demandés.
L Certains adultes abandonnent par appréhension.
S Proposer des stages intensifs pendant les vacances.

== tournoi-interquartiers | LOI MIX | JEU | COM ASSO
T Tournoi inter-quartiers | La coupe des quartiers | Foot entre quartiers
R Un tournoi de football qui réunit des équipes de jeunes de plusieurs quartiers, avec une charte du fair-play et des animations.
R Le tournoi favorise la rencontre entre des jeunes qui s'ignorent.
D Les équipes sont composées de jeunes de plusieurs quartiers, mélangés par tirage au sort.
D Une charte du fair-play est signée par chaque joueur avant le tournoi.
D Un arbitre forme des jeunes à l'arbitrage pour qu'ils arbitrent certains matchs.
D Un repas partagé clôt la journée, suivi de la remise des trophées.
O Le tournoi s'est déroulé sans incident malgré des rivalités anciennes.
O Des jeunes de quartiers rivaux ont sympathisé et se retrouvent depuis.
O Des jeunes arbitres ont été repérés par le club de football.
L Les filles sont peu nombreuses à s'inscrire.
L L'organisation dépend de la disponibilité du stade.
S Créer un tournoi féminin.

== boxe-educative | SAN | JEU | ASSO
T Boxe éducative | Sur le ring, le respect | Boxe et citoyenneté
R Des séances de boxe éducative pour les jeunes, sans coups portés, qui apprennent la maîtrise de soi et le respect.
R Un éducateur sportif diplômé encadre.
D Les séances se pratiquent sans coups portés, en touche, avec protections.
D Chaque jeune signe une charte de respect et s'engage à venir régulièrement.
D Un temps de parole suit chaque séance pour parler de la gestion de la colère.
D Les parents sont invités à une séance ouverte chaque trimestre.
O Les jeunes disent mieux maîtriser leur colère au collège et à la maison.
O Plusieurs jeunes se sont inscrits au club de boxe de la ville.
O L'éducateur a pu repérer et orienter des jeunes en difficulté.
L Le matériel de protection coûte cher et s'use vite.
L Les filles n'osent pas encore venir.
S Ouvrir un créneau réservé aux filles.

== animations-ete-quartier* | LOI MIX | TP | COM BAI CAF
T Été au quartier | Animations de pied d'immeuble | L'été à {quartier}
R Tout l'été, des animations gratuites au pied des immeubles : jeux, sport, ateliers créatifs, soirées, pour les habitants qui ne partent pas en vacances.
R Les animations sont préparées avec les habitants et les associations.
D Un programme est distribué dans toutes les boîtes aux lettres début juillet.
D Des structures gonflables, des jeux en bois et des ateliers créatifs sont installés chaque après-midi.
D Des soirées festives sont organisées le vendredi : concert, barbecue, projection.
D Les associations du quartier tiennent chacune une animation au moins une fois.
O Des centaines d'habitants ont participé, en particulier des familles qui ne partent pas.
O Le quartier a été animé tout l'été avec peu d'incidents.
O Des jeunes ont été recrutés comme animateurs saisonniers.
L La forte chaleur limite les activités en début d'après-midi.
L Les animations s'arrêtent brutalement à la rentrée.
S Prolonger les animations en septembre.

== petanque | LOI INT | SEN TP | ASSO COM
T Club de pétanque | Concours de boules | Pétanque du {jour}
R Un club de pétanque convivial ouvert à tous, qui organise des concours et accueille les enfants pendant les vacances.
R Les parties sont l'occasion de se retrouver.
D Un terrain a été aménagé derrière le centre avec l'aide des services de la ville.
D Des concours amicaux sont organisés chaque mois, suivis d'un verre de l'amitié.
D Pendant les vacances, les enfants de l'accueil de loisirs sont initiés par les joueurs.
D Un concours annuel réunit les clubs des communes voisines.
O Le club compte de nombreux membres, retraités et actifs.
O Des liens se sont créés entre générations autour du terrain.
O Des hommes âgés isolés ont trouvé un lieu de rencontre quotidien.
L Le terrain est mal éclairé en hiver.
L Les femmes participent peu.
S Installer un éclairage et organiser un concours mixte.

== yoga-relaxation | SAN LOI | AD | ASSO
T Yoga au centre | Respirer ensemble | Yoga pour tous
R Des cours de yoga accessibles à tous, à petit prix, pour se détendre et prendre soin de son corps.
R Les cours sont adaptés aux débutants.
D Une professeure diplômée anime deux cours par semaine, adaptés aux débutants.
D Les tapis et les coussins sont prêtés par le centre.
D Un tarif solidaire permet aux personnes aux revenus modestes de participer.
D Chaque cours se termine par une relaxation guidée.
O Les participants disent mieux gérer leur stress et leurs douleurs.
O Le cours est complet dès l'ouverture des inscriptions.
O Des personnes éloignées de toute activité physique ont repris une pratique régulière.
L La salle est bruyante en raison des activités voisines.
L La demande dépasse largement les places disponibles.
S Ouvrir un cours parents-enfants.

== self-defense-femmes | SAN MIX | AD JEU | ASSO
T Self-défense au féminin | Oser se défendre | Confiance et sécurité
R Des stages de self-défense pour les femmes et les jeunes filles, pour apprendre à se protéger et à réagir.
R La confiance en soi est au cœur du stage.
D Une professeure d'arts martiaux anime des stages de deux jours.
D Les techniques sont simples : se dégager, crier, fuir, poser des limites verbales.
D Un temps de parole permet d'échanger sur les situations vécues.
D Une attestation de participation est remise à la fin du stage.
O Les participantes se sentent plus sûres d'elles dans l'espace public.
O Des témoignages de violences ont émergé et ont été orientés.
O Plusieurs participantes ont demandé un cycle régulier.
L Le stage est court pour ancrer les réflexes.
L Certaines femmes n'osent pas s'inscrire.
S Proposer un cycle annuel.

== sortie-mer | LOI | FAM | CAF COM
T Journée à la mer | Cap sur la plage | Les enfants voient la mer
R Une journée à la mer pour les familles du quartier, souvent la seule sortie de l'été.
R La journée est préparée avec les familles.
D Un car est réservé pour la journée, départ tôt le matin depuis le parking du centre.
D Les familles préparent la journée lors d'une réunion : horaires, pique-nique, crème solaire.
D Des jeux de plage et un château de sable géant sont organisés par les animateurs.
D Un pique-nique partagé réunit toutes les familles à midi.
O Des enfants ont vu la mer pour la première fois.
O Les familles ont passé une journée de détente loin du quartier.
O Des parents ont noué des liens qui se prolongent à la rentrée.
L Le trajet est long et fatigant pour les jeunes enfants.
L Le nombre de places dans le car limite les inscriptions.
S Organiser deux journées pendant l'été.

== loisirs-creatifs | CUL LOI | AD | ASSO
T Loisirs créatifs | Mains créatives | Atelier mosaïque
R Des ateliers de loisirs créatifs pour adultes : mosaïque, peinture, cartonnage, bijoux, dans une ambiance conviviale.
R Les réalisations sont exposées.
D Une animatrice propose chaque mois une nouvelle technique : mosaïque, peinture sur tissu, cartonnage, bijoux.
D Le matériel est fourni, une participation modeste est demandée.
D Les participantes échangent leurs astuces et travaillent parfois sur des projets communs.
D Une exposition des réalisations est organisée au printemps.
O Les participantes ont appris de nouvelles techniques et les pratiquent chez elles.
O Des amitiés sont nées entre des femmes qui ne se connaissaient pas.
O Des créations ont été vendues au profit d'un projet du centre.
L Le matériel coûte cher.
L L'activité attire peu d'hommes.
S Vendre les créations au marché de Noël.

== the-dansant | LOI | SEN | COM ASSO
T Thé dansant | Après-midi dansant | Guinguette des aînés
R Un après-midi dansant mensuel pour les seniors, avec un orchestre et un goûter.
R Les seniors retrouvent le plaisir de danser.
D Un orchestre joue des valses, tangos et chansons connues un dimanche par mois.
D Un goûter est servi à la pause, préparé par des bénévoles.
D Une navette va chercher les personnes qui ne peuvent pas se déplacer.
D Les danseurs expérimentés invitent les nouveaux venus.
O Les seniors viennent nombreux, certains de communes voisines.
O Des personnes isolées ont retrouvé une vie sociale.
O Des veufs et des veuves ont retrouvé le plaisir de danser.
L La salle est trop petite lors des après-midi les plus fréquentés.
L Le coût de l'orchestre est élevé.
S Ouvrir un après-midi aux familles.

== bons-loisirs | LOI PRE | ENF | CAF COM
T Aide aux loisirs des enfants | Un club pour chaque enfant | Pass loisirs
R Le centre aide les familles à inscrire leurs enfants dans des clubs sportifs et culturels grâce à une aide financière et un accompagnement.
R Beaucoup d'enfants ne pratiquaient aucune activité.
D Les familles sont reçues pour choisir une activité avec l'enfant.
D L'aide couvre une partie de la cotisation au club.
D Un animateur accompagne l'enfant lors de la première séance.
D Un suivi est fait avec les clubs en milieu d'année.
O De nombreux enfants pratiquent une activité pour la première fois.
O Les clubs accueillent des enfants du quartier qu'ils ne voyaient pas.
O Des parents se sont investis comme bénévoles dans les clubs.
L Le coût de l'équipement reste un frein.
L Certains enfants abandonnent en cours d'année.
S Créer une bourse aux équipements sportifs.

== parkour | LOI | JEU | COM ASSO
T Parkour et street workout | Le quartier comme terrain de jeu | Sport urbain
R Des séances de parkour et de street workout encadrées dans l'espace public, pour les jeunes qui veulent bouger autrement.
R Un éducateur spécialisé encadre.
D Les séances ont lieu dans le parc et sur la place, avec un éducateur spécialisé.
D Les règles de sécurité et l'échauffement sont enseignés en premier.
D Les jeunes apprennent à évaluer les risques et à progresser par étapes.
D Une démonstration est organisée lors de la fête du quartier.
O Des jeunes se sont investis et viennent chaque semaine.
O Le parc est mieux utilisé et moins dégradé.
O Les habitants ont changé de regard sur les jeunes qui s'entraînent.
L Le risque d'accident inquiète certains parents.
L Le mobilier urbain n'est pas adapté.
S Installer des agrès.

"""
