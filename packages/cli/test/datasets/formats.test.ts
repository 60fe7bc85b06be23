import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TerritoryGraph } from "@catalyse/core";
import { readTerritoryPath } from "@catalyse/io/node";
import { afterAll, describe, expect, it } from "vitest";
import { encodeWindows1252 } from "../../../../scripts/datasets/build-excel-fr.js";
import { REPO_ROOT, territoryJson } from "./dataset-folders.js";

const path = (folder: string): string => join(REPO_ROOT, "datasets", folder);
const CLASSIC = ["karate", "florentine-families", "les-miserables"];
/** Debian's NetworkX, which the classic networks come from; the regeneration test needs it. */
const PYTHON = "/usr/bin/python3";
const hasNetworkx = spawnSync(PYTHON, ["-c", "import networkx"]).status === 0;
const scratch = mkdtempSync(join(tmpdir(), "catalyse-classic-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Actors and links in input order, as plain data, for comparing two readings of one territory. */
function content(graph: TerritoryGraph): { actors: unknown[]; links: unknown[] } {
  const actors = graph.mapNodes((_key, { id, label, world, lat, lon, attributes }) => ({
    id,
    label,
    world,
    lat,
    lon,
    attributes,
  }));
  const links = graph.mapEdges((_key, { weight, types, start, end, attributes }, _s, _t, source, target) => ({
    source: source.id,
    target: target.id,
    weight,
    types,
    start,
    end,
    attributes,
  }));
  return { actors, links };
}

describe("datasets/formats/seed-ecosystem-excel-fr", () => {
  it("is saved as French Excel does: Windows-1252, semicolons, decimal comma, CRLF, French headers", () => {
    const actors = readFileSync(path("formats/seed-ecosystem-excel-fr/acteurs.csv"));
    const links = readFileSync(path("formats/seed-ecosystem-excel-fr/liens.csv"));
    expect(actors.toString("latin1")).toMatch(/^identifiant;nom;monde;latitude;longitude;territory;/);
    expect(links.toString("latin1")).toMatch(/^source;cible;poids;type;d\xe9but;fin;evidence;date_basis\r\n/);
    expect(actors.toString("latin1")).toMatch(/;45,1885;5,7245;Is\xe8re;/);
    // « » and ’ are single Windows-1252 bytes, not UTF-8 sequences.
    expect(links.includes(0x92)).toBe(true);
    expect(links.includes(0xc3)).toBe(false);
  });

  it("reads as the same territory as datasets/seed-ecosystem", async () => {
    const utf8 = await readTerritoryPath(path("seed-ecosystem"));
    const excel = await readTerritoryPath(path("formats/seed-ecosystem-excel-fr"));
    expect(excel.warnings).toEqual([]);
    expect(content(excel.graph)).toEqual(content(utf8.graph));
  });

  it("encodeWindows1252 maps the typographic characters of French text to their single bytes", () => {
    expect([...encodeWindows1252("« État’s œuvre… »")]).toEqual([
      0xab, 0x20, 0xc9, 0x74, 0x61, 0x74, 0x92, 0x73, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x85, 0x20, 0xbb,
    ]);
    expect(() => encodeWindows1252("→")).toThrow(/no Windows-1252 byte/);
  });
});

describe("datasets/classic", () => {
  it("holds Zachary's karate club: 34 members, 78 ties, two clubs of 17", async () => {
    const { graph } = await readTerritoryPath(path("classic/karate"));
    expect([graph.order, graph.size]).toEqual([34, 78]);
    const clubs = new Map<string, number>();
    graph.forEachNode((_key, { world }) => clubs.set(world, (clubs.get(world) ?? 0) + 1));
    expect(Object.fromEntries(clubs)).toEqual({ "Mr. Hi": 17, Officer: 17 });
  });

  it("holds Padgett's 15 Florentine families with 20 marriages and Les Misérables' 77 characters with 254 links", async () => {
    const florentine = await readTerritoryPath(path("classic/florentine-families"));
    expect([florentine.graph.order, florentine.graph.size]).toEqual([15, 20]);
    const miserables = await readTerritoryPath(path("classic/les-miserables"));
    expect([miserables.graph.order, miserables.graph.size]).toEqual([77, 254]);
  });

  it.skipIf(!hasNetworkx)(
    "is exactly what build-classic.py writes from NetworkX (pnpm datasets:classic)",
    () => {
      const run = spawnSync(PYTHON, [join(REPO_ROOT, "scripts/datasets/build-classic.py")], {
        env: { ...process.env, CATALYSE_CLASSIC_OUT: scratch },
        encoding: "utf8",
      });
      expect(run.status, run.stderr).toBe(0);
      for (const folder of CLASSIC)
        for (const file of ["actors.csv", "links.csv", "territory.json"])
          expect(readFileSync(join(scratch, folder, file), "utf8"), `${folder}/${file}`).toBe(
            readFileSync(path(`classic/${folder}/${file}`), "utf8"),
          );
    },
  );

  it("records source, licence and the NetworkX version of every classic network", () => {
    for (const name of CLASSIC) {
      const folder = `classic/${name}`;
      const meta = territoryJson(join("datasets", folder));
      expect(meta.source, folder).toMatch(/\(19\d\d\).*nx\.\w+_graph\(\)/);
      expect(meta.licence, folder).toMatch(/\S/);
      expect(meta.networkx, folder).toMatch(/^2\.8\./);
      expect(meta.synthetic, folder).toBe(false);
    }
  });
});
