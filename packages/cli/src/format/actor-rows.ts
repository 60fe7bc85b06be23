/** The actor table of an analysis document as flat rows (CSV and tables). */
import { ACTOR_NUMBER_FIELDS, type ActorFigures, type AnalysisDocument } from "@catalyse/core";
import type { Cell } from "./table.js";

export const ACTOR_COLUMNS = [
  "id",
  "label",
  "world",
  "community",
  ...ACTOR_NUMBER_FIELDS,
  "brokerage.coordinator",
  "brokerage.consultant",
  "brokerage.representative",
  "brokerage.liaison",
] as const;

export type ActorColumn = (typeof ACTOR_COLUMNS)[number];

export function actorCell(actor: ActorFigures, column: ActorColumn): Cell {
  if (column.startsWith("brokerage.")) {
    const role = column.slice("brokerage.".length) as keyof NonNullable<ActorFigures["brokerage"]>;
    return actor.brokerage?.[role] ?? null;
  }
  return actor[column as Exclude<ActorColumn, `brokerage.${string}`>] as Cell;
}

/** Rows of the actor table, keeping only columns that some actor has a value for. */
export function actorRows(document: AnalysisDocument): { header: string[]; rows: Cell[][] } {
  const columns = ACTOR_COLUMNS.filter(
    (column) =>
      ["id", "label", "world"].includes(column) ||
      document.actors.some(
        (actor) => actorCell(actor, column) !== null && actorCell(actor, column) !== undefined,
      ),
  );
  return {
    header: [...columns],
    rows: document.actors.map((actor) => columns.map((column) => actorCell(actor, column))),
  };
}
