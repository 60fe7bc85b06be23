import { describe, expect, it } from "vitest";
import { DEFAULT_WORLD_COLORS, DEFAULT_WORLDS, OKABE_ITO, worldColors } from "../../src/index.js";

describe("worldColors", () => {
  it("gives every default world its fixed Okabe–Ito colour, whatever the order", () => {
    const colors = worldColors([...DEFAULT_WORLDS].reverse());
    for (const world of DEFAULT_WORLDS) expect(colors.get(world)).toBe(DEFAULT_WORLD_COLORS.get(world));
    expect(new Set(colors.values()).size).toBe(DEFAULT_WORLDS.length);
    for (const color of colors.values()) expect(OKABE_ITO).toContain(color);
  });

  it("gives other worlds the spare colours in order, then grey", () => {
    const others = Array.from({ length: 10 }, (_, i) => `monde-${i}`);
    const colors = worldColors(["État", ...others]);
    expect(colors.get("État")).toBe("#0072B2");
    expect(colors.get("monde-0")).toBe("#F0E442");
    expect(colors.get("monde-1")).toBe("#000000");
    expect(new Set(others.slice(0, 8).map((world) => colors.get(world))).size).toBe(8);
    expect(colors.get("monde-8")).toBe("#999999");
    expect(colors.get("monde-9")).toBe("#999999");
  });

  it("keeps worlds named like Object.prototype members", () => {
    const colors = worldColors(["__proto__", "constructor"]);
    expect([...colors.keys()]).toEqual(["__proto__", "constructor"]);
  });
});
