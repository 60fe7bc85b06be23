import { describe, expect, it } from "vitest";
import { createCompactIndex, createTerritory, type LinkInput, onlyLinks } from "../../src/index.js";

function index(ids: string[], links: [string, string][], directed = false) {
  const { graph } = createTerritory({
    actors: ids.map((id) => ({ id, world: "w" })),
    links: links.map(([source, target]): LinkInput => ({ source, target })),
    meta: { directed },
  });
  return createCompactIndex(graph);
}

describe("onlyLinks(index) lists cut vertices that are another actor's only partner", () => {
  it("names a hub's pendant partners, most dependents first", () => {
    // a–b–c triangle; d and e hang on a; f hangs on c.
    const links: [string, string][] = [
      ["a", "b"],
      ["b", "c"],
      ["c", "a"],
      ["a", "d"],
      ["a", "e"],
      ["c", "f"],
    ];
    expect(onlyLinks(index(["a", "b", "c", "d", "e", "f"], links))).toEqual([
      { actor: "a", dependents: ["d", "e"] },
      { actor: "c", dependents: ["f"] },
    ]);
  });
  it("leaves out a cut vertex whose departure isolates no one (a bridge between two triangles)", () => {
    const links: [string, string][] = [
      ["a", "b"],
      ["b", "c"],
      ["c", "a"],
      ["c", "d"],
      ["d", "e"],
      ["e", "f"],
      ["f", "d"],
    ];
    expect(onlyLinks(index(["a", "b", "c", "d", "e", "f"], links))).toEqual([]);
  });
  it("leaves out two actors allied only with each other (neither is a cut vertex), and isolates", () => {
    expect(onlyLinks(index(["a", "b", "z"], [["a", "b"]]))).toEqual([]);
  });
  it("counts partners both ways in a directed territory, and works with ids __proto__ and constructor", () => {
    const ids = ["__proto__", "constructor", "x"];
    const links: [string, string][] = [
      ["constructor", "__proto__"],
      ["__proto__", "x"],
    ];
    expect(onlyLinks(index(ids, links, true))).toEqual([
      { actor: "__proto__", dependents: ["constructor", "x"] },
    ]);
  });
});
