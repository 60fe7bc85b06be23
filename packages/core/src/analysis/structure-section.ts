/**
 * The structure section of the analysis document: size, density, components,
 * reciprocity and the triad census (directed territories), and each actor's
 * degree and strength.
 */
import { degree, strength } from "../centrality/degree.js";
import { reciprocity } from "../directed/reciprocity.js";
import { triadCensus } from "../directed/triad-census.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { connectedComponents } from "../graph/components.js";
import { type AnalysisDocument, createEmptyActor } from "./analysis-document.js";

/**
 * Density: m / (n(n−1)/2) when undirected, m / (n(n−1)) when directed
 * (`nx.density`); null below two actors.
 */
export function density(index: CompactIndex): number | null {
  const n = index.order;
  if (n < 2) return null;
  const pairs = index.directed ? n * (n - 1) : (n * (n - 1)) / 2;
  return index.size / pairs;
}

/** Fills the structure figures and creates the actor rows (labels by position). */
export function fillStructureSection(
  index: CompactIndex,
  document: AnalysisDocument,
  labels: readonly string[],
) {
  const { sizes } = connectedComponents(index);
  const figures = document.graph;
  figures.nodes = index.order;
  figures.links = index.size;
  figures.density = density(index);
  figures.components = sizes.length;
  figures.largestComponentShare = index.order === 0 ? null : (sizes[0] ?? 0) / index.order;
  figures.reciprocity = reciprocity(index);
  figures.triadCensus = triadCensus(index);
  const degrees = degree.compute(index);
  const strengths = strength.compute(index);
  document.actors = index.ids.map((id, i) => {
    return {
      ...createEmptyActor(id, labels[i] ?? id, index.worldNames[index.worldOf[i]!]!),
      degree: degrees[i]!,
      strength: strengths[i]!,
    };
  });
}
