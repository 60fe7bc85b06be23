import { describe, expect, it } from "vitest";
import { neverAllyingWorlds } from "../../src/index.js";

describe("neverAllyingWorlds(mixing): the zero cells off the diagonal", () => {
  it("names each pair of worlds with no link either way, once", () => {
    const mixing = {
      worlds: ["a", "b", "c"],
      counts: [
        [3, 2, 0],
        [2, 0, 0],
        [0, 0, 1],
      ],
      weights: [],
    };
    expect(neverAllyingWorlds(mixing)).toEqual([
      ["a", "c"],
      ["b", "c"],
    ]);
  });
  it("a directed link one way is an alliance", () => {
    const mixing = {
      worlds: ["a", "b"],
      counts: [
        [0, 1],
        [0, 0],
      ],
      weights: [],
    };
    expect(neverAllyingWorlds(mixing)).toEqual([]);
  });
  it("is empty without a matrix (no links, one world)", () => {
    expect(neverAllyingWorlds(null)).toEqual([]);
  });
});
