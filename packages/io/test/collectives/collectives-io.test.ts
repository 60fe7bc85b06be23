/**
 * Collectives and memberships through every format: written then read back
 * unchanged (ids that break plain objects, typed free columns, dates, roles),
 * French file names and headers, and every bad row reported at once with its place.
 */
import { createTerritory, type TerritoryGraph, territoryCollectives } from "@catalyse/core";
import { describe, expect, it } from "vitest";
import { readTerritoryCsv } from "../../src/csv/read-territory-csv.js";
import { readTerritoryFile } from "../../src/read-territory-file.js";
import { writeTerritory } from "../../src/write-territory.js";
import { problemsOf } from "../helpers.js";

function sample(): TerritoryGraph {
  return createTerritory({
    meta: { name: "Collectifs" },
    actors: [
      { id: "gaia", label: "GAIA", world: "association" },
      { id: "__proto__", label: "Proto", world: "entreprise" },
      { id: "constructor", label: "=Ville", world: "collectivité" },
      { id: "univ", label: "Université", world: "académique" },
    ],
    links: [{ source: "gaia", target: "univ", weight: 2, type: "contrat", start: "2019" }],
    collectives: [
      {
        id: "copil",
        label: "Comité de pilotage 2021",
        kind: "committee",
        start: "2021",
        end: "2023-06",
        attributes: { budget: 12.5, evidence: "« un comité »" },
      },
      { id: "toString", label: "Pôle local", kind: "pole", attributes: { budget: null, evidence: "x" } },
    ],
    memberships: [
      { collective: "copil", actor: "gaia", role: "convener", start: "2021", attributes: { seats: 2 } },
      { collective: "copil", actor: "__proto__", attributes: { seats: 1 } },
      { collective: "copil", actor: "constructor", end: "2022", attributes: { seats: null } },
      { collective: "toString", actor: "univ", attributes: { seats: 1 } },
      { collective: "toString", actor: "gaia", role: "member", attributes: { seats: 1 } },
    ],
  }).graph;
}

function readBack(graph: TerritoryGraph, format: "csv" | "xlsx" | "gexf" | "graphml" | "json") {
  const files = writeTerritory(graph, format);
  if (format !== "csv") return readTerritoryFile(files[0]!).graph;
  const file = (name: string) => files.find((f) => f.name === name);
  return readTerritoryCsv({
    actors: file("actors.csv"),
    links: file("links.csv"),
    territory: file("territory.json"),
    collectives: file("collectives.csv"),
    memberships: file("memberships.csv"),
  }).graph;
}

describe.each(["csv", "xlsx", "gexf", "graphml", "json"] as const)(
  "collectives round trip through %s",
  (format) => {
    it("keeps every collective, membership and free column", () => {
      const graph = sample();
      const back = readBack(graph, format);
      const { collectives, memberships } = territoryCollectives(back);
      const expected = territoryCollectives(graph);
      expect(collectives).toEqual(expected.collectives);
      expect(memberships).toEqual(expected.memberships);
      expect(back.order).toBe(4);
      expect(back.size).toBe(1);
      expect(back.mapNodes((_k, a) => a.attributes)).toEqual(graph.mapNodes((_k, a) => a.attributes));
      expect(back.mapEdges((_k, a) => a.types)).toEqual([["contrat"]]);
    });
  },
);

describe("collectives in a CSV folder", () => {
  const file = (name: string, data: string) => ({ name, data });
  const actors = file("acteurs.csv", "identifiant;nom;monde\na;A;association\nb;B;État\nc;C;fondation\n");
  const links = file("liens.csv", "source;cible;poids\na;b;1\n");

  it("reads French names and headers", () => {
    const { graph } = readTerritoryCsv({
      actors,
      links,
      collectives: file("collectifs.csv", "identifiant;nom;type;début;fin\nk;Comité;comité;2021;\n"),
      memberships: file("adhésions.csv", "collectif;acteur;rôle;début;fin\nk;a;pilote;2021;\nk;c;;;2022\n"),
    });
    const { collectives, memberships } = territoryCollectives(graph);
    expect(collectives).toEqual([
      { id: "k", label: "Comité", kind: "comité", start: "2021", end: null, attributes: {} },
    ]);
    expect(memberships.map((m) => [m.actor, m.role, m.start, m.end])).toEqual([
      ["a", "pilote", "2021", null],
      ["c", null, null, "2022"],
    ]);
  });

  it("reports every bad row at once, with file, line and column (a character position in CSV)", () => {
    const problems = problemsOf(() =>
      readTerritoryCsv({
        actors,
        links,
        collectives: file("collectives.csv", "id,label,kind,start,end\nk,K,,2021,\nk,Again,,,\nb,Clash,,,\n"),
        memberships: file(
          "memberships.csv",
          "collective,actor,role,start,end\nk,a,,,\nk,a,,,\nk,zz,,,\nnope,b,,,\nk,c,,later,\n",
        ),
      }),
    );
    expect(problems.map((p) => [p.file, p.line, p.column, p.found])).toEqual([
      ["collectives.csv", 3, 1, 'duplicate collective id "k"'],
      ["collectives.csv", 4, 1, 'collective id "b" is also an actor id'],
      ["memberships.csv", 3, 3, '"a" is listed twice in collective "k"'],
      ["memberships.csv", 4, 3, 'actor "zz" is not an actor id'],
      ["memberships.csv", 5, 1, 'collective "nope" is not a collective id'],
      ["memberships.csv", 6, 6, 'start "later"'],
    ]);
  });

  it("asks for collectives.csv when only memberships.csv is there", () => {
    const problems = problemsOf(() =>
      readTerritoryCsv({ actors, links, memberships: file("memberships.csv", "collective,actor\nk,a\n") }),
    );
    expect(problems.map((p) => [p.file, p.found])).toEqual([
      ["collectives.csv", "no such file"],
      ["memberships.csv", 'collective "k" is not a collective id'],
    ]);
  });
});
