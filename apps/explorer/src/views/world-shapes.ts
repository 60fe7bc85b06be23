/**
 * A shape for each world, so colour is never the only carrier of meaning
 * (WCAG 1.4.1): legends, the actor panel, charts and the SVG export draw each
 * world's mark with its colour and its shape (d3-shape's symbols).
 */
import {
  type SymbolType,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
} from "d3-shape";
import { s } from "../dom.js";

const SHAPES: readonly SymbolType[] = [
  symbolCircle,
  symbolSquare,
  symbolTriangle,
  symbolDiamond,
  symbolStar,
  symbolCross,
  symbolWye,
];

/** The shape of a world: by its place among the dataset's worlds (stable for a dataset). */
export function worldShape(world: string, worlds: readonly string[]): SymbolType {
  const index = worlds.indexOf(world);
  return SHAPES[(index < 0 ? worlds.length : index) % SHAPES.length]!;
}

/** SVG path data of a shape whose bounding size is about `size` pixels. */
export function shapePath(shape: SymbolType, size: number): string {
  // d3's symbol size is an area; a circle of diameter `size` has area π size² / 4.
  return symbol(shape, (Math.PI * size * size) / 4)() ?? "";
}

/** A small inline SVG mark (legend swatch): the world's shape in its colour. */
export function worldMark(
  world: string,
  worlds: readonly string[],
  colour: string,
  size = 12,
): SVGSVGElement {
  return s(
    "svg",
    {
      class: "mark",
      width: size,
      height: size,
      viewBox: `${-size / 2} ${-size / 2} ${size} ${size}`,
      "aria-hidden": "true",
    },
    s("path", {
      d: shapePath(worldShape(world, worlds), size - 2),
      fill: colour,
      stroke: "#333",
      "stroke-width": 0.6,
    }),
  );
}
