/**
 * Test graphs for the community suite: the NetworkX fixtures made by
 * `scripts/reference/communities.py`, and small hand-made graphs.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type CompactIndex, compactIndexFromArrays } from "../../src/graph/compact-index.js";

export interface PartitionCheck {
  labels: number[];
  resolution: number;
  modularity: number;
  unweighted: number;
}

export interface CommunityFixture {
  name: string;
  networkx: string;
  directed: boolean;
  order: number;
  links: [number, number, number][];
  partitions: PartitionCheck[];
  louvainBest?: number;
}

export const FIXTURE_NAMES = [
  "karate",
  "karate-weighted",
  "les-miserables",
  "planted-partition",
  "barabasi-albert-2k",
  "disconnected",
  "directed",
] as const;

export function loadFixture(name: string): CommunityFixture {
  const url = new URL(`../fixtures/community/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), "utf8")) as CommunityFixture;
}

/**
 * A compact index from numbered links. Actor ids are `a0`, `a1`…, except that
 * the first two actors are `__proto__` and `constructor`, ids that break code
 * keying plain objects by actor id.
 */
export function indexFromLinks(
  order: number,
  links: readonly (readonly [number, number, number?])[],
  options: { directed?: boolean; worldOf?: readonly number[]; worldNames?: readonly string[] } = {},
): CompactIndex {
  const ids = Array.from({ length: order }, (_, i) =>
    i === 0 ? "__proto__" : i === 1 ? "constructor" : `a${i}`,
  );
  return compactIndexFromArrays({
    directed: options.directed ?? false,
    ids,
    worldOf: Int32Array.from(options.worldOf ?? new Array<number>(order).fill(0)),
    worldNames: options.worldNames ?? ["association"],
    linkSource: Int32Array.from(links.map((l) => l[0])),
    linkTarget: Int32Array.from(links.map((l) => l[1])),
    linkWeight: Float64Array.from(links.map((l) => l[2] ?? 1)),
  });
}

export function fixtureIndex(fixture: CommunityFixture): CompactIndex {
  return indexFromLinks(fixture.order, fixture.links, { directed: fixture.directed });
}

/** |got − expected| ≤ 1e-6·|expected| + 1e-9, the house tolerance against NetworkX. */
export function expectClose(got: number | null, expected: number, context: string): void {
  if (got === null || Math.abs(got - expected) > 1e-6 * Math.abs(expected) + 1e-9)
    throw new Error(`${context}: expected ${expected}, got ${got}`);
}
