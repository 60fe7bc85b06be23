/**
 * The centrality section of the analysis document: each actor's betweenness
 * (hop count and weighted), closeness, harmonic centrality, PageRank,
 * eigenvector centrality, core number and clustering, and the territory's
 * average clustering and transitivity (see `centrality/*` for the NetworkX
 * call each one matches).
 *
 * Only the fields asked for are computed (someone who needs PageRank on a big
 * territory should not wait for betweenness); the others stay `null`.
 * Closeness and harmonic centrality share one set of searches, clustering and
 * average clustering one triangle count.
 */

import { meanClustering } from "../centrality/average-clustering.js";
import { betweenness, betweennessWeighted } from "../centrality/betweenness.js";
import { closenessFromSums } from "../centrality/closeness.js";
import { clusteringValues } from "../centrality/clustering.js";
import { coreNumber } from "../centrality/core-number.js";
import { eigenvector } from "../centrality/eigenvector.js";
import { harmonicFromSums } from "../centrality/harmonic.js";
import { pagerank } from "../centrality/pagerank.js";
import { type PathLengthSums, pathLengthSums } from "../centrality/path-length-sums.js";
import { transitivity } from "../centrality/transitivity.js";
import type { CompactIndex } from "../graph/compact-index.js";
import {
  createCompactIndex,
  type GraphSource,
  graphAndMapping,
  mappedLabels,
} from "../graph/graph-mapping.js";
import { approximateBetweenness } from "../sampling/approximate-betweenness.js";
import { approximateCloseness } from "../sampling/approximate-closeness.js";
import { type BetweennessMethodRequest, chooseBetweennessMethod } from "../sampling/betweenness-method.js";
import {
  type ActorFigures,
  type AnalysisDocument,
  CENTRALITY_ACTOR_FIELDS,
  createEmptyActor,
  createEmptyDocument,
  finiteOrNull,
  type GraphFigures,
} from "./analysis-document.js";

/** The actor-level centrality fields `analyze` can compute. */
export type CentralityActorField = (typeof CENTRALITY_ACTOR_FIELDS)[number];

/** The territory-level fields of the centrality section. */
export type CentralityGraphField = "averageClustering" | "transitivity";

/** Every field the centrality section can compute. */
export type CentralityField = CentralityActorField | CentralityGraphField;

/** Every centrality field, in document order. */
export const CENTRALITY_FIELDS: readonly CentralityField[] = [
  ...CENTRALITY_ACTOR_FIELDS,
  "averageClustering",
  "transitivity",
];

/** Whether `name` is a centrality field (`catalyse centrality --metrics` checks its list with it). */
export function isCentralityField(name: string): name is CentralityField {
  return (CENTRALITY_FIELDS as readonly string[]).includes(name);
}

/** Options of the centrality section: which fields, seed and betweenness method. */
export interface CentralitySectionOptions {
  /** Which fields to compute. Defaults to all ({@link CENTRALITY_FIELDS}). */
  fields?: readonly CentralityField[];
  /** Called before each field with (fields done, fields asked, field name). */
  onProgress?: (done: number, total: number, step: string) => void;
  /**
   * Exact or sampled betweenness: "auto" (default) samples above
   * `EXACT_BETWEENNESS_BUDGET` link visits (see sampling/betweenness-method.ts).
   * When sampled, closeness and harmonic are sampled too (Eppstein & Wang 2004)
   * and weighted betweenness is left null. Recorded in `graph.betweennessMethod`.
   */
  betweennessMethod?: BetweennessMethodRequest;
  /** Seed of the sampling. Default `DEFAULT_SEED`. */
  seed?: number;
  /** Values already computed (by a worker pool), used as they are. */
  precomputed?: Partial<
    Record<"betweenness" | "betweennessWeighted" | "closeness" | "harmonic", ArrayLike<number>>
  >;
}

