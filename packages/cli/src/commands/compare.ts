import {
  analyze,
  COMPARISON_COLUMNS,
  type ComparisonInput,
  type ComparisonResult,
  compareTerritories,
  DEFAULT_SEED,
  isSyntheticTerritory,
  SAME_WORLD_QAP_DEFAULTS,
  sameWorldQap,
} from "@catalyse/core";
import { type CsvDialect, toCsv } from "@catalyse/io";
import { comparisonReadings, type Reading, type Translator } from "@catalyse/readings";
import { columnLabel, governanceLabel, qapSameWorldCells } from "@catalyse/report";
import type { CommandContext } from "../context.js";
import { formatTable } from "../format/table.js";
import { loadTerritories } from "../load-territories.js";
import {
  CSV_DIALECT_OPTION,
  parseCsvDialect,
  parseFormat,
  parseNumberOption,
  writeOutput,
} from "../output.js";
import { createProgress } from "../progress.js";
import { PROJECTION_OPTIONS, parseProjection } from "../projection-option.js";
import type { Command, ParsedArgs } from "./command.js";

const FORMATS = ["table", "json", "csv"] as const;

export const compareCommand: Command = {
  name: "compare",
  help: {
    arguments: "cli.help.territories-argument",
    options: ["cli.compare.options", "cli.help.out", "cli.help.csv-dialect", "cli.help.projection"],
    params: {
      seed: DEFAULT_SEED,
      qapPermutations: SAME_WORLD_QAP_DEFAULTS.permutations,
      qapMaxDyads: SAME_WORLD_QAP_DEFAULTS.maxDyads,
    },
  },
  options: {
    ...CSV_DIALECT_OPTION,
    null: { type: "string" },
    "qap-permutations": { type: "string" },
    seed: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    ...PROJECTION_OPTIONS,
  },
  async run(args: ParsedArgs, context: CommandContext): Promise<number> {
    const format = parseFormat(args.values.format, FORMATS);
    const dialect = parseCsvDialect(args.values["csv-dialect"]);
    const replicates = parseNumberOption("null", args.values.null, 0, { min: 0, integer: true });
    const seed = parseNumberOption("seed", args.values.seed, DEFAULT_SEED, { integer: true });
    const qapPermutations = parseNumberOption(
      "qap-permutations",
      args.values["qap-permutations"],
      SAME_WORLD_QAP_DEFAULTS.permutations,
      { min: 0, integer: true },
    );
    const projection = parseProjection(args.values.projection);
    const territories = await loadTerritories(args.positionals, context);
    const progress = createProgress(context, "compare");
    const inputs: ComparisonInput[] = territories.map((territory, t) => {
      progress.update(t, territories.length, territory.name);
      // The null models are the slow part: they report their own progress.
      const onProgress = (done: number, total: number) =>
        progress.update(t + (total > 0 ? done / total : 1), territories.length, territory.name);
      const document = analyze(territory.graph, {
        projection,
        middle: { nullModels: replicates, seed, onProgress },
      });
      // The same-world QAP runs on the territory's own links (no collective projection), seeded.
      const qap = sameWorldQap(territory.graph, { permutations: qapPermutations, seed });
      return { name: territory.name, document, synthetic: isSyntheticTerritory(territory.graph), qap };
    });
    progress.finish();
    const result = compareTerritories(inputs);
    let text: string;
    if (format === "json") text = `${JSON.stringify(comparisonJson(result, inputs), null, 2)}\n`;
    else if (format === "csv") text = comparisonCsv(result, dialect);
    else {
      const settings = { permutations: qapPermutations, seed, maxDyads: SAME_WORLD_QAP_DEFAULTS.maxDyads };
      const readings = comparisonReadings(result, { lang: context.t.lang });
      text = formatComparisonTable(result, readings, context.t, settings);
    }
    await writeOutput(text, args.values.out as string | undefined, context, {
      forPeople: format === "table",
    });
    return 0;
  },
};

/** The JSON of a comparison: the result, plus each territory's null models (observed, mean, sd, z, p) when computed. */
function comparisonJson(result: ComparisonResult, inputs: readonly ComparisonInput[]) {
  return {
    ...result,
    rows: result.rows.map((row, i) => ({ ...row, nullModels: inputs[i]?.document.graph.nullModels ?? null })),
  };
}

function comparisonCsv(result: ComparisonResult, dialect: CsvDialect): string {
  const keys = COMPARISON_COLUMNS.map((column) => column.key);
  const withZ = result.rows.some((row) => row.z !== null);
  const header = [
    "territory",
    ...keys,
    ...keys.map((key) => `rank_${key}`),
    ...(withZ ? keys.map((key) => `z_${key}`) : []),
    "p_qapSameWorld",
    "qap_skipped",
    "governance",
  ];
  const rows = result.rows.map((row) => [
    row.name,
    ...keys.map((key) => row.figures[key] ?? null),
    ...keys.map((key) => row.ranks[key] ?? null),
    ...(withZ ? keys.map((key) => row.z?.[key] ?? null) : []),
    row.qap?.status === "computed" ? row.qap.pValue : null,
    row.qap?.status === "skipped" ? row.qap.reason : null,
    row.governance,
  ]);
  return toCsv(header, rows, { dialect });
}

/**
 * The comparison for people: one row per figure and one column per territory
 * (figure labels are long, territories few), for the figures, their ranks and
 * z-scores; the QAP same-world coefficients with their p-values (or why they
 * were not run); the governance form of each; then the readings of the comparison.
 */
export function formatComparisonTable(
  result: ComparisonResult,
  readings: readonly Pick<Reading, "text">[],
  t: Translator,
  qap: { permutations: number; seed: number; maxDyads: number } = SAME_WORLD_QAP_DEFAULTS,
): string {
  const header = ["", ...result.rows.map((row) => row.name)];
  const table = (pick: (row: ComparisonResult["rows"][number], key: string) => number | null) =>
    formatTable(
      header,
      result.columns.map((column) => [
        columnLabel(column.key, t),
        ...result.rows.map((row) => pick(row, column.key)),
      ]),
      t,
    );
  const parts = [
    t.t("cli.compare.figures"),
    table((row, key) => row.figures[key] ?? null),
    t.t("cli.compare.ranks"),
    table((row, key) => row.ranks[key] ?? null),
  ];
  if (result.rows.some((row) => row.z !== null))
    parts.push(
      t.t("cli.compare.z"),
      table((row, key) => row.z?.[key] ?? null),
    );
  if (result.rows.some((row) => row.qap !== null))
    parts.push(
      t.t("methods.qap.same-world.title", {
        permutations: qap.permutations,
        seed: qap.seed,
        max: t.integer(qap.maxDyads),
      }),
      formatTable(
        [
          t.t("cli.compare.territory"),
          t.t("figure.qap.coefficients"),
          t.t("figure.qap.pValues"),
          t.t("cli.compare.qap.note"),
        ],
        result.rows.map((row) => {
          const cells = qapSameWorldCells(row.qap, t);
          return [row.name, cells.coefficient, cells.p, cells.note];
        }),
        t,
      ),
    );
  if (result.rows.some((row) => row.governance !== null))
    parts.push(
      t.t("cli.compare.governance"),
      formatTable(
        [t.t("cli.compare.territory"), t.t("figure.graph.governance.form")],
        result.rows.map((row) => [row.name, governanceLabel(row.governance, t)]),
        t,
      ),
    );
  if (readings.length > 0)
    parts.push(t.t("cli.compare.standout"), readings.map((reading) => `- ${reading.text}`).join("\n"));
  parts.push("");
  return parts.join("\n");
}
