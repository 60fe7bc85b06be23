import { describe, expect, it } from "vitest";
import { analyze, continuousCoreness, createCompactIndex, discreteCore } from "../../src/index.js";
import { expectClose } from "../helpers/expect-close.js";
import { type FixtureGraph, fixtureTerritory, readFixture } from "../helpers/fixture-territory.js";

interface CorePeripheryFixture extends FixtureGraph {
  expected: {
    discrete?: { fit: number; core: string[] };
    continuous: { fit: number; coreness: Record<string, number> };
  };
}

const FIXTURES = ["idealised", "florentine-families", "odd-ids-disconnected", "directed-12", "karate"];

describe.each(FIXTURES)(
  "core–periphery (Borgatti & Everett 1999) against the reference computation on %s",
  (name) => {
    const fixture = readFixture<CorePeripheryFixture>(
      new URL(`../fixtures/core-periphery/${name}.json`, import.meta.url),
    );
    const index = createCompactIndex(fixtureTerritory(fixture));
    const { discrete, continuous } = fixture.expected;

    it.runIf(discrete !== undefined)(
      "the discrete core is the best of every split (exhaustive reference)",
      () => {
        const result = discreteCore(index);
        expect(result.fit).toBeCloseTo(discrete!.fit, 9);
        const core = index.ids.filter((_, i) => result.inCore[i] === 1).sort();
        expect(core).toEqual([...discrete!.core].sort());
      },
    );

    it("continuous coreness is the minimum-residual solution (1e-6), with the same correlation fit", () => {
      const result = continuousCoreness(index);
      expect(result.fit).toBeCloseTo(continuous.fit, 6);
      const coreness = new Map(index.ids.map((id, i) => [id, result.coreness[i]!]));
      expectClose(coreness, continuous.coreness, 1e-4);
    });
  },
);

describe("core–periphery edge cases", () => {
  it("the idealised structure has fit 1: core actors tie to everyone, peripheral ones only to the core", () => {
    const fixture = readFixture<CorePeripheryFixture>(
      new URL("../fixtures/core-periphery/idealised.json", import.meta.url),
    );
    expect(discreteCore(createCompactIndex(fixtureTerritory(fixture))).fit).toBe(1);
  });

  it("the relaxed model finds the same core of the idealised structure, fit 1 (core–core all tied, periphery–periphery none)", () => {
    const fixture = readFixture<CorePeripheryFixture>(
      new URL("../fixtures/core-periphery/idealised.json", import.meta.url),
    );
    const index = createCompactIndex(fixtureTerritory(fixture));
    const relaxed = discreteCore(index, { model: "relaxed" });
    expect(relaxed.fit).toBeCloseTo(1, 12);
    expect(relaxed.inCore).toEqual(discreteCore(index).inCore);
  });

  it("the relaxed model is null without links, below three actors, or when no split leaves two pairs inside its sides", () => {
    const territory = (n: number, links: [string, string][]) =>
      createCompactIndex(
        fixtureTerritory({
          name: "t",
          networkx: "",
          directed: false,
          actors: Array.from({ length: n }, (_, i) => ({ id: String(i) })),
          links: links.map(([source, target]) => ({ source, target })),
        }),
      );
    expect(discreteCore(territory(3, []), { model: "relaxed" }).fit).toBeNull();
    expect(discreteCore(territory(2, [["0", "1"]]), { model: "relaxed" }).fit).toBeNull();
    // Three actors, one link: whatever the split, one pair at most lies inside a side.
    expect(discreteCore(territory(3, [["0", "1"]]), { model: "relaxed" }).fit).toBeNull();
    // Four: its two ends as the core, the two others untied, is the one perfect split.
    const one = discreteCore(territory(4, [["0", "1"]]), { model: "relaxed" });
    expect(one.fit).toBe(1);
    expect([...one.inCore]).toEqual([1, 1, 0, 0]);
  });

  it("are null without links and below three actors, and the same for the same seed", () => {
    const empty = createCompactIndex(
      fixtureTerritory({
        name: "e",
        networkx: "",
        directed: false,
        actors: [{ id: "a" }, { id: "b" }, { id: "c" }],
        links: [],
      }),
    );
    expect(discreteCore(empty).fit).toBeNull();
    expect(continuousCoreness(empty).fit).toBeNull();
    const fixture = readFixture<CorePeripheryFixture>(
      new URL("../fixtures/core-periphery/karate.json", import.meta.url),
    );
    const index = createCompactIndex(fixtureTerritory(fixture));
    expect(continuousCoreness(index)).toEqual(continuousCoreness(index));
    expect(discreteCore(index, { seed: 3 })).toEqual(discreteCore(index, { seed: 3 }));
  });
});

describe("core–periphery in the analysis document", () => {
  it("fills actors[].coreness and graph.corePeriphery { fit, core } from the same models", () => {
    const fixture = readFixture<CorePeripheryFixture>(
      new URL("../fixtures/core-periphery/odd-ids-disconnected.json", import.meta.url),
    );
    const document = analyze(fixtureTerritory(fixture));
    expect(document.graph.corePeriphery!.fit).toBeCloseTo(fixture.expected.discrete!.fit, 9);
    expect([...document.graph.corePeriphery!.core].sort()).toEqual(
      [...fixture.expected.discrete!.core].sort(),
    );
    const coreness = new Map(document.actors.map((actor) => [actor.id, actor.coreness ?? null]));
    expectClose(coreness, fixture.expected.continuous.coreness, 1e-6);
    expect(document.graph.corePeriphery).toMatchObject({ model: "ideal", corenessConverged: true });
    expect(document.graph.corePeriphery!.corenessIterations).toBe(
      continuousCoreness(index(fixture)).iterations,
    );
  });

  it("the relaxed model on request (corePeriphery.model), named in the section: the book's core of Baker's journals", () => {
    const fixture = readFixture<CorePeripheryFixture>(
      new URL("../fixtures/core-periphery/published-baker-directed.json", import.meta.url),
    );
    const document = analyze(fixtureTerritory(fixture), { corePeriphery: { model: "relaxed" } });
    expect(document.graph.corePeriphery!.model).toBe("relaxed");
    expect([...document.graph.corePeriphery!.core].sort()).toEqual([
      "CW",
      "JSWE",
      "SCW",
      "SSR",
      "SW",
      "SWRA",
    ]);
    expect(document.graph.corePeriphery!.fit).toBeCloseTo(
      discreteCore(index(fixture), { model: "relaxed" }).fit!,
      12,
    );
    expect(analyze(fixtureTerritory(fixture)).graph.corePeriphery!.core.sort()).toEqual(["SCW", "SW"]);
  });

  it("says when the continuous coreness did not converge (Galtung: c3 alone, 10,000 steps)", () => {
    const fixture = readFixture<CorePeripheryFixture>(
      new URL("../fixtures/core-periphery/published-galtung.json", import.meta.url),
    );
    const document = analyze(fixtureTerritory(fixture));
    expect(document.graph.corePeriphery).toMatchObject({
      corenessConverged: false,
      corenessIterations: 10000,
    });
    for (const actor of document.actors) expect(actor.coreness, actor.id).toBe(actor.id === "c3" ? 1 : 0);
    expect(document.graph.corePeriphery!.corenessFit).toBeCloseTo(
      continuousCoreness(index(fixture)).fit!,
      12,
    );
  });
});

function index(fixture: FixtureGraph) {
  return createCompactIndex(fixtureTerritory(fixture));
}
