/**
 * The scale options shared by `analyze` (and `centrality`): `--threads N`,
 * `--approx ε[,δ]`, `--exact`. Betweenness, closeness and harmonic centrality
 * go to a worker pool (`@catalyse/parallel`) when there is enough work to pay
 * for starting it; results equal the single-threaded ones (see the pool's
 * tests). The notice that betweenness was sampled goes to stderr.
 */
import {
  type BetweennessMethodRequest,
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
import type { CommandContext } from "./context.js";
import { UsageError } from "./context.js";
import { parseNumberOption } from "./output.js";

export const SCALE_OPTIONS = {
  threads: { type: "string" },
  approx: { type: "string" },
  exact: { type: "boolean" },
} as const;

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
  if (values.approx !== undefined && values.exact === true) throw new UsageError("cli.error.approx-exact");
  let method: BetweennessMethodRequest = values.exact === true ? "exact" : "auto";
  if (typeof values.approx === "string") {
    try {
      method = parseApproxOption(values.approx);
    } catch {
      throw new UsageError("cli.error.approx", { value: values.approx });
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
  context: CommandContext,
): Promise<CentralitySectionOptions> {
  const choice = chooseBetweennessMethod(index, scale.method);
  const asked = new Set<CentralityField>(
    fields ?? ["betweenness", "betweennessWeighted", "closeness", "harmonic"],
  );
  if (asked.has("betweenness") && choice.method === "approx") {
    const { t } = context;
    const text = t.t("cli.notice.sampled", {
      epsilon: t.number(choice.epsilon, { maximumFractionDigits: 6 }),
      probability: t.number(1 - choice.delta, { maximumFractionDigits: 6 }),
      automatic: choice.automatic ? "yes" : "no",
      actors: t.integer(index.order),
      links: t.integer(index.size),
    });
    context.stderr(`${t.t("cli.notice", { text })}\n`);
  }
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
