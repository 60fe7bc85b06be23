/**
 * The scale options shared by `analyze` (and `centrality`): `--threads N`,
 * `--approx ε[,δ]`, `--exact`. Betweenness, closeness and harmonic centrality
 * go to a worker pool (`@catalyse/parallel`) when there is enough work to pay
 * for starting it; results equal the single-threaded ones (see the pool's
 * tests). The notice that betweenness was sampled goes to stderr.
 */
import {
  type BetweennessMethodRequest,
  betweennessNotice,
  type CentralityField,
  type CentralitySectionOptions,
  type CompactIndex,
  chooseBetweennessMethod,
  parseApproxOption,
  type RewiredReplicate,
} from "@catalyse/core";
import {
  CLOSENESS_KINDS,
  createNodePool,
  defaultThreads,
  parallelApproximateBetweenness,
  parallelApproximateCloseness,
  parallelBetweenness,
  parallelClosenessFigures,
  parallelNullReplicates,
} from "@catalyse/parallel/node";
import type { CliContext } from "./context.js";
import { UsageError } from "./context.js";
import { parseNumberOption } from "./output.js";

export const SCALE_OPTIONS = {
  threads: { type: "string" },
  approx: { type: "string" },
  exact: { type: "boolean" },
} as const;

export const SCALE_USAGE = `  --threads N       worker threads for betweenness, closeness and null-model
                    replicates; default: the machine's cores, used when the
                    work is large enough (more than 1e9 link visits, n · 2m
                    per metric or per replicate × K) or N is given
  --approx E[,D]    sample betweenness: every actor within E of the exact value
                    with probability 1 − D (default D 0.1); automatic, with a
                    notice, above 1e10 link visits (n · 2m)
  --exact           never sample betweenness`;

/** Link visits (n · 2m) below which starting workers costs more than it saves. */
export const POOL_THRESHOLD = 1e9;

export interface ScaleOptions {
  threads: number;
  /** Whether --threads was given (then the pool is used whatever the size). */
  explicitThreads: boolean;
  method: BetweennessMethodRequest;
}

export function parseScaleOptions(values: Record<string, unknown>): ScaleOptions {
  const explicitThreads = values.threads !== undefined;
  const threads = parseNumberOption("threads", values.threads, defaultThreads(), { min: 1, integer: true });
  if (values.approx !== undefined && values.exact === true)
    throw new UsageError("--approx and --exact exclude each other; give one");
  let method: BetweennessMethodRequest = values.exact === true ? "exact" : "auto";
  if (typeof values.approx === "string") {
    try {
      method = parseApproxOption(values.approx);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  return { threads, explicitThreads, method };
}

/**
 * The centrality options for `analyze`: the method, and the shortest-path
 * metrics computed by a worker pool when it pays. Prints the sampling notice.
 */
export async function scaledCentrality(
  index: CompactIndex,
  scale: ScaleOptions,
  fields: readonly CentralityField[] | undefined,
  context: CliContext,
): Promise<CentralitySectionOptions> {
  const choice = chooseBetweennessMethod(index, scale.method);
  const asked = new Set<CentralityField>(
    fields ?? ["betweenness", "betweennessWeighted", "closeness", "harmonic"],
  );
  const notice = asked.has("betweenness") ? betweennessNotice(choice, index) : null;
  if (notice !== null) context.stderr(`notice: ${notice}\n`);
  const options: CentralitySectionOptions = {
    betweennessMethod: scale.method,
    ...(fields ? { fields } : {}),
  };
  const visits = index.order * 2 * index.size;
  const usePool = scale.threads > 1 && (scale.explicitThreads || visits > POOL_THRESHOLD);
  if (!usePool) return options;
  const pool = createNodePool({ threads: scale.threads });
  try {
    const precomputed: NonNullable<CentralitySectionOptions["precomputed"]> = {};
    if (asked.has("betweenness"))
      precomputed.betweenness =
        choice.method === "approx"
          ? (
              await parallelApproximateBetweenness(pool, index, {
                epsilon: choice.epsilon,
                delta: choice.delta,
              })
            ).values
          : await parallelBetweenness(pool, index);
    if (choice.method === "approx" && (asked.has("closeness") || asked.has("harmonic"))) {
      // The sample core would draw (same seed), its sources split over the pool.
      const sampled = await parallelApproximateCloseness(pool, index, { seed: options.seed });
      if (asked.has("closeness")) precomputed.closeness = sampled.closeness;
      if (asked.has("harmonic")) precomputed.harmonic = sampled.harmonic;
    }
    if (choice.method === "exact") {
      if (asked.has("betweennessWeighted"))
        precomputed.betweennessWeighted = await parallelBetweenness(pool, index, { weighted: true });
      const kinds = CLOSENESS_KINDS.filter((kind) => asked.has(kind));
      Object.assign(precomputed, await parallelClosenessFigures(pool, index, kinds));
    }
    return { ...options, precomputed };
  } finally {
    await pool.close();
  }
}

/**
 * The rewiring replicates of `--null K`, spread over a worker pool when it
 * pays (or --threads is given); undefined to let `analyze` run them in order.
 * Either way the figures are the same: each replicate has its own seed.
 */
export async function scaledNullReplicates(
  index: CompactIndex,
  scale: ScaleOptions,
  replicates: number,
  onProgress: (done: number, total: number, step: string) => void,
): Promise<RewiredReplicate[] | undefined> {
  const visits = replicates * index.order * 2 * index.size;
  if (replicates === 0 || scale.threads < 2 || !(scale.explicitThreads || visits > POOL_THRESHOLD))
    return undefined;
  // The same shortest paths as analyze's polycentricity section: sampled when betweenness is.
  const sampled = chooseBetweennessMethod(index, scale.method).method === "approx" ? {} : null;
  const pool = createNodePool({ threads: scale.threads });
  try {
    return await parallelNullReplicates(pool, index, { replicates, sampled, onProgress });
  } finally {
    await pool.close();
  }
}
