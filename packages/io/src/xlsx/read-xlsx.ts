/**
 * Reading an XLSX workbook: sheets `actors` and `links` (or `acteurs` and
 * `liens`, any case), an optional `territory` sheet of key/value rows, with
 * the same column rules as CSV. Cells keep their sheet row and column in
 * problems. Dates (cells with a date number format) become ISO dates.
 *
 * fflate unzips; the sheet XML is read with the same XML parser as GEXF.
 */
import type { TerritoryMeta } from "@catalyse/core";
import { strFromU8, unzipSync } from "fflate";
import { buildTerritory } from "../build-territory.js";
import { readCollectiveTable, readMembershipTable } from "../collectives/read-collective-tables.js";
import { InputError, type InputProblem } from "../errors.js";
import { normalizeName, SHEET_ALIASES } from "../header-aliases.js";
import {
  fileSizeProblem,
  MAX_SHEET_COLUMN,
  MAX_SHEET_ROW,
  megabytes,
  type ReadOptions,
  resolveLimits,
  tooLarge,
} from "../limits.js";
import { inputProblem } from "../problems/input-problem.js";
import type { InputFile, ReadTerritoryResult } from "../read-result.js";
import { readActorTable, readLinkTable } from "../table/read-tables.js";
import type { Table, TableCell } from "../table/table.js";
import { metaFromObject } from "../territory-meta.js";
import { childNamed, childrenNamed, parseXml, type XmlElement } from "../xml/parse-xml.js";
import { columnLetters, parseCellRef, serialToIsoDate } from "./cell-ref.js";

const TEXT_KEYS = new Set(["name", "description", "source"]);
const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const SHARED_STRINGS = "xl/sharedStrings.xml";
const STYLES = "xl/styles.xml";

/**
 * Reads a territory from XLSX bytes.
 * @throws {InputError} with every problem found.
 */
