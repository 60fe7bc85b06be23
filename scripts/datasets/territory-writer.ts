/**
 * Writing a territory folder (`actors.csv`, `links.csv`, `territory.json`, and
 * `collectives.csv` + `memberships.csv` when it has collectives) for
 * the bundled datasets: UTF-8 without BOM, comma-delimited, `\n` line ends,
 * RFC 4180 quoting (a cell holding a comma, a quote or a line break, or with
 * surrounding spaces, is quoted; inner quotes doubled). Numbers are written as JavaScript prints them, so a
 * decimal point, never a comma.
 *
 * NOTE: the generators refuse to write a text cell that starts with = + - @
 * (spreadsheet formula injection) rather than neutralise it silently: the
 * bundled data is ours, so such a cell is a bug to fix at its source.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A CSV cell: written bare when a number, empty when null. */
export type Cell = string | number | null;

export interface DatasetActor {
  id: string;
  label: string;
  world: string;
  lat: number | null;
  lon: number | null;
  /** Free columns, written after `lon` in the order of {@link DatasetTerritory.actorColumns}. */
  attributes: Record<string, Cell>;
}

export interface DatasetLink {
  source: string;
  target: string;
  weight: number;
  type: string;
  /** A year (`2012`), a month (`2012-05`) or a day (`2012-05-03`); null when unknown. */
  start: string | null;
  end: string | null;
  attributes: Record<string, Cell>;
}

export interface DatasetTerritory {
  /** The content of `territory.json`: name, description, source, directed, worlds, plus extra keys. */
  meta: Record<string, unknown> & { name: string; description: string; source: string; directed: boolean };
  actorColumns: readonly string[];
  linkColumns: readonly string[];
  actors: readonly DatasetActor[];
  links: readonly DatasetLink[];
  /** Multi-party alliances; omitted or empty: no collectives.csv / memberships.csv. */
  collectiveColumns?: readonly string[];
  membershipColumns?: readonly string[];
  collectives?: readonly DatasetCollective[];
  memberships?: readonly DatasetMembership[];
}

export interface DatasetCollective {
  id: string;
  label: string;
  kind: string;
  start: string | null;
  end: string | null;
  attributes: Record<string, Cell>;
}

export interface DatasetMembership {
  collective: string;
  actor: string;
  role: string | null;
  start: string | null;
  end: string | null;
  attributes: Record<string, Cell>;
}

const FORMULA_START = /^[=+\-@]/;

/** Quotes a cell as RFC 4180 requires. */
export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`cannot write the number ${value} to a CSV cell`);
    return String(value);
  }
  if (FORMULA_START.test(value))
    throw new Error(`text cell "${value}" starts with a formula character; reword it at its source`);
  // Readers trim unquoted cells (as spreadsheets do), so surrounding spaces need quotes too.
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV document from a header and rows. */
export function csvDocument(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map(csvCell).join(",")];
  for (const row of rows) {
    if (row.length !== header.length)
      throw new Error(`row has ${row.length} cells but the header has ${header.length}`);
    lines.push(row.map(csvCell).join(","));
  }
  return lines.join("\n") + "\n";
}

/** Rounds a coordinate to 5 decimals (about one metre), enough for a city and stable in diffs. */
export function roundCoordinate(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}

/** Writes `actors.csv`, `links.csv` and `territory.json` into `folder`, creating it. */
/** The actor and link rows of a territory, in column order (the header names are the writer's). */
export function territoryRows(territory: DatasetTerritory): { actorRows: Cell[][]; linkRows: Cell[][] } {
  const actorRows = territory.actors.map((actor) => [
    actor.id,
    actor.label,
    actor.world,
    actor.lat === null ? null : roundCoordinate(actor.lat),
    actor.lon === null ? null : roundCoordinate(actor.lon),
    ...territory.actorColumns.map((column) => actor.attributes[column] ?? null),
  ]);
  const linkRows = territory.links.map((link) => [
    link.source,
    link.target,
    link.weight,
    link.type,
    link.start,
    link.end,
    ...territory.linkColumns.map((column) => link.attributes[column] ?? null),
  ]);
  return { actorRows, linkRows };
}

/** The collective and membership rows of a territory, in column order (the header names are the writer's). */
export function collectiveRows(territory: DatasetTerritory): {
  collectives: Cell[][];
  memberships: Cell[][];
} {
  const collectiveColumns = territory.collectiveColumns ?? [];
  const membershipColumns = territory.membershipColumns ?? [];
  return {
    collectives: (territory.collectives ?? []).map((c) => [
      c.id,
      c.label,
      c.kind,
      c.start,
      c.end,
      ...collectiveColumns.map((column) => c.attributes[column] ?? null),
    ]),
    memberships: (territory.memberships ?? []).map((m) => [
      m.collective,
      m.actor,
      m.role,
      m.start,
      m.end,
      ...membershipColumns.map((column) => m.attributes[column] ?? null),
    ]),
  };
}

export function writeTerritoryFolder(folder: string, territory: DatasetTerritory): void {
  const ids = new Set<string>();
  for (const actor of territory.actors) {
    if (ids.has(actor.id)) throw new Error(`${folder}: duplicate actor id "${actor.id}"`);
    ids.add(actor.id);
  }
  for (const link of territory.links) {
    for (const end of [link.source, link.target])
      if (!ids.has(end)) throw new Error(`${folder}: link endpoint "${end}" is not an actor`);
  }
  mkdirSync(folder, { recursive: true });
  const { actorRows, linkRows } = territoryRows(territory);
  writeFileSync(
    join(folder, "actors.csv"),
    csvDocument(["id", "label", "world", "lat", "lon", ...territory.actorColumns], actorRows),
  );
  writeFileSync(
    join(folder, "links.csv"),
    csvDocument(["source", "target", "weight", "type", "start", "end", ...territory.linkColumns], linkRows),
  );
  writeFileSync(join(folder, "territory.json"), JSON.stringify(territory.meta, null, 2) + "\n");
  writeCollectives(folder, territory, ids);
}

function writeCollectives(folder: string, territory: DatasetTerritory, actorIds: ReadonlySet<string>): void {
  const collectives = territory.collectives ?? [];
  if (collectives.length === 0) return;
  const ids = new Set<string>();
  for (const collective of collectives) {
    if (ids.has(collective.id) || actorIds.has(collective.id))
      throw new Error(
        `${folder}: collective id "${collective.id}" is not unique among actors and collectives`,
      );
    ids.add(collective.id);
  }
  const memberships = territory.memberships ?? [];
  for (const m of memberships)
    if (!ids.has(m.collective) || !actorIds.has(m.actor))
      throw new Error(
        `${folder}: membership ${m.collective}–${m.actor} names an unknown collective or actor`,
      );
  const rows = collectiveRows(territory);
  writeFileSync(
    join(folder, "collectives.csv"),
    csvDocument(
      ["id", "label", "kind", "start", "end", ...(territory.collectiveColumns ?? [])],
      rows.collectives,
    ),
  );
  writeFileSync(
    join(folder, "memberships.csv"),
    csvDocument(
      ["collective", "actor", "role", "start", "end", ...(territory.membershipColumns ?? [])],
      rows.memberships,
    ),
  );
}
