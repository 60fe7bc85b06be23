/**
 * An input problem of @catalyse/io in the reader's language: its `found` and
 * `expected` from the `input` catalogue (`input.<code>.found`, `.expected`)
 * with the values it cites. A problem without a code (raised by code that
 * predates the catalogue) keeps its English text.
 */
import type { InputProblem } from "@catalyse/io";
import type { Translator } from "./translator.js";

/** What was found and what was expected, translated when the problem has a code. */
export function inputProblemText(
  problem: Pick<InputProblem, "code" | "params" | "found" | "expected">,
  translator: Translator,
): { found: string; expected: string } {
  const text = (part: "found" | "expected") => {
    const id = `input.${problem.code}.${part}`;
    return problem.code !== undefined && translator.has(id)
      ? translator.t(id, problem.params ?? {})
      : problem[part];
  };
  return { found: text("found"), expected: text("expected") };
}
