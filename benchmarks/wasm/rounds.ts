/**
 * The rounds of issue 19's WebAssembly experiment, without Node APIs so that
 * the same loop runs in Node (run.ts) and in Chromium (browser.ts). In every
 * round each kernel runs once, the order rotating from round to round, so a
 * burst of load from other processes hits every kernel alike:
 *   - the link-visit floor, TypeScript (lib/link-visit-floor.ts's loop) and WebAssembly;
 *   - the one-source Brandes pass, TypeScript (core's createUnweightedPass) and
 *     WebAssembly (brandes.wat, the same loop), from `sources` evenly spaced sources;
 *   - the batched pass that core runs (32 sources per link scan), same sources.
 * Times are ns per link visit: a pass from one source visits the 2m arcs in
 * the search and again in the back-propagation; a floor sweep visits each once.
 */
import type { CompactIndex } from "@catalyse/core";
import { brandesFromSources } from "@catalyse/core/kernels";
import { createUnweightedPass } from "../../packages/core/src/centrality/brandes.js";
import { median } from "../lib/results.js";
import type { WasmBrandes } from "./wasm-brandes.js";

export interface RoundsOptions {
  /** Timed rounds (one more warms up and is not kept). */
  rounds: number;
  /** Sources per pass, evenly spaced (a multiple of 32 gives the batched pass full batches). */
  sources: number;
  /** Sweeps over the arcs per floor. */
  sweeps: number;
}

// Many short rounds: on a shared machine a round is then more often taken
// whole between two preemptions, and the per-round ratios stay paired.
export const ROUNDS_DEFAULTS: RoundsOptions = { rounds: 61, sources: 64, sweeps: 20 };

export const FLOOR_TS = "floor, TypeScript";
export const FLOOR_WASM = "floor, WebAssembly";
export const PASS_TS = "one-source pass, TypeScript";
export const PASS_WASM = "one-source pass, WebAssembly";
export const BATCHED_TS = "batched pass (core), TypeScript";

type Index = Pick<CompactIndex, "order" | "offsets" | "targets">;

/**
 * ns per link visit of each kernel, one entry per round (in round order, so
 * entries at the same position are paired). Throws if the three passes'
 * dependency sums differ before any timing.
 */
export function timeKernels(
  index: Index,
  wasm: WasmBrandes,
  options: RoundsOptions = ROUNDS_DEFAULTS,
): Map<string, number[]> {
  const { rounds, sweeps } = options;
  const n = index.order;
  const { targets } = index;
  const arcs = targets.length;
  const count = Math.min(n, options.sources);
  const sources = Int32Array.from({ length: count }, (_, i) => Math.floor((i * n) / count));
  // brandesFromSources only reads the CSR of an unweighted index
  const full = index as CompactIndex;
  const jsPass = createUnweightedPass(full);
  const jsBc = new Float64Array(n);
  const batchedBc = new Float64Array(n);
  const floorValue = new Float64Array(n).fill(1);
  const passVisits = count * 2 * arcs;
  const kernels: { name: string; visits: number; run: () => number }[] = [
    {
      name: FLOOR_TS,
      visits: sweeps * arcs,
      run: () => {
        let total = 0;
        for (let s = 0; s < sweeps; s++) {
          let sum = 0;
          for (let k = 0; k < arcs; k++) sum += floorValue[targets[k]!]!;
          total += sum;
        }
        return total;
      },
    },
    { name: FLOOR_WASM, visits: sweeps * arcs, run: () => wasm.floor(sweeps) },
    {
      name: PASS_TS,
      visits: passVisits,
      run: () => {
        for (let i = 0; i < count; i++) jsPass(sources[i]!, jsBc);
        return jsBc[0]!;
      },
    },
    {
      name: PASS_WASM,
      visits: passVisits,
      run: () => {
        for (let i = 0; i < count; i++) wasm.pass(sources[i]!);
        return wasm.bc[0]!;
      },
    },
    { name: BATCHED_TS, visits: passVisits, run: () => brandesFromSources(full, sources, {}, batchedBc)[0]! },
  ];

  // Same results before any timing: one round of each pass from the same sources.
  for (const k of kernels.slice(2)) k.run();
  const maxRelative = (a: Float64Array, b: Float64Array) =>
    a.reduce((worst, x, i) => Math.max(worst, Math.abs(x - b[i]!) / Math.max(1, Math.abs(x))), 0);
  if (maxRelative(jsBc, wasm.bc) !== 0)
    throw new Error("wasm: the WebAssembly pass differs from the TypeScript one");
  if (maxRelative(jsBc, batchedBc) > 1e-12)
    throw new Error("wasm: the batched pass differs from the one-source one");

  const ns = new Map<string, number[]>(kernels.map((k) => [k.name, []]));
  let sink = 0;
  for (let round = 0; round <= rounds; round++) {
    for (let j = 0; j < kernels.length; j++) {
      const kernel = kernels[(j + round) % kernels.length]!;
      const start = performance.now();
      sink += kernel.run();
      const elapsed = performance.now() - start;
      if (round > 0) ns.get(kernel.name)!.push((elapsed * 1e6) / kernel.visits);
    }
  }
  if (Number.isNaN(sink)) throw new Error("unreachable: keeps the results alive");
  return ns;
}

/**
 * The report's lines: median and range of each kernel's ns per link visit,
 * of the per-round ratios (which hold on a loaded machine where absolute
 * times do not), and each kernel's fastest round (under load the least
 * disturbed one, the nearest to an idle machine's time).
 */
export function reportLines(ns: Map<string, number[]>): string[] {
  const times = (name: string) => ns.get(name) ?? [];
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
  const line = (label: string, xs: number[], unit: string) =>
    `${label.padEnd(48)} median ${median(xs).toFixed(2)}${unit} (range ${range(xs)})`;
  const ratios = (a: string, b: string) => times(a).map((x, i) => x / times(b)[i]!);
  const best = (name: string) => Math.min(...times(name)).toFixed(2);
  return [
    ...[...ns].map(([name, xs]) => line(`${name}, ns per link visit`, xs, " ns")),
    line("floor: WebAssembly / TypeScript", ratios(FLOOR_WASM, FLOOR_TS), "×"),
    line("one-source pass: WebAssembly / TypeScript", ratios(PASS_WASM, PASS_TS), "×"),
    line("one-source WebAssembly / batched TypeScript", ratios(PASS_WASM, BATCHED_TS), "×"),
    line("batched pass / TypeScript floor", ratios(BATCHED_TS, FLOOR_TS), "×"),
    `best rounds (ns per link visit): floor ${best(FLOOR_TS)} TypeScript, ${best(FLOOR_WASM)} WebAssembly; ` +
      `one-source pass ${best(PASS_TS)} TypeScript, ${best(PASS_WASM)} WebAssembly; batched pass ${best(BATCHED_TS)}`,
  ];
}
