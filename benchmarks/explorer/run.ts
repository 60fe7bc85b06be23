/**
 * The explorer at scale (issue 9): builds apps/explorer, opens the seeded
 * 5,000- and 10,000-actor territories in Debian's Chromium and measures
 * what a user feels (apps/explorer/test/e2e/responsiveness.ts): graph shown,
 * worker time, search and click answered while the worker computes, pan
 * frame rate, long tasks and heartbeat gaps of the main thread.
 *
 *   node --import tsx benchmarks/explorer/run.ts [--runs 2] [--readme]
 *
 * Configurations: links drawn by default (the 10,000 strongest under
 * software WebGL) or all (`links=all`), and compositing in a GPU process (as
 * in a browser with a GPU) or without one (`--disable-gpu`: every frame read
 * back on the main thread). This machine has no GPU: WebGL is SwiftShader's.
 * Writes benchmarks/explorer/results.json; --readme rewrites the tables of
 * benchmarks/explorer/README.md and of the explorer section of benchmarks/README.md.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { launch } from "../../apps/explorer/test/e2e/browser.js";
import { installProbes, measureResponsiveness } from "../../apps/explorer/test/e2e/responsiveness.js";
import { serveStatic } from "../../apps/explorer/test/e2e/static-server.js";
import { writeReadmeSection } from "../lib/readme-section.js";
import { EXPLORER_MARKERS, type Results, renderTable } from "./table.js";

const here = dirname(fileURLToPath(import.meta.url));
const app = join(here, "..", "..", "apps", "explorer");

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "2" },
    readme: { type: "boolean", default: false },
    /** Measure nothing: print (and with --readme write) the tables of results.json. */
    report: { type: "boolean", default: false },
  },
});

interface Configuration {
  dataset: string;
  actors: number;
  allLinks: boolean;
  gpuProcess: boolean;
}

const CONFIGURATIONS: Configuration[] = [
  { dataset: "synthetic-5000", actors: 5000, allLinks: false, gpuProcess: true },
  { dataset: "synthetic-10000", actors: 10_000, allLinks: false, gpuProcess: true },
  { dataset: "synthetic-10000", actors: 10_000, allLinks: true, gpuProcess: true },
  { dataset: "synthetic-10000", actors: 10_000, allLinks: false, gpuProcess: false },
  { dataset: "synthetic-10000", actors: 10_000, allLinks: true, gpuProcess: false },
];

const resultsFile = join(here, "results.json");

if (!values.report) await measure();
const results = JSON.parse(readFileSync(resultsFile, "utf8")) as Results;
const table = renderTable(results);
console.log(table);
if (values.readme) writeReadme(table);

async function measure(): Promise<void> {
  execFileSync("pnpm", ["--dir", app, "build"], { stdio: ["ignore", "ignore", "inherit"] });
  const server = await serveStatic(join(app, "dist"));
  const runs: Results["runs"] = [];
  const load = [loadavg()[0]!.toFixed(1)];
  let chromium = "";
  try {
    for (let run = 0; run < Number(values.runs); run++) {
      for (const configuration of CONFIGURATIONS) {
        // The browser reads E2E_DISABLE_GPU when it starts: one browser per measurement.
        if (configuration.gpuProcess) delete process.env.E2E_DISABLE_GPU;
        else process.env.E2E_DISABLE_GPU = "1";
        const browser = await launch();
        try {
          const page = await browser.context.newPage();
          chromium ||= await page.evaluate(() => navigator.userAgent.replace(/.*(Chrome\/[\d.]+).*/, "$1"));
          await installProbes(page);
          const hash = `#d=${configuration.dataset}${configuration.allLinks ? "&links=all" : ""}`;
          const report = await measureResponsiveness(
            page,
            `${server.url}${hash}`,
            configuration.dataset,
            configuration.actors,
          );
          const linksDrawn = await page.evaluate(() => {
            const notice = document.querySelector<HTMLElement>(".link-notice[data-drawn]");
            return notice ? Number(notice.dataset.drawn) : null;
          });
          runs.push({
            ...report,
            allLinks: configuration.allLinks,
            gpuProcess: configuration.gpuProcess,
            linksDrawn,
          });
          process.stderr.write(
            `${configuration.dataset} ${configuration.allLinks ? "all links" : "default"} ${configuration.gpuProcess ? "gpu-process" : "no-gpu"}: shown ${report.graphShownMs} ms, click ${report.clickAnsweredMs} ms, worst gap ${report.heartbeatGaps.worstMs} ms\n`,
          );
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    await server.close();
  }
  load.push(loadavg()[0]!.toFixed(1));
  const results: Results = {
    machine: {
      cpu: cpus()[0]?.model.trim() ?? "unknown",
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium,
      date: new Date().toISOString().slice(0, 16),
      load: load.join(" → "),
    },
    runs,
  };
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
}

/** Rewrites the tables between the markers of benchmarks/explorer/README.md and benchmarks/README.md. */
function writeReadme(table: string): void {
  for (const file of [join(here, "README.md"), join(here, "..", "README.md")])
    writeReadmeSection(file, EXPLORER_MARKERS.begin, EXPLORER_MARKERS.end, table);
}
