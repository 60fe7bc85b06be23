import { writeFileAtomic } from "@catalyse/io/node";
import { isLang, LANGS, type Lang, resolveLang } from "@catalyse/readings";
import type { CliContext } from "./context.js";
import { UsageError } from "./context.js";
import { prepareOut, reason } from "./out-path.js";

/** Writes a command's result to `--out FILE` when given (see out-path.ts for the rules), else to stdout. */
export async function writeOutput(text: string, out: string | undefined, context: CliContext): Promise<void> {
  if (out === undefined) {
    context.stdout(text);
    return;
  }
  const target = await prepareOut(out, "file", context);
  try {
    await writeFileAtomic(target, text);
  } catch (error) {
    throw new UsageError(`--out ${out}: cannot write: ${reason(error)}`);
  }
  context.stderr(`wrote ${out}\n`);
}

/** Reads a `--format` value, checking it is one of `allowed` (the first is the default). */
export function parseFormat<const T extends string>(value: unknown, allowed: readonly T[]): T {
  if (value === undefined) return allowed[0]!;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--format ${String(value)} is not supported; expected one of ${allowed.join(", ")}`);
}

/** `--lang`: fr or en; without it, LC_ALL then LANG (the context's environment), else English. */
export function parseLang(value: unknown, context: Pick<CliContext, "env">): Lang {
  if (value !== undefined && !isLang(value))
    throw new UsageError(`--lang "${String(value)}": expected one of ${LANGS.join(", ")}`);
  const env = context.env ?? process.env;
  return resolveLang(value as Lang | undefined, { LC_ALL: env.LC_ALL, LANG: env.LANG });
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
  ) {
    const kind = check.integer ? "an integer" : "a number";
    throw new UsageError(
      `--${name} ${String(value)} is not valid; expected ${kind}${check.min === undefined ? "" : ` ≥ ${check.min}`}`,
    );
  }
  return number;
}

/** The single positional input, or a usage error. */
export function singleInput(positionals: readonly string[]): string {
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0
        ? "missing input; expected a territory folder or file"
        : `expected one input, got ${positionals.length}`,
    );
  return positionals[0]!;
}
