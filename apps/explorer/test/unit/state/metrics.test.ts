import { createEmptyActor } from "@catalyse/core";
import { describe, expect, test } from "vitest";
import { availableMetrics, metricRanks, metricValue } from "../../../src/state/metrics.js";

describe("coreness as a metric", () => {
  test("absent or null coreness reads as not computed, and the metric is then not offered", () => {
    const older = createEmptyActor("__proto__", "A", "association");
    delete older.coreness;
    expect(metricValue(older, "coreness")).toBeNull();
    expect(availableMetrics([older]).map((m) => m.key)).not.toContain("coreness");
  });

  test("computed coreness is offered and ranked, highest first", () => {
    const actors = [0.1, 0.7, 0.2].map((coreness, i) => ({
      ...createEmptyActor(["__proto__", "constructor", "x"][i]!, "", "w"),
      coreness,
    }));
    expect(availableMetrics(actors).map((m) => m.key)).toContain("coreness");
    expect([...metricRanks(actors, "coreness")]).toEqual([
      ["constructor", 1],
      ["x", 2],
      ["__proto__", 3],
    ]);
  });
});
