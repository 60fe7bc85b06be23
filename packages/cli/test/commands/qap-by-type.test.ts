import { describe, expect, it } from "vitest";
import { runCatalyse } from "../helpers/run-catalyse.js";

const SEED = "datasets/seed-ecosystem";

describe("catalyse qap", () => {
  it("prints the issue's JSON shape, the same for the same seed, with co-membership from the territory's collectives", async () => {
    const args = [
      "qap",
      SEED,
      "--predictors",
      "same-world,co-membership",
      "--permutations",
      "50",
      "--seed",
      "4",
    ];
    const [first, second] = await Promise.all([
      runCatalyse([...args, "--format", "json"]),
      runCatalyse([...args, "--format", "json"]),
    ]);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const result = JSON.parse(first.stdout);
    expect(Object.keys(result.coefficients)).toEqual(["intercept", "same-world", "co-membership"]);
    expect(Object.keys(result.pValues)).toEqual(["intercept", "same-world", "co-membership"]);
    expect(result).toMatchObject({ method: "ols", permutations: 50, seed: 4, ties: "presence" });
    expect(result.r2).toBeGreaterThan(0);
  });

  it("explains the result in plain words, in French on request", async () => {
    const run = await runCatalyse(["qap", SEED, "--permutations", "20", "--lang", "fr"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/régression QAP \(linéaire, comme R sna::netlm\)/);
    expect(run.stdout).toMatch(/- same-world : (augmente|diminue) la probabilité d’un lien/);
  });

  it("refuses an unknown predictor with the territory's attributes, exit code 2", async () => {
    const run = await runCatalyse(["qap", SEED, "--predictors", "budget"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown predictor "budget": no actor has an attribute "budget"/);
  });
});

describe("catalyse analyze --by-type", () => {
  it("adds the layers section to the JSON and the kinds-of-alliance table", async () => {
    const [json, table] = await Promise.all([
      runCatalyse(["analyze", SEED, "--by-type", "--format", "json"]),
      runCatalyse(["analyze", SEED, "--by-type"]),
    ]);
    expect(json.code).toBe(0);
    const document = JSON.parse(json.stdout);
    expect(document.layers.layers.length).toBeGreaterThan(1);
    expect(document.layers.typesSpanned).toHaveLength(document.actors.length);
    expect(document.graph.corePeriphery.core.length).toBeGreaterThan(0);
    expect(table.stdout).toContain("Kinds of alliance (one network per link type)");
    expect(table.stdout).toMatch(/The kinds of alliance rest on (different|the same) actors/);
  });
});
