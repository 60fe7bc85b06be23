/** What a command may touch: output streams and where it runs. Tests pass their own. */
export interface CliContext {
  /** Where results go (the process's stdout, or a buffer in tests). */
  stdout: (text: string) => void;
  /** Where warnings and progress go. */
  stderr: (text: string) => void;
  /** Progress bars are drawn only on a terminal, so logs and pipes stay clean. */
  stderrIsTTY: boolean;
  cwd: string;
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
