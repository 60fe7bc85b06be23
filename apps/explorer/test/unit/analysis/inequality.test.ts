import { describe, expect, it } from "vitest";
import {
  centralization,
  effectiveNumber,
  gini,
  lorenzCurve,
  topShare,
} from "../../../src/analysis/inequality.js";

describe("inequality figures", () => {
  it("gini is 0 when all are equal or all zero, and (n−1)/n when one holds everything", () => {
    expect(gini([2, 2, 2])).toBe(0);
    expect(gini([0, 0])).toBe(0);
    expect(gini([0, 0, 0, 4])).toBeCloseTo(3 / 4, 12);
    expect(gini([])).toBeNull();
  });

  it("ignores null and NaN values", () => {
    expect(gini([null, 1, Number.NaN, 1])).toBe(0);
    expect(effectiveNumber([null, 1, 1])).toBe(2);
  });

  it("effective number is 1 for a single holder and n for an even spread (n when all zero)", () => {
    expect(effectiveNumber([0, 0, 5])).toBe(1);
    expect(effectiveNumber([1, 1, 1, 1])).toBeCloseTo(4, 12);
    expect(effectiveNumber([0, 0, 0])).toBe(3);
  });

  it("the Lorenz curve runs from (0,0) to (1,1), poorest first, and is null without any total", () => {
    const curve = lorenzCurve([3, 1, 0, 0])!;
    expect(curve[0]).toEqual({ actors: 0, share: 0 });
    expect(curve[curve.length - 1]).toEqual({ actors: 1, share: 1 });
    expect(curve.map((p) => p.share)).toEqual([0, 0, 0, 0.25, 1]);
    expect(lorenzCurve([0, 0])).toBeNull();
  });

  it("top share takes at least one actor", () => {
    expect(topShare([1, 1, 2], 0.01)).toBe(0.5);
    expect(topShare([0, 0], 0.1)).toBeNull();
  });

  it("Freeman centralization is 1 for a star and 0 for a complete graph, null below 3 actors", () => {
    // Star of 5: raw degrees, normalised betweenness, normalised closeness.
    expect(centralization("degree", [4, 1, 1, 1, 1])).toBeCloseTo(1, 12);
    expect(centralization("betweenness", [1, 0, 0, 0, 0])).toBeCloseTo(1, 12);
    expect(centralization("closeness", [1, 4 / 7, 4 / 7, 4 / 7, 4 / 7])).toBeCloseTo(1, 12);
    expect(centralization("degree", [3, 3, 3, 3])).toBe(0);
    expect(centralization("degree", [1, 1])).toBeNull();
  });
});
