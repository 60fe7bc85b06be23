/**
 * End-to-end reference check of the analysis document (`catalyse analyze
 * --format json`) against NetworkX 2.8, field by field, on the bundled
 * territories: the seed ecosystem and its French Excel copy, the classic
 * networks and one pilot per governance form.
 *
 * The fixtures come from `scripts/reference/analysis-documents.py`, which reads
 * the same folders with Python's csv module (not with @catalyse/io), so this
 * checks reading, merging and every metric together. Tolerances are the
 * issues': 1e-6 relative + 1e-9 absolute; PageRank 1e-6 and eigenvector 1e-5
 * absolute; Catalyse's modularity at least best − 0.03·|best| of ten seeded
 * Louvain runs and equal to NetworkX's modularity of its own partition.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ActorFigures, type ActorNumberField, type AnalysisDocument, analyze } from "@catalyse/core";
import { readTerritoryPath } from "@catalyse/io/node";
import { beforeAll, describe, expect, it } from "vitest";
import { expectClose } from "../../../core/test/helpers/expect-close.js";
import { REPO_ROOT } from "../datasets/dataset-folders.js";

type Values = Record<string, number | null>;
type RoleCounts = Record<"coordinator" | "consultant" | "representative" | "liaison", number> & {
  /** Directed territories only. */
  gatekeeper?: number;
};

interface ReferenceDocument {
  name: string;
  dataset: string;
  networkx: string;
  worlds: string[];
  graph: Values;
  mixing: {
    counts: Record<string, Record<string, number>>;
    weights: Record<string, Record<string, number>>;
  } | null;
  byWorld: Record<string, { actors: number; internal: number; external: number; eiIndex: number | null }>;
  actors: Record<NumericActorField, Values | null>;
  brokerage: Record<string, RoleCounts>;
  /** Every point of the exact curves: [population, share]. */
  lorenz: Record<"degree" | "betweenness", [number, number][]>;
  read: { parallelLinksMerged: number; selfLoopsDropped: number };
  dependence: {
    targeted: DependenceReference[];
    bestSingleFragmentation: number | null;
    catalyseKeyPlayers: { size: number; actors: string[]; fragmentation: number | null }[];
    keystones: Record<string, [string, string][]>;
  };
  modularity: {
    catalysePartition: Record<string, number>;
    ofCatalysePartition: number;
    louvainBest: number;
  };
}

interface DependenceReference {
  removed: number;
  actor: string | null;
  remaining: number;
  pairsConnected: number | null;
  crossWorldPairsConnected: number | null;
  largestComponentShare: number | null;
  fragmentation: number | null;
}

type NumericActorField = ActorNumberField;

const FIXTURES = join(REPO_ROOT, "packages/cli/test/fixtures/reference-documents");
const REGENERATE = "/usr/bin/python3 scripts/reference/analysis-documents.py";

/** Absolute tolerances the issues state; every other field uses the project default. */
const ABSOLUTE: Partial<Record<NumericActorField, number>> = { pagerank: 1e-6, eigenvector: 1e-5 };

const references: ReferenceDocument[] = readdirSync(FIXTURES)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(FIXTURES, file), "utf8")) as ReferenceDocument);

const documents = new Map<string, AnalysisDocument>();
const warningCounts = new Map<string, Map<string, number>>();

beforeAll(async () => {
  for (const reference of references) {
    const read = await readTerritoryPath(join(REPO_ROOT, reference.dataset));
    // The graph keeps how many rows each link merges; the dropped self-loops are only in the warning.
    let parallel = 0;
    read.graph.forEachEdge((_edge, attributes) => {
      parallel += attributes.merged - 1;
    });
    const selfLoops = read.warnings
      .map((warning) => /(\d+) self-loops? /.exec(warning.found)?.[1])
      .find(Boolean);
    warningCounts.set(
      reference.name,
      new Map([
        ["parallel-links", parallel],
        ["self-loop", Number(selfLoops ?? 0)],
      ]),
    );
    documents.set(reference.name, analyze(read.graph));
  }
}, 120_000);

function documentOf(reference: ReferenceDocument): AnalysisDocument {
  const document = documents.get(reference.name);
  if (document === undefined) throw new Error(`${reference.name}: not analysed`);
  return document;
}

/** A graph-section figure by its dotted path (`centralization.degree`, `topBroker.betweenness`). */
function graphFigure(document: AnalysisDocument, path: string): number | null | undefined {
  let value: unknown = document.graph;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === "number" || value === null ? value : undefined;
}

function actorValues(document: AnalysisDocument, pick: (actor: ActorFigures) => number | null) {
  return new Map(document.actors.map((actor) => [actor.id, pick(actor)] as const));
}

