/**
 * Timing: contenders interleaved repetition by repetition, the machine, the
 * load. On a shared machine a burst of load then hits every contender alike,
 * and the load average recorded around each row says whether its times are an
 * idle machine's.
 */
import { cpus, loadavg, totalmem } from "node:os";
import type { Machine } from "./results.js";

/** One timed call: wall-clock ms (already scaled), the scale, and a quality figure. */
export interface Sample {
  ms: number;
  scale: number;
  quality: number | null;
}

/** A contender as the interleaving loop sees it: one timed call per invocation, null when absent. */
export type Timed = () => Promise<Sample | null>;

export interface MeasurePolicy {
  /** Timed repetitions when every contender's first call is under `longMs`. Default 5. */
  repetitions: number;
  /** Timed repetitions when some contender's first call takes `longMs` or more. Default 3. */
  longRepetitions: number;
  /** Default 10,000 ms. */
  longMs: number;
  /**
   * A contender whose first call takes this long or more is timed in that
   * round only (one sample, shown as such): repeating a minute-long call
   * would double the run for a ratio that is already far from 1. Default 30,000 ms.
   */
  onceMs: number;
  /** Smoke mode: one repetition, no warm-up. */
  smoke: boolean;
}

export const MEASURE_DEFAULTS: MeasurePolicy = {
  repetitions: 5,
  longRepetitions: 3,
  longMs: 10_000,
  onceMs: 30_000,
  smoke: false,
};

export interface Measured {
  /** Per contender: its samples, or null when it has no such call. */
  samples: (Sample[] | null)[];
  repetitions: number;
  warmup: boolean;
}

/**
 * Runs every contender once per repetition, the order rotating so that none is
 * always first. The first round probes: if every contender took under
 * `longMs`, it was a warm-up (discarded) and `repetitions` rounds follow;
 * otherwise it counts as the first of `longRepetitions` rounds (warming up a
 * multi-second call changes nothing measurable and would cost a whole round),
 * and a contender that took `onceMs` or more sits out the later rounds.
 */
export async function interleave(contenders: readonly Timed[], policy: MeasurePolicy): Promise<Measured> {
  const k = contenders.length;
  const samples: (Sample[] | null)[] = contenders.map(() => []);
  const resting = new Array<boolean>(k).fill(false);
  const round = async (r: number) => {
    const result: (Sample | null | undefined)[] = new Array(k).fill(null);
    for (let j = 0; j < k; j++) {
      const c = (r + j) % k;
      result[c] = resting[c] ? undefined : await contenders[c]!();
    }
    return result;
  };
  const first = await round(0);
  const slowest = Math.max(0, ...first.map((s) => s?.ms ?? 0));
  const long = policy.smoke || slowest >= policy.longMs;
  const repetitions = policy.smoke ? 1 : long ? policy.longRepetitions : policy.repetitions;
  const keep = (rounds: (Sample | null | undefined)[]) =>
    rounds.forEach((s, c) => {
      if (s === null) samples[c] = null;
      else if (s !== undefined) samples[c]?.push(s);
    });
  if (long) {
    keep(first);
    first.forEach((s, c) => {
      resting[c] = !policy.smoke && s !== null && s !== undefined && s.ms >= policy.onceMs;
    });
  }
  // Round numbers continue from the probe's, so the rotation does too.
  for (let r = long ? 1 : 0; r < repetitions; r++) keep(await round(long ? r : r + 1));
  return { samples, repetitions, warmup: !long };
}

/** Times one call (awaiting it when it returns a promise, e.g. a worker pool's answer). */
export async function timeCall(
  fn: () => unknown,
  quality?: (result: unknown) => number | null,
): Promise<Sample> {
  const start = performance.now();
  let result = fn();
  if (result instanceof Promise) result = await result;
  const ms = performance.now() - start;
  return { ms, scale: 1, quality: quality ? quality(result) : null };
}

export function currentLoad(): number {
  return loadavg()[0]!;
}

export function machineInfo(): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? "unknown CPU",
    cores: cpu.length,
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/** One line describing the machine (used by the memory benchmark). */
export function machine(): string {
  const m = machineInfo();
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB.toFixed(1)} GiB RAM, Node ${m.node}, ${m.platform}`;
}

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "–";
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(3)} ms`;
}
