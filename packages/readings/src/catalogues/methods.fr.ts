/** Les méthodes des chercheurs pour comparer les territoires : la traduction de `methods.en.ts`, mêmes clés. */
import type { TranslationOf } from "../catalogue.js";
import type { methodsEn } from "./methods.en.js";

export const methodsFr: TranslationOf<typeof methodsEn> = {
  "methods.layers.title": "Types d’alliance (un réseau par type de lien)",
  "methods.layers.overlap": "Liens partagés entre types (Jaccard : 1 = les mêmes liens, 0 = aucun en commun)",
  "methods.layers.different":
    "Les types d’alliance reposent sur des acteurs différents : leurs principaux intermédiaires se recoupent peu (Jaccard moyen {overlap}).",
  "methods.layers.same":
    "Les types d’alliance reposent sur les mêmes acteurs : leurs principaux intermédiaires sont largement partagés (Jaccard moyen {overlap}).",
  "methods.layers.undecided":
    "Trop peu de types d’alliance ont des intermédiaires pour dire s’ils reposent sur des acteurs différents.",
};
