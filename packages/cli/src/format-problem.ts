/**
 * Input problems in the reader's language: a problem carries a stable code and
 * the values it cites; its messages (`input.<code>.found`, `.expected`) come
 * from the `input` catalogue of @catalyse/readings, in French or English
 * (`inputProblemText`).
 */
import { type InputProblem, problemLineParams } from "@catalyse/io";
import { inputProblemText, type Translator } from "@catalyse/readings";

/** One problem as a line: `file:line:column (column "x"): found; expected …`, translated. */
export function formatProblem(problem: InputProblem, translator: Translator): string {
  const { found, expected } = inputProblemText(problem, translator);
  return translator.t("input.line", problemLineParams(problem, found, expected));
}
