/**
 * Collectives in GEXF and GraphML: nodes with a `kind` attribute are
 * collectives (its value is the collective's kind; actors have none), and
 * edges touching them are memberships (`role`, `start`, `end`). Catalyse
 * writes the collectives' own columns with ids starting `c.` and the
 * memberships' with `m.`, so a round trip keeps them apart from the actors'
 * and links' columns; in other files every other column is the actors' or the
 * links'.
 */
import type { AttributeType, AttributeValue, CollectiveInput, MembershipInput } from "@catalyse/core";
import type { PlaceOf } from "../build-territory.js";
import type { PlacedRows } from "../collectives/read-collective-tables.js";
import type { InputProblem } from "../errors.js";
import { normalizeName } from "../header-aliases.js";
import { parseDate } from "../values.js";
import type { XmlColumn, XmlEdge, XmlNode, XmlTerritory } from "./xml-territory.js";
import { readXmlValue } from "./xml-values.js";

/** Column ids Catalyse writes for collectives and memberships. */
export const COLLECTIVE_COLUMN = { kind: "kind", start: "c.start", end: "c.end", role: "role" } as const;
export const COLLECTIVE_PREFIX = "c.";
export const MEMBERSHIP_PREFIX = "m.";

export interface XmlCollectives {
  /** The input without collective nodes, membership edges and their columns. */
  territory: XmlTerritory;
  collectives?: PlacedRows<CollectiveInput>;
  memberships?: PlacedRows<MembershipInput>;
}

export function splitXmlCollectives(input: XmlTerritory, problems: InputProblem[]): XmlCollectives {
  const kind =
    input.nodeColumns.find((column) => column.id === COLLECTIVE_COLUMN.kind) ??
    input.nodeColumns.find((column) => normalizeName(column.name) === "kind");
  if (kind === undefined) return { territory: input };
  const kindOf = (node: XmlNode) => (node.values.get(kind.id) ?? kind.defaultValue ?? "").trim();
  const collectiveNodes = input.nodes.filter((node) => kindOf(node) !== "");
  const ids = new Set(collectiveNodes.map((node) => node.id));
  const isMembership = (edge: XmlEdge) => ids.has(edge.source) || ids.has(edge.target);
  const ours = (prefix: string) => (column: XmlColumn) => column.id.startsWith(prefix);
  const collectiveColumns = input.nodeColumns.filter(ours(COLLECTIVE_PREFIX));
  const membershipColumns = input.edgeColumns.filter(ours(MEMBERSHIP_PREFIX));
  const role =
    input.edgeColumns.find((column) => column.id === COLLECTIVE_COLUMN.role) ??
    input.edgeColumns.find((column) => normalizeName(column.name) === "role");
  const edgeField = (name: string) =>
    input.edgeColumns.find((column) => column.id === name) ??
    input.edgeColumns.find((column) => normalizeName(column.name) === name);
  const free = (row: { values: Map<string, string>; line: number }, columns: readonly XmlColumn[]) => {
    const values: Record<string, AttributeValue> = {};
    for (const column of columns) {
      if (column.id === COLLECTIVE_COLUMN.start || column.id === COLLECTIVE_COLUMN.end) continue;
      const text = row.values.get(column.id) ?? column.defaultValue;
      const value = text === undefined ? null : readXmlValue(text, column.type);
      if (value === undefined)
        problems.push({
          file: input.file,
          line: row.line,
          field: column.name,
          found: `"${text}"`,
          expected: `a ${column.type}`,
          severity: "error",
        });
      Object.defineProperty(values, column.name, {
        value: value ?? null,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return values;
  };
  const value = (row: { values: Map<string, string> }, column: XmlColumn | undefined) =>
    column === undefined ? undefined : (row.values.get(column.id) ?? column.defaultValue);
  const date = (text: string | undefined) =>
    text === undefined || text.trim() === "" ? null : (parseDate(text) ?? text);
  const columnById = (id: string) => input.nodeColumns.find((column) => column.id === id);
  const labelColumn = input.nodeColumns.find(
    (column) => column.id === "label" || normalizeName(column.name) === "label",
  );
  const place =
    (line: number, raw: Record<string, string | undefined>): PlaceOf =>
    (field) => ({
      file: input.file,
      line,
      field,
      raw: raw[field] ?? "",
    });

  const collectiveRows = collectiveNodes.map(
    (node): CollectiveInput => ({
      id: node.id,
      label: value(node, labelColumn) ?? node.label ?? null,
      kind: kindOf(node),
      start: date(value(node, columnById(COLLECTIVE_COLUMN.start))),
      end: date(value(node, columnById(COLLECTIVE_COLUMN.end))),
      attributes: free(node, collectiveColumns),
    }),
  );
  const membershipEdges = input.edges.filter(isMembership);
  const membershipRows = membershipEdges.map((edge): MembershipInput => {
    const [collective, actor] = ids.has(edge.source)
      ? [edge.source, edge.target]
      : [edge.target, edge.source];
    return {
      collective,
      actor,
      role: value(edge, role) ?? null,
      start: date(value(edge, edgeField("start")) ?? edge.start),
      end: date(value(edge, edgeField("end")) ?? edge.end),
      attributes: free(edge, membershipColumns),
    };
  });
  const types = (columns: readonly XmlColumn[]): Record<string, AttributeType> =>
    Object.fromEntries(
      columns
        .filter((c) => c.id !== COLLECTIVE_COLUMN.start && c.id !== COLLECTIVE_COLUMN.end)
        .map((c) => [c.name, c.type]),
    );
  const notOurs = (prefix: string, extra: readonly (XmlColumn | undefined)[]) => (column: XmlColumn) =>
    !column.id.startsWith(prefix) && !extra.includes(column);
  return {
    territory: {
      ...input,
      nodeColumns: input.nodeColumns.filter(notOurs(COLLECTIVE_PREFIX, [kind])),
      edgeColumns: input.edgeColumns.filter(notOurs(MEMBERSHIP_PREFIX, [role])),
      nodes: input.nodes.filter((node) => !ids.has(node.id)),
      edges: input.edges.filter((edge) => !isMembership(edge)),
    },
    collectives: {
      rows: collectiveRows,
      places: collectiveNodes.map((node) => place(node.line, { id: node.id })),
      file: input.file,
      attributeTypes: types(collectiveColumns),
    },
    memberships: {
      rows: membershipRows,
      places: membershipEdges.map((edge, i) =>
        place(edge.line, {
          collective: membershipRows[i]!.collective,
          actor: membershipRows[i]!.actor,
          start: membershipRows[i]!.start ?? "",
          end: membershipRows[i]!.end ?? "",
        }),
      ),
      file: input.file,
      attributeTypes: types(membershipColumns),
    },
  };
}
