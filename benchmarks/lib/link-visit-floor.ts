/**
 * The physical floor of a link visit on this machine: a Brandes pass reads,
 * for each of the 2m arcs, the arc's target and then one value of that target
 * (its distance or σ in the search, its dependency in the back-propagation).
 * This loop does exactly that and nothing else (a sum over `value[target[k]]`
 * in CSR order), so its time per arc is what no search over the same layout
 * can beat; the README states betweenness's cost per visit against it.
 */
import type { CompactIndex } from "@catalyse/core";

/** Nanoseconds per arc of `sweeps` gathers over the index's arcs (median of 5). */
export function linkVisitFloorNs(index: CompactIndex, sweeps = 200): number {
  const { targets } = index;
  const value = new Float64Array(index.order).fill(1);
  let sink = 0;
  const once = () => {
    const start = performance.now();
    for (let s = 0; s < sweeps; s++) {
      let sum = 0;
      for (let k = 0; k < targets.length; k++) sum += value[targets[k]!]!;
      sink += sum;
    }
    return ((performance.now() - start) * 1e6) / (sweeps * targets.length);
  };
  once();
  const times = Array.from({ length: 5 }, once).sort((a, b) => a - b);
  if (sink < 0) throw new Error("unreachable: keeps the sums alive");
  return times[2]!;
}
