/**
 * Stand-in readers and writers used by `io-adapter.ts` until @catalyse/io's
 * browser readers land on main: a CSV pair (actors.csv + links.csv, `;` or
 * `,`, quoted fields, decimal comma, BOM) and JSON (`{actors, links}` or
 * graphology's serialisation). Problems carry file, line and expectation like
 * io's `InputProblem`. Delete this file when the adapter switches.
 */
import type { ActorInput, AttributeValue, LinkInput } from "@catalyse/core";

export interface FallbackProblem {
  file: string;
  line?: number;
  column?: number;
  field?: string;
  found: string;
  expected: string;
  severity: "error" | "warning";
}

export class FallbackInputError extends Error {
  constructor(readonly problems: FallbackProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line ?? ""} ${p.found}; expected ${p.expected}`).join("\n"));
  }
}

/** Parses CSV text into rows with their 1-based line numbers. */
export function parseCsv(text: string, file: string): { rows: string[][]; lines: number[] } {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === "") quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      row.push(cell);
      if (row.some((value) => value.trim() !== "")) {
        rows.push(row);
        lines.push(rowLine);
      }
      row = [];
      cell = "";
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted)
    throw new FallbackInputError([
      {
        file,
        line: rowLine,
        found: "a quoted field that never closes",
        expected: 'a closing quote (") before the end of the file',
        severity: "error",
      },
    ]);
  row.push(cell);
  if (row.some((value) => value.trim() !== "")) {
    rows.push(row);
    lines.push(rowLine);
  }
  return { rows, lines };
}

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .trim()
    .toLowerCase();

const ACTOR_HEADERS: Record<string, string> = {
  __proto__: null as unknown as string,
  id: "id",
  identifiant: "id",
  label: "label",
  nom: "label",
  name: "label",
  world: "world",
  monde: "world",
  lat: "lat",
  latitude: "lat",
  lon: "lon",
  lng: "lon",
  longitude: "lon",
};
const LINK_HEADERS: Record<string, string> = {
  __proto__: null as unknown as string,
  source: "source",
  target: "target",
  cible: "target",
  weight: "weight",
  poids: "weight",
  type: "type",
  start: "start",
  debut: "start",
  end: "end",
  fin: "end",
};

function toNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const value = Number(trimmed.replace(",", "."));
  return Number.isFinite(value) ? value : Number.NaN;
}

export function readCsvPair(
  actorsFile: { name: string; text: string },
  linksFile: { name: string; text: string },
): { actors: ActorInput[]; links: LinkInput[] } {
  const problems: FallbackProblem[] = [];
  const table = (
    file: { name: string; text: string },
    aliases: Record<string, string>,
    required: string[],
  ) => {
    const { rows, lines } = parseCsv(file.text, file.name);
    if (rows.length === 0) {
      problems.push({
        file: file.name,
        line: 1,
        found: "an empty file",
        expected: `a header row with ${required.join(", ")}`,
        severity: "error",
      });
      return { records: [] as { values: Map<string, string>; extra: Map<string, string>; line: number }[] };
    }
    const header = rows[0]!.map((name) => name.trim());
    const roles = header.map((name) => aliases[fold(name)] ?? null);
    for (const field of required)
      if (!roles.includes(field))
        problems.push({
          file: file.name,
          line: 1,
          field,
          found: `header "${header.join(",")}"`,
          expected: `a column named "${field}"`,
          severity: "error",
        });
    const records = rows.slice(1).map((row, r) => {
      const values = new Map<string, string>();
      const extra = new Map<string, string>();
      row.forEach((value, c) => {
        const role = roles[c];
        if (role) values.set(role, value.trim());
        else if (header[c]) extra.set(header[c]!, value.trim());
      });
      return { values, extra, line: lines[r + 1]! };
    });
    return { records };
  };

  const actorTable = table(actorsFile, ACTOR_HEADERS, ["id"]);
  const linkTable = table(linksFile, LINK_HEADERS, ["source", "target"]);
  const ids = new Set<string>();
  const actors: ActorInput[] = [];
  for (const { values, extra, line } of actorTable.records) {
    const id = values.get("id") ?? "";
    if (id === "") {
      problems.push({
        file: actorsFile.name,
        line,
        field: "id",
        found: "an empty id",
        expected: "a unique actor id",
        severity: "error",
      });
      continue;
    }
    if (ids.has(id)) {
      problems.push({
        file: actorsFile.name,
        line,
        field: "id",
        found: `duplicate id "${id}"`,
        expected: "unique actor ids",
        severity: "error",
      });
      continue;
    }
    ids.add(id);
    const attributes: Record<string, AttributeValue> = {};
    for (const [name, value] of extra) attributes[name] = value;
    const lat = toNumber(values.get("lat") ?? "");
    const lon = toNumber(values.get("lon") ?? "");
    actors.push({
      id,
      label: values.get("label") || null,
      world: values.get("world") || null,
      lat: lat === null || Number.isNaN(lat) ? null : lat,
      lon: lon === null || Number.isNaN(lon) ? null : lon,
      attributes,
    });
  }
  const links: LinkInput[] = [];
  for (const { values, extra, line } of linkTable.records) {
    const source = values.get("source") ?? "";
    const target = values.get("target") ?? "";
    for (const [field, id] of [
      ["source", source],
      ["target", target],
    ] as const)
      if (!ids.has(id))
        problems.push({
          file: linksFile.name,
          line,
          field,
          found: `unknown actor "${id}"`,
          expected: `an id listed in ${actorsFile.name}`,
          severity: "error",
        });
    const weightText = values.get("weight") ?? "";
    const weight = toNumber(weightText);
    if (weight !== null && (Number.isNaN(weight) || weight <= 0))
      problems.push({
        file: linksFile.name,
        line,
        field: "weight",
        found: `weight "${weightText}"`,
        expected: "a number > 0 (empty means 1)",
        severity: "error",
      });
    const attributes: Record<string, AttributeValue> = {};
    for (const [name, value] of extra) attributes[name] = value;
    links.push({
      source,
      target,
      weight: weight === null || Number.isNaN(weight) ? null : weight,
      type: values.get("type") || null,
      start: values.get("start") || null,
      end: values.get("end") || null,
      attributes,
    });
  }
  if (problems.some((problem) => problem.severity === "error")) throw new FallbackInputError(problems);
  return { actors, links };
}

interface SerializedGraph {
  attributes?: Record<string, unknown>;
  options?: { type?: string };
  nodes: { key: string; attributes?: Record<string, unknown> }[];
  edges: { source: string; target: string; attributes?: Record<string, unknown> }[];
}

export function readJson(file: { name: string; text: string }): {
  actors: ActorInput[];
  links: LinkInput[];
  name?: string;
} {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new FallbackInputError([
      {
        file: file.name,
        line: 1,
        found: `invalid JSON (${message})`,
        expected: "a JSON territory (graphology serialisation or {actors, links})",
        severity: "error",
      },
    ]);
  }
  const record = data as Partial<SerializedGraph> & { actors?: ActorInput[]; links?: LinkInput[] };
  if (Array.isArray(record.actors) && Array.isArray(record.links))
    return { actors: record.actors, links: record.links };
  if (Array.isArray(record.nodes) && Array.isArray(record.edges)) {
    const idOf = new Map<string, string>();
    const actors = record.nodes.map((node) => {
      const attrs = node.attributes ?? {};
      const id = typeof attrs.id === "string" ? attrs.id : String(node.key);
      idOf.set(String(node.key), id);
      return {
        id,
        label: typeof attrs.label === "string" ? attrs.label : null,
        world: typeof attrs.world === "string" ? attrs.world : null,
        lat: typeof attrs.lat === "number" ? attrs.lat : null,
        lon: typeof attrs.lon === "number" ? attrs.lon : null,
      };
    });
    const links = record.edges.map((edge) => {
      const attrs = edge.attributes ?? {};
      return {
        source: idOf.get(String(edge.source)) ?? String(edge.source),
        target: idOf.get(String(edge.target)) ?? String(edge.target),
        weight: typeof attrs.weight === "number" ? attrs.weight : null,
        type: Array.isArray(attrs.types)
          ? attrs.types.join("|")
          : typeof attrs.type === "string"
            ? attrs.type
            : null,
        start: typeof attrs.start === "string" ? attrs.start : null,
        end: typeof attrs.end === "string" ? attrs.end : null,
      };
    });
    const name = typeof record.attributes?.name === "string" ? record.attributes.name : undefined;
    return name === undefined ? { actors, links } : { actors, links, name };
  }
  throw new FallbackInputError([
    {
      file: file.name,
      line: 1,
      found: "JSON without nodes/edges or actors/links",
      expected: "graphology's serialisation or {actors, links}",
      severity: "error",
    },
  ]);
}
