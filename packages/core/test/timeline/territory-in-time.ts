/**
 * A small territory whose history is known by construction:
 * 2010 A–B (open), B–C (ends 2011), G–A (2010 only);
 * 2012 A–C and C–D; 2013 D–F, and E (État) founded in 2013 with no link.
 * So: académique leaves in 2011; collectivité joins in 2012; fondation and
 * État join in 2013; new bridges entreprise–collectivité (2012) and
 * collectivité–fondation (2013); association–entreprise is not new in 2012.
 */
import { createTerritory, type LinkInput, type TerritoryGraph } from "../../src/index.js";

export const TIMED_ACTORS = [
  { id: "A", world: "association" },
  { id: "B", world: "association" },
  { id: "C", world: "entreprise" },
  { id: "D", world: "collectivité" },
  { id: "E", world: "État", attributes: { start: "2013" } },
  { id: "F", world: "fondation" },
  { id: "G", world: "académique" },
];

export const TIMED_LINKS: LinkInput[] = [
  { source: "A", target: "B", start: "2010" },
  { source: "B", target: "C", start: "2010", end: "2011" },
  { source: "G", target: "A", start: "2010", end: "2010" },
  { source: "A", target: "C", start: "2012" },
  { source: "C", target: "D", start: "2012-03-01" },
  { source: "D", target: "F", start: "2013" },
];

export function timedTerritory(): TerritoryGraph {
  return createTerritory({ meta: { name: "timed" }, actors: TIMED_ACTORS, links: TIMED_LINKS }).graph;
}

/** The snapshot a person would draw by hand: these actors and links only. */
export function handSnapshot(actorIds: readonly string[], linkIndices: readonly number[]): TerritoryGraph {
  return createTerritory({
    meta: { name: "timed" },
    actors: TIMED_ACTORS.filter((actor) => actorIds.includes(actor.id)),
    links: linkIndices.map((i) => TIMED_LINKS[i]!),
  }).graph;
}
