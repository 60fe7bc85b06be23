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
import type { MessageId, Translator } from "@catalyse/readings";
import { type CommandContext, UsageError } from "../context.js";
import { type Cell, formatNumber, formatTable, inline, labelled } from "../format/table.js";
import { loadTerritory } from "../load-territory.js";
import {
  CSV_DIALECT_OPTION,
  parseCsvDialect,
  parseFormat,
  parseNumberOption,
  singleInput,
  writeOutput,
} from "../output.js";
import { createProgress } from "../progress.js";
import { PROJECTION_OPTIONS, parseProjection } from "../projection-option.js";
import { parseScaleOptions, SCALE_OPTIONS, scaledCentrality } from "../scale-options.js";
import type { Command, ParsedArgs } from "./command.js";

const FORMATS = ["table", "json", "csv"] as const;
const DEFAULT_TOP = 20;

export const centralityCommand: Command = {
  name: "centrality",
  help: {
    arguments: "cli.help.territory-argument",
    options: [
      "cli.centrality.options",
      "cli.help.out",
      "cli.help.csv-dialect",
      "cli.help.scale",
      "cli.help.projection",
    ],
    params: { fields: CENTRALITY_FIELDS.join(", "), top: DEFAULT_TOP },
  },
  options: {
    ...CSV_DIALECT_OPTION,
    metrics: { type: "string" },
    format: { type: "string" },
    top: { type: "string" },
    out: { type: "string" },
    ...SCALE_OPTIONS,
    ...PROJECTION_OPTIONS,
  },
  async run(args: ParsedArgs, context: CommandContext): Promise<number> {
    const format = parseFormat(args.values.format, FORMATS);
    const dialect = parseCsvDialect(args.values["csv-dialect"]);
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
      text = toCsv(header, rows, { dialect });
    } else text = centralityTable(document, actorFields, top, context.t);
    await writeOutput(text, out, context, { forPeople: format === "table" });
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
  const fields = CENTRALITY_FIELDS.join(", ");
  if (unknown.length > 0)
    throw new UsageError("cli.centrality.unknown-metrics", {
      value: String(value),
      unknown: unknown.join(", "),
      fields,
    });
  if (names.length === 0) throw new UsageError("cli.centrality.no-metric", { value: String(value), fields });
  // Document order, without repeats.
  return CENTRALITY_FIELDS.filter((field) => names.includes(field));
}

/**
 * The graph-level figures asked for, then the top actors by the first actor
 * metric: only actors whose value is above zero unless every actor is asked
 * for (`--top 0`), so that a top list is never padded with zeros.
 */
function centralityTable(
  document: ReturnType<typeof centralityDocument>,
  actorFields: readonly CentralityActorField[],
  top: number,
  t: Translator,
): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(document.graph)) {
    const id = `figure.graph.${key}`;
    const label = t.has(id) ? t.t(id) : key;
    const shown =
      value === null
        ? "–"
        : typeof value === "string"
          ? t.has(`figure.method.${value}`)
            ? t.t(`figure.method.${value}` as MessageId)
            : value
          : formatNumber(value, t);
    lines.push(labelled(label, shown, t));
  }
  const rankBy = actorFields[0];
  if (rankBy !== undefined) {
    const sorted = [...document.actors].sort((a, b) => (b[rankBy] ?? -1) - (a[rankBy] ?? -1));
    const shown = top === 0 ? sorted : sorted.filter((actor) => (actor[rankBy] ?? 0) > 0).slice(0, top);
    const figure = inline(t.t(`figure.actor.${rankBy}` as MessageId), t);
    if (lines.length > 0) lines.push("");
    const title =
      top === 0
        ? t.t("cli.centrality.all", { total: sorted.length, figure })
        : t.t("cli.centrality.top", { shown: shown.length, total: sorted.length, figure });
    if (shown.length > 0)
      lines.push(
        `${title}${t.lang === "fr" ? " :" : ":"}`,
        formatTable(
          [
            t.t("figure.actor.label"),
            t.t("figure.actor.world"),
            ...actorFields.map((field) => t.t(`figure.actor.${field}` as MessageId)),
          ],
          shown.map((actor): Cell[] => [
            actor.label,
            actor.world,
            ...actorFields.map((field) => actor[field] ?? null),
          ]),
          t,
        ).trimEnd(),
      );
  }
  return `${lines.join("\n")}\n`;
}
