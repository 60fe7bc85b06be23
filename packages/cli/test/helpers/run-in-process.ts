/** Runs `catalyse` in this process (faster than spawning) and captures its output. */
import { runCli } from "../../src/index.js";

export async function runInProcess(args: readonly string[], cwd: string, options: { tty?: boolean } = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stderrIsTTY: options.tty ?? false,
    cwd,
  });
  return { code, stdout, stderr };
}
