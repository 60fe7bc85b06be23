/**
 * World colours: the Okabe–Ito palette (Okabe & Ito, "Color Universal
 * Design", 2002/2008), readable by people with any common colour-vision
 * deficiency. The default worlds always get the same colour, so maps of
 * different territories compare at a glance; other worlds take the remaining
 * colours in order, then a neutral grey.
 */
import { DEFAULT_WORLDS } from "@catalyse/core";

/** Okabe–Ito: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, black. */
export const OKABE_ITO: readonly string[] = [
  "#E69F00",
  "#56B4E9",
  "#009E73",
  "#F0E442",
  "#0072B2",
  "#D55E00",
  "#CC79A7",
  "#000000",
];

/** The fixed colour of each default world. */
export const DEFAULT_WORLD_COLORS: ReadonlyMap<string, string> = new Map([
  [DEFAULT_WORLDS[0]!, "#E69F00"], // association
  [DEFAULT_WORLDS[1]!, "#56B4E9"], // entreprise
  [DEFAULT_WORLDS[2]!, "#009E73"], // collectivité
  [DEFAULT_WORLDS[3]!, "#0072B2"], // État
  [DEFAULT_WORLDS[4]!, "#D55E00"], // académique
  [DEFAULT_WORLDS[5]!, "#CC79A7"], // fondation
]);

/** Colour for worlds beyond the palette. */
export const OTHER_WORLD_COLOR = "#999999";

/** A colour (`#RRGGBB`) for each world, default worlds first with their fixed colours. */
export function worldColors(worlds: readonly string[]): Map<string, string> {
  const colors = new Map<string, string>();
  const spare = ["#F0E442", "#000000"];
  for (const world of worlds) {
    colors.set(world, DEFAULT_WORLD_COLORS.get(world) ?? spare.shift() ?? OTHER_WORLD_COLOR);
  }
  return colors;
}

/** `#RRGGBB` → [r, g, b]. */
export function rgb(color: string): [number, number, number] {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
