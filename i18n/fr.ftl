# Les mots du thème et de la compilation de leadfolio, en français. Les termes
# suivent le Cadre de leadership de l'Ontario (compétences, pratiques, preuves).

## Toutes les pages

skip-to-content = Aller au contenu
# Between a label and what it labels: French puts a no-break space before it.
colon = {" :"}
menu = Menu
nav-home = Accueil
nav-evidence = Preuves
nav-matrix = Matrice des preuves
nav-impact = Résultats
nav-plan = Plan
nav-testimonials = Témoignages
nav-about = À propos
nav-panel = Dossier du comité
nav-main = Navigation principale
breadcrumb = Fil d'Ariane
seeking-role = poste visé : { $role }
draft-build = Version provisoire.
draft-build-warning = Ce site contient des brouillons non publiés : ne le diffusez pas.
draft-build-label = Version provisoire
showcase = Vitrine
footer-framework = Référentiel des preuves : { $framework }
footer-privacy = Les données portant sur un nombre de personnes inférieur au seuil de confidentialité sont masquées. Les témoignages sont publiés avec le consentement de leurs auteurs.
page-not-found = Page introuvable
not-found-text = Cette page ne fait pas partie du portfolio. Elle a peut-être été déplacée, ou l'adresse contient une erreur.
go-home = Aller à la page d'accueil
browse-evidence = Parcourir toutes les preuves
previous = Précédent
next = Suivant
draft = Brouillon
gap = Lacune
competencies = Compétences
pieces-of-evidence = { $count ->
    [one] { $count } preuve
   *[other] { $count } preuves
  }
all-pieces-of-evidence = { $count ->
    [one] La preuve
   *[other] Les { $count } preuves
  }
no-evidence-yet = Aucune preuve n'a encore été publiée.
download-pdf-pages = PDF, { $count ->
    [one] { $count } page
   *[other] { $count } pages
  }

## Accueil

portrait-of = Portrait de { $name }
seeking = Poste visé :
credentials-label = Titres et diplômes :
contact = Coordonnées
read-panel-pack = Lire le dossier du comité en ligne
see-matrix = Voir la matrice des preuves
download-panel-pack = Télécharger le dossier du comité
download-cv = Télécharger le CV
introduction = Présentation
impact-at-a-glance = Les résultats en bref
featured-evidence = Preuves à la une
what-happens-next = La suite
plan-summary = { plan-kind }, { $count ->
    [one] { $count } objectif
   *[other] { $count } objectifs
  }
# A plan's kind inside a sentence.
plan-kind = { $kind ->
    [entry] plan d'entrée en fonction
   *[development] plan de perfectionnement
  }
what-colleagues-say = Ce qu'en disent les collègues
all-testimonials = { $count ->
    [one] Le témoignage
   *[other] Les { $count } témoignages
  }
standards-coverage = Couverture du cadre de leadership
coverage-sentence = Des preuves pour { $covered } des { $total } compétences du référentiel ({ $framework }).
coverage-sentence-evidenced = { $covered ->
    [one] Des preuves pour { $covered } compétence du référentiel ({ $framework }).
   *[other] Des preuves pour { $covered } compétences du référentiel ({ $framework }).
  }
open-matrix = Ouvrir la matrice des preuves

## Preuves

evidence-lede = { $count ->
    [one] { $count } preuve, reliée aux compétences qu'elle démontre.
   *[other] { $count } preuves, chacune reliée aux compétences qu'elle démontre.
  }
evidence-number = P{ $number }
evidence-description = Toutes les preuves du portfolio de { $name }.
draft-note = Ceci est un brouillon : il ne fait pas partie du portfolio publié.
when = Quand
my-role = Mon rôle
tags = Mots-clés
standards-shown = Compétences démontrées
the-numbers = Les données
reflection = Réflexion et prochaines étapes
attachments = Pièces jointes
more-evidence = Autres preuves
period-to = { $from } – { $to }
period-present = depuis { $from }
present = aujourd'hui
task-done = Fait :
task-to-do = À faire :
about-prefix = À propos de :

## Données

no-published-value = Aucune valeur publiée
every-value-is = chaque valeur est { $note }
suppressed-note = masquée (n < { $min })
withheld-note = retenue pour protéger un petit groupe
withheld-short = retenue
# A bar not drawn, on a chart's axis: its group had fewer than $min people.
suppressed-short = n < { $min }
values-suppressed = { $count ->
    [one] { $count } valeur masquée (n < { $min })
   *[other] { $count } valeurs masquées (n < { $min })
  }
