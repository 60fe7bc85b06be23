/**
 * Writes `datasets/formats/seed-ecosystem-excel-fr/`: the seed ecosystem as
 * French Excel saves "CSV (séparateur : point-virgule)": Windows-1252 bytes,
 * `;` delimiter, decimal comma, CRLF line ends, French file and header names
 * (`acteurs.csv`: identifiant;nom;monde;latitude;longitude;… and `liens.csv`:
 * source;cible;poids;type;début;fin;…; `collectifs.csv`: identifiant;nom;type;début;fin;…
 * and `adhésions.csv`: collectif;acteur;rôle;début;fin;…). It is the same territory as
 * `datasets/seed-ecosystem/`, so reading both must give the same graph: a
 * standing check of the format reference in `datasets/README.md`.
 *
 * Run from the repo root: `pnpm exec tsx scripts/datasets/build-excel-fr.ts`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { seedEcosystem } from "./build-seed-ecosystem.js";
import { type Cell, collectiveRows, type DatasetTerritory, territoryRows } from "./territory-writer.js";

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Unicode code points of Windows-1252's 0x80–0x9F block (undefined bytes map to nothing). */
const CP1252_HIGH: ReadonlyMap<number, number> = new Map(
  [
    0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
    0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
    0x0153, 0, 0x017e, 0x0178,
  ].flatMap(
    (codePoint, offset): Array<[number, number]> => (codePoint === 0 ? [] : [[codePoint, 0x80 + offset]]),
  ),
);

/** Encodes text as Windows-1252, refusing any character it cannot hold. */
export function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : CP1252_HIGH.get(code);
    if (byte === undefined) throw new Error(`"${char}" (U+${code.toString(16)}) has no Windows-1252 byte`);
    bytes[length++] = byte;
  }
  return bytes.subarray(0, length);
}

/** A cell as French Excel writes it: decimal comma, quoted when it holds `;`, a quote or a line break. */
function excelCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value).replace(".", ",");
  return /[";\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll('"', '""')}"` : value;
}

function excelDocument(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(excelCell).join(";")).join("\r\n") + "\r\n";
}

/** Writes `territory` into `folder` the French Excel way. */
export function writeExcelFrench(folder: string, territory: DatasetTerritory): void {
  mkdirSync(folder, { recursive: true });
  const { actorRows: actors, linkRows: links } = territoryRows(territory);
  const actorHeader = ["identifiant", "nom", "monde", "latitude", "longitude", ...territory.actorColumns];
  const linkHeader = ["source", "cible", "poids", "type", "début", "fin", ...territory.linkColumns];
  writeFileSync(join(folder, "acteurs.csv"), encodeWindows1252(excelDocument(actorHeader, actors)));
  writeFileSync(join(folder, "liens.csv"), encodeWindows1252(excelDocument(linkHeader, links)));
  if ((territory.collectives ?? []).length > 0) {
    const rows = collectiveRows(territory);
    const collectiveHeader = [
      "identifiant",
      "nom",
      "type",
      "début",
      "fin",
      ...(territory.collectiveColumns ?? []),
    ];
    const membershipHeader = [
      "collectif",
      "acteur",
      "rôle",
      "début",
      "fin",
      ...(territory.membershipColumns ?? []),
    ];
    writeFileSync(
      join(folder, "collectifs.csv"),
      encodeWindows1252(excelDocument(collectiveHeader, rows.collectives)),
    );
    writeFileSync(
      join(folder, "adhésions.csv"),
      encodeWindows1252(excelDocument(membershipHeader, rows.memberships)),
    );
  }
  const meta = {
    ...territory.meta,
    description: `${territory.meta.description} This copy is saved as French Excel does (Windows-1252, ";", decimal comma, CRLF, French headers).`,
    generator: { script: "scripts/datasets/build-excel-fr.ts", from: "datasets/seed-ecosystem" },
  };
  writeFileSync(join(folder, "territoire.json"), JSON.stringify(meta, null, 2) + "\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeExcelFrench(join(REPO_ROOT, "datasets/formats/seed-ecosystem-excel-fr"), seedEcosystem());
  console.log("formats/seed-ecosystem-excel-fr: written (Windows-1252, ';', decimal comma)");
}
