import { resolve } from "node:path";
import type { TerritoryGraph } from "@catalyse/core";
import { formatProblem } from "@catalyse/io";
import { readTerritoryPath } from "@catalyse/io/node";
import type { CliContext } from "./context.js";

/** Reads a territory and prints its warnings on stderr (stdout stays for results). */
export async function loadTerritory(path: string, context: CliContext): Promise<TerritoryGraph> {
  const { graph, warnings } = await readTerritoryPath(resolve(context.cwd, path), {
    limits: context.readLimits,
  });
  for (const warning of warnings) context.stderr(`warning: ${formatProblem(warning)}\n`);
  return graph;
}
