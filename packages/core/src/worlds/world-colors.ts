/**
 * World colours, one palette for every view (GEXF export, explorer, reports),
 * so that a world keeps its colour from one map to the next.
 *
 * The default worlds take fixed colours from the Okabe–Ito palette (Okabe &
 * Ito, "Color Universal Design", 2008), readable with any common colour-vision
 * deficiency; other worlds take its two remaining colours, then Paul Tol's
 * muted palette, then a neutral grey.
 */
import { DEFAULT_WORLDS } from "../graph/types.js";

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

/** Colours for worlds beyond the default ones, in order. */
const SPARE_COLORS: readonly string[] = [
  "#F0E442",
  "#000000",
  "#332288",
  "#882255",
  "#117733",
  "#44AA99",
  "#AA4499",
  "#661100",
];

/** Colour for worlds beyond every palette. */
export const OTHER_WORLD_COLOR = "#999999";

/** A colour (`#RRGGBB`) for each world: default worlds their fixed colours, others the spares in order. */
export function worldColors(worlds: readonly string[]): Map<string, string> {
  const colors = new Map<string, string>();
  let spare = 0;
  for (const world of worlds) {
    if (colors.has(world)) continue;
    colors.set(world, DEFAULT_WORLD_COLORS.get(world) ?? SPARE_COLORS[spare++] ?? OTHER_WORLD_COLOR);
  }
  return colors;
}
