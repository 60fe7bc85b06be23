import { describe, expect, it } from "vitest";
import { modularity } from "../../src/community/modularity.js";
import { expectClose, FIXTURE_NAMES, fixtureIndex, indexFromLinks, loadFixture } from "./reference-graphs.js";

describe("modularity(graph, partition, options)", () => {
  for (const name of FIXTURE_NAMES) {
    it(`equals nx.community.modularity on every reference partition of ${name}, weighted and not, γ ∈ {0.5, 1, 2}`, () => {
      const fixture = loadFixture(name);
      const index = fixtureIndex(fixture);
      expect(fixture.partitions.length).toBeGreaterThan(10);
      for (const check of fixture.partitions) {
        const context = `${name} γ=${check.resolution}`;
        expectClose(
          modularity(index, check.labels, { resolution: check.resolution }),
          check.modularity,
          context,
        );
        expectClose(
          modularity(index, check.labels, { resolution: check.resolution, weighted: false }),
          check.unweighted,
          `${context} unweighted`,
        );
      }
    });
  }

  it("takes a partition keyed by actor id, ids __proto__ and constructor included", () => {
    const fixture = loadFixture("karate");
    const index = fixtureIndex(fixture);
    const check = fixture.partitions[0]!;
    const byId = new Map(index.ids.map((id, v) => [id, check.labels[v]!]));
    expect(byId.has("__proto__")).toBe(true);
    expectClose(modularity(index, byId), check.modularity, "karate by id");
  });

  it("is null for a territory without links, as NetworkX cannot divide by m = 0", () => {
    expect(modularity(indexFromLinks(3, []), [0, 1, 2])).toBeNull();
  });

  it("names the actor missing from a partition", () => {
    const index = indexFromLinks(2, [[0, 1, 1]]);
    expect(() => modularity(index, new Map([["__proto__", 0]]))).toThrow(
      /actor "constructor" has no community/,
    );
  });

  it("rejects a partition with the wrong number of labels", () => {
    expect(() => modularity(indexFromLinks(2, [[0, 1, 1]]), [0])).toThrow(/1 labels for 2 actors/);
  });

  it("reads a directed territory as undirected when asked (what community detection reports)", () => {
    const directed = indexFromLinks(
      4,
      [
        [0, 1, 2],
        [1, 0, 1],
        [2, 3, 1],
        [1, 2, 1],
      ],
      { directed: true },
    );
    const undirected = indexFromLinks(4, [
      [0, 1, 3],
      [2, 3, 1],
      [1, 2, 1],
    ]);
    const labels = [0, 0, 1, 1];
    expect(modularity(directed, labels, { directed: false })).toBeCloseTo(
      modularity(undirected, labels)!,
      12,
    );
    expect(modularity(directed, labels)).not.toBeCloseTo(modularity(undirected, labels)!, 6);
  });
});
