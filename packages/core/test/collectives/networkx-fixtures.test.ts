import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  betweenness,
  betweennessWeighted,
  type CollectiveInput,
  closeness,
  coMembershipWeights,
  createCompactIndex,
  createTerritory,
  type MembershipInput,
  PROJECTIONS,
  projectCollectives,
  strength,
  type TwoModeFigures,
  twoModeCentrality,
} from "../../src/index.js";
import { expectClose } from "../helpers/expect-close.js";
import { type FixtureGraph, readFixture } from "../helpers/fixture-territory.js";

type Figures = Record<string, { degree: number | null; betweenness: number | null; closeness: number }>;

interface CollectivesFixture extends FixtureGraph {
  collectives: CollectiveInput[];
  memberships: MembershipInput[];
  expected: {
    twoMode: { actors: Figures; collectives: Figures };
    projected: { newman: [string, string, number][]; count: [string, string, number][] };
    union: Record<
      string,
      Record<"betweenness" | "betweennessWeighted" | "closeness" | "strength", Record<string, number>>
    >;
  };
}

const DIR = new URL("../fixtures/collectives/", import.meta.url);
const NAMES = readdirSync(DIR)
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.slice(0, -".json".length))
  .sort();

const territory = (fixture: CollectivesFixture) =>
  createTerritory({
    meta: { name: fixture.name },
    actors: fixture.actors,
    links: fixture.links,
    collectives: fixture.collectives,
    memberships: fixture.memberships,
  }).graph;

const pick = (figures: Figures, field: "degree" | "betweenness" | "closeness") =>
  new Map(Object.entries(figures).map(([id, f]) => [id, f[field]]));

it("covers the fixtures the generator writes", () => {
  expect(NAMES).toEqual(["committee", "gatekeeper", "odd-ids", "random-11", "random-7"]);
});

describe.each(NAMES)("collectives fixture %s (NetworkX 2.8)", (name) => {
  const fixture = readFixture<CollectivesFixture>(new URL(`${name}.json`, DIR));
  const graph = territory(fixture);

  it.each(["degree", "betweenness", "closeness"] as const)(
    "two-mode %s equals nx.bipartite.*_centrality",
    (field) => {
      const result = twoModeCentrality(graph);
      const got = (figures: Map<string, TwoModeFigures>) =>
        new Map([...figures].map(([id, f]) => [id, f[field]]));
      expectClose(got(result.actors), pick(fixture.expected.twoMode.actors, field), {}, `actors ${field}`);
      expectClose(
        got(result.collectives),
        pick(fixture.expected.twoMode.collectives, field),
        {},
        `collectives ${field}`,
      );
    },
  );

  it.each(["newman", "count"] as const)("projected %s weights equal NetworkX's projection", (projection) => {
    const got = coMembershipWeights(graph, { projection });
    const expected = fixture.expected.projected[projection];
    expect(got.map(([a, b]) => [a, b])).toEqual(expected.map(([a, b]) => [a, b]));
    expectClose(
      new Map(got.map(([a, b, w]) => [JSON.stringify([a, b]), w])),
      new Map(expected.map(([a, b, w]) => [JSON.stringify([a, b]), w])),
    );
  });

  it.each(PROJECTIONS)("actor figures on the union graph (%s) equal NetworkX", (projection) => {
    const index = createCompactIndex(projectCollectives(graph, { projection }));
    const expected = fixture.expected.union[projection]!;
    expectClose(betweenness(index), expected.betweenness, {}, "betweenness");
    expectClose(betweennessWeighted(index), expected.betweennessWeighted, {}, "betweennessWeighted");
    expectClose(closeness(index), expected.closeness, {}, "closeness");
    expectClose(strength(index), expected.strength, {}, "strength");
  });
});
