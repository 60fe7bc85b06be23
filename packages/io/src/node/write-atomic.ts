/**
 * Node only: writing a file so that it is either whole or untouched. The data
 * goes to a temporary file beside the target, which is then renamed over it
 * (a rename within a folder is atomic on POSIX file systems); a failure
 * removes the temporary file and leaves any previous file as it was.
 */
import { randomBytes } from "node:crypto";
import { renameSync, rmSync } from "node:fs";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** A temporary name beside `target`, hidden and unique. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

/** Writes `data` to `target` through a temporary file and a rename. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryPathFor(target);
  try {
    await writeFile(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Runs `write(temporaryPath)`, then renames the result to `target` (synchronous writers). */
export function writeThroughTemporary(target: string, write: (temporary: string) => void): void {
  const temporary = temporaryPathFor(target);
  try {
    write(temporary);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
