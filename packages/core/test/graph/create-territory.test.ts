import { describe, expect, it } from "vitest";
import { actorKeyIndex, createTerritory, TerritoryError, UNKNOWN_WORLD } from "../../src/index.js";

const actors = [
  { id: "a", world: "association" },
  { id: "b", world: "entreprise" },
  { id: "c", world: "collectivité" },
];

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof TerritoryError) return error.issues;
    throw error;
  }
  throw new Error("expected a TerritoryError");
}

describe("createTerritory", () => {
  it("keeps actor ids verbatim, trimmed, and labels default to ids", () => {
    const { graph } = createTerritory({
      actors: [
        { id: " 001 ", label: "", world: "État" },
        { id: "__proto__" },
        { id: "constructor", label: "Ctor" },
      ],
      links: [{ source: "001", target: "__proto__" }],
    });
    const ids = graph.mapNodes((_key, attrs) => attrs.id);
    expect(ids).toEqual(["001", "__proto__", "constructor"]);
    expect(graph.mapNodes((_key, attrs) => attrs.label)).toEqual(["001", "__proto__", "Ctor"]);
    const keys = actorKeyIndex(graph);
    expect(graph.neighbors(keys.get("__proto__")!)).toEqual([keys.get("001")]);
    expect(graph.edges().length).toBe(1);
  });

  it("merges parallel links: weights summed, dates widened, types listed, with one counting warning", () => {
    const { graph, warnings } = createTerritory({
      actors,
      links: [
        { source: "a", target: "b", weight: 2, type: "copilotage", start: "2012", end: "2014" },
        { source: "b", target: "a", weight: 0.5, type: "formation", start: "2010-03", end: "2013" },
        { source: "a", target: "b", type: "copilotage", start: "2011", end: null },
      ],
    });
    expect(graph.size).toBe(1);
    const link = graph.getEdgeAttributes(graph.edges()[0]!);
    expect(link).toMatchObject({
      weight: 3.5,
      types: ["copilotage", "formation"],
      start: "2010-03",
      end: null,
      merged: 3,
    });
    expect(warnings).toEqual([expect.objectContaining({ code: "parallel-links", count: 2 })]);
  });

  it("keeps opposite directions apart in directed territories", () => {
    const { graph, warnings } = createTerritory({
      meta: { directed: true },
      actors,
      links: [
        { source: "a", target: "b" },
        { source: "b", target: "a" },
      ],
    });
    expect(graph.type).toBe("directed");
    expect(graph.size).toBe(2);
    expect(warnings).toEqual([]);
  });

  it("drops self-loops with a warning that counts them", () => {
    const { graph, warnings } = createTerritory({
      actors,
      links: [
        { source: "a", target: "a" },
        { source: "b", target: "b" },
        { source: "a", target: "c" },
      ],
    });
    expect(graph.size).toBe(1);
    expect(warnings).toEqual([expect.objectContaining({ code: "self-loop", count: 2 })]);
  });

  it("reports every error in one pass, with table, row and field", () => {
    const issues = issuesOf(() =>
      createTerritory({
        actors: [...actors, { id: "a" }, { id: "  " }],
        links: [
          { source: "a", target: "zz" },
          { source: "a", target: "b", weight: 0 },
          { source: "a", target: "b", weight: -1 },
          { source: "a", target: "b", weight: Number.NaN },
          { source: "a", target: "b", start: "mars 2012" },
        ],
      }),
    );
    expect(issues.map((issue) => [issue.code, issue.table, issue.row, issue.field])).toEqual([
      ["duplicate-actor", "actors", 3, "id"],
      ["empty-id", "actors", 4, "id"],
      ["unknown-actor", "links", 0, "target"],
      ["invalid-weight", "links", 1, "weight"],
      ["invalid-weight", "links", 2, "weight"],
      ["invalid-weight", "links", 3, "weight"],
      ["invalid-date", "links", 4, "start"],
    ]);
    expect(issues[2]!.message).toContain('"zz"');
  });

  it("gives actors without a world the unknown world, with a warning", () => {
    const { graph, warnings } = createTerritory({
      actors: [{ id: "x" }, { id: "y", world: " " }],
      links: [],
    });
    expect(graph.mapNodes((_k, attrs) => attrs.world)).toEqual([UNKNOWN_WORLD, UNKNOWN_WORLD]);
    expect(warnings).toEqual([expect.objectContaining({ code: "missing-world", count: 2 })]);
  });

  it("lists worlds in use, default worlds first, then others in order of appearance", () => {
    const { graph } = createTerritory({
      actors: [
        { id: "1", world: "coopérative" },
        { id: "2", world: "État" },
        { id: "3", world: "association" },
      ],
      links: [],
    });
    expect(graph.getAttribute("worlds")).toEqual(["association", "État", "coopérative"]);
  });

  it("rejects coordinates out of range", () => {
    const issues = issuesOf(() => createTerritory({ actors: [{ id: "a", lat: 91, lon: 5 }], links: [] }));
    expect(issues).toEqual([expect.objectContaining({ code: "invalid-coordinate", field: "lat", row: 0 })]);
  });
});
