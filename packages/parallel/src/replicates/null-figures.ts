/**
 * The null models' rewiring replicate for the pool: core's `rewiredReplicate`
 * (rewire with one seed, recompute every graph-level figure), with betweenness
 * and closeness exact or sampled as `analyze` chose for the territory. A
 * closure cannot cross to a worker, so the choice travels as data.
 */
import {
  type CompactIndex,
  type RewiredReplicate,
  rewiredReplicate,
  type SampledShortestPathsOptions,
  sampledShortestPaths,
} from "@catalyse/core";

/** Parameters of the null-figures replicate (null model options other than the seed). */
export interface NullFiguresParams {
  /** Successful swaps per link. Default 10 (core's default). */
  swapsPerLink?: number;
  /** Sample betweenness and closeness with these options (what `analyze` does above the exact budget); null: exact. */
  sampled?: SampledShortestPathsOptions | null;
}

/** One null-model replicate: core's rewiring with `seed`, then every graph figure. */
export function nullFigures(index: CompactIndex, seed: number, params: NullFiguresParams): RewiredReplicate {
  return rewiredReplicate(index, seed, {
    swapsPerLink: params.swapsPerLink,
    shortestPaths: params.sampled ? sampledShortestPaths(params.sampled) : undefined,
  });
}
