/**
 * The node and edge columns GEXF and GraphML writers declare for collectives
 * and memberships (see xml-collectives.ts for how they are read back), and
 * each row's values by column id.
 */
import {
  type AttributeType,
  type AttributeValue,
  type TerritoryGraph,
  territoryCollectives,
} from "@catalyse/core";
import { collectiveColumns } from "../collectives/collective-tables.js";
import { ownValue } from "../graphml/write-graphml.js";
import { COLLECTIVE_COLUMN, COLLECTIVE_PREFIX, MEMBERSHIP_PREFIX } from "./xml-collectives.js";

export interface XmlColumnOut {
  id: string;
  name: string;
  type: AttributeType;
}

export interface XmlRowOut {
  /** Node id, or the edge's source and target. */
  id?: string;
  source?: string;
  target?: string;
  label?: string;
  values: [string, AttributeValue][];
}

export interface CollectiveXml {
  nodeColumns: XmlColumnOut[];
  edgeColumns: XmlColumnOut[];
  nodes: XmlRowOut[];
  /** Membership edges; their dates go in the links' own `start` and `end` columns. */
  edges: XmlRowOut[];
}

/**
 * Columns and rows for a territory's collectives; undefined without any.
 * `dateSuffix` is appended to the ids of date columns (GEXF has no date type).
 */
export function collectiveXml(graph: TerritoryGraph, dateSuffix = ""): CollectiveXml | undefined {
  const data = territoryCollectives(graph);
  if (data.collectives.length === 0) return undefined;
  const suffix = (type: AttributeType) => (type === "date" ? dateSuffix : "");
  const collectiveFree = collectiveColumns(graph, "collectives").map((c, i) => ({
    ...c,
    id: `${COLLECTIVE_PREFIX}${i}${suffix(c.type)}`,
  }));
  const membershipFree = collectiveColumns(graph, "memberships").map((c, i) => ({
    ...c,
    id: `${MEMBERSHIP_PREFIX}${i}${suffix(c.type)}`,
  }));
  return {
    nodeColumns: [
      { id: COLLECTIVE_COLUMN.kind, name: "kind", type: "string" },
      { id: COLLECTIVE_COLUMN.start, name: "start", type: "string" },
      { id: COLLECTIVE_COLUMN.end, name: "end", type: "string" },
      ...collectiveFree,
    ],
    edgeColumns: [{ id: COLLECTIVE_COLUMN.role, name: "role", type: "string" }, ...membershipFree],
    nodes: data.collectives.map((c) => ({
      id: c.id,
      label: c.label,
      values: [
        [COLLECTIVE_COLUMN.kind, c.kind],
        [COLLECTIVE_COLUMN.start, c.start],
        [COLLECTIVE_COLUMN.end, c.end],
        ...collectiveFree.map((col): [string, AttributeValue] => [col.id, ownValue(c.attributes, col.name)]),
      ],
    })),
    edges: data.memberships.map((m) => ({
      source: m.actor,
      target: m.collective,
      values: [
        [COLLECTIVE_COLUMN.role, m.role],
        ["start", m.start],
        ["end", m.end],
        ...membershipFree.map((col): [string, AttributeValue] => [col.id, ownValue(m.attributes, col.name)]),
      ],
    })),
  };
}
