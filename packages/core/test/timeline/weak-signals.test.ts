import { describe, expect, it } from "vitest";
import {
  type AnalysisDocument,
  buildTimeline,
  communityChanges,
  createEmptyActor,
  createEmptyDocument,
  createTerritory,
  jaccard,
  regimeShifts,
  risingBrokers,
  type TimelineSnapshot,
  type TimelineStep,
} from "../../src/index.js";
import { timedTerritory } from "./territory-in-time.js";

/** A snapshot whose analysis is given by hand: actors with a betweenness and a community. */
function snapshot(
  year: number,
  actors: [id: string, betweenness: number | null, community: number | null][],
) {
  const document: AnalysisDocument = createEmptyDocument();
  document.actors = actors.map(([id, betweenness, community]) => ({
    ...createEmptyActor(id, `label ${id}`, "w"),
    community,
    degree: 1,
    strength: 1,
    betweenness,
  }));

  const graph = createTerritory({ actors: actors.map(([id]) => ({ id, world: "w" })), links: [] }).graph;
  return { year, graph, document } satisfies TimelineSnapshot;
}

describe("buildTimeline on a territory with a known history", () => {
  const timeline = buildTimeline(timedTerritory());
  it("has one step per year with the worlds present then", () => {
    expect(timeline.steps.map((s) => [s.year, s.worlds])).toEqual([
      [2010, ["association", "entreprise", "académique"]],
      [2011, ["association", "entreprise"]],
      [2012, ["association", "entreprise", "collectivité"]],
      [2013, ["association", "entreprise", "collectivité", "État", "fondation"]],
    ]);
  });
  it("reports worlds joining and leaving", () => {
    expect(timeline.signals.worldChanges).toEqual([
      { year: 2011, joined: [], left: ["académique"] },
      { year: 2012, joined: ["collectivité"], left: [] },
      { year: 2013, joined: ["État", "fondation"], left: [] },
    ]);
  });
  it("reports world pairs linked for the first time, not pairs linked before", () => {
    expect(timeline.signals.newBridges).toEqual([
      { year: 2012, worlds: ["entreprise", "collectivité"], links: [["C", "D"]], labels: [["C", "D"]] },
      { year: 2013, worlds: ["collectivité", "fondation"], links: [["D", "F"]], labels: [["D", "F"]] },
    ]);
  });
  it("reports progress once per snapshot", () => {
    const calls: number[] = [];
    buildTimeline(timedTerritory(), { onProgress: (done) => calls.push(done) });
    expect(calls).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("risingBrokers", () => {
  it("ranks actors by their rise in betweenness over the window, with rank jumps", () => {
    const result = risingBrokers(
      [
        snapshot(2010, [
          ["a", 0.5, 0],
          ["b", 0.1, 0],
          ["c", 0, 0],
        ]),
        snapshot(2011, [
          ["a", 0.5, 0],
          ["b", 0.2, 0],
          ["c", 0, 0],
        ]),
        snapshot(2012, [
          ["a", 0.4, 0],
          ["b", 0.3, 0],
          ["c", 0.35, 0],
          ["d", 0.2, 0],
        ]),
      ],
      { window: 2 },
    );
    expect(result?.fromYear).toBe(2010);
    expect(result?.toYear).toBe(2012);
    // b's betweenness rose (0.1 → 0.3) but its rank fell (2 → 3); d arrived
    // last-but-present (rank 4, no places gained): neither rose.
    expect(result?.brokers.map((b) => [b.id, b.rankBefore, b.rankAfter, b.rankJump])).toEqual([
      ["c", 3, 2, 1],
    ]);
    expect(result?.brokers[0]?.rise).toBeCloseTo(0.35, 12);
    expect(result?.brokers[0]?.shareBefore).toBe(0);
    expect(result?.brokers[0]?.shareAfter).toBeCloseTo(0.35 / 1.25, 12);
  });
  it("a rising broker rose: its rank improved and its share of all brokerage grew (the issue's counter-examples)", () => {
    // Like the seed ecosystem's Alsace Active (rank 2 → 5) and Réseau des
    // pionniers (4 → 4): betweenness up, rank down or level: not rising.
    const result = risingBrokers([
      snapshot(2010, [
        ["top", 0.5, 0],
        ["falls", 0.3, 0],
        ["x", 0.2, 0],
        ["level", 0.1, 0],
        ["climbs", 0.05, 0],
      ]),
      snapshot(2013, [
        ["top", 0.9, 0],
        ["x", 0.8, 0],
        ["climbs", 0.7, 0],
        ["level", 0.4, 0],
        ["falls", 0.35, 0],
      ]),
    ]);
    expect(result?.brokers.map((b) => b.id)).toEqual(["climbs", "x"]);
    for (const broker of result?.brokers ?? []) {
      expect(broker.rankAfter).toBeLessThan(broker.rankBefore!);
      expect(broker.shareAfter).toBeGreaterThan(broker.shareBefore);
    }
  });
  it("a rank gained with a shrinking share of all brokerage is no rise either", () => {
    // b passes a (rank 2 → 1), but brokerage spread to c…f: b's share falls from 44 % to 20 %.
    const others = ["c", "d", "e", "f"];
    const result = risingBrokers([
      snapshot(2010, [
        ["a", 0.5, 0],
        ["b", 0.4, 0],
        ...others.map((id): [string, number, number] => [id, 0, 0]),
      ]),
      snapshot(2011, [
        ["a", 0.45, 0],
        ["b", 0.5, 0],
        ...others.map((id): [string, number, number] => [id, 0.4, 0]),
      ]),
    ]);
    // c…f rose from nothing but stay ranked 3rd (tied): no places gained either.
    expect(result?.brokers).toEqual([]);
  });
  it("measures from the first step when the timeline is shorter than the window", () => {
    const result = risingBrokers([
      snapshot(2010, [
        ["a", 0.1, 0],
        ["b", 0, 0],
      ]),
      snapshot(2011, [
        ["a", 0.1, 0],
        ["b", 0.2, 0],
      ]),
    ]);
    expect(result?.fromYear).toBe(2010);
    expect(result?.brokers.map((b) => b.id)).toEqual(["b"]);
  });
  it("is null when betweenness is not available or there is one step", () => {
    expect(risingBrokers([snapshot(2010, [["a", null, 0]]), snapshot(2011, [["a", null, 0]])])).toBeNull();
    expect(risingBrokers([snapshot(2010, [["a", 0.1, 0]])])).toBeNull();
  });
});

describe("communityChanges", () => {
  it("finds a merge and a split by Jaccard overlap", () => {
    const changes = communityChanges([
      snapshot(2010, [
        ["a", 0, 0],
        ["b", 0, 0],
        ["c", 0, 1],
        ["d", 0, 1],
        ["e", 0, 2],
        ["f", 0, 2],
        ["g", 0, 2],
        ["h", 0, 2],
      ]),
      // {a,b} and {c,d} merge; {e,f,g,h} splits into {e,f} and {g,h}.
      snapshot(2011, [
        ["a", 0, 0],
        ["b", 0, 0],
        ["c", 0, 0],
        ["d", 0, 0],
        ["e", 0, 1],
        ["f", 0, 1],
        ["g", 0, 2],
        ["h", 0, 2],
      ]),
    ]);
    expect(changes?.map((c) => [c.year, c.kind, c.from.map((f) => f.size), c.to.map((t) => t.size)])).toEqual(
      [
        [2011, "merge", [2, 2], [4]],
        [2011, "split", [4], [2, 2]],
      ],
    );
  });
  it("reports nothing when communities keep their members", () => {
    const same = snapshot(2010, [
      ["a", 0, 0],
      ["b", 0, 1],
    ]);
    expect(communityChanges([same, { ...same, year: 2011 }])).toEqual([]);
  });
  it("ignores overlaps below the threshold", () => {
    // {a,b,c,d,e} → {a,b,c,d} and {e,x,y,z}: Jaccard 0.8 and 1/8.
    const changes = communityChanges([
      snapshot(2010, [
        ["a", 0, 0],
        ["b", 0, 0],
        ["c", 0, 0],
        ["d", 0, 0],
        ["e", 0, 0],
      ]),
      snapshot(2011, [
        ["a", 0, 0],
        ["b", 0, 0],
        ["c", 0, 0],
        ["d", 0, 0],
        ["e", 0, 1],
        ["x", 0, 1],
        ["y", 0, 1],
        ["z", 0, 1],
      ]),
    ]);
    expect(changes).toEqual([]);
  });
  it("is null when communities are not available", () => {
    expect(communityChanges([snapshot(2010, [["a", 0, null]])])).toBeNull();
  });
  it("jaccard is |A∩B|/|A∪B|", () => {
    expect(jaccard(new Set(["a", "b", "c"]), new Set(["b", "c", "d"]))).toBe(0.5);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe("regimeShifts", () => {
  const step = (year: number, betweenness: number | null, nodes = 12): TimelineStep => {
    const figures = createEmptyDocument().graph;
    figures.centralization.betweenness = betweenness;
    figures.nodes = nodes;
    return { year, worlds: [], figures };
  };
  it("reads no regime on steps below the minimum size (a 3-actor early network)", () => {
    expect(regimeShifts([step(2008, 1, 3), step(2009, 0, 4), step(2010, 0.9), step(2011, 0.95)])).toEqual([]);
    expect(regimeShifts([step(2008, 0, 9), step(2010, 0.9)])).toEqual([]);
    expect(regimeShifts([step(2008, 0, 10), step(2010, 0.9)]).map((s) => s.year)).toEqual([2010]);
  });
  it("reports the year a centralised territory became shared, ignoring mixed years", () => {
    expect(regimeShifts([step(2010, 0.9), step(2011, 0.4), step(2012, 0.2), step(2013, 0.1)])).toEqual([
      { year: 2012, from: "centralised", to: "shared", centralizationBefore: 0.9, centralizationAfter: 0.2 },
    ]);
  });
  it("reports a crossing back, and none for a territory hovering between thresholds", () => {
    expect(regimeShifts([step(2010, 0.2), step(2011, 0.6)]).map((s) => [s.year, s.to])).toEqual([
      [2011, "centralised"],
    ]);
    expect(regimeShifts([step(2010, 0.35), step(2011, 0.45), step(2012, null), step(2013, 0.4)])).toEqual([]);
  });
});
