/**
 * Named predictors of a territory, as `catalyse qap --predictors` spells them:
 * - `same-world`: both actors belong to the same world;
 * - `same-<attribute>`: both carry the same value of an actor attribute
 *   (commune, département…); an actor without a value shares it with no one;
 * - `distance`: geographic or network distance (see distance-predictor.ts);
 * - `co-membership`: the number of collectives both belong to; refused when
 *   the territory has no collectives;
 * - `<attribute>`: a numeric actor attribute, as |xᵢ − xⱼ|.
 */
import { territoryCollectives } from "../collectives/territory-collectives.js";
import type { CompactIndex } from "../graph/compact-index.js";
import type { TerritoryGraph } from "../graph/types.js";
import { geographicDistances, networkDistances } from "./distance-predictor.js";
import type { Dyads } from "./dyads.js";
import { coMembershipPredictor, differencePredictor, samePredictor } from "./predictors.js";
import { QapError } from "./qap-error.js";
import type { QapPredictor } from "./qap-regression.js";

/** What some predictors need beside the graph (memberships for `co-membership`). */
export interface TerritoryPredictorOptions {
  /**
   * The collectives each actor belongs to, by actor id; needed by
   * `co-membership`. Default: the territory's own collectives (memberships),
   * and `co-membership` is refused when it has none.
   */
  memberships?: ReadonlyMap<string, readonly string[]>;
}

/** How `distance` was measured: "geographic" (km) or "network" (steps); null when not asked for. */
export type DistanceKind = "geographic" | "network";

/** The predictor matrices built for a territory, and how distance was measured. */
export interface TerritoryPredictors {
  predictors: QapPredictor[];
  distance: DistanceKind | null;
}

/** Builds the named predictor matrices of a territory. */
export function territoryPredictors(
  graph: TerritoryGraph,
  index: CompactIndex,
  dyads: Dyads,
  names: readonly string[],
  options: TerritoryPredictorOptions = {},
): TerritoryPredictors {
  const attributes = index.keys.map((key) => graph.getNodeAttributes(key));
  let distance: DistanceKind | null = null;
  const predictors = names.map((name): QapPredictor => {
    if (name === "same-world") return samePredictor(dyads, name, index.worldOf);
    if (name === "distance") {
      const located = attributes.every((actor) => actor.lat !== null && actor.lon !== null);
      distance = located ? "geographic" : "network";
      const values = located
        ? geographicDistances(
            dyads,
            Float64Array.from(attributes, (actor) => actor.lat!),
            Float64Array.from(attributes, (actor) => actor.lon!),
          )
        : networkDistances(index, dyads);
      return { name, values };
    }
    if (name === "co-membership") {
      const memberships = options.memberships ?? territoryMemberships(graph);
      if (memberships === undefined || memberships.size === 0) throw new QapError("no-collectives");
      return coMembershipPredictor(
        dyads,
        index.ids.map((id) => memberships.get(id) ?? []),
        name,
      );
    }
    if (name.startsWith("same-")) {
      const attribute = name.slice("same-".length);
      const values = attributes.map((actor) => attributeValue(actor.attributes, attribute));
      if (values.every((value) => value === null)) throw unknownAttribute(attributes, attribute, name);
      const codes = new Map<string, number>();
      return samePredictor(
        dyads,
        name,
        Int32Array.from(values, (value) => {
          if (value === null || value === "") return -1;
          const key = String(value);
          if (!codes.has(key)) codes.set(key, codes.size);
          return codes.get(key)!;
        }),
      );
    }
    const values = attributes.map((actor) => attributeValue(actor.attributes, name));
    if (values.every((value) => value === null)) throw unknownAttribute(attributes, name, name);
    const numbers = new Float64Array(values.length);
    values.forEach((value, i) => {
      if (typeof value !== "number" || !Number.isFinite(value))
        throw new QapError("not-numeric", {
          predictor: name,
          actor: index.ids[i]!,
          missing: value === null ? "yes" : "no",
          value: value === null ? "" : JSON.stringify(value),
        });
      numbers[i] = value;
    });
    return differencePredictor(dyads, name, numbers);
  });
  return { predictors, distance };
}

/** Each actor's collectives, from the territory's memberships. */
function territoryMemberships(graph: TerritoryGraph): Map<string, string[]> {
  const memberships = new Map<string, string[]>();
  for (const membership of territoryCollectives(graph).memberships) {
    const list = memberships.get(membership.actor) ?? [];
    if (!list.includes(membership.collective)) list.push(membership.collective);
    memberships.set(membership.actor, list);
  }
  return memberships;
}

/** An attribute value, read as an own property so that `__proto__` is an attribute like any other. */
function attributeValue(attributes: Record<string, unknown>, name: string): string | number | boolean | null {
  if (!Object.hasOwn(attributes, name)) return null;
  const value = attributes[name];
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : null;
}

function unknownAttribute(
  actors: readonly { attributes: Record<string, unknown> }[],
  attribute: string,
  name: string,
): QapError {
  const known = [...new Set(actors.flatMap((actor) => Object.keys(actor.attributes)))].sort();
  return new QapError("unknown-predictor", {
    predictor: name,
    attribute,
    hasAttributes: known.length > 0 ? "yes" : "no",
    attributes: known.join(", "),
  });
}
