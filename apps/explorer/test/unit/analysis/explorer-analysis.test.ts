import { analyze, createTerritory } from "@catalyse/core";
import { describe, expect, it } from "vitest";
import { explorerAnalysis } from "../../../src/analysis/explorer-analysis.js";
import { oddDataset } from "../helpers.js";

describe("explorerAnalysis", () => {
  const { meta, actors, links } = oddDataset();
  const document = analyze(createTerritory({ meta, actors, links }).graph);
  const analysis = explorerAnalysis(document);

  it("shows core's mixing matrix as is, with each world's E-I index in the matrix's order", () => {
    const matrix = document.graph.worlds.mixing!;
    expect(analysis.mixing.counts).toBe(matrix.counts);
    expect(analysis.mixing.worlds).toEqual(matrix.worlds);
    expect(analysis.mixing.eiIndex).toBe(document.graph.worlds.eiIndex);
    for (const [i, world] of matrix.worlds.entries()) {
      const row = document.graph.worlds.byWorld.find((r) => r.world === world);
      expect(analysis.mixing.eiByWorld[i]).toBe(row?.eiIndex ?? null);
    }
  });

  it("reads the dependence curve from core's targeted removals, step 0 first", () => {
    const targeted = document.graph.dependence?.targeted ?? [];
    expect(analysis.dependence).toHaveLength(targeted.length);
    expect(analysis.dependence[0]?.removed).toBe(0);
    expect(analysis.dependence.map((p) => p.connectedPairs)).toEqual(targeted.map((s) => s.pairsConnected));
  });

  it("gives an empty matrix when core has none (no links)", () => {
    const empty = analyze(createTerritory({ meta, actors, links: [] }).graph);
    expect(explorerAnalysis(empty).mixing.worlds).toEqual([]);
    expect(explorerAnalysis(empty).mixing.eiIndex).toBeNull();
  });
});
