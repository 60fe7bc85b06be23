import { resolve } from "node:path";
import type { TerritoryGraph } from "@catalyse/core";
import { formatProblem, type InputProblem } from "@catalyse/io";
import { readTerritoryPath } from "@catalyse/io/node";
import type { CommandContext } from "./context.js";

/** Reads a territory and prints its warnings on stderr (stdout stays for results). */
export async function loadTerritory(path: string, context: CommandContext): Promise<TerritoryGraph> {
  const { graph, warnings } = await readTerritoryPath(resolve(context.cwd, path));
  printWarnings(warnings, context);
  return graph;
}

/** Input warnings on stderr, each on its line. */
export function printWarnings(warnings: readonly InputProblem[], context: CommandContext): void {
  for (const warning of warnings)
    context.stderr(`${context.t.t("cli.warning", { text: formatProblem(warning) })}\n`);
}
