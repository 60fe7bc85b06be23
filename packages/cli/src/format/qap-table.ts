/**
 * The `catalyse qap` table: coefficients, t-values and p-values, then each
 * coefficient explained in plain words.
 *
 * NOTE: every sentence sits in QAP_TEXTS so that it moves to the
 * `@catalyse/readings` catalogue (methods.{en,fr}.ts) in one step once that
 * package lands.
 */
import type { QapTerritoryResult } from "@catalyse/core";
import { formatNumber, formatTable } from "./table.js";

/** Below this p-value an effect is called clear; the conventional 5%. */
export const QAP_SIGNIFICANCE = 0.05;

const QAP_TEXTS = {
  title: (name: string, method: string, dyads: number, directed: boolean) =>
    `${name}: QAP regression (${method === "ols" ? "linear, as R sna::netlm" : "logistic, as R sna::netlogit"}) ` +
    `over ${dyads} ${directed ? "ordered pairs" : "pairs"} of actors`,
  fit: (r2: string, permutations: number, seed: number) =>
    `R² ${r2}; p-values from ${permutations} permutations (double semi-partialling, seed ${seed})`,
  what:
    "QAP asks whether pairs of actors that share something (a world, a commune, a short distance) are allied " +
    "more often than other pairs, each factor taken with the others held fixed. Its p-values shuffle the " +
    "actors, not the pairs, so that the network's own structure (some actors having many partners) " +
    "cannot pass for an effect.",
  effect: (predictor: string, ties: string, coefficient: string, direction: "more" | "less") =>
    `- ${predictor}: ${direction === "more" ? "raises" : "lowers"} ${ties} by ${coefficient} per unit`,
  clear: (p: string) => `, a clear effect (p = ${p}): shuffled actors rarely do as well.`,
  unclear: (p: string) => `, but shuffled actors often do as well (p = ${p}): no clear effect.`,
  untested: ", not tested (no permutations).",
  presence: (method: string) => (method === "ols" ? "the probability of a link" : "the log-odds of a link"),
  weight: "the link weight",
  distance: (kind: string) =>
    kind === "geographic"
      ? "distance: great-circle kilometres between the actors' coordinates."
      : "distance: steps between the actors through others, their own link set aside (no coordinates in this territory).",
  notConverged:
    "The logistic fit did not converge: a predictor separates allied from other pairs perfectly; read the linear fit instead.",
};

export function qapTable(result: QapTerritoryResult, name: string, directed: boolean): string {
  const keys = [...result.coefficients.keys()];
  const rows = keys.map((key) => [
    key,
    result.coefficients.get(key)!,
    result.statistics.get(key)!,
    result.pValues.get(key) ?? null,
  ]);
  const ties = result.ties === "presence" ? QAP_TEXTS.presence(result.method) : QAP_TEXTS.weight;
  const lines = [
    QAP_TEXTS.title(name, result.method, result.dyads, directed),
    QAP_TEXTS.fit(result.r2 === null ? "–" : formatNumber(result.r2), result.permutations, result.seed),
    "",
    formatTable(["", "coefficient", result.method === "ols" ? "t" : "z", "p"], rows),
    QAP_TEXTS.what,
    "",
  ];
  for (const key of keys.slice(1)) {
    const coefficient = result.coefficients.get(key)!;
    const p = result.pValues.get(key) ?? null;
    const effect = QAP_TEXTS.effect(
      key,
      ties,
      formatNumber(Math.abs(coefficient)),
      coefficient >= 0 ? "more" : "less",
    );
    const test =
      p === null
        ? QAP_TEXTS.untested
        : p < QAP_SIGNIFICANCE
          ? QAP_TEXTS.clear(formatNumber(p))
          : QAP_TEXTS.unclear(formatNumber(p));
    lines.push(effect + test);
  }
  if (result.distance !== null) lines.push("", QAP_TEXTS.distance(result.distance));
  if (!result.converged) lines.push("", QAP_TEXTS.notConverged);
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
