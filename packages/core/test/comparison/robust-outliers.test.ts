import { describe, expect, it } from "vitest";
import { robustOutliers } from "../../src/index.js";

describe("robustOutliers(values): modified z-score ≥ 3.5 (Iglewicz & Hoaglin), a fifth at most per side", () => {
  it("flags the one territory in ten far from the rest", () => {
    const values = [0.31, 0.3, 0.33, 0.29, 0.32, 0.3, 0.31, 0.34, 0.3, 0.02];
    const { median, outliers } = robustOutliers(values);
    expect(median).toBeCloseTo(0.305, 12);
    expect(outliers.map((o) => [o.index, o.side])).toEqual([[9, "low"]]);
    // MAD = 0.01, so 1.4826 · MAD = 0.0148; the floor, 5 % of the median (0.01525), is larger
    // and is the spread: |0.02 − 0.305| / 0.01525 = 18.7.
    expect(outliers[0]!.strength).toBeCloseTo(0.285 / (1e-9 + 0.01525), 9);
  });
  it("never flags four territories in ten: they are a group, not outliers (the issue's counter-example)", () => {
    const values = [0.5, 0.52, 0.49, 0.51, 0.5, 0.53, 0.1, 0.12, 0.11, 0.09];
    expect(robustOutliers(values).outliers).toEqual([]);
  });
  it("flags two in ten, on one side", () => {
    const values = [0.5, 0.52, 0.49, 0.51, 0.5, 0.53, 0.5, 0.51, 0.1, 0.12];
    expect(robustOutliers(values).outliers.map((o) => o.index)).toEqual([8, 9]);
  });
  it("a value 2 robust sds away is not an outlier any more (the old rule flagged it)", () => {
    // median 1, MAD 0.05: 1.2 lies 0.2 / (1.4826 · 0.05) = 2.7 robust sds away.
    const values = [1, 1.1, 0.9, 1, 1.05, 0.95, 1.2];
    expect(robustOutliers(values).outliers).toEqual([]);
  });
  it("ignores nulls and needs three values", () => {
    expect(robustOutliers([null, 1, 100])).toEqual({ median: null, count: 2, outliers: [] });
    expect(robustOutliers([1, 1, 1, null, 9]).outliers.map((o) => o.index)).toEqual([4]);
  });
});
