/**
 * Colours. Worlds use core's palette (Okabe & Ito 2008, colour-blind safe, a
 * fixed colour per default world), the same as GEXF exports and reports.
 * Communities use Paul Tol's muted palette in rank order.
 */
import { DEFAULT_WORLDS, worldColors } from "@catalyse/core";

/** Tol's muted qualitative palette (colour-blind safe), then grey for small communities. */
export const COMMUNITY_COLOURS = [
  "#332288",
  "#88CCEE",
  "#44AA99",
  "#117733",
  "#999933",
  "#DDCC77",
  "#CC6677",
  "#882255",
  "#AA4499",
];
export const OTHER_COLOUR = "#BBBBBB";

/** One colour per world, stable for the default worlds: core's palette, shared with GEXF and reports. */
export const worldColours = worldColors;

export function communityColour(community: number | null): string {
  if (community === null) return OTHER_COLOUR;
  return COMMUNITY_COLOURS[community] ?? OTHER_COLOUR;
}

export { DEFAULT_WORLDS };
