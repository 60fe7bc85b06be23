import { describe, expect, it } from "vitest";
import { analyze, betweenness, CENTRALITY_FIELDS, createTerritory, pagerank } from "../../src/index.js";
import { expectClose } from "../helpers/expect-close.js";
import { type FixtureGraph, fixtureTerritory, readFixture } from "../helpers/fixture-territory.js";

interface CentralityFixture extends FixtureGraph {
  expected: {
    actors: Record<string, Record<string, number>>;
    graph: { averageClustering: number | null; transitivity: number };
  };
}

const ACTOR_FIELDS = [
  "betweenness",
  "betweennessWeighted",
  "closeness",
  "harmonic",
  "pagerank",
  "eigenvector",
  "core",
  "clustering",
] as const;

function column(document: ReturnType<typeof analyze>, field: (typeof ACTOR_FIELDS)[number]) {
  return new Map(document.actors.map((actor) => [actor.id, actor[field]]));
}

describe("analyze fills the centrality section", () => {
  it.each(["proto-ids", "disconnected", "directed-sparse"])("with NetworkX's values on %s", (name) => {
    const fixture = readFixture<CentralityFixture>(
      new URL(`../fixtures/centrality/${name}.json`, import.meta.url),
    );
    const document = analyze(fixtureTerritory(fixture));
    for (const field of ACTOR_FIELDS) expectClose(column(document, field), fixture.expected.actors[field]!);
    expectClose(
      new Map([
        ["averageClustering", document.graph.averageClustering],
        ["transitivity", document.graph.transitivity],
      ]),
      fixture.expected.graph,
    );
  });

  it("computes only the fields asked for and leaves the others null", () => {
    const fixture = readFixture<CentralityFixture>(
      new URL("../fixtures/centrality/star.json", import.meta.url),
    );
    const graph = fixtureTerritory(fixture);
    const document = analyze(graph, { centrality: { fields: ["pagerank", "transitivity"] } });
    expectClose(column(document, "pagerank"), pagerank(graph));
    for (const field of ACTOR_FIELDS.filter((f) => f !== "pagerank"))
      for (const actor of document.actors) expect(actor[field], field).toBeNull();
    expect(document.graph.transitivity).toBe(0);
    expect(document.graph.averageClustering).toBeNull();
  });

  it("reports progress field by field", () => {
    const fixture = readFixture<CentralityFixture>(
      new URL("../fixtures/centrality/path.json", import.meta.url),
    );
    const steps: string[] = [];
    analyze(fixtureTerritory(fixture), {
      centrality: { fields: ["core", "betweenness"], onProgress: (_done, _total, step) => steps.push(step) },
    });
    // Computed in document order, whatever the order asked.
    expect(steps).toEqual(["betweenness", "core", "done"]);
  });

  it("gives null-free figures for an empty territory and a single actor", () => {
    const empty = analyze(createTerritory({ actors: [], links: [] }).graph);
    expect(empty.actors).toEqual([]);
    expect(empty.graph.averageClustering).toBeNull();
    expect(empty.graph.transitivity).toBe(0);
    const solo = analyze(createTerritory({ actors: [{ id: "solo", world: "État" }], links: [] }).graph);
    expect(solo.actors[0]).toMatchObject({
      betweenness: 0,
      betweennessWeighted: 0,
      closeness: 0,
      harmonic: 0,
      pagerank: 1,
      eigenvector: 1,
      core: 0,
      clustering: 0,
    });
    expect(solo.graph.averageClustering).toBe(0);
  });

  it("lists every field of the document's centrality section", () => {
    expect(CENTRALITY_FIELDS).toHaveLength(10);
    const graph = createTerritory({
      actors: [{ id: "a" }, { id: "b" }, { id: "c" }],
      links: [
        { source: "a", target: "b" },
        { source: "b", target: "c" },
      ],
    }).graph;
    const document = analyze(graph);
    expectClose(column(document, "betweenness"), betweenness(graph));
    expect(document.actors.map((a) => a.betweenness)).toEqual([0, 1, 0]);
  });
});