export function readXlsx(file: InputFile, options: ReadOptions = {}): ReadTerritoryResult {
  const problems: InputProblem[] = [];
  const limits = resolveLimits(options.limits);
  const fail = (code: "not-workbook" | "no-workbook-part", kind = ""): never => {
    problems.push(inputProblem(code, { kind }, { file: file.name }));
    throw new InputError(problems);
  };
  const size = fileSizeProblem(file, limits);
  if (size !== undefined) throw new InputError([size]);
  if (typeof file.data === "string") fail("not-workbook", "text");
  const entries = new Map<string, Uint8Array>();
  // The parts read are parsed together: their total inflated size is what the XML limit bounds.
  let inflated = 0;
  // Only the parts Catalyse reads are inflated, each within the limits: the workbook first, then
  // the sheets it names. An archive is never unpacked whole (a zip bomb hides in unused entries).
  const unzip = (wanted: ReadonlySet<string>) => {
    const refused: InputProblem[] = [];
    try {
      const parts = unzipSync(file.data as Uint8Array, {
        filter: (entry) => {
          if (!wanted.has(entry.name) || refused.length > 0) return false;
          const ratio = entry.originalSize / Math.max(entry.size, 1);
          inflated += entry.originalSize;
          if (inflated > limits.maxXmlBytes)
            refused.push(tooLarge(file.name, inflated, limits.maxXmlBytes, "parts"));
          else if (ratio > limits.maxInflateRatio)
            refused.push(
              inputProblem(
                "inflate-ratio",
                {
                  ratio: Math.round(ratio),
                  size: megabytes(entry.size),
                  inflated: megabytes(entry.originalSize),
                  limit: limits.maxInflateRatio,
                },
                { file: `${file.name}/${entry.name}` },
              ),
            );
          return refused.length === 0;
        },
      });
      for (const [name, bytes] of Object.entries(parts)) entries.set(name, bytes);
    } catch {
      fail("not-workbook", "zip");
    }
    if (refused.length > 0) throw new InputError([...problems, ...refused]);
  };
  unzip(new Set([WORKBOOK, WORKBOOK_RELS, SHARED_STRINGS, STYLES]));
  const xml = (path: string): XmlElement | undefined => {
    const bytes = entries.get(path);
    return bytes === undefined
      ? undefined
      : parseXml(strFromU8(bytes), `${file.name}/${path}`, problems, limits.maxXmlBytes);
  };
  const workbook = xml(WORKBOOK);
  if (workbook === undefined) {
    if (entries.has(WORKBOOK)) throw new InputError(problems);
    fail("no-workbook-part");
  }
  const targets = new Map<string, string>();
  for (const rel of childrenNamed(xml(WORKBOOK_RELS), "Relationship")) {
    const target = rel.attributes.get("Target") ?? "";
    targets.set(rel.attributes.get("Id") ?? "", target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets = childrenNamed(childNamed(workbook, "sheets"), "sheet").map((sheet) => ({
    name: sheet.attributes.get("name") ?? "",
    path: targets.get(sheet.attributes.get("id") ?? ""),
  }));
  const sharedStrings = childrenNamed(xml(SHARED_STRINGS), "si").map(richText);
  const dateStyles = dateStyleIndexes(xml(STYLES));
  const date1904 = childNamed(workbook, "workbookPr")?.attributes.get("date1904");
  const context: SheetContext = {
    sharedStrings,
    dateStyles,
    date1904: date1904 === "1" || date1904 === "true",
  };

  const findSheet = (kind: keyof typeof SHEET_ALIASES) => {
    const names: readonly string[] = SHEET_ALIASES[kind];
    return sheets.find((candidate) => names.includes(normalizeName(candidate.name)));
  };
  const sheetTable = (sheet: { name: string; path?: string } | undefined): Table | undefined => {
    if (sheet === undefined) return undefined;
    if (sheet.path === undefined || !entries.has(sheet.path)) {
      problems.push(
        inputProblem(
          "sheet-part-missing",
          { sheet: sheet.name, part: sheet.path ?? "(no relationship)" },
          { file: file.name },
        ),
      );
      return undefined;
    }
    const part = xml(sheet.path);
    // A malformed sheet part was already reported by parseXml.
    if (part === undefined) return undefined;
    return readSheet(part, `${file.name} (sheet ${sheet.name})`, context, problems);
  };
  const missingSheet = (kind: "actors" | "links") =>
    problems.push(
      inputProblem(
        "missing-sheet",
        { sheets: sheets.map((sheet) => `"${sheet.name}"`).join(", "), kind },
        { file: file.name },
      ),
    );

  const actorSheet = findSheet("actors");
  const linkSheet = findSheet("links");
  const territorySheet = findSheet("territory");
  const collectiveSheet = findSheet("collectives");
  const membershipSheet = findSheet("memberships");
  unzip(
    new Set(
      [actorSheet, linkSheet, territorySheet, collectiveSheet, membershipSheet].flatMap((sheet) =>
        sheet?.path === undefined ? [] : [sheet.path],
      ),
    ),
  );
  const meta = readTerritorySheet(sheetTable(territorySheet), file.name, problems);
  if (actorSheet === undefined) missingSheet("actors");
  if (linkSheet === undefined) missingSheet("links");
  const actorTable = sheetTable(actorSheet);
  const linkTable = sheetTable(linkSheet);
  const actors = actorTable && readActorTable(actorTable, meta.actorAttributeTypes, problems);
  const links = linkTable && readLinkTable(linkTable, meta.linkAttributeTypes, problems);
  const collectiveTable = sheetTable(collectiveSheet);
  const membershipTable = sheetTable(membershipSheet);
  const collectives =
    collectiveTable && readCollectiveTable(collectiveTable, meta.collectiveAttributeTypes, problems);
  const memberships =
    membershipTable && readMembershipTable(membershipTable, meta.membershipAttributeTypes, problems);
  if (membershipTable !== undefined && collectiveTable === undefined)
    problems.push(inputProblem("memberships-without-collectives", {}, { file: file.name }));
  if (actors === undefined || links === undefined) throw new InputError(problems);
  if ((collectiveTable && !collectives) || (membershipTable && !memberships)) throw new InputError(problems);
  return buildTerritory(
    {
      meta: { ...meta, actorAttributeTypes: actors.attributeTypes, linkAttributeTypes: links.attributeTypes },
      actors: actors.actors,
      actorPlaces: actors.places,
      actorsFile: actorTable!.file,
      links: links.links,
      linkPlaces: links.places,
      linksFile: linkTable!.file,
      collectives,
      memberships,
    },
    problems,
  );
}

interface SheetContext {
  sharedStrings: string[];
  dateStyles: Set<number>;
  date1904: boolean;
}

/** A sheet as a table of text cells; the first non-empty row is the header. */
function readSheet(
  sheet: XmlElement,
  file: string,
  context: SheetContext,
  problems: InputProblem[],
): Table | undefined {
  const rows: { line: number; cells: TableCell[] }[] = [];
  const outside = (ref: string, line: number) =>
    problems.push(
      inputProblem(
        "cell-outside",
        { ref: ref.slice(0, 40), last: `${columnLetters(MAX_SHEET_COLUMN)}${MAX_SHEET_ROW}` },
        { file, line },
      ),
    );
  for (const row of childrenNamed(childNamed(sheet, "sheetData"), "row")) {
    const line = Number(row.attributes.get("r") ?? rows.length + 1);
    if (!Number.isInteger(line) || line < 1 || line > MAX_SHEET_ROW) {
      outside(row.attributes.get("r") ?? "", rows.length + 1);
      return undefined;
    }
    // NOTE: a sparse array: a cell far to the right leaves holes, not thousands of empty cells.
    const cells: TableCell[] = [];
    let next = 1;
    for (const cell of childrenNamed(row, "c")) {
      const ref = cell.attributes.get("r");
      const column = ref === undefined ? next : parseCellRef(ref)?.column;
      if (column === undefined || column > MAX_SHEET_COLUMN) {
        outside(ref ?? "", line);
        return undefined;
      }
      next = column + 1;
      const value = cellText(cell, context, (index) =>
        problems.push(
          inputProblem(
            "shared-string",
            { index, count: context.sharedStrings.length },
            { file, line, column },
          ),
        ),
      ).trim();
      cells[column - 1] = { value, line, column };
    }
    if (cells.some((cell) => cell.value !== "")) rows.push({ line, cells });
  }
  const [header, ...data] = rows;
  if (header === undefined) {
    problems.push(inputProblem("empty-sheet", {}, { file, line: 1 }));
    return undefined;
  }
  return {
    file,
    header: header.cells,
    rows: data.map((row) => ({ cells: row.cells, line: row.line, end: { line: row.line } })),
    // Numeric cells never hold a comma; text cells typed in French Excel may ("2,5").
    decimalComma: true,
  };
}

function cellText(cell: XmlElement, context: SheetContext, missingString: (index: string) => void): string {
  const type = cell.attributes.get("t") ?? "n";
  const value = childNamed(cell, "v")?.text ?? "";
  switch (type) {
    case "s": {
      const text = /^\d+$/.test(value.trim()) ? context.sharedStrings[Number(value)] : undefined;
      if (text === undefined) missingString(value.trim());
      return text ?? "";
    }
    case "inlineStr":
      return richText(childNamed(cell, "is"));
    case "b":
      return value === "1" ? "true" : value === "0" ? "false" : value;
    case "d":
      return value.slice(0, 10);
    case "str":
    case "e":
      return value;
    default: {
      if (value === "") return "";
      const number = Number(value);
      const style = Number(cell.attributes.get("s") ?? 0);
      if (Number.isFinite(number) && context.dateStyles.has(style))
        return serialToIsoDate(number, context.date1904);
      return Number.isFinite(number) ? String(number) : value;
    }
  }
}

/** The text of a shared or inline string, rich-text runs (`<r><t>`) joined. */
function richText(element: XmlElement | undefined): string {
  if (element === undefined) return "";
  const direct = childNamed(element, "t");
  if (direct !== undefined) return direct.text;
  return childrenNamed(element, "r")
    .map((run) => childNamed(run, "t")?.text ?? "")
    .join("");
}

// Built-in number formats that are dates (ECMA-376 §18.8.30), and custom ones with day/year codes.
const BUILTIN_DATES = new Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

function dateStyleIndexes(styles: XmlElement | undefined): Set<number> {
  const custom = new Map<number, string>();
  for (const format of childrenNamed(childNamed(styles, "numFmts"), "numFmt"))
    custom.set(Number(format.attributes.get("numFmtId")), format.attributes.get("formatCode") ?? "");
  const dates = new Set<number>();
  childrenNamed(childNamed(styles, "cellXfs"), "xf").forEach((xf, index) => {
    const id = Number(xf.attributes.get("numFmtId") ?? 0);
    const code = custom.get(id);
    const bare = code?.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "").toLowerCase();
    if (BUILTIN_DATES.has(id) || (bare !== undefined && /[dy]/.test(bare))) dates.add(index);
  });
  return dates;
}

/** The optional territory sheet: key/value rows, values JSON except name, description and source. */
function readTerritorySheet(table: Table | undefined, file: string, problems: InputProblem[]): TerritoryMeta {
  if (table === undefined) return {};
  const object: Record<string, unknown> = {};
  for (const row of [table.header, ...table.rows.map((r) => r.cells)]) {
    const key = row[0]?.value ?? "";
    const text = row[1]?.value ?? "";
    if (key === "" || (key === "key" && text === "value")) continue;
    let value: unknown = text;
    if (!TEXT_KEYS.has(key))
      try {
        value = JSON.parse(text);
      } catch {
        value = text;
      }
    Object.defineProperty(object, key, { value, enumerable: true, configurable: true, writable: true });
  }
  return metaFromObject(object, file, problems);
}
