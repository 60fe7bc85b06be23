import { describe, expect, it } from "vitest";
import { BROKERAGE_ROLES, brokerageExpectation } from "../../src/index.js";
import { fixtureTerritory, loadFixture } from "../fixtures/middle/load.js";

describe("brokerageExpectation (sna::brokerage's Bernoulli expectations)", () => {
  it("gives the hand-computed expectations of two joined stars (d = 0.2, undirected units)", () => {
    // N = 10, 9 links = 18 arcs, d = 18/90 = 0.2, d²(1 − d) = 0.032; A's world has 5 actors.
    const { index } = fixtureTerritory(loadFixture("two-stars"));
    const result = brokerageExpectation(index);
    const a = index.positionOf.get("A")!;
    expect(result.coordinator.expected[a]).toBeCloseTo((0.032 * 4 * 3) / 2, 12);
    expect(result.consultant.expected[a]).toBeCloseTo((0.032 * 5 * 4) / 2, 12);
    expect(result.representative.expected[a]).toBeCloseTo(0.032 * 5 * 4, 12);
    expect(result.liaison.expected[a]).toBe(0);
    expect(result.gatekeeper.expected[a]).toBe(0);
    // A brokers its 4 leaves among themselves (6 pairs) and each leaf with B (4).
    expect(result.coordinator.observed[a]).toBe(6);
    expect(result.representative.observed[a]).toBe(4);
    const sd = result.coordinator.sd[a]!;
    expect(result.coordinator.z[a]).toBeCloseTo((6 - 0.192) / sd, 12);
    expect(result.liaison.z[a]).toBeNull();
  });

  it("splits, in directed units, the expected open two-paths d²(1 − d)(N − 1)(N − 2) over the five roles", () => {
    const { index } = fixtureTerritory(loadFixture("directed"));
    const result = brokerageExpectation(index);
    const n = index.order;
    const d = index.size / (n * (n - 1));
    const total = d * d * (1 - d) * (n - 1) * (n - 2);
    for (let v = 0; v < n; v++) {
      const sum = BROKERAGE_ROLES.reduce((s, role) => s + result[role].expected[v]!, 0);
      expect(sum).toBeCloseTo(total, 10);
      for (const role of BROKERAGE_ROLES) {
        const z = result[role].z[v];
        if (z !== null) expect(Number.isFinite(z)).toBe(true);
      }
    }
  });

  it("is defined (zero expectations, null z) on territories without links or actors", () => {
    const { index } = fixtureTerritory({ ...loadFixture("star"), links: [] });
    const result = brokerageExpectation(index);
    expect([...result.liaison.expected].every((x) => x === 0)).toBe(true);
    expect(result.coordinator.z.every((z) => z === null)).toBe(true);
  });
});
