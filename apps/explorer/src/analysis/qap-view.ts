/**
 * What the QAP card asks of core's `qapTerritory` and what it keeps of the
 * answer: the predictors a territory supports (as `catalyse qap --predictors`
 * spells them), the explorer's cap on territory size, and the result as it
 * comes back from the worker.
 *
 * NOTE: `distance` is offered only when every actor has coordinates. Without
 * them core falls back on network distance, which counts the links being
 * explained (two allies are at distance 1) and would explain ties by ties.
 */
import { type ActorInput, DEFAULT_SEED, type QapTerritoryResult } from "@catalyse/core";

/** The explorer's QAP settings: one row per pair of actors, refitted at each permutation. */
export const QAP_EXPLORER_DEFAULTS = {
  /**
   * Largest territory the card runs on (179,700 pairs). Cost grows with
   * pairs × predictors² × permutations: 400 actors and four predictors take
   * about ten seconds in a worker; beyond this cap `catalyse qap` is the tool.
   */
  maxActors: 600,
  permutations: 1000,
  seed: DEFAULT_SEED,
  /** Predictors offered at most, besides same-world. */
  maxOffered: 5,
};

/** A QAP run as the card shows it: the predictors asked for, and core's result. */
export interface QapView {
  predictors: string[];
  actors: number;
  result: QapTerritoryResult;
}

/** What the card needs to know of the territory to offer predictors. */
export interface QapSupport {
  actors: readonly ActorInput[];
  /** Whether the actors shown belong to collectives (co-membership needs them). */
  collectives: boolean;
}

/**
 * The predictors a territory supports, same-world first: `distance` when every
 * actor is located, `co-membership` with collectives, `same-<attribute>` for a
 * shared text attribute (most actors have a value, fewer distinct values than
 * half the actors), and a numeric attribute every actor has.
 */
export function qapPredictors({ actors, collectives }: QapSupport): string[] {
  const offered: string[] = [];
  if (actors.length > 0 && actors.every((actor) => isCoordinate(actor.lat) && isCoordinate(actor.lon)))
    offered.push("distance");
  if (collectives) offered.push("co-membership");
  const names = new Set(actors.flatMap((actor) => Object.keys(actor.attributes ?? {})));
  for (const name of [...names].sort()) {
    const values = actors.map((actor) => attribute(actor, name));
    if (values.every((value) => typeof value === "number" && Number.isFinite(value))) {
      offered.push(name);
      continue;
    }
    const texts = values.filter((value): value is string => typeof value === "string" && value.trim() !== "");
    const distinct = new Set(texts).size;
    if (texts.length * 2 >= actors.length && distinct >= 2 && distinct * 2 <= actors.length)
      offered.push(`same-${name}`);
  }
  return ["same-world", ...offered.slice(0, QAP_EXPLORER_DEFAULTS.maxOffered)];
}

/** Whether the card runs on this many actors (see `QAP_EXPLORER_DEFAULTS.maxActors`). */
export function qapFits(actors: number): boolean {
  return actors >= 3 && actors <= QAP_EXPLORER_DEFAULTS.maxActors;
}

function isCoordinate(value: number | null | undefined): boolean {
  return typeof value === "number" && Number.isFinite(value);
}

/** An attribute read as an own property, so an attribute named `__proto__` is one like any other. */
function attribute(actor: ActorInput, name: string): unknown {
  const attributes = actor.attributes ?? {};
  return Object.hasOwn(attributes, name) ? attributes[name] : undefined;
}
