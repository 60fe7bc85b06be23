/** Builds a territory from a reference fixture written by scripts/reference/*.py. */
import { readFileSync } from "node:fs";
import { createTerritory, type TerritoryGraph } from "../../src/index.js";

export interface FixtureGraph {
  name: string;
  networkx: string;
  directed: boolean;
  actors: { id: string; world?: string }[];
  links: { source: string; target: string; weight?: number }[];
}

export function readFixture<T extends FixtureGraph>(url: URL): T {
  return JSON.parse(readFileSync(url, "utf8")) as T;
}

export function fixtureTerritory(fixture: FixtureGraph): TerritoryGraph {
  return createTerritory({
    meta: { name: fixture.name, directed: fixture.directed },
    actors: fixture.actors,
    links: fixture.links,
  }).graph;
}
