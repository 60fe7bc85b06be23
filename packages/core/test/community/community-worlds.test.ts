import { describe, expect, it } from "vitest";
import { communitiesAgainstWorlds } from "../../src/community/community-worlds.js";
import { indexFromLinks } from "./reference-graphs.js";

const WORLDS = ["association", "entreprise", "collectivité", "État"];

// Community A: actors 0..3, one of each of three worlds plus a second association.
// Community B: actors 4..6, all entreprises. "État" is declared but has no actor.
const index = indexFromLinks(
  7,
  [
    [0, 1, 5],
    [0, 2, 1],
    [0, 3, 1],
    [1, 2, 1],
    [4, 5, 1],
    [5, 6, 1],
    [4, 6, 2],
    [3, 4, 1],
  ],
  { worldOf: [0, 1, 2, 0, 1, 1, 1], worldNames: WORLDS },
);
const partition = [0, 0, 0, 0, 1, 1, 1];

describe("communitiesAgainstWorlds(graph, partition, options)", () => {
  const result = communitiesAgainstWorlds(index, partition);

  it("tabulates communities against the worlds present, ignoring declared worlds without actors", () => {
    expect(result.worlds).toEqual(["association", "entreprise", "collectivité"]);
    expect(result.table).toEqual([
      [2, 1, 1],
      [0, 3, 0],
    ]);
  });

  it("profiles each community: size, worlds, Shannon entropy (nats) and Blau index", () => {
    const [mixed, silo] = result.communities;
    expect(mixed!.size).toBe(4);
    expect([...mixed!.worlds]).toEqual([
      ["association", 2],
      ["entreprise", 1],
      ["collectivité", 1],
    ]);
    expect(mixed!.entropy).toBeCloseTo(-(0.5 * Math.log(0.5) + 2 * 0.25 * Math.log(0.25)), 12);
    expect(mixed!.blau).toBeCloseTo(1 - (0.25 + 0.0625 + 0.0625), 12);
    expect(silo!.entropy).toBe(0);
    expect(silo!.blau).toBe(0);
  });

  it("flags as co-construction a community holding every world present", () => {
    expect(result.communities.map((c) => c.coConstruction)).toEqual([true, false]);
    expect(result.coConstructionClusters).toBe(1);
  });

  it("lists the most central actors by strength by default (ties in actor order), ids __proto__ and constructor included", () => {
    expect(result.communities[0]!.centralActors).toEqual(["__proto__", "constructor", "a2"]);
    expect(result.communities[1]!.centralActors).toEqual(["a4", "a6", "a5"]);
  });

  it("ranks by degree or by any per-position values when asked", () => {
    const byDegree = communitiesAgainstWorlds(index, partition, { ranking: "degree", top: 1 });
    expect(byDegree.communities[0]!.centralActors).toEqual(["__proto__"]);
    const custom = communitiesAgainstWorlds(index, partition, { ranking: [0, 0, 0, 9, 0, 0, 1], top: 2 });
    expect(custom.communities[0]!.centralActors).toEqual(["a3", "__proto__"]);
    expect(custom.communities[1]!.centralActors).toEqual(["a6", "a4"]);
  });

  it("measures agreement between communities and worlds: 1 when communities are the worlds", () => {
    const silos = communitiesAgainstWorlds(index, [0, 1, 2, 0, 1, 1, 1]);
    expect(silos.nmi).toBe(1);
    expect(silos.adjustedRand).toBe(1);
    expect(result.nmi!).toBeGreaterThan(0);
    expect(result.nmi!).toBeLessThan(1);
  });

  it("flags no co-construction in a single-world territory", () => {
    const oneWorld = indexFromLinks(2, [[0, 1, 1]]);
    expect(communitiesAgainstWorlds(oneWorld, [0, 0]).communities[0]!.coConstruction).toBe(false);
  });
});
