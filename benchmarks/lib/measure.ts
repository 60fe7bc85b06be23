/** Timing helpers: medians of wall-clock runs, and the machine they ran on. */
import { cpus, totalmem } from "node:os";

export interface Timing {
  /** Median in milliseconds. */
  median: number;
  runs: number;
}

/**
 * Runs each function `runs` times (after one warm-up each when `warmup`),
 * alternating between them so that a burst of load on a shared machine hits
 * every contender alike, and returns each one's median time.
 */
export function measure(fns: readonly (() => unknown)[], runs: number, warmup = true): Timing[] {
  if (warmup) for (const fn of fns) fn();
  const times: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, f) => {
      const start = performance.now();
      fn();
      times[f]!.push(performance.now() - start);
    });
  }
  return times.map((list) => ({ median: median(list), runs }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function machine(): string {
  const cpu = cpus();
  const model = cpu[0]?.model.trim() ?? "unknown CPU";
  const gib = (totalmem() / 2 ** 30).toFixed(1);
  return `${model}, ${cpu.length} cores, ${gib} GiB RAM, Node ${process.version}, ${process.platform} ${process.arch}`;
}

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "–";
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(3)} ms`;
}
