/**
 * `catalyse qap`: does sharing a world (a commune, a short distance…) explain
 * who allies with whom, beyond the network's structure? A QAP regression of
 * the link matrix on predictor matrices, with double semi-partialling
 * p-values (see @catalyse/core qap/).
 */
import { DEFAULT_SEED, QAP_TERRITORY_DEFAULTS, QapError, qapTerritory } from "@catalyse/core";
import { type CliContext, UsageError } from "../context.js";
import { qapJson, qapTable } from "../format/qap-table.js";
import { loadTerritory } from "../load-territory.js";
import { parseFormat, parseNumberOption, singleInput, writeOutput } from "../output.js";
import type { Command, ParsedArgs } from "./command.js";

const FORMATS = ["table", "json"] as const;

export const qapCommand: Command = {
  name: "qap",
  summary: "QAP regression: do shared worlds, attributes or distance explain who allies with whom?",
  usage: `<folder|file> [options]

Arguments:
  <folder|file>         a territory folder or a .xlsx, .gexf, .graphml or .json file

Options:
  --predictors LIST     comma-separated (default same-world):
                          same-world        both actors in the same world
                          same-<attribute>  both with the same value of an actor attribute
                          distance          km between coordinates when every actor has them,
                                            else steps through others (own link set aside)
                          co-membership     collectives both belong to (needs collectives)
                          <attribute>       a numeric actor attribute, as |difference|
  --logistic            logistic regression of link presence (default: linear, as netlm)
  --weighted            explain link weights instead of link presence (linear only)
  --permutations N      permutations per coefficient for p-values (default ${QAP_TERRITORY_DEFAULTS.permutations})
  --seed S              seed of the permutations (default ${DEFAULT_SEED})
  --format FORMAT       table (default) or json
  --out FILE            write the result to FILE instead of stdout
  -h, --help            show this help

One row per pair of actors (ordered pairs when the territory is directed).
p-values: Dekker, Krackhardt & Snijders (2007) double semi-partialling.

Examples:
  catalyse qap datasets/seed-ecosystem --predictors same-world,distance
  catalyse qap territory.xlsx --predictors same-world,same-commune,budget --format json
`,
  options: {
    predictors: { type: "string" },
    logistic: { type: "boolean" },
    weighted: { type: "boolean" },
    permutations: { type: "string" },
    seed: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
  },
  async run(args: ParsedArgs, context: CliContext): Promise<number> {
    const format = parseFormat(args.values.format, FORMATS);
    const permutations = parseNumberOption(
      "permutations",
      args.values.permutations,
      QAP_TERRITORY_DEFAULTS.permutations,
      {
        integer: true,
        min: 0,
      },
    );
    const seed = parseNumberOption("seed", args.values.seed, DEFAULT_SEED, { integer: true, min: 0 });
    const predictors = parsePredictors(args.values.predictors);
    const input = singleInput(args.positionals);
    const graph = await loadTerritory(input, context);
    try {
      const result = qapTerritory(graph, {
        predictors,
        permutations,
        seed,
        method: args.values.logistic === true ? "logistic" : "ols",
        ties: args.values.weighted === true ? "weight" : "presence",
      });
      const name = graph.getAttribute("name") || "Territory";
      const text =
        format === "json"
          ? `${JSON.stringify(qapJson(result), null, 2)}\n`
          : qapTable(result, name, graph.type === "directed");
      await writeOutput(text, args.values.out as string | undefined, context);
      return 0;
    } catch (error) {
      // A request the territory cannot answer is the user's to fix, like a bad option.
      if (error instanceof QapError) throw new UsageError(error.message);
      throw error;
    }
  },
};

function parsePredictors(value: unknown): string[] {
  if (value === undefined) return [...QAP_TERRITORY_DEFAULTS.predictors];
  const names = String(value)
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  if (names.length === 0) throw new UsageError("--predictors is empty; expected e.g. same-world,distance");
  return names;
}
