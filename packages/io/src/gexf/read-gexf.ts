/**
 * Reading GEXF (1.1 to 1.3, as Gephi writes it): declared node and edge
 * attributes become actor and link fields when their titles say so (world or
 * monde, lat, lon, type, start, end) and free attributes otherwise; the edge
 * `weight`, `label` (or `kind`, or NetworkX's non-structural `type`: the link
 * type) and `start`/`end` attributes are read too. Positions
 * (viz:position) become x/y attributes when the file has no coordinates.
 */
import type { TerritoryMeta } from "@catalyse/core";
import type { ReadOptions } from "../limits.js";
import type { InputFile, ReadTerritoryResult } from "../read-result.js";
import { childNamed, childrenNamed, type XmlElement } from "../xml/parse-xml.js";
import { readGraphDocument } from "../xml/read-graph-document.js";
import { buildXmlTerritory, type XmlColumn } from "../xml/xml-territory.js";
import { attributeTypeOf } from "../xml/xml-values.js";

const RESERVED = new Set(["world", "lat", "lon", "type", "start", "end"]);

/**
 * Reads a territory from GEXF.
 * @throws {InputError} with every problem found.
 */
export function readGexf(file: InputFile, options: ReadOptions = {}): ReadTerritoryResult {
  const { root, graph, problems } = readGraphDocument(file, "gexf", "GEXF", options);
  const columns = (kind: string): XmlColumn[] =>
    childrenNamed(graph, "attributes")
      .filter((block) => block.attributes.get("class") === kind)
      .flatMap((block) => childrenNamed(block, "attribute"))
      .map((attribute) => {
        const id = attribute.attributes.get("id") ?? "";
        return {
          id,
          name: attribute.attributes.get("title") ?? id,
          // Catalyse writes dates as strings with an id ending in `.date` (GEXF 1.3 has no date type).
          type: id.endsWith(".date") ? "date" : attributeTypeOf(attribute.attributes.get("type")),
          defaultValue: childNamed(attribute, "default")?.text,
        };
      });
  const values = (element: XmlElement) => {
    const map = new Map<string, string>();
    for (const value of childrenNamed(childNamed(element, "attvalues"), "attvalue")) {
      const key = value.attributes.get("for") ?? value.attributes.get("id") ?? "";
      if (!map.has(key)) map.set(key, value.attributes.get("value") ?? "");
    }
    return map;
  };
  const meta = childNamed(root, "meta");
  const territory: TerritoryMeta = {
    name:
      childNamed(meta, "title")?.text.trim() ||
      (childNamed(meta, "creator")?.text.trim() === "Catalyse"
        ? childNamed(meta, "keywords")?.text.trim()
        : "") ||
      graph.attributes.get("name") ||
      "",
    description: childNamed(meta, "description")?.text.trim() ?? "",
    directed: graph.attributes.get("defaultedgetype") === "directed",
  };
  const optional = (element: XmlElement, name: string) => element.attributes.get(name);
  return buildXmlTerritory(
    {
      file: file.name,
      meta: territory,
      nodeColumns: columns("node"),
      edgeColumns: columns("edge"),
      nodes: childrenNamed(childNamed(graph, "nodes"), "node").map((node) => {
        const position = childNamed(node, "position");
        const x = Number(position?.attributes.get("x"));
        const y = Number(position?.attributes.get("y"));
        return {
          id: node.attributes.get("id") ?? "",
          line: node.line,
          label: optional(node, "label"),
          values: values(node),
          position: Number.isFinite(x) && Number.isFinite(y) ? { x, y } : undefined,
        };
      }),
      edges: childrenNamed(childNamed(graph, "edges"), "edge").map((edge) => ({
        source: edge.attributes.get("source") ?? "",
        target: edge.attributes.get("target") ?? "",
        line: edge.line,
        weight: optional(edge, "weight"),
        label: optional(edge, "label") ?? optional(edge, "kind") ?? linkTypeAttribute(edge),
        start: optional(edge, "start"),
        end: optional(edge, "end"),
        values: values(edge),
      })),
      reservedIds: RESERVED,
    },
    problems,
  );
}

/**
 * NetworkX writes an edge attribute named `type` as the XML `type` attribute,
 * which GEXF reserves for directed/undirected/mutual; any other value is a link type.
 */
function linkTypeAttribute(edge: XmlElement): string | undefined {
  const type = edge.attributes.get("type");
  return type === undefined || ["directed", "undirected", "mutual"].includes(type) ? undefined : type;
}
