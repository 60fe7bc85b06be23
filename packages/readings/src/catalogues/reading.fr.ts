/** Les lectures d’un document d’analyse : la traduction de `reading.en.ts`, mêmes clés. */
import type { TranslationOf } from "../catalogue.js";
import type { readingEn } from "./reading.en.js";

export const readingFr: TranslationOf<typeof readingEn> = {
  "reading.size":
    "Le territoire compte {actors, plural, one {# acteur} other {# acteurs}} et {links, plural, one {# lien} other {# liens}} (densité {density}).",
};
