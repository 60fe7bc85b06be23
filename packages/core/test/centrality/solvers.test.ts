/**
 * The solvers behind PageRank and eigenvector centrality (issue 19) keep the
 * power iteration's stopping rules: a further power step from their answer
 * changes it by less than the tolerance. Checked here against that step written
 * out plainly, on fixtures of every shape the methods treat differently.
 */
import { describe, expect, it } from "vitest";
import { largestTridiagonalEigenpair } from "../../src/centrality/tridiagonal-eigen.js";
import { createCompactIndex, eigenvector, pagerankValues } from "../../src/index.js";
import { type FixtureGraph, fixtureTerritory, readFixture } from "../helpers/fixture-territory.js";

const DIR = new URL("../fixtures/centrality/", import.meta.url);
const indexOf = (name: string) =>
  createCompactIndex(fixtureTerritory(readFixture<FixtureGraph>(new URL(`${name}.json`, DIR))));

describe("largestTridiagonalEigenpair", () => {
  it("finds 2 + 2 cos(π / (k + 1)) for tridiag(1, 2, 1) of every size up to 40", () => {
    for (let k = 1; k <= 40; k++) {
      const diagonal = new Float64Array(k).fill(2);
      const off = new Float64Array(k).fill(1);
      const { value, vector } = largestTridiagonalEigenpair(diagonal, off, k);
      expect(Math.abs(value - (2 + 2 * Math.cos(Math.PI / (k + 1))))).toBeLessThan(1e-13);
      let residual = 0;
      for (let i = 0; i < k; i++) {
        const t = 2 * vector[i]! + (i > 0 ? vector[i - 1]! : 0) + (i < k - 1 ? vector[i + 1]! : 0);
        residual = Math.max(residual, Math.abs(t - value * vector[i]!));
      }
      expect(residual).toBeLessThan(1e-12);
    }
  });
});

/** ‖x' − x‖₁ for one step of NetworkX's PageRank power iteration from x. */
function pagerankStep(index: ReturnType<typeof indexOf>, x: ArrayLike<number>, alpha = 0.85): number {
  const n = index.order;
  const strength = new Float64Array(n);
  for (let u = 0; u < n; u++)
    for (let k = index.offsets[u]!; k < index.offsets[u + 1]!; k++) strength[u]! += index.weights[k]!;
  let dangling = 0;
  for (let u = 0; u < n; u++) if (strength[u] === 0) dangling += x[u]!;
  let change = 0;
  for (let v = 0; v < n; v++) {
    let sum = 0;
    for (let k = index.inOffsets[v]!; k < index.inOffsets[v + 1]!; k++) {
      const u = index.inSources[k]!;
      sum += (x[u]! * index.inWeights[k]!) / strength[u]!;
    }
    change += Math.abs(alpha * (sum + dangling / n) + (1 - alpha) / n - x[v]!);
  }
  return change;
}

describe.each(["ba-2500-weighted", "tied-components", "sparse-components", "directed-weighted-dangling"])(
  "on %s",
  (name) => {
    const index = indexOf(name);

    it.each([1e-6, 1e-9, 1e-12])("PageRank at tolerance %s passes nx.pagerank's own test", (tolerance) => {
      const result = pagerankValues(index, { tolerance });
      expect(result.converged).toBe(true);
      expect(pagerankStep(index, result.values)).toBeLessThan(index.order * tolerance);
      expect(result.values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    });
  },
);

describe.each(["barbell-weighted", "ba-2500-weighted", "les-miserables-weighted"])("on %s", (name) => {
  it("eigenvector: one more power step on A + I moves no entry by more than the tolerance", () => {
    const index = indexOf(name);
    const x = [...eigenvector(index).values()];
    const y = x.map((xv, v) => {
      let sum = xv;
      for (let k = index.inOffsets[v]!; k < index.inOffsets[v + 1]!; k++)
        sum += index.inWeights[k]! * x[index.inSources[k]!]!;
      return sum;
    });
    const norm = Math.hypot(...y);
    const change = Math.max(...y.map((yv, v) => Math.abs(yv / norm - x[v]!)));
    expect(change).toBeLessThan(2e-12);
    expect(Math.min(...x)).toBeGreaterThan(0);
  });
});
