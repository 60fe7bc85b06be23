/**
 * Writing GraphML (graphml.graphdrawing.org), with every key declared with
 * its `attr.type`. Node ids are actor ids. Attribute types GraphML lacks
 * (dates) are kept in a `catalyse.type` key attribute, as yEd keeps its own.
 * Territory name, description, source, worlds and extra keys are graph data.
 */
import type { AttributeType, AttributeValue, TerritoryGraph } from "@catalyse/core";
import { attributeColumns } from "../territory-columns.js";
import { territoryMetaObject } from "../territory-meta.js";
import { assertWritable } from "../writable.js";
import { collectiveXml } from "../xml/collective-xml-columns.js";
import { escapeXml } from "../xml/parse-xml.js";

const GRAPHML_TYPE: Readonly<Record<AttributeType, string>> = {
  string: "string",
  number: "double",
  boolean: "boolean",
  date: "string",
};

interface Key {
  id: string;
  for: "graph" | "node" | "edge";
  name: string;
  type: AttributeType;
}

/** The territory as a GraphML document. */
export function writeGraphml(graph: TerritoryGraph): string {
  assertWritable(graph, "graphml");
  const meta = territoryMetaObject(graph);
  const actorColumns = attributeColumns(graph, "actors");
  const linkColumns = attributeColumns(graph, "links");
  const collectives = collectiveXml(graph);
  const keys: Key[] = [
    { id: "g_name", for: "graph", name: "name", type: "string" },
    { id: "g_description", for: "graph", name: "description", type: "string" },
    { id: "g_source", for: "graph", name: "source", type: "string" },
    { id: "g_worlds", for: "graph", name: "worlds", type: "string" },
    { id: "g_extra", for: "graph", name: "extra", type: "string" },
    { id: "label", for: "node", name: "label", type: "string" },
    { id: "world", for: "node", name: "world", type: "string" },
    { id: "lat", for: "node", name: "lat", type: "number" },
    { id: "lon", for: "node", name: "lon", type: "number" },
    ...actorColumns.map((c, i): Key => ({ id: `n${i}`, for: "node", name: c.name, type: c.type })),
    { id: "weight", for: "edge", name: "weight", type: "number" },
    { id: "type", for: "edge", name: "type", type: "string" },
    { id: "start", for: "edge", name: "start", type: "string" },
    { id: "end", for: "edge", name: "end", type: "string" },
    ...linkColumns.map((c, i): Key => ({ id: `e${i}`, for: "edge", name: c.name, type: c.type })),
    ...(collectives?.nodeColumns ?? []).map((c): Key => ({ ...c, for: "node" })),
    ...(collectives?.edgeColumns ?? []).map((c): Key => ({ ...c, for: "edge" })),
  ];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const key of keys) {
    const extra = key.type === "date" ? ' catalyse.type="date"' : "";
    out.push(
      `  <key id="${key.id}" for="${key.for}" attr.name="${escapeXml(key.name)}" attr.type="${GRAPHML_TYPE[key.type]}"${extra}/>`,
    );
  }
  out.push(`  <graph id="G" edgedefault="${graph.type === "directed" ? "directed" : "undirected"}">`);
  const data = (indent: string, key: string, value: AttributeValue | undefined) => {
    if (value === null || value === undefined) return;
    out.push(`${indent}<data key="${key}">${escapeXml(String(value))}</data>`);
  };
  data("    ", "g_name", meta.name as string);
  data("    ", "g_description", meta.description as string);
  data("    ", "g_source", meta.source as string);
  data("    ", "g_worlds", JSON.stringify(meta.worlds));
  const extra = graph.getAttribute("extra") ?? {};
  if (Object.keys(extra).length > 0) data("    ", "g_extra", JSON.stringify(extra));
  graph.forEachNode((_key, attrs) => {
    out.push(`    <node id="${escapeXml(attrs.id)}">`);
    data("      ", "label", attrs.label);
    data("      ", "world", attrs.world);
    data("      ", "lat", attrs.lat);
    data("      ", "lon", attrs.lon);
    actorColumns.forEach((column, i) => {
      data("      ", `n${i}`, ownValue(attrs.attributes, column.name));
    });
    out.push("    </node>");
  });
  graph.forEachEdge((_key, attrs, _source, _target, sourceAttrs, targetAttrs) => {
    out.push(`    <edge source="${escapeXml(sourceAttrs.id)}" target="${escapeXml(targetAttrs.id)}">`);
    data("      ", "weight", attrs.weight);
    if (attrs.types.length > 0) data("      ", "type", attrs.types.join("|"));
    data("      ", "start", attrs.start);
    data("      ", "end", attrs.end);
    linkColumns.forEach((column, i) => {
      data("      ", `e${i}`, ownValue(attrs.attributes, column.name));
    });
    out.push("    </edge>");
  });
  for (const node of collectives?.nodes ?? []) {
    out.push(`    <node id="${escapeXml(node.id!)}">`);
    data("      ", "label", node.label);
    for (const [key, value] of node.values) data("      ", key, value);
    out.push("    </node>");
  }
  for (const edge of collectives?.edges ?? []) {
    out.push(`    <edge source="${escapeXml(edge.source!)}" target="${escapeXml(edge.target!)}">`);
    for (const [key, value] of edge.values) data("      ", key, value);
    out.push("    </edge>");
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}

export function ownValue(record: Record<string, AttributeValue> | undefined, name: string): AttributeValue {
  return record !== undefined && Object.hasOwn(record, name) ? (record[name] ?? null) : null;
}
