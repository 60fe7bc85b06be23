/**
 * Input problems in the reader's language: a problem carries a stable code and
 * the values it cites; its messages (`input.<code>.found`, `.expected`) come
 * from the `input` catalogue of @catalyse/readings, in French or English. A
 * problem without a code (raised by code that predates the catalogue) keeps
 * its English text.
 */
import { type InputProblem, problemLineParams } from "@catalyse/io";
import type { Translator } from "@catalyse/readings";

/** One problem as a line: `file:line:column (column "x"): found; expected …`, translated. */
export function formatProblem(problem: InputProblem, translator: Translator): string {
  const text = (part: "found" | "expected") => {
    const id = `input.${problem.code}.${part}`;
    return problem.code !== undefined && translator.has(id)
      ? translator.t(id, problem.params ?? {})
      : problem[part];
  };
  return translator.t("input.line", problemLineParams(problem, text("found"), text("expected")));
}
