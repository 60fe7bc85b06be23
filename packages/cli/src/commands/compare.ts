import {
  analyze,
  COMPARISON_COLUMNS,
  type ComparisonInput,
  type ComparisonResult,
  compareTerritories,
  DEFAULT_SEED,
  isSyntheticTerritory,
} from "@catalyse/core";
import { toCsv } from "@catalyse/io";
import type { CliContext } from "../context.js";
import { formatTable } from "../format/table.js";
import { loadTerritories } from "../load-territories.js";
import { parseFormat, parseNumberOption, writeOutput } from "../output.js";
import { createProgress } from "../progress.js";
import { PROJECTION_OPTIONS, PROJECTION_USAGE, parseProjection } from "../projection-option.js";
import type { Command, ParsedArgs } from "./command.js";

const FORMATS = ["table", "json", "csv"] as const;

export const compareCommand: Command = {
  name: "compare",
  summary: "compare territories side by side: figures, ranks, z-scores against null models",
  usage: `<folder|file>... [options]

Arguments:
  <folder|file>...  two or more territories (folders or files, as for analyze)

Options:
  --null K          judge each figure against K random networks of the same
                    territory (degrees kept; worlds shuffled for world figures)
                    and print z-scores (default 0: none)
  --seed N          seed of the null models (default ${DEFAULT_SEED})
${PROJECTION_USAGE}
  --format FORMAT   table (default), json or csv
  --out FILE        write the result to FILE instead of stdout
  -h, --help        show this help

Ranks: 1 is the largest value of a column; equal values share a rank.

Example:
  catalyse compare datasets/pilots/* --null 50
`,
  options: {
    null: { type: "string" },
    seed: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    ...PROJECTION_OPTIONS,
  },
  async run(args: ParsedArgs, context: CliContext): Promise<number> {
    const format = parseFormat(args.values.format, FORMATS);
    const replicates = parseNumberOption("null", args.values.null, 0, { min: 0, integer: true });
    const seed = parseNumberOption("seed", args.values.seed, DEFAULT_SEED, { integer: true });
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
      return { name: territory.name, document, synthetic: isSyntheticTerritory(territory.graph) };
    });
    progress.finish();
    const result = compareTerritories(inputs);
    let text: string;
    if (format === "json") text = `${JSON.stringify(comparisonJson(result, inputs), null, 2)}\n`;
    else if (format === "csv") text = comparisonCsv(result);
    else text = formatComparisonTable(result);
    await writeOutput(text, args.values.out as string | undefined, context);
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

function comparisonCsv(result: ComparisonResult): string {
  const keys = COMPARISON_COLUMNS.map((column) => column.key);
  const withZ = result.rows.some((row) => row.z !== null);
  const header = [
    "territory",
    ...keys,
    ...keys.map((key) => `rank_${key}`),
    ...(withZ ? keys.map((key) => `z_${key}`) : []),
    "governance",
  ];
  const rows = result.rows.map((row) => [
    row.name,
    ...keys.map((key) => row.figures[key] ?? null),
    ...keys.map((key) => row.ranks[key] ?? null),
    ...(withZ ? keys.map((key) => row.z?.[key] ?? null) : []),
    row.governance,
  ]);
  return toCsv(header, rows);
}

export function formatComparisonTable(result: ComparisonResult): string {
  const header = ["territory", ...result.columns.map((column) => column.label)];
  const table = (pick: (row: ComparisonResult["rows"][number], key: string) => number | null) =>
    formatTable(
      header,
      result.rows.map((row) => [row.name, ...result.columns.map((column) => pick(row, column.key))]),
    );
  const parts = [
    "Figures",
    table((row, key) => row.figures[key] ?? null),
    "Ranks (1 = largest)",
    table((row, key) => row.ranks[key] ?? null),
  ];
  if (result.rows.some((row) => row.z !== null))
    parts.push(
      "z-scores against null models",
      table((row, key) => row.z?.[key] ?? null),
    );
  if (result.rows.some((row) => row.governance !== null))
    parts.push(
      "Governance reading",
      formatTable(
        ["territory", "reading"],
        result.rows.map((row) => [row.name, row.governance]),
      ),
    );
  parts.push("What stands out", result.standout.map((sentence) => `- ${sentence}`).join("\n"), "");
  return parts.join("\n");
}
