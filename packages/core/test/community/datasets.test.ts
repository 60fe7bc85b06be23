/**
 * The bundled territories (datasets/: the founding article's ecosystem, the
 * classic networks, the ten pilots) against NetworkX, through the fixture
 * `scripts/reference/communities.py` writes from their CSV files.
 */

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { leiden } from "../../src/community/leiden.js";
import { modularity } from "../../src/community/modularity.js";
import { expectClose, indexFromLinks } from "./reference-graphs.js";

interface DatasetReference {
  name: string;
  order: number;
  links: [number, number, number][];
  louvainBest: number;
  labels: number[];
  modularity: number;
}

const fixture = JSON.parse(
  readFileSync(fileURLToPath(new URL("../fixtures/community/datasets.json", import.meta.url)), "utf8"),
) as { networkx: string; datasets: DatasetReference[] };

describe("leiden on the bundled territories, against NetworkX 2.8", () => {
  it("covers the article's ecosystem, the classic networks and the ten pilots", () => {
    expect(fixture.datasets.length).toBeGreaterThanOrEqual(14);
  });

  for (const dataset of fixture.datasets) {
    it(`${dataset.name}: modularity ≥ best − 3% of 10 nx Louvain runs, and equal to nx's for the partitions compared`, () => {
      const index = indexFromLinks(dataset.order, dataset.links);
      expectClose(modularity(index, dataset.labels), dataset.modularity, `${dataset.name} nx partition`);
      for (const seed of [17, 1, 2]) {
        const result = leiden(index, { seed });
        expect(result.modularity!).toBeGreaterThanOrEqual(
          dataset.louvainBest - 0.03 * Math.abs(dataset.louvainBest),
        );
        expect(Math.abs(result.modularity! - modularity(index, result.communityOf)!)).toBeLessThan(1e-9);
      }
    });
  }
});
