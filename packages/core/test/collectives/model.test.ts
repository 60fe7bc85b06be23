import { describe, expect, it } from "vitest";
import {
  CO_MEMBERSHIP,
  createTerritory,
  projectCollectives,
  TerritoryError,
  territoryCollectives,
} from "../../src/index.js";

const actors = [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "__proto__" }];

describe("collectives in the territory model", () => {
  it("keeps collectives and memberships, with defaults for label and kind", () => {
    const { graph } = createTerritory({
      actors,
      links: [{ source: "a", target: "b" }],
      collectives: [
        { id: "k", label: " Comité ", start: "2021" },
        { id: "constructor", kind: "pole" },
      ],
      memberships: [
        { collective: "k", actor: "a", role: "convener" },
        { collective: "k", actor: "__proto__" },
        { collective: "constructor", actor: "c", start: "2020", end: "2022" },
      ],
    });
    const { collectives, memberships } = territoryCollectives(graph);
    expect(collectives).toEqual([
      { id: "k", label: "Comité", kind: "collective", start: "2021", end: null, attributes: {} },
      { id: "constructor", label: "constructor", kind: "pole", start: null, end: null, attributes: {} },
    ]);
    expect(memberships.map((m) => [m.collective, m.actor, m.role])).toEqual([
      ["k", "a", "convener"],
      ["k", "__proto__", null],
      ["constructor", "c", null],
    ]);
  });

  it("leaves graphs without collectives as they were (no attribute keys)", () => {
    const { graph } = createTerritory({ actors, links: [] });
    expect(Object.hasOwn(graph.getAttributes(), "collectives")).toBe(false);
    expect(territoryCollectives(graph).collectives).toEqual([]);
  });

  it("reports every bad row at once", () => {
    let caught: unknown;
    try {
      createTerritory({
        actors,
        links: [],
        collectives: [
          { id: "k" },
          { id: "k" },
          { id: "a" },
          { id: "" },
          { id: "d", start: "2022", end: "2020" },
        ],
        memberships: [
          { collective: "k", actor: "zz" },
          { collective: "nope", actor: "a" },
          { collective: "k", actor: "b" },
          { collective: "k", actor: "b" },
          { collective: "k", actor: "c", start: "soon" },
        ],
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TerritoryError);
    const issues = (caught as TerritoryError).issues.map((i) => [i.code, i.table, i.row, i.field]);
    expect(issues).toEqual([
      ["duplicate-collective", "collectives", 1, "id"],
      ["collective-actor-clash", "collectives", 2, "id"],
      ["empty-id", "collectives", 3, "id"],
      ["invalid-date", "collectives", 4, "end"],
      ["unknown-actor", "memberships", 0, "actor"],
      ["unknown-collective", "memberships", 1, "collective"],
      ["duplicate-membership", "memberships", 3, "actor"],
      ["invalid-date", "memberships", 4, "start"],
    ]);
  });
});

describe("projectCollectives", () => {
  const { graph } = createTerritory({
    actors,
    links: [{ source: "a", target: "b", weight: 2, type: "contract" }],
    collectives: [{ id: "k" }, { id: "j" }],
    memberships: [
      { collective: "k", actor: "a" },
      { collective: "k", actor: "b" },
      { collective: "k", actor: "c" },
      { collective: "j", actor: "a" },
      { collective: "j", actor: "b" },
    ],
  });

  it("adds Newman weights to explicit links and types new links co-membership", () => {
    const projected = projectCollectives(graph);
    const weight = (s: string, t: string) => projected.getEdgeAttributes(projected.edge(s, t)!);
    // a–b: 2 explicit + 1/2 (k, three members) + 1 (j, two members).
    expect(weight("0", "1").weight).toBeCloseTo(3.5, 12);
    expect(weight("0", "1").types).toEqual(["contract", CO_MEMBERSHIP]);
    expect(weight("0", "2")).toMatchObject({ weight: 0.5, types: [CO_MEMBERSHIP] });
    expect(projected.size).toBe(3);
  });

  it("counts shared collectives with count, adds nothing with none, and never changes the input", () => {
    const counted = projectCollectives(graph, { projection: "count" });
    expect(counted.getEdgeAttribute(counted.edge("0", "1")!, "weight")).toBe(4);
    expect(projectCollectives(graph, { projection: "none" })).toBe(graph);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttributes(graph.edge("0", "1")!)).toMatchObject({ weight: 2, types: ["contract"] });
  });
});
