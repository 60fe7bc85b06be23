/**
 * The actor and link tables: columns matched to fields through their English
 * or French names, free attribute columns typed (declared in territory.json,
 * or inferred from their cells), every cell converted with its place kept.
 */
import type { ActorInput, AttributeType, AttributeValue } from "@catalyse/core";
import type { LinkRow, PlaceOf, SourcePlace } from "../build-territory.js";
import type { InputProblem } from "../errors.js";
import { ACTOR_ALIASES, type ActorField, fieldOf, LINK_ALIASES, type LinkField } from "../header-aliases.js";
import { inputProblem } from "../problems/input-problem.js";
import { convertValue, inferType, parseDate, parseNumber } from "../values.js";
import { cellAt, type Table, type TableCell, type TableRow } from "./table.js";

export interface Columns<F extends string> {
  fields: Map<F, number>;
  free: { name: string; index: number }[];
}

export interface ActorTableResult {
  actors: ActorInput[];
  places: PlaceOf[];
  attributeTypes: Record<string, AttributeType>;
}

export interface LinkTableResult {
  links: LinkRow[];
  places: PlaceOf[];
  attributeTypes: Record<string, AttributeType>;
}

/** Reads the actor table; undefined when a required column is missing (a problem is recorded). */
export function readActorTable(
  table: Table,
  declared: Readonly<Record<string, AttributeType>> | undefined,
  problems: InputProblem[],
): ActorTableResult | undefined {
  const columns = mapColumns(table, ACTOR_ALIASES, ["id"], problems);
  if (columns === undefined) return undefined;
  const free = readFreeColumns(table, columns.free, declared, problems);
  const actors = table.rows.map((row, r): ActorInput => {
    const text = (field: ActorField) => fieldCell(row, columns, field)?.value ?? null;
    return {
      id: text("id") ?? "",
      label: text("label"),
      world: text("world"),
      lat: numberCell(table, row, columns, "lat", problems),
      lon: numberCell(table, row, columns, "lon", problems),
      attributes: free.values[r]!,
    };
  });
  const places = table.rows.map((row) => placeOf(table, row, columns));
  return { actors, places, attributeTypes: free.types };
}

/** Reads the link table; undefined when a required column is missing (a problem is recorded). */
export function readLinkTable(
  table: Table,
  declared: Readonly<Record<string, AttributeType>> | undefined,
  problems: InputProblem[],
): LinkTableResult | undefined {
  const columns = mapColumns(table, LINK_ALIASES, ["source", "target"], problems);
  if (columns === undefined) return undefined;
  const free = readFreeColumns(table, columns.free, declared, problems);
  const links = table.rows.map((row, r): LinkRow => {
    const text = (field: LinkField) => fieldCell(row, columns, field)?.value ?? "";
    const weight = text("weight");
    const types = text("type")
      .split("|")
      .map((type) => type.trim())
      .filter((type) => type !== "");
    return {
      source: text("source"),
      target: text("target"),
      weight: weight === "" ? null : numberCell(table, row, columns, "weight", problems, "weight"),
      types,
      start: dateCell(text("start")),
      end: dateCell(text("end")),
      attributes: free.values[r]!,
    };
  });
  const places = table.rows.map((row) => placeOf(table, row, columns));
  return { links, places, attributeTypes: free.types };
}

