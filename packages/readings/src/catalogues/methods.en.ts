/** The methods researchers use to compare territories: QAP regression and kinds of alliance (multiplex). */
import type { Catalogue } from "../catalogue.js";

export const methodsEn = {
  "methods.qap.title":
    "{name}: QAP regression ({method, select, ols {linear, as R sna::netlm} other {logistic, as R sna::netlogit}}) over {dyads, plural, one {# pair} other {# pairs}} of actors{directed, select, yes { (ordered pairs)} other {}}",
  "methods.qap.fit":
    "R² {r2}; p-values from {permutations, plural, one {# permutation} other {# permutations}} (double semi-partialling, seed {seed})",
  "methods.qap.what":
    "QAP asks whether pairs of actors that share something (a world, a commune, a short distance) are allied more often than other pairs, each factor taken with the others held fixed. Its p-values shuffle the actors, not the pairs, so that the network’s own structure (some actors having many partners) cannot pass for an effect.",
  "methods.qap.effect":
    "- {predictor}: {direction, select, up {raises} other {lowers}} {ties, select, presence {the probability of a link} logodds {the log-odds of a link} other {the link weight}} by {amount} per unit{test, select, clear {, a clear effect (p = {p}): shuffled actors rarely do as well.} unclear {, but shuffled actors often do as well (p = {p}): no clear effect.} other {, not tested (no permutations).}}",
  "methods.qap.distance":
    "{kind, select, geographic {distance: great-circle kilometres between the actors’ coordinates.} other {distance: steps between the actors through others, their own link set aside (not every actor has coordinates).}}",
  "methods.qap.not-converged":
    "The logistic fit did not converge: a predictor separates allied pairs from the others perfectly; read the linear fit instead.",
  "methods.layers.title": "Kinds of alliance (one network per link type)",
  "methods.layers.overlap": "Links shared between kinds (Jaccard: 1 = the same links, 0 = none shared)",
  "methods.layers.different":
    "The kinds of alliance rest on different actors: their top brokers overlap little (mean Jaccard {overlap}).",
  "methods.layers.same":
    "The kinds of alliance rest on the same actors: their top brokers are largely shared (mean Jaccard {overlap}).",
  "methods.layers.undecided":
    "Too few kinds of alliance with brokers to say whether they rest on different actors.",
} as const satisfies Catalogue;
