#!/usr/bin/env node
/**
 * `pnpm catalyse …`: runs the built command (packages/cli/dist/bin.js) with
 * plain Node, no TypeScript transpiling at start-up. `pnpm install` builds it
 * (the root `prepare` script); when a package's sources are newer than its
 * last build (a developer edited them, or pulled), this rebuilds first, with
 * a notice on stderr, so the command never runs stale JavaScript.
 * The check is a walk of mtimes over the sources: a few milliseconds.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { publishablePackages, ROOT } from "../workspace/packages.mjs";

/** Newest modification time under `dir`, or 0 when it does not exist. */
function newestMtime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

/** Last build time of a package (its tsc build info), or 0 when never built. */
function builtAt(dir) {
  try {
    return statSync(join(dir, "dist", ".tsbuildinfo")).mtimeMs;
  } catch {
    return 0;
  }
}

const stale = publishablePackages().filter((pkg) => newestMtime(join(pkg.dir, "src")) > builtAt(pkg.dir));
if (stale.length > 0) {
  process.stderr.write(
    `catalyse: building ${stale.map((pkg) => pkg.name).join(", ")} (sources newer than dist)…\n`,
  );
  const build = spawnSync(process.execPath, [join(ROOT, "scripts/build/build.mjs")], {
    stdio: ["ignore", 2, 2],
  });
  if (build.status !== 0) {
    process.stderr.write("catalyse: the build failed (see above); fix it or run `pnpm build`.\n");
    process.exit(build.status ?? 1);
  }
}
await import(pathToFileURL(join(ROOT, "packages/cli/dist/bin.js")).href);
