/**
 * Input errors: every problem found in a file, with where it is (file, line,
 * column or field), what was found and what was expected. Readers collect all
 * problems in one pass and throw one {@link InputError} carrying them.
 */
import type { InputProblemCode } from "./problems/input-messages.js";
import { inputMessage } from "./problems/input-problem.js";

/** The parameters of a problem's messages: what it cites (values as found, counts, names). */
export type ProblemParams = Readonly<Record<string, string | number>>;

/** One problem found in an input file: where it is, what was found and what was expected. */
export interface InputProblem {
  /**
   * The stable code of the problem (`duplicate-actor`, `too-large`…): its messages are
   * `input.<code>.found` and `input.<code>.expected` in every language.
   */
  code?: InputProblemCode;
  /** The values its messages cite. */
  params?: ProblemParams;
  /** The file the problem is in, as the user named it. */
  file: string;
  /** 1-based line in the file, when the format has lines. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** The column (field) name, when known. */
  field?: string;
  /** What was found. */
  found: string;
  /** What was expected, phrased so that it says how to fix it. */
  expected: string;
  severity: "error" | "warning";
}

/** Formats a problem as `file:line:column (column "x"): found; expected …`, in English. */
export function formatProblem(problem: InputProblem): string {
  return inputMessage("input.line", problemLineParams(problem, problem.found, problem.expected));
}

/** The parameters of the `input.line` message for a problem whose texts are `found` and `expected`. */
export function problemLineParams(problem: InputProblem, found: string, expected: string): ProblemParams {
  return {
    place: [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(":"),
    hasField: problem.field === undefined ? "no" : "yes",
    field: problem.field ?? "",
    found,
    expected,
  };
}

/** Thrown by readers with every problem found in the input, each with file, line and column; its message lists them. */
export class InputError extends Error {
  readonly problems: readonly InputProblem[];

  /** @param problems every problem found; they are kept sorted by file, line and column. */
  constructor(problems: readonly InputProblem[], options?: { cause?: unknown }) {
    problems = sortProblems(problems);
    const errors = problems.filter((problem) => problem.severity === "error");
    super(
      `${inputMessage("input.header", { count: errors.length })}\n` +
        errors.map((problem) => `  ${formatProblem(problem)}`).join("\n"),
      options,
    );
    this.name = "InputError";
    this.problems = problems;
  }
}

/** Problems in reading order: by file, then line, then column (a problem without a line first). */
export function sortProblems(problems: readonly InputProblem[]): InputProblem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
