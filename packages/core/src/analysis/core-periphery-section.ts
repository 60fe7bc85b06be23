/**
 * The core–periphery figures of the analysis document (Borgatti & Everett
 * 1999): each actor's continuous coreness and the discrete core with its fit.
 *
 * NOTE: skipped (left null) on territories where n·m passes
 * {@link CORE_PERIPHERY_MAX_WORK}: the discrete search moves one actor at a
 * time and can take O(n·m) per start.
 */
import { corePeriphery } from "../core-periphery/core-periphery.js";
import { DISCRETE_CORE_DEFAULTS, type DiscreteCoreModel } from "../core-periphery/discrete-core.js";
import type { CompactIndex } from "../graph/compact-index.js";
import type { AnalysisDocument } from "./analysis-document.js";

export const CORE_PERIPHERY_MAX_WORK = 2e8;

export interface CorePeripherySectionOptions {
  seed?: number;
  /** B&E's discrete model for `graph.corePeriphery.core` and `fit`; default `DISCRETE_CORE_DEFAULTS.model` ("ideal"). */
  model?: DiscreteCoreModel;
}

export function fillCorePeripherySection(
  index: CompactIndex,
  document: AnalysisDocument,
  options: CorePeripherySectionOptions = {},
): void {
  if (index.order * Math.max(index.size, 1) > CORE_PERIPHERY_MAX_WORK || index.order < 3 || index.size === 0)
    return;
  const result = corePeriphery(index, {
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.model === undefined ? {} : { model: options.model }),
  });
  document.actors.forEach((actor, i) => {
    actor.coreness = result.coreness[i]!;
  });
  document.graph.corePeriphery = {
    fit: result.fit,
    core: index.ids.filter((_, i) => result.inCore[i] === 1),
    model: options.model ?? DISCRETE_CORE_DEFAULTS.model,
    corenessFit: result.continuousFit,
    corenessConverged: result.converged,
    corenessIterations: result.iterations,
  };
}
