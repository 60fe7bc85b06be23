/**
 * "What stands out": the few figures of a comparison that a reader should
 * look at first, in plain sentences, one per figure and side (territories
 * standing out together share a sentence). A figure stands out when it lies far from
 * the other territories (|x − median| / MAD-based spread ≥ 2, robust to the
 * outlier itself) or far from its own null model (|z| ≥ 2). At most five
 * sentences, strongest first. Measure, don't prescribe: no sentence says a
 * value is good or bad.
 */

import type { ComparisonRow } from "./compare-territories.js";
import { COMPARISON_COLUMNS } from "./comparison-columns.js";

const MAX_SENTENCES = 5;
const ROBUST_THRESHOLD = 2;
const Z_THRESHOLD = 2;

/** A figure as comparison sentences write it: whole numbers as they are, else two decimals below 10, one below 100, none above. */
export function formatFigure(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100
    ? value.toFixed(0)
    : Math.abs(value) >= 10
      ? value.toFixed(1)
      : value.toFixed(2);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Sentences naming the territories whose figures stand out from the others. */
export function standoutSentences(rows: readonly ComparisonRow[]): string[] {
  const found: { strength: number; sentence: string }[] = [];
  if (rows.length >= 3) {
    for (const column of COMPARISON_COLUMNS) {
      if (column.key === "nodes" || column.key === "links") continue;
      const present = rows.filter((row) => row.figures[column.key] !== null);
      if (present.length < 3) continue;
      const values = present.map((row) => row.figures[column.key]!);
      const mid = median(values);
      // 1.4826·MAD estimates the sd of normal data; a floor keeps near-constant columns quiet.
      const spread = Math.max(
        1.4826 * median(values.map((v) => Math.abs(v - mid))),
        1e-9 + 0.05 * Math.abs(mid),
      );
      for (const side of ["high", "low"] as const) {
        const outliers = present
          .map((row) => ({
            row,
            value: row.figures[column.key]!,
            strength: Math.abs(row.figures[column.key]! - mid) / spread,
          }))
          .filter((o) => o.strength >= ROBUST_THRESHOLD && (side === "high" ? o.value > mid : o.value < mid))
          .sort((a, b) => b.strength - a.strength);
        if (outliers.length === 0) continue;
        const who =
          outliers.length === 1
            ? `${outliers[0]!.row.name} has`
            : `${outliers.length} territories (${outliers.map((o) => o.row.name).join(", ")}) have`;
        found.push({
          strength: outliers[0]!.strength,
          sentence: `${who} an unusually ${side} ${column.label} (${outliers.map((o) => formatFigure(o.value)).join(", ")}, against a median of ${formatFigure(mid)} across the ${rows.length} territories): ${column.meaning}.`,
        });
      }
    }
  }
  for (const row of rows) {
    if (row.z === null) continue;
    for (const column of COMPARISON_COLUMNS) {
      const z = row.z[column.key];
      if (z === null || z === undefined || Math.abs(z) < Z_THRESHOLD) continue;
      const model =
        column.nullModel === "permute" ? "worlds shuffled at random" : "the same degrees wired at random";
      found.push({
        strength: Math.abs(z),
        sentence: `In ${row.name}, ${column.label} is ${formatFigure(Math.abs(z))} standard deviations ${z > 0 ? "above" : "below"} what ${model} would give.`,
      });
    }
  }
  const readings = new Map<string, string[]>();
  for (const row of rows) {
    if (row.governance === null) continue;
    readings.set(row.governance, [...(readings.get(row.governance) ?? []), row.name]);
  }
  found.sort((a, b) => b.strength - a.strength);
  const sentences = found.slice(0, MAX_SENTENCES).map((f) => f.sentence);
  if (readings.size > 0)
    sentences.push(
      `Governance readings: ${[...readings].map(([reading, names]) => `${reading} (${names.join(", ")})`).join("; ")}.`,
    );
  if (sentences.length === 0) sentences.push("No figure stands far apart from the others.");
  return sentences;
}
