/**
 * Core's errors in both languages: every TerritoryIssue and QapError code has
 * a message in each catalogue, every variant core raises renders in English
 * exactly as its `message` (so the two texts cannot drift), and in French as
 * something else.
 */
import {
  createCompactIndex,
  createDyads,
  createTerritory,
  QAP_ERROR_CODES,
  QapError,
  qapRegression,
  qapTerritory,
  TERRITORY_ISSUE_CODES,
  type TerritoryError,
  type TerritoryInput,
  type TerritoryIssue,
} from "@catalyse/core";
import { describe, expect, it } from "vitest";
import { coreErrorText, createTranslator, qapErrorText, territoryIssueText } from "../src/index.js";

const en = createTranslator("en");
const fr = createTranslator("fr");

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

/** Rows with every error variant createTerritory reports, in one pass. */
const BAD: TerritoryInput = {
  actors: [{ id: "" }, { id: "a" }, { id: "a" }, { id: "b", lat: 100 }, { id: "c", lon: -200.5 }],
  links: [
    { source: "", target: "a" },
    { source: "a", target: "zz" },
    { source: "a", target: "b", weight: -1 },
    { source: "a", target: "b", start: "nope" },
    { source: "a", target: "b", start: "2015", end: "2012" },
  ],
  collectives: [
    { id: "" },
    { id: "k" },
    { id: "k" },
    { id: "a" },
    { id: "m", start: "someday" },
    { id: "n", start: "2015", end: "2012" },
  ],
  memberships: [
    { collective: "", actor: "a" },
    { collective: "zz", actor: "a" },
    { collective: "k", actor: "" },
    { collective: "k", actor: "zz" },
    { collective: "k", actor: "a" },
    { collective: "k", actor: "a" },
    { collective: "k", actor: "b", start: "2015" },
    { collective: "k", actor: "b", start: "2015" },
  ],
};

function issuesOf(input: TerritoryInput): readonly TerritoryIssue[] {
  return (thrown(() => createTerritory(input)) as TerritoryError).issues;
}

/** Every issue core raises on the inputs above, warnings (one and several) and graph mappings included. */
function everyIssue(): TerritoryIssue[] {
  const warnings = (n: number) =>
    createTerritory({
      actors: [{ id: "a" }, ...Array.from({ length: n }, (_, i) => ({ id: `w${i}`, world: "" }))],
      links: Array.from({ length: n }, (_, i) => [
        { source: `w${i}`, target: `w${i}` },
        { source: "a", target: `w${i}` },
        { source: `w${i}`, target: "a" },
      ]).flat(),
    }).warnings;
  // A plain graphology graph (readings does not depend on graphology: an empty copy of a territory's).
  const mapped = createTerritory({ actors: [], links: [] }).graph.emptyCopy() as unknown as Parameters<
    typeof createCompactIndex
  >[0];
  mapped.addNode("n1", { ref: "x" });
  mapped.addNode("n2", { ref: "x" });
  mapped.addNode("n3", { ref: "x" });
  mapped.addEdge("n1", "n2", { strength: "strong" });
  const mapping = (map: Parameters<typeof createCompactIndex>[1]) =>
    (thrown(() => createCompactIndex(mapped, map)) as TerritoryError).issues;
  return [
    ...issuesOf(BAD),
    ...warnings(1),
    ...warnings(2),
    ...mapping({ weight: "strength" }),
    ...mapping({ id: "ref" }),
  ];
}

