/**
 * The scale table (benchmarks/scale/README.md and the "Scale" section of
 * benchmarks/README.md), rendered from results.json by a pure function so that
 * test/readme-tables.test.ts can check the READMEs against it.
 */

export interface ScaleMachine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  loadAverageAtStart: string;
  date: string;
}

/** Markers of the table in both READMEs. */
export const SCALE_MARKERS = { begin: "<!-- scale-table:start -->", end: "<!-- scale-table:end -->" };

export const STEPS = [
  "load-stream",
  "load-graph",
  "index",
  "betweenness-1",
  "betweenness-2",
  "approx-1",
  "approx-2",
  "approx-closeness",
  "closeness-1",
  "closeness-2",
  "pagerank",
  "eigenvector",
  "core",
  "clustering",
  "leiden",
  "null-1",
  "null-2",
  "analyze",
  "graphology-betweenness",
  "graphology-closeness",
  "graphology-pagerank",
] as const;

export const LABELS: Record<string, string> = {
  "load-stream": "load, streamed into the index (`@catalyse/bulk`)",
  "load-graph": "load, ordinary reader (graphology graph)",
  index: "compact index from the graph",
  "betweenness-1": "exact betweenness, 1 thread",
  "betweenness-2": "exact betweenness, 2 threads",
  "approx-1": "approx. betweenness ε = 0.01, δ = 0.1, 1 thread",
  "approx-2": "approx. betweenness ε = 0.01, δ = 0.1, 2 threads",
  "approx-closeness": "approx. closeness and harmonic (Eppstein–Wang, ε = 0.05, δ = 0.1), 1 thread",
  "closeness-1": "closeness, 1 thread",
  "closeness-2": "closeness, 2 threads",
  pagerank: "PageRank",
  eigenvector: "eigenvector",
  core: "core number",
  clustering: "clustering",
  leiden: "Leiden communities",
  "null-1": "null models, 20 rewirings + 20 permutations (exact paths), 1 thread",
  "null-2": "null models, 20 rewirings + 20 permutations (exact paths), 2 threads",
  analyze: "whole `catalyse analyze` (auto method, default threads)",
  "graphology-betweenness": "graphology-metrics betweenness",
  "graphology-closeness": "graphology-metrics closeness",
  "graphology-pagerank": "graphology-metrics PageRank",
};

/** Steps whose time grows as n·m (one search per actor): estimated before being run. */
export const QUADRATIC = new Set([
  "betweenness-1",
  "betweenness-2",
  "closeness-1",
  "closeness-2",
  "null-1",
  "null-2",
  "graphology-betweenness",
  "graphology-closeness",
]);

export interface StepResult {
  step: string;
  links: number;
  actors: number;
  status: "done" | "timeout" | "skipped" | "failed";
  seconds: number | null;
  peakRssMb: number | null;
  detail?: unknown;
  note?: string;
}

export function formatTable(all: readonly StepResult[], info: ScaleMachine): string {
  const graphs = [...new Set(all.map((r) => `${r.links}/${r.actors}`))]
    .map((key) => key.split("/").map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const header = `| step | ${graphs.map(([l, n]) => `${l.toExponential(0).replace("e+", "e")} links, ${n} actors`).join(" | ")} |`;
  const rule = `|---|${graphs.map(() => "---").join("|")}|`;
  const rows = STEPS.filter((s) => all.some((r) => r.step === s)).map((step) => {
    const cells = graphs.map(([links, actors]) => {
      const r = all.find((x) => x.step === step && x.links === links && x.actors === actors);
      if (r === undefined) return "—";
      if (r.status === "done")
        return `${r.seconds!.toFixed(r.seconds! < 10 ? 2 : 1)} s · ${Math.round(r.peakRssMb!)} MB`;
      return r.note ?? r.status;
    });
    return `| ${LABELS[step] ?? step} | ${cells.join(" | ")} |`;
  });
  return [
    `Machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGb} GB, Node ${info.node}; ${info.date} UTC; load average ${info.loadAverageAtStart} (shared machine).`,
    "",
    header,
    rule,
    ...rows,
  ].join("\n");
}
