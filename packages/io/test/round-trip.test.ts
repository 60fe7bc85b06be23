/**
 * Property: for random territories (odd ids such as __proto__, constructor,
 * 01; unicode and formula-looking labels; typed random attributes; directed
 * or not), writing in any format then reading back keeps every actor, link
 * and attribute.
 */
import {
  type AttributeType,
  type AttributeValue,
  createTerritory,
  DEFAULT_WORLDS,
  type TerritoryGraph,
} from "@catalyse/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readTerritoryCsv } from "../src/csv/read-territory-csv.js";
import { writeTerritoryCsv } from "../src/csv/write-territory-csv.js";
import { readGexf } from "../src/gexf/read-gexf.js";
import { writeGexf } from "../src/gexf/write-gexf.js";
import { readGraphml } from "../src/graphml/read-graphml.js";
import { writeGraphml } from "../src/graphml/write-graphml.js";
import { ACTOR_ALIASES, LINK_ALIASES, normalizeName } from "../src/header-aliases.js";
import { readJson } from "../src/json/read-json.js";
import { writeJson } from "../src/json/write-json.js";
import { readXlsx } from "../src/xlsx/read-xlsx.js";
import { writeXlsx } from "../src/xlsx/write-xlsx.js";

const CHARS = [
  "a",
  "B",
  "z",
  "1",
  "é",
  "É",
  "ß",
  "中",
  "🙂",
  " ",
  "'",
  '"',
  ",",
  ";",
  "=",
  "+",
  "-",
  "@",
  "<",
  "&",
  "\n",
  "\t",
];
const ODD_IDS = [
  "__proto__",
  "constructor",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "1",
  "01",
  "001",
  "a b",
  "élan",
  "=1+1",
  "-x",
  "@a",
  "-3.5",
];
const RESERVED = new Set([...ACTOR_ALIASES.values(), ...LINK_ALIASES.values()].flat());

const text = (chars: readonly string[] = CHARS) =>
  fc
    .array(fc.constantFrom(...chars), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join("").trim())
    .filter((value) => value !== "");
const formulaText = fc.oneof(
  text(),
  fc.constantFrom("=1+1", "-x", "@a", "+33", "'=x", "-3.5", "Ville de Saint-Étienne"),
);
const date = fc
  .tuple(
    fc.integer({ min: 1900, max: 2100 }),
    fc.option(fc.integer({ min: 1, max: 12 })),
    fc.integer({ min: 1, max: 28 }),
    fc.boolean(),
  )
  .map(([year, month, day, withDay]) => {
    if (month === null) return String(year);
    const ym = `${year}-${String(month).padStart(2, "0")}`;
    return withDay ? `${ym}-${String(day).padStart(2, "0")}` : ym;
  });
const number = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
);
const attributeValue = (type: AttributeType): fc.Arbitrary<AttributeValue> => {
  const present: fc.Arbitrary<AttributeValue> =
    type === "number" ? number : type === "boolean" ? fc.boolean() : type === "date" ? date : formulaText;
  return fc.option(present, { freq: 4 });
};
const columns = fc
  .uniqueArray(
    fc.tuple(
      fc.oneof(
        text(CHARS.filter((c) => c !== "\n" && c !== "\t")),
        fc.constantFrom("__proto__", "constructor", "toString", "budget k€"),
      ),
      fc.constantFrom<AttributeType>("string", "number", "boolean", "date"),
    ),
    { maxLength: 3, selector: ([name]) => name },
  )
  .map((list) => list.filter(([name]) => !RESERVED.has(normalizeName(name)) && name !== "x" && name !== "y"));

