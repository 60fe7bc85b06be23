/** Les méthodes des chercheurs pour comparer les territoires : la traduction de `methods.en.ts`, mêmes clés. */
import type { TranslationOf } from "../catalogue.js";
import type { methodsEn } from "./methods.en.js";

export const methodsFr: TranslationOf<typeof methodsEn> = {
  "methods.core-periphery.group":
    "Cœur et périphérie : les alliances se rassemblent autour d’un cœur de {size, plural, one {# acteur} other {# acteurs}} ({share} des acteurs : {members}), alliés entre eux, tandis que les autres sont surtout alliés à ce cœur (ajustement {fit}, de 0 : aucune structure de ce genre, à 1 : un cœur et une périphérie parfaits ; net à partir de {threshold}). Aucun acteur seul ne se tient au milieu, mais un groupe, oui.",
  "methods.core-periphery.single":
    "Cœur et périphérie : les alliances se rassemblent autour d’un seul acteur, {member} (ajustement {fit}, de 0 : aucune structure de ce genre, à 1 : un cœur et une périphérie parfaits ; net à partir de {threshold}). Un cœur d’un seul acteur est une étoile : un acteur se tient au milieu, pas un groupe.",
  "methods.core-periphery.none":
    "Pas de cœur et de périphérie nets (ajustement {fit}, sous le seuil de {threshold} à partir duquel il est net ; 1 serait un cœur et une périphérie parfaits) : les alliances ne se rassemblent pas autour d’un groupe au centre. Le meilleur cœur trouvé, {size, plural, one {# acteur} other {# acteurs}} ({share} des acteurs), rend mal compte des liens.",
  "methods.core-periphery.more": "{names} et {others, plural, one {# autre} other {# autres}}",

  "methods.layers.title": "Types d’alliance (un réseau par type de lien)",
  "methods.layers.overlap": "Liens partagés entre types (Jaccard : 1 = les mêmes liens, 0 = aucun en commun)",
  "methods.layers.different":
    "Les types d’alliance reposent-ils sur des acteurs différents ? Oui : leurs principaux intermédiaires se recoupent peu (Jaccard moyen {overlap}, de 0 : aucun en commun, à 1 : les mêmes). Principaux intermédiaires par type : {kinds}.",
  "methods.layers.same":
    "Les types d’alliance reposent-ils sur des acteurs différents ? Non : leurs principaux intermédiaires sont largement partagés (Jaccard moyen {overlap}, de 0 : aucun en commun, à 1 : les mêmes). Principaux intermédiaires par type : {kinds}.",
  "methods.layers.undecided":
    "Les types d’alliance reposent-ils sur des acteurs différents ? Trop peu de types d’alliance ont des intermédiaires pour le dire ({count, plural, =0 {aucun n’a} one {un seul a} other {# ont}} un acteur qui se tient entre d’autres).",
  "methods.layers.kind": "{kind} : {brokers}",

  "methods.qap.title":
    "{name} : régression QAP ({method, select, ols {linéaire, comme R sna::netlm} other {logistique, comme R sna::netlogit}}) sur {dyads} {directed, select, yes {paires ordonnées} other {paires}} d’acteurs.",
  "methods.qap.fit":
    "{fitted, select, yes {{method, select, ols {Les facteurs ensemble rendent compte de {r2} des écarts entre paires (R²). } other {Le pseudo-R² (McFadden) des facteurs vaut {r2}, de 0 : ils n’expliquent rien, à 1 : ils disent chaque lien. }}} other {}}{permutations, plural, =0 {Aucune permutation n’a été faite : aucun effet n’est testé.} other {Les valeurs p viennent de {permutations} mélanges des acteurs (double semi-partialisation, graine {seed}).}}",
  "methods.qap.what":
    "La QAP demande si les paires d’acteurs qui partagent quelque chose (un monde, une commune, une courte distance) sont alliées plus souvent que les autres paires, chaque facteur mesuré les autres restant fixés. Un coefficient dit de combien le facteur fait varier le lien d’une paire. Ses valeurs p mélangent les acteurs, pas les paires, pour que la structure même du réseau (certains acteurs ayant beaucoup de partenaires) ne passe pas pour un effet.",
  "methods.qap.effect":
    "{predictor} : coefficient {coefficient} : chaque unité (pour un facteur oui ou non, le fait de le partager) {direction, select, more {augmente} other {diminue}} {ties, select, weight {le poids du lien} logodds {le logarithme de la cote d’un lien} other {la probabilité d’un lien}} d’autant{test, select, never { ; un effet net (valeur p inférieure à 1 sur {permutations}) : aucun des {permutations} mélanges des acteurs n’a fait aussi bien.} clear { ; un effet net (valeur p {p}) : des acteurs mélangés font rarement aussi bien.} unclear { ; mais des acteurs mélangés font souvent aussi bien (valeur p {p}) : pas d’effet net.} other { ; non testé (aucune permutation).}}",
  "methods.qap.distance":
    "{kind, select, geographic {Distance : kilomètres à vol d’oiseau entre les coordonnées des acteurs.} other {Distance : nombre de pas entre les acteurs en passant par d’autres, leur propre lien mis de côté (pas de coordonnées dans ce territoire).}}",
  "methods.qap.not-converged":
    "L’ajustement logistique n’a pas convergé : un facteur sépare parfaitement les paires alliées des autres ; lisez plutôt l’ajustement linéaire.",
  "methods.qap.same-world.title":
    "QAP même monde : régression linéaire des liens sur « les deux acteurs dans le même monde », une ligne par paire d’acteurs ; {permutations, plural, =0 {pas de valeurs p} other {valeurs p issues de # mélanges des acteurs, graine {seed}}} ; les territoires de plus de {max} paires ne sont pas calculés.",
  "methods.qap.same-world.skipped":
    "{reason, select, large {non calculé : {dyads} paires d’acteurs, plus de {max}} constant {non calculé : toutes les paires d’acteurs partagent un monde, ou aucune} other {non calculé : aucun lien}}",
};
