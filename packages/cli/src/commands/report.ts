import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import {
  analyze,
  buildTimeline,
  compareTerritories,
  DEFAULT_SEED,
  isSyntheticTerritory,
  SAME_WORLD_QAP_DEFAULTS,
  sameWorldRegression,
  sameWorldSummary,
} from "@catalyse/core";
import { buildComparisonReport, buildTerritoryReport, renderHtml, renderMarkdown } from "@catalyse/report";
import type { CommandContext } from "../context.js";
import { expandInputs, loadTerritories, type NamedTerritory } from "../load-territories.js";
import { parseFormat, parseNumberOption, writeOutput } from "../output.js";
import { createProgress } from "../progress.js";
import { PROJECTION_OPTIONS, parseProjection } from "../projection-option.js";
import type { Command, ParsedArgs } from "./command.js";

const FORMATS = ["html", "md"] as const;
const DEFAULT_PILOTS = "datasets/pilots";

export const reportCommand: Command = {
  name: "report",
  help: {
    arguments: "cli.report.arguments",
    options: ["cli.report.options", "cli.help.projection"],
    params: {
      pilots: DEFAULT_PILOTS,
      seed: DEFAULT_SEED,
      qapPermutations: SAME_WORLD_QAP_DEFAULTS.permutations,
      qapMaxDyads: SAME_WORLD_QAP_DEFAULTS.maxDyads,
    },
  },
  options: {
    out: { type: "string" },
    format: { type: "string" },
    pilots: { type: "string" },
    null: { type: "string" },
    seed: { type: "string" },
    "by-type": { type: "boolean" },
    "qap-permutations": { type: "string" },
    ...PROJECTION_OPTIONS,
  },
  async run(args: ParsedArgs, context: CommandContext): Promise<number> {
    const { t } = context;
    const format = parseFormat(args.values.format, FORMATS);
    const seed = parseNumberOption("seed", args.values.seed, DEFAULT_SEED, { integer: true });
    const replicates = parseNumberOption("null", args.values.null, 0, { min: 0, integer: true });
    const qapPermutations = parseNumberOption(
      "qap-permutations",
      args.values["qap-permutations"],
      SAME_WORLD_QAP_DEFAULTS.permutations,
      { min: 0, integer: true },
    );
    // The same-world QAP: seeded, on the territory's own links, skipped above the dyad cap.
    const qapOptions = { permutations: qapPermutations, seed };
    const byType = args.values["by-type"] === true;
    const projection = parseProjection(args.values.projection);
    const territories = await loadTerritories(args.positionals, context);
    const progress = createProgress(context, "report");
    const pilotPaths = territories.length === 1 ? pilotInputs(args.values.pilots, context) : [];
    const pilots = pilotPaths.length > 0 ? await loadTerritories(pilotPaths, quiet(context)) : [];
    const total = territories.length + pilots.length + 2;
    let done = 0;
    const analyzeNamed = (territory: NamedTerritory) => {
      progress.update(done++, total, t.t("cli.report.step.analyse", { name: territory.name }));
      const regression = sameWorldRegression(territory.graph, qapOptions);
      return {
        ...territory,
        document: analyze(territory.graph, { projection, byType, middle: { nullModels: replicates, seed } }),
        synthetic: isSyntheticTerritory(territory.graph),
        regression,
        qap: sameWorldSummary(regression),
      };
    };
    const analysed = territories.map(analyzeNamed);
    let report: ReturnType<typeof buildTerritoryReport>;
    if (analysed.length === 1) {
      const own = analysed[0]!;
      const others = pilots.filter((pilot) => pilot.name !== own.name).map(analyzeNamed);
      progress.update(done++, total, t.t("cli.report.step.timeline"));
      const timeline = buildTimeline(own.graph, { analyze: { projection } });
      progress.update(done++, total, t.t("cli.report.step.layout"));
      report = buildTerritoryReport({
        name: own.name,
        graph: own.graph,
        document: own.document,
        timeline,
        qap: own.regression,
        standing: others.length > 0 ? compareTerritories([own, ...others]) : null,
        seed,
        lang: t.lang,
      });
    } else {
      progress.update(done++, total, t.t("cli.report.step.compare"));
      const comparison = compareTerritories(analysed);
      progress.update(done++, total, t.t("cli.report.step.layout"));
      report = buildComparisonReport({ territories: analysed, comparison, seed, lang: t.lang });
    }
    progress.finish();
    const text = format === "md" ? renderMarkdown(report) : renderHtml(report);
    await writeOutput(text, args.values.out as string | undefined, context);
    return 0;
  },
};

/** The pilot territories: the --pilots folder (or the default one when it exists), as a collection. */
function pilotInputs(option: unknown, context: CommandContext): string[] {
  const folder = typeof option === "string" ? option : DEFAULT_PILOTS;
  const path = resolve(context.cwd, folder);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    if (typeof option === "string")
      context.stderr(
        `${context.t.t("cli.warning", { text: context.t.t("cli.report.no-pilots", { folder: option }) })}\n`,
      );
    return [];
  }
  return expandInputs([folder], context.cwd);
}

/** Pilot warnings (merged links…) are not the user's concern in a report of another territory. */
function quiet(context: CommandContext): CommandContext {
  return { ...context, stderr: () => {} };
}
