/**
 * Streaming a territory folder (`actors.csv`, `links.csv`, optional
 * `territory.json`) straight into a compact index, in memory bounded by the
 * index itself: rows are tokenized chunk by chunk and links go into growable
 * typed arrays, with no graphology graph and no object per link.
 *
 * The result equals `createCompactIndex(readTerritoryPath(folder).graph)` from
 * the ordinary reader: same positions (input order), same links in first
 * occurrence order, parallel links merged (weights summed), self-loops dropped,
 * worlds in the same order. It validates what the index uses (ids, endpoints,
 * weights); dates, types and free attributes are not read, so use the ordinary
 * reader when they matter.
 */
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { type CompactIndex, compactIndexFromArrays, DEFAULT_WORLDS, UNKNOWN_WORLD } from "@catalyse/core";
import {
  ACTOR_ALIASES,
  InputError,
  type InputProblem,
  inputProblem,
  LINK_ALIASES,
  unneutralizeCell,
} from "@catalyse/io";
import { inputFileProblem, readInputFile, territoryFolderFiles } from "@catalyse/io/node";
import { locateColumns, locateFreeColumn } from "./columns.js";
import { CsvTokenizer, detectDelimiter } from "./csv-tokenizer.js";
import { GrowableFloat64, GrowableInt32 } from "./growable.js";
import { readTextChunks } from "./read-chunks.js";

/** Options of `streamTerritory`. */
export interface StreamTerritoryOptions {
  /** Called as bytes are read: `done` and `total` are bytes over both CSV files. */
  onProgress?: (done: number, total: number, step: string) => void;
  /** Stop collecting errors after this many (the count still goes on). Default 100. */
  maxProblems?: number;
}

/** What `streamTerritory` returns: the compact index, the actors' labels and the problems found. */
export interface StreamedTerritory {
  index: CompactIndex;
  /** Actor labels by position (the id when the label is empty). */
  labels: string[];
  /** Actor roles (a `role` column) by position, null when empty or absent: the governance reading cites them. */
  roles: (string | null)[];
  name: string;
  /** The territory's description from territory.json ("" when none). */
  description: string;
  /** Merged parallel links, dropped self-loops, missing worlds, each counted once. */
  warnings: InputProblem[];
}

interface TerritoryMetaFile {
  name?: string;
  description?: string;
  directed?: boolean;
  worlds?: string[];
}

