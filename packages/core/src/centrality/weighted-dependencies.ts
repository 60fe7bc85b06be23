/**
 * What the two weighted Brandes passes share (brandes-dijkstra.ts with a
 * heap, brandes-buckets.ts with a bucket queue): the arrays one search fills
 * and the back-propagation of dependencies over the predecessors it recorded.
 *
 * The search settles actors in order of distance and, as each one settles,
 * records its predecessors (one contiguous segment per actor in settled
 * order) and σ. The accumulation walks that order backwards: δ(w) = σ(w) ·
 * pull(w), where pull(w) = Σ over w's successors v of c(v), c(v) = (1 + δ(v)) /
 * σ(v), pushed by each v into its predecessors' sums when v is done.
 */

/** Per-call arrays of a weighted pass, allocated once and reset through the settled order. */
export interface WeightedPassState {
  /** σ(v), then c(v) = (1 + δ(v)) / σ(v) once accumulated (one array fewer in cache). */
  sigma: Float64Array;
  /** Σ over the successors w of v of c(w), pushed by w when it is accumulated. */
  pull: Float64Array;
  /** Actors in settled order. */
  order: Int32Array;
  /** The predecessors of each settled actor, one segment per actor in settled order. */
  predecessors: Int32Array;
  /** End of the i-th settled actor's segment in `predecessors`. */
  segmentEnd: Int32Array;
}

export function createWeightedPassState(order: number, arcs: number): WeightedPassState {
  return {
    sigma: new Float64Array(order),
    pull: new Float64Array(order),
    order: new Int32Array(order),
    predecessors: new Int32Array(arcs),
    segmentEnd: new Int32Array(order),
  };
}

/**
 * Adds δ_s(v) into `bc` for the `settled` actors of one search (source first),
 * whose predecessor segments fill `predecessors[0, recorded)`, and clears `pull`.
 */
export function accumulateWeighted(
  state: WeightedPassState,
  settled: number,
  recorded: number,
  bc: Float64Array,
): void {
  const { sigma, pull, order, predecessors, segmentEnd } = state;
  let end = recorded;
  for (let i = settled - 1; i > 0; i--) {
    const w = order[i]!;
    const sw = sigma[w]!;
    const delta = sw * pull[w]!;
    bc[w]! += delta;
    const c = (1 + delta) / sw;
    const start = segmentEnd[i - 1]!;
    for (let k = start; k < end; k++) pull[predecessors[k]!]! += c;
    end = start;
  }
  for (let i = 0; i < settled; i++) pull[order[i]!] = 0;
}
