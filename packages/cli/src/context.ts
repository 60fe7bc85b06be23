import type { ReadLimits } from "@catalyse/io";
import {
  createTranslator,
  type LangEnvironment,
  type MessageId,
  type MessageParams,
  type Translator,
} from "@catalyse/readings";

/** What a command may touch: output streams and where it runs. Tests pass their own. */
export interface CliContext {
  /** Where results go (the process's stdout, or a buffer in tests). */
  stdout: (text: string) => void;
  /** Where warnings and progress go. */
  stderr: (text: string) => void;
  /** Progress bars are drawn only on a terminal, so logs and pipes stay clean. */
  stderrIsTTY: boolean;
  cwd: string;
  /**
   * The locale variables that choose the language when `--lang` is not given
   * (LC_ALL, then LANG). The binary passes `process.env`; without them, English.
   */
  env?: LangEnvironment;
}

/** What a command runs with: the context and the translator of the chosen language. */
export interface CommandContext extends CliContext {
  t: Translator;
  /** The command's inputs, as given: `--out` never writes over them (see out-path.ts). */
  inputs?: readonly string[];
  /** `--force`: `--out` may replace an existing file. */
  force?: boolean;
  /** Limits on what readers take in (`--max-input-mb`). */
  readLimits?: Partial<ReadLimits>;
  /** stderr as given, for the progress bar's carriage returns (`stderr` shows them escaped). */
  stderrRaw: (text: string) => void;
}

/**
 * A wrong command line: printed with the command's usage, exit code 2. It
 * holds a message id, rendered in the user's language when printed; its
 * `message` is the English text (for logs and stack traces).
 */
export class UsageError extends Error {
  constructor(
    readonly id: MessageId,
    readonly params: MessageParams = {},
  ) {
    super(createTranslator("en").t(id, params));
    this.name = "UsageError";
  }
}
