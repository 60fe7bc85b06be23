/**
 * `--projection`: how collectives enter the analysed network, shared by every
 * command that analyses (analyze, centrality, communities, compare, timeline,
 * report). Its help is the `cli.help.projection` message.
 */
import { isProjection, PROJECTION_DEFAULTS, PROJECTIONS, type Projection } from "@catalyse/core";
import { UsageError } from "./context.js";

export const PROJECTION_OPTIONS = { projection: { type: "string" } } as const;

export function parseProjection(value: unknown): Projection {
  if (value === undefined) return PROJECTION_DEFAULTS.projection;
  if (isProjection(value)) return value;
  throw new UsageError("cli.error.projection", { value: String(value), expected: PROJECTIONS.join(", ") });
}
