/**
 * `catalyse export --format parquet`: a territory as two Parquet tables, the
 * hand-off to tools that scale beyond one machine.
 *
 * - `nodes.parquet`: `id`, `label`, `world`, `lat`, `lon`, then each free actor
 *   attribute (typed as declared: number → DOUBLE, boolean → BOOLEAN, else UTF8).
 * - `edges.parquet`: `src`, `dst`, `weight`, `type`, `start`, `end`, `merged`,
 *   then each free link attribute. `type` joins a merged link's types with "|".
 *
 * `id`/`src`/`dst` are the column names Spark GraphFrames requires
 * (`GraphFrame(vertices, edges)`); Neo4j's `gds.graph.project` reads the same
 * tables once loaded as nodes and relationships (see packages/bulk/README.md).
 * Undirected territories write each link once; the key-value metadata says
 * `catalyse.directed`.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { AttributeType, AttributeValue, CompactIndex, TerritoryGraph } from "@catalyse/core";
import {
  type ParquetColumn,
  type ParquetColumnType,
  type ParquetValue,
  writeParquetTable,
} from "./parquet-table.js";

/** The files `writeTerritoryParquet` wrote and their row counts. */
export interface ParquetExportResult {
  nodesFile: string;
  edgesFile: string;
  nodes: number;
  edges: number;
}

const TYPE_SEPARATOR = "|";

function columnType(type: AttributeType | undefined): ParquetColumnType {
  return type === "number" ? "double" : type === "boolean" ? "boolean" : "string";
}

/** A free attribute as its column type wants it (mismatches become null rather than corrupt the column). */
function cell(value: AttributeValue | undefined, type: ParquetColumnType): ParquetValue {
  if (value === undefined || value === null) return null;
  if (type === "double") return typeof value === "number" ? value : null;
  if (type === "boolean") return typeof value === "boolean" ? value : null;
  return String(value);
}

/** Attribute columns in a stable order, avoiding names the fixed columns use. */
function attributeColumns(
  declared: Record<string, AttributeType>,
  seen: Iterable<string>,
  reserved: readonly string[],
): Array<ParquetColumn & { key: string }> {
  const names = [...new Set([...Object.keys(declared), ...seen])];
  return names.map((key) => ({
    key,
    name: reserved.includes(key) ? `attr_${key}` : key,
    type: columnType(declared[key]),
    nullable: true,
  }));
}

