/**
 * Issue 19's WebAssembly experiment in Node, one command:
 *
 *   pnpm --dir benchmarks bench:wasm [--graph ba-10k] [--rounds 61] [--sources 64] [--sweeps 20]
 *
 * Runs rounds.ts's interleaved rounds (floor, one-source pass in TypeScript and
 * in WebAssembly, core's batched pass) on a standard graph and prints their ns
 * per link visit, the per-round WebAssembly / TypeScript ratios, the one-off
 * cost of copying the CSR into WebAssembly memory and the load average
 * around the run. browser.ts runs the same rounds in Chromium.
 */
import { loadavg } from "node:os";
import { standardGraph } from "../graphs/standard.js";
import { roundsArguments } from "./arguments.js";
import { createWasmBrandes } from "./kernel.js";
import { reportLines, timeKernels } from "./rounds.js";

const { graph, options } = roundsArguments();
const { index } = standardGraph(graph);
const wasm = await createWasmBrandes(index);
console.log(
  `Node ${process.version}, ${graph}: ${index.order} actors, ${index.targets.length} arcs; ` +
    `CSR copied into WebAssembly memory in ${wasm.copyMs.toFixed(2)} ms (once)`,
);
const loadBefore = loadavg()[0]!;
const ns = timeKernels(index, wasm, options);
const loadAfter = loadavg()[0]!;
console.log(
  `${options.rounds} rounds, ${options.sources} sources a pass, ${options.sweeps} sweeps a floor; ` +
    `load ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
);
for (const line of reportLines(ns)) console.log(line);
