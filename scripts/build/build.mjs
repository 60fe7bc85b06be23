#!/usr/bin/env node
/**
 * `pnpm build`: compiles every publishable workspace package to `dist/` with
 * one incremental `tsc --build` over their `tsconfig.build.json` projects
 * (project references order them; an unchanged package is skipped from its
 * .tsbuildinfo). One TypeScript process rather than one per package: on two
 * shared cores the per-process start-up is most of a warm build.
 * `--force` rebuilds from scratch.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { publishablePackages, ROOT } from "../workspace/packages.mjs";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const projects = publishablePackages().map((pkg) => relative(ROOT, join(pkg.dir, "tsconfig.build.json")));
const extra = process.argv.slice(2).filter((arg) => arg === "--force" || arg === "--verbose");
const result = spawnSync(process.execPath, [tsc, "--build", ...projects, ...extra], {
  cwd: ROOT,
  stdio: "inherit",
});
process.exitCode = result.status ?? 1;
