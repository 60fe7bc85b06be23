/**
 * The content of a report, independent of its format: sections made of
 * blocks, in one language. Text here is plain (never HTML); the HTML and
 * Markdown renderers escape it. A chart carries its SVG (built with every
 * label escaped) and a fallback block, so the Markdown report says the same
 * thing in tables and words.
 */
import type { Lang, Translator } from "@catalyse/readings";

/** A figure shown in a report: its label and its value, formatted in the report's language. */
export interface FigureItem {
  /** The figure's label, from the one `figure.*` table. */
  label: string;
  /** The figure, formatted in the report's language ("42", "37 %", "–"). */
  value: string;
}

/** A block of a report section: a paragraph, figures, a table or a chart. */
export type ReportBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "figures"; items: FigureItem[] }
  | { kind: "table"; caption?: string; header: string[]; rows: string[][] }
  | { kind: "chart"; svg: string; caption: string; fallback: ReportBlock };

/** A titled section of a report. */
export interface ReportSection {
  /** Anchor id (letters, digits and dashes). */
  id: string;
  title: string;
  blocks: ReportBlock[];
}

/** A report, independent of its rendering: title, subtitle and sections. */
export interface ReportDocument {
  /** The language of every text of the report (`<html lang>`). */
  lang: Lang;
  title: string;
  subtitle: string;
  sections: ReportSection[];
}

export const notAvailable = (t: Translator): ReportBlock => ({
  kind: "paragraph",
  text: t.t("report.not-available"),
});
