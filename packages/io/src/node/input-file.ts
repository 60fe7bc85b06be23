/**
 * Node only: checking a path before reading it whole. Devices (`/dev/zero`
 * never ends), FIFOs (reading waits forever for a writer) and sockets are
 * refused, whether named directly or through a link, and so is a file larger
 * than the limit, so that a careless path ends at once with a clear problem.
 */
import { readFile, stat } from "node:fs/promises";
import { InputError, type InputProblem } from "../errors.js";
import { READ_LIMITS_DEFAULTS, tooLarge } from "../limits.js";
import { inputProblem } from "../problems/input-problem.js";

/** The problem with reading `path` whole, or undefined when it is an ordinary file within `maxBytes`. */
export async function inputFileProblem(
  path: string,
  maxBytes: number = READ_LIMITS_DEFAULTS.maxFileBytes,
): Promise<InputProblem | undefined> {
  // NOTE: stat follows links, so actors.csv → /dev/zero is seen as the device it points to.
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return inputProblem("file-missing", {}, { file: path });
  if (info.isDirectory()) return undefined;
  if (!info.isFile())
    return inputProblem(
      "special-file",
      { kind: info.isFIFO() ? "fifo" : info.isSocket() ? "socket" : "device" },
      { file: path },
    );
  if (info.size > maxBytes) return tooLarge(path, info.size, maxBytes, "file");
  return undefined;
}

/** Reads an ordinary file whole, after {@link inputFileProblem}. @throws {InputError} */
export async function readInputFile(path: string, maxBytes?: number): Promise<Uint8Array> {
  const problem = await inputFileProblem(path, maxBytes);
  if (problem !== undefined) throw new InputError([problem]);
  return new Uint8Array(await readFile(path));
}
