import { describe, expect, it } from "vitest";
import { type AnalysisDocument, analyze, createTerritory } from "../../src/index.js";
import { expectNear, FIXTURES, fixtureTerritory, loadFixture } from "../fixtures/middle/load.js";

/** Every number in the document, with its path. */
function numbers(value: unknown, path = "$", out: [string, number][] = []): [string, number][] {
  if (typeof value === "number") out.push([path, value]);
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) numbers(v, `${path}[${i}]`, out);
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) numbers(v, `${path}.${k}`, out);
  return out;
}

function at(document: AnalysisDocument, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], document.graph);
}

describe("the polycentricity section of the analysis document", () => {
  for (const name of FIXTURES) {
    it(`carries every graph-level figure of the ${name} fixture and never a NaN`, () => {
      const fixture = loadFixture(name);
      const { graph } = fixtureTerritory(fixture);
      const document = analyze(graph, { middle: { nullModels: 5, seed: 1 } });
      for (const [key, want] of Object.entries(fixture.expected.graph))
        expectNear(at(document, key) as number | null, want, `${name} ${key}`);
      for (const [path, value] of numbers(document)) expect(Number.isFinite(value), path).toBe(true);
      const ids = document.actors.map((a) => a.id);
      expect(ids).toEqual(fixture.actors.map((a) => a.id));
      for (const actor of document.actors) {
        expectNear(actor.constraint, fixture.expected.constraint[actor.id] ?? null, `${name} ${actor.id}`);
        const { gatekeeper: wantGatekeeper, ...want } = fixture.expected.brokerage[actor.id]!;
        expect(actor.brokerage).toEqual(fixture.directed ? { ...want, gatekeeper: wantGatekeeper } : want);
        expect(actor.brokerageNull).not.toBeNull();
      }
      expect(document.graph.nullModels?.figures.length).toBe(21);
      expect(document.graph.dependence?.targeted[0]?.removed).toBe(0);
      expect(document.graph.governance?.form).toBeTypeOf("string");
    });
  }

  it("carries Lorenz curves of at most 101 points, from (0, 0) to (1, 1)", () => {
    const { graph } = fixtureTerritory(loadFixture("karate"));
    const { lorenz, betweennessShares, topBroker, topBrokerShare } = analyze(graph).graph;
    for (const curve of [lorenz.degree, lorenz.betweenness]) {
      expect(curve.length).toBeLessThanOrEqual(101);
      expect(curve[0]).toEqual({ population: 0, share: 0 });
      expect(curve.at(-1)?.population).toBe(1);
      expect(curve.at(-1)?.share).toBeCloseTo(1, 12);
    }
    expect(topBroker?.actor).toBe("m0");
    // 1% of 34 actors rounds up to the single top broker.
    expect(betweennessShares.top1).toBeCloseTo(topBrokerShare!, 12);
  });

  it("leaves null models out unless asked for", () => {
    const { graph } = fixtureTerritory(loadFixture("karate"));
    const document = analyze(graph);
    expect(document.graph.nullModels).toBeNull();
    expect(document.actors[0]!.brokerageNull).toBeUndefined();
  });

  it("keeps every figure null or finite on tiny, empty and single-world territories", () => {
    const cases = [
      createTerritory({ actors: [], links: [] }).graph,
      createTerritory({ actors: [{ id: "__proto__" }], links: [] }).graph,
      createTerritory({
        actors: [
          { id: "__proto__", world: "a" },
          { id: "constructor", world: "a" },
          { id: "x", world: "a" },
        ],
        links: [{ source: "__proto__", target: "constructor" }],
      }).graph,
    ];
    for (const graph of cases) {
      const document = analyze(graph, { middle: { nullModels: 3 } });
      for (const [path, value] of numbers(document)) expect(Number.isFinite(value), path).toBe(true);
      expect(document.graph.worlds.eiIndex).toBeNull();
      expect(document.graph.worlds.assortativity).toBeNull();
      expect(document.graph.governance?.form).toBe("undetermined");
    }
  });

  it("fills the world mixing matrix and the E-I index of each world", () => {
    const { graph } = fixtureTerritory(loadFixture("two-stars"));
    const { worlds } = analyze(graph).graph;
    expect(worlds.mixing?.worlds).toEqual(["association", "entreprise"]);
    expect(worlds.mixing?.counts).toEqual([
      [4, 1],
      [1, 4],
    ]);
    expect(worlds.byWorld.map((w) => w.eiIndex)).toEqual([-3 / 5, -3 / 5]);
  });
});
