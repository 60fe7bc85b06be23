/**
 * Writing GEXF 1.3 (gexf.net) ready for Gephi: one colour per world
 * (viz:color, Okabe–Ito palette), positions (viz:position) from x/y
 * attributes or else longitude/latitude, attributes declared with types,
 * link weight, types, dates and free attributes. When links carry dates the
 * graph is dynamic (timeformat="date") so Gephi's timeline works; the dates as
 * written (`2012`) are also kept as attributes for an exact round trip.
 */
import type { AttributeType, AttributeValue, TerritoryGraph } from "@catalyse/core";
import { ownValue } from "../graphml/write-graphml.js";
import { attributeColumns } from "../territory-columns.js";
import { assertWritable } from "../writable.js";
import { collectiveXml, type XmlColumnOut } from "../xml/collective-xml-columns.js";
import { escapeXml } from "../xml/parse-xml.js";
import { rgb, worldColors } from "./palette.js";

// GEXF 1.3 has no date attribute type: dates are strings whose attribute id ends in `.date`,
// which our reader turns back into dates (ids are never shown in Gephi).
const GEXF_TYPE: Readonly<Record<AttributeType, string>> = {
  string: "string",
  number: "double",
  boolean: "boolean",
  date: "string",
};
const idSuffix = (type: AttributeType) => (type === "date" ? ".date" : "");

/** The territory as a GEXF 1.3 document. */
export function writeGexf(graph: TerritoryGraph): string {
  assertWritable(graph, "gexf");
  const attrs = graph.getAttributes();
  const actorColumns = attributeColumns(graph, "actors");
  const linkColumns = attributeColumns(graph, "links");
  const colors = worldColors(attrs.worlds ?? []);
  let dynamic = false;
  graph.forEachEdge((_key, link) => {
    if (link.start !== null || link.end !== null) dynamic = true;
  });
  const xIndex = actorColumns.findIndex((column) => column.name === "x" && column.type === "number");
  const yIndex = actorColumns.findIndex((column) => column.name === "y" && column.type === "number");
  const collectives = collectiveXml(graph, ".date");
  const declare = (columns: readonly XmlColumnOut[] | undefined) =>
    (columns ?? []).map(
      (c) =>
        `      <attribute id="${escapeXml(c.id)}" title="${escapeXml(c.name)}" type="${GEXF_TYPE[c.type]}"/>`,
    );

  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    "  <meta>",
    // GEXF 1.3 meta holds only creator, keywords and description: the name goes in keywords.
    "    <creator>Catalyse</creator>",
    `    <keywords>${escapeXml(attrs.name ?? "")}</keywords>`,
    `    <description>${escapeXml(attrs.description ?? "")}</description>`,
    "  </meta>",
    `  <graph defaultedgetype="${graph.type === "directed" ? "directed" : "undirected"}" mode="${dynamic ? 'dynamic" timeformat="date' : "static"}">`,
    '    <attributes class="node">',
    '      <attribute id="world" title="world" type="string"/>',
    '      <attribute id="lat" title="lat" type="double"/>',
    '      <attribute id="lon" title="lon" type="double"/>',
    ...actorColumns.map(
      (c, i) =>
        `      <attribute id="n${i}${idSuffix(c.type)}" title="${escapeXml(c.name)}" type="${GEXF_TYPE[c.type]}"/>`,
    ),
    ...declare(collectives?.nodeColumns),
    "    </attributes>",
    '    <attributes class="edge">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="start" title="start" type="string"/>',
    '      <attribute id="end" title="end" type="string"/>',
    ...linkColumns.map(
      (c, i) =>
        `      <attribute id="e${i}${idSuffix(c.type)}" title="${escapeXml(c.name)}" type="${GEXF_TYPE[c.type]}"/>`,
    ),
    ...declare(collectives?.edgeColumns),
    "    </attributes>",
    "    <nodes>",
  ];
  const attvalue = (id: string, value: AttributeValue | undefined) =>
    value === null || value === undefined
      ? []
      : [`          <attvalue for="${id}" value="${escapeXml(String(value))}"/>`];
  graph.forEachNode((_key, actor) => {
    out.push(`      <node id="${escapeXml(actor.id)}" label="${escapeXml(actor.label)}">`);
    const values = [
      ...attvalue("world", actor.world),
      ...attvalue("lat", actor.lat),
      ...attvalue("lon", actor.lon),
      ...actorColumns.flatMap((column, i) =>
        attvalue(`n${i}${idSuffix(column.type)}`, ownValue(actor.attributes, column.name)),
      ),
    ];
    if (values.length > 0) out.push("        <attvalues>", ...values, "        </attvalues>");
    const [r, g, b] = rgb(colors.get(actor.world) ?? "#999999");
    out.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    const x = xIndex === -1 ? null : ownValue(actor.attributes, actorColumns[xIndex]!.name);
    const y = yIndex === -1 ? null : ownValue(actor.attributes, actorColumns[yIndex]!.name);
    if (typeof x === "number" && typeof y === "number")
      out.push(`        <viz:position x="${x}" y="${y}" z="0"/>`);
    else if (actor.lat !== null && actor.lon !== null)
      out.push(`        <viz:position x="${actor.lon}" y="${actor.lat}" z="0"/>`);
    out.push("      </node>");
  });
  const attvalues = (values: readonly [string, AttributeValue][]) => {
    const lines = values.flatMap(([id, value]) => attvalue(id, value));
    if (lines.length > 0) out.push("        <attvalues>", ...lines, "        </attvalues>");
  };
  for (const node of collectives?.nodes ?? []) {
    out.push(`      <node id="${escapeXml(node.id!)}" label="${escapeXml(node.label!)}">`);
    attvalues(node.values);
    out.push("      </node>");
  }
  out.push("    </nodes>", "    <edges>");
  let id = 0;
  graph.forEachEdge((_key, link, _s, _t, source, target) => {
    const spell =
      (link.start === null ? "" : ` start="${fullDate(link.start, "start")}"`) +
      (link.end === null ? "" : ` end="${fullDate(link.end, "end")}"`);
    const label = link.types.length > 0 ? ` label="${escapeXml(link.types.join("|"))}"` : "";
    out.push(
      `      <edge id="${id++}" source="${escapeXml(source.id)}" target="${escapeXml(target.id)}" weight="${link.weight}"${label}${spell}>`,
    );
    const values = [
      ...attvalue("type", link.types.length > 0 ? link.types.join("|") : null),
      ...attvalue("start", link.start),
      ...attvalue("end", link.end),
      ...linkColumns.flatMap((column, i) =>
        attvalue(`e${i}${idSuffix(column.type)}`, ownValue(link.attributes, column.name)),
      ),
    ];
    if (values.length > 0) out.push("        <attvalues>", ...values, "        </attvalues>");
    out.push("      </edge>");
  });
  for (const edge of collectives?.edges ?? []) {
    out.push(
      `      <edge id="${id++}" source="${escapeXml(edge.source!)}" target="${escapeXml(edge.target!)}">`,
    );
    attvalues(edge.values);
    out.push("      </edge>");
  }
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}

/** A year or month widened to a day, as GEXF's `date` time format needs (`2012` ends on 2012-12-31). */
function fullDate(value: string, bound: "start" | "end"): string {
  const [year, month] = value.split("-");
  if (month === undefined) return bound === "start" ? `${year}-01-01` : `${year}-12-31`;
  if (value.length > 7) return value;
  if (bound === "start") return `${value}-01`;
  const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${value}-${String(last).padStart(2, "0")}`;
}