open-chart-image = Ouvrir le graphique en image
baseline = Point de départ
target = Cible
direction = Sens
higher-is-better = Plus c'est élevé, mieux c'est
lower-is-better = Plus c'est bas, mieux c'est
source = Source
privacy = Confidentialité
used-by = Preuves :
data-table = Tableau de données : { $title }
more-rows = { $count ->
    [one] { $count } autre ligne : toutes les valeurs sont dans le fichier CSV ci-dessous
   *[other] { $count } autres lignes : toutes les valeurs sont dans le fichier CSV ci-dessous
  }
download-csv = Télécharger toutes les valeurs en CSV
csv-rows = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
  }
no-data = aucune donnée
table-date = Date
table-group = Groupe
improved = en progrès
worsened = en recul
no-change = stable
change-none = Aucun changement
change-percentage-points = { $value } points de pourcentage
target-met = Cible { $target } : atteinte
target-not-met = Cible { $target } : pas encore atteinte
from-to = de { $from } à { $to }
# A metric's change inside a sentence: "+8 points, from 48 to 56".
change-phrase = { $change }, { $fromto }
a-colleague = Un ou une collègue

## Graphiques, pour les lecteurs d'écran et l'image du graphique

chart-line = Graphique linéaire : { $title }.
chart-bar = Graphique à barres : { $title }.
chart-before-after = Graphique avant-après : { $title }.
chart-series-range = { $series } : { $first } en { $from }, { $last } en { $to }.
chart-series-one = { $series } : { $value } en { $at }.
chart-series-none = { $series } : aucune valeur publiée.
chart-change = { $against ->
    [baseline] Évolution par rapport au point de départ
   *[first] Évolution depuis la première valeur
  } : { $change }{ $verdict ->
    [improved] , une amélioration
    [worsened] , un recul
   *[none] {""}
  }.
chart-target-sentence = { $target }.
chart-alt = { $title }. { $words }
chart-zoomed = L'axe des valeurs commence à { $from } et non à zéro : les écarts paraissent donc plus grands que sur une échelle complète.
chart-grouped = Ses { $categories } catégories sont dessinées en { $bars } barres, chacune la moyenne d'au plus { $per } catégories qui se suivent ; le tableau et le fichier CSV donnent chaque valeur.
chart-withheld = { $count ->
    [one] { $count } valeur est retenue pour protéger un petit groupe.
   *[other] { $count } valeurs sont retenues pour protéger un petit groupe.
  }
chart-suppressed = { $count ->
    [one] { $count } valeur est masquée, car elle porte sur moins de { $min } personnes.
   *[other] { $count } valeurs sont masquées, car elles portent sur moins de { $min } personnes.
  }
chart-baseline = Départ
chart-target = Cible

## Résultats, matrice, compétences, témoignages, à propos

impact-lede = Ce qui a changé, par rapport à chaque point de départ et à chaque cible, avec les données derrière chaque chiffre.
impact-description = Ce qui a changé, en chiffres, par rapport aux points de départ et aux cibles.
metrics-on-page = Indicateurs sur cette page
no-metrics = Aucun indicateur n'a encore été publié.
matrix-description = Les preuves mises en relation avec le référentiel : { $framework }.
matrix-lede = { $framework } : des preuves pour { $covered } des { $total } compétences.
matrix-lede-gaps = { $framework } : des preuves pour { $covered } des { $total } compétences ; { $gaps } sans preuve pour l'instant.
matrix-lede-evidenced = { $covered ->
    [one] { $framework } : la compétence appuyée par des preuves.
   *[other] { $framework } : les { $covered } compétences appuyées par des preuves.
  }
framework-source = Cadre : { $source }. Les descriptions sont des résumés dans nos propres mots.
no-evidence-for-it = aucune preuve pour l'instant
matrix-legend-hit = la preuve de cette colonne démontre la compétence de cette ligne
matrix-legend-gap = une compétence sans preuve pour l'instant (sa ligne est ombrée)
matrix-legend-plan = nombre d'objectifs du plan qui visent la compétence
matrix-scroll-cue = Faites défiler le tableau horizontalement pour voir toutes les preuves →
evidence-matrix = Matrice des preuves
matrix-caption = Matrice des preuves : compétences et preuves
competency = Compétence
pieces = Preuves
plan-column = Plan
goals-in-plan = { $count ->
    [one] objectif dans le plan
   *[other] objectifs dans le plan
  }
