/**
 * `catalyse validate`: checks territory folders or files without analysing
 * them. Every problem is printed with its place (`file:line:column`), what was
 * found and what was expected; a territory that reads prints one OK line with
 * its counts. Exit code 1 when any input has an error (or, with `--strict`, a
 * warning), 0 otherwise.
 */
import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import {
  TerritoryError,
  type TerritoryGraph,
  type TerritoryIssue,
  territoryCollectives,
} from "@catalyse/core";
import { InputError, type InputProblem } from "@catalyse/io";
import { readTerritoryPath } from "@catalyse/io/node";
import { type Translator, territoryIssueText } from "@catalyse/readings";
import type { CommandContext } from "../context.js";
import { UsageError } from "../context.js";
import { terminalSafe } from "../format/terminal-safe.js";
import { formatProblem } from "../format-problem.js";
import type { Command, ParsedArgs } from "./command.js";

export const validateCommand: Command = {
  name: "validate",
  help: { arguments: "cli.validate.arguments", options: ["cli.validate.options"] },
  options: {
    strict: { type: "boolean" },
  },
  async run(args: ParsedArgs, context: CommandContext): Promise<number> {
    if (args.positionals.length === 0) throw new UsageError("cli.validate.missing-input");
    const strict = args.values.strict === true;
    const inputs: string[] = [];
    for (const input of args.positionals) inputs.push(...(await territoriesUnder(input, context.cwd)));
    let failed = 0;
    for (const input of inputs) {
      const ok = await validateOne(input, strict, context);
      if (!ok) failed++;
    }
    if (inputs.length > 1)
      say(
        context,
        failed === 0
          ? context.t.t("cli.validate.all-valid", { count: inputs.length })
          : context.t.t("cli.validate.some-invalid", { failed, count: inputs.length }),
      );
    return failed === 0 ? 0 : 1;
  },
};

const TERRITORY_FILES = ["actors.csv", "acteurs.csv", "links.csv", "liens.csv"];

/**
 * The territories an input names: itself, unless it is a folder of territory
 * folders (such as `datasets/`), whose territory folders are then listed, depth
 * first in name order. An input that is neither stays as is, so that reading it
 * reports what is wrong.
 */
async function territoriesUnder(input: string, cwd: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    if (entries.some((entry) => entry.isFile() && TERRITORY_FILES.includes(entry.name.toLowerCase()))) {
      found.push(folder);
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name)))
      if (entry.isDirectory() && !entry.name.startsWith(".")) await walk(join(folder, entry.name));
  };
  const path = resolve(cwd, input);
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory() !== true) return [input];
  await walk(path);
  if (found.length === 0 || (found.length === 1 && found[0] === path)) return [input];
  // Name them as the user would: relative to where they are, unless that climbs out of it.
  return found.map((folder) => {
    const name = relative(cwd, folder);
    return name === "" ? "." : name.startsWith("..") ? folder : name;
  });
}

/** Validates one input; prints its problems or its OK line; returns whether it passed. */
async function validateOne(input: string, strict: boolean, context: CommandContext): Promise<boolean> {
  const { t } = context;
  let graph: TerritoryGraph;
  let warnings: readonly InputProblem[];
  try {
    ({ graph, warnings } = await readTerritoryPath(resolve(context.cwd, input), {
      limits: context.readLimits,
    }));
  } catch (error) {
    // NOTE: whatever went wrong, the next input is still checked.
    const problems = problemLines(error, input, t) ?? [
      { severity: "error", line: `${input}: ${error instanceof Error ? error.message : String(error)}` },
    ];
    const errors = problems.filter((problem) => problem.severity === "error").length;
    say(context, t.t("cli.validate.fail", { input, errors }));
    for (const problem of problems)
      say(
        context,
        `  ${problem.severity === "warning" ? t.t("cli.warning", { text: problem.line }) : problem.line}`,
      );
    return false;
  }
  for (const warning of warnings)
    say(context, `  ${t.t("cli.warning", { text: formatProblem(warning, t) })}`);
  const worlds = new Set<string>();
  graph.forEachNode((_key, attributes) => {
    worlds.add(attributes.world);
  });
  const failed = strict && warnings.length > 0;
  const { collectives, memberships } = territoryCollectives(graph);
  const counts = {
    input,
    actors: graph.order,
    links: graph.size,
    collectives: collectives.length,
    memberships: memberships.length,
    worlds: worlds.size,
    warnings: warnings.length,
  };
  say(context, t.t(failed ? "cli.validate.strict-fail" : "cli.validate.ok", counts));
  return !failed;
}

/** One line of the report on stdout, control characters escaped (it quotes the input). */
function say(context: CommandContext, line: string): void {
  context.stdout(`${terminalSafe(line)}\n`);
}

interface ProblemLine {
  severity: "error" | "warning";
  line: string;
}

/** Every problem of an expected input failure, one line each; undefined for an unexpected error. */
function problemLines(error: unknown, input: string, t: Translator): ProblemLine[] | undefined {
  if (error instanceof InputError)
    return error.problems.map((problem) => ({ severity: problem.severity, line: formatProblem(problem, t) }));
  // A reader that passes rows straight to createTerritory reports rows, not lines:
  // a row r of a table is line r + 2 of its CSV file (line 1 is the header).
  if (error instanceof TerritoryError)
    return error.issues.map((issue) => ({
      severity: issue.severity,
      line: territoryIssueLine(issue, input, t),
    }));
  if (isFileSystemError(error)) return [{ severity: "error", line: `${input}: ${error.message}` }];
  return undefined;
}

function territoryIssueLine(issue: TerritoryIssue, input: string, t: Translator): string {
  const place =
    issue.table === undefined
      ? input
      : `${input}/${issue.table}.csv${issue.row === undefined ? "" : `:${issue.row + 2}`}`;
  const field = issue.field === undefined ? "" : ` ${t.t("cli.validate.column", { field: issue.field })}`;
  return `${place}${field}: ${territoryIssueText(issue, t)}`;
}

function isFileSystemError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && /^E[A-Z]+$/.test(code);
}
