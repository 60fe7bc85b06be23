import { basename } from "node:path";
import type { TerritoryGraph } from "@catalyse/core";
import type { CliContext } from "./context.js";
import { UsageError } from "./context.js";
import { loadTerritory } from "./load-territory.js";

export interface NamedTerritory {
  /** The territory's name, or its file or folder name when it has none. */
  name: string;
  path: string;
  graph: TerritoryGraph;
}

/** Reads several territories (compare, report), naming each; at least one is required. */
export async function loadTerritories(
  paths: readonly string[],
  context: CliContext,
): Promise<NamedTerritory[]> {
  if (paths.length === 0)
    throw new UsageError("missing input; expected one or more territory folders or files");
  const territories: NamedTerritory[] = [];
  for (const path of paths) {
    const graph = await loadTerritory(path, context);
    const name = graph.getAttribute("name") || basename(path.replace(/[\\/]+$/, "")).replace(/\.[^.]+$/, "");
    territories.push({ name, path, graph });
  }
  return territories;
}