no-goal = aucun objectif
yes = oui
no = non
evidence-in-full = Les preuves en entier :
no-competency-evidence = Aucune preuve publiée ne démontre encore cette compétence.
in-the-plan = Dans le plan
other-competencies = Autres compétences
testimonials-lede = Dans les mots des collègues, publiés avec leur consentement écrit.
testimonials-description = Ce que les collègues disent du travail de { $name }.
no-testimonials = Aucun témoignage n'a encore été publié.
about-title = À propos de { $name }
about-description = { $name } : parcours, titres et coordonnées.
career = Parcours professionnel
credentials = Titres et diplômes
email = Courriel :
contact-on-request = Coordonnées disponibles sur demande.

## Page et dossier du comité

panel-title = Dossier du comité : { $name }
panel-description = Un résumé prêt à imprimer des preuves de leadership de { $name }.
panel-kicker = Portfolio de leadership · dossier du comité
applying-for = Candidature :
pack-hint = Le PDF est mis en page pour l'impression et les portails de candidature ; cette page s'imprime aussi.
print-hint = Pour imprimer ou enregistrer en PDF, utilisez la commande Imprimer de votre navigateur ; cette page est mise en page pour le papier.
summary = Synthèse
stat-evidence = { $count ->
    [one] preuve
   *[other] preuves
  }
stat-competencies = { $count ->
    [one] compétence démontrée
   *[other] compétences démontrées
  }
stat-metrics = { $count ->
    [one] résultat mesuré
   *[other] résultats mesurés
  }
stat-testimonials = { $count ->
    [one] témoignage
   *[other] témoignages
  }
headline-figures = Chiffres clés
headline-figures-table = Tableau des chiffres clés
headline-figures-caption = L'évolution de chaque indicateur par rapport à son point de départ et à sa cible
measure = Indicateur
change = Évolution
no-target = Aucune cible
evidence-against = Les preuves au regard du référentiel : { $framework }
target-state-met = { $target } : atteinte
target-state-not-met = { $target } : pas encore atteinte
pack-footer = { $name } · Dossier du comité
pack-continued = Ce document va au-delà de ce que le dossier imprime : la suite est sur le site.
pack-page = Page { $page } sur { $total }
pack-draft = Brouillon : à ne pas soumettre
pack-photo = Photo de { $name }
standards-at-a-glance = Le cadre en bref
on-the-site = Sur le site
shows = Démontre :
standards = Compétences :
builds-on = S'appuie sur :
matrix-pack-note = Les compétences du référentiel ({ $framework }) en lignes, les preuves en colonnes : ● indique une preuve qui démontre une compétence ; les lignes ombrées n'ont pas encore de preuve. Les marques et les numéros de la légende des preuves à la une mènent à leur page dans ce dossier.
matrix-pack-note-evidenced = Les compétences du référentiel ({ $framework }) appuyées par des preuves en lignes, les preuves en colonnes : ● marque une preuve qui montre une compétence. Les marques et les numéros des preuves mises en avant renvoient à elles dans ce dossier.
more-from-colleagues = D'autres témoignages
pack-lead = La preuve principale
pack-next-step = Prochaine étape
pack-next-phase = { $phase } ({ $when })
pack-key-on-site = sur le site
pack-value = Valeur
more-testimonials = { $count ->
    [one] { $count } autre témoignage figure sur le site.
   *[other] { $count } autres témoignages figurent sur le site.
  }
career-and-credentials = Parcours, titres et diplômes
more-rows-on-site = { $count ->
    [one] { $count } autre ligne sur le site
   *[other] { $count } autres lignes sur le site
  }
## Le plan

plan-entry = Plan d'entrée en fonction
plan-development = Plan de perfectionnement
status-planned = Prévu
status-under-way = En cours
status-done = Réalisé
day-one-is = le jour 1 est le { $date }
plan-phases = Étapes du plan
goals = { $count ->
    [one] { $count } objectif
   *[other] { $count } objectifs
  }
no-goals-yet = Aucun objectif pour l'instant.
measures = Indicateurs
measure-none = aucune valeur publiée
measure-now = actuellement { $value }
measure-aim = visé : { $value }
measure-aim-by = visé : { $value } d'ici { $date }
measure-stands-aims = { $stands } ; { $aims }
measure-line = { $title }{ colon } { $sentence }
measure-line-to-go = { $title }{ colon } { $sentence } ({ $togo })
aim-reached = objectif atteint
to-go = encore { $change }
days = Jours { $from } à { $to }
day = Jour { $day }
what-happens-next-plan = La suite : { $title }

