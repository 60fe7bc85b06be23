import { describe, expect, it } from "vitest";
import { approximateCloseness, closeness, closenessSourceCount, harmonic } from "../../src/index.js";
import { randomIndex } from "./helpers.js";

function maxError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  return worst;
}

describe("approximateCloseness", () => {
  const graphs = [
    ["an undirected territory with several components", randomIndex(300, 330, 1)],
    ["a directed territory", randomIndex(250, 700, 2, true)],
  ] as const;

  for (const [name, index] of graphs) {
    it(`equals closeness and harmonic centrality when every actor is a source (${name})`, () => {
      const result = approximateCloseness(index, { sources: index.order });
      expect(result.exact).toBe(true);
      expect(maxError(result.closeness, closeness.compute(index))).toBeLessThan(1e-12);
      expect(maxError(result.harmonic, harmonic.compute(index))).toBeLessThan(1e-12);
    });

    it(`puts harmonic centrality within ε over several seeds (${name})`, () => {
      const exact = harmonic.compute(index);
      for (const seed of [1, 2, 3]) {
        const result = approximateCloseness(index, { epsilon: 0.2, seed });
        expect(result.sources).toBe(closenessSourceCount(index.order, 0.2, 0.1));
        expect(result.exact).toBe(false);
        expect(maxError(result.harmonic, exact)).toBeLessThanOrEqual(0.2);
      }
    });
  }

  it("refuses ε or δ outside (0, 1)", () => {
    expect(() => closenessSourceCount(10, 0, 0.1)).toThrow(/epsilon/);
  });
});
