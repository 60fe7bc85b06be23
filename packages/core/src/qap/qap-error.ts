/**
 * The error a QAP regression throws on a request it cannot answer (unknown or
 * constant predictor, collinear predictors, too many actors): a stable `code`,
 * the values it cites (`params`), and an English `message` that says what
 * was found, what was expected and how to fix it. `@catalyse/readings`
 * renders the same from `code` and `params` in French or English
 * (`errors.qap.<code>`).
 */
import { englishCount as count, type ErrorParams } from "../graph/territory-messages.js";

const plural = (n: string | number | undefined, one: string, other: string) =>
  `${count(n)} ${n === 1 ? one : other}`;

/** Every code of a QapError. */
export const QAP_ERROR_CODES = [
  "too-many-actors",
  "logistic-weights",
  "no-collectives",
  "not-numeric",
  "unknown-predictor",
  "tie-count",
  "predictor-length",
  "repeated-predictor",
  "too-few-pairs",
  "logistic-not-binary",
  "collinear",
] as const;

/** The code of a QapError (its message is `errors.qap.<code>` in @catalyse/readings). */
export type QapErrorCode = (typeof QAP_ERROR_CODES)[number];

/** The English text of a QapError. */
export function qapErrorMessage(code: QapErrorCode, p: ErrorParams): string {
  switch (code) {
    case "too-many-actors":
      return `QAP: ${count(p.actors)} actors is more than ${count(p.max)}; the regression has one row per pair of actors. Run it on a part of the territory, or raise maxActors`;
    case "logistic-weights":
      return "QAP: logistic regression explains link presence; drop the weights or use OLS";
    case "no-collectives":
      return "QAP: co-membership counts the collectives two actors share, and this territory has no collectives; add its collectives or leave co-membership out";
    case "not-numeric":
      return `QAP: the predictor "${p.predictor}" needs a number for every actor, and actor "${p.actor}" has ${p.missing === "yes" ? "none" : p.value}; fill it in, or use same-${p.predictor} to compare values`;
    case "unknown-predictor":
      return `QAP: unknown predictor "${p.predictor}": no actor has an attribute "${p.attribute}". Expected same-world, distance, co-membership, same-<attribute> or a numeric <attribute>${p.hasAttributes === "yes" ? `; this territory's attributes: ${p.attributes}` : "; this territory has no attributes"}`;
    case "tie-count":
      return `QAP: ${count(p.ties)} tie values for ${count(p.dyads)} dyads`;
    case "predictor-length":
      return `QAP: predictor "${p.predictor}" has ${count(p.values)} values for ${count(p.dyads)} dyads`;
    case "repeated-predictor":
      return `QAP: the predictor "${p.predictor}" is given twice ("intercept" is always included)`;
    case "too-few-pairs":
      return `QAP: ${plural(p.pairs, "pair of actors", "pairs of actors")} for ${count(p.coefficients)} coefficients; a regression needs more pairs than coefficients`;
    case "logistic-not-binary":
      return "QAP: logistic regression needs ties that are 0 or 1 (link presence), not weights";
    case "collinear":
      return p.combination === "yes"
        ? `QAP: the predictor "${p.predictor}" is the same for every pair of actors, or a combination of ${p.others}; remove it (it cannot explain anything the others do not)`
        : `QAP: the predictor "${p.predictor}" is constant or repeats other predictors; remove it`;
  }
}

/** A QAP request the territory cannot answer; `message` is English, `code` and `params` word it in any language. */
export class QapError extends Error {
  /** Stable code of the error. */
  readonly code: QapErrorCode;
  /** The values its message cites. */
  readonly params: ErrorParams;

  constructor(code: QapErrorCode, params: ErrorParams = {}) {
    super(qapErrorMessage(code, params));
    this.name = "QapError";
    this.code = code;
    this.params = params;
  }
}
