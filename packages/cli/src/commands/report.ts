import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import {
  analyze,
  buildTimeline,
  compareTerritories,
  DEFAULT_SEED,
  isSyntheticTerritory,
} from "@catalyse/core";
import { buildComparisonReport, buildTerritoryReport, renderHtml, renderMarkdown } from "@catalyse/report";
import type { CliContext } from "../context.js";
import { expandInputs, loadTerritories, type NamedTerritory } from "../load-territories.js";
import { parseFormat, parseNumberOption, writeOutput } from "../output.js";
import { createProgress } from "../progress.js";
import { PROJECTION_OPTIONS, PROJECTION_USAGE, parseProjection } from "../projection-option.js";
import type { Command, ParsedArgs } from "./command.js";

const FORMATS = ["html", "md"] as const;
const DEFAULT_PILOTS = "datasets/pilots";

export const reportCommand: Command = {
  name: "report",
  summary: "write a report people can read: one territory, or a comparison of several",
  usage: `<folder|file>... --out FILE [options]

Arguments:
  <folder|file>...  one territory (its report) or several (the comparison report)

Options:
  --out FILE        where to write the report (default: stdout)
  --format FORMAT   html (default: one self-contained file, charts inline,
                    no network needed, prints on A4) or md (Markdown)
  --pilots DIR      folder of territories to place a single territory among
                    (default: ${DEFAULT_PILOTS} when it exists)
  --null K          judge each figure against K random networks of the same
                    territory and show the z-scores (default 0: none)
  --seed N          seed of the map layout and null models (default ${DEFAULT_SEED})
${PROJECTION_USAGE}
  -h, --help        show this help

Example:
  catalyse report datasets/seed-ecosystem --out seed.html
  catalyse report datasets/pilots/* --out pilots.html
`,
  options: {
    out: { type: "string" },
    format: { type: "string" },
    pilots: { type: "string" },
    null: { type: "string" },
    seed: { type: "string" },
    ...PROJECTION_OPTIONS,
  },
  async run(args: ParsedArgs, context: CliContext): Promise<number> {
    const format = parseFormat(args.values.format, FORMATS);
    const seed = parseNumberOption("seed", args.values.seed, DEFAULT_SEED, { integer: true });
    const replicates = parseNumberOption("null", args.values.null, 0, { min: 0, integer: true });
    const projection = parseProjection(args.values.projection);
    const territories = await loadTerritories(args.positionals, context);
    const progress = createProgress(context, "report");
    const pilotPaths = territories.length === 1 ? pilotInputs(args.values.pilots, context) : [];
    const pilots = pilotPaths.length > 0 ? await loadTerritories(pilotPaths, quiet(context)) : [];
    const total = territories.length + pilots.length + 2;
    let done = 0;
    const analyzeNamed = (territory: NamedTerritory) => {
      progress.update(done++, total, `analyse ${territory.name}`);
      return {
        ...territory,
        document: analyze(territory.graph, { projection, middle: { nullModels: replicates, seed } }),
        synthetic: isSyntheticTerritory(territory.graph),
      };
    };
    const analysed = territories.map(analyzeNamed);
    let report: ReturnType<typeof buildTerritoryReport>;
    if (analysed.length === 1) {
      const own = analysed[0]!;
      const others = pilots.filter((pilot) => pilot.name !== own.name).map(analyzeNamed);
      progress.update(done++, total, "timeline");
      const timeline = buildTimeline(own.graph, { analyze: { projection } });
      progress.update(done++, total, "layout");
      report = buildTerritoryReport({
        name: own.name,
        graph: own.graph,
        document: own.document,
        timeline,
        standing: others.length > 0 ? compareTerritories([own, ...others]) : null,
        seed,
      });
    } else {
      progress.update(done++, total, "compare");
      const comparison = compareTerritories(analysed);
      progress.update(done++, total, "layout");
      report = buildComparisonReport({ territories: analysed, comparison, seed });
    }
    progress.finish();
    const text = format === "md" ? renderMarkdown(report) : renderHtml(report);
    await writeOutput(text, args.values.out as string | undefined, context);
    return 0;
  },
};

/** The pilot territories: the --pilots folder (or the default one when it exists), as a collection. */
function pilotInputs(option: unknown, context: CliContext): string[] {
  const folder = typeof option === "string" ? option : DEFAULT_PILOTS;
  const path = resolve(context.cwd, folder);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    if (typeof option === "string")
      context.stderr(`warning: --pilots ${option} is not a folder; no comparison\n`);
    return [];
  }
  return expandInputs([folder], context.cwd);
}

/** Pilot warnings (merged links…) are not the user's concern in a report of another territory. */
function quiet(context: CliContext): CliContext {
  return { ...context, stderr: () => {} };
}
