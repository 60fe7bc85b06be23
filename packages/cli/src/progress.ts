import type { CommandContext } from "./context.js";
import { terminalSafe } from "./format/terminal-safe.js";

/**
 * A progress bar on stderr, drawn only when stderr is a terminal, so that
 * logs, pipes and CI output stay clean. Returns an `onProgress` callback;
 * `step` is shown as given (translate it first).
 */
export function createProgress(
  context: CommandContext,
  label: string,
): { update: (done: number, total: number, step?: string) => void; finish: () => void } {
  if (!context.stderrIsTTY) return { update: () => {}, finish: () => {} };
  const width = 24;
  let drawn = false;
  return {
    update(done, total, step = "") {
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(ratio * width);
      const bar = `${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${Math.round(ratio * 100)
        .toString()
        .padStart(3)}% ${step}`;
      context.stderrRaw(`\r${terminalSafe(bar).padEnd(80)}`);
      drawn = true;
    },
    finish() {
      if (drawn) context.stderrRaw(`\r${" ".repeat(80)}\r`);
    },
  };
}

/** A step name from core's progress callbacks ("centrality", "rewiring") in the user's language. */
export function progressStep(context: CommandContext, step: string): string {
  const id = `cli.progress.${step}`;
  return context.t.has(id) ? context.t.t(id) : step;
}