/** Writes a territory as `nodes.parquet` and `edges.parquet` in `folder`, with the columns Spark GraphFrames expects (`id`; `src`, `dst`). */
export function writeTerritoryParquet(graph: TerritoryGraph, folder: string): ParquetExportResult {
  mkdirSync(folder, { recursive: true });
  const metadata = {
    "catalyse.directed": String(graph.getAttribute("directed") ?? graph.type === "directed"),
    "catalyse.name": graph.getAttribute("name") ?? "",
  };
  const nodeKeys = graph.nodes();
  const actorSeen = new Set<string>();
  for (const key of nodeKeys)
    for (const name of Object.keys(graph.getNodeAttribute(key, "attributes"))) actorSeen.add(name);
  const nodeFixed: ParquetColumn[] = [
    { name: "id", type: "string", nullable: false },
    { name: "label", type: "string", nullable: false },
    { name: "world", type: "string", nullable: false },
    { name: "lat", type: "double", nullable: true },
    { name: "lon", type: "double", nullable: true },
  ];
  const nodeExtra = attributeColumns(
    graph.getAttribute("actorAttributeTypes") ?? {},
    actorSeen,
    nodeFixed.map((c) => c.name),
  );
  const nodesFile = join(folder, "nodes.parquet");
  writeParquetTable(
    nodesFile,
    [...nodeFixed, ...nodeExtra],
    nodeKeys.length,
    (start, end) => {
      const columns: ParquetValue[][] = Array.from({ length: nodeFixed.length + nodeExtra.length }, () => []);
      for (let i = start; i < end; i++) {
        const a = graph.getNodeAttributes(nodeKeys[i]!);
        const row: ParquetValue[] = [a.id, a.label, a.world, a.lat, a.lon];
        for (const extra of nodeExtra) row.push(cell(a.attributes[extra.key], extra.type));
        for (const [c, value] of row.entries()) columns[c]!.push(value);
      }
      return columns;
    },
    metadata,
  );

  const edgeKeys = graph.edges();
  const linkSeen = new Set<string>();
  for (const key of edgeKeys)
    for (const name of Object.keys(graph.getEdgeAttribute(key, "attributes"))) linkSeen.add(name);
  const edgeFixed: ParquetColumn[] = [
    { name: "src", type: "string", nullable: false },
    { name: "dst", type: "string", nullable: false },
    { name: "weight", type: "double", nullable: false },
    { name: "type", type: "string", nullable: true },
    { name: "start", type: "string", nullable: true },
    { name: "end", type: "string", nullable: true },
    { name: "merged", type: "int32", nullable: false },
  ];
  const edgeExtra = attributeColumns(
    graph.getAttribute("linkAttributeTypes") ?? {},
    linkSeen,
    edgeFixed.map((c) => c.name),
  );
  const edgesFile = join(folder, "edges.parquet");
  writeParquetTable(
    edgesFile,
    [...edgeFixed, ...edgeExtra],
    edgeKeys.length,
    (start, end) => {
      const columns: ParquetValue[][] = Array.from({ length: edgeFixed.length + edgeExtra.length }, () => []);
      for (let i = start; i < end; i++) {
        const key = edgeKeys[i]!;
        const a = graph.getEdgeAttributes(key);
        const row: ParquetValue[] = [
          graph.getNodeAttribute(graph.source(key), "id"),
          graph.getNodeAttribute(graph.target(key), "id"),
          a.weight,
          a.types.length === 0 ? null : a.types.join(TYPE_SEPARATOR),
          a.start,
          a.end,
          a.merged,
        ];
        for (const extra of edgeExtra) row.push(cell(a.attributes[extra.key], extra.type));
        for (const [c, value] of row.entries()) columns[c]!.push(value);
      }
      return columns;
    },
    metadata,
  );
  return { nodesFile, edgesFile, nodes: nodeKeys.length, edges: edgeKeys.length };
}

/**
 * The same tables from a compact index (a territory streamed by
 * `streamTerritory`): `id`, `label`, `world`; `src`, `dst`, `weight` (the index
 * holds no types or dates).
 */
export function writeIndexParquet(
  index: CompactIndex,
  folder: string,
  labels: readonly string[] = index.ids,
): ParquetExportResult {
  mkdirSync(folder, { recursive: true });
  const metadata = { "catalyse.directed": String(index.directed) };
  const nodesFile = join(folder, "nodes.parquet");
  writeParquetTable(
    nodesFile,
    [
      { name: "id", type: "string", nullable: false },
      { name: "label", type: "string", nullable: false },
      { name: "world", type: "string", nullable: false },
    ],
    index.order,
    (start, end) => [
      index.ids.slice(start, end),
      labels.slice(start, end),
      Array.from({ length: end - start }, (_, i) => index.worldNames[index.worldOf[start + i]!]!),
    ],
    metadata,
  );
  const edgesFile = join(folder, "edges.parquet");
  writeParquetTable(
    edgesFile,
    [
      { name: "src", type: "string", nullable: false },
      { name: "dst", type: "string", nullable: false },
      { name: "weight", type: "double", nullable: false },
    ],
    index.size,
    (start, end) => [
      Array.from(index.linkSource.subarray(start, end), (p) => index.ids[p]!),
      Array.from(index.linkTarget.subarray(start, end), (p) => index.ids[p]!),
      Array.from(index.linkWeight.subarray(start, end)),
    ],
    metadata,
  );
  return { nodesFile, edgesFile, nodes: index.order, edges: index.size };
}
