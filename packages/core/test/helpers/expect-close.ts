/**
 * `expectClose`: the one numeric comparison every metric test uses.
 *
 * It compares per-actor values against a reference record (usually a NetworkX
 * fixture) and fails, in one message listing every problem, when a value is
 * off, when an actor is missing, or when an actor is extra. Keys are compared
 * as own keys, so ids such as `__proto__` and `constructor` are checked like
 * any other (JSON.parse makes them own properties).
 *
 * Tolerance: |got − expected| ≤ rel·|expected| + abs, by default
 * rel = 1e-6 and abs = 1e-9 (the project standard). A `null` expected value
 * (an undefined figure) only matches `null`; NaN never matches anything.
 */
import { assert } from "vitest";

export interface Tolerance {
  /** Relative part, times |expected|. Default 1e-6. */
  rel?: number;
  /** Absolute part. Default 1e-9. */
  abs?: number;
}

/** The project standard: 1e-6 relative plus 1e-9 absolute. */
export const DEFAULT_TOLERANCE: Required<Tolerance> = { rel: 1e-6, abs: 1e-9 };

export type Expected =
  | Readonly<Record<string, number | null>>
  | ReadonlyMap<string, number | null>
  | readonly (readonly [string, number | null])[];

/** Largest number of problems listed in a failure message. */
const MAX_LISTED = 20;

/**
 * Asserts that `got` holds exactly the keys of `expected`, each value within
 * the tolerance. A number as `tol` is an absolute tolerance (rel = 0), for the
 * metrics the issue states in absolute terms (PageRank 1e-6, eigenvector 1e-5).
 */
export function expectClose(
  got: ReadonlyMap<string, number | null | undefined>,
  expected: Expected,
  tol: Tolerance | number = DEFAULT_TOLERANCE,
  label = "values",
): void {
  const { rel, abs } = typeof tol === "number" ? { rel: 0, abs: tol } : { ...DEFAULT_TOLERANCE, ...tol };
  const reference = toEntries(expected);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [key, want] of reference) {
    seen.add(key);
    if (!got.has(key)) {
      problems.push(`missing ${JSON.stringify(key)} (expected ${want})`);
      continue;
    }
    const value = got.get(key);
    if (!matches(value, want, rel, abs)) {
      const diff = typeof value === "number" && typeof want === "number" ? Math.abs(value - want) : NaN;
      problems.push(`${JSON.stringify(key)}: got ${value}, expected ${want} (|diff| ${diff})`);
    }
  }
  for (const key of got.keys()) if (!seen.has(key)) problems.push(`extra ${JSON.stringify(key)}`);
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_LISTED).join("\n  ");
    const more = problems.length > MAX_LISTED ? `\n  … and ${problems.length - MAX_LISTED} more` : "";
    assert.fail(
      `${label}: ${problems.length} of ${reference.length} differ (rel ${rel}, abs ${abs}):\n  ${listed}${more}`,
    );
  }
}

function matches(value: number | null | undefined, want: number | null, rel: number, abs: number): boolean {
  if (want === null) return value === null;
  if (typeof value !== "number" || Number.isNaN(value) || Number.isNaN(want)) return false;
  if (value === want) return true; // also covers equal infinities
  return Math.abs(value - want) <= rel * Math.abs(want) + abs;
}

function toEntries(expected: Expected): (readonly [string, number | null])[] {
  if (Array.isArray(expected)) return [...(expected as readonly (readonly [string, number | null])[])];
  if (expected instanceof Map) return [...(expected as ReadonlyMap<string, number | null>).entries()];
  return Object.keys(expected).map(
    (key) => [key, (expected as Readonly<Record<string, number | null>>)[key] ?? null] as const,
  );
}
