/** Turns a generated dataset (as the generators hold it before writing) into `createTerritory` input. */
import type { TerritoryInput } from "@catalyse/core";
import type { DatasetTerritory } from "../../../../scripts/datasets/territory-writer.js";

export function territoryInput(territory: DatasetTerritory): TerritoryInput {
  const { name, description, source, directed, ...extra } = territory.meta;
  return {
    meta: { name, description, source, directed, extra },
    actors: territory.actors.map((actor) => ({ ...actor, attributes: { ...actor.attributes } })),
    links: territory.links.map((link) => ({ ...link, attributes: { ...link.attributes } })),
    collectives: (territory.collectives ?? []).map((c) => ({ ...c, attributes: { ...c.attributes } })),
    memberships: (territory.memberships ?? []).map((m) => ({ ...m, attributes: { ...m.attributes } })),
  };
}
