/**
 * The one place the explorer talks to @catalyse/io. Until io's browser
 * readers land on main, it uses the stand-ins in `io-fallback*.ts` for CSV
 * pairs and JSON; switching to io is a change to this file only.
 */
import { createTerritory, type LinkInput, TerritoryError } from "@catalyse/core";
import { FallbackInputError, readCsvPair, readJson } from "./io-fallback.js";
import { type GexfActor, toCsv, toGexf } from "./io-fallback-writers.js";
import { type Dataset, graphToDataset } from "./state/dataset.js";

/** A problem as the page shows it (the shape of io's `InputProblem`). */
export interface InputProblemView {
  file: string;
  line?: number;
  column?: number;
  field?: string;
  found: string;
  expected: string;
  severity: "error" | "warning";
}

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export type ImportResult =
  | { ok: true; dataset: Dataset; warnings: InputProblemView[] }
  | { ok: false; problems: InputProblemView[] };

const extension = (name: string) => name.toLowerCase().replace(/^.*\./, "");

function decode(file: NamedBytes): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    // French Excel writes Windows-1252 when not told otherwise.
    return new TextDecoder("windows-1252").decode(file.bytes);
  }
}

/**
 * Reads what the user dropped: `actors.csv` + `links.csv` together, or one
 * .json / .gexf / .graphml / .xlsx file.
 */
export async function importFiles(files: readonly NamedBytes[]): Promise<ImportResult> {
  try {
    const csv = files.filter((file) => extension(file.name) === "csv");
    const others = files.filter((file) => extension(file.name) !== "csv");
    const stamp = files.map((file) => file.name).join("+");
    if (csv.length > 0) {
      const actors = csv.find((file) => /actor|acteur/i.test(file.name)) ?? csv[0]!;
      const links =
        csv.find((file) => file !== actors && /link|lien/i.test(file.name)) ?? csv.find((f) => f !== actors);
      if (!links)
        return problem(
          actors.name,
          "one CSV file",
          "actors.csv and links.csv chosen together (Ctrl/⌘-click both)",
        );
      const rows = readCsvPair(
        { name: actors.name, text: decode(actors) },
        { name: links.name, text: decode(links) },
      );
      const name = actors.name.replace(/[-_]?(actors|acteurs)?\.csv$/i, "") || "Imported territory";
      return build(`import:${stamp}`, name, rows.actors, rows.links);
    }
    const file = others[0];
    if (!file)
      return problem("(no file)", "no file", "actors.csv + links.csv, .xlsx, .gexf, .graphml or .json");
    switch (extension(file.name)) {
      case "json": {
        const rows = readJson({ name: file.name, text: decode(file) });
        return build(
          `import:${stamp}`,
          rows.name ?? file.name.replace(/\.json$/i, ""),
          rows.actors,
          rows.links,
        );
      }
      case "gexf":
      case "graphml":
      case "xlsx":
        return problem(
          file.name,
          `a .${extension(file.name)} file, which this build cannot read yet`,
          "actors.csv + links.csv or .json (the GEXF, GraphML and XLSX readers arrive with @catalyse/io)",
        );
      default:
        return problem(
          file.name,
          `an unknown file type ".${extension(file.name)}"`,
          "actors.csv + links.csv, .xlsx, .gexf, .graphml or .json",
        );
    }
  } catch (error) {
    if (error instanceof FallbackInputError) return { ok: false, problems: error.problems };
    if (error instanceof TerritoryError)
      return {
        ok: false,
        problems: error.issues
          .filter((issue) => issue.severity === "error")
          .map((issue) => ({
            file: issue.table === "actors" ? "actors" : "links",
            ...(issue.row === undefined ? {} : { line: issue.row + 2 }),
            ...(issue.field === undefined ? {} : { field: issue.field }),
            found: issue.message,
            expected: "a valid territory row",
            severity: "error" as const,
          })),
      };
    throw error;
  }
}

function build(key: string, name: string, actors: Dataset["actors"], links: LinkInput[]): ImportResult {
  const { graph, warnings } = createTerritory({ meta: { name }, actors, links });
  return {
    ok: true,
    dataset: graphToDataset(graph, key, name, "imported"),
    warnings: warnings.map((warning) => ({
      file: warning.table ?? "territory",
      found: warning.message,
      expected: "no change needed",
      severity: "warning" as const,
    })),
  };
}

function problem(file: string, found: string, expected: string): ImportResult {
  return { ok: false, problems: [{ file, found, expected, severity: "error" }] };
}

export function writeActorsCsv(header: string[], rows: unknown[][]): string {
  return toCsv(header, rows);
}

export function writeLinksCsv(links: readonly LinkInput[]): string {
  return toCsv(
    ["source", "target", "weight", "type", "start", "end"],
    links.map((link) => [
      link.source,
      link.target,
      link.weight ?? 1,
      link.type ?? "",
      link.start ?? "",
      link.end ?? "",
    ]),
  );
}

export function writeGexf(name: string, directed: boolean, actors: GexfActor[], links: LinkInput[]): string {
  return toGexf(name, directed, actors, links);
}

export type { GexfActor };
