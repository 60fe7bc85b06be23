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
import { type CommunityWeights, randomOrder } from "./local-moving.js";

/**
 * Refines `communityOf` (labels 0..k−1). Returns the refined labels, each a
 * node number (the subcommunity's first node), always nested in `communityOf`.
 */
export function refinePartition(
  graph: LevelGraph,
  communityOf: Int32Array,
  communities: number,
  size: Float64Array,
  penalty: number,
  randomness: number,
  random: Random,
  scratch: CommunityWeights,
): Int32Array {
  const n = graph.order;
  const { offsets, targets, weights } = graph;
  const refined = new Int32Array(n);
  const refinedSize = Float64Array.from(size);
  const refinedNodes = new Int32Array(n).fill(1);
  // Link weight from each subcommunity to the rest of its community.
  const external = new Float64Array(n);
  const communitySize = new Float64Array(communities);
  for (let v = 0; v < n; v++) {
    refined[v] = v;
    const c = communityOf[v]!;
    communitySize[c]! += size[v]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++)
      if (communityOf[targets[k]!] === c) external[v]! += weights[k]!;
  }
  const candidates: number[] = [];
  const chances: number[] = [];
  const order = randomOrder(random, n);
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    const own = refined[v]!;
    if (refinedNodes[own] !== 1) continue;
    const c = communityOf[v]!;
    const sv = size[v]!;
    const total = communitySize[c]!;
    if (external[v]! < penalty * sv * (total - sv)) continue;
    scratch.reset();
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const u = targets[k]!;
      if (communityOf[u] === c) scratch.add(refined[u]!, weights[k]!);
    }
    // Staying alone is a move with ΔH = 0.
    candidates.length = 0;
    chances.length = 0;
    candidates.push(own);
    chances.push(0);
    let bestGain = 0;
    for (let t = 0; t < scratch.length; t++) {
      const r = scratch.touched[t]!;
      if (r === own) continue;
      const rs = refinedSize[r]!;
      if (external[r]! < penalty * rs * (total - rs)) continue;
      const gain = scratch.weight[r]! - penalty * sv * rs;
      if (gain < 0) continue;
      candidates.push(r);
      chances.push(gain);
      if (gain > bestGain) bestGain = gain;
    }
    if (candidates.length === 1) continue;
    // exp((ΔH − max ΔH)/θ): the same odds as exp(ΔH/θ), never overflows.
    let sum = 0;
    for (let j = 0; j < chances.length; j++) {
      const chance = Math.exp((chances[j]! - bestGain) / randomness);
      chances[j] = chance;
      sum += chance;
    }
    let draw = random() * sum;
    let chosen = candidates[candidates.length - 1]!;
    for (let j = 0; j < candidates.length; j++) {
      draw -= chances[j]!;
      if (draw < 0) {
        chosen = candidates[j]!;
        break;
      }
    }
    if (chosen === own) continue;
    external[chosen] = external[chosen]! + external[v]! - 2 * scratch.get(chosen);
    refinedSize[chosen]! += sv;
    refinedNodes[chosen]!++;
    refinedNodes[own] = 0;
    refined[v] = chosen;
  }
  return refined;
}