const territory = fc
  .record({
    directed: fc.boolean(),
    ids: fc.uniqueArray(fc.oneof(fc.constantFrom(...ODD_IDS), text()), { minLength: 1, maxLength: 8 }),
    actorColumns: columns,
    linkColumns: columns,
  })
  .chain(({ directed, ids, actorColumns, linkColumns }) =>
    fc.record({
      directed: fc.constant(directed),
      actorColumns: fc.constant(actorColumns),
      linkColumns: fc.constant(linkColumns),
      actors: fc.tuple(
        ...ids.map((id) =>
          fc.record({
            id: fc.constant(id),
            label: fc.option(formulaText, { freq: 5 }),
            world: fc.option(fc.oneof(fc.constantFrom(...DEFAULT_WORLDS), text()), { freq: 5 }),
            lat: fc.option(fc.double({ min: -90, max: 90, noNaN: true }).filter((x) => !Object.is(x, -0))),
            lon: fc.option(fc.double({ min: -180, max: 180, noNaN: true }).filter((x) => !Object.is(x, -0))),
            attributes: fc.tuple(...actorColumns.map(([, type]) => attributeValue(type))),
          }),
        ),
      ),
      links: fc.array(
        fc.record({
          source: fc.constantFrom(...ids),
          target: fc.constantFrom(...ids),
          weight: fc.option(
            fc.oneof(fc.integer({ min: 1, max: 9 }), fc.double({ min: 0.001, max: 1000, noNaN: true })),
          ),
          type: fc.option(text(CHARS.filter((c) => c !== "|"))),
          start: fc.option(date),
          end: fc.option(date),
          attributes: fc.tuple(...linkColumns.map(([, type]) => attributeValue(type))),
        }),
        { maxLength: 12 },
      ),
    }),
  )
  .map((input) => {
    const graph = createTerritory({
      meta: {
        name: "round trip",
        directed: input.directed,
        actorAttributeTypes: Object.fromEntries(input.actorColumns),
        linkAttributeTypes: Object.fromEntries(input.linkColumns),
      },
      actors: input.actors.map((actor) => ({
        ...actor,
        attributes: Object.fromEntries(
          input.actorColumns.map(([name], i) => [name, actor.attributes[i] ?? null]),
        ),
      })),
      // Dates in order: a link that ends before it starts is refused by the model.
      links: input.links.map((link) => ({
        ...link,
        ...(link.start !== null && link.end !== null && link.end < link.start
          ? { start: link.end, end: link.start }
          : {}),
        attributes: Object.fromEntries(
          input.linkColumns.map(([name], i) => [name, link.attributes[i] ?? null]),
        ),
      })),
    }).graph;
    // Counterexamples print as the territory's JSON rather than [object Graph].
    Object.defineProperty(graph, fc.toStringMethod, { value: () => JSON.stringify(graph.export()) });
    return graph;
  });

function expectSameTerritory(back: TerritoryGraph, graph: TerritoryGraph, keepsMerged: boolean): void {
  expect(back.type).toBe(graph.type);
  expect(back.mapNodes((_k, a) => a)).toEqual(graph.mapNodes((_k, a) => a));
  const links = (g: TerritoryGraph) =>
    g.mapEdges((_k, { merged, ...a }, _s, _t, source, target) => ({
      source: source.id,
      target: target.id,
      ...a,
      ...(keepsMerged ? { merged } : {}),
    }));
  expect(links(back)).toEqual(links(graph));
  expect(back.getAttribute("actorAttributeTypes")).toEqual(graph.getAttribute("actorAttributeTypes"));
  expect(back.getAttribute("linkAttributeTypes")).toEqual(graph.getAttribute("linkAttributeTypes"));
}

const RUNS = { numRuns: 60 };

describe("write then read keeps all actors, links and attributes", () => {
  it("CSV folder, with , ; or tab as delimiter", () => {
    fc.assert(
      fc.property(territory, fc.constantFrom<"," | ";" | "\t">(",", ";", "\t"), (graph, delimiter) => {
        const files = writeTerritoryCsv(graph, { delimiter });
        const back = readTerritoryCsv({
          actors: { name: "actors.csv", data: files.actors },
          links: { name: "links.csv", data: new TextEncoder().encode(files.links) },
          territory: { name: "territory.json", data: files.territory },
        }).graph;
        expectSameTerritory(back, graph, false);
        expect(back.getAttribute("worlds")).toEqual(graph.getAttribute("worlds"));
      }),
      RUNS,
    );
  });

  it("CSV folder in the excel-fr dialect (BOM, ;, decimal comma, CRLF), read from bytes", () => {
    fc.assert(
      fc.property(territory, (graph) => {
        const files = writeTerritoryCsv(graph, { dialect: "excel-fr" });
        const back = readTerritoryCsv({
          actors: { name: "actors.csv", data: new TextEncoder().encode(files.actors) },
          links: { name: "links.csv", data: new TextEncoder().encode(files.links) },
          territory: { name: "territory.json", data: files.territory },
        }).graph;
        expectSameTerritory(back, graph, false);
      }),
      RUNS,
    );
  });

  it("GEXF", () => {
    fc.assert(
      fc.property(territory, (graph) => {
        expectSameTerritory(readGexf({ name: "t.gexf", data: writeGexf(graph) }).graph, graph, false);
      }),
      RUNS,
    );
  });

  it("GraphML", () => {
    fc.assert(
      fc.property(territory, (graph) => {
        const back = readGraphml({ name: "t.graphml", data: writeGraphml(graph) }).graph;
        expectSameTerritory(back, graph, false);
        expect(back.getAttributes()).toEqual(graph.getAttributes());
      }),
      RUNS,
    );
  });

  it("JSON (graphology serialisation)", () => {
    fc.assert(
      fc.property(territory, (graph) => {
        const back = readJson({ name: "t.json", data: writeJson(graph) }).graph;
        expectSameTerritory(back, graph, true);
        expect(back.getAttributes()).toEqual(graph.getAttributes());
      }),
      RUNS,
    );
  });

  it("XLSX", () => {
    fc.assert(
      fc.property(territory, (graph) => {
        const back = readXlsx({ name: "t.xlsx", data: writeXlsx(graph) }).graph;
        expectSameTerritory(back, graph, false);
        expect(back.getAttributes()).toEqual(graph.getAttributes());
      }),
      { numRuns: 30 },
    );
  });
});
