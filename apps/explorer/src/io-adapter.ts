/**
 * The one place the explorer talks to @catalyse/io: the same readers and
 * writers as the CLI, fed with the bytes of the files the user chose.
 */
import {
  type ActorInput,
  createTerritory,
  type LinkInput,
  TerritoryError,
  type TerritoryIssue,
  type TerritoryMeta,
} from "@catalyse/core";
import {
  type CsvDialect,
  InputError,
  type InputFile,
  type InputProblem,
  isCsvDialect,
  type ReadTerritoryResult,
  readTerritoryCsv,
  readTerritoryFile,
  writeGexf,
  writeTerritoryCsv,
} from "@catalyse/io";
import { type Dataset, graphToDataset } from "./state/dataset.js";

export { type CsvDialect, isCsvDialect };

/**
 * A problem as the page shows it: io's `InputProblem`, or core's territory
 * issue (`issue`: its code and params) when rows reached core unchecked; the
 * view words both in the page's language.
 */
export type InputProblemView = InputProblem & { issue?: Pick<TerritoryIssue, "code" | "params"> };

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export type ImportResult =
  | { ok: true; dataset: Dataset; warnings: InputProblemView[] }
  | { ok: false; problems: InputProblemView[] };

const extension = (name: string) => name.toLowerCase().replace(/^.*\./, "");
const input = (file: NamedBytes): InputFile => ({ name: file.name, data: file.bytes });

/**
 * Reads what the user dropped: `actors.csv` + `links.csv` together (with an
 * optional `territory.json`, `collectives.csv` and `memberships.csv`, French
 * names too), or one .xlsx / .gexf / .graphml / .json file.
 */
export async function importFiles(files: readonly NamedBytes[]): Promise<ImportResult> {
  const stamp = files.map((file) => file.name).join("+");
  try {
    const csv = files.filter((file) => extension(file.name) === "csv");
    let result: ReadTerritoryResult;
    let name: string;
    if (csv.length > 0) {
      // Collectives and memberships first: "memberships" would otherwise pass for the links.
      const collectives = csv.find((file) => /collecti/i.test(file.name));
      const memberships = csv.find((file) => /membership|adh[eé]sion/i.test(file.name));
      const tables = csv.filter((file) => file !== collectives && file !== memberships);
      const actors =
        tables.find((file) => /actor|acteur/i.test(file.name)) ?? (tables.length > 1 ? tables[0] : undefined);
      const links =
        tables.find((file) => file !== actors && /link|lien/i.test(file.name)) ??
        tables.find((f) => f !== actors);
      const territory = files.find((file) => file.name.toLowerCase() === "territory.json");
      result = readTerritoryCsv({
        ...(actors ? { actors: input(actors) } : {}),
        ...(links ? { links: input(links) } : {}),
        ...(territory ? { territory: input(territory) } : {}),
        ...(collectives ? { collectives: input(collectives) } : {}),
        ...(memberships ? { memberships: input(memberships) } : {}),
      });
      name =
        (actors?.name ?? "Imported territory").replace(/[-_ ]?(actors|acteurs)?\.csv$/i, "") ||
        "Imported territory";
    } else {
      const file = files[0];
      if (!file) return { ok: false, problems: [] };
      result = readTerritoryFile(input(file));
      name = file.name.replace(/\.[^.]+$/, "");
    }
    return {
      ok: true,
      dataset: graphToDataset(result.graph, `import:${stamp}`, name, "imported"),
      warnings: result.warnings,
    };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, problems: [...error.problems] };
    if (error instanceof TerritoryError)
      return {
        ok: false,
        problems: error.issues
          .filter((issue) => issue.severity === "error")
          .map((issue) => ({
            file: issue.table ?? stamp,
            found: issue.message,
            expected: "a valid territory",
            severity: "error",
            issue: { code: issue.code, params: issue.params },
          })),
      };
    return {
      ok: false,
      problems: [
        {
          file: stamp,
          found: error instanceof Error ? error.message : String(error),
          expected: "a readable territory file",
          severity: "error",
        },
      ],
    };
  }
}

/** What the exports write: the filtered rows, each actor carrying its metrics and position as attributes. */
export interface ExportRows {
  meta: TerritoryMeta;
  actors: ActorInput[];
  links: LinkInput[];
}

function exportGraph(rows: ExportRows) {
  return createTerritory({ meta: rows.meta, actors: rows.actors, links: rows.links }).graph;
}

export function writeExportGexf(rows: ExportRows): string {
  return writeGexf(exportGraph(rows));
}

/** actors.csv and links.csv in a dialect: `rfc4180` (`,`) or `excel-fr` (`;`, decimal comma, BOM). */
export function writeExportCsv(rows: ExportRows, dialect: CsvDialect): { actors: string; links: string } {
  const texts = writeTerritoryCsv(exportGraph(rows), { dialect });
  return { actors: texts.actors, links: texts.links };
}
