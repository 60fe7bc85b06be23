/**
 * The error a QAP regression throws on a request it cannot answer (unknown or
 * constant predictor, collinear predictors, too many actors): the message says
 * what was found, what was expected and how to fix it.
 */
export class QapError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "QapError";
  }
}
