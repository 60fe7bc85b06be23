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
for (let rep = 0; rep < 3; rep++) {
  const t0 = performance.now();
  const r = leiden(index, { seed: rep, tolerance: Number(process.argv[2] ?? 1e-3) });
  console.log("leiden", (performance.now() - t0).toFixed(0), r.modularity!.toFixed(4), r.iterations);
}
