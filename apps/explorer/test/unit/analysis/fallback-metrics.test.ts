import { createCompactIndex, createTerritory } from "@catalyse/core";
import { describe, expect, it } from "vitest";
import { dependenceCurve } from "../../../src/analysis/dependence.js";
import { fallbackBrokerage } from "../../../src/analysis/fallback-brokerage.js";
import { fallbackCentrality } from "../../../src/analysis/fallback-centrality.js";

function index(actors: [string, string][], links: [string, string][]) {
  const { graph } = createTerritory({
    actors: actors.map(([id, world]) => ({ id, world })),
    links: links.map(([source, target]) => ({ source, target })),
  });
  return createCompactIndex(graph);
}

describe("fallback betweenness and closeness (NetworkX's normalisation)", () => {
  it("a star's centre lies on every path", () => {
    const star = index(
      [
        ["__proto__", "a"],
        ["constructor", "b"],
        ["l2", "b"],
        ["l3", "c"],
      ],
      [
        ["__proto__", "constructor"],
        ["__proto__", "l2"],
        ["__proto__", "l3"],
      ],
    );
    const { betweenness, closeness } = fallbackCentrality(star);
    expect([...betweenness]).toEqual([1, 0, 0, 0]);
    expect(closeness[0]).toBeCloseTo(1, 12);
    expect(closeness[1]).toBeCloseTo(3 / 5, 12);
  });

  it("matches nx.betweenness_centrality on a path of 4 and gives Wasserman–Faust closeness on two components", () => {
    const path = index(
      [
        ["a", "x"],
        ["b", "x"],
        ["c", "x"],
        ["d", "x"],
      ],
      [
        ["a", "b"],
        ["b", "c"],
        ["c", "d"],
      ],
    );
    // nx: {a: 0, b: 2/3, c: 2/3, d: 0}
    const { betweenness } = fallbackCentrality(path);
    expect(betweenness[1]).toBeCloseTo(2 / 3, 12);
    expect(betweenness[0]).toBe(0);
    const split = index(
      [
        ["a", "x"],
        ["b", "x"],
        ["c", "x"],
      ],
      [["a", "b"]],
    );
    const { closeness } = fallbackCentrality(split);
    // nx.closeness_centrality: (1/1)·(1/2) for a and b, 0 for the isolate.
    expect([...closeness]).toEqual([0.5, 0.5, 0]);
  });
});

describe("fallback brokerage (Gould & Fernandez 1989)", () => {
  it("classifies each open two-path by the worlds of its three actors", () => {
    // b brokers a–c (same world as both: coordinator), a–d (consultant? no: b shares with a only), …
    const g = index(
      [
        ["b", "w1"],
        ["a", "w1"],
        ["c", "w1"],
        ["d", "w2"],
        ["e", "w3"],
      ],
      [
        ["b", "a"],
        ["b", "c"],
        ["b", "d"],
        ["b", "e"],
      ],
    );
    const roles = fallbackBrokerage(g)[0]!;
    // pairs: a-c coordinator; a-d, a-e, c-d, c-e representative; d-e liaison.
    expect(roles).toEqual({ coordinator: 1, consultant: 0, representative: 4, liaison: 1 });
    const consultant = index(
      [
        ["b", "w2"],
        ["a", "w1"],
        ["c", "w1"],
      ],
      [
        ["b", "a"],
        ["b", "c"],
      ],
    );
    expect(fallbackBrokerage(consultant)[0]).toEqual({
      coordinator: 0,
      consultant: 1,
      representative: 0,
      liaison: 0,
    });
  });

  it("does not count closed triads", () => {
    const triangle = index(
      [
        ["a", "x"],
        ["b", "y"],
        ["c", "z"],
      ],
      [
        ["a", "b"],
        ["b", "c"],
        ["a", "c"],
      ],
    );
    expect(fallbackBrokerage(triangle)[1]).toEqual({
      coordinator: 0,
      consultant: 0,
      representative: 0,
      liaison: 0,
    });
  });
});

describe("dependenceCurve", () => {
  it("shows two stars joined by their centres falling apart when the bridge is removed", () => {
    const g = index(
      [
        ["h1", "x"],
        ["h2", "y"],
        ["a", "x"],
        ["b", "x"],
        ["c", "y"],
        ["d", "y"],
      ],
      [
        ["h1", "h2"],
        ["h1", "a"],
        ["h1", "b"],
        ["h2", "c"],
        ["h2", "d"],
      ],
    );
    const { betweenness } = fallbackCentrality(g);
    const curve = dependenceCurve(g, betweenness, 2);
    expect(curve[0]).toMatchObject({ removed: 0, connectedPairs: 1, largestComponent: 1 });
    expect(curve[1]!.actor === "h1" || curve[1]!.actor === "h2").toBe(true);
    // Removing one centre leaves its two leaves isolated: 4 of 6 others still in one component of 3.
    expect(curve[1]!.connectedPairs).toBeCloseTo(3 / 15, 12);
    expect(curve[1]!.largestComponent).toBeCloseTo(3 / 6, 12);
    expect(curve[2]!.connectedPairs).toBe(0);
  });
});
