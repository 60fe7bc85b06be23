import { buildTimeline } from "@catalyse/core";
import { toCsv } from "@catalyse/io";
import type { CliContext } from "../context.js";
import { UsageError } from "../context.js";
import { formatTimelineTable, timelineRows } from "../format/timeline-table.js";
import { loadTerritory } from "../load-territory.js";
import { parseFormat, singleInput, writeOutput } from "../output.js";
import { createProgress } from "../progress.js";
import { PROJECTION_OPTIONS, PROJECTION_USAGE, parseProjection } from "../projection-option.js";
import type { Command, ParsedArgs } from "./command.js";

const FORMATS = ["table", "json", "csv"] as const;

export const timelineCommand: Command = {
  name: "timeline",
  summary: "follow a territory through time: snapshots per year and weak signals",
  usage: `<folder|file> [options]

Arguments:
  <folder|file>     a territory whose links carry start/end dates

Options:
  --step STEP       year (default) or a number of years between snapshots
  --format FORMAT   table (default), json (steps and signals) or csv (the steps)
  --out FILE        write the result to FILE instead of stdout
${PROJECTION_USAGE}
  -h, --help        show this help

A link is active from its start (or always, without one) to its end (or now);
a membership of a collective likewise, within its collective's own dates.
An actor is present with at least one active link or membership, or from its
own start date.

Example:
  catalyse timeline datasets/seed-ecosystem --step 2
`,
  options: {
    step: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    ...PROJECTION_OPTIONS,
  },
  async run(args: ParsedArgs, context: CliContext): Promise<number> {
    const format = parseFormat(args.values.format, FORMATS);
    const step = parseStep(args.values.step);
    const input = singleInput(args.positionals);
    const graph = await loadTerritory(input, context);
    const progress = createProgress(context, "timeline");
    const projection = parseProjection(args.values.projection);
    const timeline = buildTimeline(graph, { step, analyze: { projection }, onProgress: progress.update });
    progress.finish();
    let text: string;
    if (format === "json") text = `${JSON.stringify(timeline, null, 2)}\n`;
    else if (format === "csv") {
      const { header, rows } = timelineRows(timeline);
      text = toCsv(header, rows);
    } else text = formatTimelineTable(graph.getAttribute("name") || input, timeline);
    await writeOutput(text, args.values.out as string | undefined, context);
    return 0;
  },
};

export function parseStep(value: unknown): "year" | number {
  if (value === undefined || value === "year") return "year";
  const years = Number(typeof value === "string" ? value.replace(/years?$/, "") : Number.NaN);
  if (typeof value !== "string" || !Number.isInteger(years) || years < 1)
    throw new UsageError(
      `--step ${String(value)} is not valid; expected "year" or a whole number of years ≥ 1`,
    );
  return years;
}
