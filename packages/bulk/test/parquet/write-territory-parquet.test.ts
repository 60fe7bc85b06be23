import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCompactIndex, createTerritory } from "@catalyse/core";
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";
import { writeIndexParquet, writeParquetTable, writeTerritoryParquet } from "../../src/index.js";

async function readBack(file: string): Promise<Record<string, unknown>[]> {
  return parquetReadObjects({ file: await asyncBufferFromFile(file) });
}

const territory = createTerritory({
  meta: { name: "Pays test", actorAttributeTypes: { budget: "number", label: "string" } },
  actors: [
    {
      id: "__proto__",
      label: "Proto",
      world: "association",
      lat: 45.1,
      lon: 5.7,
      attributes: { budget: 12.5, label: "x" },
    },
    { id: "constructor", world: "entreprise", attributes: { public: true } },
    { id: "=cmd", label: "Équipe « été »", world: "État" },
  ],
  links: [
    {
      source: "__proto__",
      target: "constructor",
      weight: 2,
      type: "projet",
      start: "2012",
      end: "2015-06-01",
    },
    {
      source: "constructor",
      target: "__proto__",
      weight: 1.5,
      type: "convention",
      start: "2013",
      end: "2014",
    },
    { source: "=cmd", target: "constructor", attributes: { note: "n" } },
  ],
}).graph;

describe("writeTerritoryParquet", () => {
  it("writes nodes.parquet and edges.parquet with GraphFrames' columns, read back unchanged", async () => {
    const folder = mkdtempSync(join(tmpdir(), "catalyse-parquet-"));
    const result = writeTerritoryParquet(territory, folder);
    expect(result).toMatchObject({ nodes: 3, edges: 2 });
    expect(await readBack(result.nodesFile)).toEqual([
      {
        id: "__proto__",
        label: "Proto",
        world: "association",
        lat: 45.1,
        lon: 5.7,
        budget: 12.5,
        attr_label: "x",
        public: null,
      },
      {
        id: "constructor",
        label: "constructor",
        world: "entreprise",
        lat: null,
        lon: null,
        budget: null,
        attr_label: null,
        public: "true",
      },
      {
        id: "=cmd",
        label: "Équipe « été »",
        world: "État",
        lat: null,
        lon: null,
        budget: null,
        attr_label: null,
        public: null,
      },
    ]);
    expect(await readBack(result.edgesFile)).toEqual([
      {
        src: "__proto__",
        dst: "constructor",
        weight: 3.5,
        type: "projet|convention",
        start: "2012",
        end: "2015-06-01",
        merged: 2,
        note: null,
      },
      {
        src: "=cmd",
        dst: "constructor",
        weight: 1,
        type: null,
        start: null,
        end: null,
        merged: 1,
        note: "n",
      },
    ]);
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(result.edgesFile));
    expect(metadata.key_value_metadata).toContainEqual({ key: "catalyse.directed", value: "false" });
  });
});

describe("writeIndexParquet", () => {
  it("writes a compact index's actors and links, read back unchanged", async () => {
    const folder = mkdtempSync(join(tmpdir(), "catalyse-parquet-"));
    const index = createCompactIndex(territory);
    const result = writeIndexParquet(index, folder, ["P", "C", "E"]);
    expect(await readBack(result.nodesFile)).toEqual([
      { id: "__proto__", label: "P", world: "association" },
      { id: "constructor", label: "C", world: "entreprise" },
      { id: "=cmd", label: "E", world: "État" },
    ]);
    expect(await readBack(result.edgesFile)).toEqual([
      { src: "__proto__", dst: "constructor", weight: 3.5 },
      { src: "=cmd", dst: "constructor", weight: 1 },
    ]);
  });
});

describe("writeParquetTable", () => {
  it("splits large tables into row groups and keeps every row", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "catalyse-parquet-")), "t.parquet");
    const rows = 250_001;
    writeParquetTable(file, [{ name: "n", type: "int32", nullable: false }], rows, (start, end) => [
      Array.from({ length: end - start }, (_, i) => start + i),
    ]);
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(file));
    expect(metadata.row_groups).toHaveLength(3);
    const back = await readBack(file);
    expect(back).toHaveLength(rows);
    expect(back.at(-1)).toEqual({ n: rows - 1 });
  });

  it("writes an empty table with its schema", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "catalyse-parquet-")), "empty.parquet");
    writeParquetTable(file, [{ name: "id", type: "string", nullable: false }], 0, () => [[]]);
    expect(await readBack(file)).toEqual([]);
  });
});