function withoutAbsentFigures(values: Values | null): Values {
  return values ?? {};
}

describe("the analysis document matches NetworkX 2.8 on the bundled territories", () => {
  it("has a fixture for the seed ecosystem, its French Excel copy, the classics, three pilots and three synthetic territories", () => {
    expect(references.map((reference) => reference.name).sort()).toEqual([
      "florentine-families",
      "karate",
      "les-miserables",
      "pilot-administrative-organisation",
      "pilot-lead-organisation",
      "pilot-shared",
      "seed-ecosystem",
      "seed-ecosystem-excel-fr",
      "synthetic-ba-400",
      "synthetic-directed",
      "synthetic-odd-ids",
    ]);
    for (const reference of references) expect(reference.networkx, reference.name).toBe("2.8.8");
  });

  describe.each(references.map((reference) => [reference.name, reference] as const))(
    "%s",
    (name, reference) => {
      it("merges parallel links and drops self-loops as Python's csv reading does", () => {
        const counts = warningCounts.get(name);
        expect(counts?.get("parallel-links") ?? 0).toBe(reference.read.parallelLinksMerged);
        expect(counts?.get("self-loop") ?? 0).toBe(reference.read.selfLoopsDropped);
      });

      it("has every graph figure NetworkX computes (nodes … worlds.modularity)", () => {
        const document = documentOf(reference);
        const paths = Object.keys(reference.graph);
        const got = new Map(paths.map((path) => [path, graphFigure(document, path)] as const));
        const expected = paths.map((path) => [path, reference.graph[path] ?? null] as const);
        expectClose(got, expected, undefined, `${name} graph`);
      });

      // The fields come from the fixture (what NetworkX computed), so a field Catalyse drops fails here.
      it.each(
        (Object.keys(reference.actors) as NumericActorField[]).filter(
          (field) => reference.actors[field] !== null,
        ),
      )("has every actor's %s", (field) => {
        const got = actorValues(documentOf(reference), (actor) => actor[field]);
        expectClose(got, withoutAbsentFigures(reference.actors[field]), ABSOLUTE[field], `${name} ${field}`);
      });

      it("has every actor's Gould-Fernandez brokerage roles", () => {
        const document = documentOf(reference);
        for (const role of [
          "coordinator",
          "consultant",
          "representative",
          "liaison",
          "gatekeeper",
        ] as const) {
          // Gatekeepers exist in directed territories only: absent (null) on both sides otherwise.
          const expected = Object.fromEntries(
            Object.entries(reference.brokerage).map(([id, roles]) => [id, roles[role] ?? null] as const),
          );
          const got = actorValues(document, (actor) =>
            actor.brokerage !== null && role in actor.brokerage
              ? ((actor.brokerage as Partial<RoleCounts>)[role] ?? null)
              : null,
          );
          expectClose(got, expected, 0, `${name} brokerage.${role}`);
        }
      });

      it.each(["degree", "betweenness"] as const)(
        "has a %s Lorenz curve of at most 101 points on the exact curve",
        (kind) => {
          const points = documentOf(reference).graph.lorenz[kind];
          const exact = reference.lorenz[kind];
          const n = exact.length - 1;
          // Every point up to 101 of them; longer curves are thinned, keeping both ends.
          if (n + 1 <= 101) expect(points.length).toBe(n + 1);
          else expect(points.length).toBeLessThanOrEqual(101);
          // Each point sits on the exact curve at its own population share, the ends included.
          const got = new Map(
            points.map((point) => [String(Math.round(point.population * n)), point.share] as const),
          );
          const want = new Map(
            exact.map(([population, share]) => [String(Math.round(population * n)), share] as const),
          );
          expect(got.get("0")).toBe(0);
          expectClose(
            got,
            [...want].filter(([i]) => got.has(i) || i === String(n)),
            undefined,
            `${name} lorenz.${kind}`,
          );
          expectClose(
            new Map(points.map((point, i) => [String(i), point.population] as const)),
            points.map((point, i) => [String(i), Math.round(point.population * n) / n] as const),
            undefined,
            `${name} lorenz.${kind} populations`,
          );
        },
      );

      it("has the world mixing matrix and each world's E-I index", () => {
        const { worlds } = documentOf(reference).graph;
        if (reference.mixing === null) expect(worlds.mixing).toBeNull();
        else {
          const mixing = worlds.mixing;
          expect(mixing).not.toBeNull();
          const cells = (matrix: number[][] | undefined) =>
            new Map(
              (mixing?.worlds ?? []).flatMap((a, i) =>
                (mixing?.worlds ?? []).map((b, j) => [`${a} × ${b}`, matrix?.[i]?.[j] ?? null] as const),
              ),
            );
          const expected = (table: Record<string, Record<string, number>>) =>
            reference.worlds.flatMap((a) =>
              reference.worlds.map((b) => [`${a} × ${b}`, table[a]?.[b] ?? null] as const),
            );
          expectClose(cells(mixing?.counts), expected(reference.mixing.counts), 0, `${name} mixing counts`);
          expectClose(
            cells(mixing?.weights),
            expected(reference.mixing.weights),
            undefined,
            `${name} mixing weights`,
          );
        }
        const byWorld = new Map(worlds.byWorld.map((figures) => [figures.world, figures] as const));
        for (const key of ["actors", "internal", "external", "eiIndex"] as const) {
          expectClose(
            new Map([...byWorld].map(([world, figures]) => [world, figures[key]] as const)),
            Object.fromEntries(
              Object.entries(reference.byWorld).map(([world, figures]) => [world, figures[key]]),
            ),
            undefined,
            `${name} byWorld.${key}`,
          );
        }
      });

      it("removes the same top brokers, with the same connectivity after each removal", () => {
        const targeted = documentOf(reference).graph.dependence?.targeted ?? [];
        expect(targeted.map((step) => step.actor)).toEqual(
          reference.dependence.targeted.map((step) => step.actor),
        );
        for (const key of [
          "remaining",
          "pairsConnected",
          "crossWorldPairsConnected",
          "largestComponentShare",
          "fragmentation",
        ] as const)
          expectClose(
            new Map(targeted.map((step) => [String(step.removed), step[key]] as const)),
            reference.dependence.targeted.map((step) => [String(step.removed), step[key]] as const),
            undefined,
            `${name} dependence.targeted.${key}`,
          );
      });

      it("finds key players whose fragmentation is what their removal gives, the best single one first", () => {
        const keyPlayers = documentOf(reference).graph.dependence?.keyPlayers ?? [];
        expect(keyPlayers.map((set) => set.actors)).toEqual(
          reference.dependence.catalyseKeyPlayers.map((set) => set.actors),
        );
        expectClose(
          new Map(keyPlayers.map((set) => [String(set.size), set.fragmentation] as const)),
          reference.dependence.catalyseKeyPlayers.map(
            (set) => [String(set.size), set.fragmentation] as const,
          ),
          undefined,
          `${name} keyPlayers.fragmentation`,
        );
        expectClose(
          new Map([["1", keyPlayers[0]?.fragmentation ?? null]]),
          { "1": reference.dependence.bestSingleFragmentation },
          undefined,
          `${name} best single key player`,
        );
      });

      it("names the keystones that disconnect two worlds", () => {
        const pairs = (worldPairs: readonly (readonly [string, string])[]) =>
          worldPairs.map((pair) => [...pair].sort().join(" | ")).sort();
        const keystones = documentOf(reference).graph.dependence?.keystones;
        expect(keystones).not.toBeNull();
        expect(
          new Map((keystones ?? []).map((keystone) => [keystone.actor, pairs(keystone.worldPairs)])),
        ).toEqual(
          new Map(
            Object.entries(reference.dependence.keystones).map(([actor, lost]) => [actor, pairs(lost)]),
          ),
        );
      });

      it("returns the partition the fixture recorded, numbered 0..k-1 by decreasing size", () => {
        const document = documentOf(reference);
        const partition = actorValues(document, (actor) => actor.community);
        expectClose(
          partition,
          reference.modularity.catalysePartition,
          0,
          `${name} community (regenerate: ${REGENERATE})`,
        );
        const sizes = new Map<number, number>();
        for (const community of partition.values())
          sizes.set(community ?? -1, (sizes.get(community ?? -1) ?? 0) + 1);
        const ids = [...sizes.keys()].sort((a, b) => a - b);
        expect(ids).toEqual(ids.map((_, i) => i));
        const bySize = ids.map((id) => sizes.get(id) ?? 0);
        expect(bySize).toEqual([...bySize].sort((a, b) => b - a));
      });

      it("reports NetworkX's modularity of its partition, within 3% of the best of ten Louvain runs", () => {
        const { modularity } = documentOf(reference).graph;
        expectClose(
          new Map([["modularity", modularity]]),
          {
            modularity: reference.modularity.ofCatalysePartition,
          },
          undefined,
          `${name} modularity of Catalyse's partition`,
        );
        const best = reference.modularity.louvainBest;
        expect(modularity ?? Number.NEGATIVE_INFINITY).toBeGreaterThanOrEqual(best - 0.03 * Math.abs(best));
      });
    },
  );
});
