import { resolve } from "node:path";
import type { TerritoryGraph } from "@catalyse/core";
import { readTerritoryPath } from "@catalyse/io/node";
import type { CliContext } from "./context.js";
import { contextTranslator, formatWarning } from "./format-problem.js";

/** Reads a territory and prints its warnings on stderr (stdout stays for results). */
export async function loadTerritory(path: string, context: CliContext): Promise<TerritoryGraph> {
  const { graph, warnings } = await readTerritoryPath(resolve(context.cwd, path), {
    limits: context.readLimits,
  });
  const translator = contextTranslator(context);
  for (const warning of warnings) context.stderr(`${formatWarning(warning, translator)}\n`);
  return graph;
}
