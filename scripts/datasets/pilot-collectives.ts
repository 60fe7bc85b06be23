/**
 * The pilots' collectives, drawn to their governance form (Provan & Kenis
 * 2008) after their links, from a generator of their own (seed + 1) so that
 * actors and links stay exactly as before:
 *
 * - lead organisation: the lead convenes one steering committee of some of
 *   its partners (the lead is where the network is governed);
 * - administrative organisation: the catalyst convenes one working group per
 *   cluster (the part of the network its removal leaves apart), with that
 *   cluster's members allied to it — never across clusters, since bridging
 *   them is the catalyst's own role;
 * - shared: projects of three to five partners with no convener, among actors
 *   already allied (participant-governed: the members run them together).
 *
 * Members of a collective are actors already allied to each other or to its
 * convener, so that co-membership strengthens the structure the form drew
 * rather than redrawing it.
 */
import { createRandom, randomInt, shuffle } from "../../packages/core/src/random.js";
import { FIRST_YEAR, LAST_YEAR, type PilotBuilder } from "./pilot-builder.js";
import type { DatasetCollective, DatasetMembership } from "./territory-writer.js";

/** Committee size cap (lead), group size cap (administrative), projects per 25 actors (shared). */
export const COLLECTIVE_PARAMS = { committeeSize: 6, groupSize: 5, projectsPer25Actors: 1 };

export interface PilotCollectives {
  collectives: DatasetCollective[];
  memberships: DatasetMembership[];
}

export function drawPilotCollectives(builder: PilotBuilder): PilotCollectives {
  const random = createRandom(builder.spec.seed + 1);
  const { code } = builder.spec;
  const collectives: DatasetCollective[] = [];
  const memberships: DatasetMembership[] = [];
  const year = () => FIRST_YEAR + 4 + randomInt(random, LAST_YEAR - FIRST_YEAR - 5);
  const add = (kind: string, label: string, members: readonly number[], convener: number | null) => {
    const id = `c${code}-${String(collectives.length + 1).padStart(2, "0")}`;
    collectives.push({ id, label, kind, start: String(year()), end: null, attributes: {} });
    for (const member of members)
      memberships.push({
        collective: id,
        actor: builder.actorId(member),
        role: member === convener ? "convener" : "member",
        start: null,
        end: null,
        attributes: {},
      });
  };
  const form = builder.spec.form;
  if (form === "lead-organisation") {
    const partners = shuffle(random, [...builder.neighbours(0)]).slice(
      0,
      COLLECTIVE_PARAMS.committeeSize - 1,
    );
    add("steering-committee", `Comité de pilotage fictif ${code}`, [0, ...partners], 0);
  } else if (form === "administrative-organisation") {
    const catalyst = builder.actors.findIndex((actor) => actor.role === "catalyst");
    clustersWithout(builder, catalyst).forEach((cluster, c) => {
      const gateways = cluster.filter((member) => builder.hasLink(catalyst, member));
      const members = shuffle(random, gateways).slice(0, COLLECTIVE_PARAMS.groupSize - 1);
      if (members.length >= 2)
        add("working-group", `Groupe de travail fictif ${code}-${c + 1}`, [catalyst, ...members], catalyst);
    });
  } else {
    const projects = Math.max(
      1,
      Math.round((builder.actors.length / 25) * COLLECTIVE_PARAMS.projectsPer25Actors),
    );
    for (let p = 0; p < projects; p++) {
      const founder = randomInt(random, builder.actors.length);
      const partners = shuffle(random, [...builder.neighbours(founder)]).slice(0, 2 + randomInt(random, 3));
      if (partners.length >= 2)
        add("project", `Projet partagé fictif ${code}-${p + 1}`, [founder, ...partners], null);
    }
  }
  return { collectives, memberships };
}

/** The connected parts the network falls into without `removed`, largest first. */
function clustersWithout(builder: PilotBuilder, removed: number): number[][] {
  const seen = new Set<number>([removed]);
  const clusters: number[][] = [];
  for (let start = 0; start < builder.actors.length; start++) {
    if (seen.has(start)) continue;
    const cluster = [start];
    seen.add(start);
    for (let k = 0; k < cluster.length; k++)
      for (const next of builder.neighbours(cluster[k]!))
        if (!seen.has(next)) {
          seen.add(next);
          cluster.push(next);
        }
    clusters.push(cluster);
  }
  return clusters.sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}
