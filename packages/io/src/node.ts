/**
 * @catalyse/io/node: reading and writing territories from the file system.
 */
import { mkdir, readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { TerritoryGraph } from "@catalyse/core";
import { readTerritoryCsv } from "./csv/read-territory-csv.js";
import { InputError, type InputProblem } from "./errors.js";
import { formatOfName, type TerritoryFormat, unknownFileType } from "./formats.js";
import { normalizeName } from "./header-aliases.js";
import { type ReadLimits, type ReadOptions, resolveLimits } from "./limits.js";
import { inputFileProblem, readInputFile } from "./node/input-file.js";
import { writeFileAtomic } from "./node/write-atomic.js";
import { inputProblem } from "./problems/input-problem.js";
import type { InputFile, ReadTerritoryResult } from "./read-result.js";
import { readTerritoryFile } from "./read-territory-file.js";
import { type WriteTerritoryOptions, writeTerritory } from "./write-territory.js";

export { inputFileProblem, readInputFile } from "./node/input-file.js";
export { temporaryPathFor, writeFileAtomic, writeThroughTemporary } from "./node/write-atomic.js";
export type { ReadTerritoryResult } from "./read-result.js";

/** File names of a territory folder, English or French, matched case-insensitively. */
const FOLDER_FILES = {
  actors: ["actors.csv", "acteurs.csv"],
  links: ["links.csv", "liens.csv"],
  territory: ["territory.json", "territoire.json"],
  collectives: ["collectives.csv", "collectifs.csv"],
  memberships: ["memberships.csv", "adhesions.csv"],
} as const;

/**
 * Reads a territory from a folder (`actors.csv` + `links.csv` + optional
 * `territory.json`) or a file (.xlsx, .gexf, .graphml, .json). A path to
 * `actors.csv` or `links.csv` means its folder.
 * @throws {InputError} with every problem found.
 */
export async function readTerritoryPath(
  path: string,
  options: ReadOptions = {},
): Promise<ReadTerritoryResult> {
  const limits = resolveLimits(options.limits);
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) throw new InputError([inputProblem("path-missing", {}, { file: path })]);
  if (info.isDirectory()) return readFolder(path, limits);
  if (formatOfName(path) === "csv") return readFolder(dirname(path), limits);
  if (formatOfName(path) === undefined) throw new InputError([unknownFileType(path)]);
  return readTerritoryFile({ name: path, data: await readInputFile(path, limits.maxFileBytes) }, { limits });
}

/** The paths of a territory folder's files, English or French names in any case; absent ones undefined. */
export async function territoryFolderFiles(folder: string): Promise<{
  actors?: string;
  links?: string;
  territory?: string;
  collectives?: string;
  memberships?: string;
}> {
  const entries = await readdir(folder);
  const find = (names: readonly string[]): string | undefined => {
    // Accents too: `adhésions.csv` is `adhesions.csv`.
    const entry = entries.find((name) => names.includes(normalizeName(name)));
    return entry === undefined ? undefined : join(folder, entry);
  };
  return {
    actors: find(FOLDER_FILES.actors),
    links: find(FOLDER_FILES.links),
    territory: find(FOLDER_FILES.territory),
    collectives: find(FOLDER_FILES.collectives),
    memberships: find(FOLDER_FILES.memberships),
  };
}

async function readFolder(folder: string, limits: ReadLimits): Promise<ReadTerritoryResult> {
  const files = await territoryFolderFiles(folder);
  const names = [files.actors, files.links, files.territory];
  // Every file is checked before any is read, so that all their problems are reported at once.
  const problems = await Promise.all(
    names.map((name) => (name === undefined ? undefined : inputFileProblem(name, limits.maxFileBytes))),
  );
  const found = problems.filter((problem): problem is InputProblem => problem !== undefined);
  if (found.length > 0) throw new InputError(found);
  const load = async (name: string | undefined): Promise<InputFile | undefined> =>
    name === undefined ? undefined : { name, data: new Uint8Array(await readFile(name)) };
  return readTerritoryCsv(
    {
      actors: await load(files.actors),
      links: await load(files.links),
      territory: await load(files.territory),
      collectives: await load(files.collectives),
      memberships: await load(files.memberships),
    },
    { folder, limits },
  );
}

/**
 * Writes a territory, each file through a temporary file and a rename. `csv`
 * writes a folder (actors.csv, links.csv, territory.json) at `path` (a path
 * ending in `.csv` is refused); other formats write one file at `path`.
 * The format defaults to the one `path`'s extension names (csv for a path without one).
 * @returns the paths written.
 */
export async function writeTerritoryPath(
  graph: TerritoryGraph,
  path: string,
  format: TerritoryFormat = formatOfName(path) ?? "csv",
  options: WriteTerritoryOptions = {},
): Promise<string[]> {
  if (format === "csv" && formatOfName(path) === "csv")
    // Writing the folder's files beside out.csv (its parent folder) surprised people; a folder is asked for.
    throw new Error(
      `${path} names a .csv file, but a CSV territory is a folder (actors.csv, links.csv, territory.json); give a folder path`,
    );
  const files = writeTerritory(graph, format, options);
  if (format === "csv") {
    await mkdir(path, { recursive: true });
    const written: string[] = [];
    for (const file of files) {
      const target = join(path, file.name);
      await writeFileAtomic(target, file.data);
      written.push(target);
    }
    return written;
  }
  // A path without an extension is a folder to write `territory.<format>` into.
  const target = extname(path) === "" ? join(path, basename(files[0]!.name)) : path;
  await mkdir(dirname(target), { recursive: true });
  await writeFileAtomic(target, files[0]!.data);
  return [target];
}
