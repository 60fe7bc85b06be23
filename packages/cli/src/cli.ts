/**
 * The `catalyse` command line: dispatches to a command, turns every expected
 * failure (bad input, wrong arguments) into a clear message and an exit code,
 * and never prints a stack trace unless `--debug` is given.
 */
import { parseArgs } from "node:util";
import type { ReadLimits } from "@catalyse/io";
import { isLang } from "@catalyse/readings";
import { COMMON_OPTIONS, COMMON_OPTIONS_HELP } from "./commands/command.js";
import { COMMANDS } from "./commands/index.js";
import type { CliContext } from "./context.js";
import { parseNumberOption } from "./output.js";
import { reportError } from "./report-error.js";

const VERSION = "0.1.0";

export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    context.stdout(globalHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    context.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    context.stderr(
      `catalyse: unknown command "${name}"; expected one of: ${COMMANDS.map((c) => c.name).join(", ")}\n`,
    );
    return 2;
  }
  const debug = rest.includes("--debug");
  // Errors are reported in the command's language once its options are read.
  let commandContext: CliContext = context;
  try {
    const parsed = parseArgs({
      args: [...rest],
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help === true) {
      context.stdout(commandHelp(command.name, command.usage));
      return 0;
    }
    commandContext = {
      ...context,
      inputs: parsed.positionals,
      force: parsed.values.force === true,
      // Commands that take --lang check it themselves; messages follow it when it names a language.
      lang: isLang(parsed.values.lang) ? parsed.values.lang : undefined,
    };
    commandContext.readLimits = readLimitsOption(parsed.values["max-input-mb"]);
    return await command.run(parsed, commandContext);
  } catch (error) {
    return reportError(error, commandContext, { debug, command: command.name });
  }
}

function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    "catalyse: measure territorial alliance networks (who links whom, do the worlds talk, who are the bridges)",
    "",
    "Usage: catalyse <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "Run `catalyse <command> --help` for a command's options.",
    "",
  ].join("\n");
}

function commandHelp(name: string, usage: string): string {
  return `Usage: catalyse ${name} ${usage.trimEnd()}\n\n${COMMON_OPTIONS_HELP}`;
}

/** `--max-input-mb N`: both the file and the XML limits become N MB. */
function readLimitsOption(value: unknown): Partial<ReadLimits> | undefined {
  if (value === undefined) return undefined;
  const megabytes = parseNumberOption("max-input-mb", value, 0, { min: 1 });
  const bytes = Math.round(megabytes * 1024 * 1024);
  return { maxFileBytes: bytes, maxXmlBytes: bytes };
}
