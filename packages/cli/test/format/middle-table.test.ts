import { analyze, createTerritory } from "@catalyse/core";
import { describe, expect, it } from "vitest";
import { formatMiddleTable } from "../../src/format/middle-table.js";

/** Two stars whose centres, of two worlds, are allied: each centre is the only bridge. */
function twoStars() {
  const actors = [
    { id: "A", label: "Pôle ESS", world: "association" },
    { id: "B", label: "Banque", world: "entreprise" },
    ...[0, 1, 2, 3].map((i) => ({ id: `a${i}`, world: "association" })),
    ...[0, 1, 2, 3].map((i) => ({ id: `b${i}`, world: "entreprise" })),
  ];
  const links = [
    { source: "A", target: "B" },
    ...[0, 1, 2, 3].map((i) => ({ source: "A", target: `a${i}` })),
    ...[0, 1, 2, 3].map((i) => ({ source: "B", target: `b${i}` })),
  ];
  return createTerritory({ actors, links }).graph;
}

describe("the 'No one in the middle' table", () => {
  it("says in plain sentences who stands in the middle, how worlds mix and what the territory depends on", () => {
    const text = formatMiddleTable(analyze(twoStars()));
    expect(text).toMatch(/^No one in the middle\n/);
    expect(text).toContain(
      "of the shortest paths between other actors go through a single actor: Pôle ESS (association).",
    );
    expect(text).toContain("Brokerage rests on the equivalent of 2 actors out of 10");
    expect(text).toContain("11% of alliances cross worlds");
    expect(text).toMatch(
      /2 actors are the only bridge between two worlds:\n {2}Pôle ESS \(association\): association–entreprise/,
    );
    expect(text).toMatch(/Governance reading: /);
    expect(text).not.toContain("Against chance");
    expect(text).not.toMatch(/NaN|undefined/);
  });

  it("adds the comparison with chance when null models ran", () => {
    const text = formatMiddleTable(analyze(twoStars(), { middle: { nullModels: 5, seed: 3 } }));
    expect(text).toContain("Against chance (5 rewirings");
    expect(text).toContain("world assortativity");
  });

  it("says so when a territory is too small to tell", () => {
    const { graph } = createTerritory({ actors: [{ id: "__proto__" }, { id: "constructor" }], links: [] });
    expect(formatMiddleTable(analyze(graph))).toContain("Too few actors or alliances");
  });
});
