import { describe, expect, it } from "vitest";
import {
  analyze,
  COMPARISON_COLUMNS,
  type ComparisonRow,
  compareTerritories,
  createTerritory,
  rankColumn,
  standoutSentences,
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
    const run = () =>
      compareTerritories([
        { name: "two-stars", document: analyze(graph, { middle: { nullModels: 8, seed: 5 } }) },
      ]).rows[0]!;
    const row = run();
    expect(run()).toEqual(row);
    const z = Object.values(row.z ?? {});
    expect(z.some((value) => typeof value === "number")).toBe(true);
    for (const value of z) expect(value === null || Number.isFinite(value)).toBe(true);
    expect(row.z?.nodes).toBeNull();
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

describe("standoutSentences", () => {
  const row = (name: string, density: number) =>
    ({
      name,
      figures: { density },
      ranks: {},
      z: null,
      p: null,
      governance: null,
    }) as unknown as ComparisonRow;
  it("names the territories far from the others, together in one sentence per figure and side", () => {
    const values = [0.1, 0.11, 0.1, 0.12, 0.1, 0.11, 0.1, 0.12, 0.9, 0.95];
    const together = standoutSentences(values.map((v, i) => row(String.fromCharCode(97 + i), v)));
    expect(together[0]).toMatch(/^2 territories \(j, i\) have an unusually high density \(0\.95, 0\.90,/);
  });
  it("two territories of five far on one side are a group, not outliers (never 4 in 10)", () => {
    const group = standoutSentences([
      row("a", 0.1),
      row("b", 0.11),
      row("c", 0.1),
      row("d", 0.9),
      row("e", 0.95),
    ]);
    expect(group).toEqual(["No figure stands far apart from the others."]);
    const clear = standoutSentences([
      row("a", 0.1),
      row("b", 0.11),
      row("c", 0.1),
      row("d", 0.12),
      row("e", 0.9),
    ]);
    expect(clear[0]).toBe(
      "e has an unusually high density (0.90, against a median of 0.11 across the 5 territories): share of possible links that exist.",
    );
  });
  it("says so when nothing stands out", () => {
    expect(standoutSentences([row("a", 0.1), row("b", 0.1), row("c", 0.1)])).toEqual([
      "No figure stands far apart from the others.",
    ]);
  });
});
