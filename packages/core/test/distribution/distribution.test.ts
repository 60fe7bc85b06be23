import { describe, expect, it } from "vitest";
import {
  effectiveBrokers,
  freemanCentralization,
  gini,
  lorenzCurve,
  topBrokerShare,
  topShare,
} from "../../src/index.js";
import { structureFigures } from "../../src/null-models/index.js";
import { expectNear, FIXTURES, fixtureTerritory, loadFixture } from "../fixtures/middle/load.js";

describe("freemanCentralization", () => {
  it("is 1 for a star of n actors, whatever the kind", () => {
    const n = 7;
    expect(freemanCentralization([6, 1, 1, 1, 1, 1, 1], "degree")).toBeCloseTo(1, 12);
    expect(freemanCentralization([1, 0, 0, 0, 0, 0, 0], "betweenness")).toBeCloseTo(1, 12);
    const leaf = (n - 1) / (2 * n - 3);
    expect(freemanCentralization([1, leaf, leaf, leaf, leaf, leaf, leaf], "closeness")).toBeCloseTo(1, 12);
  });

  it("is 0 when every actor has the same value (complete graph)", () => {
    expect(freemanCentralization([4, 4, 4, 4, 4], "degree")).toBe(0);
    expect(freemanCentralization([0, 0, 0, 0, 0], "betweenness")).toBe(0);
  });

  it("is null below three actors, for no actors and for non-finite values", () => {
    expect(freemanCentralization([1, 1], "degree")).toBeNull();
    expect(freemanCentralization([], "betweenness")).toBeNull();
    expect(freemanCentralization([1, Number.NaN, 0], "closeness")).toBeNull();
    expect(freemanCentralization([1, null, 0], "closeness")).toBeNull();
  });

  it("gives the hand-computed value of a path of 5 (degree: 3/12)", () => {
    // degrees 1 2 2 2 1: Σ(max − x) = 2, star sum (4)(3) = 12.
    expect(freemanCentralization([1, 2, 2, 2, 1], "degree")).toBeCloseTo(2 / 12, 12);
  });
});

describe("gini", () => {
  it("is 0 when all values are equal, including all zero", () => {
    expect(gini([3, 3, 3])).toBe(0);
    expect(gini([0, 0, 0, 0])).toBe(0);
  });

  it("is (n − 1)/n when one actor holds everything", () => {
    expect(gini([0, 0, 0, 5])).toBeCloseTo(3 / 4, 12);
  });

  it("matches the hand-computed value of [1, 2, 3, 4]", () => {
    // Σ(2i − n − 1)x = −3·1 − 1·2 + 1·3 + 3·4 = 10; n·Σx = 40.
    expect(gini([4, 1, 3, 2])).toBeCloseTo(0.25, 12);
  });

  it("is null for no actors and for negative values", () => {
    expect(gini([])).toBeNull();
    expect(gini([1, -1])).toBeNull();
  });
});

describe("lorenzCurve", () => {
  it("starts at (0, 0), ends at (1, 1) and never decreases", () => {
    const curve = lorenzCurve([5, 1, 0, 2, 2]);
    expect(curve[0]).toEqual({ population: 0, share: 0 });
    expect(curve.at(-1)).toEqual({ population: 1, share: 1 });
    for (let i = 1; i < curve.length; i++)
      expect(curve[i]!.share).toBeGreaterThanOrEqual(curve[i - 1]!.share);
    expect(curve[3]).toEqual({ population: 3 / 5, share: 3 / 10 });
  });

  it("is the diagonal when every value is zero", () => {
    expect(lorenzCurve([0, 0])).toEqual([
      { population: 0, share: 0 },
      { population: 0.5, share: 0.5 },
      { population: 1, share: 1 },
    ]);
  });

  it("thins long curves to about maxPoints, keeping both ends", () => {
    const curve = lorenzCurve(
      Array.from({ length: 1000 }, (_, i) => i),
      101,
    );
    expect(curve.length).toBeLessThanOrEqual(102);
    expect(curve.at(-1)!.population).toBe(1);
  });
});

describe("effectiveBrokers and topBrokerShare", () => {
  it("a star's centre is the one effective broker and holds all brokerage", () => {
    expect(effectiveBrokers([1, 0, 0, 0])).toBe(1);
    expect(topBrokerShare([1, 0, 0, 0])).toBe(1);
  });

  it("a complete graph (no brokerage) has n effective brokers and no top share", () => {
    expect(effectiveBrokers([0, 0, 0, 0, 0])).toBe(5);
    expect(topBrokerShare([0, 0, 0, 0, 0])).toBeNull();
  });

  it("two equal brokers count as two", () => {
    expect(effectiveBrokers([0.5, 0.5, 0, 0])).toBeCloseTo(2, 12);
    expect(topBrokerShare([0.5, 0.5, 0, 0])).toBeCloseTo(0.5, 12);
  });

  it("topShare takes at least one actor and ⌈f·n⌉ actors", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1); // Σ = 5050
    expect(topShare(values, 0.01)).toBeCloseTo(100 / 5050, 12);
    expect(topShare(values, 0.07)).toBeCloseTo((100 + 99 + 98 + 97 + 96 + 95 + 94) / 5050, 12);
    expect(topShare([0, 0], 0.1)).toBeNull();
    expect(topShare([3, 1], 0.01)).toBeCloseTo(0.75, 12);
  });
});

describe("structure figures against the NetworkX-based fixtures", () => {
  for (const name of FIXTURES) {
    it(`match on ${name}`, () => {
      const fixture = loadFixture(name);
      const { index } = fixtureTerritory(fixture);
      const figures = structureFigures(index);
      for (const [key, value] of Object.entries(figures))
        expectNear(value, fixture.expected.graph[key] ?? null, `${name} ${key}`);
    });
  }

  it("star: centralization 1 and one effective broker; complete: 0 and n", () => {
    const star = structureFigures(fixtureTerritory(loadFixture("star")).index);
    expect(star["centralization.degree"]).toBeCloseTo(1, 12);
    expect(star["centralization.betweenness"]).toBeCloseTo(1, 12);
    expect(star["centralization.closeness"]).toBeCloseTo(1, 12);
    expect(star.effectiveBrokers).toBeCloseTo(1, 12);
    const complete = structureFigures(fixtureTerritory(loadFixture("complete")).index);
    expect(complete["centralization.degree"]).toBe(0);
    expect(complete["centralization.betweenness"]).toBe(0);
    expect(complete["centralization.closeness"]).toBeCloseTo(0, 12);
    expect(complete.effectiveBrokers).toBe(5);
  });
});
