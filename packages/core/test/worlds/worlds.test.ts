import { describe, expect, it } from "vitest";
import {
  compactIndexFromArrays,
  createCompactIndex,
  createTerritory,
  modularity,
  worldAssortativity,
  worldMixing,
} from "../../src/index.js";
import { worldFigures } from "../../src/null-models/index.js";
import { expectNear, FIXTURES, fixtureTerritory, loadFixture } from "../fixtures/middle/load.js";

describe("world figures against NetworkX", () => {
  for (const name of FIXTURES) {
    it(`eiIndex, crossWorldShare, assortativity and modularity match on ${name}`, () => {
      const fixture = loadFixture(name);
      const { index } = fixtureTerritory(fixture);
      for (const [key, value] of Object.entries(worldFigures(index)))
        expectNear(value, fixture.expected.graph[key] ?? null, `${name} ${key}`);
    });

    it(`the E-I index of each world matches on ${name}`, () => {
      const fixture = loadFixture(name);
      const { index } = fixtureTerritory(fixture);
      const byWorld = new Map(worldMixing(index).byWorld.map((w) => [w.world, w]));
      expect([...byWorld.keys()].sort()).toEqual(fixture.expected.byWorld.map((w) => w.world).sort());
      for (const want of fixture.expected.byWorld) {
        const got = byWorld.get(want.world)!;
        expect({ ...got, eiIndex: null }).toEqual({ ...want, eiIndex: null });
        expectNear(got.eiIndex, want.eiIndex, `${name} ${want.world}`);
      }
    });
  }
});

describe("worldMixing", () => {
  const { graph } = createTerritory({
    actors: [
      { id: "a1", world: "association" },
      { id: "a2", world: "association" },
      { id: "e1", world: "entreprise" },
      { id: "c1", world: "collectivité" },
    ],
    links: [
      { source: "a1", target: "a2", weight: 2 },
      { source: "a1", target: "e1", weight: 1 },
      { source: "e1", target: "c1", weight: 3 },
      { source: "a2", target: "c1" },
    ],
  });
  const mixing = worldMixing(createCompactIndex(graph));

  it("counts each link once: E = 3 cross-world links, I = 1, E-I = (3 − 1)/4", () => {
    expect(mixing.external).toBe(3);
    expect(mixing.internal).toBe(1);
    expect(mixing.eiIndex).toBe(0.5);
    expect(mixing.crossWorldShare).toBe(0.75);
  });

  it("lays counts and weights out symmetrically for undirected territories", () => {
    const at = (a: string, b: string) => mixing.counts[mixing.worlds.indexOf(a)]![mixing.worlds.indexOf(b)];
    const weightAt = (a: string, b: string) =>
      mixing.weights[mixing.worlds.indexOf(a)]![mixing.worlds.indexOf(b)];
    expect(at("association", "association")).toBe(1);
    expect(at("association", "entreprise")).toBe(1);
    expect(at("entreprise", "association")).toBe(1);
    expect(weightAt("collectivité", "entreprise")).toBe(3);
    expect(weightAt("association", "association")).toBe(2);
  });
});

describe("undefined world figures are null, never NaN", () => {
  const index = (worlds: number[], links: [number, number][]) =>
    compactIndexFromArrays({
      directed: false,
      ids: worlds.map((_, i) => `x${i}`),
      worldOf: Int32Array.from(worlds),
      worldNames: ["a", "b"],
      linkSource: Int32Array.from(links.map((l) => l[0])),
      linkTarget: Int32Array.from(links.map((l) => l[1])),
      linkWeight: new Float64Array(links.length).fill(1),
    });

  it("with a single world", () => {
    const figures = worldFigures(
      index(
        [0, 0, 0],
        [
          [0, 1],
          [1, 2],
        ],
      ),
    );
    expect(Object.values(figures)).toEqual([null, null, null, null]);
  });

  it("without links", () => {
    const figures = worldFigures(index([0, 1, 1], []));
    expect(Object.values(figures)).toEqual([null, null, null, null]);
    expect(modularity(index([0, 1], []), [0, 1])).toBeNull();
  });

  it("assortativity when every link end sits in one world", () => {
    expect(worldAssortativity(index([0, 0, 1], [[0, 1]]))).toBeNull();
  });

  it("with no actors", () => {
    expect(Object.values(worldFigures(index([], [])))).toEqual([null, null, null, null]);
  });
});
