/**
 * Input problems in the reader's language: a problem carries a stable code and
 * the values it cites; its messages (`input.<code>.found`, `.expected`) come
 * from the `input` catalogue of @catalyse/readings, in French or English. A
 * problem without a code (raised by code that predates the catalogue) keeps
 * its English text.
 */
import { type InputProblem, problemLineParams } from "@catalyse/io";
import { createTranslator, type Lang, resolveLang, type Translator } from "@catalyse/readings";
import type { CliContext } from "./context.js";

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

/** A warning line: `warning: …` / `avertissement : …`. */
export function formatWarning(problem: InputProblem, translator: Translator): string {
  return translator.t("input.warning", { text: formatProblem(problem, translator) });
}

/** The header of a list of errors: `3 problems in the input:`. */
export function formatProblemsHeader(count: number, translator: Translator): string {
  return translator.t("input.header", { count });
}

/** The translator of the command's language (`--lang`, else LC_ALL / LANG, else English). */
export function contextTranslator(context: Pick<CliContext, "lang" | "env">): Translator {
  const env = context.env ?? process.env;
  const lang: Lang = context.lang ?? resolveLang(undefined, { LC_ALL: env.LC_ALL, LANG: env.LANG });
  return createTranslator(lang);
}
