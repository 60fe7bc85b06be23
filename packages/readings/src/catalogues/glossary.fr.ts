/** Le glossaire : la traduction de `glossary.en.ts`, mêmes clés, en français simple. */
import type { TranslationOf } from "../catalogue.js";
import type { glossaryEn } from "./glossary.en.js";

export const glossaryFr: TranslationOf<typeof glossaryEn> = {
  "glossary.actor.name": "acteur",
  "glossary.actor.line": "Une organisation ou une personne du territoire : un point du réseau.",
  "glossary.link.name": "lien",
  "glossary.link.line":
    "Une alliance entre deux acteurs (un partenariat, un projet commun, un comité partagé).",
  "glossary.world.name": "monde",
  "glossary.world.line":
    "Le type d’organisation auquel appartient un acteur (collectivités, entreprises, associations, recherche…), donné dans les données.",
  "glossary.community.name": "communauté",
  "glossary.community.line":
    "Un groupe d’acteurs plus alliés entre eux qu’avec le reste, trouvé par un algorithme (Leiden ou Louvain) à partir des seuls liens.",
  "glossary.collective.name": "collectif",
  "glossary.collective.line":
    "Une alliance de plus de deux acteurs à la fois (un comité, un projet, un consortium), qui relie chaque membre à tous les autres.",
  "glossary.degree.name": "degré",
  "glossary.degree.line": "Le nombre de partenaires d’un acteur.",
  "glossary.strength.name": "force",
  "glossary.strength.line":
    "La somme des poids des liens d’un acteur : le degré, en comptant l’intensité de chaque lien.",
  "glossary.density.name": "densité",
  "glossary.density.line": "La part des liens possibles entre acteurs qui existent.",
  "glossary.component.name": "composante connexe",
  "glossary.component.line":
    "Un ensemble d’acteurs qui peuvent tous se joindre par des liens ; deux composantes distinctes ne se rejoignent jamais.",
  "glossary.betweenness.name": "intermédiarité",
  "glossary.betweenness.line":
    "La fréquence à laquelle un acteur se trouve sur les plus courts chemins entre deux autres acteurs : la part de ces chemins qu’il peut relayer.",
  "glossary.closeness.name": "proximité",
  "glossary.closeness.line":
    "Le petit nombre d’étapes dont un acteur a besoin, en moyenne, pour joindre tous les autres.",
  "glossary.harmonic.name": "centralité harmonique",
  "glossary.harmonic.line":
    "Une proximité qui reste définie quand certains acteurs sont injoignables : la moyenne de un sur la distance à chaque autre acteur.",
  "glossary.pagerank.name": "PageRank",
  "glossary.pagerank.line":
    "L’importance d’un acteur quand être allié à des acteurs importants compte davantage.",
  "glossary.eigenvector.name": "centralité de vecteur propre",
  "glossary.eigenvector.line": "L’importance d’un acteur comme somme de l’importance de ses partenaires.",
  "glossary.core.name": "numéro de cœur",
  "glossary.core.line":
    "Le plus grand k tel que l’acteur appartient à un groupe où chacun a au moins k partenaires dans le groupe.",
  "glossary.corePeriphery.name": "cœur et périphérie",
  "glossary.corePeriphery.line":
    "Une structure où un cœur d’acteurs est allié entre lui et avec tous, et une périphérie surtout alliée au cœur (Borgatti et Everett) ; son ajustement, de 0 à 1, dit à quel point les liens s’approchent de ce schéma.",
  "glossary.coreness.name": "proximité du cœur",
  "glossary.coreness.line":
    "À quel point un acteur se tient près du cœur, dans un cœur et une périphérie : élevée pour les acteurs alliés entre eux et à beaucoup d’autres, faible en bordure.",
  "glossary.layer.name": "type d’alliance",
  "glossary.layer.line":
    "Les alliances d’un même type de lien (financement, gouvernance, projet, information…) prises comme un réseau à part, une couche, pour voir si chaque type repose sur ses propres acteurs.",
  "glossary.qap.name": "QAP",
  "glossary.qap.line":
    "Procédure d’affectation quadratique : une régression qui demande si les paires d’acteurs qui partagent quelque chose (un monde, une commune, une courte distance) s’allient plus souvent, testée en mélangeant les acteurs pour que la structure même du réseau ne passe pas pour un effet.",
  "glossary.clustering.name": "clustering",
  "glossary.clustering.line":
    "La part des paires de partenaires d’un acteur qui sont aussi alliées entre elles.",
  "glossary.transitivity.name": "transitivité",
  "glossary.transitivity.line":
    "Sur tout le territoire, la part des chemins en deux étapes qui se referment en triangle.",
  "glossary.centralization.name": "centralisation",
  "glossary.centralization.line":
    "À quel point un acteur domine tous les autres sur une centralité (1 : une étoile autour d’un acteur ; 0 : tous égaux).",
  "glossary.gini.name": "indice de Gini",
  "glossary.gini.line":
    "À quel point une grandeur est inégalement répartie entre les acteurs (0 : tous égaux ; 1 : un seul acteur détient tout).",
  "glossary.lorenz.name": "courbe de Lorenz",
  "glossary.lorenz.line":
    "La part du total détenue par les x % d’acteurs les plus faibles, pour chaque x : plus elle s’éloigne sous la diagonale, plus l’inégalité est forte.",
  "glossary.brokerage.name": "intermédiation",
  "glossary.brokerage.line":
    "Se tenir entre deux acteurs qui ne sont pas alliés directement, de sorte que ce qui circule entre eux peut passer par vous.",
  "glossary.topBrokerShare.name": "part du premier intermédiaire",
  "glossary.topBrokerShare.line":
    "La part de l’intermédiarité de tous les acteurs, additionnée, que détient le premier intermédiaire.",
  "glossary.effectiveBrokers.name": "intermédiaires effectifs",
  "glossary.effectiveBrokers.line":
    "Le nombre d’intermédiaires égaux qui donnerait la même concentration de l’intermédiation (l’inverse de l’indice de Herfindahl de l’intermédiarité).",
  "glossary.coordinator.name": "coordinateur",
  "glossary.coordinator.line":
    "Un rôle d’intermédiaire (Gould et Fernandez) : relayer entre deux acteurs de son propre monde.",
  "glossary.consultant.name": "consultant (itinérant)",
  "glossary.consultant.line":
    "Un rôle d’intermédiaire (Gould et Fernandez) : relayer entre deux acteurs d’un même monde, qui n’est pas le sien.",
  "glossary.representative.name": "représentant",
  "glossary.representative.line":
    "Un rôle d’intermédiaire (Gould et Fernandez) : relayer entre un acteur de son propre monde et un acteur d’un autre monde (dans un réseau orienté, de son monde vers l’extérieur).",
  "glossary.gatekeeper.name": "gardien",
  "glossary.gatekeeper.line":
    "Un rôle d’intermédiaire (Gould et Fernandez) : faire entrer dans son propre monde ce qui vient d’un autre monde (réseaux orientés seulement).",
  "glossary.liaison.name": "agent de liaison",
  "glossary.liaison.line":
    "Un rôle d’intermédiaire (Gould et Fernandez) : relayer entre deux acteurs de deux mondes différents, dont aucun n’est le sien.",
  "glossary.constraint.name": "contrainte",
  "glossary.constraint.line":
    "À quel point les partenaires d’un acteur sont liés entre eux (Burt) : forte quand tous ses partenaires se connaissent, faible quand il relie des groupes séparés.",
  "glossary.effectiveSize.name": "taille effective",
  "glossary.effectiveSize.line":
    "Le nombre de partenaires d’un acteur moins leur redondance (Burt) : les partenaires qui ouvrent des portes différentes.",
  "glossary.blau.name": "indice de Blau",
  "glossary.blau.line":
    "La probabilité que deux partenaires d’un acteur, tirés au hasard, appartiennent à des mondes différents (0 : tous dans un seul monde).",
  "glossary.eiIndex.name": "indice E-I",
  "glossary.eiIndex.line":
    "Liens entre mondes moins liens au sein des mondes, rapportés à tous les liens (Krackhardt et Stern) : de −1 (seulement au sein) à +1 (seulement entre).",
  "glossary.assortativity.name": "assortativité",
  "glossary.assortativity.line":
    "Si les acteurs s’allient dans leur propre monde plus que le hasard ne le donnerait (positive), moins (négative) ou autant (0).",
  "glossary.mixingMatrix.name": "matrice de mélange",
  "glossary.mixingMatrix.line":
    "Un tableau qui compte les liens entre chaque paire de mondes ; une case vide est une paire de mondes qui ne s’allient jamais.",
  "glossary.modularity.name": "modularité",
  "glossary.modularity.line":
    "À quel point les liens tombent davantage à l’intérieur des groupes que le hasard ne le donnerait (proche de 0 : pas de groupes ; au-dessus de 0,3 : des groupes nets).",
  "glossary.nullModel.name": "modèle nul",
  "glossary.nullModel.line":
    "Des territoires aléatoires avec les mêmes acteurs et le même nombre de partenaires chacun, pour distinguer ce que la structure explique de ce que donne le hasard.",
  "glossary.zScore.name": "score z",
  "glossary.zScore.line":
    "De combien d’écarts-types une grandeur observée s’éloigne de sa moyenne dans le modèle nul (au-delà de 2 en valeur absolue : peu probable par hasard).",
  "glossary.dependence.name": "dépendance",
  "glossary.dependence.line":
    "Comment le territoire se défait quand des acteurs partent : la plus grande composante après le retrait des premiers intermédiaires un à un, recalculée après chaque départ.",
  "glossary.cutVertex.name": "point d’articulation",
  "glossary.cutVertex.line":
    "Un acteur dont le départ coupe le réseau : certains acteurs ne pourraient plus en joindre d’autres.",
  "glossary.keyPlayer.name": "acteur clé",
  "glossary.keyPlayer.line":
    "Un ensemble d’acteurs dont le départ conjoint fragmente le plus le réseau (Borgatti).",
  "glossary.keystone.name": "clé de voûte",
  "glossary.keystone.line": "Un acteur dont le départ déconnecte deux mondes qui étaient reliés.",
  "glossary.governance.name": "forme de gouvernance",
  "glossary.governance.line":
    "La façon dont les alliances sont pilotées (Provan et Kenis) : partagée entre les membres, autour d’une organisation pilote, ou par une organisation administrative.",
};