export function mapColumns<F extends string>(
  table: Table,
  aliases: ReadonlyMap<F, readonly string[]>,
  required: readonly F[],
  problems: InputProblem[],
): Columns<F> | undefined {
  const fields = new Map<F, number>();
  const free: { name: string; index: number }[] = [];
  const names = new Set<string>();
  // Excel leaves empty header cells after the last column; cells under them are dropped, with a
  // warning at the first one. NOTE: rows may be sparse (XLSX): only the cells present are visited.
  const lost = new Map<number, TableCell>();
  for (const row of table.rows)
    row.cells.forEach((cell, index) => {
      if (cell.value !== "" && (table.header[index]?.value.trim() ?? "") === "" && !lost.has(index))
        lost.set(index, cell);
    });
  for (const cell of lost.values())
    problems.push(
      inputProblem(
        "lost-cell",
        { value: cell.value },
        { file: table.file, line: cell.line, column: cell.column },
        "warning",
      ),
    );
  table.header.forEach((cell, index) => {
    const name = cell.value.trim();
    if (name === "") return;
    const field = fieldOf(name, aliases);
    const duplicate = field === undefined ? names.has(name) : fields.has(field);
    if (duplicate) {
      problems.push(
        inputProblem(
          "duplicate-column",
          { name },
          { file: table.file, line: cell.line, column: cell.column, field: name },
        ),
      );
      return;
    }
    if (field === undefined) {
      names.add(name);
      free.push({ name, index });
    } else fields.set(field, index);
  });
  const missing = required.filter((field) => !fields.has(field));
  for (const field of missing)
    problems.push(
      inputProblem(
        "missing-column",
        {
          columns: table.header.map((cell) => `"${cell.value}"`).join(", ") || "(none)",
          field,
          others: (aliases.get(field) ?? []).filter((name) => name !== field).join(", ") || "none",
        },
        { file: table.file, line: table.header[0]?.line ?? 1, column: 1, field },
      ),
    );
  return missing.length === 0 ? { fields, free } : undefined;
}

export function fieldCell<F extends string>(row: TableRow, columns: Columns<F>, field: F) {
  const index = columns.fields.get(field);
  return index === undefined ? undefined : cellAt(row, index);
}

export function placeOf<F extends string>(table: Table, row: TableRow, columns: Columns<F>): PlaceOf {
  return (field: string): SourcePlace => {
    const index = columns.fields.get(field as F);
    if (index === undefined) return { file: table.file, line: row.line, field };
    const cell = cellAt(row, index);
    const name = table.header[index]?.value.trim() ?? field;
    return { file: table.file, line: cell.line, column: cell.column, field: name, raw: cell.value };
  };
}

function numberCell<F extends string>(
  table: Table,
  row: TableRow,
  columns: Columns<F>,
  field: F,
  problems: InputProblem[],
  kind: "number" | "weight" = "number",
): number | null {
  const cell = fieldCell(row, columns, field);
  if (cell === undefined || cell.value === "") return null;
  const value = parseNumber(cell.value, table.decimalComma);
  if (value === null)
    problems.push(
      inputProblem(
        "not-number",
        { value: cell.value, kind, decimalComma: table.decimalComma ? "yes" : "no" },
        {
          file: table.file,
          line: cell.line,
          column: cell.column,
          field: table.header[columns.fields.get(field)!]?.value.trim(),
        },
      ),
    );
  return value;
}

export function dateCell(raw: string): string | null {
  if (raw === "") return null;
  // An unreadable date is passed on as found: the model reports it with the right message.
  return parseDate(raw) ?? raw;
}

export function readFreeColumns(
  table: Table,
  columns: readonly { name: string; index: number }[],
  declared: Readonly<Record<string, AttributeType>> | undefined,
  problems: InputProblem[],
): { types: Record<string, AttributeType>; values: Record<string, AttributeValue>[] } {
  const types: Record<string, AttributeType> = Object.create(null);
  const entries: [string, AttributeValue][][] = table.rows.map(() => []);
  for (const { name, index } of columns) {
    const declaredType = declared !== undefined && Object.hasOwn(declared, name) ? declared[name] : undefined;
    const raws = table.rows.map((row) => cellAt(row, index).value);
    const type =
      declaredType ??
      inferType(
        raws.filter((raw) => raw !== ""),
        table.decimalComma,
      );
    types[name] = type;
    table.rows.forEach((row, r) => {
      const raw = raws[r]!;
      const value = convertValue(raw, type, table.decimalComma);
      if (value === undefined) {
        const cell = cellAt(row, index);
        problems.push(
          inputProblem(
            "not-declared-type",
            { value: raw, type },
            { file: table.file, line: cell.line, column: cell.column, field: name },
          ),
        );
      }
      entries[r]!.push([name, value ?? null]);
    });
  }
  return { types: { ...types }, values: entries.map((row) => Object.fromEntries(row)) };
}
