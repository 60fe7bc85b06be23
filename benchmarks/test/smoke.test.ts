import { describe, expect, it } from "vitest";
import { pythonContendersAvailable } from "../lib/python-worker.js";
import { median } from "../lib/results.js";
import { runBenchmarks } from "../run.js";

describe("the benchmark harness (smoke mode: tiny graphs, one repetition, nothing written)", () => {
  it("times every suite's contenders, interleaved, with the load around each row", {
    timeout: 180_000,
  }, async () => {
    const lines: string[] = [];
    const results = await runBenchmarks({
      smoke: true,
      readme: false,
      resultsDir: null,
      log: (l) => lines.push(l),
    });
    expect(results.map((r) => r.suite).sort()).toEqual(["centrality", "communities", "start-up"]);
    for (const suite of results) {
      expect(suite.rows.length).toBeGreaterThan(0);
      for (const row of suite.rows) {
        const timings = Object.values(row.contenders);
        expect(timings.length).toBeGreaterThan(0);
        for (const t of timings) {
          expect(t.samples).toHaveLength(1);
          expect(median(t.samples)).toBeGreaterThan(0);
        }
        expect(row.loadBefore).toBeGreaterThanOrEqual(0);
      }
    }
    const centrality = results.find((r) => r.suite === "centrality")!;
    const row = (metric: string) => centrality.rows.find((r) => r.metric === metric)!;
    expect(Object.keys(row("closeness").contenders)).toEqual(
      pythonContendersAvailable()
        ? ["Catalyse", "graphology-metrics", "igraph", "NetworkX"]
        : ["Catalyse", "graphology-metrics"],
    );
    expect(row("betweenness (index prebuilt)").nsPerLinkVisit).toBeGreaterThan(0);
    expect(centrality.linkVisitFloorNs).toBeGreaterThan(0);
    const communities = results.find((r) => r.suite === "communities")!;
    for (const r of communities.rows)
      for (const t of Object.values(r.contenders)) expect(t.quality).toBeGreaterThan(0.2);
  });
});
