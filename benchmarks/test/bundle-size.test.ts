import { describe, expect, it } from "vitest";
import { BUDGET_BYTES, measureBundle } from "../bundle-size/measure.mjs";

describe("browser bundle size budget", () => {
  it("analyze + readTerritoryCsv, minified and gzipped, stays under the stated budget", async () => {
    const { minified, gzipped } = await measureBundle();
    // A real bundle (graphology, the metrics, the CSV reader): far above an empty one.
    expect(minified).toBeGreaterThan(100_000);
    expect(gzipped).toBeLessThan(minified);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  }, 120_000);
});
