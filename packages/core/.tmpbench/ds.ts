import { readFileSync } from "node:fs";
import { compactIndexFromArrays, leiden, louvain } from "../src/index.js";
const f = JSON.parse(readFileSync("test/fixtures/community/datasets.json", "utf8"));
for (const d of f.datasets) {
  const n = d.order;
  const index = compactIndexFromArrays({ directed: false, ids: Array.from({ length: n }, (_, i) => String(i)), worldOf: new Int32Array(n), worldNames: ["a"], linkSource: Int32Array.from(d.links.map((l: number[]) => l[0])), linkTarget: Int32Array.from(d.links.map((l: number[]) => l[1])), linkWeight: Float64Array.from(d.links.map((l: number[]) => l[2])) });
  const qs = [17, 1, 2, 3, 4].map((seed) => leiden(index, { seed }).modularity!);
  const q0 = leiden(index, { tolerance: 0 }).modularity!;
  const lv = [17, 1, 2, 3, 4].map((seed) => louvain(index, { seed }).modularity!);
  console.log(d.name.padEnd(32), d.louvainBest.toFixed(4), "leiden min/max", Math.min(...qs).toFixed(4), Math.max(...qs).toFixed(4), "stable", q0.toFixed(4), "graphology louvain max", Math.max(...lv).toFixed(4));
}
