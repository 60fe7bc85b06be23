/**
 * `--out` for every command, one convention:
 * - it never names an input, nor lies inside an input folder (writing there
 *   would replace or mix with the territory being read);
 * - an existing file (or a non-empty folder, for exports that write one) is
 *   not replaced unless `--force` is given;
 * - missing folders are created, and when that is impossible the reason is said
 *   (read-only file system, no permission, a file in the way);
 * - files are written to a temporary file and renamed (see writeFileAtomic),
 *   so that a failure leaves no half-written file.
 */
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { CliContext } from "./context.js";
import { UsageError } from "./context.js";

export type OutKind = "file" | "folder";

/**
 * Checks `out` and creates the folders it needs.
 * @returns the absolute path to write.
 * @throws {UsageError} when `out` would overwrite an input or an existing file without `--force`,
 *   or when its folder cannot be created.
 */
export async function prepareOut(out: string, kind: OutKind, context: CliContext): Promise<string> {
  const target = resolve(context.cwd, out);
  const real = realTarget(target);
  for (const input of context.inputs ?? []) {
    const inputPath = realOrResolved(resolve(context.cwd, input));
    const inside = relative(inputPath, real);
    const isFolder = existsSync(inputPath) && statSync(inputPath).isDirectory();
    if (
      real === inputPath ||
      (isFolder && inside !== "" && !inside.startsWith("..") && !inside.startsWith(sep))
    )
      throw new UsageError(
        real === inputPath
          ? `--out ${out} is the input ${input}; writing would destroy it. Choose another path`
          : `--out ${out} is inside the input folder ${input}; writing there would change the territory being read. Choose a path outside it`,
      );
  }
  const exists = existsSync(target);
  if (exists && context.force !== true) {
    const info = statSync(target);
    if (kind === "file" && info.isDirectory())
      throw new UsageError(`--out ${out} is a folder; expected a file path`);
    if (kind === "file" || readdirSync(target).length > 0)
      throw new UsageError(
        `--out ${out} already exists; add --force to replace ${kind === "file" ? "it" : "the files it holds"}, or choose another path`,
      );
  }
  const folder = kind === "file" ? dirname(target) : target;
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new UsageError(`--out ${out}: cannot create the folder ${folder}: ${reason(error)}`);
  }
  return target;
}

/** Why a file-system operation failed, in words. */
export function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "EROFS":
      return "the file system is read-only";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
    case "EEXIST":
      return "a file stands where a folder is needed";
    case "ENOSPC":
      return "no space left on the device";
    case "EISDIR":
      return "it is a folder";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The real path `target` would have: its deepest existing ancestor resolved, then the rest. */
function realTarget(target: string): string {
  let existing = target;
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  return join(realOrResolved(existing), ...rest);
}
