import { analyzeIndex, fillCollectivesSection } from "@catalyse/core";
import { toCsv } from "@catalyse/io";
import { analysisReadings } from "@catalyse/readings";
import type { CliContext } from "../context.js";
import { actorRows } from "../format/actor-rows.js";
import { formatAnalysisTable } from "../format/analysis-table.js";
import { formatMiddleTable } from "../format/middle-table.js";
import { loadForAnalysis, parseReader, STREAM_BYTES } from "../load-for-analysis.js";
import { parseFormat, parseLang, parseNumberOption, singleInput, writeOutput } from "../output.js";
import { createProgress } from "../progress.js";
import { PROJECTION_OPTIONS, PROJECTION_USAGE, parseProjection } from "../projection-option.js";
import {
  parseScaleOptions,
  SCALE_OPTIONS,
  SCALE_USAGE,
  scaledCentrality,
  scaledNullReplicates,
} from "../scale-options.js";
import type { Command, ParsedArgs } from "./command.js";

const FORMATS = ["table", "json", "csv"] as const;

export const analyzeCommand: Command = {
  name: "analyze",
  summary: "analyse a territory: structure, centrality, communities, who stands in the middle",
  usage: `<folder|file> [options]

Arguments:
  <folder|file>     a territory folder (actors.csv + links.csv [+ territory.json])
                    or a .xlsx, .gexf, .graphml or .json file

Options:
  --format FORMAT   table (default, for people), json (the analysis document)
                    or csv (the actor table)
  --out FILE        write the result to FILE instead of stdout
  --lang LANG       fr or en: the language of the readings (default: from
                    LC_ALL, then LANG, else en); JSON keys stay the same
  --null K          compare every polycentricity figure with K random rewirings
                    and K shuffles of worlds (z-scores, p-values); default 0
${SCALE_USAGE}
${PROJECTION_USAGE}
  --reader R        auto (default), stream or full: how a folder is read. stream
                    goes straight from the CSV files into the compact index
                    (link dates, types and extra columns are not read); full
                    reads and checks every column; auto streams when links.csv
                    passes ${STREAM_BYTES / 1024 / 1024} MB (about 500,000 links) and says so
  --debug           show stack traces of internal errors
  -h, --help        show this help

Warnings go to stderr, so stdout holds only the result.

Example:
  catalyse analyze datasets/seed-ecosystem --format json --out analysis.json
`,
  options: {
    format: { type: "string" },
    out: { type: "string" },
    lang: { type: "string" },
    null: { type: "string" },
    reader: { type: "string" },
    ...SCALE_OPTIONS,
    ...PROJECTION_OPTIONS,
  },
  async run(args: ParsedArgs, context: CliContext): Promise<number> {
    const format = parseFormat(args.values.format, FORMATS);
    const input = singleInput(args.positionals);
    const out = args.values.out as string | undefined;
    const lang = parseLang(args.values.lang, context);
    const nullModels = parseNumberOption("null", args.values.null, 0, { min: 0, integer: true });
    const scale = parseScaleOptions(args.values);
    const reader = parseReader(args.values.reader);
    const projection = parseProjection(args.values.projection);
    const territory = await loadForAnalysis(input, reader, context, projection);
    const { index } = territory;
    const centrality = await scaledCentrality(index, scale, undefined, context);
    const progress = createProgress(context, "analyze");
    const rewired = await scaledNullReplicates(index, scale, nullModels, (done, total) =>
      progress.update(done, total, "null models: rewiring"),
    );
    const document = analyzeIndex(index, {
      labels: territory.labels,
      ...(territory.roles === undefined ? {} : { roles: territory.roles }),
      onProgress: progress.update,
      centrality,
      // The null models are the slow part: their own bar, replicate by replicate.
      middle: {
        nullModels,
        rewired,
        onProgress: (done, total, step) => progress.update(done, total, `null models: ${step}`),
      },
    });
    if (territory.graph !== undefined)
      fillCollectivesSection(territory.graph, document, { projection, explicit: territory.explicit });
    progress.finish();
    let text: string;
    if (format === "json")
      text = `${JSON.stringify({ ...document, readings: analysisReadings(document, { lang }) }, null, 2)}\n`;
    else if (format === "csv") {
      const { header, rows } = actorRows(document);
      text = toCsv(header, rows);
    } else text = formatAnalysisTable(territory, document, formatMiddleTable(document));
    await writeOutput(text, out, context);
    return 0;
  },
};
