/**
 * Building an {@link InputProblem} from its code and parameters: the English
 * `found` and `expected` are rendered from {@link INPUT_MESSAGES}, so that
 * the CLI can render the same problem in another language from the same
 * code and parameters (see `@catalyse/readings`' input catalogue).
 */
import { IntlMessageFormat } from "intl-messageformat";
import type { InputProblem, ProblemParams } from "../errors.js";
import { INPUT_MESSAGES, type InputMessageId, type InputProblemCode } from "./input-messages.js";

/** Where a problem is (everything of an InputProblem but its text). */
export type ProblemPlace = Pick<InputProblem, "file" | "line" | "column" | "field">;

const compiled = new Map<string, IntlMessageFormat>();

/** An English input message rendered with its parameters. */
export function inputMessage(id: InputMessageId, params: ProblemParams): string {
  let format = compiled.get(id);
  if (format === undefined) {
    format = new IntlMessageFormat(INPUT_MESSAGES[id], "en-GB", undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  return String(format.format(params));
}

/** A problem of `code` at `place`, its English text rendered from the messages. */
export function inputProblem(
  code: InputProblemCode,
  params: ProblemParams,
  place: ProblemPlace,
  severity: "error" | "warning" = "error",
): InputProblem {
  return {
    ...place,
    code,
    params,
    found: inputMessage(`input.${code}.found` as InputMessageId, params),
    expected: inputMessage(`input.${code}.expected` as InputMessageId, params),
    severity,
  };
}
