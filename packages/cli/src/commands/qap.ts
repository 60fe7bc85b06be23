/**
 * `catalyse qap`: does sharing a world (a commune, a short distance…) explain
 * who allies with whom, beyond the network's structure? A QAP regression of
 * the link matrix on predictor matrices, with double semi-partialling
 * p-values (see @catalyse/core qap/).
 */
import { DEFAULT_SEED, QAP_TERRITORY_DEFAULTS, QapError, qapTerritory } from "@catalyse/core";
import { qapErrorText, qapReadings } from "@catalyse/readings";
import { type CommandContext, UsageError } from "../context.js";
import { qapJson, qapTable } from "../format/qap-table.js";
import { loadTerritory } from "../load-territory.js";
import { parseFormat, parseNumberOption, singleInput, writeOutput } from "../output.js";
import type { Command, ParsedArgs } from "./command.js";

const FORMATS = ["table", "json"] as const;

export const qapCommand: Command = {
  name: "qap",
  help: {
    arguments: "cli.help.territory-argument",
    options: ["cli.qap.options", "cli.help.out"],
    params: { permutations: QAP_TERRITORY_DEFAULTS.permutations, seed: DEFAULT_SEED },
  },
  options: {
    predictors: { type: "string" },
    logistic: { type: "boolean" },
    weighted: { type: "boolean" },
    permutations: { type: "string" },
    seed: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
  },
  async run(args: ParsedArgs, context: CommandContext): Promise<number> {
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
      const name = graph.getAttribute("name") || context.t.t("cli.analyze.untitled");
      const directed = graph.type === "directed";
      const readings = qapReadings(result, { name, directed, lang: context.t.lang });
      const text =
        format === "json"
          ? `${JSON.stringify(qapJson(result, readings), null, 2)}\n`
          : qapTable(result, readings, context.t);
      await writeOutput(text, args.values.out as string | undefined, context, {
        forPeople: format === "table",
      });
      return 0;
    } catch (error) {
      // A request the territory cannot answer is the user's to fix, like a bad option.
      // Core's error in the reader's language, from its code and params.
      if (error instanceof QapError)
        throw new UsageError("cli.qap.error", { message: qapErrorText(error, context.t) });
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
  if (names.length === 0) throw new UsageError("cli.qap.predictors");
  return names;
}
