import { describe, expect, it } from "vitest";
import { plantedPartition } from "../graphs/planted-partition.js";

describe("plantedPartition(options)", () => {
  const options = { groups: 6, size: 200, pIn: 0.05, pOut: 0.002, seed: 4 };
  const graph = plantedPartition(options);

  it("draws the same graph from the same seed, another from another seed", () => {
    const again = plantedPartition(options);
    expect(again.source).toEqual(graph.source);
    expect(again.target).toEqual(graph.target);
    expect(plantedPartition({ ...options, seed: 5 }).source).not.toEqual(graph.source);
  });

  it("numbers groups of `size` consecutive actors", () => {
    expect(graph.order).toBe(1200);
    expect(graph.groupOf[0]).toBe(0);
    expect(graph.groupOf[199]).toBe(0);
    expect(graph.groupOf[200]).toBe(1);
    expect(graph.groupOf[1199]).toBe(5);
  });

  it("draws each pair once, without self-loops", () => {
    const pairs = new Set<number>();
    for (let e = 0; e < graph.source.length; e++) {
      const u = graph.source[e]!;
      const v = graph.target[e]!;
      expect(u).toBeLessThan(v);
      pairs.add(u * graph.order + v);
    }
    expect(pairs.size).toBe(graph.source.length);
  });

  it("links pairs inside and between groups at pIn and pOut (within 5 standard deviations)", () => {
    let inside = 0;
    for (let e = 0; e < graph.source.length; e++)
      if (graph.groupOf[graph.source[e]!] === graph.groupOf[graph.target[e]!]) inside++;
    const between = graph.source.length - inside;
    const insidePairs = 6 * ((200 * 199) / 2);
    const betweenPairs = (1200 * 1199) / 2 - insidePairs;
    const within = (count: number, pairs: number, p: number) =>
      Math.abs(count - pairs * p) <= 5 * Math.sqrt(pairs * p * (1 - p));
    expect(within(inside, insidePairs, 0.05)).toBe(true);
    expect(within(between, betweenPairs, 0.002)).toBe(true);
  });

  it("rejects a probability outside [0, 1]", () => {
    expect(() => plantedPartition({ ...options, pIn: 1.5 })).toThrow(/probabilities in \[0, 1\]/);
  });
});
