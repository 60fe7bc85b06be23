import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createUnweightedPass } from "../../src/centrality/brandes.js";
import {
  betweenness,
  betweennessWeighted,
  closeness,
  coreNumber,
  createCompactIndex,
  createTerritory,
  eigenvector,
  harmonic,
  pagerank,
  type TerritoryGraph,
} from "../../src/index.js";
import { brandesFromSources, rescaleBetweenness } from "../../src/kernels.js";
import { expectClose } from "../helpers/expect-close.js";

interface RandomGraph {
  order: number;
  links: [number, number, number][];
}

/** Simple graphs of up to 14 actors with weights in 1..4. */
const randomGraph = fc
  .integer({ min: 1, max: 14 })
  .chain((order) =>
    fc.record({
      order: fc.constant(order),
      links: fc.uniqueArray(fc.tuple(fc.nat(order - 1), fc.nat(order - 1), fc.integer({ min: 1, max: 4 })), {
        maxLength: (order * (order - 1)) / 2,
        selector: ([a, b]) => (a < b ? `${a}-${b}` : `${b}-${a}`),
      }),
    }),
  )
  .map(({ order, links }) => ({ order, links: links.filter(([a, b]) => a !== b) }));

function territory(g: RandomGraph, options: { directed?: boolean; permute?: boolean; weight?: number } = {}) {
  const ids = Array.from({ length: g.order }, (_, i) => `v${i}`);
  const actors = (options.permute ? [...ids].reverse() : ids).map((id) => ({ id }));
  const links = g.links.flatMap(([a, b, w]) => {
    const weight = options.weight ?? w;
    const link = { source: ids[a]!, target: ids[b]!, weight };
    return options.directed ? [link, { source: ids[b]!, target: ids[a]!, weight }] : [link];
  });
  return createTerritory({ meta: { directed: options.directed ?? false }, actors, links }).graph;
}

const METRICS = { betweenness, betweennessWeighted, closeness, harmonic, pagerank, eigenvector, coreNumber };
const all = (graph: TerritoryGraph) =>
  Object.entries(METRICS).map(([name, metric]) => [name, metric(graph)] as const);

describe("centrality properties on random graphs", () => {
  it("does not depend on the order actors are listed in", () => {
    fc.assert(
      fc.property(randomGraph, (g) => {
        const left = all(territory(g));
        const right = new Map(all(territory(g, { permute: true })));
        for (const [name, values] of left)
          expectClose(values, right.get(name)!, { rel: 1e-9, abs: 1e-9 }, name);
      }),
      { numRuns: 60 },
    );
  });

  it("gives an undirected territory's values to the directed one with every link both ways", () => {
    fc.assert(
      fc.property(randomGraph, (g) => {
        const undirected = all(territory(g));
        const directed = new Map(all(territory(g, { directed: true })));
        for (const [name, values] of undirected) {
          // Directed core numbers count in + out degree, twice the undirected ones.
          const expected =
            name === "coreNumber"
              ? new Map([...directed.get(name)!].map(([id, v]) => [id, v / 2]))
              : directed.get(name)!;
          expectClose(values, expected, { rel: 1e-9, abs: 1e-9 }, name);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("weighted betweenness with equal weights is hop-count betweenness", () => {
    fc.assert(
      fc.property(randomGraph, fc.constantFrom(1, 3, 7), (g, weight) => {
        const graph = territory(g, { weight });
        expectClose(betweennessWeighted(graph), betweenness(graph));
      }),
      { numRuns: 60 },
    );
  });

  it("sums partial Brandes passes over ranges of sources to the full betweenness", () => {
    fc.assert(
      fc.property(randomGraph, fc.boolean(), (g, weighted) => {
        const index = createCompactIndex(territory(g));
        const cut = Math.floor(index.order / 2);
        const partial = brandesFromSources(index, { start: 0, end: cut }, { weighted });
        brandesFromSources(
          index,
          Int32Array.from({ length: index.order - cut }, (_, i) => cut + i),
          { weighted },
          partial,
        );
        const full = weighted ? betweennessWeighted(index) : betweenness(index);
        const scaled = rescaleBetweenness(index, partial);
        expectClose(new Map(index.ids.map((id, i) => [id, scaled[i]!])), full);
      }),
      { numRuns: 40 },
    );
  });

  it("the batched 32-source pass gives the one-source pass's sums, directed or not", () => {
    fc.assert(
      fc.property(randomGraph, fc.boolean(), (g, directed) => {
        const index = createCompactIndex(territory(g, { directed }));
        const single = new Float64Array(index.order);
        const pass = createUnweightedPass(index);
        for (let s = 0; s < index.order; s++) pass(s, single);
        // Every source twice, in reverse: batches cross and repeat actors.
        const sources = Int32Array.from(
          { length: 2 * index.order },
          (_, i) => (index.order - 1 - i + 2 * index.order) % index.order,
        );
        const batched = brandesFromSources(index, sources);
        const ids = index.ids;
        expectClose(
          new Map(ids.map((id, i) => [id, batched[i]!])),
          new Map(ids.map((id, i) => [id, 2 * single[i]!])),
        );
      }),
      { numRuns: 60 },
    );
  });

  it("PageRank sums to 1 and eigenvector centrality is a non-negative unit vector", () => {
    fc.assert(
      fc.property(randomGraph, fc.boolean(), (g, directed) => {
        const graph = territory(g, { directed });
        const ranks = [...pagerank(graph).values()];
        expect(Math.abs(ranks.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
        const vector = [...eigenvector(graph).values()];
        expect(vector.every((x) => x >= 0 && Number.isFinite(x))).toBe(true);
        expect(Math.abs(Math.hypot(...vector) - 1)).toBeLessThan(1e-9);
      }),
      { numRuns: 60 },
    );
  });
});
