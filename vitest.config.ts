import { defineConfig } from "vitest/config";

// One test run for the whole repo. The `source` condition makes workspace
// packages resolve to their TypeScript sources, so tests never need a build.
export default defineConfig({
  resolve: { conditions: ["source"] },
  ssr: { resolve: { conditions: ["source"] } },
  test: {
    include: [
      "packages/*/test/**/*.test.ts",
      "apps/*/test/unit/**/*.test.ts",
      "benchmarks/test/**/*.test.ts",
      "scripts/test/**/*.test.ts",
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
