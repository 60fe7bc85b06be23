/** Les rapports : la traduction de `report.en.ts`, mêmes clés. */
import type { TranslationOf } from "../catalogue.js";
import type { reportEn } from "./report.en.js";

export const reportFr: TranslationOf<typeof reportEn> = {
  "report.subtitle":
    "Un réseau de liens : qui est relié à qui, si les mondes se parlent, qui se tient au milieu.",
  "report.contents": "Sommaire",
  "report.footer": "Réalisé avec Catalyse.",
  "report.not-available": "Pas encore disponible pour ce territoire.",

  "report.figures.title": "Le territoire en chiffres",
  "report.figures.readings": "Ce que disent les chiffres",
  "report.null.caption":
    "Plus que le hasard ? Chaque mesure face à {replicates, plural, one {# réseau aléatoire} other {# réseaux aléatoires}} du même territoire (mêmes nombres de partenaires ; mondes mélangés pour les mesures de mondes)",
  "report.null.figure": "mesure",
  "report.null.observed": "observée",
  "report.null.chance": "le hasard donne",
  "report.null.z": "score z",

  "report.map.title": "La carte du réseau",
  "report.map.caption":
    "Chaque point est un acteur, coloré selon son monde et d’autant plus gros qu’il a de partenaires ; chaque trait est un lien. {geographic, select, yes {Les acteurs sont placés selon leur latitude et leur longitude.} other {Des acteurs proches sur la carte sont étroitement liés (disposition ForceAtlas2).}} Survolez un point pour voir le nom de l’acteur.",
  "report.map.aria":
    "Carte du réseau : {actors, plural, one {# acteur} other {# acteurs}} colorés selon leur monde",
  "report.map.per-world": "Acteurs par monde",

  "report.lorenz.title": "Qui tient le réseau",
  "report.lorenz.links": "liens",
  "report.lorenz.brokerage": "intermédiation",
  "report.lorenz.caption":
    "Les acteurs rangés du moins au plus central. Sur la diagonale en pointillés, chacun détient une part égale ; plus une courbe s’en écarte vers le bas, plus quelques acteurs détiennent l’essentiel.",
  "report.lorenz.aria": "Courbes de Lorenz : {names}",
  "report.lorenz.axis": "part des acteurs (du moins au plus central)",
  "report.lorenz.shares": "Parts détenues par les acteurs les plus centraux",
  "report.lorenz.top": "les premiers {share} des acteurs ({count, plural, one {# acteur} other {# acteurs}})",
  "report.lorenz.share-of-links": "part des liens",
  "report.lorenz.share-of-brokerage": "part de l’intermédiation",

  "report.mixing.title": "Les mondes se parlent-ils ?",
  "report.mixing.none": "Il n’y a qu’un monde, ou aucun lien : pas de mélange à montrer.",
  "report.mixing.caption":
    "Nombre de liens entre chaque paire de mondes ; la diagonale compte les liens au sein d’un monde. Plus une case est foncée, plus elle compte de liens.",
  "report.mixing.table": "Liens entre mondes",
  "report.mixing.aria": "Liens entre mondes : une grille de {n} sur {n}",

  "report.brokers.title": "Les premiers intermédiaires",
  "report.brokers.by-betweenness":
    "Les acteurs par lesquels passent le plus de plus courts chemins entre d’autres acteurs (intermédiarité), avec le rôle qu’ils jouent le plus souvent entre les mondes.",
  "report.brokers.by-degree":
    "L’intermédiarité n’a pas été calculée : les acteurs sont rangés selon leur nombre de partenaires.",
  "report.brokers.no-role": "aucun",

  "report.communities.title": "Communautés et mondes",
  "report.communities.intro":
    "Des groupes d’acteurs plus liés entre eux qu’avec le reste, nommés d’après leurs membres les plus centraux, et les mondes dont viennent leurs membres.",
  "report.communities.name":
    "{others, plural, =0 {{names}} one {{names} et # autre} other {{names} et # autres}}",
  "report.communities.community": "communauté",

  "report.timeline.title": "Dans le temps : la chronologie et les signaux faibles",
  "report.timeline.undated": "Aucun lien ni acteur ne porte de date : il n’y a pas de chronologie à montrer.",
  "report.timeline.caption": "Acteurs et liens actifs à la fin de chaque année.",
  "report.timeline.aria": "Acteurs et liens année par année",
  "report.timeline.year": "année",
  "report.timeline.worlds": "mondes",
  "report.timeline.signals": "Signaux faibles : ce qui change avant que cela se voie.",

  "report.standing.title": "Où se situe le territoire parmi les pilotes",
  "report.standing.none": "Aucun territoire pilote n’a été donné pour comparer.",
  "report.standing.caption":
    "Chaque ligne est une mesure, de sa plus petite à sa plus grande valeur parmi les {count} territoires ; les points gris sont les pilotes, le point rouge est {name}.",
  "report.standing.aria": "Où se situe le territoire parmi les autres, mesure par mesure",
  "report.standing.rank": "rang (1 = la plus grande)",
  "report.standing.rank-of": "{rank} sur {count}",
  "report.standing.lowest": "la plus petite",
  "report.standing.highest": "la plus grande",

  "report.core-periphery.title": "Un groupe au milieu ? Cœur et périphérie",
  "report.core-periphery.intro":
    "Un cœur et une périphérie, c’est un groupe d’acteurs alliés entre eux et avec tous, autour duquel les autres se rassemblent (Borgatti et Everett). Le principe de l’article est que personne ne se tient au milieu : un cœur net dit qu’un groupe, lui, s’y tient.",
  "report.core-periphery.caption":
    "Les acteurs les plus proches du cœur (proximité du cœur, la plus haute d’abord), et si chacun est dans le cœur",
  "report.core-periphery.in-core": "dans le cœur",
  "report.yes": "oui",
  "report.no": "non",
  "report.layers.title": "Types d’alliance",
  "report.layers.intro":
    "Chaque type d’alliance (le type de lien : financement, gouvernance, projet…) pris comme un réseau à part : chacun repose-t-il sur ses propres acteurs ?",
  "report.layers.caption": "Une ligne par type d’alliance",
  "report.layers.spanned": "Les acteurs qui prennent part au plus grand nombre de types d’alliance",
  "report.qap.title": "Partager un monde explique-t-il qui s’allie avec qui ? (QAP)",
  "report.qap.note": "remarque",
  "report.glossary.title": "Glossaire",
  "report.glossary.entry": "{name} : {line}",

  "report.comparison.title": "Comparaison de {count} territoires",
  "report.comparison.figures": "Les mesures côte à côte",
  "report.comparison.figures-intro":
    "Une ligne par territoire. Le nombre entre parenthèses est le rang du territoire pour cette mesure (1 = la plus grande valeur).",
  "report.comparison.size": "Taille et structure",
  "report.comparison.middle": "Personne au milieu",
  "report.comparison.worlds": "Les mondes se parlent-ils ?",
  "report.comparison.collectives": "Collectifs",
  "report.comparison.territory": "territoire",
  "report.comparison.standout": "Ce qui ressort",
  "report.comparison.null": "Face au hasard",
  "report.comparison.null-intro":
    "De combien d’écarts types chaque mesure s’éloigne de ce que donnent des réseaux aléatoires du même territoire (mêmes acteurs et nombres de partenaires ; mondes mélangés pour les mesures de mondes). Au-delà de ±2, le hasard seul donne rarement une telle valeur.",
  "report.comparison.governance": "Lectures de la gouvernance",
  "report.comparison.lorenz": "Les liens sont-ils inégalement répartis ?",
  "report.comparison.lorenz-caption":
    "Courbes de Lorenz du nombre de partenaires, une par territoire : plus une courbe passe sous la diagonale, plus quelques acteurs détiennent les liens.",
  "report.comparison.maps": "Les territoires d’un coup d’œil",
  "report.comparison.map-fallback":
    "{name} : {actors, plural, one {# acteur} other {# acteurs}}, {links, plural, one {# lien} other {# liens}}.",
};
