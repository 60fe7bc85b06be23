/**
 * The `layers` section of the analysis document (`analyze --by-type`): the
 * multiplex figures of multiplex/multiplex-layers.ts with actor ids.
 */
import type { CompactIndex } from "../graph/compact-index.js";
import { multiplexLayers } from "../multiplex/multiplex-layers.js";
import type { AnalysisDocument } from "./analysis-document.js";

export function fillLayersSection(
  index: CompactIndex,
  document: AnalysisDocument,
  types: readonly (readonly string[])[],
): void {
  const result = multiplexLayers(index, types);
  document.layers = {
    layers: result.layers,
    overlaps: result.overlaps,
    typesSpanned: index.ids.map((actor, i) => ({ actor, types: result.typesSpanned[i]! })),
    brokerOverlap: result.brokerOverlap,
    differentActors: result.differentActors,
  };
}
