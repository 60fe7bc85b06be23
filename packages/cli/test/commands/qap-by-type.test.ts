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
    // The readings travel with the figures: one effect per predictor, citing its coefficient.
    const effects = result.readings.filter((r: { id: string }) => r.id === "methods.qap.effect");
    expect(effects).toHaveLength(2);
    expect(effects[0].figures["coefficients.same-world"]).toBe(result.coefficients["same-world"]);
  });

  it("explains the result in plain words, in French on request", async () => {
    const run = await runCatalyse(["qap", SEED, "--permutations", "20", "--lang", "fr"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/régression QAP \(linéaire, comme R sna::netlm\)/);
    expect(run.stdout).toMatch(/Facteur\s+Coefficient\s+valeur t\s+valeur p/);
    expect(run.stdout).toMatch(
      /- same-world : coefficient -?[\d,]+ : chaque unité \(pour un facteur oui ou non, le fait de le partager\) (augmente|diminue) la probabilité d’un lien/,
    );
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
    expect(table.stdout).toMatch(/Kind of alliance\s+Links\s+Actors\s+Density/);
    const reading = document.readings.find((r: { id: string }) => r.id.startsWith("methods.layers."));
    expect(reading.id).toBe(
      document.layers.differentActors ? "methods.layers.different" : "methods.layers.same",
    );
    // The layers reading is printed verbatim with the other readings; brokers by label, not id.
    expect(table.stdout).toContain(reading.text);
    expect(table.stdout).toContain("GAIA");
    expect(table.stdout).toMatch(/^- Do the kinds of alliance rest on different actors\? (Yes|No)/m);
  });
});
