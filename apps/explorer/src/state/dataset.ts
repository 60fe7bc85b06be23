/**
 * A dataset as the explorer holds it: plain rows (actors and links) and the
 * territory metadata, so that it can be persisted, sent to a worker and
 * filtered without touching a graph. Every view derives from these rows.
 */
import {
  type ActorInput,
  type CollectiveInput,
  type LinkInput,
  type MembershipInput,
  type TerritoryGraph,
  type TerritoryMeta,
  territoryCollectives,
} from "@catalyse/core";
import type { Message } from "./app-state.js";

export interface Dataset {
  /** Stable key for pickers, URL state and storage (e.g. `example`, `import:links.csv`). */
  key: string;
  /** Human name shown in the picker. */
  name: string;
  /** The name as a message, in the page's language (generated datasets): see dataset-name.ts. */
  label?: Message;
  origin: "bundled" | "imported" | "generated";
  meta: TerritoryMeta;
  actors: ActorInput[];
  links: LinkInput[];
  /** Multi-party alliances and their memberships (absent: none). */
  collectives?: CollectiveInput[];
  memberships?: MembershipInput[];
}

/** Turns a territory graph (what @catalyse/io readers return) into dataset rows. */
export function graphToDataset(
  graph: TerritoryGraph,
  key: string,
  name: string,
  origin: Dataset["origin"],
): Dataset {
  const attrs = graph.getAttributes();
  const actors: ActorInput[] = [];
  graph.forEachNode((_key, node) => {
    actors.push({
      id: node.id,
      label: node.label,
      world: node.world,
      lat: node.lat,
      lon: node.lon,
      attributes: { ...node.attributes },
    });
  });
  const links: LinkInput[] = [];
  graph.forEachEdge((_edge, link, _s, _t, source, target) => {
    links.push({
      source: source.id,
      target: target.id,
      weight: link.weight,
      type: link.types.join("|") || null,
      start: link.start,
      end: link.end,
      attributes: { ...link.attributes },
    });
  });
  return {
    key,
    name: attrs.name || name,
    origin,
    meta: {
      name: attrs.name || name,
      description: attrs.description,
      source: attrs.source,
      directed: attrs.directed,
      worlds: [...attrs.worlds],
    },
    actors,
    links,
    ...collectiveRowsOf(graph),
  };
}

/** The collectives of a graph as dataset rows; nothing for a territory without any. */
function collectiveRowsOf(graph: TerritoryGraph): Pick<Dataset, "collectives" | "memberships"> {
  const { collectives, memberships } = territoryCollectives(graph);
  if (collectives.length === 0) return {};
  return {
    collectives: collectives.map((c) => ({ ...c, attributes: { ...c.attributes } })),
    memberships: memberships.map((m) => ({ ...m, attributes: { ...m.attributes } })),
  };
}

/** The worlds of a dataset in a stable order: declared worlds first, then first appearance. */
export function datasetWorlds(dataset: Dataset): string[] {
  const seen = new Set<string>(dataset.meta.worlds ?? []);
  for (const actor of dataset.actors) seen.add(worldOf(actor));
  return [...seen].filter((world) => dataset.actors.some((actor) => worldOf(actor) === world));
}

/** An actor's world, with core's default for missing ones. */
export function worldOf(actor: ActorInput): string {
  const world = actor.world?.trim() ?? "";
  return world === "" ? "inconnu" : world;
}

/** The filters' name for links without a type (core puts them in no kind of alliance). */
export const UNTYPED_LINK = "(none)";

/** Every link type of a dataset (a merged link may carry several, joined by `|`). */
export function linkTypesOf(link: LinkInput): string[] {
  const type = link.type?.trim() ?? "";
  if (type === "") return [UNTYPED_LINK];
  return type.split("|").map((part) => part.trim());
}

export function datasetLinkTypes(dataset: Dataset): string[] {
  const types = new Set<string>();
  for (const link of dataset.links) for (const type of linkTypesOf(link)) types.add(type);
  return [...types].sort();
}

/** The year of an ISO date or year string, or null. */
export function yearOf(date: string | null | undefined): number | null {
  if (date === null || date === undefined) return null;
  const match = /^(-?\d{4})/.exec(date.trim());
  return match ? Number(match[1]) : null;
}

/** The span of link years, or null when no link is dated. */
export function datasetYears(dataset: Dataset): [number, number] | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const link of dataset.links) {
    for (const year of [yearOf(link.start), yearOf(link.end)]) {
      if (year === null) continue;
      if (year < min) min = year;
      if (year > max) max = year;
    }
  }
  return Number.isFinite(min) ? [min, max] : null;
}
