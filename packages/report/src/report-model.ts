/**
 * The content of a report, independent of its format: sections made of
 * blocks. Text here is plain (never HTML); the HTML and Markdown renderers
 * escape it. A chart carries its SVG (built with every label escaped) and a
 * fallback block, so the Markdown report says the same thing in words and
 * tables.
 */

export interface FigureItem {
  label: string;
  /** The figure, formatted ("42", "37%", "not available"). */
  value: string;
  /** One plain sentence saying what it means for this territory. */
  sentence: string;
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
  title: string;
  subtitle: string;
  sections: ReportSection[];
}

export const notAvailable = (what: string): ReportBlock => ({
  kind: "paragraph",
  text: `${what}: not available for this territory yet.`,
});
