/**
 * Errors of @catalyse/core in the reader's language: a `TerritoryError`
 * (its first line, then each error issue) and a `QapError`, rendered from
 * their `code` and `params` through the `errors` catalogue. The CLI and the
 * explorer print these instead of the errors' English `message`.
 */
import { QapError, TerritoryError, type TerritoryIssue } from "@catalyse/core";
import type { Translator } from "./translator.js";

/** One territory issue as a sentence (what was found, what was expected). */
export function territoryIssueText(
  issue: Pick<TerritoryIssue, "code" | "params">,
  translator: Translator,
): string {
  return translator.t(`errors.territory.${issue.code}`, issue.params);
}

/** A QapError as a sentence. */
export function qapErrorText(error: Pick<QapError, "code" | "params">, translator: Translator): string {
  return translator.t(`errors.qap.${error.code}`, error.params);
}

/**
 * A core error in the translator's language: a TerritoryError as its first
 * line and one indented line per error issue (as its English `message`), a
 * QapError as one sentence; anything else is null.
 */
export function coreErrorText(error: unknown, translator: Translator): string | null {
  if (error instanceof QapError) return qapErrorText(error, translator);
  if (!(error instanceof TerritoryError)) return null;
  const errors = error.issues.filter((issue) => issue.severity === "error");
  return [
    translator.t("errors.territory.header", error.params),
    ...errors.map((issue) => `  - ${territoryIssueText(issue, translator)}`),
  ].join("\n");
}
