/**
 * Refinement, the phase that sets Leiden apart from Louvain (Traag, Waltman &
 * van Eck 2019, Algorithm A.2 `RefinePartition` and `MergeNodesSubset`).
 * Inside each community of the partition from local moving, nodes start alone
 * and are merged, in random order, into well-connected subcommunities: a
 * singleton node v that is well connected to its community S
 * (E(v, S−v) ≥ γ′·‖v‖·(‖S‖−‖v‖)) joins a well-connected subcommunity C of S
 * with probability ∝ exp(ΔH / θ) among the moves with ΔH ≥ 0 (staying alone is
 * one of them). Merges only follow links, so every refined subcommunity is
 * connected, and the aggregated graph is built on them.
 *
 * ΔH is in link-weight units (e − γ′S²/2, modularity as CPM with γ′ = γ/2m),
 * as in the authors' reference implementation (Traag & Waltman's
 * `networkanalysis`, LocalMergingAlgorithm), so θ = 0.01 strongly favours the
 * best merges. Measured in modularity units (÷ m) instead, every gain on a
 * large graph is ≈ 0 and merges become uniform draws: smaller subcommunities,
 * more levels, slower and lower modularity (−1% on a 50k BA graph).
 */
import type { Random } from "../random.js";
import type { LevelGraph } from "./level-graph.js";
import { type LeidenWorkspace, randomOrderInto } from "./workspace.js";

/**
 * exp(x) is exactly 0 below this (the smallest subnormal double is 2^−1074 ≈
 * e^−744.4): odds that far below the best merge are skipped, not computed.
 */
const EXP_UNDERFLOW = -746;

/**
 * Refines `communityOf` (labels 0..k−1). Returns the refined labels, each a
 * node number (the subcommunity's first node), always nested in `communityOf`:
 * `work.refined`, valid until the next refinement.
 */
export function refinePartition(
  graph: LevelGraph,
  communityOf: Int32Array,
  communities: number,
  size: Float64Array,
  penalty: number,
  randomness: number,
  random: Random,
  work: LeidenWorkspace,
): Int32Array {
  const n = graph.order;
  const { offsets, targets, weights } = graph;
  // Unit weights: add 1 rather than read `weights`, one array less through the cache.
  const unit = graph.unitWeights;
  const { refined, refinedSize, refinedNodes, communitySize, weightTo, touched, candidates, chances } = work;
  // Link weight from each subcommunity to the rest of its community.
  const external = work.external;
  communitySize.fill(0, 0, communities);
  for (let v = 0; v < n; v++) {
    refined[v] = v;
    refinedSize[v] = size[v]!;
    refinedNodes[v] = 1;
    const c = communityOf[v]!;
    communitySize[c]! += size[v]!;
    let inside = 0;
    for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++)
      if (communityOf[targets[k]!] === c) inside += unit ? 1 : weights[k]!;
    external[v] = inside;
  }
  const order = randomOrderInto(random, work.visitOrder, n);
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    const own = refined[v]!;
    if (refinedNodes[own] !== 1) continue;
    const c = communityOf[v]!;
    const sv = size[v]!;
    const total = communitySize[c]!;
    if (external[v]! < penalty * sv * (total - sv)) continue;
    let count = 0;
    for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
      const u = targets[k]!;
      if (communityOf[u] !== c) continue;
      const r = refined[u]!;
      if (weightTo[r] === 0) touched[count++] = r;
      weightTo[r]! += unit ? 1 : weights[k]!;
    }
    // Staying alone is a move with ΔH = 0.
    candidates[0] = own;
    chances[0] = 0;
    let options = 1;
    let bestGain = 0;
    for (let t = 0; t < count; t++) {
      const r = touched[t]!;
      if (r === own) continue;
      const rs = refinedSize[r]!;
      if (external[r]! < penalty * rs * (total - rs)) continue;
      const gain = weightTo[r]! - penalty * sv * rs;
      if (gain < 0) continue;
      candidates[options] = r;
      chances[options++] = gain;
      if (gain > bestGain) bestGain = gain;
    }
    let chosen = own;
    if (options > 1) {
      // exp((ΔH − max ΔH)/θ): the same odds as exp(ΔH/θ), never overflows.
      let sum = 0;
      for (let j = 0; j < options; j++) {
        const exponent = (chances[j]! - bestGain) / randomness;
        const chance = exponent < EXP_UNDERFLOW ? 0 : Math.exp(exponent);
        chances[j] = chance;
        sum += chance;
      }
      let draw = random() * sum;
      chosen = candidates[options - 1]!;
      for (let j = 0; j < options; j++) {
        draw -= chances[j]!;
        if (draw < 0) {
          chosen = candidates[j]!;
          break;
        }
      }
    }
    if (chosen !== own) {
      external[chosen] = external[chosen]! + external[v]! - 2 * weightTo[chosen]!;
      refinedSize[chosen]! += sv;
      refinedNodes[chosen]!++;
      refinedNodes[own] = 0;
      refined[v] = chosen;
    }
    for (let t = 0; t < count; t++) weightTo[touched[t]!] = 0;
  }
  return refined;
}
