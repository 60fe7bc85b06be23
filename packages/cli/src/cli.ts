/**
 * The `catalyse` command line: dispatches to a command, turns every expected
 * failure (bad input, wrong arguments) into a clear message and an exit code,
 * and never prints a stack trace unless `--debug` is given. Everything it
 * prints is in the language of `--lang`, else of LC_ALL or LANG, else English.
 */
import { parseArgs } from "node:util";
import type { ReadLimits } from "@catalyse/io";
import { createTranslator, langOf, type MessageId, resolveLang, type Translator } from "@catalyse/readings";
import { COMMON_OPTIONS, type Command } from "./commands/command.js";
import { COMMANDS } from "./commands/index.js";
import type { CliContext, CommandContext } from "./context.js";
import { terminalSafe } from "./format/terminal-safe.js";
import { parseNumberOption } from "./output.js";
import { reportError } from "./report-error.js";

const VERSION = "0.1.0";

export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  const explicit = langArgument(argv);
  const t = createTranslator(resolveLang(explicit, context.env ?? {}));
  // Messages carry labels and file names from the input: no control character reaches the terminal.
  const safe: CommandContext = {
    ...context,
    stderr: (text) => context.stderr(terminalSafe(text)),
    stderrRaw: context.stderr,
    t,
  };
  if (explicit !== undefined && langOf(explicit) === null) {
    safe.stderr(`${t.t("cli.error.lang", { value: explicit })}\n`);
    return 2;
  }
  const [name, ...rest] = argv;
  if (
    name === undefined ||
    name === "--help" ||
    name === "-h" ||
    name === "help" ||
    name.startsWith("--lang")
  ) {
    context.stdout(globalHelp(t));
    return name === undefined || name.startsWith("--lang") ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    context.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) {
    safe.stderr(
      `${t.t("cli.error.unknown-command", { name, commands: COMMANDS.map((c) => c.name).join(", ") })}\n`,
    );
    return 2;
  }
  const debug = rest.includes("--debug");
  try {
    const parsed = parseArgs({
      args: [...rest],
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help === true) {
      context.stdout(commandHelp(command, t));
      return 0;
    }
    return await command.run(parsed, {
      ...safe,
      inputs: parsed.positionals,
      force: parsed.values.force === true,
      readLimits: readLimitsOption(parsed.values["max-input-mb"]),
    });
  } catch (error) {
    return reportError(error, safe, { debug, command: command.name });
  }
}

/** `--max-input-mb N`: both the file and the XML limits become N MB. */
function readLimitsOption(value: unknown): Partial<ReadLimits> | undefined {
  if (value === undefined) return undefined;
  const bytes = Math.round(parseNumberOption("max-input-mb", value, 0, { min: 1 }) * 1024 * 1024);
  return { maxFileBytes: bytes, maxXmlBytes: bytes };
}

/** The value of `--lang X` or `--lang=X`, wherever it is, so that help and errors speak it too. */
function langArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === "--lang") found = argv[i + 1] ?? "";
    else if (arg.startsWith("--lang=")) found = arg.slice("--lang=".length);
  });
  return found;
}

function summary(command: Command, t: Translator): string {
  return t.t(`cli.${command.name}.summary` as MessageId);
}

function globalHelp(t: Translator): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    t.t("cli.help.intro"),
    "",
    t.t("cli.help.usage"),
    "",
    t.t("cli.help.commands"),
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${summary(command, t)}`),
    "",
    t.t("cli.help.more"),
    "",
  ].join("\n");
}

/** `catalyse <name> --help`: usage, arguments, options (the command's, then everyone's), notes. */
export function commandHelp(command: Command, t: Translator): string {
  const params = command.help.params ?? {};
  const lines = [
    t.t("cli.help.command-usage", {
      command: command.name,
      synopsis: t.t(`cli.${command.name}.synopsis` as MessageId),
    }),
    "",
  ];
  if (command.help.arguments !== undefined)
    lines.push(t.t("cli.help.arguments"), t.t(command.help.arguments, params), "");
  lines.push(
    t.t("cli.help.options"),
    ...command.help.options.map((id) => t.t(id, params)),
    t.t("cli.help.common-options"),
    "",
    t.t(`cli.${command.name}.notes` as MessageId, params),
    "",
  );
  return lines.join("\n");
}
