import { describe, expect, it } from "vitest";
import { runCatalyse } from "../helpers/run-catalyse.js";

const SEED = "datasets/seed-ecosystem";

describe("catalyse analyze --core-model", () => {
  it("computes the core under B&E's relaxed model on request, the ideal one by default, and says which", async () => {
    const [ideal, relaxed] = await Promise.all([
      runCatalyse(["analyze", SEED, "--format", "json"]),
      runCatalyse(["analyze", SEED, "--format", "json", "--core-model", "relaxed"]),
    ]);
    expect(ideal.code).toBe(0);
    expect(relaxed.code).toBe(0);
    const idealCore = JSON.parse(ideal.stdout).graph.corePeriphery;
    const relaxedCore = JSON.parse(relaxed.stdout).graph.corePeriphery;
    expect(idealCore.model).toBe("ideal");
    expect(relaxedCore.model).toBe("relaxed");
    // The two models score different patterns; on the seed ecosystem the relaxed one fits better.
    expect(relaxedCore.fit).toBeGreaterThan(idealCore.fit);
  });

  it("refuses another model, naming the expected values, in the user's language", async () => {
    const run = await runCatalyse(["analyze", SEED, "--core-model", "ucinet", "--lang", "fr"]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/--core-model ucinet : attendu l’un de ideal, relaxed/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
