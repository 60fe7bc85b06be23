/**
 * `catalyse centrality`: only the centrality metrics asked for (someone who
 * needs PageRank on a big territory should not wait for betweenness). Its
 * JSON has the analysis document's shape and values, restricted to those
 * fields.
 */
import {
  CENTRALITY_FIELDS,
  type CentralityActorField,
  type CentralityField,
  centralityDocument,
  createCompactIndex,
  isCentralityField,
  projectCollectives,
} from "@catalyse/core";
import { toCsv } from "@catalyse/io";
import { type CliContext, UsageError } from "../context.js";
import { type Cell, formatNumber, formatTable } from "../format/table.js";
import { loadTerritory } from "../load-territory.js";
import { parseFormat, parseNumberOption, singleInput, writeOutput } from "../output.js";
import { createProgress } from "../progress.js";
import { PROJECTION_OPTIONS, PROJECTION_USAGE, parseProjection } from "../projection-option.js";
import { parseScaleOptions, SCALE_OPTIONS, SCALE_USAGE, scaledCentrality } from "../scale-options.js";
import type { Command, ParsedArgs } from "./command.js";

const FORMATS = ["table", "json", "csv"] as const;
const DEFAULT_TOP = 20;

export const centralityCommand: Command = {
  name: "centrality",
  summary: "compute only the centrality metrics asked for (betweenness, closeness, PageRank…)",
  usage: `<folder|file> [options]

Arguments:
  <folder|file>     a territory folder (actors.csv + links.csv [+ territory.json])
                    or a .xlsx, .gexf, .graphml or .json file

Options:
  --metrics LIST    comma-separated, default all: ${CENTRALITY_FIELDS.join(", ")}
  --format FORMAT   table (default: the top actors by the first metric), json (the
                    analysis document's shape with only these fields) or csv (every actor)
  --top N           actors shown in the table (default ${DEFAULT_TOP}; 0 = all)
  --out FILE        write the result to FILE instead of stdout
${SCALE_USAGE}
${PROJECTION_USAGE}
  --debug           show stack traces of internal errors
  -h, --help        show this help

Betweenness is exact (Brandes): on tens of thousands of actors it takes
seconds to minutes; ask only for the metrics you need.

Example:
  catalyse centrality datasets/seed-ecosystem --metrics betweenness,pagerank --format csv
`,
  options: {
    metrics: { type: "string" },
    format: { type: "string" },
    top: { type: "string" },
    out: { type: "string" },
    ...SCALE_OPTIONS,
    ...PROJECTION_OPTIONS,
  },
  async run(args: ParsedArgs, context: CliContext): Promise<number> {
    const format = parseFormat(args.values.format, FORMATS);
    const fields = parseMetrics(args.values.metrics);
    const top = parseNumberOption("top", args.values.top, DEFAULT_TOP, { min: 0, integer: true });
    const input = singleInput(args.positionals);
    const out = args.values.out as string | undefined;
    const scale = parseScaleOptions(args.values);
    const projection = parseProjection(args.values.projection);
    const graph = projectCollectives(await loadTerritory(input, context), { projection });
    const index = createCompactIndex(graph);
    const scaled = await scaledCentrality(index, scale, fields, context);
    const progress = createProgress(context, "centrality");
    const document = centralityDocument(graph, { ...scaled, index, fields, onProgress: progress.update });
    progress.finish();
    const actorFields = fields.filter(isActorField);
    let text: string;
    if (format === "json") text = `${JSON.stringify(document, null, 2)}\n`;
    else if (format === "csv") {
      const header = ["id", "label", "world", ...actorFields];
      const rows = document.actors.map((actor) => [
        actor.id,
        actor.label,
        actor.world,
        ...actorFields.map((field) => actor[field] ?? null),
      ]);
      text = toCsv(header, rows);
    } else {
      const lines: string[] = [];
      for (const [key, value] of Object.entries(document.graph))
        lines.push(
          `${key}: ${value === null ? "–" : typeof value === "string" ? value : formatNumber(value)}`,
        );
      const rankBy = actorFields[0];
      if (rankBy) {
        const sorted = [...document.actors].sort((a, b) => (b[rankBy] ?? -1) - (a[rankBy] ?? -1));
        const shown = top === 0 ? sorted : sorted.slice(0, top);
        if (lines.length > 0) lines.push("");
        lines.push(`Top ${shown.length} of ${sorted.length} actors by ${rankBy}:`);
        lines.push(
          formatTable(
            ["actor", "world", ...actorFields],
            shown.map((actor): Cell[] => [
              actor.label,
              actor.world,
              ...actorFields.map((field) => actor[field] ?? null),
            ]),
          ),
        );
      }
      text = lines.join("\n") + (lines.at(-1)?.endsWith("\n") ? "" : "\n");
    }
    await writeOutput(text, out, context);
    return 0;
  },
};

function isActorField(field: CentralityField): field is CentralityActorField {
  return field !== "averageClustering" && field !== "transitivity";
}

function parseMetrics(value: unknown): CentralityField[] {
  if (value === undefined) return [...CENTRALITY_FIELDS];
  const names = String(value)
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  const unknown = names.filter((name) => !isCentralityField(name));
  if (unknown.length > 0 || names.length === 0)
    throw new UsageError(
      `--metrics ${String(value)}: ${unknown.length > 0 ? `unknown ${unknown.join(", ")}` : "no metric"}; expected a comma-separated list of ${CENTRALITY_FIELDS.join(", ")}`,
    );
  // Document order, without repeats.
  return CENTRALITY_FIELDS.filter((field) => names.includes(field));
}
