import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  formatProblem as formatEnglish,
  InputError,
  type InputProblem,
  readTerritoryCsv,
} from "@catalyse/io";
import { createTranslator } from "@catalyse/readings";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../src/format-problem.js";

const formatWarning = (problem: InputProblem, t: ReturnType<typeof createTranslator>) =>
  t.t("cli.warning", { text: formatProblem(problem, t) });

import { runCli } from "../src/index.js";

const en = createTranslator("en");
const fr = createTranslator("fr");

/** The problems of reading a CSV territory (errors and warnings). */
function problemsOf(actors: string, links: string): InputProblem[] {
  try {
    return readTerritoryCsv({
      actors: { name: "actors.csv", data: actors },
      links: { name: "links.csv", data: links },
    }).warnings;
  } catch (error) {
    if (error instanceof InputError) return [...error.problems];
    throw error;
  }
}

describe("formatProblem(problem, translator)", () => {
  const problems = [
    ...problemsOf(
      "id,world\na,x\na,y\nb,\n",
      "source,target,weight,start,end\na,zz,2,2014,2012\na,b,deux,,\n",
    ),
    ...problemsOf("nom\nx\n", "source\n"),
    ...problemsOf("id\na\nb\n", "source,target\na,b\nb,a\na,a\n"),
  ];

  it("gives every problem a code and params", () => {
    expect(problems.length).toBeGreaterThanOrEqual(8);
    for (const problem of problems) expect(problem.code, problem.found).toBeDefined();
  });

  it("in English, is exactly the text the readers wrote (one source: the input catalogue)", () => {
    for (const problem of problems) expect(formatProblem(problem, en)).toBe(formatEnglish(problem));
  });

  it("in French, says the same things in French", () => {
    const lines = problems.map((problem) => formatProblem(problem, fr));
    expect(lines).toContain(
      "actors.csv:3:1 (colonne « id ») : identifiant d’acteur en double « a » (déjà utilisé à la ligne 2) ; attendu : un identifiant unique pour chaque acteur",
    );
    expect(lines).toContain(
      "links.csv:2:3 (colonne « target ») : target « zz » n’est l’identifiant d’aucun acteur ; attendu : un identifiant présent dans actors.csv",
    );
    expect(lines).toContain(
      "links.csv:3:5 (colonne « weight ») : « deux » ; attendu : un nombre > 0, par exemple 2.5 (une cellule vide vaut 1)",
    );
    expect(lines).toContain(
      'actors.csv:1:1 (colonne « id ») : les colonnes "nom" ; attendu : une colonne nommée id (ou identifiant)',
    );
    for (const line of lines) expect(line, line).not.toMatch(/expected|found|column "/);
  });

  it("translates warnings with their counts", () => {
    const loops = problems.find((problem) => problem.code === "self-loops")!;
    expect(formatWarning(loops, fr)).toBe(
      "avertissement : links.csv:4:3 (colonne « target ») : 1 boucle (un acteur lié à lui-même) supprimée (première sur cette ligne) ; attendu : des liens entre deux acteurs différents (les boucles sont supprimées)",
    );
    expect(formatWarning(loops, en)).toBe(`warning: ${formatEnglish(loops)}`);
  });

  it("keeps the English text of a problem without a code", () => {
    const problem: InputProblem = { file: "f", found: "something", expected: "else", severity: "error" };
    expect(formatProblem(problem, fr)).toBe("f : something ; attendu : else");
  });
});

describe("the CLI speaks the language of LANG (or --lang)", () => {
  it("validate and analyze report input problems in French under LANG=fr_FR.UTF-8", async () => {
    const dir = mkdtempSync(join(tmpdir(), "catalyse-fr-"));
    writeFileSync(join(dir, "actors.csv"), "id\na\na\n");
    writeFileSync(join(dir, "links.csv"), "source,target\n");
    let out = "";
    const context = {
      stdout: (text: string) => {
        out += text;
      },
      stderr: (text: string) => {
        out += text;
      },
      stderrIsTTY: false,
      cwd: dir,
      env: { LANG: "fr_FR.UTF-8" },
    };
    expect(await runCli(["validate", "."], context)).toBe(1);
    expect(out).toContain("identifiant d’acteur en double « a »");
    out = "";
    expect(await runCli(["analyze", "."], context)).toBe(1);
    expect(out).toContain("identifiant d’acteur en double « a » (déjà utilisé à la ligne 2)");
    out = "";
    expect(await runCli(["analyze", ".", "--lang", "en"], context)).toBe(1);
    expect(out).toContain('duplicate actor id "a" (first used on line 2)');
  });
});
