/**
 * Expected brokerage under a random graph, exactly as R's `sna::brokerage`
 * (Butts, sna 2.x; Gould & Fernandez 1989): each actor's role counts against
 * their expectation and standard deviation in a Bernoulli graph of the same
 * density d = arcs / (N(N − 1)), with the world sizes fixed. For a broker in
 * world i of size nᵢ (N actors, sums over the other worlds j):
 *
 *   coordinator     E = d²(1−d)(nᵢ−1)(nᵢ−2)
 *   consultant      E = d²(1−d) Σⱼ nⱼ(nⱼ−1)
 *   representative  E = d²(1−d)(N−nᵢ)(nᵢ−1)       (gatekeeper the same)
 *   liaison         E = d²(1−d)((Σⱼ nⱼ)² − Σⱼ nⱼ²)
 *
 * and sna's variances. sna reads an undirected territory as a symmetric
 * digraph, where each open two-path counts in both directions and a
 * representative path also counts once as gatekeeper; Catalyse's undirected
 * counts are halved accordingly (representative: sna's b_IO), so the z-scores
 * equal sna's. This is the analytic companion of the permutation null in
 * `brokerage-null.ts`, which conditions on the actual links instead.
 */
import { BROKERAGE_ROLES, type BrokerageRole, brokerageCounts } from "../brokerage/gould-fernandez.js";
import type { CompactIndex } from "../graph/compact-index.js";
import type { BrokerageRoleNull } from "./brokerage-null.js";

/** Per brokerage role, the expected count under world permutation. */
export type BrokerageExpectationResult = Record<BrokerageRole, BrokerageRoleNull>;

/** Exact expected brokerage role counts when worlds are permuted over actors (no sampling). */
export function brokerageExpectation(index: CompactIndex): BrokerageExpectationResult {
  const N = index.order;
  const arcs = index.directed ? index.size : 2 * index.size;
  const d = N < 2 ? 0 : arcs / (N * (N - 1));
  const sizes = new Map<number, number>();
  for (let v = 0; v < N; v++) sizes.set(index.worldOf[v]!, (sizes.get(index.worldOf[v]!) ?? 0) + 1);
  const p = d * d * (1 - d);
  const q = d ** 3 * (1 - d) ** 3;
  const choose2 = (x: number) => (x * (x - 1)) / 2;
  // Moments by the broker's world, in sna's directed units.
  const moments = new Map<number, Record<BrokerageRole, [number, number]>>();
  for (const [world, ni] of sizes) {
    let sumOwn = 0; // Σⱼ nⱼ(nⱼ−1)
    let sumTriple = 0; // Σⱼ nⱼ(nⱼ−1)(nⱼ−2)
    let sumSquares = 0;
    let others = 0;
    let liaisonVariance = 0;
    for (const [other, nj] of sizes) {
      if (other === world) continue;
      sumOwn += nj * (nj - 1);
      sumTriple += nj * (nj - 1) * (nj - 2);
      sumSquares += nj * nj;
      others += nj;
      liaisonVariance += nj * choose2(N - nj - ni);
    }
    const e1 = p * (ni - 1) * (ni - 2);
    const e2 = p * sumOwn;
    const e3 = p * (N - ni) * (ni - 1);
    const e5 = p * (others * others - sumSquares);
    moments.set(world, {
      coordinator: [e1, e1 * (1 - p) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * q],
      consultant: [e2, e2 * (1 - p) + 2 * sumTriple * q],
      representative: [e3, e3 * (1 - p) + 2 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1)) * q],
      gatekeeper: [e3, e3 * (1 - p) + 2 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1)) * q],
      liaison: [e5, e5 * (1 - p) + 4 * liaisonVariance * q],
    });
  }
  const observed = brokerageCounts(index);
  const result = {} as BrokerageExpectationResult;
  for (const role of BROKERAGE_ROLES) {
    const expected = new Float64Array(N);
    const sd = new Float64Array(N);
    const z = new Array<number | null>(N).fill(null);
    // Undirected: sna counts coordinator, consultant and liaison paths twice;
    // a representative path once as b_IO and once as b_OI (no gatekeeper apart).
    const halve = !index.directed && role !== "representative";
    for (let v = 0; v < N; v++) {
      const [mean, variance] = moments.get(index.worldOf[v]!)![role];
      const scale = halve ? 0.5 : 1;
      expected[v] = !index.directed && role === "gatekeeper" ? 0 : mean * scale;
      sd[v] = !index.directed && role === "gatekeeper" ? 0 : Math.sqrt(Math.max(0, variance)) * scale;
      if (sd[v]! > 0) z[v] = (observed[role][v]! - expected[v]!) / sd[v]!;
    }
    result[role] = { observed: observed[role], expected, sd, z };
  }
  return result;
}
