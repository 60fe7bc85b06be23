import { analyzeIndex, fillCollectivesSection } from "@catalyse/core";
import { toCsv } from "@catalyse/io";
import { analysisReadings } from "@catalyse/readings";
import { type CommandContext, UsageError } from "../context.js";
import { actorRows } from "../format/actor-rows.js";
import { formatAnalysisTable } from "../format/analysis-table.js";
import { formatLayersTable } from "../format/layers-table.js";
import { loadForAnalysis, parseReader, STREAM_BYTES } from "../load-for-analysis.js";
import {
  CSV_DIALECT_OPTION,
  parseCsvDialect,
  parseFormat,
  parseNumberOption,
  singleInput,
  writeOutput,
} from "../output.js";
import { createProgress, progressStep } from "../progress.js";
import { PROJECTION_OPTIONS, parseProjection } from "../projection-option.js";
import {
  parseScaleOptions,
  SCALE_OPTIONS,
  scaledCentrality,
  scaledNullReplicates,
} from "../scale-options.js";
import type { Command, ParsedArgs } from "./command.js";

const FORMATS = ["table", "json", "csv"] as const;

export const analyzeCommand: Command = {
  name: "analyze",
  help: {
    arguments: "cli.help.territory-argument",
    options: [
      "cli.analyze.options",
      "cli.help.out",
      "cli.help.csv-dialect",
      "cli.help.scale",
      "cli.help.projection",
    ],
    params: { megabytes: STREAM_BYTES / 1024 / 1024 },
  },
  options: {
    format: { type: "string" },
    out: { type: "string" },
    null: { type: "string" },
    reader: { type: "string" },
    "by-type": { type: "boolean" },
    ...SCALE_OPTIONS,
    ...CSV_DIALECT_OPTION,
    ...PROJECTION_OPTIONS,
  },
  async run(args: ParsedArgs, context: CommandContext): Promise<number> {
    const format = parseFormat(args.values.format, FORMATS);
    const dialect = parseCsvDialect(args.values["csv-dialect"]);
    const input = singleInput(args.positionals);
    const out = args.values.out as string | undefined;
    const nullModels = parseNumberOption("null", args.values.null, 0, { min: 0, integer: true });
    const scale = parseScaleOptions(args.values);
    const reader = parseReader(args.values.reader);
    const projection = parseProjection(args.values.projection);
    const territory = await loadForAnalysis(input, reader, context, projection);
    const { index } = territory;
    const byType = args.values["by-type"] === true;
    if (byType && territory.linkTypes === undefined) throw new UsageError("cli.analyze.by-type-streamed");
    const centrality = await scaledCentrality(index, scale, undefined, context);
    const progress = createProgress(context, "analyze");
    const nullStep = (step: string) =>
      context.t.t("cli.progress.null-models", { step: progressStep(context, step) });
    const rewired = await scaledNullReplicates(index, scale, nullModels, (done, total) =>
      progress.update(done, total, nullStep("rewiring")),
    );
    const document = analyzeIndex(index, {
      labels: territory.labels,
      ...(territory.roles === undefined ? {} : { roles: territory.roles }),
      ...(byType ? { layers: { index: territory.explicit, linkTypes: territory.linkTypes! } } : {}),
      onProgress: (done, total, step) => progress.update(done, total, progressStep(context, step)),
      centrality,
      // The null models are the slow part: their own bar, replicate by replicate.
      middle: {
        nullModels,
        rewired,
        onProgress: (done, total, step) => progress.update(done, total, nullStep(step)),
      },
    });
    if (territory.graph !== undefined)
      fillCollectivesSection(territory.graph, document, { projection, explicit: territory.explicit });
    progress.finish();
    const readings = analysisReadings(document, { lang: context.t.lang });
    let text: string;
    if (format === "json") text = `${JSON.stringify({ ...document, readings }, null, 2)}\n`;
    else if (format === "csv") {
      const { header, rows } = actorRows(document);
      text = toCsv(header, rows, { dialect });
    } else {
      text = formatAnalysisTable(territory, document, readings, context.t);
      if (document.layers) text += `\n${formatLayersTable(document.layers, document, context.t)}`;
    }
    await writeOutput(text, out, context, { forPeople: format === "table" });
    return 0;
  },
};
