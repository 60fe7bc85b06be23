import { describe, expect, it } from "vitest";
import { interleave, MEASURE_DEFAULTS, type Sample } from "../lib/measure.js";

/** A contender that takes `ms` of pretend time and logs its name when called. */
function fake(name: string, ms: number, log: string[]) {
  return async (): Promise<Sample> => {
    log.push(name);
    return { ms, scale: 1, quality: null };
  };
}

describe("interleave(contenders, policy)", () => {
  it("rotates the order every round and discards a first round under 10 s as a warm-up", async () => {
    const log: string[] = [];
    const measured = await interleave([fake("a", 5, log), fake("b", 9_000, log)], MEASURE_DEFAULTS);
    expect(log).toEqual(["a", "b", "b", "a", "a", "b", "b", "a", "a", "b", "b", "a"]);
    expect(measured.warmup).toBe(true);
    expect(measured.repetitions).toBe(5);
    expect(measured.samples.map((s) => s?.length)).toEqual([5, 5]);
  });

  it("keeps the first round and times 3 in all when a contender takes 10 s or more", async () => {
    const log: string[] = [];
    const measured = await interleave([fake("a", 5, log), fake("b", 10_000, log)], MEASURE_DEFAULTS);
    expect(log).toEqual(["a", "b", "b", "a", "a", "b"]);
    expect(measured.warmup).toBe(false);
    expect(measured.samples.map((s) => s?.length)).toEqual([3, 3]);
  });

  it("times a contender whose first call took 30 s or more in that round only", async () => {
    const log: string[] = [];
    const measured = await interleave([fake("a", 12_000, log), fake("b", 30_000, log)], MEASURE_DEFAULTS);
    expect(log).toEqual(["a", "b", "a", "a"]);
    expect(measured.samples.map((s) => s?.length)).toEqual([3, 1]);
  });

  it("gives null for a contender without the call, one round in smoke mode", async () => {
    const log: string[] = [];
    const none = async () => null;
    const measured = await interleave([fake("a", 1, log), none], { ...MEASURE_DEFAULTS, smoke: true });
    expect(measured.samples).toEqual([[{ ms: 1, scale: 1, quality: null }], null]);
    expect(measured.repetitions).toBe(1);
  });
});
