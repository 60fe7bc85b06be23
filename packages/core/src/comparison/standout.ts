/**
 * "What stands out": the few figures of a comparison a reader should look at
 * first. A figure stands out when a territory lies far from the others
 * (robust outliers: modified z-score ≥ 3.5, never more than a fifth of the
 * territories on one side; see `robust-outliers.ts`) or far from its own null
 * model (|z| ≥ 2). `standouts` gives them as data, strongest first (at most
 * five); readings (@catalyse/readings) word them in a language;
 * `standoutSentences` keeps the English sentences of `ComparisonResult.standout`.
 * Measure, don't prescribe: no sentence says a value is good or bad.
 */

import type { ComparisonRow } from "./compare-territories.js";
import { COMPARISON_COLUMNS, type ComparisonNullModel } from "./comparison-columns.js";
import { type RobustOutlierOptions, robustOutliers } from "./robust-outliers.js";

const MAX_STANDOUTS = 5;
const Z_THRESHOLD = 2;

/** What stands out in a comparison: territories apart from the others on a figure, or a figure far from chance. */
export type Standout =
  | {
      kind: "apart";
      /** Column key (`COMPARISON_COLUMNS`). */
      column: string;
      side: "high" | "low";
      /** The territories standing out (names) and their values, strongest first. */
      territories: { name: string; value: number }[];
      median: number;
      /** Territories with the figure defined. */
      compared: number;
      strength: number;
    }
  | {
      kind: "chance";
      column: string;
      territory: string;
      z: number;
      model: ComparisonNullModel;
      strength: number;
    };

/** A figure as comparison sentences write it: whole numbers as they are, else two decimals below 10, one below 100, none above. */
export function formatFigure(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100
    ? value.toFixed(0)
    : Math.abs(value) >= 10
      ? value.toFixed(1)
      : value.toFixed(2);
}

/** What stands out, strongest first, at most five. */
export function standouts(rows: readonly ComparisonRow[], options: RobustOutlierOptions = {}): Standout[] {
  const found: Standout[] = [];
  for (const column of COMPARISON_COLUMNS) {
    if (column.key === "nodes" || column.key === "links") continue;
    const { median, count, outliers } = robustOutliers(
      rows.map((row) => row.figures[column.key] ?? null),
      options,
    );
    if (median === null) continue;
    for (const side of ["high", "low"] as const) {
      const apart = outliers.filter((o) => o.side === side);
      if (apart.length === 0) continue;
      found.push({
        kind: "apart",
        column: column.key,
        side,
        territories: apart.map((o) => ({ name: rows[o.index]!.name, value: o.value })),
        median,
        compared: count,
        strength: apart[0]!.strength,
      });
    }
  }
  for (const row of rows) {
    if (row.z === null) continue;
    for (const column of COMPARISON_COLUMNS) {
      const z = row.z[column.key];
      if (z === null || z === undefined || Math.abs(z) < Z_THRESHOLD || column.nullModel === null) continue;
      found.push({
        kind: "chance",
        column: column.key,
        territory: row.name,
        z,
        model: column.nullModel,
        strength: Math.abs(z),
      });
    }
  }
  return found.sort((a, b) => b.strength - a.strength).slice(0, MAX_STANDOUTS);
}

/** The governance readings of the compared territories: reading → territory names. */
export function governanceGroups(rows: readonly ComparisonRow[]): Map<string, string[]> {
  const readings = new Map<string, string[]>();
  for (const row of rows) {
    if (row.governance === null) continue;
    readings.set(row.governance, [...(readings.get(row.governance) ?? []), row.name]);
  }
  return readings;
}

/** Sentences naming what stands out in a comparison (English; the readings package renders them in every language). */
export function standoutSentences(rows: readonly ComparisonRow[]): string[] {
  const column = (key: string) => COMPARISON_COLUMNS.find((c) => c.key === key)!;
  const sentences = standouts(rows).map((s) => {
    const c = column(s.column);
    if (s.kind === "chance") {
      const model = s.model === "permute" ? "worlds shuffled at random" : "the same degrees wired at random";
      return `In ${s.territory}, ${c.label} is ${formatFigure(Math.abs(s.z))} standard deviations ${s.z > 0 ? "above" : "below"} what ${model} would give.`;
    }
    const who =
      s.territories.length === 1
        ? `${s.territories[0]!.name} has`
        : `${s.territories.length} territories (${s.territories.map((t) => t.name).join(", ")}) have`;
    return `${who} an unusually ${s.side} ${c.label} (${s.territories.map((t) => formatFigure(t.value)).join(", ")}, against a median of ${formatFigure(s.median)} across the ${rows.length} territories): ${c.meaning}.`;
  });
  const readings = governanceGroups(rows);
  if (readings.size > 0)
    sentences.push(
      `Governance readings: ${[...readings].map(([reading, names]) => `${reading} (${names.join(", ")})`).join("; ")}.`,
    );
  if (sentences.length === 0) sentences.push("No figure stands far apart from the others.");
  return sentences;
}
