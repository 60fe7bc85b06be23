/**
 * The rules of issue 13, point 3, on comparisons and timelines: what stands
 * out never flags four territories in ten; synthetic references are called
 * synthetic; the timeline is grouped and ranked and reads no regime shift on
 * tiny early networks; a rising broker rose.
 */
import {
  type AnalysisDocument,
  buildTimeline,
  type CommunityChange,
  compareTerritories,
  createEmptyDocument,
  createTerritory,
  type LinkInput,
  type TimelineResult,
} from "@catalyse/core";
import { describe, expect, it } from "vitest";
import { comparisonReadings, timelineReadings } from "../src/index.js";

function documentWith(density: number): AnalysisDocument {
  const document = createEmptyDocument();
  document.graph.nodes = 20;
  document.graph.density = density;
  return document;
}

describe("comparison readings", () => {
  it("never calls four territories in ten unusually low (the issue's counter-example)", () => {
    const densities = [0.5, 0.52, 0.49, 0.51, 0.5, 0.53, 0.1, 0.12, 0.11, 0.09];
    const comparison = compareTerritories(
      densities.map((d, i) => ({ name: `T${i}`, document: documentWith(d) })),
    );
    const texts = comparisonReadings(comparison, { lang: "en" }).map((r) => r.text);
    expect(texts.join(" ")).not.toMatch(/unusually/);
    expect(texts).toContain("No figure stands far apart from the others.");
  });
  it("names the one territory in ten that stands apart, with the median", () => {
    const densities = [0.31, 0.3, 0.33, 0.29, 0.32, 0.3, 0.31, 0.34, 0.3, 0.02];
    const comparison = compareTerritories(
      densities.map((d, i) => ({ name: `T${i}`, document: documentWith(d) })),
    );
    const apart = comparisonReadings(comparison, { lang: "en" }).filter((r) => r.id === "comparison.apart");
    expect(apart.map((r) => r.text)).toEqual([
      "T9 has an unusually low value of “Density” (2%), against a median of 31% across the 10 territories.",
    ]);
    const fr = comparisonReadings(comparison, { lang: "fr" }).filter((r) => r.id === "comparison.apart");
    expect(fr[0]?.text).toBe(
      "T9 a une valeur inhabituellement basse de l’indicateur « Densité » (2\u00a0%), contre une médiane de 31\u00a0% sur les 10 territoires.",
    );
  });
  it("calls synthetic references synthetic wherever a territory is placed among them", () => {
    const inputs = [0.31, 0.3, 0.33, 0.29, 0.32, 0.3, 0.31, 0.34, 0.3].map((d, i) => ({
      name: `Pilot ${i}`,
      document: documentWith(d),
      synthetic: true,
    }));
    const comparison = compareTerritories([...inputs, { name: "Grenoble", document: documentWith(0.02) }]);
    const placed = comparisonReadings(comparison, { lang: "en", focus: "Grenoble" });
    expect(placed[0]!.text).toBe(
      "Grenoble is placed among 9 other territories, all of them synthetic (generated, not real data): a comparison with references, not with real territories.",
    );
    const fr = comparisonReadings(comparison, { lang: "fr", focus: "Grenoble" });
    expect(fr[0]!.text).toMatch(/^Grenoble est placé parmi 9 autres territoires, tous synthétiques/);
    const all = comparisonReadings(comparison, { lang: "en" });
    expect(all[0]!.text).toMatch(
      /^10 territories compared, 9 of them synthetic \(generated, not real data\): Pilot 0, /,
    );
  });
  it("marks a synthetic territory named in what stands out", () => {
    const inputs = [0.31, 0.3, 0.33, 0.29, 0.32, 0.3, 0.31, 0.34, 0.3, 0.02].map((d, i) => ({
      name: `P${i}`,
      document: documentWith(d),
      synthetic: i === 9,
    }));
    const apart = comparisonReadings(compareTerritories(inputs), { lang: "en" }).find(
      (r) => r.id === "comparison.apart",
    );
    expect(apart?.text).toMatch(/^P9 \(synthetic\) has an unusually low value/);
  });
});

