import { TerritoryError } from "@catalyse/core";
import { InputError, UnwritableValueError } from "@catalyse/io";
import { coreErrorText, type MessageId, type MessageParams } from "@catalyse/readings";
import { type CommandContext, UsageError } from "./context.js";
import { formatProblem } from "./format-problem.js";

/** Prints an error for people and returns the exit code: 2 for usage, 1 otherwise. */
export function reportError(
  error: unknown,
  context: CommandContext,
  options: { debug: boolean; command: string },
): number {
  const { t } = context;
  const say = (message: string) =>
    context.stderr(`${t.t("cli.error.in-command", { command: options.command, message })}\n`);
  if (error instanceof InputError) {
    const errors = error.problems.filter((problem) => problem.severity === "error");
    context.stderr(`${t.t("cli.error.input", { command: options.command, count: errors.length })}\n`);
    for (const problem of errors) context.stderr(`  ${formatProblem(problem, t)}\n`);
  } else if (error instanceof TerritoryError) {
    // Core's error in the reader's language, from its code and params.
    say(coreErrorText(error, t) ?? error.message);
  } else if (error instanceof UnwritableValueError) {
    say(error.message);
  } else if (error instanceof UsageError || isParseArgsError(error)) {
    const usage = error instanceof UsageError ? error : parseArgsUsage(error as Error & { code: string });
    say(usage === null ? (error as Error).message : t.t(usage.id, usage.params));
    context.stderr(`${t.t("cli.error.see-help", { command: options.command })}\n`);
    return 2;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    say(options.debug ? message : `${message} ${t.t("cli.error.debug")}`);
  }
  if (options.debug && error instanceof Error && error.stack) context.stderr(`${error.stack}\n`);
  return 1;
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

/** Node's parseArgs errors (in English) as catalogue messages, when they are one of the known kinds. */
function parseArgsUsage(error: Error & { code: string }): { id: MessageId; params: MessageParams } | null {
  const quoted = /'([^']+)'/.exec(error.message)?.[1];
  if (quoted === undefined) return null;
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return { id: "cli.error.unknown-option", params: { option: quoted } };
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return { id: "cli.error.option-value", params: { option: quoted.split(" ")[0] ?? quoted } };
  if (error.code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
    return { id: "cli.error.unexpected-argument", params: { argument: quoted } };
  return null;
}
