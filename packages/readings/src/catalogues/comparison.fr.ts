/** Lectures d’une comparaison de territoires : la traduction de `comparison.en.ts`, mêmes clés. */
import type { TranslationOf } from "../catalogue.js";
import type { comparisonEn } from "./comparison.en.js";

export const comparisonFr: TranslationOf<typeof comparisonEn> = {
  "comparison.compared":
    "{count, plural, one {# territoire comparé} other {# territoires comparés}}{synthetic, select, all {, tous synthétiques (générés, pas des données réelles)} some {, dont {synthetics, plural, one {# synthétique} other {# synthétiques}} (générés, pas des données réelles) : {names}} other {}}.",
  "comparison.standing":
    "{name} est placé parmi {others, plural, one {# autre territoire} other {# autres territoires}}{synthetic, select, all {, tous synthétiques (générés, pas des données réelles) : une comparaison avec des références, pas avec des territoires réels} some {, dont {synthetics, plural, one {# synthétique} other {# synthétiques}} (générés, pas des données réelles)} other {}}.",
  "comparison.apart":
    "{count, plural, one {{names} a} other {# territoires ({names}) ont}} une valeur inhabituellement {side, select, high {haute} other {basse}} de l’indicateur « {figure} » ({values}), contre une médiane de {median} sur les {compared} territoires.",
  "comparison.chance":
    "Pour {name}, l’indicateur « {figure} » est à {z} écarts-types {side, select, above {au-dessus} other {en dessous}} de ce que donneraient {model, select, permute {des mondes répartis au hasard} other {les mêmes nombres de partenaires reliés au hasard}}.",
  "comparison.nothing": "Aucun chiffre ne s’écarte nettement des autres.",
  "comparison.governance": "Lectures de la gouvernance : {groups}.",
  "comparison.governance.group": "{form} ({names})",
  "comparison.synthetic-name": "{name} (synthétique)",
};
