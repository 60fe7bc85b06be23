/**
 * Brokerage roles (Gould & Fernandez 1989, "Structures of mediation: a formal
 * approach to brokerage in transaction networks", Sociological Methodology
 * 19:89–126) on the partition of actors into worlds. NetworkX has none; the
 * directed counts equal R's `sna::brokerage(g, cl)` raw counts.
 *
 * A broker b mediates an open two-path a – b – c (a and c not linked):
 * - undirected, each unordered pair {a, c} counted once:
 *   `coordinator` a, b, c in one world; `consultant` a and c share a world
 *   that b is not in (G&F's itinerant broker); `representative` b shares its
 *   world with exactly one of a, c; `liaison` all three worlds differ;
 * - directed, a → b → c with no a → c (a ≠ c), the five roles of G&F:
 *   `coordinator` (A→A→A), `consultant` (A→B→A), `representative` (A→A→B:
 *   b speaks for its world outwards), `gatekeeper` (A→B→B: b controls access
 *   to its world), `liaison` (A→B→C). Undirected brokerage has no direction,
 *   so `gatekeeper` is 0 and `representative` holds both.
 */
import { createActorMetric } from "../graph/actor-metric.js";
import type { CompactIndex } from "../graph/compact-index.js";

/** A Gould & Fernandez (1989) brokerage role, by the worlds of the broker and the two actors it links. */
export type BrokerageRole = "coordinator" | "consultant" | "representative" | "gatekeeper" | "liaison";

/** The five Gould & Fernandez brokerage roles, in the order documents list them. */
export const BROKERAGE_ROLES: readonly BrokerageRole[] = [
  "coordinator",
  "consultant",
  "representative",
  "gatekeeper",
  "liaison",
];

/** Per-position counts of each role (typed arrays indexed by actor position). */
export type BrokerageCounts = Record<BrokerageRole, Float64Array>;

/** One actor's roles. */
export interface BrokerageResult {
  coordinator: number;
  consultant: number;
  representative: number;
  /** Directed territories only (0 when undirected). */
  gatekeeper: number;
  liaison: number;
  /** Every open two-path the actor brokers. */
  total: number;
}

/** Options of `brokerage`. */
export interface BrokerageOptions {
  /** World code of each actor; defaults to the index's worlds (null models pass permuted ones). */
  worldOf?: Int32Array;
}

/**
 * Raw role counts over the compact index. Cost Σ_b Σ_{a ∈ N(b)} (deg a + deg b):
 * each broker marks a neighbour's neighbours once, then tests its other neighbours.
 */
export function brokerageCounts(index: CompactIndex, worldOf: Int32Array = index.worldOf): BrokerageCounts {
  const n = index.order;
  const counts: BrokerageCounts = {
    coordinator: new Float64Array(n),
    consultant: new Float64Array(n),
    representative: new Float64Array(n),
    gatekeeper: new Float64Array(n),
    liaison: new Float64Array(n),
  };
  const stamp = new Int32Array(n).fill(-1);
  const { offsets, targets, inOffsets, inSources } = index;
  let mark = 0;
  for (let b = 0; b < n; b++) {
    const wb = worldOf[b]!;
    // Undirected: pairs a, c drawn from the same list, c after a. Directed:
    // a from the in-list, c from the out-list.
    const aStart = index.directed ? inOffsets[b]! : offsets[b]!;
    const aEnd = index.directed ? inOffsets[b + 1]! : offsets[b + 1]!;
    for (let p = aStart; p < aEnd; p++) {
      const a = index.directed ? inSources[p]! : targets[p]!;
      mark++;
      for (let k = offsets[a]!; k < offsets[a + 1]!; k++) stamp[targets[k]!] = mark;
      const wa = worldOf[a]!;
      const cStart = index.directed ? offsets[b]! : p + 1;
      for (let q = cStart; q < offsets[b + 1]!; q++) {
        const c = targets[q]!;
        if (c === a || stamp[c] === mark) continue;
        const wc = worldOf[c]!;
        if (wa === wb) {
          if (wc === wb) counts.coordinator[b]!++;
          else counts.representative[b]!++;
        } else if (wc === wb) {
          if (index.directed) counts.gatekeeper[b]!++;
          else counts.representative[b]!++;
        } else if (wa === wc) counts.consultant[b]!++;
        else counts.liaison[b]!++;
      }
    }
  }
  return counts;
}

/** The roles of the actor at `position`. */
export function brokerageAt(counts: BrokerageCounts, position: number): BrokerageResult {
  const result = {
    coordinator: counts.coordinator[position]!,
    consultant: counts.consultant[position]!,
    representative: counts.representative[position]!,
    gatekeeper: counts.gatekeeper[position]!,
    liaison: counts.liaison[position]!,
    total: 0,
  };
  result.total =
    result.coordinator + result.consultant + result.representative + result.gatekeeper + result.liaison;
  return result;
}

/** Brokerage roles of each actor on the world partition. */
export const brokerage = createActorMetric<BrokerageOptions, BrokerageResult>(
  "brokerage",
  (index, options) => {
    const counts = brokerageCounts(index, options?.worldOf);
    return Array.from({ length: index.order }, (_, i) => brokerageAt(counts, i));
  },
);
