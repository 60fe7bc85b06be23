/**
 * The compare table: one row per territory with the figures of
 * `COMPARISON_COLUMNS`, each column's ranks (1 = largest value; equal values
 * share the best rank; undefined figures are unranked), z-scores against null
 * models when the documents carry them (degree-preserving rewiring for the
 * structural figures, world permutation for the world figures: see
 * `null-models/`), and a short paragraph on what stands out.
 */
import type { AnalysisDocument } from "../analysis/analysis-document.js";
import type { SameWorldQap } from "../qap/same-world-qap.js";
import {
  COMPARISON_COLUMNS,
  type ComparisonNullFigure,
  documentNullFigures,
  governanceReading,
} from "./comparison-columns.js";
import { standoutSentences } from "./standout.js";

/** One territory given to the comparison. */
export interface ComparisonInput {
  name: string;
  document: AnalysisDocument;
  /**
   * Null-model figures by column key. Default: those the document carries
   * (`analyze(graph, { middle: { nullModels: K } })`), if any.
   */
  nulls?: ReadonlyMap<string, ComparisonNullFigure>;
  /** Whether the territory is synthetic (generated, not real data), as its territory.json says. Default false. */
  synthetic?: boolean;
  /** The QAP same-world coefficient (`sameWorldQap(graph)`); the column is empty without it. */
  qap?: SameWorldQap | null;
}

/** One territory's figures in a comparison, with null-model z-scores when computed. */
export interface ComparisonRow {
  name: string;
  /** Figure by column key (`COMPARISON_COLUMNS[i].key`), null when undefined. */
  figures: Record<string, number | null>;
  /** Rank in each column among the compared territories (1 = largest), null when the figure is. */
  ranks: Record<string, number | null>;
  /** z-score against the column's null model, present only with null models. */
  z: Record<string, number | null> | null;
  /** Empirical p against the column's null model, present only with null models. */
  p: Record<string, number | null> | null;
  governance: string | null;
  /** Whether the territory is synthetic (generated, not real data). */
  synthetic: boolean;
  /** The QAP same-world fit with its p-value, or why it was skipped; null when not run. */
  qap: SameWorldQap | null;
}

/** The comparison of territories: one row per territory and the sentences on what stands out. */
export interface ComparisonResult {
  columns: { key: string; label: string; meaning: string }[];
  rows: ComparisonRow[];
  /** What stands out, in plain sentences. */
  standout: string[];
}

function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** Competition ranks of a column, largest first. */
export function rankColumn(values: readonly (number | null)[]): (number | null)[] {
  return values.map((value) => {
    if (value === null) return null;
    return 1 + values.filter((other) => other !== null && other > value).length;
  });
}

/** Compares analysed territories column by column (`catalyse compare`). */
export function compareTerritories(inputs: readonly ComparisonInput[]): ComparisonResult {
  const rows: ComparisonRow[] = inputs.map((input) => {
    const figures = emptyRecord<number | null>();
    const qap = input.qap ?? null;
    for (const column of COMPARISON_COLUMNS) figures[column.key] = column.read(input.document, { qap });
    let z: Record<string, number | null> | null = null;
    let p: Record<string, number | null> | null = null;
    const nulls = input.nulls ?? documentNullFigures(input.document);
    if (nulls !== undefined) {
      z = emptyRecord();
      p = emptyRecord();
      for (const column of COMPARISON_COLUMNS) {
        const figure = nulls.get(column.key);
        z[column.key] = figure?.z ?? null;
        p[column.key] = figure?.p ?? null;
      }
    }
    return {
      name: input.name,
      figures,
      ranks: emptyRecord<number | null>(),
      z,
      p,
      governance: governanceReading(input.document),
      synthetic: input.synthetic === true,
      qap,
    };
  });
  for (const column of COMPARISON_COLUMNS) {
    const ranks = rankColumn(rows.map((row) => row.figures[column.key] ?? null));
    rows.forEach((row, i) => {
      row.ranks[column.key] = ranks[i] ?? null;
    });
  }
  const columns = COMPARISON_COLUMNS.map(({ key, label, meaning }) => ({ key, label, meaning }));
  return { columns, rows, standout: standoutSentences(rows) };
}
