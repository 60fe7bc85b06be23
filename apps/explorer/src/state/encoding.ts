/** How actors are drawn: colour by world or community, size by a metric. */
import type { MetricKey } from "./metrics.js";

export interface Encoding {
  colourBy: "world" | "community";
  sizeBy: MetricKey;
  /** Collectives as co-membership links (projected, the default) or as nodes of their own (two-mode). */
  collectives?: "projected" | "two-mode";
}

export const DEFAULT_ENCODING: Encoding = { colourBy: "world", sizeBy: "degree" };
