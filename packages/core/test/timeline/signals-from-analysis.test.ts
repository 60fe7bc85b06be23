/**
 * Weak signals read from real analyses (betweenness, communities, governance)
 * on territories built so that the expected signals are known.
 */
import { describe, expect, it } from "vitest";
import { analyze, buildTimeline, createTerritory, type LinkInput, snapshotAt } from "../../src/index.js";

describe("a leaf that becomes a broker", () => {
  // 2010: X–A–B–C–D, X a leaf. 2013: X closes the cycle to D and gains two leaves P and Q.
  const links: LinkInput[] = [
    { source: "X", target: "A", start: "2010" },
    { source: "A", target: "B", start: "2010" },
    { source: "B", target: "C", start: "2010" },
    { source: "C", target: "D", start: "2010" },
    { source: "X", target: "D", start: "2013" },
    { source: "X", target: "P", start: "2013" },
    { source: "X", target: "Q", start: "2013" },
  ];
  const actors = ["X", "A", "B", "C", "D", "P", "Q"].map((id) => ({
    id,
    world: id === "X" ? "fondation" : "association",
  }));
  const graph = createTerritory({ actors, links }).graph;
  const timeline = buildTimeline(graph);

  it("ranks it first among rising brokers, from last-but-one to first", () => {
    const rising = timeline.signals.risingBrokers;
    expect(rising?.fromYear).toBe(2010);
    expect(rising?.toYear).toBe(2013);
    const first = rising?.brokers[0];
    expect(first?.id).toBe("X");
    expect(first?.before).toBe(0);
    expect(first?.rankBefore).toBe(4);
    expect(first?.rankAfter).toBe(1);
    expect(first?.rankJump).toBe(3);
    const x = analyze(snapshotAt(graph, 2013)).actors.find((a) => a.id === "X");
    expect(first?.after).toBe(x?.betweenness);
  });

  it("gives each step the figures of analyze on that snapshot", () => {
    for (const step of timeline.steps)
      expect(step.figures).toEqual(analyze(snapshotAt(graph, step.year)).graph);
  });
});

describe("a shared territory that turns into a star", () => {
  // 2010–2011: a ring of ten, no one in the middle. From 2012: a hub allied with all ten, the ring gone.
  // (Ten, not fewer: below REGIME_THRESHOLDS.minActors no regime is read.)
  const ring = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
  const links: LinkInput[] = [
    ...ring.map((id, i) => ({
      source: id,
      target: ring[(i + 1) % ring.length]!,
      start: "2010",
      end: "2011",
    })),
    ...ring.map((id) => ({ source: "hub", target: id, start: "2012" })),
  ];
  const graph = createTerritory({
    actors: [...ring, "hub"].map((id) => ({ id, world: id === "hub" ? "collectivité" : "association" })),
    links,
  }).graph;
  const timeline = buildTimeline(graph);

  it("reports the year it crossed from shared to centralised", () => {
    expect(timeline.steps.map((s) => s.figures.centralization.betweenness)).toEqual([0, 0, 1]);
    expect(timeline.signals.regimeShifts.map((s) => [s.year, s.from, s.to])).toEqual([
      [2012, "shared", "centralised"],
    ]);
  });

  it("reports the new world and its bridge", () => {
    expect(timeline.signals.worldChanges).toEqual([{ year: 2012, joined: ["collectivité"], left: [] }]);
    expect(timeline.signals.newBridges.map((b) => [b.year, ...b.worlds])).toEqual([
      [2012, "association", "collectivité"],
    ]);
  });
});

describe("two groups that merge", () => {
  // 2010: two separate triangles. 2012: the triangles dissolve into one clique of six.
  const left = ["a", "b", "c"];
  const right = ["d", "e", "f"];
  const pairs = (ids: string[]) => ids.flatMap((s, i) => ids.slice(i + 1).map((t) => [s, t] as const));
  const links: LinkInput[] = [
    ...pairs(left).map(([source, target]) => ({ source, target, start: "2010" })),
    ...pairs(right).map(([source, target]) => ({ source, target, start: "2010" })),
    ...left.flatMap((s) => right.map((t) => ({ source: s, target: t, start: "2012" }))),
  ];
  const graph = createTerritory({
    actors: [...left, ...right].map((id) => ({ id, world: "association" })),
    links,
  }).graph;

  it("reports a merge of two communities of three into one of six", () => {
    const changes = buildTimeline(graph).signals.communityChanges;
    expect(changes?.map((c) => [c.year, c.kind, c.from.map((f) => f.size), c.to.map((t) => t.size)])).toEqual(
      [[2012, "merge", [3, 3], [6]]],
    );
  });
});
