/**
 * `--csv-dialect excel-fr` on every command that writes CSV: read back
 * through the io reader, the cells and numbers are those of the default
 * dialect's output.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeText, parseCsv } from "@catalyse/io";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../helpers/run-in-process.js";
import { writeTerritoryFolder } from "../helpers/territory-folder.js";
import { NORTH_ACTORS, NORTH_LINKS, SOUTH_ACTORS, SOUTH_LINKS } from "./fixtures.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "catalyse-dialect-"));
  await writeTerritoryFolder(join(dir, "north"), NORTH_ACTORS, NORTH_LINKS);
  await writeTerritoryFolder(join(dir, "south"), SOUTH_ACTORS, SOUTH_LINKS);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Cells of a CSV text read as the io reader reads a file (BOM and delimiter detected). */
function cellsOf(text: string): { bom: boolean; delimiter: string; rows: string[][] } {
  const decoded = decodeText(new TextEncoder().encode(text), "out.csv");
  if (!decoded.ok) throw new Error("undecodable CSV");
  const parsed = parseCsv(decoded.text, { file: "out.csv" });
  return {
    bom: decoded.bom,
    delimiter: parsed.delimiter,
    rows: parsed.records.map((record) => record.cells.map((cell) => cell.value)),
  };
}

/** A number cell in the decimal-comma form French Excel reads. */
const frenchNumber = (cell: string) => (/^-?\d+\.\d+(e-?\d+)?$/.test(cell) ? cell.replace(".", ",") : cell);

const COMMANDS: [string, string[]][] = [
  ["analyze", ["analyze", "north"]],
  ["centrality", ["centrality", "north"]],
  ["communities", ["communities", "north"]],
  ["compare", ["compare", "north", "south"]],
  ["timeline", ["timeline", "north"]],
];

describe("--csv-dialect", () => {
  for (const [name, args] of COMMANDS)
    it(`catalyse ${name} --csv-dialect excel-fr writes ;, decimal commas and a BOM, the same cells otherwise`, async () => {
      const plain = await runInProcess([...args, "--format", "csv"], dir);
      const french = await runInProcess([...args, "--format", "csv", "--csv-dialect", "excel-fr"], dir);
      expect(plain.code).toBe(0);
      expect(french.code).toBe(0);
      const rfc = cellsOf(plain.stdout);
      const excel = cellsOf(french.stdout);
      expect(rfc).toMatchObject({ bom: false, delimiter: "," });
      expect(excel).toMatchObject({ bom: true, delimiter: ";" });
      expect(french.stdout).toContain("\r\n");
      expect(excel.rows.length).toBeGreaterThan(1);
      expect(excel.rows).toEqual(rfc.rows.map((row) => row.map(frenchNumber)));
    });

  it("catalyse export --format csv --csv-dialect excel-fr writes folder files for French Excel", async () => {
    const run = await runInProcess(
      ["export", "north", "--format", "csv", "--out", "north-fr", "--csv-dialect", "excel-fr"],
      dir,
    );
    expect(run.code).toBe(0);
    const actors = await readFile(join(dir, "north-fr", "actors.csv"), "utf8");
    expect(actors.startsWith("\ufeffid;label;world")).toBe(true);
    // And catalyse reads it back as the same territory.
    const back = await runInProcess(["analyze", "north-fr", "--format", "csv"], dir);
    const original = await runInProcess(["analyze", "north", "--format", "csv"], dir);
    expect(back.stdout).toBe(original.stdout);
  });

  it("rejects an unknown dialect with a usage error", async () => {
    const run = await runInProcess(["analyze", "north", "--format", "csv", "--csv-dialect", "excel"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("rfc4180, excel-fr");
  });
});
