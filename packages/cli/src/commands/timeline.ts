import { buildTimeline } from "@catalyse/core";
import { toCsv } from "@catalyse/io";
import { timelineReadings } from "@catalyse/readings";
import type { CommandContext } from "../context.js";
import { UsageError } from "../context.js";
import { formatTimelineTable, timelineRows } from "../format/timeline-table.js";
import { loadTerritory } from "../load-territory.js";
import { CSV_DIALECT_OPTION, parseCsvDialect, parseFormat, singleInput, writeOutput } from "../output.js";
import { createProgress } from "../progress.js";
import { PROJECTION_OPTIONS, parseProjection } from "../projection-option.js";
import type { Command, ParsedArgs } from "./command.js";

const FORMATS = ["table", "json", "csv"] as const;

export const timelineCommand: Command = {
  name: "timeline",
  help: {
    arguments: "cli.timeline.arguments",
    options: ["cli.timeline.options", "cli.help.out", "cli.help.csv-dialect", "cli.help.projection"],
  },
  options: {
    ...CSV_DIALECT_OPTION,
    step: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    ...PROJECTION_OPTIONS,
  },
  async run(args: ParsedArgs, context: CommandContext): Promise<number> {
    const format = parseFormat(args.values.format, FORMATS);
    const dialect = parseCsvDialect(args.values["csv-dialect"]);
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
      text = toCsv(header, rows, { dialect });
    } else
      text = formatTimelineTable(
        graph.getAttribute("name") || input,
        timeline,
        timelineReadings(timeline, { lang: context.t.lang }),
        context.t,
      );
    await writeOutput(text, args.values.out as string | undefined, context, {
      forPeople: format === "table",
    });
    return 0;
  },
};

export function parseStep(value: unknown): "year" | number {
  if (value === undefined || value === "year") return "year";
  const years = Number(typeof value === "string" ? value.replace(/years?$/, "") : Number.NaN);
  if (typeof value !== "string" || !Number.isInteger(years) || years < 1)
    throw new UsageError("cli.timeline.step", { value: String(value) });
  return years;
}
