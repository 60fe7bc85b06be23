/**
 * The `catalyse qap` table: coefficients, t- or z-values and p-values under
 * the `figure.*` labels, then the QAP readings (`qapReadings` of
 * @catalyse/readings) printed verbatim.
 */
import type { QapTerritoryResult } from "@catalyse/core";
import type { Reading, Translator } from "@catalyse/readings";
import { formatTable } from "./table.js";

export function qapTable(result: QapTerritoryResult, readings: readonly Reading[], t: Translator): string {
  const rows = [...result.coefficients].map(([key, coefficient]) => [
    key,
    coefficient,
    result.statistics.get(key) ?? null,
    result.pValues.get(key) ?? null,
  ]);
  const [title, ...rest] = readings.map((reading) => reading.text);
  const header = [
    t.t("figure.qap.predictor"),
    t.t("figure.qap.coefficients"),
    t.t(result.method === "ols" ? "figure.qap.statistics.ols" : "figure.qap.statistics.logistic"),
    t.t("figure.qap.pValues"),
  ];
  const lines = [title ?? "", "", formatTable(header, rows, t), ...rest.map((text) => `- ${text}`)];
  return `${lines.join("\n")}\n`;
}

/**
 * The JSON shape the issue fixes: `{ coefficients, pValues, r2, permutations, method }`
 * plus context and the readings. Predictor names become keys: they are option
 * values the user typed, not actor ids.
 */
export function qapJson(result: QapTerritoryResult, readings: readonly Reading[]) {
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
    readings,
  };
}
