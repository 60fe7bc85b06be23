/**
 * Hostile and careless inputs end quickly, in bounded memory, with exit 1 and
 * a message naming the file: run as users run `catalyse`, in a separate
 * process whose peak memory is measured. The time limit is generous (the
 * machine is shared); it only catches hangs and runaway work.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTerritory } from "@catalyse/core";
import { writeXlsx } from "@catalyse/io";
import { strToU8, unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./helpers/run-catalyse.js";

const MEASURED = fileURLToPath(new URL("./helpers/measured-run.ts", import.meta.url));
const GIGABYTE = 1024 ** 3;

function runMeasured(args: readonly string[]): Promise<{ code: number | null; out: string; maxRss: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", MEASURED, ...args], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, out, maxRss: Number(/maxrss=(\d+)/.exec(out)?.[1] ?? Number.NaN) }),
    );
  });
}

/** Sets the uncompressed size an entry declares (local and central headers), as a forged archive would. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = strToU8(name);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 46 < zip.length; i++) {
    const signature = view.getUint32(i, true);
    const nameAt = signature === 0x04034b50 ? i + 30 : signature === 0x02014b50 ? i + 46 : -1;
    if (nameAt < 0 || !bytes.every((b, k) => zip[nameAt + k] === b)) continue;
    view.setUint32(signature === 0x04034b50 ? i + 22 : i + 24, size, true);
  }
  return zip;
}

const small = () =>
  createTerritory({
    actors: [
      { id: "a", world: "x" },
      { id: "b", world: "y" },
    ],
    links: [{ source: "a", target: "b" }],
  }).graph;

describe("hostile inputs, read by a separate catalyse process", () => {
  const dir = mkdtempSync(join(tmpdir(), "catalyse-hostile-"));
  const inputs: Record<string, string> = {};

  beforeAll(() => {
    const parts = unzipSync(writeXlsx(small()));
    const sheet = new TextDecoder().decode(parts["xl/worksheets/sheet1.xml"]);
    // A 4 KB workbook with one cell reference far to the right (it took 6 GB).
    inputs.farRight = join(dir, "far-right.xlsx");
    writeFileSync(
      inputs.farRight,
      zipSync({ ...parts, "xl/worksheets/sheet1.xml": strToU8(sheet.replace('r="A2"', 'r="ZZZZZZZ2"')) }),
    );
    // A sheet of 24 MB of XML (a 150 MB one ran V8 out of memory).
    inputs.largeSheet = join(dir, "large-sheet.xlsx");
    const rows = '<row r="3"><c r="A3" t="inlineStr"><is><t>x</t></is></c></row>'.repeat(400_000);
    writeFileSync(
      inputs.largeSheet,
      zipSync(
        {
          ...parts,
          "xl/worksheets/sheet1.xml": strToU8(sheet.replace("</sheetData>", `${rows}</sheetData>`)),
        },
        { level: 1 },
      ),
    );
    // Unused entries that declare 4 GB each (every entry used to be inflated, into a buffer of the declared size).
    inputs.bomb = join(dir, "bomb.xlsx");
    const bomb = zipSync({
      ...parts,
      "xl/media/a.bin": new Uint8Array(1000),
      "xl/media/b.bin": new Uint8Array(1000),
    });
    writeFileSync(
      inputs.bomb,
      declareSize(declareSize(bomb, "xl/media/a.bin", 0xfffffffe), "xl/media/b.bin", 0xfffffffe),
    );
    // A sheet that lies about its size.
    inputs.lyingSheet = join(dir, "lying-sheet.xlsx");
    writeFileSync(inputs.lyingSheet, declareSize(zipSync(parts), "xl/worksheets/sheet1.xml", 0xfffffffe));
    // A GEXF with a 50 MB attribute (it took 2 GB).
    inputs.attribute = join(dir, "attribute.gexf");
    writeFileSync(
      inputs.attribute,
      `<gexf><graph><nodes><node id="a" label="${"x".repeat(50_000_000)}"/></nodes><edges/></graph></gexf>`,
    );
    // actors.csv linked to /dev/zero (it grew without bound) and a FIFO (it hung forever).
    inputs.devZero = join(dir, "dev-zero");
    mkdirSync(inputs.devZero);
    symlinkSync("/dev/zero", join(inputs.devZero, "actors.csv"));
    writeFileSync(join(inputs.devZero, "links.csv"), "source,target\n");
    inputs.fifo = join(dir, "fifo");
    mkdirSync(inputs.fifo);
    writeFileSync(join(inputs.fifo, "actors.csv"), "id\na\n");
    execFileSync("mkfifo", [join(inputs.fifo, "links.csv")]);
    // Malformed XML that surfaced as the parser's own message, and stopped validate.
    inputs.doctype = join(dir, "doctype.graphml");
    writeFileSync(
      inputs.doctype,
      '<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "http://example.org/x.dtd">\n<graphml/>',
    );
    inputs.constructorAttribute = join(dir, "constructor.gexf");
    writeFileSync(
      inputs.constructorAttribute,
      '<gexf><graph><nodes><node id="a" constructor="x"/></nodes></graph></gexf>',
    );
  });

  it("validate reports every input, each failure naming its file, under 1 GB, then exits 1", {
    timeout: 120_000,
  }, async () => {
    const names = Object.values(inputs);
    const { code, out, maxRss } = await runMeasured(["validate", ...names]);
    expect(code).toBe(1);
    // The unused entries are never inflated: that workbook is valid.
    expect(out).toContain(`OK ${inputs.bomb}: 2 actors`);
    for (const name of names) if (name !== inputs.bomb) expect(out).toContain(`FAIL ${name}`);
    expect(out).toContain(`${names.length - 1} of ${names.length} territories invalid`);
    expect(out).not.toContain("--debug");
    expect(maxRss).toBeLessThan(GIGABYTE);
    const lines = out.split("\n");
    const problemOf = (name: string) =>
      lines[lines.findIndex((line) => line.startsWith(`FAIL ${name}`)) + 1] ?? "";
    expect(problemOf(inputs.farRight!)).toContain("ZZZZZZZ2");
    expect(problemOf(inputs.largeSheet!)).toContain("more than the limit of 16 MB");
    expect(problemOf(inputs.lyingSheet!)).toContain("more than the limit");
    expect(problemOf(inputs.attribute!)).toContain("an XML document of 48 MB");
    expect(problemOf(inputs.devZero!)).toContain("a device, not a file");
    expect(problemOf(inputs.fifo!)).toContain("a named pipe (FIFO), not a file");
    expect(problemOf(inputs.doctype!)).toContain("a DOCTYPE declaration");
    expect(problemOf(inputs.constructorAttribute!)).toContain('named "constructor"');
  });

  it("analyze ends with exit 1 and a message naming the file", { timeout: 60_000 }, async () => {
    for (const name of [inputs.farRight!, inputs.fifo!]) {
      const { code, out, maxRss } = await runMeasured(["analyze", name]);
      expect(code).toBe(1);
      expect(out).toContain(name);
      expect(out).not.toContain("--debug");
      expect(maxRss).toBeLessThan(GIGABYTE);
    }
  });
});
