/**
 * Predictor matrices of a QAP regression, as dyad vectors, and the tie matrix
 * they explain. Each is a function of the pair (i, j) of actor positions:
 * - same: 1 when both actors carry the same value (world, commune…), else 0;
 *   an actor without a value shares it with no one;
 * - difference: |xᵢ − xⱼ| of a numeric attribute (how far apart in budget,
 *   size…), the usual dyadic form of an actor covariate;
 * - co-membership: the number of collectives both actors belong to, from a
 *   membership list fed by whoever knows the collectives;
 * - any matrix: `matrixPredictor` with a function of the pair.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { type Dyads, dyadValues } from "./dyads.js";
import type { QapPredictor } from "./qap-regression.js";

/** What a tie is in a QAP regression: link presence (1/0) or link weight. */
export type TieMeasure = "presence" | "weight";

/** The tie matrix: 1/0 link presence, or the link weight (0 without a link). Directed: i→j. */
export function tieValues(index: CompactIndex, dyads: Dyads, measure: TieMeasure = "presence"): Float64Array {
  const ties = new Float64Array(dyads.count);
  for (let e = 0; e < index.size; e++) {
    ties[dyads.pair(index.linkSource[e]!, index.linkTarget[e]!)] =
      measure === "presence" ? 1 : index.linkWeight[e]!;
  }
  return ties;
}

/** A QAP predictor from a function of the two actors of a dyad. */
export function matrixPredictor(
  dyads: Dyads,
  name: string,
  value: (i: number, j: number) => number,
): QapPredictor {
  return { name, values: dyadValues(dyads, value) };
}

/** 1 when both actors have the same code, else 0; code −1 means "no value". */
export function samePredictor(dyads: Dyads, name: string, codes: Int32Array): QapPredictor {
  return matrixPredictor(dyads, name, (i, j) => (codes[i]! >= 0 && codes[i] === codes[j] ? 1 : 0));
}

/** |xᵢ − xⱼ|. */
export function differencePredictor(dyads: Dyads, name: string, values: Float64Array): QapPredictor {
  return matrixPredictor(dyads, name, (i, j) => Math.abs(values[i]! - values[j]!));
}

/** The number of collectives both actors belong to; `memberships[i]` lists actor i's collectives. */
export function coMembershipPredictor(
  dyads: Dyads,
  memberships: readonly (readonly string[])[],
  name = "co-membership",
): QapPredictor {
  const sets = memberships.map((collectives) => new Set(collectives));
  return matrixPredictor(dyads, name, (i, j) => {
    let shared = 0;
    for (const collective of sets[i]!) if (sets[j]!.has(collective)) shared++;
    return shared;
  });
}
