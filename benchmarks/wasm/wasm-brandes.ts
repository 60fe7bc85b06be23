/**
 * The WebAssembly side of issue 19's experiment, without Node APIs (it runs
 * in Node and in Chromium alike): lays out one WebAssembly.Memory for a
 * compact index, copies its CSR arrays in once and instantiates brandes.wat's
 * binary on it.
 */
import type { CompactIndex } from "@catalyse/core";

interface KernelExports {
  setup(...addresses: number[]): void;
  floor(sweeps: number): number;
  search(source: number): number;
  accumulate(reached: number): void;
  pass(source: number): void;
}

/** A compact index copied into WebAssembly memory, with views on its arrays. */
export interface WasmBrandes {
  /** Σ over `sweeps` sweeps of Σ_k value[targets[k]] (the link-visit floor's loop). */
  floor(sweeps: number): number;
  /** The search of the one-source pass: σ in `sigma`, returns the number of actors reached. */
  search(source: number): number;
  /** The back-propagation after `search` (given what it returned): adds δ into `bc`, resets the search. */
  accumulate(reached: number): void;
  /** One-source Brandes pass: adds δ_source into `bc`. */
  pass(source: number): void;
  /** What `floor` gathers (all 1 after the copy, like the TypeScript floor's). */
  readonly value: Float64Array;
  /** σ after `search`; c = (1 + δ) / σ after `pass` (as in the TypeScript pass). */
  readonly sigma: Float64Array;
  /** The dependency sums the passes add into. */
  readonly bc: Float64Array;
  /** Milliseconds spent allocating the memory and copying the CSR in (and filling the distances). */
  readonly copyMs: number;
}

const PAGE = 65_536;

/** Copies the index into a new memory and instantiates the kernel (brandes.wat's bytes) on it. */
export async function instantiateWasmBrandes(
  bytes: Uint8Array<ArrayBuffer>,
  index: Pick<CompactIndex, "order" | "offsets" | "targets">,
): Promise<WasmBrandes> {
  const module = await WebAssembly.compile(bytes);
  const start = performance.now();
  const n = index.order;
  const arcs = index.targets.length;
  // Arrays in a row, the f64 ones 8-byte aligned (every i32 array is padded to 8 bytes).
  let next = 0;
  const take = (bytesPerItem: number, count: number) => {
    const at = next;
    next += Math.ceil((bytesPerItem * count) / 8) * 8;
    return at;
  };
  const at = {
    offsets: take(4, n + 1),
    targets: take(4, arcs),
    value: take(8, n),
    dist: take(4, n),
    sigma: take(8, n),
    order: take(4, n),
    successors: take(4, arcs),
    segmentEnd: take(4, n),
    bc: take(8, n),
  };
  const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(next / PAGE)) });
  const buffer = memory.buffer;
  new Int32Array(buffer, at.offsets, n + 1).set(index.offsets);
  new Int32Array(buffer, at.targets, arcs).set(index.targets);
  const value = new Float64Array(buffer, at.value, n).fill(1);
  new Int32Array(buffer, at.dist, n).fill(-1);
  const copyMs = performance.now() - start;
  const instance = await WebAssembly.instantiate(module, { env: { memory } });
  const kernel = instance.exports as unknown as KernelExports;
  kernel.setup(
    at.offsets,
    at.targets,
    arcs,
    at.value,
    at.dist,
    at.sigma,
    at.order,
    at.successors,
    at.segmentEnd,
    at.bc,
  );
  return {
    floor: kernel.floor,
    search: kernel.search,
    accumulate: kernel.accumulate,
    pass: kernel.pass,
    value,
    sigma: new Float64Array(buffer, at.sigma, n),
    bc: new Float64Array(buffer, at.bc, n),
    copyMs,
  };
}
