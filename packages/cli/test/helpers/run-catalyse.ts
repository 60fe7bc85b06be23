/** Runs the `catalyse` command as a separate process, as users do. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli.js";

export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const BIN = fileURLToPath(new URL("../../src/bin.ts", import.meta.url));

export interface CatalyseRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCatalyse(args: readonly string[], options: { cwd?: string } = {}): Promise<CatalyseRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", BIN, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Where and how an in-process run sees the world. */
export interface InProcessOptions {
  cwd?: string;
  /** The CLI's environment (LANG, LC_ALL…); default: the test runner's own. */
  env?: Record<string, string>;
  /** Whether stderr claims to be a terminal (progress bars). Default false. */
  tty?: boolean;
}

/** Runs the CLI in this process (faster than a spawned one), capturing its output. */
export async function runCliCaptured(
  args: readonly string[],
  options: InProcessOptions = {},
): Promise<CatalyseRun> {
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
    cwd: options.cwd ?? REPO_ROOT,
    ...(options.env === undefined ? {} : { env: options.env }),
  });
  return { code, stdout, stderr };
}

/**
 * Runs the CLI in this process with an environment of its own (LANG, LC_ALL…:
 * nothing leaks in from the test runner's), from the repository's root.
 */
export function runCatalyseInProcess(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<CatalyseRun> {
  return runCliCaptured(args, { env });
}