/** Streams a territory folder's CSV files straight into a compact index (no object per link), for national-scale territories. */
export async function streamTerritory(
  folder: string,
  options: StreamTerritoryOptions = {},
): Promise<StreamedTerritory> {
  // English or French names (acteurs.csv, liens.csv, territoire.json), as the ordinary reader takes them.
  const files = await territoryFolderFiles(folder).catch(() => ({}) as Record<string, undefined>);
  const actorsFile = files.actors ?? join(folder, "actors.csv");
  const linksFile = files.links ?? join(folder, "links.csv");
  const meta = await readMeta(files.territory ?? join(folder, "territory.json"));
  const directed = meta.directed ?? false;
  const problems: InputProblem[] = [];
  const maxProblems = options.maxProblems ?? 100;
  let errorCount = 0;
  const report = (problem: InputProblem): void => {
    errorCount++;
    if (problems.length < maxProblems) problems.push(problem);
  };
  // Streaming takes files of any size, but not devices or pipes (/dev/zero never ends, a FIFO never opens).
  const fileProblems = (
    await Promise.all([actorsFile, linksFile].map((file) => inputFileProblem(file, Number.POSITIVE_INFINITY)))
  ).filter((problem): problem is InputProblem => problem !== undefined);
  if (fileProblems.length > 0)
    throw new InputError(
      fileProblems.map((problem) =>
        problem.found === "no such file"
          ? { ...problem, expected: "actors.csv and links.csv in the folder" }
          : problem,
      ),
    );
  const actorBytes = (await stat(actorsFile)).size;
  const totalBytes = actorBytes + (await stat(linksFile)).size;

  // Actors.
  const ids: string[] = [];
  const labels: string[] = [];
  const roles: (string | null)[] = [];
  const positionOf = new Map<string, number>();
  const firstLine = new Map<string, number>();
  const worldOfRaw = new GrowableInt32();
  const worldCode = new Map<string, number>();
  let missingWorlds = 0;
  await readCsv(
    actorsFile,
    (done) => options.onProgress?.(done, totalBytes, "actors.csv"),
    (header) => {
      // The role is a free column for the full reader (attributes.role); the governance reading cites it.
      const columns = {
        ...locateColumns(header, ACTOR_ALIASES, ["id", "label", "world"]),
        role: locateFreeColumn(header, "role"),
      };
      if (columns.id < 0) report(missingColumn(actorsFile, header, "id", ACTOR_ALIASES));
      return (fields, line) => {
        if (columns.id < 0) return;
        const id = cell(fields, columns.id);
        if (id === "")
          return report(
            inputProblem(
              "empty-id",
              { field: "id", table: "actors" },
              { file: actorsFile, line, field: "id" },
            ),
          );
        if (positionOf.has(id))
          return report(
            inputProblem(
              "duplicate-actor",
              { id, line: firstLine.get(id) ?? "none" },
              { file: actorsFile, line, field: "id" },
            ),
          );
        positionOf.set(id, ids.length);
        firstLine.set(id, line);
        ids.push(id);
        labels.push(cell(fields, columns.label) || id);
        roles.push(columns.role < 0 ? null : cell(fields, columns.role) || null);
        let world = cell(fields, columns.world);
        if (world === "") {
          world = UNKNOWN_WORLD;
          missingWorlds++;
        }
        let code = worldCode.get(world);
        if (code === undefined) {
          code = worldCode.size;
          worldCode.set(world, code);
        }
        worldOfRaw.push(code);
      };
    },
  );

  // Links.
  const n = ids.length;
  const linkSource = new GrowableInt32();
  const linkTarget = new GrowableInt32();
  const linkWeight = new GrowableFloat64();
  // Pair → link number; a number key (s·n + t < 2⁵³) keeps this a flat hash, not an object per link.
  const linkOfPair = new Map<number, number>();
  let selfLoops = 0;
  let parallel = 0;
  await readCsv(
    linksFile,
    (done) => options.onProgress?.(actorBytes + done, totalBytes, "links.csv"),
    (header, delimiter) => {
      const columns = locateColumns(header, LINK_ALIASES, ["source", "target", "weight"]);
      for (const key of ["source", "target"] as const)
        if (columns[key] < 0) report(missingColumn(linksFile, header, key, LINK_ALIASES));
      const decimalComma = delimiter === ";";
      return (fields, line) => {
        if (columns.source < 0 || columns.target < 0) return;
        const s = endpoint(fields[columns.source], "source", line);
        const t = endpoint(fields[columns.target], "target", line);
        const weight = parseWeight(columns.weight < 0 ? "" : (fields[columns.weight] ?? ""), decimalComma);
        if (weight === null) {
          report(
            inputProblem(
              "invalid-weight",
              { value: fields[columns.weight] ?? "" },
              { file: linksFile, line, field: "weight" },
            ),
          );
          return;
        }
        if (s < 0 || t < 0) return;
        if (s === t) {
          selfLoops++;
          return;
        }
        const key = directed || s < t ? s * n + t : t * n + s;
        const existing = linkOfPair.get(key);
        if (existing !== undefined) {
          linkWeight.add(existing, weight);
          parallel++;
          return;
        }
        linkOfPair.set(key, linkSource.length);
        linkSource.push(s);
        linkTarget.push(t);
        linkWeight.push(weight);
      };
    },
  );
  function endpoint(value: string | undefined, field: "source" | "target", line: number): number {
    const id = unneutralizeCell(value ?? "").trim();
    const position = positionOf.get(id);
    if (position !== undefined) return position;
    report(
      id === ""
        ? inputProblem("empty-id", { field, table: "links" }, { file: linksFile, line, field })
        : inputProblem("unknown-actor", { field, id, file: actorsFile }, { file: linksFile, line, field }),
    );
    return -1;
  }
  linkOfPair.clear();

  if (errorCount > 0) {
    if (errorCount > problems.length)
      problems.push(
        inputProblem("more-problems", { count: errorCount - problems.length }, { file: linksFile }),
      );
    throw new InputError(problems);
  }

  // Worlds ordered as createTerritory does: declared, then the default worlds, then as seen.
  const seen = [...worldCode.keys()];
  const worldNames: string[] = [];
  for (const world of [...(meta.worlds ?? []), ...DEFAULT_WORLDS, ...seen])
    if (!worldNames.includes(world) && (worldCode.has(world) || meta.worlds?.includes(world)))
      worldNames.push(world);
  const remap = Int32Array.from(seen, (world) => worldNames.indexOf(world));
  const worldOf = worldOfRaw.toArray().map((code) => remap[code]!);

  const index = compactIndexFromArrays({
    directed,
    ids,
    worldOf,
    worldNames,
    linkSource: linkSource.toArray(),
    linkTarget: linkTarget.toArray(),
    linkWeight: linkWeight.toArray(),
  });
  const warnings: InputProblem[] = [];
  const warn = (
    file: string,
    code: "self-loops" | "parallel-links" | "missing-worlds",
    count: number,
  ): void => {
    if (count > 0)
      warnings.push(inputProblem(code, { count, first: "no", world: UNKNOWN_WORLD }, { file }, "warning"));
  };
  warn(linksFile, "self-loops", selfLoops);
  warn(linksFile, "parallel-links", parallel);
  warn(actorsFile, "missing-worlds", missingWorlds);
  return {
    index,
    labels,
    roles,
    name: meta.name ?? "",
    description: typeof meta.description === "string" ? meta.description : "",
    warnings,
  };
}

