/**
 * Degree and strength. Degree counts links (in + out for directed territories,
 * as `G.degree` in NetworkX); strength sums their weights
 * (`G.degree(weight="weight")`).
 */

import { createActorMetric } from "../graph/actor-metric.js";
import type { CompactIndex } from "../graph/compact-index.js";

function degreeValues(index: CompactIndex): Float64Array {
  const values = new Float64Array(index.order);
  for (let i = 0; i < index.order; i++) {
    values[i] = index.offsets[i + 1]! - index.offsets[i]!;
    if (index.directed) values[i]! += index.inOffsets[i + 1]! - index.inOffsets[i]!;
  }
  return values;
}

function strengthValues(index: CompactIndex): Float64Array {
  const values = new Float64Array(index.order);
  for (let i = 0; i < index.order; i++) {
    let sum = 0;
    for (let k = index.offsets[i]!; k < index.offsets[i + 1]!; k++) sum += index.weights[k]!;
    if (index.directed)
      for (let k = index.inOffsets[i]!; k < index.inOffsets[i + 1]!; k++) sum += index.inWeights[k]!;
    values[i] = sum;
  }
  return values;
}

/** Number of links of each actor. */
export const degree = createActorMetric<undefined>("degree", degreeValues);

/** Sum of the weights of each actor's links. */
export const strength = createActorMetric<undefined>("strength", strengthValues);
