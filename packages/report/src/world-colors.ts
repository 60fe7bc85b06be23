/**
 * One colour per world, stable across a report: the default worlds always get
 * the same colour; other worlds take the next free colour (Tableau 10,
 * readable on white and in greyscale print).
 */
import { DEFAULT_WORLDS } from "@catalyse/core";

const PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
];

export function worldColors(worlds: readonly string[]): Map<string, string> {
  const colors = new Map<string, string>();
  DEFAULT_WORLDS.forEach((world, i) => {
    colors.set(world, PALETTE[i]!);
  });
  let next = DEFAULT_WORLDS.length;
  for (const world of worlds) {
    if (colors.has(world)) continue;
    colors.set(world, PALETTE[next % PALETTE.length]!);
    next++;
  }
  return colors;
}
