import { describe, expect, it } from "vitest";
import { permuteWorlds, rewireLinks, summarise } from "../../src/comparison/null-figures.js";
import {
  analyze,
  COMPARISON_COLUMNS,
  compareTerritories,
  createRandom,
  createTerritory,
  nullFigures,
  rankColumn,
  type TerritoryGraph,
} from "../../src/index.js";

function territory(name: string, links: [string, string][], worlds: Record<string, string>): TerritoryGraph {
  const ids = [...new Set(links.flat())];
  return createTerritory({
    meta: { name },
    actors: ids.map((id) => ({ id, world: Object.hasOwn(worlds, id) ? worlds[id] : "association" })),
    links: links.map(([source, target]) => ({ source, target })),
  }).graph;
}

const star = territory(
  "star",
  [
    ["h", "a"],
    ["h", "b"],
    ["h", "c"],
    ["h", "d"],
  ],
  { h: "collectivité" },
);
const path = territory(
  "path",
  [
    ["a", "b"],
    ["b", "c"],
    ["c", "d"],
    ["d", "e"],
  ],
  { c: "entreprise" },
);
const pieces = territory(
  "pieces",
  [
    ["a", "b"],
    ["c", "d"],
    ["__proto__", "constructor"],
  ],
  { a: "État" },
);

describe("compareTerritories", () => {
  const inputs = [star, path, pieces].map((graph) => ({
    name: graph.getAttribute("name"),
    document: analyze(graph),
  }));
  const result = compareTerritories(inputs);

  it("has one row per territory whose figures are those of analyze", () => {
    expect(result.rows.map((row) => row.name)).toEqual(["star", "path", "pieces"]);
    result.rows.forEach((row, i) => {
      for (const column of COMPARISON_COLUMNS)
        expect(row.figures[column.key], column.key).toEqual(column.read(inputs[i]!.document));
    });
    expect(result.rows[2]?.figures.components).toBe(3);
    expect(result.rows[0]?.figures.density).toBeCloseTo(0.4, 12);
  });
  it("ranks each column, largest first, ties sharing the best rank", () => {
    expect(result.rows.map((row) => row.ranks.nodes)).toEqual([2, 2, 1]);
    expect(result.rows.map((row) => row.ranks.components)).toEqual([2, 2, 1]);
  });
  it("has no z-scores without null models", () => {
    expect(result.rows.every((row) => row.z === null && row.p === null)).toBe(true);
  });
  it("always says something about what stands out", () => {
    expect(result.standout.length).toBeGreaterThan(0);
  });
});

describe("rankColumn", () => {
  it("leaves undefined figures unranked", () => {
    expect(rankColumn([0.2, null, 0.5, 0.2])).toEqual([2, null, 1, 2]);
  });
});

describe("null models", () => {
  it("rewiring keeps every actor's degree and never makes a self-loop or a parallel link", () => {
    const rows = {
      directed: false,
      actors: [],
      links: [
        ["a", "b"],
        ["a", "c"],
        ["b", "c"],
        ["c", "d"],
        ["d", "e"],
        ["e", "f"],
        ["f", "a"],
        ["b", "e"],
      ].map(([source, target]) => ({ source: source!, target: target! })),
    };
    const degrees = (links: { source: string; target: string }[]) => {
      const counts = new Map<string, number>();
      for (const link of links)
        for (const id of [link.source, link.target]) counts.set(id, (counts.get(id) ?? 0) + 1);
      return [...counts].sort();
    };
    const rewired = rewireLinks(rows, createRandom(3));
    expect(degrees(rewired)).toEqual(degrees(rows.links));
    const keys = rewired.map((l) => [l.source, l.target].sort().join("-"));
    expect(new Set(keys).size).toBe(keys.length);
    expect(rewired.every((l) => l.source !== l.target)).toBe(true);
    expect(keys).not.toEqual(rows.links.map((l) => [l.source, l.target].sort().join("-")));
  });
  it("permutation keeps how many actors each world has", () => {
    const actors = ["a", "b", "c", "d"].map((id, i) => ({ id, world: i < 3 ? "x" : "y" }));
    const permuted = permuteWorlds({ directed: false, actors, links: [] }, createRandom(1));
    expect(permuted.map((a) => a.world).sort()).toEqual(["x", "x", "x", "y"]);
  });
  it("summarise gives mean, sample sd, z and empirical p", () => {
    const figure = summarise(4, [1, 2, 3]);
    expect(figure.mean).toBe(2);
    expect(figure.sd).toBe(1);
    expect(figure.z).toBe(2);
    expect(figure.p).toBe(0.25);
    expect(summarise(1, [1, 1, 1]).z).toBeNull();
    expect(summarise(1, [1, null]).mean).toBeNull();
  });
  it("gives seeded, finite z-scores that reach the compare rows", () => {
    const graph = territory(
      "two-stars",
      [
        ["h", "a"],
        ["h", "b"],
        ["h", "c"],
        ["k", "d"],
        ["k", "e"],
        ["k", "f"],
        ["h", "k"],
        ["a", "b"],
        ["d", "e"],
      ],
      { h: "collectivité", d: "entreprise", e: "entreprise", f: "État" },
    );
    const document = analyze(graph);
    const first = nullFigures(graph, document, { replicates: 8, seed: 5 });
    expect(nullFigures(graph, document, { replicates: 8, seed: 5 })).toEqual(first);
    for (const figure of first.values()) {
      for (const value of [figure.mean, figure.sd, figure.z, figure.p])
        expect(value === null || Number.isFinite(value)).toBe(true);
    }
    expect(first.get("components")?.observed).toBe(1);
    const [row] = compareTerritories([{ name: "two-stars", document, nulls: first }]).rows;
    expect(row?.z?.components).toBe(first.get("components")?.z ?? null);
    expect(row?.z?.nodes).toBeNull();
  });
});

describe("figures the polycentricity section adds", () => {
  it("reads z-scores from the document's null models and the governance form, in words", () => {
    const document = analyze(star);
    Object.assign(document.graph, {
      governance: { form: "lead-organisation", summary: "", centre: "h", evidence: [] },
      nullModels: {
        replicates: 10,
        seed: 1,
        meanSwaps: 5,
        figures: [
          {
            figure: "centralization.betweenness",
            model: "rewiring",
            observed: 1,
            mean: 0.5,
            sd: 0.1,
            z: 5,
            p: 0.09,
          },
          { figure: "worlds.eiIndex", model: "permutation", observed: 1, mean: 1, sd: 0, z: null, p: 1 },
        ],
      },
    });
    const [row] = compareTerritories([{ name: "star", document }]).rows;
    expect(row?.z?.centralizationBetweenness).toBe(5);
    expect(row?.p?.centralizationBetweenness).toBe(0.09);
    expect(row?.z?.eiIndex).toBeNull();
    expect(row?.z?.components).toBeNull();
    expect(row?.governance).toBe("lead organisation");
  });
});
