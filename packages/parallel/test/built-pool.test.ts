import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

describe("worker pool from built JavaScript", () => {
  it("starts node-worker.js next to node.js and computes a path's betweenness and closeness", () => {
    // Build in this run what the fixture imports, as `pnpm build` does (dist/ is ignored by git),
    // so a stale dist from an earlier run cannot answer.
    execFileSync(process.execPath, ["scripts/build/build.mjs"], { cwd: root });
    // Plain node: no tsx loader, no `source` condition, so only dist/*.js can load.
    const output = execFileSync(
      process.execPath,
      [fileURLToPath(new URL("./fixtures/built-pool.mjs", import.meta.url))],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    const { betweenness, closeness } = JSON.parse(output) as { betweenness: number[]; closeness: number[] };
    // Path a–b–c–d–e: nx.betweenness_centrality → [0, 0.5, 0.6667, 0.5, 0]; closeness 4/Σd.
    expect(betweenness).toEqual([0, 3 / 6, 4 / 6, 3 / 6, 0]);
    expect(closeness).toEqual([4 / 10, 4 / 7, 4 / 6, 4 / 7, 4 / 10]);
  }, 240_000);
});
