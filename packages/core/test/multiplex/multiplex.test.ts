import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  analyze,
  createCompactIndex,
  createTerritory,
  type LayerFigures,
  linkTypes,
  multiplexLayers,
} from "../../src/index.js";

interface MultiplexFixture {
  name: string;
  directed: boolean;
  actors: { id: string }[];
  links: { source: string; target: string; type: string }[];
  expected: {
    layers: LayerFigures[];
    overlaps: { a: string; b: string; links: number; brokers: number | null }[];
    typesSpanned: Record<string, number>;
  };
}

const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/multiplex/four-kinds.json", import.meta.url), "utf8"),
) as MultiplexFixture;
const graph = createTerritory({
  meta: { name: fixture.name, directed: fixture.directed },
  actors: fixture.actors,
  links: fixture.links,
}).graph;
const index = createCompactIndex(graph);
const result = multiplexLayers(index, linkTypes(graph));
const close = (got: number | null, expected: number | null) => {
  if (expected === null) expect(got).toBeNull();
  else expect(got).toBeCloseTo(expected, 9);
};

describe("multiplex layers match NetworkX 2.8 per link type", () => {
  it.each(fixture.expected.layers.map((layer) => [layer.type, layer] as const))(
    "%s: links, actors, density, centralization, effective and top brokers",
    (type, expected) => {
      const layer = result.layers.find((candidate) => candidate.type === type)!;
      expect(layer.links).toBe(expected.links);
      expect(layer.actors).toBe(expected.actors);
      close(layer.density, expected.density);
      close(layer.centralization.degree, expected.centralization.degree);
      close(layer.centralization.betweenness, expected.centralization.betweenness);
      close(layer.effectiveBrokers, expected.effectiveBrokers);
      expect(layer.topBrokers).toEqual(expected.topBrokers);
    },
  );

  it("overlaps: Jaccard of link sets and of top-broker sets for every pair of kinds", () => {
    expect(result.overlaps).toHaveLength(fixture.expected.overlaps.length);
    for (const expected of fixture.expected.overlaps) {
      const got = result.overlaps.find(
        (o) => (o.a === expected.a && o.b === expected.b) || (o.a === expected.b && o.b === expected.a),
      )!;
      close(got.links, expected.links);
      close(got.brokers, expected.brokers);
    }
    expect(result.overlaps.some((o) => o.links > 0)).toBe(true);
  });

  it("counts the kinds of alliance each actor spans, __proto__ and isolates included", () => {
    const spanned = new Map(index.ids.map((id, i) => [id, result.typesSpanned[i]!]));
    expect(Object.fromEntries(spanned)).toEqual(fixture.expected.typesSpanned);
    expect(spanned.get("isolé")).toBe(0);
  });

  it("states that these kinds of alliance rest on different actors (top brokers rarely shared)", () => {
    expect(result.brokerOverlap).toBeLessThan(0.5);
    expect(result.differentActors).toBe(true);
  });

  it("analyze --by-type adds the same figures as the layers section, and only when asked", () => {
    expect(analyze(graph).layers).toBeUndefined();
    const document = analyze(graph, { byType: true });
    expect(document.layers!.layers).toEqual(result.layers);
    const expected = new Map(Object.entries(fixture.expected.typesSpanned));
    expect(document.layers!.typesSpanned.find((row) => row.actor === "__proto__")!.types).toBe(
      expected.get("__proto__"),
    );
  });
});
