/**
 * The readings of a QAP regression (`catalyse qap`, the report's same-world
 * section): what was fitted, how much the factors explain, what QAP asks, then
 * each factor's coefficient and p-value in plain words. Figures are cited by
 * their path in `catalyse qap --format json` ("coefficients.same-world",
 * "pValues.same-world", "r2"); predictor names are data, so they stay in the
 * path text, never as object keys of the result.
 */
import type { QapTerritoryResult } from "@catalyse/core";
import type { Lang } from "../lang.js";
import {
  decimal,
  type Figures,
  readingMessage as message,
  percent,
  type Reading,
  type ReadingMessage,
  renderReading,
} from "../reading.js";
import { createTranslator } from "../translator.js";

/** What a QAP reading needs besides the result: the territory's name and whether its links are directed. */
export interface QapReadingsContext {
  name: string;
  directed: boolean;
  /** Below this p-value an effect is called clear. Default 0.05, the conventional 5 %. */
  significance?: number;
}

/** The defaults of {@link QapReadingsContext}'s options. */
export const QAP_READINGS_DEFAULTS = { significance: 0.05 } as const;

/** Digits of coefficients and p-values: enough for a small effect on link probability. */
const DIGITS = 3;

/** The readings of a QAP regression in no language yet, in reading order. */
export function qapMessages(result: QapTerritoryResult, context: QapReadingsContext): ReadingMessage[] {
  const significance = context.significance ?? QAP_READINGS_DEFAULTS.significance;
  const readings: ReadingMessage[] = [
    message(
      "methods.qap.title",
      { "territory.name": context.name, dyads: result.dyads },
      {
        name: context.name,
        method: result.method,
        dyads: result.dyads,
        directed: context.directed ? "yes" : "no",
      },
    ),
    message(
      "methods.qap.fit",
      { r2: result.r2, permutations: result.permutations, seed: result.seed },
      {
        fitted: result.r2 === null ? "no" : "yes",
        method: result.method,
        r2: result.method === "ols" ? percent(result.r2) : decimal(result.r2),
        permutations: result.permutations,
        seed: result.seed,
      },
    ),
    message("methods.qap.what", {}),
  ];
  const ties = result.ties === "presence" ? (result.method === "ols" ? "probability" : "logodds") : "weight";
  const [, ...predictors] = [...result.coefficients.keys()];
  for (const predictor of predictors) {
    const coefficient = result.coefficients.get(predictor) ?? null;
    const p = result.pValues.get(predictor) ?? null;
    const figures: Figures = {
      [`coefficients.${predictor}`]: coefficient,
      [`predictors.${predictor}`]: predictor,
    };
    if (p !== null) {
      figures[`pValues.${predictor}`] = p;
      figures["readings.options.significance"] = significance;
      if (p === 0) figures.permutations = result.permutations;
    }
    readings.push(
      message("methods.qap.effect", figures, {
        predictor,
        coefficient: decimal(coefficient, DIGITS),
        direction: (coefficient ?? 0) >= 0 ? "more" : "less",
        ties,
        // A p-value of 0 means no shuffle did as well: it is below 1 in the permutations, not nil.
        test: p === null ? "none" : p === 0 ? "never" : p < significance ? "clear" : "unclear",
        permutations: result.permutations,
        p: decimal(p, DIGITS),
      }),
    );
  }
  if (result.distance !== null) readings.push(message("methods.qap.distance", {}, { kind: result.distance }));
  if (!result.converged) readings.push(message("methods.qap.not-converged", {}));
  return readings;
}

/** The readings of a QAP regression rendered in `lang`, in reading order. */
export function qapReadings(
  result: QapTerritoryResult,
  context: QapReadingsContext & { lang: Lang },
): Reading[] {
  const translator = createTranslator(context.lang);
  return qapMessages(result, context).map((m) => renderReading(m, translator));
}
