/**
 * The compact index as workers see it: only its typed arrays, copied once into
 * SharedArrayBuffers so every worker reads the same memory (no copy, no
 * rebuild per worker). Where SharedArrayBuffer is unavailable (a page that is
 * not cross-origin isolated), the arrays are structured-cloned to each worker
 * once instead. Actor ids stay in the main thread: workers compute by position.
 */
import type { CompactIndex } from "@catalyse/core";

/** The numeric part of a compact index, as posted to a worker. */
export interface IndexArrays {
  order: number;
  size: number;
  directed: boolean;
  worldOf: Int32Array;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  linkOf: Int32Array;
  /** Absent when undirected: the in-adjacency is the out-adjacency. */
  inward?: { offsets: Int32Array; sources: Int32Array; weights: Float64Array; linkOf: Int32Array };
  linkSource: Int32Array;
  linkTarget: Int32Array;
  linkWeight: Float64Array;
}

/** Whether this context can share memory with workers (SharedArrayBuffer; browsers need cross-origin isolation). */
export function canShareMemory(): boolean {
  if (typeof SharedArrayBuffer === "undefined") return false;
  // Browsers expose SharedArrayBuffer to workers only on cross-origin isolated pages.
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated;
  return isolated !== false;
}

function copy<T extends Int32Array | Float64Array>(array: T, shared: boolean): T {
  if (!shared) return array;
  const Constructor = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const target = new Constructor(new SharedArrayBuffer(array.byteLength));
  target.set(array as ArrayLike<number> & T);
  return target;
}

/** The arrays of `index`, in shared memory when `shared` (the default where possible). */
export function indexArrays(index: CompactIndex, shared = canShareMemory()): IndexArrays {
  return {
    order: index.order,
    size: index.size,
    directed: index.directed,
    worldOf: copy(index.worldOf, shared),
    offsets: copy(index.offsets, shared),
    targets: copy(index.targets, shared),
    weights: copy(index.weights, shared),
    linkOf: copy(index.linkOf, shared),
    ...(index.directed
      ? {
          inward: {
            offsets: copy(index.inOffsets, shared),
            sources: copy(index.inSources, shared),
            weights: copy(index.inWeights, shared),
            linkOf: copy(index.inLinkOf, shared),
          },
        }
      : {}),
    linkSource: copy(index.linkSource, shared),
    linkTarget: copy(index.linkTarget, shared),
    linkWeight: copy(index.linkWeight, shared),
  };
}

/**
 * A compact index over posted arrays. Ids are positional strings ("0", "1", …),
 * made on first use only (kernels never need them; rebuilding a rewired index does).
 */
export function indexFromArrays(arrays: IndexArrays): CompactIndex {
  const inward = arrays.inward;
  let ids: string[] | undefined;
  let positionOf: Map<string, number> | undefined;
  const positional = (): string[] => {
    ids ??= Array.from({ length: arrays.order }, (_, i) => String(i));
    return ids;
  };
  return {
    order: arrays.order,
    size: arrays.size,
    directed: arrays.directed,
    get ids() {
      return positional();
    },
    get keys() {
      return positional();
    },
    get positionOf() {
      positionOf ??= new Map(positional().map((id, i) => [id, i]));
      return positionOf;
    },
    worldOf: arrays.worldOf,
    worldNames: [],
    offsets: arrays.offsets,
    targets: arrays.targets,
    weights: arrays.weights,
    linkOf: arrays.linkOf,
    inOffsets: inward?.offsets ?? arrays.offsets,
    inSources: inward?.sources ?? arrays.targets,
    inWeights: inward?.weights ?? arrays.weights,
    inLinkOf: inward?.linkOf ?? arrays.linkOf,
    linkSource: arrays.linkSource,
    linkTarget: arrays.linkTarget,
    linkWeight: arrays.linkWeight,
  };
}
