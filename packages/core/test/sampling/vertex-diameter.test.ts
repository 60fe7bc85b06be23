import { describe, expect, it } from "vitest";
import { vertexDiameterBound } from "../../src/index.js";
import { fromPairs, randomIndex } from "./helpers.js";

/** The true vertex diameter by breadth-first search from every actor. */
function trueVertexDiameter(index: ReturnType<typeof fromPairs>): number {
  let best = index.order > 0 ? 1 : 0;
  for (let s = 0; s < index.order; s++) {
    const distance = new Int32Array(index.order).fill(-1);
    distance[s] = 0;
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h]!;
      best = Math.max(best, distance[v]! + 1);
      for (let k = index.offsets[v]!; k < index.offsets[v + 1]!; k++) {
        const w = index.targets[k]!;
        if (distance[w] === -1) {
          distance[w] = distance[v]! + 1;
          queue.push(w);
        }
      }
    }
  }
  return best;
}

describe("vertexDiameterBound", () => {
  it("is an upper bound at most twice the true vertex diameter on random territories", () => {
    for (const seed of [1, 2, 3, 4]) {
      const index = randomIndex(120, 160, seed);
      const truth = trueVertexDiameter(index);
      const { vertexDiameter } = vertexDiameterBound(index);
      expect(vertexDiameter).toBeGreaterThanOrEqual(truth);
      expect(vertexDiameter).toBeLessThanOrEqual(2 * truth + 1);
    }
  });
  it("bounds directed territories, strongly connected or not", () => {
    for (const seed of [1, 2]) {
      const index = randomIndex(80, 240, seed, true);
      expect(vertexDiameterBound(index).vertexDiameter).toBeGreaterThanOrEqual(trueVertexDiameter(index));
    }
    const cycle = fromPairs(5, [0, 1, 2, 3, 4], [1, 2, 3, 4, 0], true);
    expect(vertexDiameterBound(cycle)).toEqual({ vertexDiameter: 5, loose: false });
    const chain = fromPairs(3, [0, 1], [1, 2], true);
    expect(vertexDiameterBound(chain)).toEqual({ vertexDiameter: 3, loose: true });
  });
  it("is 0 on an empty territory and 1 on isolates", () => {
    expect(vertexDiameterBound(fromPairs(0, [], [])).vertexDiameter).toBe(0);
    expect(vertexDiameterBound(fromPairs(3, [], [])).vertexDiameter).toBe(1);
  });
});
