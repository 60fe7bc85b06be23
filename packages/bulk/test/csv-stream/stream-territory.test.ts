import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type ActorInput,
  type CompactIndex,
  createCompactIndex,
  createRandom,
  createTerritory,
  type LinkInput,
  randomInt,
} from "@catalyse/core";
import { InputError } from "@catalyse/io";
import { describe, expect, it } from "vitest";
import { streamTerritory } from "../../src/index.js";

const WORLDS = ["entreprise", "association", "État", "", "laboratoire"];

/** A sample territory with odd ids, missing worlds, parallel links and self-loops. */
function sampleRows(
  seed: number,
  actors: number,
  links: number,
): { actors: ActorInput[]; links: LinkInput[] } {
  const random = createRandom(seed);
  const ids = Array.from({ length: actors }, (_, i) =>
    i === 0 ? "__proto__" : i === 1 ? "constructor" : i === 2 ? "001" : `acteur ${i}; "é"`,
  );
  return {
    actors: ids.map((id, i) => ({
      id,
      label: i % 3 === 0 ? "" : `Label ${i}`,
      world: WORLDS[randomInt(random, WORLDS.length)]!,
    })),
    links: Array.from({ length: links }, () => ({
      source: ids[randomInt(random, actors)]!,
      target: ids[randomInt(random, actors)]!,
      weight: randomInt(random, 4) === 0 ? null : 0.5 + randomInt(random, 8) / 4,
    })),
  };
}

