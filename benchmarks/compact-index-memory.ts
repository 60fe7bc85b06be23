/**
 * Memory of the compact index of a 1M-link territory (issue 3 target: under
 * 100 MB): a Barabási–Albert graph with 200,000 actors and m = 5.
 *
 * Run: pnpm --dir benchmarks bench:memory (needs --expose-gc, which the script sets).
 * Reports the exact bytes of the index's typed arrays, and the measured growth
 * of the heap and of array buffers while building it (ids map and keys included).
 */
import { type CompactIndex, compactIndexFromArrays } from "@catalyse/core";
import { barabasiAlbert } from "./graphs/barabasi-albert.js";
import { machine } from "./lib/measure.js";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("bench:memory: run node with --expose-gc (pnpm --dir benchmarks bench:memory)");

const order = 200_000;
const edges = barabasiAlbert({ order, m: 5, seed: 5 });
const ids = Array.from({ length: order }, (_, i) => `actor-${i}`);
const worldOf = new Int32Array(order);
gc();
const before = process.memoryUsage();
const index: CompactIndex = compactIndexFromArrays({
  directed: false,
  ids,
  worldOf,
  worldNames: ["association"],
  linkSource: edges.source,
  linkTarget: edges.target,
  linkWeight: edges.weight,
});
gc();
const after = process.memoryUsage();
const typed = Object.values(index).filter(ArrayBuffer.isView) as ArrayBufferView[];
const unique = [...new Set(typed)];
const typedBytes = unique.reduce((sum, array) => sum + array.byteLength, 0);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
console.log(`# ${machine()}`);
console.log(`actors ${index.order}, links ${index.size}`);
console.log(`typed arrays (CSR, in = out shared, link arrays, worlds): ${mb(typedBytes)}`);
console.log(
  `growth while building: heap ${mb(after.heapUsed - before.heapUsed)}, array buffers ${mb(after.arrayBuffers - before.arrayBuffers)}`,
);
console.log(`(actor id strings, ${mb(ids.reduce((s, id) => s + id.length, 0) * 2)} or less, existed before)`);
