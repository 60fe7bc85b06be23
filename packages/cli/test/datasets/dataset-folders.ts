/** The bundled dataset folders, found on disk so that a new dataset is tested without editing the tests. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
export const DATASETS = join(REPO_ROOT, "datasets");

/** Every folder under datasets/ that holds an actors table (actors.csv or acteurs.csv), relative to the repo root, in name order. */
export function datasetFolders(): string[] {
  const found: string[] = [];
  const walk = (relativeFolder: string): void => {
    const folder = join(REPO_ROOT, relativeFolder);
    if (existsSync(join(folder, "actors.csv")) || existsSync(join(folder, "acteurs.csv"))) {
      found.push(relativeFolder);
      return;
    }
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    ))
      if (entry.isDirectory()) walk(join(relativeFolder, entry.name));
  };
  walk("datasets");
  return found;
}

/** The parsed territory.json of a dataset folder. */
export function territoryJson(folder: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(REPO_ROOT, folder, "territory.json"), "utf8")) as Record<
    string,
    unknown
  >;
}
