/**
 * The explorer's responsiveness table (benchmarks/explorer/README.md and
 * benchmarks/README.md), rendered from results.json by a pure function so that
 * test/readme-tables.test.ts can check the READMEs against it.
 */
import type { ResponsivenessReport } from "../../apps/explorer/test/e2e/responsiveness.js";

/** Markers of the table in both READMEs. */
export const EXPLORER_MARKERS = {
  begin: "<!-- explorer-table:start -->",
  end: "<!-- explorer-table:end -->",
};

export interface Results {
  machine: {
    cpu: string;
    cores: number;
    memoryGb: number;
    node: string;
    chromium: string;
    date: string;
    load: string;
  };
  runs: (ResponsivenessReport & { allLinks: boolean; gpuProcess: boolean; linksDrawn: number | null })[];
}

/** One row per configuration: the median over runs of each figure, and the range when runs differ. */
export function renderTable(results: Results): string {
  const m = results.machine;
  const groups = new Map<string, Results["runs"]>();
  for (const run of results.runs) {
    const key = `${run.dataset}|${run.allLinks}|${run.gpuProcess}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  const cell = (runs: Results["runs"], pick: (run: Results["runs"][number]) => number, unit: string) => {
    const values = runs.map(pick).sort((a, b) => a - b);
    const middle = values.length / 2;
    const median =
      values.length % 2 === 1
        ? values[Math.floor(middle)]!
        : Math.round((values[middle - 1]! + values[middle]!) / 2);
    const show = (v: number) => (unit === "s" ? `${(v / 1000).toFixed(1)}` : String(v));
    const suffix = unit ? ` ${unit}` : "";
    return show(values[0]!) !== show(values.at(-1)!)
      ? `${show(median)}${suffix} (${show(values[0]!)}–${show(values.at(-1)!)})`
      : `${show(median)}${suffix}`;
  };
  const rows = [...groups.values()].map((runs) => {
    const first = runs[0]!;
    const drawn = first.linksDrawn ?? first.links;
    return [
      `${first.actors.toLocaleString("en")} actors / ${first.links.toLocaleString("en")} links`,
      `${drawn.toLocaleString("en")}${first.allLinks ? " (all)" : ""}`,
      first.gpuProcess ? "GPU process" : "none (`--disable-gpu`)",
      cell(runs, (r) => r.graphShownMs, "s"),
      cell(runs, (r) => r.analysisMs, "s"),
      cell(runs, (r) => r.searchAnsweredMs, "s"),
      cell(runs, (r) => r.clickAnsweredMs, "s"),
      cell(runs, (r) => r.panFps, "fps"),
      cell(runs, (r) => r.heartbeatGaps.medianMs, "ms"),
      cell(runs, (r) => r.heartbeatGaps.worstMs, "s"),
      cell(runs, (r) => r.heartbeatGaps.over200Ms, ""),
    ];
  });
  return [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, no GPU (WebGL by SwiftShader), ${m.chromium} headless, 1280×800; ${m.date} UTC; load average ${m.load}; ${Math.max(...[...groups.values()].map((g) => g.length))} runs per row (median, range).`,
    "",
    "| territory | links drawn | compositing | graph shown | metrics (worker) | search answered | click answered | pan | heartbeat gap, median | worst gap | gaps > 200 ms |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}
