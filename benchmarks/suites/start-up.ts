/**
 * Start-up suite (issue 19): the time to answer
 * `catalyse analyze datasets/seed-ecosystem`, the whole command in a fresh
 * Node process, as hyperfine times a command (a warm-up, then repetitions,
 * median and range). The built JavaScript (`pnpm build`, then
 * `packages/cli/dist/bin.js`, what an installed `catalyse` runs) against the
 * command as `pnpm catalyse` runs it (scripts/cli/catalyse.mjs: a walk of the
 * sources' mtimes, rebuilding only when they are newer than the build, then
 * the same built JavaScript), and the same command transpiled from TypeScript
 * at each run by tsx (what `pnpm catalyse` did before), interleaved.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineSuite, type Workload } from "../lib/suite.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BUILT = join(ROOT, "packages", "cli", "dist", "bin.js");
const SOURCE = join(ROOT, "packages", "cli", "src", "bin.ts");
const WRAPPER = join(ROOT, "scripts", "cli", "catalyse.mjs");
const DATASET = join("datasets", "seed-ecosystem");

interface Command extends Workload {
  dataset: string;
}

function run(args: readonly string[]): void {
  const result = spawnSync(process.execPath, [...args, "analyze", DATASET, "--format", "json"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`bench: catalyse analyze failed (${result.status}): ${result.stderr.slice(0, 500)}`);
}

export default defineSuite<Command>({
  name: "start-up",
  description:
    "`catalyse analyze datasets/seed-ecosystem --format json`, a fresh Node process per run; ratios: over the built command's time",
  tools: ["built JavaScript", "pnpm catalyse", "from source (tsx)"],
  workloads: ["seed-ecosystem"],
  // Smoke runs leave the built commands out when nothing is built (vitest alone).
  smokeWorkloads: ["seed-ecosystem-smoke"],
  load: (name) => {
    if (name === "seed-ecosystem" && !existsSync(BUILT))
      throw new Error(`bench: ${BUILT} is missing; run \`pnpm build\` first`);
    return { name, actors: 0, links: 0, dataset: DATASET };
  },
  cases: [
    {
      metric: "catalyse analyze",
      contenders: [
        { tool: "built JavaScript", run: () => run([BUILT]), skip: () => !existsSync(BUILT) },
        { tool: "pnpm catalyse", run: () => run([WRAPPER]), skip: () => !existsSync(BUILT) },
        { tool: "from source (tsx)", run: () => run(["--conditions=source", "--import", "tsx", SOURCE]) },
      ],
    },
  ],
});
