/**
 * Benchmarks write their tables into READMEs between a pair of HTML comment
 * markers, so the prose around a table survives a re-run.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export interface SectionOptions {
  /** When the file lacks the markers: append them under this `##` heading. Default: leave the file alone. */
  appendUnder?: string;
}

/** Puts `content` between `begin` and `end` in `file` (a missing file is left alone). */
export function writeReadmeSection(
  file: string,
  begin: string,
  end: string,
  content: string,
  options: SectionOptions = {},
): void {
  if (!existsSync(file)) return;
  const text = readFileSync(file, "utf8");
  const body = `${begin}\n${content}\n${end}`;
  const start = text.indexOf(begin);
  const stop = text.indexOf(end, start);
  if (start >= 0 && stop > start)
    writeFileSync(file, text.slice(0, start) + body + text.slice(stop + end.length));
  else if (options.appendUnder !== undefined)
    writeFileSync(file, `${text.trimEnd()}\n\n## ${options.appendUnder}\n\n${body}\n`);
}
