/**
 * Colours. Worlds use the Okabe & Ito (2008) colour-blind-safe palette with a
 * fixed colour per default world, so a world keeps its colour across
 * territories and filters; other worlds take the remaining colours, then
 * Paul Tol's muted palette. Communities use Tol's muted palette in rank order.
 */
import { DEFAULT_WORLDS, UNKNOWN_WORLD } from "@catalyse/core";

const OKABE_ITO_BY_WORLD: ReadonlyMap<string, string> = new Map([
  ["association", "#009E73"],
  ["entreprise", "#0072B2"],
  ["collectivité", "#D55E00"],
  ["État", "#CC79A7"],
  ["académique", "#E69F00"],
  ["fondation", "#56B4E9"],
  [UNKNOWN_WORLD, "#8C8C8C"],
]);

const EXTRA = ["#B8A100", "#332288", "#882255", "#117733", "#44AA99", "#AA4499", "#661100", "#6699CC"];

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

/** One colour per world, stable for the default worlds. */
export function worldColours(worlds: readonly string[]): Map<string, string> {
  const colours = new Map<string, string>();
  let extra = 0;
  for (const world of worlds) {
    const fixed = OKABE_ITO_BY_WORLD.get(world);
    colours.set(world, fixed ?? EXTRA[extra++ % EXTRA.length]!);
  }
  return colours;
}

export function communityColour(community: number | null): string {
  if (community === null) return OTHER_COLOUR;
  return COMMUNITY_COLOURS[community] ?? OTHER_COLOUR;
}

export { DEFAULT_WORLDS };
