import { describe, expect, it } from "vitest";
import { analyze, createTerritory } from "../../src/index.js";
import { isActiveAt, snapshotAt, stepInstant, timelineSteps } from "../../src/timeline/index.js";
import { handSnapshot, timedTerritory } from "./territory-in-time.js";

const ids = (graph: ReturnType<typeof timedTerritory>) => graph.mapNodes((_k, a) => a.id);
const pairs = (graph: ReturnType<typeof timedTerritory>) =>
  graph.mapEdges((_e, _a, _s, _t, s, t) => `${s.id}-${t.id}`).sort();

describe("isActiveAt", () => {
  it("treats a missing start as the beginning and a missing end as still active", () => {
    expect(isActiveAt(null, null, stepInstant(1900))).toBe(true);
    expect(isActiveAt(null, "2011", stepInstant(2011))).toBe(true);
    expect(isActiveAt(null, "2011", stepInstant(2012))).toBe(false);
    expect(isActiveAt("2012", null, stepInstant(2011))).toBe(false);
    expect(isActiveAt("2012", null, stepInstant(2012))).toBe(true);
  });
  it("reads the step as the end of its year: a link ended in March is gone that year", () => {
    expect(isActiveAt("2010", "2015-03", stepInstant(2015))).toBe(false);
    expect(isActiveAt("2015-12-31", null, stepInstant(2015))).toBe(true);
  });
});

describe("timelineSteps", () => {
  it("runs from the first date to the year after the last end (or the last start)", () => {
    expect(timelineSteps(timedTerritory())).toEqual([2010, 2011, 2012, 2013]);
  });
  it("takes every N years and always keeps the last year", () => {
    expect(timelineSteps(timedTerritory(), { step: 2 })).toEqual([2010, 2012, 2013]);
  });
  it("is empty for a territory without dates", () => {
    const { graph } = createTerritory({
      actors: [{ id: "a" }, { id: "b" }],
      links: [{ source: "a", target: "b" }],
    });
    expect(timelineSteps(graph)).toEqual([]);
  });
  it("rejects a step that is not a whole number of years", () => {
    expect(() => timelineSteps(timedTerritory(), { step: 0.5 })).toThrow(/whole number/);
  });
});

describe("snapshotAt", () => {
  it("keeps the active links and the actors with a link or an earlier start date", () => {
    const graph = timedTerritory();
    expect(ids(snapshotAt(graph, 2010))).toEqual(["A", "B", "C", "G"]);
    expect(pairs(snapshotAt(graph, 2011))).toEqual(["A-B", "B-C"]);
    expect(ids(snapshotAt(graph, 2012))).toEqual(["A", "B", "C", "D"]);
    expect(ids(snapshotAt(graph, 2013))).toEqual(["A", "B", "C", "D", "E", "F"]);
    expect(pairs(snapshotAt(graph, 2013))).toEqual(["A-B", "A-C", "C-D", "D-F"]);
  });
  it("gives the same analysis as the snapshot built by hand", () => {
    const graph = timedTerritory();
    expect(analyze(snapshotAt(graph, 2012))).toEqual(analyze(handSnapshot(["A", "B", "C", "D"], [0, 3, 4])));
    expect(analyze(snapshotAt(graph, 2010))).toEqual(analyze(handSnapshot(["A", "B", "C", "G"], [0, 1, 2])));
  });
  it("keeps a directed territory directed, with its links' orientation", () => {
    const { graph } = createTerritory({
      meta: { directed: true },
      actors: [{ id: "a" }, { id: "b" }],
      links: [{ source: "b", target: "a", start: "2001" }],
    });
    const snapshot = snapshotAt(graph, 2001);
    expect(snapshot.getAttribute("directed")).toBe(true);
    expect(pairs(snapshot)).toEqual(["b-a"]);
  });
  it("keeps actor ids __proto__ and constructor", () => {
    const { graph } = createTerritory({
      actors: [{ id: "__proto__" }, { id: "constructor" }, { id: "x" }],
      links: [
        { source: "__proto__", target: "constructor", start: "2001" },
        { source: "x", target: "constructor", start: "2003" },
      ],
    });
    expect(ids(snapshotAt(graph, 2002))).toEqual(["__proto__", "constructor"]);
    expect(ids(snapshotAt(graph, 2003))).toEqual(["__proto__", "constructor", "x"]);
  });
});
