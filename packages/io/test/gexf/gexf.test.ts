import { readFileSync } from "node:fs";
import { createTerritory } from "@catalyse/core";
import { describe, expect, it } from "vitest";
import { readGexf } from "../../src/gexf/read-gexf.js";
import { writeGexf } from "../../src/gexf/write-gexf.js";
import { problemsOf } from "../helpers.js";

const territory = () =>
  createTerritory({
    meta: { name: "Loire", description: "essai", actorAttributeTypes: { founded: "date" } },
    actors: [
      {
        id: "a",
        label: "Mairie <&>",
        world: "collectivité",
        lat: 45.4,
        lon: 4.39,
        attributes: { founded: "1998" },
      },
      { id: "b", label: "Asso", world: "association", attributes: { founded: "2012-05-03" } },
      { id: "c", label: "Autre", world: "coopérative", attributes: { founded: null } },
    ],
    links: [
      { source: "a", target: "b", weight: 2.5, type: "subvention", start: "2012", end: "2014-02" },
      { source: "b", target: "c", attributes: {} },
    ],
  }).graph;

describe("writeGexf", () => {
  const gexf = writeGexf(territory());

  it("writes GEXF 1.3 with viz namespace and typed attribute declarations", () => {
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(gexf).toContain('version="1.3"');
    // GEXF 1.3 has no date type: a string whose id says it is a date
    expect(gexf).toContain('<attribute id="n0.date" title="founded" type="string"/>');
    expect(gexf).toContain("<keywords>Loire</keywords>");
  });

  it("colours each world with the colour-blind-safe palette", () => {
    expect(gexf).toContain('<viz:color r="0" g="158" b="115"/>'); // collectivité: #009E73
    expect(gexf).toContain('<viz:color r="230" g="159" b="0"/>'); // association: #E69F00
    expect(gexf).toContain('<viz:color r="240" g="228" b="66"/>'); // first other world: #F0E442
  });

  it("places actors with coordinates at (lon, lat)", () => {
    expect(gexf).toContain('<viz:position x="4.39" y="45.4" z="0"/>');
    expect(gexf.match(/viz:position/g)).toHaveLength(1);
  });

  it("makes a dated territory dynamic, widening years and months to days for Gephi", () => {
    expect(gexf).toContain('mode="dynamic" timeformat="date"');
    expect(gexf).toContain('start="2012-01-01" end="2014-02-28"');
  });

  it("escapes labels", () => {
    expect(gexf).toContain('label="Mairie &lt;&amp;&gt;"');
  });

  it("is read back unchanged", () => {
    const back = readGexf({ name: "t.gexf", data: gexf }).graph;
    const original = territory();
    expect(back.mapNodes((_k, a) => a)).toEqual(original.mapNodes((_k, a) => a));
    expect(back.mapEdges((_k, a) => a)).toEqual(original.mapEdges((_k, a) => a));
    expect(back.getAttribute("name")).toBe("Loire");
    expect(back.getAttribute("actorAttributeTypes")).toEqual({ founded: "date" });
  });
});

describe("readGexf", () => {
  it("reads a GEXF 1.2 file written by NetworkX (French world column, edge type)", () => {
    const data = readFileSync(new URL("../fixtures/networkx/territory.gexf", import.meta.url));
    const { graph } = readGexf({ name: "territory.gexf", data: new Uint8Array(data) });
    expect(graph.mapNodes((_k, a) => [a.id, a.label, a.world, a.attributes])).toEqual([
      ["001", "Mairie", "collectivité", { budget: 12.5, public: true }],
      ["__proto__", "Association & co", "association", { budget: 3, public: false }],
      ["constructor", "État", "État", { budget: 7.25, public: true }],
    ]);
    expect(graph.mapEdges((_k, a) => [a.weight, a.types])).toEqual([
      [2.5, ["subvention"]],
      [1, ["contrat"]],
    ]);
    expect(graph.getAttribute("name")).toBe("networkx 2.8.8");
  });

  it("turns positions into x/y attributes when the file has no coordinates", () => {
    const gexf = `<gexf xmlns:viz="v" version="1.3"><graph><nodes><node id="a"><viz:position x="1.5" y="-2"/></node><node id="b"/></nodes></graph></gexf>`;
    const { graph } = readGexf({ name: "p.gexf", data: gexf });
    expect(graph.mapNodes((_k, a) => a.attributes)).toEqual([
      { x: 1.5, y: -2 },
      { x: null, y: null },
    ]);
    expect(graph.getAttribute("actorAttributeTypes")).toEqual({ x: "number", y: "number" });
  });

  it("refuses malformed XML with its line and column", () => {
    const [problem] = problemsOf(() =>
      readGexf({ name: "bad.gexf", data: "<gexf>\n  <graph>\n    <nodes>\n  </graph>\n</gexf>" }),
    );
    expect(problem).toMatchObject({ file: "bad.gexf", line: 4, column: 3 });
    expect(problem!.found).toMatch(/^malformed XML/);
  });

  it("places an edge to an unknown actor and a bad weight at the edge's line", () => {
    const gexf = [
      '<gexf version="1.3"><graph>',
      '<nodes><node id="a"/><node id="b"/></nodes>',
      "<edges>",
      '<edge source="a" target="b" weight="x"/>',
      '<edge source="a" target="zz"/>',
      "</edges></graph></gexf>",
    ].join("\n");
    const problems = problemsOf(() => readGexf({ name: "t.gexf", data: gexf }));
    expect(problems.map((p) => [p.line, p.field, p.found])).toEqual([
      [4, "weight", '"x"'],
      [5, "target", 'target "zz" is not an actor id'],
    ]);
  });

  it("refuses an XML file that is not GEXF", () => {
    const [problem] = problemsOf(() => readGexf({ name: "t.gexf", data: "<graphml/>" }));
    expect(problem!.expected).toMatch(/GEXF/);
  });
});
