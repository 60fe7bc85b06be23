/** The methods researchers use to compare territories: QAP regression and kinds of alliance (multiplex). */
import type { Catalogue } from "../catalogue.js";

export const methodsEn = {
  "methods.layers.title": "Kinds of alliance (one network per link type)",
  "methods.layers.overlap": "Links shared between kinds (Jaccard: 1 = the same links, 0 = none shared)",
  "methods.layers.different":
    "The kinds of alliance rest on different actors: their top brokers overlap little (mean Jaccard {overlap}).",
  "methods.layers.same":
    "The kinds of alliance rest on the same actors: their top brokers are largely shared (mean Jaccard {overlap}).",
  "methods.layers.undecided":
    "Too few kinds of alliance with brokers to say whether they rest on different actors.",
} as const satisfies Catalogue;
