import type { ActorFigures } from "@catalyse/core";
import { describe, expect, it } from "vitest";
import { communityWorldTable } from "../../../src/analysis/community-table.js";

describe("communityWorldTable", () => {
  const actor = (id: string, world: string, community: number | null, betweenness: number): ActorFigures => ({
    id,
    label: id.toUpperCase(),
    world,
    community,
    degree: 1,
    strength: 1,
    betweenness,
    betweennessWeighted: null,
    closeness: null,
    harmonic: null,
    pagerank: null,
    eigenvector: null,
    core: null,
    clustering: null,
    constraint: null,
    effectiveSize: null,
    brokerage: null,
  });

  it("counts worlds per community, largest first, with its Blau index and most central actors", () => {
    const rows = communityWorldTable(
      [
        actor("a", "x", 1, 0.1),
        actor("b", "y", 0, 0.5),
        actor("c", "y", 0, 0.2),
        actor("d", "x", 0, 0),
        actor("e", "x", null, 0),
      ],
      ["x", "y"],
    );
    expect(rows.map((r) => [r.community, r.size, r.byWorld])).toEqual([
      [0, 3, [1, 2]],
      [1, 1, [1, 0]],
    ]);
    expect(rows[0]!.blau).toBeCloseTo(1 - (1 / 9 + 4 / 9), 12);
    expect(rows[0]!.top).toEqual(["B", "C", "D"]);
  });
});
