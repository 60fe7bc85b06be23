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
  force: { type: "boolean" },
  "max-input-mb": { type: "string" },
};

/** Help for the options every command accepts, shown after each command's own. */
export const COMMON_OPTIONS_HELP = `Common options:
  --force             let --out replace an existing file (without it, an existing
                      --out is refused); --out never names an input or a path
                      inside an input folder
  --max-input-mb N    read inputs up to N MB (default 256 MB per file, 16 MB of
                      XML for .gexf, .graphml and .xlsx); devices and pipes are
                      never read
`;