/** A timeline with every kind of signal, many community changes among them. */
function busyTimeline(): TimelineResult {
  // Every third year a split of one community in two, else a merger of two in one.
  const change = (year: number): CommunityChange => {
    const big = { community: 0, size: year - 2000, examples: [`A${year}`] };
    const small = { community: 1, size: 2, examples: [`B${year}`] };
    return year % 3 === 0
      ? { year, kind: "split", from: [big], to: [big, small] }
      : { year, kind: "merge", from: [big, small], to: [big] };
  };
  const figures = createEmptyDocument().graph;
  return {
    step: 1,
    steps: [2001, 2040].map((year) => ({ year, worlds: [], figures })),
    signals: {
      communityChanges: Array.from({ length: 40 }, (_, i) => change(2001 + i)),
      worldChanges: [{ year: 2005, joined: ["État"], left: [] }],
      newBridges: [],
      collectiveChanges: null,
      risingBrokers: {
        fromYear: 2037,
        toYear: 2040,
        brokers: [
          {
            id: "m",
            label: "Maison",
            world: "association",
            before: 0.1,
            after: 0.4,
            rise: 0.3,
            shareBefore: 0.1,
            shareAfter: 0.3,
            rankBefore: 4,
            rankAfter: 1,
            rankJump: 3,
          },
        ],
      },
      regimeShifts: [
        {
          year: 2030,
          from: "shared",
          to: "centralised",
          centralizationBefore: 0.2,
          centralizationAfter: 0.6,
        },
      ],
    },
  };
}

describe("timeline readings", () => {
  it("rank the signals, most important first, and summarise repeated kinds in one reading", () => {
    const readings = timelineReadings(busyTimeline(), { lang: "en" });
    expect(readings.map((r) => r.id)).toEqual([
      "timeline.regime-shift",
      "timeline.rising-brokers",
      "timeline.no-new-bridge",
      "timeline.communities",
      "timeline.worlds-joined",
    ]);
    expect(readings[3]!.text).toBe(
      "26 mergers and 14 splits of communities between 2001 and 2040; the largest change: in 2039, 2 communities of 41 actors in all merged (with A2039 and B2039).",
    );
    expect(readings[1]!.text).toBe(
      "Rising brokers between 2037 and 2040 (rank and share of all brokerage both up): Maison (rank 4 → 1, share 10% → 30%).",
    );
  });
  it("in French too", () => {
    const readings = timelineReadings(busyTimeline(), { lang: "fr" });
    expect(readings[0]!.text).toBe(
      "En 2030, le réseau est passé de partagé à centralisé (centralisation de l’intermédiarité 0,2 → 0,6).",
    );
    expect(readings[3]!.text).toMatch(
      /^26 fusions et 14 scissions de communautés entre 2001 et 2040 ; le plus grand changement : en 2039, 2 communautés de 41 acteurs en tout ont fusionné/,
    );
  });
  it("read no regime shift on a tiny early network, and say why", () => {
    // 2008: a star of three actors (centralised). From 2012: a ring of twelve (shared).
    const ring = Array.from({ length: 12 }, (_, i) => `r${i}`);
    const links: LinkInput[] = [
      { source: "r0", target: "r1", start: "2008" },
      { source: "r0", target: "r2", start: "2008", end: "2011" },
      ...ring.slice(2).map((id, i) => ({ source: ring[i + 1]!, target: id, start: "2012" })),
      { source: "r11", target: "r0", start: "2012" },
    ];
    const { graph } = createTerritory({ actors: ring.map((id) => ({ id, world: "w" })), links });
    const timeline = buildTimeline(graph);
    expect(timeline.steps[0]!.figures.nodes).toBeLessThan(10);
    const readings = timelineReadings(timeline, { lang: "en" });
    expect(readings.some((r) => r.id === "timeline.regime-shift")).toBe(false);
    expect(readings[0]!.text).toBe(
      "The network did not cross between centralised and shared over the period (years with fewer than 10 actors are not read).",
    );
  });
});
