import { resolve } from "node:path";
import type { TerritoryGraph } from "@catalyse/core";
import type { InputProblem } from "@catalyse/io";
import { readTerritoryPath } from "@catalyse/io/node";
import type { CommandContext } from "./context.js";
import { formatProblem } from "./format-problem.js";

/** Reads a territory and prints its warnings on stderr (stdout stays for results). */
export async function loadTerritory(path: string, context: CommandContext): Promise<TerritoryGraph> {
  const { graph, warnings } = await readTerritoryPath(resolve(context.cwd, path), {
    limits: context.readLimits,
  });
  printWarnings(warnings, context);
  return graph;
}

/** Input warnings on stderr, each on its line. */
export function printWarnings(warnings: readonly InputProblem[], context: CommandContext): void {
  for (const warning of warnings)
    context.stderr(`${context.t.t("cli.warning", { text: formatProblem(warning, context.t) })}\n`);
}
