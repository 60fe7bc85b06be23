import { type CompactIndex, compactIndexFromArrays } from "@catalyse/core";
import { brandesFromSources } from "@catalyse/core/kernels";
import { describe, expect, it } from "vitest";
import { createUnweightedPass } from "../../packages/core/src/centrality/brandes.js";
import { standardGraph } from "../graphs/standard.js";
import { createWasmBrandes } from "../wasm/kernel.js";

/** Two squares with a diagonal-free tie (σ = 2 across), a bridge, a path and an isolated actor. */
function smallIndex(): CompactIndex {
  const links: [number, number][] = [
    [0, 1],
    [1, 2],
    [2, 3],
    [3, 0],
    [2, 4],
    [4, 5],
    [5, 6],
    [6, 7],
    [7, 4],
    [8, 9],
  ];
  const n = 11;
  return compactIndexFromArrays({
    directed: false,
    ids: Array.from({ length: n }, (_, i) => `a${i}`),
    worldOf: new Int32Array(n),
    worldNames: ["w"],
    linkSource: Int32Array.from(links, ([s]) => s),
    linkTarget: Int32Array.from(links, ([, t]) => t),
    linkWeight: new Float64Array(links.length).fill(1),
  });
}

/** Shortest-path counts from s by a plain breadth-first search (independent of both kernels). */
function referenceSigma(index: CompactIndex, s: number): Map<number, number> {
  const dist = new Map<number, number>([[s, 0]]);
  const sigma = new Map<number, number>([[s, 1]]);
  const queue = [s];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let k = index.offsets[v]!; k < index.offsets[v + 1]!; k++) {
      const w = index.targets[k]!;
      if (!dist.has(w)) {
        dist.set(w, dist.get(v)! + 1);
        sigma.set(w, 0);
        queue.push(w);
      }
      if (dist.get(w) === dist.get(v)! + 1) sigma.set(w, sigma.get(w)! + sigma.get(v)!);
    }
  }
  return sigma;
}

const graphs: [string, () => CompactIndex][] = [
  ["two squares, a bridge and an isolated actor", smallIndex],
  ["ba-smoke (300 actors)", () => standardGraph("ba-smoke").index],
];

describe("the WebAssembly Brandes kernel (benchmarks/wasm, issue 19's experiment)", () => {
  it.each(graphs)("counts σ as a breadth-first search does, from every source: %s", async (_, make) => {
    const index = make();
    const wasm = await createWasmBrandes(index);
    // one comparison at the end (an expect per count takes seconds on 300 × 300)
    const expected: number[][] = [];
    const actual: number[][] = [];
    for (let s = 0; s < index.order; s++) {
      const sigma = referenceSigma(index, s);
      const reached = wasm.search(s);
      expected.push([sigma.size, ...sigma.values()]);
      actual.push([reached, ...Array.from(sigma.keys(), (v) => wasm.sigma[v]!)]);
      wasm.accumulate(reached);
    }
    expect(actual).toEqual(expected);
    if (index.order === 11) {
      // across the first square there are two shortest paths, and four from 0 to 6
      wasm.search(0);
      expect([wasm.sigma[2], wasm.sigma[6]]).toEqual([2, 4]);
    }
  });

  it.each(graphs)("adds δ_s bit for bit as core's one-source pass does: %s", async (_, make) => {
    const index = make();
    const wasm = await createWasmBrandes(index);
    const js = createUnweightedPass(index);
    const delta = new Float64Array(index.order);
    for (let s = 0; s < index.order; s++) {
      delta.fill(0);
      wasm.bc.fill(0);
      js(s, delta);
      wasm.pass(s);
      expect(Array.from(wasm.bc)).toEqual(Array.from(delta));
    }
  });

  it.each(graphs)("sums to core's batched betweenness within 1e-12: %s", async (_, make) => {
    const index = make();
    const wasm = await createWasmBrandes(index);
    for (let s = 0; s < index.order; s++) wasm.pass(s);
    const batched = brandesFromSources(index);
    expect(batched.some((x) => x > 0)).toBe(true);
    for (let v = 0; v < index.order; v++) {
      expect(Math.abs(wasm.bc[v]! - batched[v]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, batched[v]!));
    }
  });

  it("gathers value[targets[k]] over every arc, sweep after sweep (the floor's loop)", async () => {
    const index = standardGraph("ba-smoke").index;
    const wasm = await createWasmBrandes(index);
    for (let v = 0; v < index.order; v++) wasm.value[v] = 1 / (v + 3);
    let once = 0;
    for (const t of index.targets) once += wasm.value[t]!;
    expect(wasm.floor(3)).toBe(once + once + once);
    expect(wasm.floor(0)).toBe(0);
  });
});
