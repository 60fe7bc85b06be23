/**
 * Expected brokerage under random world assignment, after R's
 * `sna::brokerage`, which reports each actor's role counts beside their
 * expectation and z-score when group labels are assigned at random. Here the
 * expectation is estimated by K seeded permutations of the actors' worlds over
 * the fixed links (world sizes kept): for every actor and role, the mean count,
 * its sd and z = (observed − mean) / sd (null when sd = 0). The total number of
 * open two-paths an actor brokers does not depend on worlds, so only the split
 * between roles is tested. NOTE: sna derives its expectation analytically from
 * a Bernoulli graph of the same density (`brokerageExpectation`, the same
 * numbers); permutations condition on the actual links, which suits
 * territories whose actors differ widely in degree, so the document uses them.
 */
import { BROKERAGE_ROLES, type BrokerageRole, brokerageCounts } from "../brokerage/gould-fernandez.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { createRandom, DEFAULT_SEED, randomInt } from "../random.js";

/** Options of `brokerageNull`. */
export interface BrokerageNullOptions {
  /** Permutations. Default 100. */
  permutations?: number;
  /** Default `DEFAULT_SEED`. */
  seed?: number;
}

/** The null distribution of one brokerage role: observed count, mean, standard deviation and z-score. */
export interface BrokerageRoleNull {
  observed: Float64Array;
  expected: Float64Array;
  sd: Float64Array;
  /** Per position; null where the role count never varies. */
  z: Array<number | null>;
}

/** Per brokerage role, the null distribution of its count. */
export type BrokerageNullResult = Record<BrokerageRole, BrokerageRoleNull>;

/** Brokerage role counts against worlds permuted over actors, seeded replicates. */
export function brokerageNull(index: CompactIndex, options: BrokerageNullOptions = {}): BrokerageNullResult {
  const n = index.order;
  const k = Math.max(1, Math.floor(options.permutations ?? 100));
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const observed = brokerageCounts(index);
  const sum = Object.fromEntries(BROKERAGE_ROLES.map((r) => [r, new Float64Array(n)])) as Record<
    BrokerageRole,
    Float64Array
  >;
  const squares = Object.fromEntries(BROKERAGE_ROLES.map((r) => [r, new Float64Array(n)])) as Record<
    BrokerageRole,
    Float64Array
  >;
  const worldOf = Int32Array.from(index.worldOf);
  for (let p = 0; p < k; p++) {
    for (let i = n - 1; i > 0; i--) {
      const j = randomInt(random, i + 1);
      const t = worldOf[i]!;
      worldOf[i] = worldOf[j]!;
      worldOf[j] = t;
    }
    const counts = brokerageCounts(index, worldOf);
    for (const role of BROKERAGE_ROLES)
      for (let i = 0; i < n; i++) {
        const x = counts[role][i]!;
        sum[role][i]! += x;
        squares[role][i]! += x * x;
      }
  }
  const result = {} as BrokerageNullResult;
  for (const role of BROKERAGE_ROLES) {
    const expected = new Float64Array(n);
    const sd = new Float64Array(n);
    const z = new Array<number | null>(n).fill(null);
    for (let i = 0; i < n; i++) {
      const mean = sum[role][i]! / k;
      const variance = k > 1 ? Math.max(0, (squares[role][i]! - k * mean * mean) / (k - 1)) : 0;
      expected[i] = mean;
      sd[i] = Math.sqrt(variance);
      if (sd[i]! > 1e-9) z[i] = (observed[role][i]! - mean) / sd[i]!;
    }
    result[role] = { observed: observed[role], expected, sd, z };
  }
  return result;
}
