import { describe, expect, it } from "vitest";
import {
  analyze,
  betweennessNotice,
  chooseBetweennessMethod,
  createTerritory,
  EXACT_BETWEENNESS_BUDGET,
  parseApproxOption,
} from "../../src/index.js";
import { randomIndex } from "./helpers.js";

describe("chooseBetweennessMethod", () => {
  it("stays exact up to the budget of link visits and samples beyond it", () => {
    const small = randomIndex(100, 200, 1);
    expect(chooseBetweennessMethod(small)).toEqual({ method: "exact", automatic: true });
    const large = { ...small, order: 100_000, size: 1_000_000 };
    expect(large.order * 2 * large.size).toBeGreaterThan(EXACT_BETWEENNESS_BUDGET);
    expect(chooseBetweennessMethod(large)).toEqual({
      method: "approx",
      epsilon: 0.01,
      delta: 0.1,
      automatic: true,
    });
    expect(betweennessNotice(chooseBetweennessMethod(large), large)).toMatch(/approximated.*ε = 0.01/);
    expect(chooseBetweennessMethod(large, "exact").method).toBe("exact");
  });
});

describe("parseApproxOption", () => {
  it("reads ε and an optional δ", () => {
    expect(parseApproxOption("0.02")).toEqual({ epsilon: 0.02, delta: 0.1 });
    expect(parseApproxOption("0.02,0.05")).toEqual({ epsilon: 0.02, delta: 0.05 });
    expect(() => parseApproxOption("2")).toThrow(/--approx/);
  });
});

describe("analyze with sampled betweenness", () => {
  const { graph } = createTerritory({
    actors: Array.from({ length: 30 }, (_, i) => ({
      id: `a${i}`,
      world: i % 2 === 0 ? "association" : "entreprise",
    })),
    links: Array.from({ length: 29 }, (_, i) => ({ source: `a${i}`, target: `a${i + 1}` })),
  });

  it("records the method, ε and δ in the document and leaves weighted betweenness null", () => {
    const document = analyze(graph, { centrality: { betweennessMethod: { epsilon: 0.05, delta: 0.2 } } });
    expect(document.graph).toMatchObject({ betweennessMethod: "approx", epsilon: 0.05, delta: 0.2 });
    expect(document.actors.every((actor) => actor.betweennessWeighted === null)).toBe(true);
    // Path of 30: the middle actor has betweenness 0.5 · 29·… ≈ 0.52 exactly; sampled within ε.
    const exact = analyze(graph);
    expect(exact.graph).toMatchObject({ betweennessMethod: "exact", epsilon: null, delta: null });
    for (let i = 0; i < 30; i++)
      expect(Math.abs(document.actors[i]!.betweenness! - exact.actors[i]!.betweenness!)).toBeLessThanOrEqual(
        0.05,
      );
  });
});
