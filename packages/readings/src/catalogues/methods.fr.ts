/** Les méthodes des chercheurs pour comparer les territoires : la traduction de `methods.en.ts`, mêmes clés. */
import type { TranslationOf } from "../catalogue.js";
import type { methodsEn } from "./methods.en.js";

export const methodsFr: TranslationOf<typeof methodsEn> = {
  "methods.qap.title":
    "{name} : régression QAP ({method, select, ols {linéaire, comme R sna::netlm} other {logistique, comme R sna::netlogit}}) sur {dyads, plural, one {# paire} other {# paires}} d’acteurs{directed, select, yes { (paires ordonnées)} other {}}",
  "methods.qap.fit":
    "R² {r2} ; valeurs p tirées de {permutations, plural, one {# permutation} other {# permutations}} (double semi-partialisation, graine {seed})",
  "methods.qap.what":
    "La QAP demande si les paires d’acteurs qui partagent quelque chose (un monde, une commune, une faible distance) sont alliées plus souvent que les autres paires, chaque facteur pris à autres facteurs constants. Ses valeurs p mélangent les acteurs, pas les paires : la structure propre du réseau (certains acteurs ont beaucoup de partenaires) ne peut pas passer pour un effet.",
  "methods.qap.effect":
    "- {predictor} : {direction, select, up {augmente} other {diminue}} {ties, select, presence {la probabilité d’un lien} logodds {le logit d’un lien} other {le poids du lien}} de {amount} par unité{test, select, clear {, un effet net (p = {p}) : des acteurs mélangés font rarement aussi bien.} unclear {, mais des acteurs mélangés font souvent aussi bien (p = {p}) : pas d’effet net.} other {, non testé (aucune permutation).}}",
  "methods.qap.distance":
    "{kind, select, geographic {distance : kilomètres à vol d’oiseau entre les coordonnées des acteurs.} other {distance : nombre de pas entre les acteurs en passant par d’autres, leur propre lien mis de côté (tous les acteurs n’ont pas de coordonnées).}}",
  "methods.qap.not-converged":
    "La régression logistique n’a pas convergé : un prédicteur sépare parfaitement les paires alliées des autres ; lisez plutôt la régression linéaire.",
  "methods.layers.title": "Types d’alliance (un réseau par type de lien)",
  "methods.layers.overlap": "Liens partagés entre types (Jaccard : 1 = les mêmes liens, 0 = aucun en commun)",
  "methods.layers.different":
    "Les types d’alliance reposent sur des acteurs différents : leurs principaux intermédiaires se recoupent peu (Jaccard moyen {overlap}).",
  "methods.layers.same":
    "Les types d’alliance reposent sur les mêmes acteurs : leurs principaux intermédiaires sont largement partagés (Jaccard moyen {overlap}).",
  "methods.layers.undecided":
    "Trop peu de types d’alliance ont des intermédiaires pour dire s’ils reposent sur des acteurs différents.",
};
