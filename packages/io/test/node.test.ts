import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readTerritoryPath, writeTerritoryPath } from "../src/node.js";
import { problemsOfAsync } from "./helpers.js";

const FRENCH = fileURLToPath(new URL("./fixtures/french-excel", import.meta.url));

describe("readTerritoryPath on a French Excel export (cp1252, ;, CRLF, BOM, decimal comma)", async () => {
  const { graph, warnings } = await readTerritoryPath(FRENCH);
  const actors = graph.mapNodes((_key, attrs) => attrs);

  it("reads every actor, skipping blank lines and empty rows", () => {
    expect(actors.map((actor) => actor.id)).toEqual(["001", "002", "003", "004"]);
  });

  it("decodes Windows-1252 accents and keeps quoted line breaks and quotes", () => {
    expect(actors[0]!.label).toBe("Mairie de Saint-Étienne");
    expect(actors[1]!.label).toBe('Association "Les Amis";\r\ndu quartier');
    expect(actors[2]!.world).toBe("État");
  });

  it("reads decimal commas, thousands separators, French dates and booleans", () => {
    expect(actors[0]).toMatchObject({ lat: 45.4397, lon: 4.3872 });
    expect(actors[0]!.attributes).toEqual({
      "Budget (k€)": 1250.5,
      "Créée le": "1998-05-03",
      Labellisée: true,
    });
    expect(graph.getAttribute("actorAttributeTypes")).toEqual({
      "Budget (k€)": "number",
      "Créée le": "date",
      Labellisée: "boolean",
    });
  });

  it("reads links from UTF-8 with a BOM: French headers, empty weight = 1, neutralised cells", () => {
    const links = graph.mapEdges((_key, a, _s, _t, source, target) => [
      source.id,
      target.id,
      a.weight,
      a.types,
      a.start,
      a.end,
    ]);
    expect(links).toEqual([
      ["001", "002", 2.5, ["subvention"], "2012", "2015"],
      ["001", "003", 1, ["contrat"], "2012-05-03", null],
      ["002", "004", 1, ["partenariat"], "2014-09", null],
      ["003", "004", 0.5, ["partenariat"], null, null],
    ]);
    expect(graph.getEdgeAttribute(graph.edges()[2]!, "attributes")).toEqual({ Preuve: '=HYPERLINK("x")' });
  });

  it("reads territory.json, keeping unknown keys", () => {
    expect(graph.getAttribute("name")).toBe("Saint-Étienne (exemple)");
    expect(graph.getAttribute("extra")).toEqual({ pilote: true });
    expect(warnings).toEqual([]);
  });

  it("reads the folder when given the path of links.csv", async () => {
    const again = await readTerritoryPath(join(FRENCH, "links.csv"));
    expect(again.graph.order).toBe(4);
  });
});

describe("readTerritoryPath on a folder with French file names", () => {
  it("reads acteurs.csv, liens.csv and territoire.json", async () => {
    const folder = await mkdtemp(join(tmpdir(), "catalyse-io-"));
    await writeFile(join(folder, "Acteurs.csv"), "identifiant;nom;monde\na;A;association\nb;B;État\n");
    await writeFile(join(folder, "liens.csv"), "source;cible;poids\na;b;1,5\n");
    await writeFile(join(folder, "territoire.json"), '{"name": "Essai"}');
    const { graph } = await readTerritoryPath(folder);
    expect([graph.order, graph.size, graph.getAttribute("name")]).toEqual([2, 1, "Essai"]);
    expect(graph.getEdgeAttribute(graph.edges()[0]!, "weight")).toBe(1.5);
  });
});

describe("readTerritoryPath refuses", () => {
  it("a path that does not exist", async () => {
    const { problems } = await problemsOfAsync(() => readTerritoryPath("/no/such/place"));
    expect(problems[0]).toMatchObject({ file: "/no/such/place", found: "no such file or folder" });
  });

  it("an unknown file type", async () => {
    const folder = await mkdtemp(join(tmpdir(), "catalyse-io-"));
    const file = join(folder, "territory.txt");
    await writeFile(file, "hello");
    const { problems, message } = await problemsOfAsync(() => readTerritoryPath(file));
    expect(problems[0]!.file).toBe(file);
    expect(message).toContain("a file type Catalyse does not read");
  });

  it("a folder without links.csv, naming the missing file", async () => {
    const folder = await mkdtemp(join(tmpdir(), "catalyse-io-"));
    await writeFile(join(folder, "actors.csv"), "id,label,world\na,A,x\n");
    const { problems } = await problemsOfAsync(() => readTerritoryPath(folder));
    expect(problems).toEqual([
      expect.objectContaining({ file: join(folder, "links.csv"), found: "no such file" }),
    ]);
  });
});

describe("writeTerritoryPath", () => {
  it("writes a CSV folder and each file format, all read back", async () => {
    const { graph } = await readTerritoryPath(FRENCH);
    const folder = await mkdtemp(join(tmpdir(), "catalyse-io-"));
    const written = await writeTerritoryPath(graph, join(folder, "csv"), "csv");
    expect(written.map((path) => path.slice(folder.length))).toEqual([
      "/csv/actors.csv",
      "/csv/links.csv",
      "/csv/territory.json",
    ]);
    for (const format of ["xlsx", "gexf", "graphml", "json"] as const) {
      const [path] = await writeTerritoryPath(graph, join(folder, `t.${format}`));
      const back = await readTerritoryPath(path!);
      expect(back.graph.mapNodes((_k, a) => a.label)).toEqual(graph.mapNodes((_k, a) => a.label));
    }
    const back = await readTerritoryPath(join(folder, "csv"));
    expect(back.graph.mapNodes((_k, a) => a.attributes)).toEqual(graph.mapNodes((_k, a) => a.attributes));
  });
});
