import { expect } from "vitest";
import { InputError, type InputProblem } from "../src/errors.js";

/** Runs `read`, expects an InputError, and returns its error problems. */
export function problemsOf(read: () => unknown): InputProblem[] {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems.filter((problem) => problem.severity === "error");
  }
  throw new Error("expected an InputError, but reading succeeded");
}

/** Same as {@link problemsOf} for async readers; also returns the message. */
export async function problemsOfAsync(
  read: () => Promise<unknown>,
): Promise<{ problems: InputProblem[]; message: string }> {
  try {
    await read();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const problems = (error as InputError).problems.filter((problem) => problem.severity === "error");
    return { problems, message: (error as InputError).message };
  }
  throw new Error("expected an InputError, but reading succeeded");
}
