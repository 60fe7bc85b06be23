import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analysis/analyze.js";
import { communityLeaders } from "../../src/analysis/community-leaders.js";
import { createTerritory } from "../../src/index.js";

/**
 * Two cliques joined by one link: in each, the member on the bridge has the
 * highest betweenness. Ids `__proto__` and `constructor` are ordinary actors.
 */
function twoCliques() {
  const left = ["__proto__", "l1", "l2", "l3"];
  const right = ["constructor", "r1", "r2", "r3", "r4"];
  const clique = (ids: string[]) =>
    ids.flatMap((a, i) => ids.slice(i + 1).map((b) => ({ source: a, target: b })));
  return createTerritory({
    actors: [...left, ...right].map((id) => ({ id, label: `Actor ${id}`, world: "association" })),
    links: [...clique(left), ...clique(right), { source: "__proto__", target: "constructor" }],
  }).graph;
}

describe("communityLeaders(document)", () => {
  const document = analyze(twoCliques());

  it("names each community by its members of highest betweenness, the bridge first", () => {
    const leaders = communityLeaders(document);
    expect(leaders.map((c) => c.size)).toEqual([5, 4]);
    expect(leaders[0]!.leaders[0]).toBe("constructor");
    expect(leaders[1]!.leaders[0]).toBe("__proto__");
    expect(leaders.map((c) => c.leaders.length)).toEqual([2, 2]);
    expect(leaders.map((c) => c.others)).toEqual([3, 2]);
  });

  it("breaks ties by label, so that names are stable", () => {
    const [right] = communityLeaders(document);
    // r1…r4 are alike; r1 comes first by label.
    expect(right!.leaders[1]).toBe("r1");
  });

  it("names as many members as asked, never more than the community has", () => {
    const leaders = communityLeaders(document, { named: 10 });
    expect(leaders.map((c) => c.leaders.length)).toEqual([5, 4]);
    expect(leaders.every((c) => c.others === 0)).toBe(true);
  });

  it("is empty when communities were not computed", () => {
    const none = { ...document, actors: document.actors.map((a) => ({ ...a, community: null })) };
    expect(communityLeaders(none)).toEqual([]);
  });
});
