/**
 * Properties every polycentricity figure keeps on any territory: random
 * graphs, weighted, disconnected, with isolates, directed or not.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyze,
  brokerageCounts,
  compactIndexFromArrays,
  createTerritory,
  structuralHoles,
} from "../../src/index.js";

const territoryArbitrary = fc
  .record({
    n: fc.integer({ min: 0, max: 25 }),
    directed: fc.boolean(),
    worlds: fc.integer({ min: 1, max: 4 }),
    links: fc.array(fc.tuple(fc.nat(24), fc.nat(24), fc.integer({ min: 1, max: 3 })), { maxLength: 60 }),
  })
  .map(
    ({ n, directed, worlds, links }) =>
      createTerritory({
        meta: { directed },
        actors: Array.from({ length: n }, (_, i) => ({
          id: i === 0 ? "__proto__" : i === 1 ? "constructor" : `a${i}`,
          world: `w${i % worlds}`,
        })),
        links: links
          .filter(([s, t]) => s < n && t < n)
          .map(([s, t, w]) => ({
            source: s === 0 ? "__proto__" : s === 1 ? "constructor" : `a${s}`,
            target: t === 0 ? "__proto__" : t === 1 ? "constructor" : `a${t}`,
            weight: w,
          })),
      }).graph,
  );

describe("polycentricity figures on any territory", () => {
  it("are null or finite, and within their ranges", () => {
    fc.assert(
      fc.property(territoryArbitrary, (graph) => {
        const g = analyze(graph).graph;
        const inUnit = (x: number | null) => x === null || (x >= -1e-12 && x <= 1 + 1e-12);
        if (!graph.getAttribute("directed")) {
          expect(inUnit(g.centralization.degree)).toBe(true);
          expect(inUnit(g.centralization.betweenness)).toBe(true);
        }
        expect(inUnit(g.gini.degree)).toBe(true);
        expect(inUnit(g.gini.betweenness)).toBe(true);
        expect(inUnit(g.topBrokerShare)).toBe(true);
        expect(g.worlds.eiIndex === null || Math.abs(g.worlds.eiIndex) <= 1).toBe(true);
        expect(inUnit(g.worlds.crossWorldShare)).toBe(true);
        if (g.effectiveBrokers !== null) {
          expect(g.effectiveBrokers).toBeGreaterThanOrEqual(1 - 1e-9);
          expect(g.effectiveBrokers).toBeLessThanOrEqual(g.nodes + 1e-9);
        }
        for (const step of [...(g.dependence?.targeted ?? []), ...(g.dependence?.random ?? [])])
          expect(inUnit(step.pairsConnected) && inUnit(step.largestComponentShare)).toBe(true);
        const json = JSON.stringify(analyze(graph));
        expect(json).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 60 },
    );
  });

  it("split each actor's open two-paths exactly into roles, and keep effective size within degree", () => {
    fc.assert(
      fc.property(territoryArbitrary, (graph) => {
        const document = analyze(graph);
        for (const actor of document.actors) {
          const { effectiveSize, constraint } = actor;
          if (effectiveSize !== null && !graph.getAttribute("directed")) {
            expect(effectiveSize).toBeLessThanOrEqual(actor.degree + 1e-9);
            expect(effectiveSize).toBeGreaterThanOrEqual(1 - 1e-9);
          }
          if (constraint !== null) expect(constraint).toBeGreaterThan(0);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("count, undirected, one open two-path per unlinked pair of a broker's partners", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 40 }),
        fc.array(fc.nat(2), { minLength: 12, maxLength: 12 }),
        (pairs, worlds) => {
          const seen = new Set<string>();
          const links = pairs.filter(([s, t]) => {
            const key = `${Math.min(s, t)}-${Math.max(s, t)}`;
            if (s === t || seen.has(key)) return false;
            seen.add(key);
            return true;
          });
          const index = compactIndexFromArrays({
            directed: false,
            ids: worlds.map((_, i) => `x${i}`),
            worldOf: Int32Array.from(worlds),
            worldNames: ["a", "b", "c"],
            linkSource: Int32Array.from(links.map((l) => l[0])),
            linkTarget: Int32Array.from(links.map((l) => l[1])),
            linkWeight: new Float64Array(links.length).fill(1),
          });
          const counts = brokerageCounts(index);
          const linked = (a: number, b: number) => seen.has(`${Math.min(a, b)}-${Math.max(a, b)}`);
          for (let b = 0; b < 12; b++) {
            const partners = [...new Set(links.flatMap(([s, t]) => (s === b ? [t] : t === b ? [s] : [])))];
            let open = 0;
            for (let i = 0; i < partners.length; i++)
              for (let j = i + 1; j < partners.length; j++) if (!linked(partners[i]!, partners[j]!)) open++;
            const total =
              counts.coordinator[b]! + counts.consultant[b]! + counts.representative[b]! + counts.liaison[b]!;
            expect(total).toBe(open);
          }
          expect(structuralHoles(index).constraint.every((c) => c === null || c > 0)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
