import { readFileSync } from "node:fs";
import { createTerritory } from "@catalyse/core";
import { describe, expect, it } from "vitest";
import { readGraphml } from "../../src/graphml/read-graphml.js";
import { writeGraphml } from "../../src/graphml/write-graphml.js";
import { problemsOf } from "../helpers.js";

describe("writeGraphml", () => {
  const { graph } = createTerritory({
    meta: { name: "T", directed: true, extra: { pilot: 1 }, actorAttributeTypes: { since: "date" } },
    actors: [
      { id: "a", label: "A", world: "association", attributes: { since: "2012", size: 3, public: true } },
      { id: "b", label: "B", world: "entreprise", attributes: { since: null, size: 1.5, public: false } },
    ],
    links: [
      {
        source: "a",
        target: "b",
        weight: 2,
        type: "contrat",
        start: "2012-05",
        attributes: { note: "x\ny" },
      },
    ],
  });
  const xml = writeGraphml(graph);

  it("declares every key with its attr.type, dates kept in catalyse.type", () => {
    expect(xml).toContain(
      '<key id="n0" for="node" attr.name="since" attr.type="string" catalyse.type="date"/>',
    );
    expect(xml).toContain('<key id="n1" for="node" attr.name="size" attr.type="double"/>');
    expect(xml).toContain('<key id="n2" for="node" attr.name="public" attr.type="boolean"/>');
    expect(xml).toContain('<graph id="G" edgedefault="directed">');
  });

  it("uses actor ids as node ids", () => {
    expect(xml).toContain('<node id="a">');
    expect(xml).toContain('<edge source="a" target="b">');
  });

  it("is read back unchanged, territory attributes included", () => {
    const back = readGraphml({ name: "t.graphml", data: xml }).graph;
    expect(back.type).toBe("directed");
    expect(back.mapNodes((_k, a) => a)).toEqual(graph.mapNodes((_k, a) => a));
    expect(back.mapEdges((_k, a) => a)).toEqual(graph.mapEdges((_k, a) => a));
    // Types the original left undeclared are declared once read back.
    expect(back.getAttributes()).toEqual({
      ...graph.getAttributes(),
      actorAttributeTypes: { since: "date", size: "number", public: "boolean" },
      linkAttributeTypes: { note: "string" },
    });
  });
});

describe("readGraphml", () => {
  it("reads a GraphML file written by NetworkX (French world key, Python booleans)", () => {
    const data = readFileSync(new URL("../fixtures/networkx/territory.graphml", import.meta.url));
    const { graph } = readGraphml({ name: "territory.graphml", data: new Uint8Array(data) });
    expect(graph.mapNodes((_k, a) => [a.id, a.label, a.world, a.attributes])).toEqual([
      ["001", "Mairie", "collectivité", { public: true, budget: 12.5 }],
      ["__proto__", "Association & co", "association", { public: false, budget: 3 }],
      ["constructor", "État", "État", { public: true, budget: 7.25 }],
    ]);
    expect(graph.mapEdges((_k, a) => [a.weight, a.types])).toEqual([
      [2.5, ["subvention"]],
      [1, ["contrat"]],
    ]);
  });

  it("applies key defaults", () => {
    const xml = `<graphml><key id="w" for="node" attr.name="monde" attr.type="string"><default>fondation</default></key>
      <graph><node id="a"/></graph></graphml>`;
    expect(readGraphml({ name: "d.graphml", data: xml }).graph.getNodeAttribute("0", "world")).toBe(
      "fondation",
    );
  });

  it("refuses malformed XML with its line and column", () => {
    const [problem] = problemsOf(() =>
      readGraphml({
        name: "bad.graphml",
        data: '<graphml>\n<graph>\n<node id="a" id="b"/>\n</graph></graphml>',
      }),
    );
    expect(problem).toMatchObject({ file: "bad.graphml", line: 3 });
    expect(problem!.found).toMatch(/malformed XML.*repeated/);
  });

  it("places a duplicate node id at the line of the second node", () => {
    const xml = '<graphml>\n<graph>\n<node id="a"/>\n<node id="a"/>\n</graph>\n</graphml>';
    const [problem] = problemsOf(() => readGraphml({ name: "t.graphml", data: xml }));
    expect(problem).toMatchObject({ file: "t.graphml", line: 4, field: "id" });
    expect(problem!.found).toBe('duplicate actor id "a" (first used on line 3)');
  });
});
