import {
  approximateCloseness,
  betweenness,
  betweennessWeighted,
  closeness,
  computeApproximateBetweenness,
  harmonic,
  nullModels,
  rewire,
  sampledShortestPaths,
} from "@catalyse/core";
import { afterAll, describe, expect, it } from "vitest";
import {
  createNodePool,
  parallelApproximateBetweenness,
  parallelApproximateCloseness,
  parallelBetweenness,
  parallelCloseness,
  parallelClosenessFigures,
  parallelNullReplicates,
  parallelReplicates,
  rewiredMetric,
  sourceRanges,
  type WorkerPool,
} from "../src/node.js";
import { pathIndex, preferentialIndex, withIsolates } from "./helpers.js";

const undirected = withIsolates(preferentialIndex(400, 3, 1), 5);
const directed = preferentialIndex(300, 2, 2, true);

function expectWithin(got: Float64Array, expected: Float64Array, relative: number): void {
  expect(got.length).toBe(expected.length);
  for (let i = 0; i < got.length; i++)
    expect(Math.abs(got[i]! - expected[i]!)).toBeLessThanOrEqual(relative * Math.abs(expected[i]!) + 1e-15);
}

describe("worker pool on Node worker_threads (TypeScript sources through tsx)", () => {
  const pools: WorkerPool[] = [];
  const pool = (threads: number): WorkerPool => {
    const created = createNodePool({ threads });
    pools.push(created);
    return created;
  };
  const one = pool(1);
  const two = pool(2);
  const three = pool(3);
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  for (const [name, index] of [
    ["undirected, with isolates", undirected],
    ["directed", directed],
  ] as const) {
    it(`gives bit-identical exact betweenness on 1, 2 and 3 threads (${name})`, async () => {
      const a = await parallelBetweenness(one, index);
      const b = await parallelBetweenness(two, index);
      const c = await parallelBetweenness(three, index);
      expect(b).toEqual(a);
      expect(c).toEqual(a);
    });

    it(`equals core's sequential betweenness and betweennessWeighted within 1e-12 relative (${name})`, async () => {
      expectWithin(
        await parallelBetweenness(two, index),
        Float64Array.from(betweenness.compute(index)),
        1e-12,
      );
      expectWithin(
        await parallelBetweenness(two, index, { weighted: true }),
        Float64Array.from(betweennessWeighted.compute(index)),
        1e-12,
      );
      expectWithin(
        await parallelBetweenness(two, index, { normalized: false }),
        Float64Array.from(betweenness.compute(index, { normalized: false })),
        1e-12,
      );
    });

    it(`gives exactly core's closeness and harmonic on 1, 2 and 3 threads (${name})`, async () => {
      const expectedCloseness = Float64Array.from(closeness.compute(index, undefined));
      const expectedHarmonic = Float64Array.from(harmonic.compute(index, undefined));
      for (const threads of [one, two, three]) {
        expect(await parallelCloseness(threads, index)).toEqual(expectedCloseness);
        expect(await parallelCloseness(threads, index, { kind: "harmonic" })).toEqual(expectedHarmonic);
      }
      // Both from one search.
      expect(await parallelClosenessFigures(two, index, ["closeness", "harmonic"])).toEqual({
        closeness: expectedCloseness,
        harmonic: expectedHarmonic,
      });
    });

    it(`gives exactly core's sequential approximate betweenness for the same seed (${name})`, async () => {
      const options = { epsilon: 0.05, delta: 0.1, seed: 11 };
      const sequential = computeApproximateBetweenness(index, options);
      const spread = await parallelApproximateBetweenness(two, index, options);
      expect(spread.plan).toEqual(sequential.plan);
      expect(spread.values).toEqual(sequential.values);
    });

    it(`gives exactly core's sequential approximate closeness and harmonic on 1, 2 and 3 threads (${name})`, async () => {
      for (const seed of [3, 4, 5]) {
        // 100 sources: four batches of 32, so the parts really differ by thread count.
        const options = { sources: 100, seed };
        const sequential = approximateCloseness(index, options);
        for (const threads of [one, two, three])
          expect(await parallelApproximateCloseness(threads, index, options)).toEqual(sequential);
      }
      // Every source: the exact values.
      const all = await parallelApproximateCloseness(two, index, { sources: index.order });
      expect(all.exact).toBe(true);
      expectWithin(all.closeness, Float64Array.from(closeness.compute(index, undefined)), 1e-12);
    });
  }

  it("falls back to one search per source where a long chain has too many levels", async () => {
    // A 5,000-actor path: n × levels passes the multi-source search's counters.
    const path = pathIndex(5000);
    const options = { sources: 40, seed: 9 };
    expect(await parallelApproximateCloseness(two, path, options)).toEqual(
      approximateCloseness(path, options),
    );
    // Exact closeness there: one search per actor, split by actor.
    expectWithin(
      await parallelCloseness(two, path),
      Float64Array.from(closeness.compute(path, undefined)),
      1e-12,
    );
  });

  it("spreads rewiring replicates over workers with the sequential loop's results", async () => {
    const seeds = [1, 2, 3, 4, 5, 6];
    const params = { metric: "closeness", swapsPerLink: 2 } as const;
    const spread = await parallelReplicates(two, undirected, seeds, { builtin: "rewired-metric", params });
    const sequential = seeds.map((seed) => rewiredMetric(undirected, seed, params));
    expect(spread).toEqual(sequential);
    // A replicate is core's rewire with its seed (one implementation), then the metric.
    const { index: rewired, swaps } = rewire(undirected, { seed: 1, swapsPerLink: 2 });
    expect(sequential[0]).toEqual({ seed: 1, swaps, values: Float64Array.from(closeness.compute(rewired)) });
    // Different seeds really rewire differently.
    expect(spread[0]!.values).not.toEqual(spread[1]!.values);
  });

  it("spreads the null models' rewirings with exactly nullModels' sequential result", async () => {
    const index = preferentialIndex(120, 2, 4);
    const sequential = nullModels(index, { replicates: 6, seed: 5 });
    const rewired = await parallelNullReplicates(two, index, { replicates: 6, seed: 5 });
    expect(nullModels(index, { replicates: 6, seed: 5, rewired })).toEqual(sequential);
    // Sampled shortest paths, as analyze uses above the exact budget.
    const sampled = { epsilon: 0.1, seed: 2 };
    const paths = sampledShortestPaths(sampled);
    const spread = await parallelNullReplicates(three, index, { replicates: 4, seed: 5, sampled });
    expect(nullModels(index, { replicates: 4, seed: 5, shortestPaths: paths, rewired: spread })).toEqual(
      nullModels(index, { replicates: 4, seed: 5, shortestPaths: paths }),
    );
  });

  it("runs replicates exported by a module the workers import", async () => {
    const module = new URL("./fixtures/replicate-module.ts", import.meta.url).href;
    const spec = { module, exportName: "degreeShuffle", params: { draws: 5 } };
    const spread = await parallelReplicates<number[]>(two, undirected, [7, 8, 9], spec);
    const { degreeShuffle } = await import("./fixtures/replicate-module.js");
    expect(spread).toEqual([7, 8, 9].map((seed) => degreeShuffle(undirected, seed, { draws: 5 })));
  });

  it("reports a failing task as a rejected promise naming the cause", async () => {
    const spec = { module: "file:///nowhere/missing.js", params: {} };
    await expect(parallelReplicates(two, undirected, [1], spec)).rejects.toThrow(/worker task failed/);
    // The pool still works afterwards.
    expect(await parallelCloseness(two, directed)).toEqual(
      Float64Array.from(closeness.compute(directed, undefined)),
    );
  });

  it("reports progress once per block", async () => {
    const steps: number[] = [];
    await parallelBetweenness(two, directed, { onProgress: (done) => steps.push(done) });
    expect(steps).toEqual(sourceRanges(directed.order).map((_, i) => i + 1));
  });

  it("handles empty and one-actor territories", async () => {
    const empty = preferentialIndex(0, 1, 1);
    const single = preferentialIndex(1, 1, 1);
    expect(await parallelBetweenness(two, empty)).toEqual(new Float64Array(0));
    expect(await parallelBetweenness(two, single)).toEqual(new Float64Array(1));
    expect(await parallelCloseness(two, single)).toEqual(new Float64Array(1));
  });
});

describe("sourceRanges", () => {
  it("covers every actor once in contiguous ranges, whatever the thread count", () => {
    for (const n of [0, 1, 5, 64, 65, 1000]) {
      const ranges = sourceRanges(n);
      expect(ranges.reduce((sum, [s, e]) => sum + e - s, 0)).toBe(n);
      for (const [i, [s]] of ranges.entries()) expect(s).toBe(i === 0 ? 0 : ranges[i - 1]![1]);
    }
  });
});
