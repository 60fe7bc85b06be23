/**
 * QAP figures for people, shared by the reports and `catalyse compare`: a
 * p-value (with "< 1/N" when no permutation did as well), why a same-world
 * QAP was not run, and a comparison row's same-world cells.
 */
import type { SameWorldQap, SameWorldQapSkipped } from "@catalyse/core";
import type { Translator } from "@catalyse/readings";

/**
 * A p-value as text: "< 0.005" when no shuffle did as well (the p-value is
 * below one in the permutations, not nil), else at most 3 decimals.
 */
export function qapPValue(p: number | null, permutations: number, t: Translator): string {
  if (p === 0 && permutations > 0) return `< ${t.number(1 / permutations, { maximumFractionDigits: 4 })}`;
  return t.number(p, { maximumFractionDigits: 3 });
}

/** Why a same-world QAP was not run, in words. */
export function qapSkippedNote(qap: SameWorldQapSkipped, t: Translator): string {
  // ICU select keys are identifiers: "too-large" → "large".
  const reason = qap.reason === "too-large" ? "large" : qap.reason;
  return t.t("methods.qap.same-world.skipped", {
    reason,
    dyads: t.integer(qap.dyads),
    max: t.integer(qap.maxDyads),
  });
}

/** A comparison row's QAP same-world cells: coefficient, p-value and why it was not run. */
export function qapSameWorldCells(
  qap: SameWorldQap | null,
  t: Translator,
): { coefficient: number | null; p: string | null; note: string } {
  if (qap === null) return { coefficient: null, p: null, note: "" };
  if (qap.status === "skipped") return { coefficient: null, p: null, note: qapSkippedNote(qap, t) };
  return { coefficient: qap.coefficient, p: qapPValue(qap.pValue, qap.permutations, t), note: "" };
}
