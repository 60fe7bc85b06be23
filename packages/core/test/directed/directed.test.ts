import { describe, expect, it } from "vitest";
import { analyze, createCompactIndex, reciprocity, TRIAD_TYPES, triadCensus } from "../../src/index.js";
import { type FixtureGraph, fixtureTerritory, readFixture } from "../helpers/fixture-territory.js";

interface DirectedFigures {
  reciprocity: number | null;
  triadCensus: Record<string, number>;
}

interface DirectedFixture extends FixtureGraph {
  sna: DirectedFigures;
  expected: DirectedFigures;
}

const FIXTURES = ["gnp-60", "dense-25", "odd-ids-disconnected", "no-links"];

describe.each(FIXTURES)("directed figures match NetworkX 2.8 and R sna 2.7 on %s", (name) => {
  const fixture = readFixture<DirectedFixture>(new URL(`../fixtures/directed/${name}.json`, import.meta.url));
  const index = createCompactIndex(fixtureTerritory(fixture));

  it("reciprocity equals nx.overall_reciprocity and sna::grecip(edgewise) (null without links)", () => {
    const got = reciprocity(index);
    if (fixture.expected.reciprocity === null) {
      expect(got).toBeNull();
      expect(fixture.sna.reciprocity).toBeNull();
    } else {
      expect(got).toBeCloseTo(fixture.expected.reciprocity, 12);
      expect(got).toBeCloseTo(fixture.sna.reciprocity!, 12);
    }
  });

  it("the triad census equals nx.triadic_census and sna::triad.census, keyed by MAN code", () => {
    const got = triadCensus(index);
    expect(got).toEqual(fixture.expected.triadCensus);
    expect(got).toEqual(fixture.sna.triadCensus);
    expect(Object.keys(got!).sort()).toEqual([...TRIAD_TYPES].sort());
  });

  it("the analysis document carries both in graph.reciprocity and graph.triadCensus", () => {
    const { graph } = analyze(fixtureTerritory(fixture));
    expect(graph.reciprocity).toBe(reciprocity(index));
    expect(graph.triadCensus).toEqual(fixture.expected.triadCensus);
  });
});

describe("directed figures on undirected territories", () => {
  const fixture = readFixture<DirectedFixture>(new URL("../fixtures/directed/gnp-60.json", import.meta.url));
  const index = createCompactIndex(fixtureTerritory({ ...fixture, directed: false }));

  it("are null: every link is its own reverse, and NetworkX refuses the census", () => {
    expect(reciprocity(index)).toBeNull();
    expect(triadCensus(index)).toBeNull();
  });
});
