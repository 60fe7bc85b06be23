import { CSV_DIALECTS, type CsvDialect, isCsvDialect } from "@catalyse/io";
import { writeFileAtomic } from "@catalyse/io/node";
import type { CommandContext } from "./context.js";
import { UsageError } from "./context.js";
import { terminalSafe } from "./format/terminal-safe.js";
import { prepareOut, reason } from "./out-path.js";

/**
 * Writes a command's result to `--out FILE` when given, else to stdout. Text
 * for people (`forPeople`: tables) shows control characters escaped; data
 * (JSON, CSV) is written as it is.
 */
export async function writeOutput(
  text: string,
  out: string | undefined,
  context: CommandContext,
  options: { forPeople?: boolean } = {},
): Promise<void> {
  const shown = options.forPeople === true ? terminalSafe(text) : text;
  if (out === undefined) {
    context.stdout(shown);
    return;
  }
  // See out-path.ts: never an input, an existing file only with --force, folders created, atomic.
  const target = await prepareOut(out, "file", context);
  try {
    await writeFileAtomic(target, shown);
  } catch (error) {
    throw new UsageError("cli.error.out-write", { out, reason: reason(error, context) });
  }
  context.stderr(`${context.t.t("cli.wrote", { file: out })}\n`);
}

/** Reads a `--format` value, checking it is one of `allowed` (the first is the default). */
export function parseFormat<const T extends string>(value: unknown, allowed: readonly T[]): T {
  if (value === undefined) return allowed[0]!;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError("cli.error.format", { value: String(value), expected: allowed.join(", ") });
}

/** Reads a numeric option, checking its range. */
export function parseNumberOption(
  name: string,
  value: unknown,
  fallback: number,
  check: { min?: number; integer?: boolean } = {},
): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (
    typeof value !== "string" ||
    value.trim() === "" ||
    !Number.isFinite(number) ||
    (check.integer === true && !Number.isInteger(number)) ||
    (check.min !== undefined && number < check.min)
  )
    throw new UsageError("cli.error.number", {
      name,
      value: String(value),
      kind: check.integer === true ? "integer" : "number",
      bound: check.min === undefined ? "none" : String(check.min),
    });
  return number;
}

/** The single positional input, or a usage error. */
export function singleInput(positionals: readonly string[]): string {
  if (positionals.length === 0) throw new UsageError("cli.error.missing-input");
  if (positionals.length > 1) throw new UsageError("cli.error.one-input", { count: positionals.length });
  return positionals[0]!;
}

/** `--csv-dialect`, on every command that writes CSV. */
export const CSV_DIALECT_OPTION = { "csv-dialect": { type: "string" } } as const;

/** Reads `--csv-dialect` (default rfc4180). */
export function parseCsvDialect(value: unknown): CsvDialect {
  if (value === undefined) return "rfc4180";
  if (isCsvDialect(value)) return value;
  throw new UsageError("cli.error.csv-dialect", { value: String(value), expected: CSV_DIALECTS.join(", ") });
}
