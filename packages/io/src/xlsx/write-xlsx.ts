/**
 * Writing an XLSX workbook with sheets `actors`, `links` and `territory`
 * (key/value metadata, attribute types included so the round trip is exact).
 *
 * Written by hand with fflate for the zip: the format needed is small, and
 * fflate (no dependencies, browser and Node) is well kept, whereas `xlsx`
 * 0.18 on npm is unmaintained with known prototype-pollution advisories.
 * Strings are inline strings and never formulas, so no neutralisation is needed.
 */
import type { AttributeValue, TerritoryGraph } from "@catalyse/core";
import { strToU8, zipSync } from "fflate";
import { collectiveTables } from "../collectives/collective-tables.js";
import { territoryMetaObject } from "../territory-meta.js";
import { territoryTables } from "../territory-tables.js";
import { assertWritable } from "../writable.js";
import { escapeXml } from "../xml/parse-xml.js";
import { columnLetters } from "./cell-ref.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const TEXT_KEYS = new Set(["name", "description", "source"]);

/** The territory as XLSX bytes. */
export function writeXlsx(graph: TerritoryGraph): Uint8Array {
  assertWritable(graph, "xlsx");
  const tables = territoryTables(graph);
  const meta = Object.entries(territoryMetaObject(graph)).map(([key, value]): AttributeValue[] => [
    key,
    TEXT_KEYS.has(key) && typeof value === "string" ? value : JSON.stringify(value),
  ]);
  const sheets: [string, AttributeValue[][]][] = [
    ["actors", [tables.actors.header, ...tables.actors.rows]],
    ["links", [tables.links.header, ...tables.links.rows]],
    ["territory", [["key", "value"], ...meta]],
  ];
  const collectives = collectiveTables(graph);
  if (collectives !== undefined)
    sheets.push(
      ["collectives", [collectives.collectives.header, ...collectives.collectives.rows]],
      ["memberships", [collectives.memberships.header, ...collectives.memberships.rows]],
    );
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        sheets
          .map(
            (_sheet, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join("") +
        "</Types>",
    ),
    "_rels/.rels": strToU8(
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
        sheets.map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
        "</sheets></workbook>",
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets
          .map(
            (_s, i) =>
              `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join("") +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    "xl/styles.xml": strToU8(
      `${XML_HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    ),
  };
  sheets.forEach(([, rows], i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(rows));
  });
  return zipSync(files, { level: 6 });
}

function sheetXml(rows: readonly AttributeValue[][]): string {
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((value, c) => cellXml(`${columnLetters(c + 1)}${r + 1}`, value))
        .filter((cell) => cell !== "")
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  return `${XML_HEAD}<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`;
}

function cellXml(ref: string, value: AttributeValue): string {
  if (value === null) return "";
  if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}
