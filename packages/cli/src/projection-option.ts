/**
 * `--projection`: how collectives enter the analysed network, shared by every
 * command that analyses (analyze, centrality, communities, compare, timeline, report).
 */
import { isProjection, PROJECTION_DEFAULTS, PROJECTIONS, type Projection } from "@catalyse/core";
import { UsageError } from "./context.js";

export const PROJECTION_OPTIONS = { projection: { type: "string" } } as const;

export const PROJECTION_USAGE = `  --projection P    how collectives (collectives.csv + memberships.csv) enter the
                    network: newman (default: each collective of k members adds
                    1/(k-1) between each two members), count (one per shared
                    collective) or none (collectives only in two-mode figures)`;

export function parseProjection(value: unknown): Projection {
  if (value === undefined) return PROJECTION_DEFAULTS.projection;
  if (isProjection(value)) return value;
  throw new UsageError(`--projection "${String(value)}": expected one of ${PROJECTIONS.join(", ")}`);
}
