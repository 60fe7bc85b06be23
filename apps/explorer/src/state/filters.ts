/**
 * Filters: the first step of the one-way flow dataset → filtered rows →
 * visual graph → sigma. Pure functions over rows; nothing here knows about
 * graphs or the DOM.
 */
import type { ActorInput, LinkInput } from "@catalyse/core";
import { type Dataset, linkTypesOf, worldOf, yearOf } from "./dataset.js";

export interface Filters {
  /** Worlds whose actors are hidden. */
  hiddenWorlds: string[];
  /** Link types whose links are hidden (a link with several types is hidden when all are). */
  hiddenLinkTypes: string[];
  /** Links lighter than this are hidden. Default 0 (none hidden). */
  minWeight: number;
  /**
   * Years shown, inclusive, or null for all. A link is shown when it was active
   * at some point of the period: started on or before its end (or undated), and
   * not ended before its start. In a period, actors without any shown link are
   * hidden, which is how the slider replays the network's growth.
   */
  years: [number, number] | null;
}

export const DEFAULT_FILTERS: Filters = { hiddenWorlds: [], hiddenLinkTypes: [], minWeight: 0, years: null };

export interface FilteredRows {
  actors: ActorInput[];
  links: LinkInput[];
  /** Positions (in the dataset) of the actors kept, in order. */
  actorPositions: number[];
}

export function isLinkActive(link: LinkInput, years: [number, number] | null): boolean {
  if (years === null) return true;
  const start = yearOf(link.start);
  const end = yearOf(link.end);
  return (start === null || start <= years[1]) && (end === null || end >= years[0]);
}

export function isFiltering(filters: Filters): boolean {
  return (
    filters.hiddenWorlds.length > 0 ||
    filters.hiddenLinkTypes.length > 0 ||
    filters.minWeight > 0 ||
    filters.years !== null
  );
}

export function filterDataset(dataset: Dataset, filters: Filters): FilteredRows {
  const hiddenWorlds = new Set(filters.hiddenWorlds);
  const hiddenTypes = new Set(filters.hiddenLinkTypes);
  const kept = new Set<string>();
  for (const actor of dataset.actors) if (!hiddenWorlds.has(worldOf(actor))) kept.add(actor.id);

  const links = dataset.links.filter(
    (link) =>
      kept.has(link.source) &&
      kept.has(link.target) &&
      (link.weight ?? 1) >= filters.minWeight &&
      linkTypesOf(link).some((type) => !hiddenTypes.has(type)) &&
      isLinkActive(link, filters.years),
  );

  let linked: Set<string> | null = null;
  if (filters.years !== null) {
    linked = new Set<string>();
    for (const link of links) {
      linked.add(link.source);
      linked.add(link.target);
    }
  }
  const actors: ActorInput[] = [];
  const actorPositions: number[] = [];
  dataset.actors.forEach((actor, position) => {
    if (!kept.has(actor.id) || (linked !== null && !linked.has(actor.id))) return;
    actors.push(actor);
    actorPositions.push(position);
  });
  return { actors, links, actorPositions };
}