function quote(value: string): string {
  return /[;,"\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes the rows as French Excel would: `;`, decimal comma, French headers, BOM, CRLF. */
function writeFolder(rows: ReturnType<typeof sampleRows>, meta?: object): string {
  const folder = mkdtempSync(join(tmpdir(), "catalyse-bulk-"));
  const actors = [
    "Identifiant;Nom;Monde",
    ...rows.actors.map((a) => [a.id, a.label ?? "", a.world ?? ""].map(quote).join(";")),
  ];
  const links = [
    "Source;Cible;Poids",
    ...rows.links.map((l) =>
      [
        l.source,
        l.target,
        l.weight === null || l.weight === undefined ? "" : String(l.weight).replace(".", ","),
      ]
        .map(quote)
        .join(";"),
    ),
  ];
  writeFileSync(join(folder, "actors.csv"), `\uFEFF${actors.join("\r\n")}\r\n`);
  writeFileSync(join(folder, "links.csv"), `\uFEFF${links.join("\r\n")}\r\n`);
  if (meta !== undefined) writeFileSync(join(folder, "territory.json"), JSON.stringify(meta));
  return folder;
}

function comparable(index: CompactIndex): object {
  return {
    order: index.order,
    size: index.size,
    directed: index.directed,
    ids: index.ids,
    worldNames: index.worldNames,
    worldOf: [...index.worldOf],
    linkSource: [...index.linkSource],
    linkTarget: [...index.linkTarget],
    linkWeight: [...index.linkWeight],
    offsets: [...index.offsets],
    targets: [...index.targets],
    inSources: [...index.inSources],
  };
}

describe("streamTerritory", () => {
  for (const directed of [false, true]) {
    it(`builds the same compact index as createTerritory + createCompactIndex (${directed ? "directed" : "undirected"})`, async () => {
      const rows = sampleRows(directed ? 2 : 1, 60, 400);
      const meta = { directed, worlds: ["laboratoire"] };
      const folder = writeFolder(rows, meta);
      const streamed = await streamTerritory(folder);
      const { graph, warnings } = createTerritory({ meta, ...rows });
      expect(comparable(streamed.index)).toEqual(comparable(createCompactIndex(graph)));
      expect(streamed.labels).toEqual(graph.mapNodes((_, a) => a.label));
      expect(streamed.warnings.map((w) => Number.parseInt(w.found, 10))).toEqual(
        warnings.map((w) => w.count),
      );
    });
  }

  it("reads in small chunks with bounded progress reports in bytes", async () => {
    const folder = writeFolder(sampleRows(3, 30, 100));
    const reports: Array<[number, number, string]> = [];
    await streamTerritory(folder, { onProgress: (done, total, step) => reports.push([done, total, step]) });
    const last = reports.at(-1)!;
    expect(last[0]).toBe(last[1]);
    expect(reports[0]![2]).toBe("actors.csv");
    expect(last[2]).toBe("links.csv");
  });

  it("reads comma-delimited English files in Windows-1252", async () => {
    const folder = mkdtempSync(join(tmpdir(), "catalyse-bulk-"));
    writeFileSync(
      join(folder, "actors.csv"),
      Buffer.from("id,label,world\na,Caf\xe9,association\nb,B,\n", "latin1"),
    );
    writeFileSync(join(folder, "links.csv"), "source,target,weight\na,b,2.5\n");
    const { index, labels } = await streamTerritory(folder);
    expect(labels).toEqual(["Café", "B"]);
    expect([...index.linkWeight]).toEqual([2.5]);
    expect(index.worldNames).toEqual(["association", "inconnu"]);
  });

  it("refuses unknown actors, bad weights and duplicate ids, naming file, line and field", async () => {
    const folder = mkdtempSync(join(tmpdir(), "catalyse-bulk-"));
    writeFileSync(join(folder, "actors.csv"), "id,world\na,x\nb,x\na,y\n");
    writeFileSync(join(folder, "links.csv"), "source,target,weight\na,zz,1\na,b,-2\n");
    const error = await streamTerritory(folder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const problems = (error as InputError).problems.map((p) => [p.file.split("/").at(-1), p.line, p.field]);
    expect(problems).toEqual([
      ["actors.csv", 4, "id"],
      ["links.csv", 2, "target"],
      ["links.csv", 3, "weight"],
    ]);
  });

  it("refuses a missing file, an empty file and an unterminated quote", async () => {
    const folder = mkdtempSync(join(tmpdir(), "catalyse-bulk-"));
    await expect(streamTerritory(folder)).rejects.toThrow(/no such file/);
    writeFileSync(join(folder, "actors.csv"), "");
    writeFileSync(join(folder, "links.csv"), "source,target\n");
    await expect(streamTerritory(folder)).rejects.toThrow(/empty file/);
    writeFileSync(join(folder, "actors.csv"), 'id\n"a\n');
    await expect(streamTerritory(folder)).rejects.toThrow(/closing quote is missing/);
  });
});

describe("streamTerritory on folders our writers made", () => {
  it("reads formula-like ids, labels and worlds back as the ordinary reader does", async () => {
    const { readTerritoryPath, writeTerritoryPath } = await import("@catalyse/io/node");
    const actors = [
      { id: "=1+1", label: "@SUM(A1)", world: "-moins" },
      { id: "+33", label: "'=déjà cité", world: "association" },
      { id: "__proto__", label: "-3.5", world: "=monde" },
    ];
    const links = [
      { source: "=1+1", target: "+33" },
      { source: "+33", target: "__proto__", weight: 2.5 },
    ];
    const folder = mkdtempSync(join(tmpdir(), "catalyse-bulk-"));
    await writeTerritoryPath(createTerritory({ actors, links }).graph, folder, "csv");
    const streamed = await streamTerritory(folder);
    const { graph } = await readTerritoryPath(folder);
    expect(streamed.index.ids).toEqual(actors.map((a) => a.id));
    expect(streamed.labels).toEqual(actors.map((a) => a.label));
    expect(comparable(streamed.index)).toEqual(comparable(createCompactIndex(graph)));
  });
});

describe("streamTerritory on the bundled territories", () => {
  const root = new URL("../../../../datasets/", import.meta.url);
  for (const name of [
    "classic/karate",
    "classic/florentine-families",
    "pilots/01-val-d-exemple",
    "seed-ecosystem",
  ]) {
    it(`equals the ordinary reader's compact index (${name})`, async () => {
      const { readTerritoryPath } = await import("@catalyse/io/node");
      const folder = new URL(name, root).pathname;
      const streamed = await streamTerritory(folder);
      const { graph } = await readTerritoryPath(folder);
      expect(comparable(streamed.index)).toEqual(comparable(createCompactIndex(graph)));
      expect(streamed.labels).toEqual(graph.mapNodes((_, a) => a.label));
    });
  }
});

describe("streamTerritory reads headers as the full reader does", () => {
  it("takes the same label column (a free `name` column is not the label)", async () => {
    const { readTerritoryPath } = await import("@catalyse/io/node");
    const folder = mkdtempSync(join(tmpdir(), "catalyse-bulk-"));
    writeFileSync(join(folder, "actors.csv"), "ID,Name,Libellé,Monde\na,Alpha,Label A,x\nb,Beta,,y\n");
    writeFileSync(join(folder, "links.csv"), "source,cible,POIDS\na,b,2\n");
    const streamed = await streamTerritory(folder);
    const { graph } = await readTerritoryPath(folder);
    expect(streamed.labels).toEqual(["Label A", "b"]);
    expect(streamed.labels).toEqual(graph.mapNodes((_, a) => a.label));
    expect(Array.from(streamed.index.weights ?? [])).toEqual(Array.from(createCompactIndex(graph).weights));
  });
});
