/**
 * The `catalyse qap` table: coefficients, t-values and p-values, then each
 * coefficient in plain words (the `cli.qap.*` messages), in the user's language.
 */
import type { QapTerritoryResult } from "@catalyse/core";
import type { Translator } from "@catalyse/readings";
import { formatNumber, formatTable } from "./table.js";

/** Below this p-value an effect is called clear; the conventional 5%. */
export const QAP_SIGNIFICANCE = 0.05;

export function qapTable(result: QapTerritoryResult, name: string, directed: boolean, t: Translator): string {
  const keys = [...result.coefficients.keys()];
  const rows = keys.map((key) => [
    key,
    result.coefficients.get(key)!,
    result.statistics.get(key)!,
    result.pValues.get(key) ?? null,
  ]);
  const ties = result.ties === "presence" ? (result.method === "ols" ? "probability" : "logodds") : "weight";
  const lines = [
    t.t("cli.qap.title", {
      name,
      method: result.method,
      dyads: t.integer(result.dyads),
      directed: directed ? "yes" : "no",
    }),
    t.t("cli.qap.fit", {
      r2: result.r2 === null ? "–" : formatNumber(result.r2, t),
      permutations: t.integer(result.permutations),
      seed: result.seed,
    }),
    "",
    formatTable(["", t.t("cli.qap.coefficient"), result.method === "ols" ? "t" : "z", "p"], rows, t),
    t.t("cli.qap.what"),
    "",
  ];
  for (const key of keys.slice(1)) {
    const coefficient = result.coefficients.get(key)!;
    const p = result.pValues.get(key) ?? null;
    lines.push(
      t.t("cli.qap.effect", {
        predictor: key,
        direction: coefficient >= 0 ? "more" : "less",
        ties,
        coefficient: formatNumber(Math.abs(coefficient), t),
        test: p === null ? "none" : p < QAP_SIGNIFICANCE ? "clear" : "unclear",
        p: p === null ? "–" : formatNumber(p, t),
      }),
    );
  }
  if (result.distance !== null) lines.push("", t.t("cli.qap.distance", { kind: result.distance }));
  if (!result.converged) lines.push("", t.t("cli.qap.not-converged"));
  return `${lines.join("\n")}\n`;
}

/** The JSON shape the issue fixes: `{ coefficients, pValues, r2, permutations, method }` plus context. */
export function qapJson(result: QapTerritoryResult) {
  return {
    method: result.method,
    ties: result.ties,
    dyads: result.dyads,
    permutations: result.permutations,
    seed: result.seed,
    coefficients: Object.fromEntries(result.coefficients),
    statistics: Object.fromEntries(result.statistics),
    pValues: Object.fromEntries(result.pValues),
    r2: result.r2,
    distance: result.distance,
    converged: result.converged,
  };
}
