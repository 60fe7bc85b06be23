/**
 * Exact betweenness on 1 and 2 worker threads, alternating, on the 20k-actor
 * Barabási–Albert graph (m = 5, seed 1) of issue 9's 1.7× target. Run on an
 * idle machine: `node --conditions=source --import tsx benchmarks/scale/threads-speedup.ts`.
 */
import { compactIndexFromArrays } from "@catalyse/core";
import { createNodePool, parallelBetweenness } from "../../packages/parallel/src/node.js";
import { barabasiAlbert } from "../graphs/barabasi-albert.js";

const n = 20000;
const edges = barabasiAlbert({ order: n, m: 5, seed: 1 });
const index = compactIndexFromArrays({
  directed: false,
  ids: Array.from({ length: n }, (_, i) => String(i)),
  worldOf: new Int32Array(n),
  worldNames: ["association"],
  linkSource: edges.source,
  linkTarget: edges.target,
  linkWeight: new Float64Array(edges.source.length).fill(1),
});
for (const threads of [1, 2, 1, 2]) {
  const pool = createNodePool({ threads });
  const t = performance.now();
  await parallelBetweenness(pool, index);
  console.log(`threads=${threads} ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await pool.close();
}
