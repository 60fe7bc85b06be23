import { describe, expect, it } from "vitest";
import {
  brokerage,
  constraint,
  createCompactIndex,
  createTerritory,
  effectiveSize,
  neighbourWorlds,
} from "../../src/index.js";
import { FIXTURES, fixtureTerritory, loadFixture } from "../fixtures/middle/load.js";
import { expectClose } from "../helpers/expect-close.js";

describe("Gould–Fernandez brokerage on a graph enumerable by hand", () => {
  // b (world A) sits between a1 (A), a2 (A), c (C), e (E); a1–a2 are linked.
  // Open two-paths through b: {a1,c} rep, {a1,e} rep, {a2,c} rep, {a2,e} rep, {c,e} liaison;
  // {a1,a2} is closed. Through x (B), between a1 (A) and a2... x links a1 and c:
  // {a1,c} open (a1–c not linked): liaison (A, B, C).
  // y (C) links c and c2 (C): coordinator. z (B) links a2 and a1? a1–a2 linked: closed.
  // w (B) links c2 and c3 (both C, not linked): consultant.
  const { graph } = createTerritory({
    actors: [
      { id: "b", world: "A" },
      { id: "a1", world: "A" },
      { id: "a2", world: "A" },
      { id: "c", world: "C" },
      { id: "e", world: "E" },
      { id: "x", world: "B" },
      { id: "y", world: "C" },
      { id: "c2", world: "C" },
      { id: "w", world: "B" },
      { id: "c3", world: "C" },
    ],
    links: [
      { source: "b", target: "a1" },
      { source: "b", target: "a2" },
      { source: "b", target: "c" },
      { source: "b", target: "e" },
      { source: "a1", target: "a2" },
      { source: "x", target: "a1" },
      { source: "x", target: "c" },
      { source: "y", target: "c" },
      { source: "y", target: "c2" },
      { source: "w", target: "c2" },
      { source: "w", target: "c3" },
    ],
  });
  const roles = brokerage(graph);

  it("counts each open pair once per broker, by the three worlds", () => {
    expect(roles.get("b")).toEqual({
      coordinator: 0,
      consultant: 0,
      representative: 4,
      gatekeeper: 0,
      liaison: 1,
      total: 5,
    });
    expect(roles.get("x")).toMatchObject({ liaison: 1, total: 1 });
    expect(roles.get("y")).toMatchObject({ coordinator: 1, total: 1 });
    expect(roles.get("w")).toMatchObject({ consultant: 1, total: 1 });
  });

  it("a broker whose partners are all linked brokers nothing", () => {
    // c: partners b, x, y; b–x not linked → open.
    expect(roles.get("a2")).toMatchObject({ total: 0 });
    expect(roles.get("e")).toMatchObject({ total: 0 });
  });

  it("separates gatekeepers from representatives when directed", () => {
    const directed = createTerritory({
      meta: { directed: true },
      actors: [
        { id: "out", world: "A" },
        { id: "g", world: "B" },
        { id: "in", world: "B" },
        { id: "r", world: "A" },
      ],
      links: [
        { source: "out", target: "g" },
        { source: "g", target: "in" },
        { source: "r", target: "g" },
        { source: "in", target: "r" },
      ],
    }).graph;
    const got = brokerage(directed);
    // out → g → in: A→B→B gatekeeper; r → g → in: A→B→B gatekeeper.
    expect(got.get("g")).toMatchObject({ gatekeeper: 2, representative: 0, total: 2 });
    // g → in → r: B→B→A representative.
    expect(got.get("in")).toMatchObject({ representative: 1, total: 1 });
  });
});

describe("brokerage, constraint, effective size and neighbour worlds against the fixtures", () => {
  for (const name of FIXTURES) {
    it(`brokerage roles match the brute-force enumeration on ${name}`, () => {
      const fixture = loadFixture(name);
      const { index } = fixtureTerritory(fixture);
      const got = brokerage(index);
      expect([...got.keys()].sort()).toEqual(Object.keys(fixture.expected.brokerage).sort());
      for (const [id, want] of Object.entries(fixture.expected.brokerage)) {
        const { total: _total, ...roles } = got.get(id)!;
        // The definition has no gatekeeper without directions; Catalyse counts 0 there.
        expect(roles, id).toEqual(fixture.directed ? want : { gatekeeper: 0, ...want });
      }
    });

    it(`constraint and effectiveSize equal nx.constraint and nx.effective_size on ${name}`, () => {
      const fixture = loadFixture(name);
      const { index } = fixtureTerritory(fixture);
      expectClose(constraint(index), fixture.expected.constraint, undefined, `${name} constraint`);
      expectClose(effectiveSize(index), fixture.expected.effectiveSize, undefined, `${name} effectiveSize`);
    });

    it(`neighbour world diversity matches on ${name}`, () => {
      const fixture = loadFixture(name);
      const { index } = fixtureTerritory(fixture);
      const got = neighbourWorlds(index);
      for (const [id, want] of Object.entries(fixture.expected.neighbourWorlds)) {
        expect(got.get(id)!.worlds, id).toBe(want.worlds);
        if (want.blau === null) expect(got.get(id)!.blau).toBeNull();
        else expect(got.get(id)!.blau).toBeCloseTo(want.blau, 12);
      }
    });
  }

  it("a star's leaves are fully constrained and its centre not at all redundant", () => {
    const { index } = fixtureTerritory(loadFixture("star"));
    const c = constraint(index);
    expect(c.get("s1")).toBe(1);
    expect(c.get("s0")).toBeCloseTo(1 / 6, 12);
    expect(effectiveSize(index).get("s0")).toBe(6);
  });

  it("isolates get null constraint, null effective size and no neighbour worlds", () => {
    const { graph } = createTerritory({
      actors: [{ id: "__proto__" }, { id: "constructor" }, { id: "alone" }],
      links: [{ source: "__proto__", target: "constructor" }],
    });
    const index = createCompactIndex(graph);
    expect(constraint(index).get("alone")).toBeNull();
    expect(effectiveSize(index).get("alone")).toBeNull();
    expect(neighbourWorlds(index).get("alone")).toEqual({ worlds: 0, blau: null });
    expect(constraint(index).get("__proto__")).toBe(1);
    expect(brokerage(index).get("constructor")).toMatchObject({ total: 0 });
  });
});
