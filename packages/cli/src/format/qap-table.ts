/**
 * The `catalyse qap` table: coefficients, t-values and p-values, then each
 * coefficient explained in plain words (the `methods.qap.*` readings).
 */
import type { QapTerritoryResult } from "@catalyse/core";
import type { Translator } from "@catalyse/readings";
import { formatTable } from "./table.js";

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
  const ties = result.ties === "weight" ? "weight" : result.method === "ols" ? "presence" : "logodds";
  const lines = [
    t.t("methods.qap.title", {
      name,
      method: result.method,
      dyads: result.dyads,
      directed: directed ? "yes" : "no",
    }),
    t.t("methods.qap.fit", {
      r2: result.r2 === null ? "–" : t.number(result.r2),
      permutations: result.permutations,
      seed: result.seed,
    }),
    "",
    formatTable(["", "coefficient", result.method === "ols" ? "t" : "z", "p"], rows),
    t.t("methods.qap.what"),
    "",
  ];
  for (const key of keys.slice(1)) {
    const coefficient = result.coefficients.get(key)!;
    const p = result.pValues.get(key) ?? null;
    lines.push(
      t.t("methods.qap.effect", {
        predictor: key,
        direction: coefficient >= 0 ? "up" : "down",
        ties,
        amount: t.number(Math.abs(coefficient)),
        test: p === null ? "untested" : p < QAP_SIGNIFICANCE ? "clear" : "unclear",
        // p = 0 only says no permutation did as well: below one in N.
        p: p === null ? "–" : p === 0 ? `< ${t.number(1 / result.permutations)}` : t.number(p),
      }),
    );
  }
  if (result.distance !== null) lines.push("", t.t("methods.qap.distance", { kind: result.distance }));
  if (!result.converged) lines.push("", t.t("methods.qap.not-converged"));
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
