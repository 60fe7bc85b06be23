/**
 * What one benchmark run records (results/<suite>.json) and the README table
 * rendered from it. Rendering is a pure function of the results file, so a
 * test can re-render every README table and compare: a table edited by hand,
 * or left from an older run, fails it.
 */
import { formatMs } from "./measure.js";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
}

export interface ContenderResult {
  /** Milliseconds of each timed repetition (already scaled when `scale` ≠ 1). */
  samples: number[];
  /** n / sources when only a sample of sources ran (an estimate, shown "≈"). */
  scale: number;
  quality: number | null;
}

export interface RowResult {
  metric: string;
  workload: string;
  actors: number;
  links: number;
  /** Timed repetitions (each contender once per repetition, in rotating order). */
  repetitions: number;
  /** Whether one untimed repetition ran first. */
  warmup: boolean;
  /** 1-minute load average just before and just after the row. */
  loadBefore: number;
  loadAfter: number;
  /** Load above the core count at either end: the row's times are not an idle machine's. */
  underLoad: boolean;
  /** By tool name; a tool absent from a row is not in it. */
  contenders: Record<string, ContenderResult>;
  /** The reference's cost per link visit (ns), for Brandes rows. */
  nsPerLinkVisit: number | null;
}

export interface SuiteResults {
  suite: string;
  description: string;
  tools: string[];
  quality: string | null;
  machine: Machine;
  started: string;
  finished: string;
  /**
   * Measured floor of one link visit on this machine (ns): one dependent read
   * per arc, as a search or a back-propagation does at least (lib/link-visit-floor.ts).
   */
  linkVisitFloorNs: number | null;
  rows: RowResult[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "1.23 s (1.20–1.31)": median and range, "≈" for estimates, "(1 run)" when the row had more. */
export function formatTiming(result: ContenderResult, repetitions: number): string {
  const approx = result.scale !== 1 ? "≈" : "";
  const mid = `${approx}${formatMs(median(result.samples))}`;
  if (result.samples.length < 2) return repetitions > 1 ? `${mid} (1 run)` : mid;
  const low = Math.min(...result.samples);
  const high = Math.max(...result.samples);
  return `${mid} (${formatMs(low)}–${formatMs(high)})`;
}

function ratio(other: ContenderResult | undefined, reference: ContenderResult | undefined): string {
  if (!other || !reference) return "–";
  return `${(median(other.samples) / median(reference.samples)).toFixed(2)}×`;
}

const load = (x: number) => x.toFixed(1);

function utc(iso: string): string {
  return `${iso.slice(0, 16).replace("T", " ")} UTC`;
}

/** The README block of a suite: machine, date, load, then the table. */
export function renderSuite(results: SuiteResults): string {
  const { machine: m, tools, rows } = results;
  const [reference, ...others] = tools;
  const flagged = rows.filter((r) => r.underLoad).length;
  const loads = rows.flatMap((r) => [r.loadBefore, r.loadAfter]);
  const lines = [
    `_${results.description}._`,
    "",
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB.toFixed(1)} GiB, Node ${m.node}, ${m.platform}; ` +
      `${utc(results.started)} – ${utc(results.finished)}; load average ${load(Math.min(...loads))}–${load(Math.max(...loads))}` +
      (flagged > 0
        ? `; **${flagged} row${flagged > 1 ? "s" : ""} measured under load above ${m.cores} (⚠): not an idle machine's times**.`
        : "."),
    "",
  ];
  const header = ["metric", "graph", "runs", reference!, ...others.flatMap((t) => [t, "ratio"])];
  const align = ["---", "---", "--:", "--:", ...others.flatMap(() => ["--:", "--:"])];
  if (results.quality) {
    header.push(...tools.map((t) => `${results.quality} ${t}`));
    align.push(...tools.map(() => "--:"));
  }
  header.push("load before → after");
  align.push("--:");
  lines.push(`| ${header.join(" | ")} |`, `|${align.join("|")}|`);
  for (const row of rows) {
    const ref = row.contenders[reference!];
    const cells = [
      row.metric,
      row.workload,
      `${row.repetitions}${row.warmup ? "" : " (no warm-up)"}`,
      ref ? formatTiming(ref, row.repetitions) : "–",
    ];
    for (const tool of others) {
      const other = row.contenders[tool];
      cells.push(other ? formatTiming(other, row.repetitions) : "–", ratio(other, ref));
    }
    if (results.quality)
      for (const tool of tools) {
        const q = row.contenders[tool]?.quality;
        cells.push(q === null || q === undefined ? "–" : q.toFixed(4));
      }
    cells.push(`${load(row.loadBefore)} → ${load(row.loadAfter)}${row.underLoad ? " ⚠" : ""}`);
    lines.push(`| ${cells.join(" | ")} |`);
  }
  const visits = rows.filter((r) => r.nsPerLinkVisit !== null);
  if (visits.length > 0 && results.linkVisitFloorNs !== null) {
    lines.push("");
    for (const r of visits)
      lines.push(
        `- ${r.metric}, ${r.workload}: **${r.nsPerLinkVisit!.toFixed(2)} ns per link visit** ` +
          `(n · (2m + 2m) = ${r.actors} · ${4 * r.links} visits: one search and one back-propagation over 2m arcs per source), ` +
          `against a measured floor of ${results.linkVisitFloorNs.toFixed(2)} ns (one dependent read per arc): ` +
          `${(r.nsPerLinkVisit! / results.linkVisitFloorNs).toFixed(1)}× the floor.`,
      );
  }
  return lines.join("\n");
}

/** README markers of a suite's table. */
export function markers(suite: string): { begin: string; end: string } {
  return { begin: `<!-- bench:${suite} -->`, end: `<!-- /bench:${suite} -->` };
}

/** What a README section holds before its first idle run. */
export function placeholder(suite: string): string {
  return `_No run on an idle machine recorded yet: \`pnpm bench ${suite} --readme\`._`;
}
