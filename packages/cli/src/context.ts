import type { ReadLimits } from "@catalyse/io";
import type { Lang } from "@catalyse/readings";

/** What a command may touch: output streams and where it runs. Tests pass their own. */
export interface CliContext {
  /** Where results go (the process's stdout, or a buffer in tests). */
  stdout: (text: string) => void;
  /** Where warnings and progress go. */
  stderr: (text: string) => void;
  /** Progress bars are drawn only on a terminal, so logs and pipes stay clean. */
  stderrIsTTY: boolean;
  cwd: string;
  /** The command's inputs, as given: `--out` never writes over them (see out-path.ts). */
  inputs?: readonly string[];
  /** `--force`: `--out` may replace an existing file. */
  force?: boolean;
  /** The language of messages (`--lang`); default from LC_ALL / LANG. */
  lang?: Lang;
  /** Limits on what readers take in (`--max-input-mb`). */
  readLimits?: Partial<ReadLimits>;
  /** Environment (LC_ALL, LANG pick the language); default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A wrong command line: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
