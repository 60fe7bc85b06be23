import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { TerritoryGraph } from "@catalyse/core";
import type { CommandContext } from "./context.js";
import { UsageError } from "./context.js";
import { loadTerritory } from "./load-territory.js";

export interface NamedTerritory {
  /** The territory's name, or its file or folder name when it has none. */
  name: string;
  path: string;
  graph: TerritoryGraph;
}

const TERRITORY_FILE = /\.(xlsx|gexf|graphml|json)$/i;

/**
 * The territories several inputs stand for, so that `catalyse compare
 * datasets/pilots/*` and `catalyse compare datasets/pilots` both mean the ten
 * pilots:
 * - a folder without `actors.csv` is a collection: its sub-folders and
 *   territory files (.xlsx, .gexf, .graphml, .json) are the territories;
 * - a collection index (`pilots.json`: a JSON object with a `pilots` list of
 *   `{ folder }`) stands for the folders it lists;
 * - the same territory given twice is read once.
 */
export function expandInputs(paths: readonly string[], cwd: string): string[] {
  const expanded: string[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    const key = resolve(cwd, path).replace(/[\\/]+$/, "");
    if (seen.has(key)) return;
    seen.add(key);
    expanded.push(path);
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const stats = existsSync(absolute) ? statSync(absolute) : null;
    if (stats?.isDirectory() && !existsSync(join(absolute, "actors.csv"))) {
      const entries = readdirSync(absolute)
        .filter((entry) => !entry.startsWith("."))
        .sort();
      const members = entries.filter(
        (entry) =>
          (statSync(join(absolute, entry)).isDirectory() &&
            existsSync(join(absolute, entry, "actors.csv"))) ||
          (TERRITORY_FILE.test(entry) && collectionIndex(join(absolute, entry)) === null),
      );
      if (members.length > 0) {
        for (const entry of members) add(join(path, entry));
        continue;
      }
    }
    const listed = stats?.isFile() ? collectionIndex(absolute) : null;
    if (listed !== null) {
      for (const folder of listed) add(join(dirname(path), folder));
      continue;
    }
    add(path);
  }
  return expanded;
}

/** The folders a collection index lists, or null when the file is not one. */
function collectionIndex(file: string): string[] | null {
  if (!/\.json$/i.test(file)) return null;
  try {
    const content = JSON.parse(readFileSync(file, "utf8")) as { pilots?: unknown; nodes?: unknown } | null;
    if (content === null || typeof content !== "object" || content.nodes !== undefined) return null;
    if (!Array.isArray(content.pilots)) return null;
    const folders = content.pilots.map((pilot: unknown) => (pilot as { folder?: unknown } | null)?.folder);
    return folders.every((folder): folder is string => typeof folder === "string") ? folders : null;
  } catch {
    return null;
  }
}

/** Reads several territories (compare, report), naming each; at least one is required. */
export async function loadTerritories(
  paths: readonly string[],
  context: CommandContext,
): Promise<NamedTerritory[]> {
  if (paths.length === 0) throw new UsageError("cli.error.no-territory");
  const territories: NamedTerritory[] = [];
  for (const path of expandInputs(paths, context.cwd)) {
    const graph = await loadTerritory(path, context);
    const name = graph.getAttribute("name") || basename(path.replace(/[\\/]+$/, "")).replace(/\.[^.]+$/, "");
    territories.push({ name, path, graph });
  }
  return territories;
}
