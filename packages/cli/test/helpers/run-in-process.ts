/** Runs `catalyse` in this process (faster than spawning) from `cwd` and captures its output. */
import { type CatalyseRun, runCliCaptured } from "./run-catalyse.js";

export function runInProcess(
  args: readonly string[],
  cwd: string,
  options: { tty?: boolean } = {},
): Promise<CatalyseRun> {
  return runCliCaptured(args, { cwd, ...(options.tty === undefined ? {} : { tty: options.tty }) });
}
