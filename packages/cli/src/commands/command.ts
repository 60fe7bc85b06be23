import type { ParseArgsConfig } from "node:util";
import type { CliContext } from "../context.js";

export type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** One `catalyse <name>` command. */
export interface Command {
  name: string;
  /** One line for `catalyse --help`. */
  summary: string;
  /** The full `--help` text after the usage line: arguments, options with defaults, examples. */
  usage: string;
  options: OptionsConfig;
  run(args: ParsedArgs, context: CliContext): Promise<number>;
}

/** Options every command accepts. */
export const COMMON_OPTIONS: OptionsConfig = {
  help: { type: "boolean", short: "h" },
  debug: { type: "boolean" },
};
