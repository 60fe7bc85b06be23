/**
 * Issue 19's WebAssembly experiment in Chromium (Debian's, through
 * playwright-core): bundles browser-entry.ts with Vite, opens a blank page,
 * sends it the same .wasm bytes and the same graph's links, and prints the
 * same report as run.ts.
 *
 *   pnpm --dir benchmarks bench:wasm:browser [--graph ba-10k] [--rounds 61] [--sweeps 100]
 */
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launch } from "../../apps/explorer/test/e2e/browser.js";
import { standardGraph } from "../graphs/standard.js";
import { roundsArguments } from "./arguments.js";
import type { BrowserInput, runInPage } from "./browser-entry.js";
import { wasmBytes } from "./kernel.js";
import { reportLines } from "./rounds.js";

const here = dirname(fileURLToPath(import.meta.url));
const { graph, options } = roundsArguments();

// Vite is the explorer's build tool; the benchmarks borrow it rather than add a bundler.
const explorer = join(here, "../../apps/explorer");
const vitePath = createRequire(join(explorer, "package.json")).resolve("vite");
const { build } = (await import(pathToFileURL(vitePath).href)) as typeof import("vite");
const output = await build({
  configFile: false,
  logLevel: "error",
  root: join(here, ".."),
  resolve: { conditions: ["source", "browser", "module", "import", "default"] },
  build: {
    write: false,
    minify: false,
    lib: { entry: join(here, "browser-entry.ts"), formats: ["es"], fileName: "entry" },
  },
});
// write: false and no watch: the build's output chunks, the first being the entry
const outputs = (Array.isArray(output) ? output : [output]) as { output: { code?: string }[] }[];
const code = outputs[0]?.output[0]?.code;
if (code === undefined) throw new Error("wasm: Vite produced no code for browser-entry.ts");

const { index } = standardGraph(graph);
const input: BrowserInput = {
  bytes: Array.from(await wasmBytes()),
  order: index.order,
  linkSource: Array.from(index.linkSource),
  linkTarget: Array.from(index.linkTarget),
  options,
};
const browser = await launch();
try {
  const page = await browser.context.newPage();
  await page.goto("about:blank");
  await page.addScriptTag({
    type: "module",
    content: `${code.replace(/export \{[^}]*\};?\s*$/, "")}\nwindow.runInPage = runInPage;`,
  });
  await page.waitForFunction(() => "runInPage" in window);
  const version = browser.context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
  const loadBefore = loadavg()[0]!;
  const result = await page.evaluate(
    (arg) => (window as unknown as { runInPage: typeof runInPage }).runInPage(arg),
    input,
  );
  const loadAfter = loadavg()[0]!;
  console.log(
    `Chromium ${version}, ${graph}: ${index.order} actors, ${index.targets.length} arcs; ` +
      `CSR copied into WebAssembly memory in ${result.copyMs.toFixed(2)} ms (once)`,
  );
  console.log(
    `${input.options.rounds} rounds, ${input.options.sources} sources a pass, ${input.options.sweeps} sweeps a floor; ` +
      `load ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
  );
  for (const line of reportLines(new Map(result.ns))) console.log(line);
} finally {
  await browser.close();
}
