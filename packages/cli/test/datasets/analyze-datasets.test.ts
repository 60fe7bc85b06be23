/**
 * "Every dataset validates and analyses without warnings other than those
 * documented in its README": each bundled territory reads without a warning
 * and `analyze()` gives a document without NaN or infinities, whose only
 * undefined (null) world figures are the ones datasets/README.md documents.
 */
import { join } from "node:path";
import { type AnalysisDocument, analyze } from "@catalyse/core";
import { readTerritoryPath } from "@catalyse/io/node";
import { beforeAll, describe, expect, it } from "vitest";
import { datasetFolders, REPO_ROOT } from "./dataset-folders.js";

/** Single-world datasets: world-mixing figures are undefined, as their README section says. */
const SINGLE_WORLD = ["datasets/classic/florentine-families", "datasets/classic/les-miserables"];

/** The connected components each dataset's README documents (1 unless listed). */
const COMPONENTS: Record<string, number> = {
  "datasets/seed-ecosystem": 4,
  "datasets/formats/seed-ecosystem-excel-fr": 4,
};

const documents = new Map<string, AnalysisDocument>();
const warnings = new Map<string, number>();

beforeAll(async () => {
  for (const folder of datasetFolders()) {
    const read = await readTerritoryPath(join(REPO_ROOT, folder));
    warnings.set(folder, read.warnings.length);
    documents.set(folder, analyze(read.graph));
  }
}, 300_000);

/** Paths of every number in `value` that is not finite. */
function nonFinite(value: unknown, path = ""): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFinite(item, `${path}[${i}]`));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => nonFinite(item, `${path}.${key}`));
  return [];
}

describe("every bundled dataset, analysed", () => {
  it("reads without a warning", () => {
    expect(Object.fromEntries(warnings)).toEqual(Object.fromEntries([...warnings.keys()].map((f) => [f, 0])));
  });

  it("gives a document without NaN or infinite figures", () => {
    for (const [folder, document] of documents) expect(nonFinite(document), folder).toEqual([]);
  });

  it("has the connected components its README documents", () => {
    for (const [folder, document] of documents)
      expect(document.graph.components, folder).toBe(COMPONENTS[folder] ?? 1);
  });

  it("has centralization, effective brokers and a governance reading for every dataset", () => {
    for (const [folder, document] of documents) {
      expect(document.graph.centralization.betweenness, folder).not.toBeNull();
      expect(document.graph.effectiveBrokers, folder).not.toBeNull();
      expect(document.graph.governance?.form, folder).toBeDefined();
    }
  });

  it("leaves world-mixing figures undefined exactly for the single-world datasets", () => {
    for (const [folder, document] of documents) {
      const single = SINGLE_WORLD.includes(folder);
      expect(document.graph.worlds.eiIndex === null, folder).toBe(single);
      expect(document.graph.worlds.assortativity === null, folder).toBe(single);
    }
  });
});
