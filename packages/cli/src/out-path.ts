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
import type { CommandContext } from "./context.js";
import { UsageError } from "./context.js";

export type OutKind = "file" | "folder";

/**
 * Checks `out` and creates the folders it needs.
 * @returns the absolute path to write.
 * @throws {UsageError} when `out` would overwrite an input or an existing file without `--force`,
 *   or when its folder cannot be created.
 */
export async function prepareOut(out: string, kind: OutKind, context: CommandContext): Promise<string> {
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
      throw new UsageError(real === inputPath ? "cli.error.out-is-input" : "cli.error.out-inside-input", {
        out,
        input,
      });
  }
  const exists = existsSync(target);
  if (exists && context.force !== true) {
    const info = statSync(target);
    if (kind === "file" && info.isDirectory()) throw new UsageError("cli.error.out-is-folder", { out });
    if (kind === "file" || readdirSync(target).length > 0)
      throw new UsageError("cli.error.out-exists", { out, kind });
  }
  const folder = kind === "file" ? dirname(target) : target;
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new UsageError("cli.error.out-folder", { out, folder, reason: reason(error, context) });
  }
  return target;
}

/** Why a file-system operation failed, in words, in the command's language. */
export function reason(error: unknown, context: Pick<CommandContext, "t">): string {
  const code = (error as { code?: unknown } | null)?.code;
  return context.t.t("cli.error.out-reason", {
    code: typeof code === "string" ? code : "other",
    message: error instanceof Error ? error.message : String(error),
  });
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
