import type { CliContext } from "./context.js";

/**
 * A progress bar on stderr, drawn only when stderr is a terminal, so that
 * logs, pipes and CI output stay clean. Returns an `onProgress` callback.
 */
export function createProgress(
  context: CliContext,
  label: string,
): { update: (done: number, total: number, step?: string) => void; finish: () => void } {
  if (!context.stderrIsTTY) return { update: () => {}, finish: () => {} };
  const width = 24;
  let drawn = false;
  return {
    update(done, total, step = "") {
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(ratio * width);
      context.stderr(
        `\r${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${Math.round(ratio * 100)
          .toString()
          .padStart(3)}% ${step}`.padEnd(80),
      );
      drawn = true;
    },
    finish() {
      if (drawn) context.stderr(`\r${" ".repeat(80)}\r`);
    },
  };
}
