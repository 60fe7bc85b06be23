import { UndirectedGraph } from "graphology";
import louvainImpl from "graphology-communities-louvain";
import { compactIndexFromArrays, createRandom, leiden } from "../src/index.js";

function ba(n: number, m: number, seed: number) {
  const r = createRandom(seed);
  const s: number[] = [];
  const t: number[] = [];
  const rep: number[] = [];
  for (let v = m; v < n; v++) {
    const chosen = new Set<number>();
    while (chosen.size < m) chosen.add(v === m ? chosen.size : rep[Math.floor(r() * rep.length)]!);
    for (const u of chosen) {
      s.push(v);
      t.push(u);
      rep.push(u, v);
    }
  }
  return compactIndexFromArrays({
    directed: false,
    ids: Array.from({ length: n }, (_, i) => String(i)),
    worldOf: new Int32Array(n),
    worldNames: ["a"],
    linkSource: Int32Array.from(s),
    linkTarget: Int32Array.from(t),
    linkWeight: new Float64Array(s.length).fill(1),
  });
}
const index = ba(50000, 3, 2);
const g = new UndirectedGraph();
for (let v = 0; v < index.order; v++) g.addNode(String(v));
for (let e = 0; e < index.size; e++)
  g.addEdge(String(index.linkSource[e]), String(index.linkTarget[e]), { weight: 1 });
for (let rep = 0; rep < 3; rep++) {
  let t0 = performance.now();
  const r = leiden(index, { seed: rep, maxIterations: Number(process.argv[2] ?? 100) });
  const tl = performance.now() - t0;
  t0 = performance.now();
  const d = louvainImpl.detailed(g, { rng: createRandom(rep), getEdgeWeight: "weight" });
  const tv = performance.now() - t0;
  console.log(
    "leiden",
    tl.toFixed(0),
    r.modularity!.toFixed(4),
    r.iterations,
    "louvain",
    tv.toFixed(0),
    d.modularity.toFixed(4),
  );
}
