/**
 * Reading GraphML: keys (`attr.name`, `attr.type`, `<default>`) become
 * actor or link fields when their names say so (label, world/monde, lat,
 * lon, weight/poids, type, start/début, end/fin) and free attributes
 * otherwise. Node ids are actor ids.
 */
import type { TerritoryMeta } from "@catalyse/core";
import type { InputProblem } from "../errors.js";
import type { ReadOptions } from "../limits.js";
import { inputProblem } from "../problems/input-problem.js";
import type { InputFile, ReadTerritoryResult } from "../read-result.js";
import { metaFromObject } from "../territory-meta.js";
import { childNamed, childrenNamed, type XmlElement } from "../xml/parse-xml.js";
import { readGraphDocument } from "../xml/read-graph-document.js";
import { buildXmlTerritory, type XmlColumn } from "../xml/xml-territory.js";
import { attributeTypeOf } from "../xml/xml-values.js";

const RESERVED = new Set(["label", "world", "lat", "lon", "weight", "type", "start", "end"]);

/**
 * Reads a territory from GraphML.
 * @throws {InputError} with every problem found.
 */
export function readGraphml(file: InputFile, options: ReadOptions = {}): ReadTerritoryResult {
  const { root, graph, problems } = readGraphDocument(file, "graphml", "GraphML", options);
  const columns = { graph: [] as XmlColumn[], node: [] as XmlColumn[], edge: [] as XmlColumn[] };
  for (const key of childrenNamed(root, "key")) {
    const id = key.attributes.get("id") ?? "";
    if (key.attributes.has("yfiles.type")) continue; // yEd drawing data, not attributes
    const domain = key.attributes.get("for") ?? "all";
    const column: XmlColumn = {
      id,
      name: key.attributes.get("attr.name") ?? id,
      type: attributeTypeOf(key.attributes.get("catalyse.type") ?? key.attributes.get("attr.type")),
      defaultValue: childNamed(key, "default")?.text,
    };
    if (domain === "graph" || domain === "all") columns.graph.push(column);
    if (domain === "node" || domain === "all") columns.node.push(column);
    if (domain === "edge" || domain === "all") columns.edge.push(column);
  }
  const values = (element: XmlElement) =>
    new Map(childrenNamed(element, "data").map((data) => [data.attributes.get("key") ?? "", data.text]));

  const meta: TerritoryMeta = graphMeta(values(graph), columns.graph, file.name, problems);
  meta.directed = graph.attributes.get("edgedefault") === "directed";
  return buildXmlTerritory(
    {
      file: file.name,
      meta,
      nodeColumns: columns.node,
      edgeColumns: columns.edge,
      nodes: childrenNamed(graph, "node").map((node) => ({
        id: node.attributes.get("id") ?? "",
        line: node.line,
        values: values(node),
      })),
      edges: childrenNamed(graph, "edge").map((edge) => ({
        source: edge.attributes.get("source") ?? "",
        target: edge.attributes.get("target") ?? "",
        line: edge.line,
        values: values(edge),
      })),
      reservedIds: RESERVED,
    },
    problems,
  );
}

function graphMeta(
  values: Map<string, string>,
  columns: readonly XmlColumn[],
  file: string,
  problems: InputProblem[],
): TerritoryMeta {
  const object: Record<string, unknown> = {};
  for (const column of columns) {
    const text = values.get(column.id) ?? column.defaultValue;
    if (text === undefined) continue;
    if (column.id === "g_worlds" || column.id === "g_extra") {
      try {
        const value: unknown = JSON.parse(text);
        if (column.id === "g_worlds") object.worlds = value;
        else if (typeof value === "object" && value !== null)
          for (const [key, item] of Object.entries(value))
            Object.defineProperty(object, key, {
              value: item,
              enumerable: true,
              configurable: true,
              writable: true,
            });
      } catch {
        problems.push(inputProblem("xml-value", { value: text, type: "json" }, { file, field: column.name }));
      }
    } else
      Object.defineProperty(object, column.name, {
        value: text,
        enumerable: true,
        configurable: true,
        writable: true,
      });
  }
  return metaFromObject(object, file, problems);
}
