/**
 * One layer of a multiplex territory: the links of one type (funding,
 * governance, project, information…) and the actors they join, as a compact
 * index of its own so every metric runs on it unchanged.
 */
import { type CompactIndex, compactIndexFromArrays } from "../graph/compact-index.js";

/** The links of one type, as a compact index over every actor of the territory. */
export interface Layer {
  type: string;
  /** The layer's actors and links; positions are the layer's own. */
  index: CompactIndex;
  /** Territory position of each layer position. */
  actorOf: Int32Array;
  /** Territory link numbers of the layer's links. */
  links: Int32Array;
}

/** The layer of one link type: the links whose types include it, over the same actors. */
export function createLayer(index: CompactIndex, types: readonly (readonly string[])[], type: string): Layer {
  const links: number[] = [];
  for (let e = 0; e < index.size; e++) if (types[e]?.includes(type)) links.push(e);
  const positionOf = new Int32Array(index.order).fill(-1);
  const actorOf: number[] = [];
  const place = (v: number) => {
    if (positionOf[v] === -1) {
      positionOf[v] = actorOf.length;
      actorOf.push(v);
    }
    return positionOf[v]!;
  };
  const linkSource = new Int32Array(links.length);
  const linkTarget = new Int32Array(links.length);
  const linkWeight = new Float64Array(links.length);
  links.forEach((e, k) => {
    linkSource[k] = place(index.linkSource[e]!);
    linkTarget[k] = place(index.linkTarget[e]!);
    linkWeight[k] = index.linkWeight[e]!;
  });
  const layerIndex = compactIndexFromArrays({
    directed: index.directed,
    ids: actorOf.map((v) => index.ids[v]!),
    worldOf: Int32Array.from(actorOf, (v) => index.worldOf[v]!),
    worldNames: index.worldNames,
    linkSource,
    linkTarget,
    linkWeight,
  });
  return { type, index: layerIndex, actorOf: Int32Array.from(actorOf), links: Int32Array.from(links) };
}
