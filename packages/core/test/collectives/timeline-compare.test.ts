import { describe, expect, it } from "vitest";
import {
  analyze,
  buildTimeline,
  compareTerritories,
  createTerritory,
  snapshotAt,
  territoryCollectives,
  timelineSteps,
} from "../../src/index.js";

const { graph } = createTerritory({
  actors: [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "__proto__" }],
  links: [{ source: "a", target: "b", start: "2016" }],
  collectives: [
    { id: "k", label: "Comité", start: "2018", end: "2020" },
    { id: "j", label: "Projet" },
  ],
  memberships: [
    { collective: "k", actor: "a" },
    { collective: "k", actor: "c" },
    { collective: "k", actor: "__proto__", start: "2019" },
    { collective: "j", actor: "b", start: "2021" },
    { collective: "j", actor: "c", start: "2021", end: "2022" },
  ],
});

describe("the timeline follows memberships", () => {
  it("spans the memberships' and collectives' dates", () => {
    expect(timelineSteps(graph)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
  });

  it("keeps in each snapshot the memberships active then, within their collective's dates", () => {
    const at = (year: number) =>
      territoryCollectives(snapshotAt(graph, year)).memberships.map((m) => m.actor);
    expect(at(2017)).toEqual([]);
    expect(at(2018)).toEqual(["a", "c"]);
    expect(at(2019)).toEqual(["a", "c", "__proto__"]);
    expect(at(2021)).toEqual(["b", "c"]);
    expect(at(2023)).toEqual(["b"]);
    // An actor in an active membership is present without any link.
    expect(snapshotAt(graph, 2019).mapNodes((_k, a) => a.id)).toEqual(["a", "b", "c", "__proto__"]);
  });

  it("gives each step its collectives' figures", () => {
    const { steps } = buildTimeline(graph);
    const counts = steps.map((step) => [step.year, step.figures.collectives?.count ?? 0]);
    expect(counts).toEqual([
      [2016, 0],
      [2017, 0],
      [2018, 1],
      [2019, 1],
      [2020, 1],
      [2021, 1],
      [2022, 1],
      [2023, 1],
    ]);
    // 2019: a, c and __proto__ co-present in k: three projected links, plus a–b.
    expect(steps[3]?.figures.links).toBe(4);
  });
});

describe("compare includes the collectives' figures", () => {
  it("has a column for their number, the share of actors in one and the brokerage they carry", () => {
    const plain = createTerritory({
      actors: [{ id: "a" }, { id: "b" }],
      links: [{ source: "a", target: "b" }],
    });
    const result = compareTerritories([
      { name: "with", document: analyze(graph) },
      { name: "without", document: analyze(plain.graph) },
    ]);
    const figure = (row: number, key: string) => result.rows[row]?.figures[key];
    expect(figure(0, "collectives")).toBe(2);
    expect(figure(0, "collectiveMemberShare")).toBe(1);
    expect(figure(0, "collectiveBrokerageShare")).toBeGreaterThan(0);
    expect(figure(1, "collectives")).toBeNull();
  });
});
