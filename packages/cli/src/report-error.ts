import { TerritoryError } from "@catalyse/core";
import { InputError, UnwritableValueError } from "@catalyse/io";
import { type CliContext, UsageError } from "./context.js";
import { contextTranslator, formatProblem, formatProblemsHeader } from "./format-problem.js";

/** Prints an error for people and returns the exit code: 2 for usage, 1 otherwise. */
export function reportError(
  error: unknown,
  context: CliContext,
  options: { debug: boolean; command: string },
): number {
  if (error instanceof InputError) {
    const errors = error.problems.filter((problem) => problem.severity === "error");
    const translator = contextTranslator(context);
    context.stderr(`catalyse ${options.command}: ${formatProblemsHeader(errors.length, translator)}\n`);
    for (const problem of errors) context.stderr(`  ${formatProblem(problem, translator)}\n`);
  } else if (error instanceof TerritoryError || error instanceof UnwritableValueError) {
    context.stderr(`catalyse ${options.command}: ${error.message}\n`);
  } else if (error instanceof UsageError || isParseArgsError(error)) {
    context.stderr(
      `catalyse ${options.command}: ${(error as Error).message}\nRun \`catalyse ${options.command} --help\` for usage.\n`,
    );
    return 2;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    context.stderr(
      `catalyse ${options.command}: ${message}${options.debug ? "" : " (run with --debug for details)"}\n`,
    );
  }
  if (options.debug && error instanceof Error && error.stack) context.stderr(`${error.stack}\n`);
  return 1;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