## Vitrine

leaders = Leaders
browse-standards = Compétences
roles = Fonctions
showcase-leaders = { $count ->
    [one] { $count } portfolio de leadership
   *[other] { $count } portfolios de leadership
  }
showcase-lede = { $organisation } : { $count ->
    [one] { $count } portfolio de leadership, dont les preuves sont reliées aux compétences en leadership.
   *[other] { $count } portfolios de leadership, dont les preuves sont reliées aux compétences en leadership.
  }
showcase-description = { $count ->
    [one] { $count } portfolio de leader, relié aux compétences en leadership.
   *[other] { $count } portfolios de leaders, reliés aux compétences en leadership.
  }
showcase-privacy = Les données portant sur un nombre de personnes inférieur au seuil de confidentialité de chaque portfolio sont masquées. Les témoignages sont publiés avec le consentement de leurs auteurs.
showcase-not-found = Cette page ne fait pas partie de la vitrine. Elle a peut-être été déplacée, ou l'adresse contient une erreur.
every-leader = Voir les portfolios de tous les leaders
filter-standard = Compétence
filter-any-standard = Toutes les compétences
filter-role = Fonction
filter-any-role = Toutes les fonctions
filter-plan = Seulement les leaders qui ont un plan
leaders-shown = { $count ->
    [one] { $count } leader affiché
   *[other] { $count } leaders affichés
  }
browse-by-standard = Parcourir par compétence
browse-by-role = Parcourir par fonction
leaders-with-plan = Leaders qui ont un plan
leader-count = { $count ->
    [one] { $count } leader
   *[other] { $count } leaders
  }
no-leader-yet = aucun leader pour l'instant
evidence-from-leaders = { $count ->
    [one] Des preuves de { $count } leader.
   *[other] Des preuves de { $count } leaders.
  }
no-leader-evidence = Aucun leader utilisant ce référentiel ({ $framework }) n'a encore publié de preuve pour cette compétence.
leaders-in-role = { $count ->
    [one] { $count } leader dans cette fonction.
   *[other] { $count } leaders dans cette fonction.
  }
competencies-with-evidence = Compétences démontrées
leader-seeking = Poste visé : { $role }

## L'aperçu

preview-failed = Le dernier enregistrement n'a pas pu être compilé ; voici la dernière version valide. Corrigez le problème et enregistrez de nouveau.

## Nombres

percent = { $value } %
# A value and a unit that is a word (`8 points`, `1,200 students`).
value-with-unit = { $value } { $unit }

## Les mots propres au dossier du comité

pack-change-column = Évolution (départ → dernière valeur)
pack-matrix-plan = ○ compte les objectifs du plan qui visent une compétence.
pack-matrix-left-out = { $count ->
    [one] L'autre preuve figure dans la matrice du site.
   *[other] Les { $count } autres preuves figurent dans la matrice du site.
  }
key = Légende

## Recherche
search = Rechercher
search-this-portfolio = Rechercher dans ce portfolio
search-showcase = Rechercher dans les preuves de tous les leaders
search-for = Rechercher
search-page-lede = Recherchez dans les preuves : titres, résumés, récits, chiffres et témoignages.
search-page-lede-showcase = Recherchez dans les preuves de tous les leaders : titres, résumés, récits, chiffres et témoignages.
search-leader = Leader
search-any-leader = Tous les leaders
search-found = { $count ->
    [one] { $shown } preuve trouvée
    [many] { $shown } de preuves trouvées
   *[other] { $shown } preuves trouvées
  }
search-nothing = Aucun résultat. Essayez un autre mot, ou moins de filtres.
search-more = Afficher plus de résultats
search-needs-script = La recherche a besoin de JavaScript, désactivé dans ce navigateur.
search-needs-server = La recherche fonctionne quand le site est servi par un serveur web (par exemple par leadfolio serve), pas quand il est ouvert depuis un dossier.
search-failed = La recherche n’a pas pu charger son index.
search-browse-evidence = Parcourir toutes les preuves
search-browse-leaders = Parcourir tous les leaders

## Une longue liste de leaders, page par page
leader-pages = Pages de leaders
leader-pages-end = Pages de leaders, après la liste
leaders-page = Leaders, page { $page } sur { $pages }
leaders-range = { $count ->
    [one] Leader { $from } sur { $count }
   *[other] Leaders { $from } à { $to } sur { $count }
  }
