import { describe, expect, it } from "vitest";
import { isTopShareReadable, topShare, topShareActors } from "../../src/index.js";

describe("topShareActors(n, f) and isTopShareReadable(n, f)", () => {
  it("on 16 actors the top 1 % and 5 % are one actor and 10 % is 1.6 actors: none is readable", () => {
    expect([0.01, 0.05, 0.1].map((f) => topShareActors(16, f))).toEqual([1, 1, 2]);
    expect([0.01, 0.05, 0.1].map((f) => isTopShareReadable(16, f))).toEqual([false, false, false]);
  });
  it("on 36 actors only the top 10 % (3.6 actors) is readable; on 200, all three", () => {
    expect([0.01, 0.05, 0.1].map((f) => isTopShareReadable(36, f))).toEqual([false, false, true]);
    expect([0.01, 0.05, 0.1].map((f) => isTopShareReadable(200, f))).toEqual([true, true, true]);
    expect(topShareActors(200, 0.01)).toBe(2);
  });
  it("topShare sums exactly topShareActors values", () => {
    const values = [5, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(topShareActors(values.length, 0.1)).toBe(2);
    expect(topShare(values, 0.1)).toBeCloseTo(6 / 10, 12);
  });
});
