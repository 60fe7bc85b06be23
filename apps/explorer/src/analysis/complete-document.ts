/**
 * Completes an analysis document with what the explorer needs and core does
 * not (yet) provide: every figure core leaves null is computed here, and its
 * name is listed in `explorerComputed` so the UI can say where it came from.
 * As core's sections land (issues 3–5), this file computes less and less.
 */
import {
  type AnalysisDocument,
  type CompactIndex,
  createRandom,
  finiteOrNull,
  type TerritoryGraph,
} from "@catalyse/core";
import louvain from "graphology-communities-louvain";
import { type DependencePoint, dependenceCurve } from "./dependence.js";
import { fallbackBrokerage } from "./fallback-brokerage.js";
import { fallbackCentrality } from "./fallback-centrality.js";
import { centralization, effectiveNumber, gini, topShare } from "./inequality.js";
import { type MixingMatrix, mixingMatrix } from "./mixing.js";

export interface ExplorerAnalysis {
  document: AnalysisDocument;
  dependence: DependencePoint[];
  mixing: MixingMatrix;
  /** Share of betweenness held by the top 1%, 5%, 10% of actors. */
  topShares: { top1: number | null; top5: number | null; top10: number | null };
  /** Figures computed by the explorer because the document left them null. */
  explorerComputed: string[];
}

export function completeDocument(
  graph: TerritoryGraph,
  index: CompactIndex,
  document: AnalysisDocument,
  onProgress: (done: number, total: number, step: string) => void = () => {},
): ExplorerAnalysis {
  const computed: string[] = [];
  const actors = document.actors;
  const position = index.positionOf;
  const at = (id: string) => position.get(id) ?? -1;

  if (actors.length > 0 && actors.every((actor) => actor.betweenness === null || actor.closeness === null)) {
    const result = fallbackCentrality(index, (done, total) => onProgress(done, total, "betweenness"));
    for (const actor of actors) {
      const i = at(actor.id);
      if (actor.betweenness === null) actor.betweenness = finiteOrNull(result.betweenness[i]);
      if (actor.closeness === null) actor.closeness = finiteOrNull(result.closeness[i]);
    }
    computed.push("betweenness", "closeness");
  }
  if (actors.length > 0 && actors.every((actor) => actor.brokerage === null) && !index.directed) {
    onProgress(0, 1, "brokerage");
    const roles = fallbackBrokerage(index);
    for (const actor of actors) actor.brokerage = roles[at(actor.id)] ?? null;
    computed.push("brokerage");
  }
  if (actors.length > 0 && actors.every((actor) => actor.community === null) && graph.size > 0) {
    onProgress(0, 1, "communities");
    const detailed = louvain.detailed(graph, { rng: createRandom(17), getEdgeWeight: "weight" });
    // Number communities by decreasing size so that colours read the same across runs.
    const sizes = new Map<number, number>();
    for (const key of graph.nodes()) {
      const c = detailed.communities[key]!;
      sizes.set(c, (sizes.get(c) ?? 0) + 1);
    }
    const rank = new Map(
      [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c], i) => [c, i] as const),
    );
    for (const actor of actors) {
      const key = index.keys[at(actor.id)];
      actor.community = key === undefined ? null : (rank.get(detailed.communities[key]!) ?? null);
    }
    document.graph.communities = sizes.size;
    document.graph.modularity = finiteOrNull(detailed.modularity);
    computed.push("communities (Louvain)");
  }

  const figures = document.graph;
  const betweenness = actors.map((actor) => actor.betweenness);
  if (figures.gini.betweenness === null) {
    figures.gini.betweenness = gini(betweenness);
    figures.gini.degree = figures.gini.degree ?? gini(actors.map((actor) => actor.degree));
    computed.push("gini");
  }
  if (figures.effectiveBrokers === null) {
    figures.effectiveBrokers = effectiveNumber(betweenness);
    const total = betweenness.reduce<number>((sum, value) => sum + (value ?? 0), 0);
    const max = betweenness.reduce<number>((best, value) => Math.max(best, value ?? 0), 0);
    figures.topBrokerShare = total > 0 ? max / total : null;
    computed.push("effectiveBrokers");
  }
  const c = figures.centralization;
  if (c.degree === null && c.betweenness === null && c.closeness === null) {
    c.degree = centralization(
      "degree",
      actors.map((actor) => actor.degree),
    );
    c.betweenness = centralization("betweenness", betweenness);
    c.closeness = centralization(
      "closeness",
      actors.map((actor) => actor.closeness),
    );
    computed.push("centralization");
  }

  onProgress(0, 1, "mixing");
  const worldOfActor = new Map(actors.map((actor) => [actor.id, actor.world] as const));
  const links: { source: string; target: string; weight: number }[] = [];
  for (let l = 0; l < index.size; l++)
    links.push({
      source: index.ids[index.linkSource[l]!]!,
      target: index.ids[index.linkTarget[l]!]!,
      weight: index.linkWeight[l]!,
    });
  const mixing = mixingMatrix(index.worldNames, worldOfActor, links, index.directed);
  const fromDocument = figures.worlds.mixing;
  if (fromDocument) {
    // The document's matrix is the reference; the E-I per world still comes from the rows.
    mixing.counts = fromDocument.counts;
    mixing.weights = fromDocument.weights;
    mixing.worlds = fromDocument.worlds;
  }
  if (figures.worlds.eiIndex === null && mixing.eiIndex !== null) {
    figures.worlds.eiIndex = mixing.eiIndex;
    figures.worlds.crossWorldShare = (mixing.eiIndex + 1) / 2;
    computed.push("eiIndex");
  }

  let dependence: DependencePoint[];
  const targeted = figures.dependence?.targeted;
  if (targeted && targeted.length > 0) {
    dependence = targeted.map((step) => ({
      removed: step.removed,
      actor: step.actor,
      connectedPairs: step.pairsConnected,
      crossWorldPairs: step.crossWorldPairsConnected,
      largestComponent: step.largestComponentShare,
    }));
  } else {
    onProgress(0, 1, "dependence");
    const byPosition = new Float64Array(index.order);
    for (const actor of actors) byPosition[at(actor.id)] = actor.betweenness ?? 0;
    dependence = dependenceCurve(index, byPosition);
    computed.push("dependence");
  }
  const shares = figures.betweennessShares;
  return {
    document,
    dependence,
    mixing,
    topShares:
      shares && shares.top10 !== null
        ? shares
        : {
            top1: topShare(betweenness, 0.01),
            top5: topShare(betweenness, 0.05),
            top10: topShare(betweenness, 0.1),
          },
    explorerComputed: computed,
  };
}
