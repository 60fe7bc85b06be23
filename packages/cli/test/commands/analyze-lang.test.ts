import { analysisReadings } from "@catalyse/readings";
import { describe, expect, it } from "vitest";
import { runCatalyseInProcess } from "../helpers/run-catalyse.js";

const run = runCatalyseInProcess;

const SEED = "datasets/seed-ecosystem";

describe("catalyse analyze --format json --lang", () => {
  it("carries the readings in French with --lang fr, the keys staying the same", async () => {
    const { code, stdout } = await run(["analyze", SEED, "--format", "json", "--lang", "fr"]);
    expect(code).toBe(0);
    const document = JSON.parse(stdout);
    const { readings, ...rest } = document;
    // The document's own keys are unchanged by the language.
    const english = JSON.parse((await run(["analyze", SEED, "--format", "json", "--lang", "en"])).stdout);
    expect(Object.keys(document)).toEqual(Object.keys(english));
    expect(rest.graph).toEqual(english.graph);
    expect(readings).toEqual(analysisReadings(rest, { lang: "fr" }));
    expect(readings[0].text).toMatch(/^35 acteurs de 6 mondes, reliés par 142 liens/);
    // The seed's data names GAIA « catalyseur territorial »: the governance reading says so.
    const texts = readings.map((r: { text: string }) => r.text).join("\n");
    expect(texts).toContain("donnent à GAIA le rôle « catalyseur territorial », qui désigne un facilitateur");
  });
  it("takes the language from LC_ALL, then LANG, else English", async () => {
    const text = async (env: Record<string, string>) =>
      JSON.parse((await run(["analyze", SEED, "--format", "json"], env)).stdout).readings[0].text as string;
    expect(await text({ LANG: "fr_FR.UTF-8" })).toMatch(/^35 acteurs/);
    expect(await text({ LC_ALL: "en_GB.UTF-8", LANG: "fr_FR.UTF-8" })).toMatch(/^35 actors/);
    expect(await text({})).toMatch(/^35 actors/);
  });
  it("refuses a language it does not speak", async () => {
    const { code, stderr } = await run(["analyze", SEED, "--format", "json", "--lang", "de"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--lang de is not supported; expected fr or en");
  });
});
