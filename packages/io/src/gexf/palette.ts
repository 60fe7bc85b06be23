/**
 * World colours for GEXF's viz:color: the one palette core defines for every
 * view (Okabe–Ito for the default worlds), re-exported here for io's users.
 */
export { DEFAULT_WORLD_COLORS, OKABE_ITO, OTHER_WORLD_COLOR, worldColors } from "@catalyse/core";

/** `#RRGGBB` → [r, g, b]. */
export function rgb(color: string): [number, number, number] {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
