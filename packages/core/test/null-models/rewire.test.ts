import { describe, expect, it } from "vitest";
import { compactIndexFromArrays, degree, rewire } from "../../src/index.js";

// The setup that exposed @catalyse/parallel's former copy of the swap (it
// checked the wrong pair of endpoints): a star whose hub 0 has leaves 1–5,
// joined at leaf 5 to the path 5–6–7–8–9. Over 200 seeds the copy made 150
// self-loops and 2 duplicate links; the one implementation must make none.
const links: [number, number][] = [
  [0, 1],
  [0, 2],
  [0, 3],
  [0, 4],
  [0, 5],
  [5, 6],
  [6, 7],
  [7, 8],
  [8, 9],
];
const starAndPath = compactIndexFromArrays({
  directed: false,
  ids: Array.from({ length: 10 }, (_, i) => (i === 0 ? "__proto__" : `a${i}`)),
  worldOf: new Int32Array(10),
  worldNames: ["association"],
  linkSource: Int32Array.from(links, ([s]) => s),
  linkTarget: Int32Array.from(links, ([, t]) => t),
  linkWeight: Float64Array.from(links, (_, e) => e + 1),
});

describe("rewire (degree-preserving double edge swaps)", () => {
  it("on a star joined to a path, over 200 seeds: no self-loop, no duplicate link, every degree kept", () => {
    const degrees = degree(starAndPath);
    let selfLoops = 0;
    let duplicates = 0;
    let swaps = 0;
    let changed = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const { index, swaps: done } = rewire(starAndPath, { seed });
      swaps += done;
      const pairs = new Set<string>();
      for (let e = 0; e < index.size; e++) {
        const s = index.linkSource[e]!;
        const t = index.linkTarget[e]!;
        if (s === t) selfLoops++;
        const pair = s < t ? `${s}-${t}` : `${t}-${s}`;
        if (pairs.has(pair)) duplicates++;
        pairs.add(pair);
      }
      if (
        [...pairs].sort().join() !==
        links
          .map(([s, t]) => `${s}-${t}`)
          .sort()
          .join()
      )
        changed++;
      expect(degree(index)).toEqual(degrees);
      // Weights travel with links: the multiset of weights is unchanged.
      expect([...index.linkWeight].sort()).toEqual([...starAndPath.linkWeight].sort());
    }
    expect([selfLoops, duplicates]).toEqual([0, 0]);
    // Room to swap exists (the path's links and the star's), so most seeds move something.
    expect(changed).toBeGreaterThan(150);
    expect(swaps).toBeGreaterThan(0);
  });

  it("counts swaps that went through, not attempts", () => {
    // A triangle leaves no room: every attempt would duplicate a link or make a self-loop.
    const triangle = compactIndexFromArrays({
      directed: false,
      ids: ["a", "b", "c"],
      worldOf: new Int32Array(3),
      worldNames: ["association"],
      linkSource: Int32Array.from([0, 1, 2]),
      linkTarget: Int32Array.from([1, 2, 0]),
      linkWeight: new Float64Array(3).fill(1),
    });
    expect(rewire(triangle, { seed: 3 }).swaps).toBe(0);
    // With room, it stops at swapsPerLink · m swaps.
    expect(rewire(starAndPath, { seed: 3, swapsPerLink: 1 }).swaps).toBeLessThanOrEqual(links.length);
  });
});
