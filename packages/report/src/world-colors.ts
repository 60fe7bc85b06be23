/** One colour per world, the same in reports as in GEXF exports and the explorer (core's palette). */
export { worldColors } from "@catalyse/core";
