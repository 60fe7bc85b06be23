import type { ParseArgsConfig } from "node:util";
import type { MessageId, MessageParams } from "@catalyse/readings";
import type { CommandContext } from "../context.js";

export type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/**
 * The help of a command, as messages of the `cli.*` catalogues. The summary,
 * synopsis and notes are `cli.<name>.summary`, `.synopsis` and `.notes`.
 */
export interface CommandHelp {
  /** The lines under "Arguments:" (none for a command without arguments). */
  arguments?: MessageId;
  /** The option blocks under "Options:", before the options every command has. */
  options: readonly MessageId[];
  /** Values the help texts cite (defaults, thresholds). */
  params?: MessageParams;
}

/** One `catalyse <name>` command. */
export interface Command {
  name: string;
  help: CommandHelp;
  options: OptionsConfig;
  run(args: ParsedArgs, context: CommandContext): Promise<number>;
}

/** Options every command accepts. */
export const COMMON_OPTIONS: OptionsConfig = {
  help: { type: "boolean", short: "h" },
  debug: { type: "boolean" },
  lang: { type: "string" },
  force: { type: "boolean" },
  "max-input-mb": { type: "string" },
};
