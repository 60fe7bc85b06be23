import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, filterDataset, isLinkActive } from "../../../src/state/filters.js";
import { oddDataset } from "../helpers.js";

describe("filterDataset", () => {
  it("keeps everything with the default filters, odd ids included", () => {
    const rows = filterDataset(oddDataset(), DEFAULT_FILTERS);
    expect(rows.actors.map((a) => a.id)).toEqual(["__proto__", "constructor", "toString", "01", "x"]);
    expect(rows.links).toHaveLength(4);
    expect(rows.actorPositions).toEqual([0, 1, 2, 3, 4]);
  });

  it("hides a world's actors and every link touching them", () => {
    const rows = filterDataset(oddDataset(), { ...DEFAULT_FILTERS, hiddenWorlds: ["collectivité"] });
    expect(rows.actors.map((a) => a.id)).not.toContain("constructor");
    expect(rows.links.every((l) => l.source !== "constructor" && l.target !== "constructor")).toBe(true);
    expect(rows.actorPositions).toEqual([0, 2, 3, 4]);
  });

  it("hides links lighter than the minimum weight but keeps their actors", () => {
    const rows = filterDataset(oddDataset(), { ...DEFAULT_FILTERS, minWeight: 2 });
    expect(rows.links.map((l) => l.weight)).toEqual([2, 3]);
    expect(rows.actors).toHaveLength(5);
  });

  it("hides a link only when all of its types are hidden", () => {
    const rows = filterDataset(oddDataset(), { ...DEFAULT_FILTERS, hiddenLinkTypes: ["convention"] });
    expect(rows.links.map((l) => l.type)).toEqual(["formation", null, "convention|formation"]);
    const none = filterDataset(oddDataset(), { ...DEFAULT_FILTERS, hiddenLinkTypes: ["(none)"] });
    expect(none.links.map((l) => l.type)).not.toContain(null);
  });

  it("in a period, shows links active then and hides actors left without any", () => {
    const rows = filterDataset(oddDataset(), { ...DEFAULT_FILTERS, years: [2018, 2020] });
    // 2010– (open) active, 2015–2017 ended, 2019– active, undated active.
    expect(rows.links.map((l) => `${l.source}-${l.target}`)).toEqual([
      "__proto__-constructor",
      "toString-01",
      "__proto__-01",
    ]);
    expect(rows.actors.map((a) => a.id)).toEqual(["__proto__", "constructor", "toString", "01"]);
  });

  it("replays growth: an early period shows fewer links than a later one", () => {
    const early = filterDataset(oddDataset(), { ...DEFAULT_FILTERS, years: [2008, 2012] });
    const late = filterDataset(oddDataset(), { ...DEFAULT_FILTERS, years: [2008, 2024] });
    expect(early.links.length).toBeLessThan(late.links.length);
  });
});

describe("isLinkActive", () => {
  it("treats an undated link as always active and an open end as still running", () => {
    expect(isLinkActive({ source: "a", target: "b" }, [1990, 1991])).toBe(true);
    expect(isLinkActive({ source: "a", target: "b", start: "2012-05-03" }, [2011, 2011])).toBe(false);
    expect(isLinkActive({ source: "a", target: "b", start: "2012-05-03" }, [2030, 2031])).toBe(true);
    expect(isLinkActive({ source: "a", target: "b", start: "2012", end: "2014" }, [2015, 2016])).toBe(false);
  });
});
