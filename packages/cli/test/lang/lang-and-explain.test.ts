import { GLOSSARY_TERMS } from "@catalyse/readings";
import { describe, expect, it } from "vitest";
import { runCatalyseInProcess } from "../helpers/run-catalyse.js";

const run = runCatalyseInProcess;

describe("the language of every command", () => {
  it("is --lang when given, else LC_ALL, then LANG, else English", async () => {
    expect((await run(["--help"], { LANG: "fr_FR.UTF-8" })).stdout).toMatch(/^catalyse : mesurer/);
    expect((await run(["--help", "--lang", "en"], { LANG: "fr_FR.UTF-8" })).stdout).toMatch(
      /^catalyse: measure/,
    );
    expect((await run(["--help"], { LC_ALL: "C", LANG: "fr_FR.UTF-8" })).stdout).toMatch(
      /^catalyse: measure/,
    );
    expect((await run(["--help"])).stdout).toMatch(/^catalyse: measure/);
  });

  it("speaks in errors and usage too", async () => {
    const bad = await run(["analyze", "datasets/seed-ecosystem", "--format", "xml", "--lang=fr"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      "catalyse analyze : --format xml n’est pas pris en charge ; attendu l’un de table, json, csv\n`catalyse analyze --help` en donne l’usage.\n",
    );
    const unknown = await run(["analyze", "--bogus"], { LANG: "fr_FR" });
    expect(unknown.stderr).toContain("option inconnue --bogus");
  });

  it("refuses a language it does not speak, in the language it would have used", async () => {
    const run2 = await run(["analyze", "--lang", "de"], { LANG: "fr_FR" });
    expect(run2.code).toBe(2);
    expect(run2.stderr).toBe("--lang de n’est pas prise en charge ; attendu fr ou en\n");
  });
});

describe("catalyse explain", () => {
  it("gives one plain line for a term, found by its name in either language", async () => {
    const en = await run(["explain", "betweenness"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^betweenness: .+\.\n$/);
    const fr = await run(["explain", "betweenness", "--lang", "fr"]);
    expect(fr.stdout).toMatch(/^intermédiarité : .+\.\n$/);
    expect((await run(["explain", "indice E-I", "--lang", "fr"])).stdout).toMatch(/^indice E-I : /);
  });

  it("lists every term of the glossary without an argument", async () => {
    const all = await run(["explain"]);
    expect(all.stdout.trimEnd().split("\n")).toHaveLength(GLOSSARY_TERMS.length);
  });

  it("says when a term is not in the glossary, with exit 2", async () => {
    const unknown = await run(["explain", "flux capacitor"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("no term “flux capacitor” in the glossary");
  });
});
