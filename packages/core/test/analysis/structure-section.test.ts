import { describe, expect, it } from "vitest";
import { analyze } from "../../src/index.js";
import { type FixtureGraph, fixtureTerritory, readFixture } from "../helpers/fixture-territory.js";

interface StructureFixture extends FixtureGraph {
  expected: {
    nodes: number;
    links: number;
    density: number | null;
    components: number;
    largestComponentShare: number | null;
    degree: Record<string, number>;
    strength: Record<string, number>;
  };
}

const FIXTURES = ["odd-ids-disconnected", "ba-300-weighted-isolates", "directed-60", "single-actor", "empty"];
const close = (got: number | null, expected: number | null) => {
  if (expected === null) expect(got).toBeNull();
  else expect(Math.abs(got! - expected)).toBeLessThanOrEqual(1e-9 + 1e-9 * Math.abs(expected));
};

describe.each(FIXTURES)("structure section matches NetworkX on %s", (name) => {
  const fixture = readFixture<StructureFixture>(
    new URL(`../fixtures/structure/${name}.json`, import.meta.url),
  );
  const document = analyze(fixtureTerritory(fixture));
  const { expected } = fixture;

  it("counts actors, links and components", () => {
    expect(document.graph.nodes).toBe(expected.nodes);
    expect(document.graph.links).toBe(expected.links);
    expect(document.graph.components).toBe(expected.components);
  });

  it("gives density and the largest component's share (null when undefined)", () => {
    close(document.graph.density, expected.density);
    close(document.graph.largestComponentShare, expected.largestComponentShare);
  });

  it("gives every actor's degree and strength, and no other actor", () => {
    expect(document.actors.map((actor) => actor.id).sort()).toEqual(Object.keys(expected.degree).sort());
    for (const actor of document.actors) {
      expect(actor.degree).toBe(expected.degree[actor.id]);
      close(actor.strength, expected.strength[actor.id]!);
    }
  });
});
