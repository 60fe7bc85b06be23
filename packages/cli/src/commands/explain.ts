/**
 * `catalyse explain [TERM]`: a word of the results in one plain line, from
 * the glossary (the same lines as the report's glossary and the explorer's
 * tooltips). Without a term, every term.
 */
import { explain, glossary } from "@catalyse/readings";
import { type CommandContext, UsageError } from "../context.js";
import { terminalSafe } from "../format/terminal-safe.js";
import type { Command, ParsedArgs } from "./command.js";

export const explainCommand: Command = {
  name: "explain",
  help: { arguments: "cli.explain.arguments", options: [] },
  options: {},
  async run(args: ParsedArgs, context: CommandContext): Promise<number> {
    const { t } = context;
    if (args.positionals.length > 1)
      throw new UsageError("cli.explain.one-term", { count: args.positionals.length });
    const term = args.positionals[0];
    const entries = term === undefined ? glossary(t.lang) : [explain(term, t.lang)];
    if (entries[0] === null || entries[0] === undefined)
      throw new UsageError("cli.explain.unknown", { term: terminalSafe(term ?? "") });
    const lines = entries.flatMap((entry) =>
      entry === null ? [] : [t.t("cli.explain.entry", { ...entry })],
    );
    context.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