/** A QapError of every code, from the calls that raise them. */
function everyQapError(): QapError[] {
  const { graph } = createTerritory({
    actors: [
      { id: "a", world: "association", attributes: { budget: 3, commune: "Rennes" } },
      { id: "b", world: "entreprise", attributes: { budget: null, commune: "Brest" } },
      { id: "c", world: "association", attributes: { budget: 1, commune: "Rennes" } },
    ],
    links: [{ source: "a", target: "b" }],
  });
  const { graph: plain } = createTerritory({ actors: [{ id: "a" }, { id: "b" }, { id: "c" }], links: [] });
  const dyads = createDyads(4, false);
  const p = (name: string, value: (k: number) => number) => ({
    name,
    values: Float64Array.from({ length: dyads.count }, (_, k) => value(k)),
  });
  const ties = Float64Array.from({ length: dyads.count }, (_, k) => k % 2);
  const calls: (() => unknown)[] = [
    () => qapTerritory(graph, { maxActors: 2 }),
    () => qapTerritory(graph, { method: "logistic", ties: "weight" }),
    () => qapTerritory(graph, { predictors: ["co-membership"] }),
    () => qapTerritory(graph, { predictors: ["budget"] }),
    () => qapTerritory(graph, { predictors: ["size"] }),
    () => qapTerritory(plain, { predictors: ["size"] }),
    () => qapRegression(dyads, ties.slice(1), [p("x", (k) => k)]),
    () => qapRegression(dyads, ties, [{ name: "x", values: new Float64Array(2) }]),
    () => qapRegression(dyads, ties, [p("x", (k) => k), p("x", (k) => k * k)]),
    () => qapTerritory(graph, { predictors: ["same-world", "same-commune"] }),
    () =>
      qapRegression(
        dyads,
        ties.map((y) => y * 2),
        [p("x", (k) => k)],
        { method: "logistic" },
      ),
    () => qapRegression(dyads, ties, [p("everyone", () => 2)]),
    () => qapRegression(dyads, ties, [p("x", (k) => k), p("twice", (k) => 2 * k)]),
  ];
  return calls.map((call) => thrown(call) as QapError);
}

describe("core errors in words", () => {
  it("every TerritoryIssue and QapError code has a message in French and in English", () => {
    for (const code of TERRITORY_ISSUE_CODES)
      for (const t of [en, fr]) expect(t.has(`errors.territory.${code}`), code).toBe(true);
    for (const code of QAP_ERROR_CODES)
      for (const t of [en, fr]) expect(t.has(`errors.qap.${code}`), code).toBe(true);
  });

  it("renders every territory issue core raises in English as its message, and in French otherwise", () => {
    const issues = everyIssue();
    expect(new Set(issues.map((issue) => issue.code))).toEqual(new Set(TERRITORY_ISSUE_CODES));
    // Each variant of a code: empty ids of four tables, both kinds of invalid date, mappings…
    expect(issues.length).toBeGreaterThanOrEqual(26);
    for (const issue of issues) {
      expect(territoryIssueText(issue, en)).toBe(issue.message);
      expect(territoryIssueText(issue, fr), issue.message).not.toBe(issue.message);
    }
    expect(
      territoryIssueText(issues.find((i) => i.code === "invalid-coordinate" && i.field === "lon")!, fr),
    ).toBe("lon -200.5 hors limites ; attendu : un nombre entre -180 et 180");
  });

  it("renders a TerritoryError as its message in English, line by line in French", () => {
    const error = thrown(() => createTerritory(BAD)) as TerritoryError;
    expect(error.code).toBe("territory");
    expect(coreErrorText(error, en)).toBe(error.message);
    const lines = coreErrorText(error, fr)!.split("\n");
    expect(lines[0]).toBe(`Territoire : ${error.params.count} problèmes dans les données :`);
    expect(lines).toContain(
      "  - identifiant d’acteur « a » en double ; les identifiants doivent être uniques",
    );
    expect(lines).toContain("  - « a » figure deux fois dans le collectif « k » ; gardez une seule ligne");
    expect(lines).toContain(
      "  - « b » figure deux fois dans le collectif « k » à partir de 2015 ; gardez une seule ligne",
    );
  });

  it("renders every QapError in English as its message, and in French otherwise", () => {
    const errors = everyQapError();
    expect(new Set(errors.map((error) => error.code))).toEqual(new Set(QAP_ERROR_CODES));
    for (const error of errors) {
      expect(error).toBeInstanceOf(QapError);
      expect(qapErrorText(error, en)).toBe(error.message);
      expect(coreErrorText(error, en)).toBe(error.message);
      expect(qapErrorText(error, fr), error.message).toMatch(/^QAP : /);
    }
    expect(qapErrorText(errors[0]!, fr)).toBe(
      "QAP : 3 acteurs, c’est plus que 2 ; la régression a une ligne par paire d’acteurs. Lancez-la sur une partie du territoire, ou relevez maxActors",
    );
  });

  it("says nothing of other errors", () => {
    expect(coreErrorText(new Error("x"), fr)).toBeNull();
  });
});
