/**
 * Issue 19's WebAssembly experiment, one command:
 *
 *   pnpm --dir benchmarks bench:wasm [--graph ba-10k] [--rounds 21] [--sources 200]
 *
 * Times, interleaved in every round (the order rotating from round to round,
 * so a burst of load from other processes hits every kernel alike), on the
 * same compact index:
 *   - the link-visit floor, TypeScript (lib/link-visit-floor.ts's loop) and WebAssembly;
 *   - the one-source Brandes pass, TypeScript (core's createUnweightedPass) and
 *     WebAssembly (brandes.wat, the same loop), from `--sources` evenly spaced sources;
 *   - the batched pass that core runs (32 sources per link scan), same sources.
 * Prints ns per link visit (a pass from one source visits 2m arcs in the search
 * and 2m in the back-propagation; the floor visits each arc once), and the
 * WASM / TypeScript ratio of each round, whose median and range are the result:
 * ratios of alternating runs hold on a loaded machine where absolute times do
 * not. Also prints the one-off cost of copying the CSR into WebAssembly memory.
 * The dependency sums of the three passes are checked equal before timing.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { brandesFromSources } from "@catalyse/core/kernels";
import { createUnweightedPass } from "../../packages/core/src/centrality/brandes.js";
import { standardGraph } from "../graphs/standard.js";
import { median } from "../lib/results.js";
import { createWasmBrandes } from "./kernel.js";

const { values } = parseArgs({
  options: {
    graph: { type: "string", default: "ba-10k" },
    rounds: { type: "string", default: "21" },
    sources: { type: "string", default: "200" },
    sweeps: { type: "string", default: "100" },
  },
});
const rounds = Number(values.rounds);
const sweeps = Number(values.sweeps);
const { index } = standardGraph(values.graph);
const n = index.order;
const arcs = index.targets.length;
const count = Math.min(n, Number(values.sources));
const sources = Int32Array.from({ length: count }, (_, i) => Math.floor((i * n) / count));

const wasm = await createWasmBrandes(index);
const jsPass = createUnweightedPass(index);
const jsBc = new Float64Array(n);
const batchedBc = new Float64Array(n);
const floorValue = new Float64Array(n).fill(1);

function jsFloor(): number {
  let total = 0;
  for (let s = 0; s < sweeps; s++) {
    let sum = 0;
    for (let k = 0; k < arcs; k++) sum += floorValue[index.targets[k]!]!;
    total += sum;
  }
  return total;
}

type Kernel = { name: string; visits: number; run: () => number };
const passVisits = count * 2 * arcs;
const kernels: Kernel[] = [
  { name: "floor, TypeScript", visits: sweeps * arcs, run: jsFloor },
  { name: "floor, WebAssembly", visits: sweeps * arcs, run: () => wasm.floor(sweeps) },
  {
    name: "one-source pass, TypeScript",
    visits: passVisits,
    run: () => {
      for (let i = 0; i < count; i++) jsPass(sources[i]!, jsBc);
      return jsBc[0]!;
    },
  },
  {
    name: "one-source pass, WebAssembly",
    visits: passVisits,
    run: () => {
      for (let i = 0; i < count; i++) wasm.pass(sources[i]!);
      return wasm.bc[0]!;
    },
  },
  {
    name: "batched pass (core), TypeScript",
    visits: passVisits,
    run: () => brandesFromSources(index, sources, {}, batchedBc)[0]!,
  },
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
const loadBefore = loadavg()[0]!;
console.log(
  `${values.graph}: ${n} actors, ${arcs} arcs; CSR copied into WebAssembly memory in ${wasm.copyMs.toFixed(2)} ms (once)`,
);
for (let round = 0; round <= rounds; round++) {
  // Round 0 warms every kernel up and is not kept.
  for (let j = 0; j < kernels.length; j++) {
    const kernel = kernels[(j + round) % kernels.length]!;
    const start = performance.now();
    sink += kernel.run();
    const elapsed = performance.now() - start;
    if (round > 0) ns.get(kernel.name)!.push((elapsed * 1e6) / kernel.visits);
  }
}
const loadAfter = loadavg()[0]!;
if (Number.isNaN(sink)) throw new Error("unreachable: keeps the results alive");

const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
const line = (label: string, xs: number[], unit: string) =>
  console.log(`${label.padEnd(44)} ${median(xs).toFixed(2)}${unit} (${range(xs)})`);
console.log(
  `${rounds} rounds, ${count} sources a pass, ${sweeps} sweeps a floor; load ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
);
for (const [name, xs] of ns) line(`${name}, ns per link visit`, xs, " ns");
const ratios = (a: string, b: string) => ns.get(a)!.map((x, i) => x / ns.get(b)![i]!);
line("floor: WebAssembly / TypeScript", ratios("floor, WebAssembly", "floor, TypeScript"), "×");
line(
  "one-source pass: WebAssembly / TypeScript",
  ratios("one-source pass, WebAssembly", "one-source pass, TypeScript"),
  "×",
);
line(
  "one-source WebAssembly / batched TypeScript",
  ratios("one-source pass, WebAssembly", "batched pass (core), TypeScript"),
  "×",
);
line("batched pass / TypeScript floor", ratios("batched pass (core), TypeScript", "floor, TypeScript"), "×");