/** Tokenizes a CSV file; `begin` sees the header and returns the row handler. */
async function readCsv(
  file: string,
  onBytes: (done: number) => void,
  begin: (header: readonly string[], delimiter: string) => (fields: readonly string[], line: number) => void,
): Promise<void> {
  let tokenizer: CsvTokenizer | null = null;
  let handler: ((fields: readonly string[], line: number) => void) | null = null;
  let buffered = "";
  for await (const text of readTextChunks(file, { onProgress: onBytes })) {
    if (tokenizer === null) {
      // Wait for the whole header line to detect the delimiter.
      buffered += text;
      const newline = buffered.indexOf("\n");
      if (newline < 0) continue;
      tokenizer = startTokenizer(buffered.slice(0, newline));
      tokenizer.push(buffered);
      buffered = "";
    } else {
      tokenizer.push(text);
    }
  }
  if (tokenizer === null && buffered.trim() !== "") {
    tokenizer = startTokenizer(buffered);
    tokenizer.push(buffered);
  }
  if (tokenizer === null) throw new InputError([inputProblem("empty-file", {}, { file, line: 1 })]);
  const line = tokenizer.currentLine;
  if (!tokenizer.end()) throw new InputError([inputProblem("unclosed-quote", {}, { file, line })]);

  function startTokenizer(headerLine: string): CsvTokenizer {
    const delimiter = detectDelimiter(headerLine);
    return new CsvTokenizer(delimiter, (fields, row) => {
      if (handler === null) handler = begin([...fields], delimiter);
      else handler(fields, row);
    });
  }
}

function parseWeight(text: string, decimalComma: boolean): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return 1;
  const value = Number(decimalComma ? trimmed.replace(",", ".") : trimmed);
  return Number.isFinite(value) && value > 0 ? value : null;
}

async function readMeta(file: string): Promise<TerritoryMetaFile> {
  if (!existsSync(file)) return {};
  const bytes = await readInputFile(file);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as TerritoryMetaFile;
  } catch (error) {
    throw new InputError([inputProblem("malformed-json", { kind: "object" }, { file })], {
      cause: error,
    });
  }
}

/**
 * A text cell as the ordinary reader gives it: a formula-neutralised cell
 * (`'=…`, written by our CSV writers) loses its quote, then spaces are trimmed.
 * Empty when the column is absent.
 */
function cell(fields: readonly string[], column: number): string {
  return column < 0 ? "" : unneutralizeCell(fields[column] ?? "").trim();
}

/** A header without a required field, as the full reader reports it. */
function missingColumn<F extends string>(
  file: string,
  header: readonly string[],
  field: F,
  aliases: ReadonlyMap<F, readonly string[]>,
): InputProblem {
  return inputProblem(
    "missing-column",
    {
      columns: header.map((name) => `"${name}"`).join(", ") || "(none)",
      field,
      others: (aliases.get(field) ?? []).filter((name) => name !== field).join(", ") || "none",
    },
    { file, line: 1, column: 1, field },
  );
}
