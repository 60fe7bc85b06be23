/**
 * Limits on what a reader takes in, so that a hostile or mistaken input ends
 * with a clear problem instead of exhausting memory. The defaults hold every
 * territory the full reader is meant for (a folder of a million links streams
 * through `@catalyse/bulk` instead) while keeping a read under 1 GB; each
 * can be raised (`catalyse … --max-input-mb N` raises the first two).
 * See the package README, "Limits".
 */
import type { InputProblem } from "./errors.js";
import { inputProblem } from "./problems/input-problem.js";

/** Limits on what a reader takes in; see {@link READ_LIMITS_DEFAULTS}. */
export interface ReadLimits {
  /** Largest file read whole (CSV, JSON, XML, XLSX), in bytes. Default 256 MiB. */
  maxFileBytes: number;
  /**
   * Largest XML document (a GEXF or GraphML file, or the parts of an XLSX
   * workbook once inflated, together), in bytes. Default 16 MiB: parsing XML
   * into a tree takes about 45 times its size in memory (a 16 MB GEXF of
   * 330,000 actors peaks at 750 MB). Larger territories read best as a CSV folder.
   */
  maxXmlBytes: number;
  /** XLSX: largest inflation ratio of one part (inflated size / compressed size). Default 200. */
  maxInflateRatio: number;
}

/** The default limits: 256 MiB per file, 16 MiB of XML, an inflation ratio of 200. */
export const READ_LIMITS_DEFAULTS: Readonly<ReadLimits> = {
  maxFileBytes: 256 * 1024 * 1024,
  maxXmlBytes: 16 * 1024 * 1024,
  maxInflateRatio: 200,
};

/** Deepest XML element nesting: GEXF, GraphML and XLSX need fewer than ten levels. */
export const MAX_XML_DEPTH = 64;

/** Excel's own grid (ECMA-376): 16,384 columns (XFD) and 1,048,576 rows. */
export const MAX_SHEET_COLUMN = 16_384;
/** Excel's last row. */
export const MAX_SHEET_ROW = 1_048_576;

/** Options every reader takes. */
export interface ReadOptions {
  /** Limits that differ from {@link READ_LIMITS_DEFAULTS}. */
  limits?: Partial<ReadLimits>;
}

export function resolveLimits(limits: Partial<ReadLimits> | undefined): ReadLimits {
  return { ...READ_LIMITS_DEFAULTS, ...limits };
}

/** Megabytes (units of 1024 × 1024 bytes, as `--max-input-mb` counts), rounded for messages. */
export function megabytes(bytes: number): number {
  const value = bytes / (1024 * 1024);
  return value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
}

/** The problem of an input larger than a limit. */
export function tooLarge(
  file: string,
  bytes: number,
  limit: number,
  what: "file" | "xml" | "parts",
): InputProblem {
  return inputProblem("too-large", { what, size: megabytes(bytes), limit: megabytes(limit) }, { file });
}

/** A problem when a file given to a reader is larger than `maxFileBytes`. */
export function fileSizeProblem(
  file: { name: string; data: Uint8Array | string },
  limits: ReadLimits,
): InputProblem | undefined {
  const bytes = typeof file.data === "string" ? file.data.length : file.data.byteLength;
  return bytes > limits.maxFileBytes ? tooLarge(file.name, bytes, limits.maxFileBytes, "file") : undefined;
}
