/**
 * Multiplex reading of a territory: do the kinds of alliance (the link
 * `type`) form different networks, resting on different actors?
 *
 * Per layer: its links and actors, density among its actors, Freeman degree
 * and betweenness centralization, the effective number of brokers
 * (1 / Σ shareᵢ² of betweenness) and its top brokers. Between layers: the
 * Jaccard overlap of their link sets |A ∩ B| / |A ∪ B|, and of their top
 * brokers. Per actor: how many kinds of alliance it spans.
 *
 * `differentActors`: whether the kinds of alliance rest on different actors,
 * stated when the layers' top brokers overlap little — a mean pairwise Jaccard
 * of top-broker sets below {@link MULTIPLEX_DEFAULTS}.differentBelow (0.5:
 * fewer than half the brokers shared).
 */
import { density } from "../analysis/structure-section.js";
import { betweenness } from "../centrality/betweenness.js";
import { degree } from "../centrality/degree.js";
import { effectiveBrokers } from "../distribution/brokers.js";
import { freemanCentralization } from "../distribution/centralization.js";
import type { CompactIndex } from "../graph/compact-index.js";
import { createLayer } from "./layer.js";

/** Options of `multiplexLayers`; defaults in `MULTIPLEX_DEFAULTS`. */
export interface MultiplexOptions {
  /** Top brokers listed and compared per layer. Default 3. */
  topBrokers?: number;
  /** Mean top-broker Jaccard below which layers rest on different actors. Default 0.5. */
  differentBelow?: number;
}

/** Defaults of `multiplexLayers`. */
export const MULTIPLEX_DEFAULTS: Required<MultiplexOptions> = { topBrokers: 3, differentBelow: 0.5 };

/** Figures of one layer (one kind of alliance). */
export interface LayerFigures {
  type: string;
  links: number;
  actors: number;
  density: number | null;
  centralization: { degree: number | null; betweenness: number | null };
  effectiveBrokers: number | null;
  /** Actor ids, highest betweenness first (only actors with betweenness > 0). */
  topBrokers: string[];
}

/** How much two layers overlap: Jaccard index of their links and of their top brokers. */
export interface LayerOverlap {
  a: string;
  b: string;
  /** Jaccard of the two link sets. */
  links: number;
  /** Jaccard of the two top-broker sets; null when neither has a broker. */
  brokers: number | null;
}

/** Figures per layer, overlaps between layers, kinds of alliance per actor, and whether layers rest on different actors. */
export interface MultiplexResult {
  layers: LayerFigures[];
  overlaps: LayerOverlap[];
  /** Kinds of alliance each actor takes part in, by territory position. */
  typesSpanned: Int32Array;
  /** Mean top-broker Jaccard over layer pairs; null with fewer than two layers with brokers. */
  brokerOverlap: number | null;
  /** Whether the kinds of alliance rest on different actors; null when not decidable. */
  differentActors: boolean | null;
}

/** Multiplex figures of a territory whose links have types: one layer per type. */
export function multiplexLayers(
  index: CompactIndex,
  types: readonly (readonly string[])[],
  options: MultiplexOptions = {},
): MultiplexResult {
  const settings = { ...MULTIPLEX_DEFAULTS, ...options };
  const names = [...new Set(types.flat())];
  const layers = names.map((type) => createLayer(index, types, type));
  const typesSpanned = new Int32Array(index.order);
  const figures = layers.map((layer): LayerFigures => {
    const sub = layer.index;
    for (const v of layer.actorOf) typesSpanned[v]!++;
    const between = betweenness.compute(sub);
    const order = Array.from({ length: sub.order }, (_, i) => i)
      .filter((i) => between[i]! > 0)
      .sort((x, y) => between[y]! - between[x]! || x - y);
    return {
      type: layer.type,
      links: sub.size,
      actors: sub.order,
      density: density(sub),
      centralization: {
        degree: freemanCentralization(degree.compute(sub), "degree", sub.order),
        betweenness: freemanCentralization(between, "betweenness", sub.order),
      },
      effectiveBrokers: effectiveBrokers(between),
      topBrokers: order.slice(0, settings.topBrokers).map((i) => sub.ids[i]!),
    };
  });
  const overlaps: LayerOverlap[] = [];
  const brokerJaccards: number[] = [];
  for (let x = 0; x < layers.length; x++) {
    for (let y = x + 1; y < layers.length; y++) {
      const brokers = jaccard(figures[x]!.topBrokers, figures[y]!.topBrokers);
      if (brokers !== null && figures[x]!.topBrokers.length > 0 && figures[y]!.topBrokers.length > 0)
        brokerJaccards.push(brokers);
      overlaps.push({
        a: layers[x]!.type,
        b: layers[y]!.type,
        links: jaccard(layers[x]!.links, layers[y]!.links) ?? 0,
        brokers,
      });
    }
  }
  const brokerOverlap =
    brokerJaccards.length === 0
      ? null
      : brokerJaccards.reduce((sum, j) => sum + j, 0) / brokerJaccards.length;
  return {
    layers: figures,
    overlaps,
    typesSpanned,
    brokerOverlap,
    differentActors: brokerOverlap === null ? null : brokerOverlap < settings.differentBelow,
  };
}

/** |A ∩ B| / |A ∪ B|; null when both are empty. */
function jaccard<T>(a: ArrayLike<T>, b: ArrayLike<T>): number | null {
  const left = new Set(Array.from(a));
  const right = new Set(Array.from(b));
  let shared = 0;
  for (const x of left) if (right.has(x)) shared++;
  const union = left.size + right.size - shared;
  return union === 0 ? null : shared / union;
}
