import { describe, expect, it } from "vitest";
import {
  adjustedRandIndex,
  contingencyTable,
  normalizedMutualInformation,
} from "../../src/community/partition-agreement.js";

describe("contingencyTable(a, b)", () => {
  it("counts actors by label pair, labels numbered by first appearance", () => {
    expect(contingencyTable([7, 7, 3, 3, 3], [1, 0, 0, 0, 1])).toEqual([
      [1, 1],
      [1, 2],
    ]);
  });

  it("rejects partitions of different lengths", () => {
    expect(() => contingencyTable([0], [0, 1])).toThrow(/must match/);
  });
});

describe("normalizedMutualInformation(a, b)", () => {
  it("is 1 for the same partition under other labels", () => {
    expect(normalizedMutualInformation([0, 0, 1, 1], [1, 1, 0, 0])).toBe(1);
  });

  it("is 0 when one partition is a single block and the other is not", () => {
    expect(normalizedMutualInformation([0, 0, 0, 0], [0, 1, 2, 3])).toBe(0);
  });

  it("is 1 when both are a single block, null without actors", () => {
    expect(normalizedMutualInformation([4, 4], [2, 2])).toBe(1);
    expect(normalizedMutualInformation([], [])).toBeNull();
  });

  it("matches I(U;V) / mean(H(U), H(V)) on a partial agreement (worked by hand)", () => {
    expect(normalizedMutualInformation([0, 0, 0, 1, 1, 1, 2, 2], [0, 0, 1, 1, 1, 2, 2, 2])).toBeCloseTo(
      0.5588730382170326,
      12,
    );
  });
});

describe("adjustedRandIndex(a, b)", () => {
  it("matches scikit-learn's documented examples", () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [1, 1, 0, 0])).toBe(1);
    expect(adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(0.5714285714285714, 12);
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
  });

  it("is (3 − 1.75)/(7 − 1.75) on a partial agreement (worked by hand)", () => {
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1, 2, 2], [0, 0, 1, 1, 1, 2, 2, 2])).toBeCloseTo(
      1.25 / 5.25,
      12,
    );
  });

  it("is 1 when both partitions are one block or both all singletons, null without actors", () => {
    expect(adjustedRandIndex([0, 0, 0], [5, 5, 5])).toBe(1);
    expect(adjustedRandIndex([0, 1, 2], [2, 1, 0])).toBe(1);
    expect(adjustedRandIndex([], [])).toBeNull();
  });
});
