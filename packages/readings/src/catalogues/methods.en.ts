/**
 * The methods researchers use to compare territories: core and periphery
 * (Borgatti & Everett 1999), kinds of alliance (multiplex layers) and QAP
 * regression. Every message here is a reading (its id is the reading's id)
 * or a clause nested in one.
 */
import type { Catalogue } from "../catalogue.js";

export const methodsEn = {
  // Core and periphery.
  "methods.core-periphery.group":
    "Core and periphery: the alliances gather around a core of {size, plural, one {# actor} other {# actors}} ({share} of the actors: {members}), allied among themselves, while the others are allied mostly with this core (fit {fit}, from 0: no such pattern, to 1: a perfect core and periphery; from {threshold} it reads as clear). No single actor stands in the middle, but a group does.",
  "methods.core-periphery.single":
    "Core and periphery: the alliances gather around a single actor, {member} (fit {fit}, from 0: no such pattern, to 1: a perfect core and periphery; from {threshold} it reads as clear). A core of one actor is a star: one actor stands in the middle, not a group.",
  "methods.core-periphery.none":
    "No clear core and periphery (fit {fit}, below the {threshold} from which it reads as clear; 1 would be a perfect core and periphery): the alliances do not gather around one group at the centre. The best core found, {size, plural, one {# actor} other {# actors}} ({share} of the actors), explains the links poorly.",
  "methods.core-periphery.more": "{names} and {others, plural, one {# other} other {# others}}",

  // Kinds of alliance (multiplex layers).
  "methods.layers.title": "Kinds of alliance (one network per link type)",
  "methods.layers.overlap": "Links shared between kinds (Jaccard: 1 = the same links, 0 = none shared)",
  "methods.layers.different":
    "Do the kinds of alliance rest on different actors? Yes: their top brokers overlap little (mean Jaccard {overlap}, from 0: none shared, to 1: the same). Top brokers by kind: {kinds}.",
  "methods.layers.same":
    "Do the kinds of alliance rest on different actors? No: their top brokers are largely shared (mean Jaccard {overlap}, from 0: none shared, to 1: the same). Top brokers by kind: {kinds}.",
  "methods.layers.undecided":
    "Do the kinds of alliance rest on different actors? Too few kinds of alliance have brokers to say ({count, plural, =0 {none has} one {only one has} other {# have}} an actor standing between others).",
  "methods.layers.kind": "{kind}: {brokers}",

  // QAP regression.
  "methods.qap.title":
    "{name}: QAP regression ({method, select, ols {linear, as R sna::netlm} other {logistic, as R sna::netlogit}}) over {dyads} {directed, select, yes {ordered pairs} other {pairs}} of actors.",
  "methods.qap.fit":
    "{fitted, select, yes {{method, select, ols {The factors together account for {r2} of the differences between pairs (R²). } other {The factors’ pseudo-R² (McFadden) is {r2}, from 0: they explain nothing, to 1: they tell every link. }}} other {}}{permutations, plural, =0 {No permutation was run, so no effect is tested.} other {p-values come from {permutations} shuffles of the actors (double semi-partialling, seed {seed}).}}",
  "methods.qap.what":
    "QAP asks whether pairs of actors that share something (a world, a commune, a short distance) are allied more often than other pairs, each factor taken with the others held fixed. A coefficient is how much the factor moves a pair’s tie. Its p-values shuffle the actors, not the pairs, so that the network’s own structure (some actors having many partners) cannot pass for an effect.",
  "methods.qap.effect":
    "{predictor}: coefficient {coefficient}: each unit of it (for a yes-or-no factor, sharing it) {direction, select, more {raises} other {lowers}} {ties, select, weight {the link weight} logodds {the log-odds of a link} other {the probability of a link}} by that much{test, select, never {; a clear effect (p-value below 1 in {permutations}): none of the {permutations} shuffles of the actors did as well.} clear {; a clear effect (p-value {p}): shuffled actors rarely do as well.} unclear {; but shuffled actors often do as well (p-value {p}): no clear effect.} other {; not tested (no permutations).}}",
  "methods.qap.distance":
    "{kind, select, geographic {Distance: great-circle kilometres between the actors’ coordinates.} other {Distance: steps between the actors through others, their own link set aside (no coordinates in this territory).}}",
  "methods.qap.not-converged":
    "The logistic fit did not converge: a factor separates allied from other pairs perfectly; read the linear fit instead.",
  "methods.qap.same-world.title":
    "QAP same world: linear regression of the links on “both actors in the same world”, one row per pair of actors; {permutations, plural, =0 {no p-values} other {p-values from # shuffles of the actors, seed {seed}}}; territories above {max} pairs are not run.",
  "methods.qap.same-world.skipped":
    "{reason, select, large {not run: {dyads} pairs of actors, above {max}} constant {not run: every pair of actors shares a world, or none does} other {not run: no links}}",
} as const satisfies Catalogue;
