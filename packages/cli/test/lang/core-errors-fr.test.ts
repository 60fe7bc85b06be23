/**
 * Core's errors printed in French: every QAP error a command line can reach
 * (the others are misuses of the library functions, tested in
 * @catalyse/readings), a territory issue reported through the readers
 * (duplicate memberships), and a TerritoryError reaching the CLI's error
 * report. Each is checked for the French words and for no English left.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTerritory } from "@catalyse/core";
import { createTranslator } from "@catalyse/readings";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/context.js";
import { reportError } from "../../src/report-error.js";
import { REPO_ROOT } from "../datasets/dataset-folders.js";
import { runInProcess } from "../helpers/run-in-process.js";

const SEED = "datasets/seed-ecosystem";
let dir: string;

/** A territory folder in the temporary directory: actors.csv, links.csv and optional collectives. */
async function territory(name: string, files: Record<string, string>): Promise<string> {
  const folder = join(dir, name);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder);
  for (const [file, text] of Object.entries(files)) await writeFile(join(folder, file), text);
  return folder;
}

const qapFr = (input: string, ...options: string[]) =>
  runInProcess(["qap", input, "--permutations", "10", "--lang", "fr", ...options], REPO_ROOT);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "catalyse-core-errors-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("core errors in French on the command line", () => {
  it("an unknown predictor names the territory's attributes", async () => {
    const run = await qapFr(SEED, "--predictors", "budget");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /QAP : prédicteur inconnu « budget » : aucun acteur n’a d’attribut « budget »/,
    );
    expect(run.stderr).toMatch(/attributs de ce territoire : /);
    expect(run.stderr).not.toMatch(/unknown predictor|no actor has/);
  });

  it("a predictor given twice, and logistic regression on weights", async () => {
    const twice = await qapFr(SEED, "--predictors", "same-world,same-world");
    expect(twice.stderr).toMatch(
      /le prédicteur « same-world » est donné deux fois \(« intercept » est toujours inclus\)/,
    );
    const logistic = await qapFr(SEED, "--logistic", "--weighted");
    expect(logistic.stderr).toMatch(/QAP : la régression logistique explique la présence des liens/);
    for (const run of [twice, logistic]) {
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(/is given twice|explains link presence/);
    }
  });

  it("co-membership without collectives, a missing number, a constant predictor, too few pairs", async () => {
    const folder = await territory("plain", {
      "actors.csv":
        "id,label,world,budget,region\na,A,association,3,Bretagne\nb,B,entreprise,,Bretagne\nc,C,État,2,Bretagne\n",
      "links.csv": "source,target\na,b\nb,c\n",
    });
    const pair = await territory("pair", {
      "actors.csv": "id,label,world\na,A,association\nb,B,entreprise\n",
      "links.csv": "source,target\na,b\n",
    });
    const runs = {
      collectives: await qapFr(folder, "--predictors", "co-membership"),
      number: await qapFr(folder, "--predictors", "budget"),
      constant: await qapFr(folder, "--predictors", "same-region"),
      pairs: await qapFr(pair, "--predictors", "same-world"),
    };
    expect(runs.collectives.stderr).toMatch(
      /co-membership compte les collectifs que deux acteurs partagent, et ce territoire n’a pas de collectifs/,
    );
    expect(runs.number.stderr).toMatch(
      /le prédicteur « budget » demande un nombre pour chaque acteur, et l’acteur « b » n’en a pas ; complétez-le/,
    );
    expect(runs.constant.stderr).toMatch(
      /le prédicteur « same-region » est le même pour toutes les paires d’acteurs, ou une combinaison de "intercept"/,
    );
    expect(runs.pairs.stderr).toMatch(
      /QAP : 1 paire d’acteurs pour 2 coefficients ; une régression demande plus de paires que de coefficients/,
    );
    for (const run of Object.values(runs)) {
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(
        / has no collectives| needs a number| is the same for every pair| a regression needs/,
      );
    }
  });

  it("too many actors for a regression", async () => {
    const ids = Array.from({ length: 3001 }, (_, i) => `x${i}`);
    const folder = await territory("large", {
      "actors.csv": `id,world\n${ids.map((id) => `${id},association`).join("\n")}\n`,
      "links.csv": `source,target\n${ids
        .slice(1)
        .map((id) => `x0,${id}`)
        .join("\n")}\n`,
    });
    const run = await qapFr(folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /QAP : 3\u202f001 acteurs, c’est plus que 3\u202f000 ; la régression a une ligne par paire d’acteurs/,
    );
  });

  it("a membership listed twice, through the readers, in French", async () => {
    const folder = await territory("memberships", {
      "actors.csv": "id,label,world\na,A,association\nb,B,entreprise\n",
      "links.csv": "source,target\na,b\n",
      "collectives.csv": "id,label\nk,Comité\n",
      "memberships.csv": "collective,actor,start\nk,a,2015\nk,a,2015\n",
    });
    const run = await runInProcess(["validate", folder, "--lang", "fr"], REPO_ROOT);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(
      /« a » figure deux fois dans le collectif « k » à partir de 2015/,
    );
    expect(run.stdout + run.stderr).not.toMatch(/listed twice/);
  });

  it("a TerritoryError reaching the error report is printed in French, issue by issue", () => {
    let error: unknown;
    try {
      createTerritory({ actors: [{ id: "a" }, { id: "a" }], links: [{ source: "a", target: "zz" }] });
    } catch (caught) {
      error = caught;
    }
    let stderr = "";
    const context = {
      t: createTranslator("fr"),
      stderr: (text: string) => {
        stderr += text;
      },
    } as unknown as CommandContext;
    expect(reportError(error, context, { debug: false, command: "analyze" })).toBe(1);
    expect(stderr).toContain("Territoire : 2 problèmes dans les données :");
    expect(stderr).toContain(
      "  - identifiant d’acteur « a » en double ; les identifiants doivent être uniques",
    );
    expect(stderr).toContain("  - target du lien « zz » n’est pas un identifiant d’acteur");
    expect(stderr).not.toMatch(/problems in the input|duplicate actor id/);
  });
});
