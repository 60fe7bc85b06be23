/** The command-line options of run.ts and browser.ts: the graph and rounds.ts's options. */
import { parseArgs } from "node:util";
import { ROUNDS_DEFAULTS, type RoundsOptions } from "./rounds.js";

export function roundsArguments(): { graph: string; options: RoundsOptions } {
  const { values } = parseArgs({
    options: {
      graph: { type: "string", default: "ba-10k" },
      rounds: { type: "string", default: String(ROUNDS_DEFAULTS.rounds) },
      sources: { type: "string", default: String(ROUNDS_DEFAULTS.sources) },
      sweeps: { type: "string", default: String(ROUNDS_DEFAULTS.sweeps) },
    },
  });
  return {
    graph: values.graph,
    options: {
      rounds: Number(values.rounds),
      sources: Number(values.sources),
      sweeps: Number(values.sweeps),
    },
  };
}