export function fillCentralitySection(
  index: CompactIndex,
  document: AnalysisDocument,
  options: CentralitySectionOptions = {},
): void {
  const asked = new Set(options.fields ?? CENTRALITY_FIELDS);
  const fields = CENTRALITY_FIELDS.filter((field) => asked.has(field));
  const progress = options.onProgress;
  const actors = document.actors;
  let sums: PathLengthSums | null = null;
  let clusterings: Float64Array | null = null;
  const setActors = (field: CentralityActorField, values: ArrayLike<number>) => {
    for (let i = 0; i < actors.length; i++) actors[i]![field] = finiteOrNull(values[i]);
  };
  const precomputed = options.precomputed ?? {};
  const choice = chooseBetweennessMethod(index, options.betweennessMethod);
  const sampled = choice.method === "approx";
  if (asked.has("betweenness")) {
    document.graph.betweennessMethod = choice.method;
    document.graph.epsilon = sampled ? choice.epsilon : null;
    document.graph.delta = sampled ? choice.delta : null;
  }
  let approximate: ReturnType<typeof approximateCloseness> | null = null;
  const sampledCloseness = () => (approximate ??= approximateCloseness(index, { seed: options.seed }));
  fields.forEach((field, done) => {
    progress?.(done, fields.length, field);
    switch (field) {
      case "betweenness":
        if (precomputed.betweenness) setActors(field, precomputed.betweenness);
        else if (choice.method === "approx")
          setActors(field, approximateBetweenness.compute(index, { ...choice, seed: options.seed }));
        else setActors(field, betweenness.compute(index));
        break;
      case "betweennessWeighted":
        if (precomputed.betweennessWeighted) setActors(field, precomputed.betweennessWeighted);
        // Sampling covers hop-count paths only; weighted betweenness stays null rather than take hours.
        else if (!sampled) setActors(field, betweennessWeighted.compute(index));
        break;
      case "closeness":
        if (precomputed.closeness) setActors(field, precomputed.closeness);
        else if (sampled) setActors(field, sampledCloseness().closeness);
        else {
          sums ??= pathLengthSums(index);
          setActors(field, closenessFromSums(index, sums));
        }
        break;
      case "harmonic":
        if (precomputed.harmonic) setActors(field, precomputed.harmonic);
        else if (sampled) setActors(field, sampledCloseness().harmonic);
        else {
          sums ??= pathLengthSums(index);
          setActors(field, harmonicFromSums(index, sums));
        }
        break;
      case "pagerank":
        setActors(field, pagerank.compute(index));
        break;
      case "eigenvector":
        setActors(field, eigenvector.compute(index));
        break;
      case "core":
        setActors(field, coreNumber.compute(index));
        break;
      case "clustering":
        clusterings ??= clusteringValues(index);
        setActors(field, clusterings);
        break;
      case "averageClustering":
        clusterings ??= clusteringValues(index);
        document.graph.averageClustering = finiteOrNull(meanClustering(clusterings));
        break;
      case "transitivity":
        document.graph.transitivity = finiteOrNull(transitivity(index));
        break;
    }
  });
  progress?.(fields.length, fields.length, "done");
}

/** An actor row of {@link centralityDocument}: identity plus the fields asked for. */
export type CentralityActorFigures = Pick<ActorFigures, "id" | "label" | "world"> &
  Partial<Pick<ActorFigures, CentralityActorField>>;

/**
 * The analysis document restricted to some centrality fields: the same keys
 * and values as `analyze`'s, without the fields not asked for (what
 * `catalyse centrality --format json` prints).
 */
export interface CentralityDocument {
  graph: Partial<Pick<GraphFigures, CentralityGraphField | "betweennessMethod" | "epsilon" | "delta">>;
  actors: CentralityActorFigures[];
}

/**
 * Computes only the asked centrality fields of a territory, indexing it once
 * (or not at all when the caller passes the graph's `index`).
 */
export function centralityDocument(
  source: GraphSource,
  options: CentralitySectionOptions & { index?: CompactIndex } = {},
): CentralityDocument {
  const { graph, attributes } = graphAndMapping(source);
  const index = options.index ?? createCompactIndex(graph, attributes);
  const labels = mappedLabels(graph, index, attributes);
  const document = createEmptyDocument();
  document.actors = index.ids.map((id, i) =>
    createEmptyActor(id, labels[i]!, index.worldNames[index.worldOf[i]!]!),
  );
  fillCentralitySection(index, document, options);
  const asked = new Set(options.fields ?? CENTRALITY_FIELDS);
  const actorFields = CENTRALITY_ACTOR_FIELDS.filter((field) => asked.has(field));
  const result: CentralityDocument = { graph: {}, actors: [] };
  if (asked.has("averageClustering")) result.graph.averageClustering = document.graph.averageClustering;
  if (asked.has("transitivity")) result.graph.transitivity = document.graph.transitivity;
  // Said only when sampled: an exact document keeps the shape it always had.
  if (asked.has("betweenness") && document.graph.betweennessMethod === "approx") {
    result.graph.betweennessMethod = document.graph.betweennessMethod ?? null;
    result.graph.epsilon = document.graph.epsilon ?? null;
    result.graph.delta = document.graph.delta ?? null;
  }
  result.actors = document.actors.map((actor) => {
    const row: CentralityActorFigures = { id: actor.id, label: actor.label, world: actor.world };
    for (const field of actorFields) row[field] = actor[field];
    return row;
  });
  return result;
}
